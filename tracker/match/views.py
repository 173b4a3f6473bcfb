"""What the matcher knows about a claim and its figures: plain data, no database.

The write side builds these views from stored rows (or from an article being
ingested) and hands them to the pure functions of :mod:`tracker.match`.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from tracker import normalise
from tracker.extract.units import unit_kind
from tracker.match import slots

_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")


def claimed_at(
    stated_at: dt.datetime | None,
    published_at: dt.datetime | None,
    retrieved_at: dt.datetime | None,
) -> dt.datetime | None:
    """When a claim was made: its stated time, else its article's published time, else
    when the article was retrieved (ingested).

    The one definition on the write side and in retrieval (``ClaimView.time``, fact
    entries, ``tracker match``); the reporting views' ``claimed_at`` column (migration
    0013) is the same rule in SQL (the first of the three that is not null), and
    ``tests/test_read_model.py`` checks that the two agree."""
    return stated_at or published_at or retrieved_at


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


@dataclass(frozen=True)
class FigureSlot:
    """The part of a claim that belongs to one figure (see :mod:`tracker.match.slots`)."""

    measure: slots.Measure
    names: frozenset[str]  # names and places in the figure's clause, speakers left out
    years: frozenset[int]  # years named in the figure's clause


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
    # The claim's scene: key terms and names of its headline and the text just before it
    # (the story it stands in, when the sentence itself names nothing).
    scene_terms: frozenset[str] = frozenset()
    scene_names: frozenset[str] = frozenset()
    _slots: dict[int, FigureSlot] = field(default_factory=dict, repr=False)

    @cached_property
    def key_text(self) -> str:
        """The key terms without unit placeholders (``terms`` never changes)."""
        return " ".join(t for t in self.terms if not t.startswith("#"))

    @cached_property
    def term_set(self) -> frozenset[str]:
        """The key terms as a set (``terms`` never changes)."""
        return frozenset(self.terms)

    @cached_property
    def processed_text(self) -> str:
        """The text as rapidfuzz's ``default_process`` makes it, for fuzzy ratios (once
        per view: a candidate of many claims is compared with each)."""
        from rapidfuzz.utils import default_process

        return default_process(self.text)

    @cached_property
    def processed_key_text(self) -> str:
        """:attr:`key_text` as ``default_process`` makes it."""
        from rapidfuzz.utils import default_process

        return default_process(self.key_text)

    def shares_unit(self, figure: FigureView) -> bool:
        """Does another asserted figure of this claim count the same unit?"""
        return any(
            f.unit == figure.unit and f.id != figure.id and not f.negated for f in self.figures
        )

    def slot(self, figure: FigureView) -> FigureSlot:
        """The measure and local names of ``figure`` (computed once)."""
        found = self._slots.get(figure.id)
        if found is None:
            others = tuple((f.start, f.end) for f in self.figures if f.id != figure.id)
            found = self._slots[figure.id] = figure_slot(
                self.text,
                figure.start,
                figure.end,
                others,
                self.language,
                self.anchors,
                self.speakers,
                unit_kind(figure.unit) == "money",
            )
        return found


@lru_cache(maxsize=20_000)
def figure_slot(
    text: str,
    start: int,
    end: int,
    others: tuple[tuple[int, int], ...],
    language: str,
    anchors: frozenset[str],
    speakers: frozenset[str],
    money: bool = False,
) -> FigureSlot:
    """:meth:`ClaimView.slot` of the figure at ``start``-``end`` of ``text`` (the other
    figures at ``others``; ``money``: a sum of money): the same claim loaded again (a
    candidate of many claims) is not worked out again."""
    part = slots.stretch(text, start, end, list(others))
    clause_start, clause_end = slots.clause_bounds(text, start, end)
    clause = text[clause_start:clause_end]
    terms = frozenset(
        t
        for t in normalise.key_text(part.text, language).terms
        if not t.startswith("#") and not t.isdigit()
    )
    names = (normalise.anchors(part.text, language) & anchors) - speakers
    years = frozenset(int(y) for y in _YEAR.findall(clause))
    measure = slots.measure(terms, part.text, start - part.start, money=money)
    return FigureSlot(measure, names, years)
