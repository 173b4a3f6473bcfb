"""Facts: creating them and keeping their derived fields true.

The stored fields of a fact (current value, first and last seen, counts, the
figures' ranks) are derived by :func:`summarise`, the same function the read side
uses to answer "as of" a past date; the history itself stays in the figures.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from tracker.db.base import utcnow
from tracker.db.models import Article, Claim, Fact, Figure, Relation
from tracker.match.score import ClaimView

LABEL_TERMS = 5


def label_for(unit: str | None, term_lists: Iterable[tuple[str, ...]]) -> str:
    """ "person: evacuate mittelau district" — the unit and the words its claims share."""
    counts: Counter[str] = Counter()
    first_seen: dict[str, int] = {}
    for terms in term_lists:
        for term in dict.fromkeys(terms):
            if term.startswith("#") or term.isdigit():
                continue
            counts[term] += 1
            first_seen.setdefault(term, len(first_seen))
    words = sorted(counts, key=lambda t: (-counts[t], first_seen[t]))[:LABEL_TERMS]
    words = sorted(words, key=lambda t: first_seen[t])
    prefix = unit or "number"
    return f"{prefix}: {' '.join(w.replace('_', ' ') for w in words)}".strip()[:300]


def create(session: Session, unit: str | None, view: ClaimView) -> int:
    fact = Fact(label=label_for(unit, [view.terms]), unit=unit)
    session.add(fact)
    session.flush()
    return fact.id


@dataclass(frozen=True)
class Entry:
    """One figure of a fact, with what its summary needs."""

    figure_id: int
    claim_id: int
    value: float
    approx: str | None
    negated: bool
    previous: bool
    time: dt.datetime | None
    source_id: int | None
    syndicated: bool
    terms: tuple[str, ...]


@dataclass
class Summary:
    current: Entry | None
    first_seen_at: dt.datetime | None
    last_seen_at: dt.datetime | None
    claim_count: int
    source_count: int
    has_contradiction: bool
    ranks: dict[int, tuple[str, str | None]]  # figure id -> (rank, reason)


def summarise(
    entries: list[Entry], relations: Iterable[tuple[str, int | None, int | None]]
) -> Summary:
    """A fact's derived state from its figures and its (not rejected) relations.

    The current value is the latest asserted value whose first statement did not
    contradict an earlier one; figures rank ``preferred`` (the current value),
    ``deprecated`` (rejected by their own claim, or replaced by an update) or ``normal``.
    """
    contradicting = set()
    superseded = set()
    for kind, newer, older in relations:
        if kind == "contradiction" and newer is not None:
            contradicting.add(newer)
        elif kind == "update" and older is not None:
            superseded.add(older)
    ordered = sorted(
        entries,
        key=lambda e: (e.time.timestamp() if e.time else math.inf, e.claim_id, e.figure_id),
    )
    asserted = [e for e in ordered if not (e.negated or e.previous)]
    first_of_value: dict[float, Entry] = {}
    for entry in asserted:
        first_of_value.setdefault(entry.value, entry)
    standing = [e for e in asserted if first_of_value[e.value].figure_id not in contradicting]
    candidates = standing or asserted
    current = candidates[-1] if candidates else None
    times = [e.time for e in ordered if e.time is not None]
    ranks: dict[int, tuple[str, str | None]] = {}
    for entry in entries:
        if entry.negated:
            ranks[entry.figure_id] = ("deprecated", "rejected by its own claim")
        elif entry.previous:
            ranks[entry.figure_id] = ("normal", "named as the value before a change")
        elif current is not None and math.isclose(entry.value, current.value):
            ranks[entry.figure_id] = ("preferred", "current value")
        elif entry.figure_id in superseded:
            ranks[entry.figure_id] = ("deprecated", "replaced by an update")
        elif entry.figure_id in contradicting:
            ranks[entry.figure_id] = ("normal", "contradicts an earlier value")
        else:
            ranks[entry.figure_id] = ("normal", None)
    return Summary(
        current=current,
        first_seen_at=min(times) if times else None,
        last_seen_at=max(times) if times else None,
        claim_count=len({e.claim_id for e in entries}),
        source_count=len({e.source_id for e in entries if not e.syndicated}),
        has_contradiction=bool(contradicting),
        ranks=ranks,
    )


def entries_for(session: Session, fact_id: int, as_of: dt.datetime | None = None) -> list[Entry]:
    """The fact's figures (as recorded by ``as_of``, when given)."""
    stmt = (
        select(
            Figure.id,
            Figure.claim_id,
            Figure.value,
            Figure.approx,
            Figure.negated,
            Figure.previous,
            Claim.stated_at,
            Article.published_at,
            Article.retrieved_at,
            Article.source_id,
            Article.syndicated_from_id,
            Claim.key_text,
        )
        .join(Claim, Claim.id == Figure.claim_id)
        .join(Article, Article.id == Claim.article_id)
        .where(Figure.fact_id == fact_id)
    )
    if as_of is not None:
        stmt = stmt.where(Claim.recorded_at <= as_of)
    return [
        Entry(
            r.id,
            r.claim_id,
            r.value,
            r.approx,
            bool(r.negated),
            bool(r.previous),
            r.stated_at or r.published_at or r.retrieved_at,
            r.source_id,
            r.syndicated_from_id is not None,
            tuple((r.key_text or "").split()),
        )
        for r in session.connection().execute(stmt)
    ]


def relations_for(
    session: Session, fact_id: int, as_of: dt.datetime | None = None
) -> list[tuple[str, int | None, int | None]]:
    stmt = select(Relation.kind, Relation.newer_figure_id, Relation.older_figure_id).where(
        Relation.fact_id == fact_id, Relation.status != "rejected", Relation.alive(as_of)
    )
    return [(r[0], r[1], r[2]) for r in session.connection().execute(stmt)]


def refresh(session: Session, fact_ids: Iterable[int]) -> None:
    for fact_id in sorted(set(fact_ids)):
        _refresh_one(session, fact_id)


def _refresh_one(session: Session, fact_id: int) -> None:
    fact = session.get(Fact, fact_id)
    if fact is None:
        return
    entries = entries_for(session, fact_id)
    summary = summarise(entries, relations_for(session, fact_id))
    current = summary.current
    fact.current_value = current.value if current else None
    fact.current_approx = current.approx if current else None
    fact.current_figure_id = current.figure_id if current else None
    fact.first_seen_at = summary.first_seen_at
    fact.last_seen_at = summary.last_seen_at
    fact.claim_count = summary.claim_count
    fact.source_count = summary.source_count
    fact.has_contradiction = summary.has_contradiction
    fact.updated_at = utcnow()
    if summary.claim_count > 1:
        ordered = sorted(
            entries, key=lambda e: (e.time.timestamp() if e.time else math.inf, e.claim_id)
        )
        fact.label = label_for(fact.unit, [e.terms for e in ordered])
    if summary.ranks:
        session.execute(
            update(Figure),
            [
                {"id": figure_id, "rank": rank, "rank_reason": reason}
                for figure_id, (rank, reason) in summary.ranks.items()
            ],
        )
