"""Scoring a pair of claims (and the figures in them): are they about the same fact?

Similarity finds candidates; figures, units, names and dates decide. The score is
a weighted sum of components that are stored with every relation, so any link can
be explained:

* ``terms``   idf-weighted overlap of the key texts (values left out)
* ``fuzzy``   rapidfuzz ``token_set_ratio`` of the key texts (with ``default_process``)
* ``anchors`` shared names and places in the two sentences
* ``context`` shared names and places in the two articles
* ``value``   1 when the values agree within their approximations
* ``time``    closeness in stated time (1 when unknown)

A pair that shares neither words nor anchors is never linked, whatever the
values: two unrelated "26"s stay apart.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from rapidfuzz import fuzz
from rapidfuzz.utils import default_process

from tracker.normalise import anchors, is_common_word

MATCHER_VERSION = "match-2"

# "content" is what the two claims say (the better of the idf-weighted term overlap
# and 0.9 x the fuzzy ratio); the other components only add to it.
WEIGHTS = {"content": 0.55, "anchors": 0.15, "context": 0.10, "value": 0.10, "time": 0.10}
# Below this much content in common nothing is linked, whatever else agrees:
# sharing a place, a day and a number does not make two claims one fact.
MIN_CONTENT = 0.25
# The value bridge: the same distinctive value, unit and story in two claims whose
# words do not meet (often German and English) is one fact unless their events differ.
BRIDGE_SCORE = 0.5
BRIDGE_MIN_VALUE = 10.0
EVENT_CONCEPTS = frozenset(
    "death injure arrest hospitalise hospital rescue missing disease homeless evacuate "
    "displace victim infect".split()
)
SAME_TIME = dt.timedelta(hours=12)
TIME_SCALE_DAYS = 21.0


@dataclass
class FigureView:
    id: int
    claim_id: int
    value: float
    unit: str | None
    approx: str | None
    negated: bool
    fact_id: int | None = None
    start: int = 0  # span in the claim's text
    end: int = 0
    previous: bool = False  # the earlier value named in a change ("up from 12")

    @property
    def asserted(self) -> bool:
        """Claimed as true now: neither rejected nor named as the value before a change."""
        return not (self.negated or self.previous)


@dataclass
class ClaimView:
    id: int
    article_id: int
    source_id: int | None
    claimant_id: int | None
    text: str
    terms: tuple[str, ...]
    anchors: frozenset[str]
    context: frozenset[str]
    time: dt.datetime | None
    negated: bool
    order: tuple[float, int]  # (time as timestamp or +inf, claim id): what is "older"
    via_source_id: int | None = None
    syndicated_from_id: int | None = None
    language: str = "unknown"
    figures: list[FigureView] = field(default_factory=list)
    speakers: frozenset[str] = frozenset()  # folded name tokens of claimant and via
    _local: dict[int, tuple[frozenset[str], frozenset[int]]] = field(
        default_factory=dict, repr=False
    )

    @property
    def key_text(self) -> str:
        return " ".join(t for t in self.terms if not t.startswith("#"))

    def shares_unit(self, figure: FigureView) -> bool:
        """Does another asserted figure of this claim count the same unit?"""
        return any(
            f.unit == figure.unit and f.id != figure.id and not f.negated for f in self.figures
        )

    def local(self, figure: FigureView) -> tuple[frozenset[str], frozenset[int]]:
        """Names and past years in the clause around ``figure``."""
        if figure.id not in self._local:
            clause = _clause(self.text, figure.start, figure.end)
            names = (anchors(clause, self.language) & self.anchors) - self.speakers
            years = frozenset(int(y) for y in _YEAR.findall(clause))
            self._local[figure.id] = (names, years)
        return self._local[figure.id]


@dataclass(frozen=True)
class PairScore:
    total: float
    components: dict[str, float]

    @property
    def content(self) -> float:
        return self.components["content"]


_CLAUSE_BREAK = re.compile(r"[,;]\s|\s(?:while|whereas|während|wohingegen|but|aber)\s")
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")


def _clause(text: str, start: int, end: int) -> str:
    """The part of ``text`` between the clause breaks around ``start:end``."""
    left = 0
    for match in _CLAUSE_BREAK.finditer(text):
        if match.end() <= start:
            left = match.end()
        elif match.start() >= end:
            return text[left : match.start()]
    return text[left:]


def fuzzy_content(ratio: float) -> float:
    """rapidfuzz's token_set_ratio is about 0.35-0.5 for unrelated short texts: only
    what lies above that counts as shared content."""
    return 0.9 * max(0.0, (ratio - 0.35) / 0.65)


def interval(value: float, approx: str | None) -> tuple[float, float]:
    """The values a figure allows: "rund 1.200" is 1,080-1,320; "mehr als 10.000" is above."""
    if approx == "about":
        return value * 0.9, value * 1.1
    if approx == "more_than":
        return value * 1.000001, math.inf
    if approx == "at_least":
        return value, math.inf
    if approx == "less_than":
        return 0.0, value * 0.999999
    if approx == "at_most":
        return 0.0, value
    return value, value


def values_agree(a: FigureView, b: FigureView) -> bool:
    """The same value said twice: equal numbers, or within 10% when one is "about".

    A bound and a number that fits it ("mindestens 37", later "52") are *not* the
    same value: the later one is news about the same fact.
    """
    if a.unit != b.unit:
        return False
    if values_conflict(a, b):
        return False  # "weniger als zwei Euro" and "mehr als 2 Euro"
    if "about" in (a.approx, b.approx):
        lo_a, hi_a = interval(a.value, "about" if a.approx == "about" else None)
        lo_b, hi_b = interval(b.value, "about" if b.approx == "about" else None)
        return lo_a <= hi_b and lo_b <= hi_a
    return math.isclose(a.value, b.value, rel_tol=1e-9, abs_tol=1e-9)


def values_conflict(a: FigureView, b: FigureView) -> bool:
    """No value satisfies both figures ("mehr als 10.000" and "3.500")."""
    lo_a, hi_a = interval(a.value, a.approx)
    lo_b, hi_b = interval(b.value, b.approx)
    return hi_a < lo_b or hi_b < lo_a


def term_overlap(a: tuple[str, ...], b: tuple[str, ...], idf: Callable[[str], float]) -> float:
    """Weighted Dice coefficient of two term sets (placeholders left out)."""
    set_a = {t for t in a if not t.startswith("#")}
    set_b = {t for t in b if not t.startswith("#")}
    if not set_a or not set_b:
        return 0.0
    shared = sum(idf(t) for t in set_a & set_b)
    total = sum(idf(t) for t in set_a) + sum(idf(t) for t in set_b)
    return 2 * shared / total if total else 0.0


def anchor_overlap(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def context_overlap(a: frozenset[str], b: frozenset[str]) -> float:
    """Shared article anchors: two or more in common is full agreement."""
    return min(1.0, len(a & b) / 2.0)


def time_closeness(a: dt.datetime | None, b: dt.datetime | None) -> float:
    if a is None or b is None:
        return 1.0
    days = abs((a - b).total_seconds()) / 86400
    return math.exp(-days / TIME_SCALE_DAYS)


def score_claims(
    new: ClaimView,
    old: ClaimView,
    idf: Callable[[str], float],
    new_figure: FigureView | None = None,
    old_figure: FigureView | None = None,
) -> PairScore:
    terms = term_overlap(new.terms, old.terms, idf)
    fuzzy = fuzz.token_set_ratio(new.key_text, old.key_text, processor=default_process) / 100
    components = {
        "terms": round(terms, 4),
        "fuzzy": round(fuzzy, 4),
        "content": round(max(terms, fuzzy_content(fuzzy)), 4),
        "anchors": round(anchor_overlap(new.anchors, old.anchors), 4),
        "context": round(context_overlap(new.context, old.context), 4),
        "value": 1.0
        if new_figure is not None
        and old_figure is not None
        and values_agree(new_figure, old_figure)
        else 0.0,
        "time": round(time_closeness(new.time, old.time), 4),
    }
    total = sum(weight * components[name] for name, weight in WEIGHTS.items())
    if (
        new.article_id != old.article_id
        and new.context
        and old.context
        and not (new.context & old.context)
    ):
        # Both articles name places or people, and none in common: another story.
        # The same sentence about temperatures in two towns is two facts.
        components["elsewhere"] = 1.0
        return PairScore(0.0, components)
    new_events, old_events = _events(new), _events(old)
    if new_events and old_events and not new_events & old_events:
        # "12 injured" and "12 arrested" count different things.
        components["other_event"] = 1.0
        return PairScore(0.0, components)
    if new_figure is not None and old_figure is not None:
        total *= _figure_context(new, new_figure, old, old_figure, components)
        if _bridge(new, new_figure, old, old_figure, components):
            components["bridge"] = 1.0
            total = max(total, BRIDGE_SCORE)
            return PairScore(round(total, 4), components)
    if components["content"] < MIN_CONTENT:
        total = 0.0
    return PairScore(round(total, 4), components)


def _subjects(claim: ClaimView) -> frozenset[str]:
    """The names in a sentence that say where or whom it is about: its anchors but
    ordinary words ("German", "Police"). A claimant's name stays: "Wrenhallow Fire and
    Rescue Service" also says where."""
    return frozenset(a for a in claim.anchors if not is_common_word(a))


def _events(claim: ClaimView) -> set[str]:
    found = {t for t in claim.terms if t in EVENT_CONCEPTS}
    return {"hospitalise" if t == "hospital" else t for t in found}


def _bridge(
    new: ClaimView,
    new_figure: FigureView,
    old: ClaimView,
    old_figure: FigureView,
    components: dict[str, float],
) -> bool:
    if not (
        components["value"] == 1.0
        and new_figure.unit is not None
        and abs(new_figure.value) >= BRIDGE_MIN_VALUE
        and components["context"] >= 1.0
        and components["time"] >= 0.8
        and components.get("figure_names", 1.0) == 1.0
        and "other_period" not in components
        and "other_subject" not in components
    ):
        return False
    # Same words available, none shared: they say different things.
    return not (new.language == old.language and components["terms"] == 0.0)


def _figure_context(
    new: ClaimView,
    new_figure: FigureView,
    old: ClaimView,
    old_figure: FigureView,
    components: dict[str, float],
) -> float:
    """Evidence in the clauses around the two figures.

    * Where a sentence gives several values of one unit ("Kreitmeier kommt auf 50,4
      Prozent, Dransfeld auf 49,6 Prozent"), the names next to each value say which
      is which: values next to different names are different facts.
    * A value dated to an earlier year in its own clause ("bereits 2023 ... 480
      Stellen") is history, not the current figure, unless the other names that year too.
    """
    factor = 1.0
    new_names, new_years = new.local(new_figure)
    old_names, old_years = old.local(old_figure)
    if (new.shares_unit(new_figure) or old.shares_unit(old_figure)) and new_names and old_names:
        if new_names & old_names:
            components["figure_names"] = 1.0
            factor *= 1.15
        else:
            components["figure_names"] = 0.0
            factor *= 0.5
    for years, claim, other_years in ((new_years, new, old_years), (old_years, old, new_years)):
        past = {y for y in years if claim.time is not None and y < claim.time.year}
        if past and not past & other_years:
            components["other_period"] = 1.0
            factor *= 0.5
            break
    if new.article_id != old.article_id:
        new_subjects, old_subjects = _subjects(new), _subjects(old)
        if new_subjects and old_subjects and not new_subjects & old_subjects:
            # Both sentences name where or whom it is about, and not the same: the
            # same kind of event somewhere else ("zwei Tote in Saporischschja",
            # "zwei Tote in Charkiw").
            components["other_subject"] = 1.0
            factor *= 0.4
    return factor
