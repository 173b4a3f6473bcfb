"""Re-matching: recompute automatic relations and fact assignments with today's matcher.

After a matcher change, the automatic part of the graph is rebuilt article by article
in time order, from ``since`` on, in ONE transaction: it all happens or none of it
does. What people decided stays: relations they confirmed or rejected are kept and
never made again automatically, and figures they placed keep their fact. Nothing is
deleted: replaced relations and memberships become history (``superseded_at``), and
facts left without figures keep their id (pointing to where their figures went).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from tracker.db import Database
from tracker.db.models import Article, Claim, Decision, FactMembership, Figure, Relation
from tracker.match.settings import AUTOMATIC, MatchSettings, Rank
from tracker.store import facts as fact_store
from tracker.store.index import ClaimIndex
from tracker.store.linking import Linker


@dataclass(frozen=True)
class RematchResult:
    articles: int
    relations: int
    facts_emptied: int
    matcher_version: str


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
) -> RematchResult:
    settings = settings or MatchSettings()
    with db.session() as session:
        article_ids = articles_to_rematch(session, since)
        linker = Linker(session, settings)
        touched: set[int] = set()
        # Everything automatic is undone first, so that no article is matched against
        # what the old matcher decided about a later one.
        for article_id in article_ids:
            left = _reset_article(session, article_id, linker.now)
            linker.former_facts.update(left)
            touched |= {facts[0] for facts in left.values()}
        for article_id in article_ids:
            article = session.get(Article, article_id)
            assert article is not None
            linker.process_article(article)
            if on_article:
                on_article(article_id)
        session.flush()
        emptied = fact_store.mark_emptied(session, touched, linker.now)
        fact_store.refresh(session, touched - set(emptied))
        relations = (
            session.scalar(select(func.count()).select_from(Relation).where(Relation.alive())) or 0
        )
        version = linker.version
    return RematchResult(len(article_ids), relations, len(emptied), version)


def _reset_article(session: Session, article_id: int, now: dt.datetime) -> dict[int, list[int]]:
    """Undo what matching decided for the article's claims (keeping it as history);
    returns for each of its figures the fact it leaves, then the facts it was in before
    (the latest first): a figure that starts a fact of its own again gets the first of
    them that is still empty, so that a fact merged away is not made anew."""
    claim_ids = list(session.scalars(select(Claim.id).where(Claim.article_id == article_id)))
    if not claim_ids:
        return {}
    session.execute(
        update(Relation)
        .where(
            Relation.newer_claim_id.in_(claim_ids),
            Relation.status.in_([str(s) for s in AUTOMATIC]),
            Relation.alive(),
        )
        .values(superseded_at=now)
    )
    decided = select(Decision.figure_id).where(Decision.figure_id.is_not(None))
    leaving = list(
        session.execute(
            select(Figure.id, Figure.fact_id).where(
                Figure.claim_id.in_(claim_ids),
                Figure.id.not_in(decided),
                Figure.fact_id.is_not(None),
            )
        )
    )
    formerly: dict[int, list[int]] = {r.id: [r.fact_id] for r in leaving}
    if leaving:
        ids = [r.id for r in leaving]
        history = session.execute(
            select(FactMembership.figure_id, FactMembership.fact_id)
            .where(FactMembership.figure_id.in_(ids), FactMembership.superseded_at.is_not(None))
            .order_by(FactMembership.superseded_at.desc(), FactMembership.id.desc())
        )
        for figure_id, fact_id in history:
            if fact_id not in formerly[figure_id]:
                formerly[figure_id].append(fact_id)
        session.execute(
            update(FactMembership)
            .where(FactMembership.figure_id.in_(ids), FactMembership.alive())
            .values(superseded_at=now)
        )
        session.execute(
            update(Figure)
            .where(Figure.id.in_(ids))
            .values(fact_id=None, rank=str(Rank.NORMAL), rank_reason=None)
        )
    ClaimIndex(session).remove(claim_ids)
    session.flush()
    return formerly
