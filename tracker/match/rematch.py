"""Re-matching: recompute automatic relations and fact assignments.

After a matcher change, the automatic part of the graph is rebuilt article by
article in time order (one transaction each), from ``since`` on. What people
decided stays: relations they confirmed or rejected are kept and never made
again automatically, and figures they placed keep their fact.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from tracker.config import MatchSettings
from tracker.db import Database
from tracker.db.base import utcnow
from tracker.db.models import Article, Claim, Decision, Fact, Figure, Relation
from tracker.match.index import ClaimIndex
from tracker.match.matcher import Matcher

AUTOMATIC = ("auto", "suggested")


def articles_to_rematch(session: Session, since: dt.datetime | None) -> list[int]:
    when = func.coalesce(Article.published_at, Article.retrieved_at, Article.recorded_at)
    stmt = (
        select(Article.id)
        .where(Article.id.in_(select(Claim.article_id)))
        .order_by(when, Article.id)
    )
    if since is not None:
        stmt = stmt.where(when >= since)
    return list(session.scalars(stmt))


def rematch(
    db: Database,
    settings: MatchSettings | None = None,
    since: dt.datetime | None = None,
    on_article: Callable[[int], None] | None = None,
) -> dict[str, int]:
    with db.reader() as session:
        article_ids = articles_to_rematch(session, since)
    for article_id in article_ids:
        with db.session() as session:
            _reset_article(session, article_id)
            article = session.get(Article, article_id)
            assert article is not None
            Matcher(session, settings).process_article(article)
        if on_article:
            on_article(article_id)
    with db.session() as session:
        removed = _drop_empty_facts(session)
        relations = session.scalar(select(func.count()).select_from(Relation)) or 0
    return {"articles": len(article_ids), "relations": relations, "empty_facts_removed": removed}


def _reset_article(session: Session, article_id: int) -> None:
    claim_ids = list(session.scalars(select(Claim.id).where(Claim.article_id == article_id)))
    if not claim_ids:
        return
    # Automatic relations are recomputed; the replaced ones stay as history.
    session.execute(
        update(Relation)
        .where(
            Relation.newer_claim_id.in_(claim_ids),
            Relation.status.in_(AUTOMATIC),
            Relation.alive(),
        )
        .values(superseded_at=utcnow())
    )
    decided = select(Decision.figure_id).where(Decision.figure_id.is_not(None))
    session.execute(
        update(Figure)
        .where(Figure.claim_id.in_(claim_ids), Figure.id.not_in(decided))
        .values(fact_id=None, rank="normal", rank_reason=None)
    )
    ClaimIndex(session).remove(claim_ids)
    session.flush()


def _drop_empty_facts(session: Session) -> int:
    used = select(Figure.fact_id).where(Figure.fact_id.is_not(None))
    referenced = select(Relation.fact_id).where(Relation.fact_id.is_not(None), Relation.alive())
    decided = select(Decision.fact_id).where(Decision.fact_id.is_not(None))
    empty = list(
        session.scalars(
            select(Fact.id).where(
                Fact.id.not_in(used), Fact.id.not_in(referenced), Fact.id.not_in(decided)
            )
        )
    )
    if empty:
        session.execute(delete(Fact).where(Fact.id.in_(empty)))
    return len(empty)
