"""The ingest service: read -> store article -> extract -> match, one transaction per article.

Only this module and the query layer touch the database. Every article is stored
in its own transaction, so a failure leaves nothing half-written and never
affects the articles before or after it.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from enum import StrEnum

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

import tracker
from tracker.db import Database
from tracker.db.base import utcnow
from tracker.db.models import Article, IngestRun, Source
from tracker.errors import ReadError
from tracker.extract.language import detect_language
from tracker.match.settings import MatchSettings
from tracker.readers import ArticleRecord, Parsed
from tracker.verdicts import add_verdicts


class Outcome(StrEnum):
    NEW = "new"
    UNCHANGED = "unchanged"
    VERSION = "new version"
    FAILED = "failed"


@dataclass
class StoredArticle:
    outcome: Outcome
    origin: str
    article_id: int | None = None
    message: str | None = None


@dataclass
class IngestSummary:
    run_id: int | None = None
    counts: Counter[Outcome] = field(default_factory=Counter)
    failures: list[ReadError] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    article_ids: list[int] = field(default_factory=list)

    @property
    def failed(self) -> int:
        return self.counts[Outcome.FAILED]

    def line(self) -> str:
        total = sum(self.counts.values())
        noun = "article" if total == 1 else "articles"
        parts = ", ".join(
            f"{self.counts[o]} {o.value}"
            + ("s" if o is Outcome.VERSION and self.counts[o] != 1 else "")
            for o in Outcome
        )
        run = f" (run {self.run_id})" if self.run_id is not None else ""
        return f"{total} {noun}: {parts}{run}"


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


ArticleHook = Callable[[Session, Article, ArticleRecord], object]


def standard_hooks(match: MatchSettings | None = None) -> list[ArticleHook]:
    """What ingest does with every new article: extract its claims, store the
    verdicts on them (fact-checks), then match them."""
    from tracker.claims import extract_and_store
    from tracker.store.linking import Linker
    from tracker.verdicts import store_record_verdicts

    def match_claims(session: Session, article: Article, record: ArticleRecord) -> None:
        Linker(session, match).process_article(article)

    return [extract_and_store, store_record_verdicts, match_claims]


class Ingestor:
    """Stores articles and runs the per-article pipeline (hooks) in the same transaction."""

    def __init__(self, db: Database, hooks: Iterable[ArticleHook] = ()) -> None:
        self.db = db
        self.hooks = list(hooks)
        self._source_ids: dict[str, int] = {}

    def ingest(
        self,
        items: Iterable[Parsed],
        *,
        command: str = "ingest",
        inputs: Iterable[str] = (),
        on_result: Callable[[StoredArticle], None] | None = None,
    ) -> IngestSummary:
        summary = IngestSummary()
        with self.db.session() as session:
            run = IngestRun(
                tracker_version=tracker.__version__,
                command=command,
                inputs="\n".join(inputs),
                status="running",
            )
            session.add(run)
            session.flush()
            summary.run_id = run.id
        status = "interrupted"
        try:
            for item in items:
                if isinstance(item, ReadError):
                    result = StoredArticle(Outcome.FAILED, item.origin, message=item.problem)
                    summary.failures.append(item)
                else:
                    summary.warnings.extend(item.warnings)
                    result = self.store(item, summary.run_id)
                    if result.outcome is Outcome.FAILED:
                        summary.failures.append(
                            ReadError(result.origin, result.message or "failed")
                        )
                    elif result.article_id is not None:
                        summary.article_ids.append(result.article_id)
                summary.counts[result.outcome] += 1
                if on_result:
                    on_result(result)
            status = "done" if not summary.failed else "done with failures"
        finally:
            self._finish_run(summary, status)
        return summary

    def _finish_run(self, summary: IngestSummary, status: str) -> None:
        with self.db.session() as session:
            run = session.get(IngestRun, summary.run_id)
            if run is None:
                return
            run.finished_at = utcnow()
            run.status = status
            run.new_count = summary.counts[Outcome.NEW]
            run.unchanged_count = summary.counts[Outcome.UNCHANGED]
            run.version_count = summary.counts[Outcome.VERSION]
            run.failed_count = summary.counts[Outcome.FAILED]

    def store(self, record: ArticleRecord, run_id: int | None) -> StoredArticle:
        """Store one article (and whatever the hooks derive from it) atomically."""
        try:
            with self.db.session() as session:
                return self._store(session, record, run_id)
        except Exception as error:  # noqa: BLE001 - one bad article must not stop the batch
            self._source_ids.clear()  # ids made in the rolled-back transaction are gone
            message = f"not stored: {type(error).__name__}: {error}".splitlines()[0]
            return StoredArticle(Outcome.FAILED, record.origin, message=message[:500])

    def _store(self, session: Session, record: ArticleRecord, run_id: int | None) -> StoredArticle:
        sha = content_hash(record.text)
        previous: Article | None = None

        def same(version: Article) -> bool:
            """The same text, or the same saved file (whatever its text reads as now)."""
            return version.sha256 == sha or (
                record.file_sha256 is not None and version.file_sha256 == record.file_sha256
            )

        if record.as_claim and record.external_id:
            # A collection's record is identified by its id within the collection.
            versions = session.scalars(
                select(Article)
                .where(
                    Article.external_id == record.external_id,
                    Article.source_id == self._source_id(session, record),
                )
                .order_by(Article.version.desc())
            ).all()
            for version in versions:
                if same(version):
                    if record.verdicts:  # a new rating of the same claim is news
                        add_verdicts(session, version.id, record.verdicts)
                    return StoredArticle(Outcome.UNCHANGED, record.origin, version.id)
            previous = versions[0] if versions else None
        elif record.url:
            versions = session.scalars(
                select(Article).where(Article.url == record.url).order_by(Article.version.desc())
            ).all()
            for version in versions:
                if same(version):
                    return StoredArticle(Outcome.UNCHANGED, record.origin, version.id)
            previous = versions[0] if versions else None
        else:
            identical = Article.sha256 == sha
            if record.file_sha256 is not None:
                identical = or_(identical, Article.file_sha256 == record.file_sha256)
            known = session.scalar(select(func.min(Article.id)).where(identical))
            if known is not None:
                return StoredArticle(Outcome.UNCHANGED, record.origin, known)
        article = Article(
            source_id=self._source_id(session, record),
            url=record.url,
            external_id=record.external_id,
            title=record.title,
            author=record.author,
            language=record.language or detect_language(record.text),
            published_at=record.published_at,
            retrieved_at=record.retrieved_at,
            recorded_at=utcnow(),
            text=record.text,
            sha256=sha,
            file_sha256=record.file_sha256,
            version=previous.version + 1 if previous else 1,
            previous_version_id=previous.id if previous else None,
            origin=record.origin,
            ingest_run_id=run_id,
        )
        session.add(article)
        session.flush()
        for hook in self.hooks:
            hook(session, article, record)
        outcome = Outcome.VERSION if previous else Outcome.NEW
        return StoredArticle(outcome, record.origin, article.id)

    def _source_id(self, session: Session, record: ArticleRecord) -> int | None:
        if not record.source:
            return None
        cached = self._source_ids.get(record.source)
        if cached is not None:
            return cached
        source_id = session.scalar(select(Source.id).where(Source.name == record.source))
        if source_id is None:
            source = Source(name=record.source, url=record.source_url)
            session.add(source)
            session.flush()
            source_id = source.id
        self._source_ids[record.source] = source_id
        return source_id
