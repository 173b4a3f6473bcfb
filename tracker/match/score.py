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
from collections.abc import Callable
from dataclasses import dataclass, field

from rapidfuzz import fuzz
from rapidfuzz.utils import default_process

MATCHER_VERSION = "match-1"

# "content" is what the two claims say (the better of the idf-weighted term overlap
# and 0.9 x the fuzzy ratio); the other components only add to it.
WEIGHTS = {"content": 0.55, "anchors": 0.15, "context": 0.10, "value": 0.10, "time": 0.10}
# Below this much content in common nothing is linked, whatever else agrees:
# sharing a place, a day and a number does not make two claims one fact.
MIN_CONTENT = 0.3
# Factor for a pair whose articles share no names or places at all.
ELSEWHERE = 0.6
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

    @property
    def key_text(self) -> str:
        return " ".join(t for t in self.terms if not t.startswith("#"))


@dataclass(frozen=True)
class PairScore:
    total: float
    components: dict[str, float]

    @property
    def content(self) -> float:
        return self.components["content"]


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
    if a.unit != b.unit:
        return False
    if a.approx is None and b.approx is None:
        return math.isclose(a.value, b.value, rel_tol=1e-9, abs_tol=1e-9)
    lo_a, hi_a = interval(a.value, a.approx)
    lo_b, hi_b = interval(b.value, b.approx)
    return lo_a <= hi_b and lo_b <= hi_a


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
        "content": round(max(terms, 0.9 * fuzzy), 4),
        "anchors": round(anchor_overlap(new.anchors, old.anchors), 4),
        "context": round(context_overlap(new.context, old.context), 4),
        "value": 1.0
        if new_figure is not None and old_figure is not None and values_agree(new_figure, old_figure)
        else 0.0,
        "time": round(time_closeness(new.time, old.time), 4),
    }
    total = sum(weight * components[name] for name, weight in WEIGHTS.items())
    if new.article_id != old.article_id and new.context and old.context and not (
        new.context & old.context
    ):
        # Both articles name places or people, and none in common: another story.
        total *= ELSEWHERE
        components["elsewhere"] = 1.0
    if components["content"] < MIN_CONTENT:
        total = 0.0
    return PairScore(round(total, 4), components)
