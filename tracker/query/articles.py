"""Articles and sources.

The CLI renders these rows; reports and exports build on them too.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from tracker.db.models import Article, IngestRun, Source
from tracker.errors import NotFound
from tracker.query.rows import Rows

Row = dict[str, Any]


@dataclass(frozen=True)
class ArticleFilter:
    source: str | None = None
    language: str | None = None
    since: dt.datetime | None = None
    until: dt.datetime | None = None
    text: str | None = None
    url: str | None = None
    all_versions: bool = False
    limit: int = 100


ARTICLE_COLUMNS = ["id", "published_at", "source", "language", "version", "title", "url"]


def list_articles(session: Session, flt: ArticleFilter) -> Rows:
    from tracker.query.claims import count_rows

    stmt = (
        select(
            Article.id,
            Article.published_at,
            Source.name.label("source"),
            Article.language,
            Article.version,
            Article.title,
            Article.url,
            Article.author,
            Article.recorded_at,
            Article.sha256,
            func.length(Article.text).label("characters"),
        )
        .outerjoin(Source, Source.id == Article.source_id)
        .order_by(func.coalesce(Article.published_at, Article.recorded_at), Article.id)
    )
    if not flt.all_versions:
        newer = aliased(Article)
        stmt = stmt.where(~select(newer.id).where(newer.previous_version_id == Article.id).exists())
    if flt.source:
        stmt = stmt.where(func.lower(Source.name) == flt.source.lower())
    if flt.language:
        stmt = stmt.where(Article.language == flt.language.lower())
    if flt.since:
        stmt = stmt.where(Article.published_at >= flt.since)
    if flt.until:
        stmt = stmt.where(Article.published_at < flt.until)
    if flt.text:
        pattern = f"%{flt.text.lower()}%"
        stmt = stmt.where(
            func.lower(Article.text).like(pattern) | func.lower(Article.title).like(pattern)
        )
    if flt.url:
        stmt = stmt.where(Article.url == flt.url)
    total = None
    if flt.limit:
        total = count_rows(session, stmt)
        stmt = stmt.limit(flt.limit)
    return Rows((dict(row._mapping) for row in session.execute(stmt)), total)


def article_detail(session: Session, article_id: int) -> Row:
    article = session.get(Article, article_id)
    if article is None:
        raise NotFound(f"no article with id {article_id}: see `tracker articles`")
    run = session.get(IngestRun, article.ingest_run_id) if article.ingest_run_id else None
    versions = _version_chain(session, article)
    return {
        "id": article.id,
        "title": article.title,
        "url": article.url,
        "source": article.source.name if article.source else None,
        "author": article.author,
        "language": article.language,
        "published_at": article.published_at,
        "retrieved_at": article.retrieved_at,
        "recorded_at": article.recorded_at,
        "external_id": article.external_id,
        "sha256": article.sha256,
        "version": article.version,
        "previous_version_id": article.previous_version_id,
        "origin": article.origin,
        "ingest_run": (
            {"id": run.id, "started_at": run.started_at, "tracker_version": run.tracker_version}
            if run
            else None
        ),
        "versions": versions,
        "text": article.text,
    }


def _version_chain(session: Session, article: Article) -> list[Row]:
    """All versions of the article's URL (or just itself when it has none), oldest first."""
    if article.url is None:
        members = [article]
    else:
        members = list(
            session.scalars(
                select(Article).where(Article.url == article.url).order_by(Article.version)
            )
        )
    return [
        {"id": a.id, "version": a.version, "recorded_at": a.recorded_at, "sha256": a.sha256[:12]}
        for a in members
    ]
