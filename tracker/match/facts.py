"""Facts: creating them and keeping their derived fields true.

A fact's current value is the latest value (by stated time) among its figures
that are not the newer side of an open contradiction; its history stays in the
figures, which carry a rank: ``preferred`` (the current value), ``normal``, or
``deprecated`` (rejected by its own claim, or replaced by an update).
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from tracker.db.base import utcnow
from tracker.db.models import Article, Claim, Fact, Figure, Relation
from tracker.match.score import ClaimView

LABEL_TERMS = 5


def label_for(unit: str | None, term_lists: Iterable[tuple[str, ...]]) -> str:
    """"person: evacuate mittelau district" — the unit and the words its claims share."""
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


def refresh(session: Session, fact_ids: Iterable[int]) -> None:
    for fact_id in sorted(set(fact_ids)):
        _refresh_one(session, fact_id)


def _refresh_one(session: Session, fact_id: int) -> None:
    fact = session.get(Fact, fact_id)
    if fact is None:
        return
    rows = session.execute(
        select(Figure, Claim, Article)
        .join(Claim, Claim.id == Figure.claim_id)
        .join(Article, Article.id == Claim.article_id)
        .where(Figure.fact_id == fact_id)
    ).all()
    if not rows:
        fact.claim_count = 0
        fact.source_count = 0
        fact.current_value = None
        fact.current_figure_id = None
        return
    relations = session.execute(
        select(Relation.kind, Relation.newer_figure_id, Relation.older_figure_id).where(
            Relation.fact_id == fact_id, Relation.status != "rejected"
        )
    ).all()
    contradicting = {newer for kind, newer, _ in relations if kind == "contradiction"}
    superseded = {older for kind, _, older in relations if kind == "update"}

    def when(row: tuple[Figure, Claim, Article]) -> float:
        _, claim, article = row
        time = claim.stated_at or article.published_at or article.retrieved_at or claim.recorded_at
        return time.timestamp() if time else math.inf

    ordered = sorted(rows, key=lambda r: (when(r), r[1].id, r[0].span_start))
    asserted = [r for r in ordered if not r[0].negated]
    standing = [r for r in asserted if r[0].id not in contradicting] or asserted
    current = standing[-1][0] if standing else None
    fact.current_value = current.value if current else None
    fact.current_approx = current.approx if current else None
    fact.current_figure_id = current.id if current else None
    times = [
        r[1].stated_at or r[2].published_at or r[2].retrieved_at
        for r in ordered
        if (r[1].stated_at or r[2].published_at or r[2].retrieved_at) is not None
    ]
    fact.first_seen_at = min(times) if times else None
    fact.last_seen_at = max(times) if times else None
    fact.claim_count = len({claim.id for _, claim, _ in rows})
    fact.source_count = len(
        {article.source_id for _, _, article in rows if article.syndicated_from_id is None}
    )
    fact.has_contradiction = bool(contradicting)
    fact.updated_at = utcnow()
    if len({claim.id for _, claim, _ in rows}) > 1:
        fact.label = label_for(fact.unit, [tuple((c.key_text or "").split()) for _, c, _ in ordered])
    ranks = []
    for figure, _, _ in rows:
        if figure.negated:
            rank, reason = "deprecated", "rejected by its own claim"
        elif current is not None and math.isclose(figure.value, current.value):
            rank, reason = "preferred", "current value"
        elif figure.id in superseded:
            rank, reason = "deprecated", "replaced by an update"
        elif figure.id in contradicting:
            rank, reason = "normal", "contradicts an earlier value"
        else:
            rank, reason = "normal", None
        ranks.append({"id": figure.id, "rank": rank, "rank_reason": reason})
    session.execute(update(Figure), ranks)
