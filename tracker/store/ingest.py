"""The ingest service: read -> extract -> store article + claims -> match.

Each article goes in two steps. **Prepare** (no database, no lock): the record is
checked (field lengths, NUL bytes: the same rules on every backend), its language
detected and its claims extracted, by every hook that has a ``prepare`` step. **Write**
(a savepoint in a short transaction): the article is stored, its prepared claims written
and matched. Writers queue (see :mod:`tracker.db.dialects`), so the write step is kept
short: extraction, the slow part, runs before it, and in parallel across processes.

Articles are written in groups (:class:`tracker.config.WriteBatch`: up to 50 articles,
or as many as 0.5 s of writing takes, in one transaction): a group is prepared first,
then written, each article in a savepoint with a session of its own, so that it is
written and matched exactly as in a transaction of its own (as of the articles before
it, nothing carried over from their sessions), and an article that fails is rolled back
alone. Results are reported once their transaction is committed, in input order.

A write that meets a busy database or a twin that another process committed first
is tried again (a group whole, from the start); a group that fails otherwise is written
again one article per transaction. A failure leaves nothing half-written and never
affects the articles before or after it. Only this module and the query layer touch
the database.
"""

from __future__ import annotations

import gc
import hashlib
import os
import time
import traceback
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING, Any, Protocol, TypeVar, runtime_checkable

from sqlalchemy import Connection, case, func, insert, or_, select
from sqlalchemy.orm import Session

import tracker
from tracker.config import ReadLimits, WriteBatch
from tracker.db import Database, dialects
from tracker.db.base import utcnow
from tracker.db.models import Article, Claimant, IngestRun, Source
from tracker.errors import ReadError
from tracker.extract.language import detect_language
from tracker.match.settings import MatchSettings
from tracker.readers import ArticleRecord, Parsed
from tracker.store.verdicts import add_verdicts, add_verdicts_bulk

if TYPE_CHECKING:
    from tracker.store.preparation import ArticleParts, Preparer
    from tracker.store.write_cache import WriteCache

T = TypeVar("T")
CLAIM_BATCH = 1000  # records of a claim collection per write transaction
ARTICLES_AHEAD = 8  # articles being prepared per worker process ahead of the write
MIN_POOLED_ARTICLES = 3  # the first articles of a run are prepared in process (no pool)
GROUP_ENTRIES = 500  # results held for a group's write (articles stored already among them)


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
    interrupted_runs: list[int] = field(default_factory=list)
    as_claims: bool = False  # records of a claim collection: counted as claims

    @property
    def failed(self) -> int:
        return self.counts[Outcome.FAILED]

    def line(self) -> str:
        total = sum(self.counts.values())
        noun = "claim" if self.as_claims else "article"
        noun += "" if total == 1 else "s"
        parts = ", ".join(
            f"{self.counts[o]} {o.value}"
            + ("s" if o is Outcome.VERSION and self.counts[o] != 1 else "")
            for o in Outcome
        )
        run = f" (run {self.run_id})" if self.run_id is not None else ""
        return f"{total} {noun}: {parts}{run}"


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def article_identity(record: ArticleRecord, sha256: str) -> str:
    """What makes two records the same article, as a key: a collection's record by its
    id within its source, else the URL, else the text itself (its SHA-256). Versions of
    one article share the key; ``articles`` is unique on (key, version)."""
    return identity_key(
        url=record.url,
        sha256=sha256,
        source=record.source,
        external_id=record.external_id if record.as_claim else None,
        file_sha256=record.file_sha256,
    )


def identity_key(
    *,
    url: str | None,
    sha256: str,
    source: str | None = None,
    external_id: str | None = None,
    file_sha256: str | None = None,
) -> str:
    """:func:`article_identity` from its parts (``external_id`` only for a record of
    a claim collection; ``file_sha256``, the hash of a saved page, stands for the text
    of an article without a URL)."""
    parts: tuple[str, ...]
    if external_id:
        parts = ("claim", source or "", external_id)
    elif url:
        parts = ("url", url)
    elif file_sha256:
        parts = ("file", file_sha256)
    else:
        parts = ("text", sha256)
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()


# -- one validation of what is stored, on every backend --------------------------------------

_LIMITED_FIELDS: tuple[tuple[str, Any], ...] = (
    ("url", Article.__table__.c.url),
    ("author", Article.__table__.c.author),
    ("source", Source.__table__.c.name),
    ("source_url", Source.__table__.c.url),
    ("external_id", Article.__table__.c.external_id),
    ("language", Article.__table__.c.language),
    ("claimant", Claimant.__table__.c.name),
)
_TEXT_FIELDS = ("text", "title", "url", "author", "source", "source_url", "external_id")
MAX_CLAIM_CHARS = 10_000  # one record of a claim collection (ingest --as-claims)


def validate_record(record: ArticleRecord, limits: ReadLimits | None = None) -> None:
    """Refuse, with a ReadError naming the field, what one backend would store and
    another refuse: NUL bytes, unpaired surrogates, values longer than their column,
    a text above the article limit."""
    limits = limits or ReadLimits()
    for name in (*_TEXT_FIELDS, "language", "claimant"):
        value = getattr(record, name)
        if not isinstance(value, str):
            continue
        if "\x00" in value:
            raise ReadError(record.origin, f"{name} contains a NUL byte (\\x00): refused")
        try:
            encoded = value.encode("utf-8")
        except UnicodeEncodeError as error:
            bad = value[error.start]
            raise ReadError(
                record.origin, f"{name} contains an unpaired surrogate (\\u{ord(bad):04x}): refused"
            ) from None
        if name == "text" and len(encoded) > limits.max_text_bytes:
            raise ReadError(
                record.origin,
                f"the text is {len(encoded) / 2**20:.3g} MB, larger than the "
                f"{limits.max_text_bytes / 2**20:.3g} MB limit for one article "
                "(TRACKER_MAX_TEXT_MB): refused",
            )
    for name, column in _LIMITED_FIELDS:
        value = getattr(record, name)
        if isinstance(value, str) and len(value) > column.type.length:
            raise ReadError(
                record.origin,
                f"{name} is {len(value):,} characters long, more than the "
                f"{column.type.length:,} the database keeps: refused",
            )
    if record.as_claim and len(record.text) > MAX_CLAIM_CHARS:
        raise ReadError(
            record.origin,
            f"a claim of {len(record.text):,} characters, more than {MAX_CLAIM_CHARS:,}: "
            "refused (ingest it as an article, without --as-claims)",
        )


# -- hooks ----------------------------------------------------------------------------

ArticleHook = Callable[[Session, Article, ArticleRecord], object]


@runtime_checkable
class PreparedHook(Protocol):
    """A hook in two steps: ``prepare`` runs before the write transaction (pure, no
    database: the place for slow work such as extraction), ``store`` inside it with
    what ``prepare`` returned. A plain :data:`ArticleHook` runs inside only."""

    def prepare(self, record: ArticleRecord, language: str) -> Any: ...

    def store(
        self, session: Session, article: Article, record: ArticleRecord, prepared: Any
    ) -> object: ...


class StandardHooks(list[Any]):
    """The hooks of :func:`standard_hooks`. With exactly these, records of a claim
    collection are stored in batches (:mod:`tracker.store.collection`): the same rows,
    one transaction per batch."""

    def __init__(self, hooks: Iterable[Any], match: MatchSettings | None) -> None:
        super().__init__(hooks)
        self.match = match


def standard_hooks(match: MatchSettings | None = None) -> list[Any]:
    """What ingest does with every new article: extract its claims (before the write
    transaction), store them and the verdicts on them (fact-checks), then match them
    and add their words to the raw-word index (inside it)."""
    from tracker.store.claims import ClaimExtraction
    from tracker.store.index import index_article_words
    from tracker.store.linking import Linker
    from tracker.store.verdicts import store_record_verdicts

    def match_claims(session: Session, article: Article, record: ArticleRecord) -> None:
        Linker(session, match).process_article(article, new=True)

    return StandardHooks(
        [ClaimExtraction(), store_record_verdicts, match_claims, index_article_words], match
    )


@dataclass
class PreparedArticle:
    """A record ready to be written: checked, hashed, its language known, and what
    each hook prepared outside the transaction (None for plain hooks)."""

    record: ArticleRecord
    sha256: str
    identity: str
    language: str
    prepared: list[Any]
    warnings: list[str] = field(default_factory=list)


@dataclass
class ClaimBatch:
    """Records of a claim collection on their way to one write: the results known
    before it (failed checks, records stored already), the positions of the others and
    their preparation (a call that waits for it)."""

    records: list[ArticleRecord]
    results: list[StoredArticle | None]
    wanted: list[int]
    prepared: Callable[[], list[Any]]


def prepare_article(
    record: ArticleRecord, hooks: Iterable[Any], limits: ReadLimits | None = None
) -> PreparedArticle:
    """Everything before an article's write: checks, hash, language, and what each
    hook with a ``prepare`` step makes of it (None for the others). No database: runs
    in a worker process with ``ingest --workers N``."""
    validate_record(record, limits)
    sha = content_hash(record.text)
    language = record.language or detect_language(record.text)
    prepared: list[Any] = []
    warnings: list[str] = []
    for hook in hooks:
        if isinstance(hook, PreparedHook):
            result = hook.prepare(record, language)
            warnings.extend(getattr(result, "warnings", ()))
            prepared.append(result)
        else:
            prepared.append(None)
    return PreparedArticle(record, sha, article_identity(record, sha), language, prepared, warnings)


def prepare_hooks(hooks: Iterable[Any]) -> list[Any] | None:
    """What a worker process needs of ``hooks`` to prepare an article: the hooks with a
    ``prepare`` step, None in place of the others; None when that cannot be sent to a
    process (a hook that cannot be pickled: the articles are prepared in process)."""
    import pickle

    wanted = [hook if isinstance(hook, PreparedHook) else None for hook in hooks]
    try:
        pickle.dumps(wanted)
    except Exception:  # noqa: BLE001 - whatever pickling raises: prepared in process
        return None
    return wanted


# -- the service ----------------------------------------------------------------------


class Ingestor:
    """Stores articles and runs the per-article pipeline (hooks) around the write."""

    def __init__(
        self,
        db: Database,
        hooks: Iterable[Any] = (),
        *,
        limits: ReadLimits | None = None,
        write_attempts: int = 8,
        batch_size: int = CLAIM_BATCH,
        workers: int = 1,
        write_batch: WriteBatch | None = None,
    ) -> None:
        self.db = db
        self.hooks = list(hooks)
        # records of a claim collection go in batches with exactly the standard hooks
        self.batched = isinstance(hooks, StandardHooks) and batch_size > 1
        self.match = hooks.match if isinstance(hooks, StandardHooks) else None
        self.batch_size = batch_size
        self.limits = limits or ReadLimits.from_env()
        self.write_attempts = write_attempts
        self.workers = max(1, workers)  # processes preparing records (extraction)
        # articles per write transaction (and how long one may write)
        self.write_batch = write_batch or WriteBatch.from_env()
        self._source_ids: dict[str, int] = {}
        from tracker.store.collection import Carried
        from tracker.store.write_cache import WriteCache

        # what a group's transaction read and wrote of the rows every article reads,
        # for the next (with the standard hooks only: they write those rows as it knows)
        self._write_cache = WriteCache() if isinstance(hooks, StandardHooks) else None

        # what a claim collection's batch leaves for the next (within one call)
        self._carried = Carried()

    def ingest(
        self,
        items: Iterable[Parsed],
        *,
        command: str = "ingest",
        inputs: Iterable[str] = (),
        on_result: Callable[[StoredArticle], None] | None = None,
        as_claims: bool = False,
    ) -> IngestSummary:
        """Store ``items`` (records, or read errors to report); ``as_claims``: they are a
        claim collection's records, and the summary counts claims (it does too when
        any record is one)."""
        summary = IngestSummary(as_claims=as_claims)
        inputs = list(inputs)
        self._carried.clear()  # others may have written since an earlier call
        if self._write_cache is not None:
            self._write_cache.clear()
        summary.interrupted_runs = self.mark_interrupted_runs()
        hold = dialects.RunHold(self.db.engine)
        summary.run_id = self._retrying(
            lambda: hold.start(lambda conn: self._start_run(conn, command, inputs))
        )
        status = "interrupted"

        def report(result: StoredArticle, error: ReadError | None = None) -> None:
            if result.outcome is Outcome.FAILED:
                problem = result.message or "failed"
                summary.failures.append(error or ReadError(result.origin, problem))
            elif result.article_id is not None:
                summary.article_ids.append(result.article_id)
            summary.counts[result.outcome] += 1
            if on_result:
                on_result(result)

        from tracker.store.preparation import Preparer, WorkerFailed

        pending: list[ArticleRecord] = []
        # batches being prepared (in workers) while the one before is written
        in_flight: deque[ClaimBatch] = deque()
        preparer = Preparer(self.workers)
        ahead = 1 if self.workers > 1 else 0
        # articles waiting for their group's write, with the results that came between
        # them (reported in input order once the articles before them are committed)
        group: list[PreparedArticle | tuple[StoredArticle, ReadError | None]] = []
        grouped = self.write_batch.articles > 1

        def write(keep: int) -> None:
            while len(in_flight) > keep:
                for result in self._write_claims(in_flight.popleft(), summary.run_id):
                    report(result)

        def flush() -> None:
            if pending:
                in_flight.append(self._begin_claims(list(pending), preparer))
                pending.clear()
            write(ahead)

        def write_group() -> None:
            entries = list(group)
            group.clear()
            reported = 0

            def committed(stored: list[StoredArticle]) -> None:
                """Report the entries up to the last article of ``stored``."""
                nonlocal reported
                results = iter(stored)
                while reported < len(entries):
                    entry = entries[reported]
                    if isinstance(entry, PreparedArticle):
                        result = next(results, None)
                        if result is None:
                            return
                        report(result)
                    else:
                        report(*entry)
                    reported += 1

            articles = [e for e in entries if isinstance(e, PreparedArticle)]
            self._write_articles(articles, summary.run_id, committed)
            committed([])

        def later(result: StoredArticle, error: ReadError | None = None) -> None:
            """Report now, or after the articles before it when they wait for a write."""
            if group:
                group.append((result, error))
            else:
                report(result, error)

        kinds: set[bool] = set()
        try:
            for item, ready in self._prepared_ahead(items, preparer):
                if isinstance(item, ArticleRecord):
                    # counted as claims only when every record is one (a newsroom folder
                    # with a ClaimReview file among its pages is counted in articles)
                    kinds.add(item.as_claim)
                    summary.as_claims = as_claims or kinds == {True}
                if self.batched and isinstance(item, ArticleRecord) and item.as_claim:
                    if group:
                        write_group()
                    summary.warnings.extend(item.warnings)
                    pending.append(item)
                    if len(pending) >= self.batch_size:
                        flush()
                    continue
                if pending or in_flight:
                    flush()
                    write(0)
                if isinstance(item, ReadError):
                    later(StoredArticle(Outcome.FAILED, item.origin, message=item.problem), item)
                    continue
                summary.warnings.extend(item.warnings)
                if not grouped:
                    report(self.store(item, summary.run_id, warnings=summary.warnings, ready=ready))
                    continue
                found = self._prepared(item, warnings=summary.warnings, ready=ready)
                if isinstance(found, StoredArticle):
                    later(found)
                    continue
                group.append(found)
                articles = sum(isinstance(e, PreparedArticle) for e in group)
                if articles >= self.write_batch.articles or len(group) >= GROUP_ENTRIES:
                    write_group()
            if group:
                write_group()
            flush()
            write(0)
            status = "done" if not summary.failed else "done with failures"
        except WorkerFailed:
            if group:  # the articles prepared before the worker died are kept
                write_group()
            raise
        except (KeyboardInterrupt, SystemExit) as stop:
            # Ctrl-C in a statement: SQLAlchemy closes that connection, but on SQLite it
            # stays open, write transaction and all, while the traceback keeps its cursor
            # alive; freed here, so that the run can be marked interrupted at once
            traceback.clear_frames(stop.__traceback__)
            gc.collect()
            raise
        finally:
            preparer.close()
            try:
                self._write(lambda session: self._finish_run(session, summary, status))
            finally:
                hold.release()
        return summary

    # -- runs ----------------------------------------------------------------------------

    @staticmethod
    def _start_run(conn: Connection, command: str, inputs: Iterable[str]) -> int:
        return int(
            conn.execute(
                insert(IngestRun).returning(IngestRun.id),
                {
                    "started_at": utcnow(),
                    "tracker_version": tracker.__version__,
                    "command": command,
                    "inputs": "\n".join(inputs),
                    "status": "running",
                    "host": dialects.this_host(),
                    "pid": os.getpid(),
                    "new_count": 0,
                    "unchanged_count": 0,
                    "version_count": 0,
                    "failed_count": 0,
                },
            ).scalar_one()
        )

    @staticmethod
    def _finish_run(session: Session, summary: IngestSummary, status: str) -> None:
        run = session.get(IngestRun, summary.run_id)
        if run is None:
            return
        run.finished_at = utcnow()
        run.status = status
        run.new_count = summary.counts[Outcome.NEW]
        run.unchanged_count = summary.counts[Outcome.UNCHANGED]
        run.version_count = summary.counts[Outcome.VERSION]
        run.failed_count = summary.counts[Outcome.FAILED]

    def mark_interrupted_runs(self) -> list[int]:
        """Runs still ``running`` whose process is gone (killed, crashed, power cut)
        become ``interrupted``, with the articles they stored counted."""
        with self.db.reader() as session:
            running = session.execute(
                select(IngestRun.id, IngestRun.host, IngestRun.pid, IngestRun.started_at).where(
                    IngestRun.status == "running"
                )
            ).all()
        if not running:
            return []
        dead: list[int] = []
        with self.db.engine.connect() as conn:
            for run_id, host, pid, started in running:
                if not dialects.run_is_alive(conn, run_id, host, pid, started):
                    dead.append(run_id)
            conn.rollback()
        if dead:
            self._write(lambda session: _mark_interrupted(session, dead))
        return dead

    # -- articles --------------------------------------------------------------------------

    def prepare(self, record: ArticleRecord) -> PreparedArticle:
        """Everything before the write: checks, hash, language, extraction."""
        return prepare_article(record, self.hooks, self.limits)

    def store(
        self,
        record: ArticleRecord,
        run_id: int | None,
        *,
        warnings: list[str] | None = None,
        ready: Callable[[], ArticleParts | str] | None = None,
    ) -> StoredArticle:
        """Prepare one article outside any transaction, then store it (and whatever
        the hooks derive from it) atomically, trying again while the database is busy.
        ``ready``: its preparation, started in a worker process (the call waits for it)."""
        found = self._prepared(record, warnings=warnings, ready=ready)
        if isinstance(found, StoredArticle):
            return found
        return self._write_one(found, run_id)

    def _prepared(
        self,
        record: ArticleRecord,
        *,
        warnings: list[str] | None = None,
        ready: Callable[[], ArticleParts | str] | None = None,
    ) -> PreparedArticle | StoredArticle:
        """An article ready for its write, or its result when it needs none (it fails
        its checks or its preparation, or is stored already). ``ready``: see :meth:`store`."""
        self._carried.clear()  # a claim collection's next batch reads what this writes
        try:
            validate_record(record, self.limits)
            # nothing to extract: the write would find it too (a record with verdicts
            # goes on, for a new rating of a known claim is news)
            # (an article sent to a worker was looked for then: the write finds one
            # stored since, as it finds any stored while it waited for its write)
            known = None if record.verdicts or ready is not None else self.stored_already(record)
            if known is not None:
                return StoredArticle(Outcome.UNCHANGED, record.origin, known)
            if ready is None:
                prepared = self.prepare(record)
        except ReadError as error:
            return StoredArticle(Outcome.FAILED, record.origin, message=error.problem)
        except Exception as error:  # noqa: BLE001 - one bad article must not stop the batch
            return StoredArticle(Outcome.FAILED, record.origin, message=not_stored(error))
        if ready is not None:
            parts = ready()  # a dead worker stops the ingest here (WorkerFailed)
            if isinstance(parts, str):
                return StoredArticle(Outcome.FAILED, record.origin, message=parts)
            prepared = PreparedArticle(record, *parts)
        if warnings is not None:
            warnings.extend(prepared.warnings)
        return prepared

    def _write_one(self, prepared: PreparedArticle, run_id: int | None) -> StoredArticle:
        """A prepared article in a transaction of its own."""
        try:
            return self._write(lambda session: self._store(session, prepared, run_id))
        except Exception as error:  # noqa: BLE001 - one bad article must not stop the batch
            return StoredArticle(Outcome.FAILED, prepared.record.origin, message=not_stored(error))

    # -- articles in groups --------------------------------------------------------------

    def _write_articles(
        self,
        articles: list[PreparedArticle],
        run_id: int | None,
        committed: Callable[[list[StoredArticle]], None],
    ) -> None:
        """Write prepared ``articles`` in as few transactions as :attr:`write_batch`
        allows, each article in a savepoint of its own; ``committed`` gets the results
        of each transaction's articles, in order, once it is committed.

        A transaction that meets a busy database or a twin committed first is tried
        again whole; one that still fails (or whose connection lost the transaction
        after an article's error) is given up, and its articles are written one
        transaction each, so that only the article at fault fails."""
        self._carried.clear()  # what a claim collection's batch read is untrue after this
        done = 0
        while done < len(articles):
            rest = articles[done:]

            def attempt(rest: list[PreparedArticle] = rest) -> list[StoredArticle]:
                return self._write_some(rest, run_id)

            try:
                stored = self._retrying(attempt)
            except Exception:  # noqa: BLE001 - written again one by one: who failed says so
                for prepared in rest:
                    committed([self._write_one(prepared, run_id)])
                return
            committed(stored)
            done += len(stored)

    def _write_some(
        self, articles: list[PreparedArticle], run_id: int | None
    ) -> list[StoredArticle]:
        """One transaction: the first of ``articles`` that fit in :attr:`write_batch`'s
        seconds (one at least); their results (a failed article's savepoint rolled back)."""
        results: list[StoredArticle] = []
        # rows as the transaction reads and writes them (the indexes' term statistics,
        # the matcher settings), shared by its articles: nobody else writes meanwhile
        cache = self._write_cache
        with self.db.transaction() as conn:
            if cache is not None:
                cache.begin(conn)
            started = time.perf_counter()
            for prepared in articles:
                if results and time.perf_counter() - started >= self.write_batch.seconds:
                    break
                results.append(self._store_step(conn, prepared, run_id, cache))
        if cache is not None:
            cache.committed()
        return results

    def _store_step(
        self,
        conn: Connection,
        prepared: PreparedArticle,
        run_id: int | None,
        cache: WriteCache | None = None,
    ) -> StoredArticle:
        """One article in a savepoint of ``conn``'s transaction, with a session of its
        own (as in a transaction of its own: nothing an earlier article's session loaded
        or left is seen). An error rolls the savepoint back and fails the article, unless
        a retry of the whole transaction may cure it (a busy database, a twin committed
        first) or the transaction itself is gone: then it is raised."""
        from tracker.store.write_cache import use_write_cache

        sources = dict(self._source_ids)
        session = self.db.step(conn)
        if cache is not None:
            use_write_cache(session, cache)
        try:
            result = self._store(session, prepared, run_id)
            session.commit()  # releases the savepoint
            return result
        except Exception as error:
            self._source_ids = sources  # ids made in the rolled-back savepoint are gone
            if cache is not None:
                cache.clear()  # what the savepoint wrote is gone
            session.rollback()  # raises when the savepoint is gone with the transaction
            if dialects.is_transient(error) or not dialects.in_transaction(conn):
                raise
            return StoredArticle(Outcome.FAILED, prepared.record.origin, message=not_stored(error))
        finally:
            session.close()

    def _prepared_ahead(
        self, items: Iterable[Parsed], preparer: Preparer
    ) -> Iterator[tuple[Parsed, Callable[[], ArticleParts | str] | None]]:
        """``items`` in their order, each article (not a claim collection's record) with
        its preparation started in a worker process, up to :data:`ARTICLES_AHEAD` items
        per worker (and a group of articles) before it is written; None where it is
        prepared in this process (no workers, the first few articles of a run, a record
        that fails its checks or is stored already: :meth:`store` finds that again, and
        extracts nothing)."""
        from tracker.store.preparation import WorkerFailed

        window: deque[tuple[Parsed, Callable[[], ArticleParts | str] | None]] = deque()
        hooks = prepare_hooks(self.hooks) if preparer.pooled else None
        # a group of articles is taken before it is written: the workers stay ahead of it
        size = ARTICLES_AHEAD * preparer.workers
        if self.write_batch.articles > 1:
            size += self.write_batch.articles
        articles = 0
        for item in items:
            ready = None
            if (
                hooks is not None
                and isinstance(item, ArticleRecord)
                and not (self.batched and item.as_claim)
            ):
                articles += 1
                if articles > MIN_POOLED_ARTICLES and self._worth_preparing(item):
                    try:
                        ready = preparer.submit_article(item, hooks, self.limits)
                    except WorkerFailed:
                        # the items before go first: those prepared in this process
                        # are stored, the first sent to a worker raises again
                        yield from window
                        raise
            window.append((item, ready))
            while len(window) > size:
                yield window.popleft()
        while window:
            yield window.popleft()

    def _worth_preparing(self, record: ArticleRecord) -> bool:
        """Whether an article goes to a worker: it passes the checks and is not stored
        already (as :meth:`store` will find; a failure here is left to it)."""
        try:
            validate_record(record, self.limits)
            return bool(record.verdicts) or self.stored_already(record) is None
        except Exception:  # noqa: BLE001 - store() reports it
            return False

    # -- claim collections, in batches ------------------------------------------------

    def store_claims(self, records: list[ArticleRecord], run_id: int | None) -> list[StoredArticle]:
        """Records of a claim collection, in order: prepared outside any transaction,
        then written in one transaction per run of records without a repeated identity.
        A batch whose write fails is stored again record by record, so that a bad record
        fails alone."""
        from tracker.store.preparation import Preparer

        preparer = Preparer(self.workers)
        self._carried.clear()  # others may have written since an earlier call
        try:
            return self._write_claims(self._begin_claims(records, preparer), run_id)
        finally:
            preparer.close()

    def _begin_claims(self, records: list[ArticleRecord], preparer: Preparer) -> ClaimBatch:
        """Check the records, find those stored already (one query), and start preparing
        the others (in worker processes, when the preparer has them)."""
        results: list[StoredArticle | None] = [None] * len(records)
        known = self._known_claims(records)
        wanted: list[int] = []
        for i, record in enumerate(records):
            try:
                validate_record(record, self.limits)
            except ReadError as error:
                results[i] = StoredArticle(Outcome.FAILED, record.origin, message=error.problem)
                continue
            except Exception as error:  # noqa: BLE001 - one bad record must not stop the batch
                results[i] = StoredArticle(Outcome.FAILED, record.origin, message=not_stored(error))
                continue
            found = None if record.verdicts else known.get(i)
            if found is not None:
                results[i] = StoredArticle(Outcome.UNCHANGED, record.origin, found)
            else:
                wanted.append(i)
        return ClaimBatch(records, results, wanted, preparer.submit([records[i] for i in wanted]))

    def _write_claims(self, batch: ClaimBatch, run_id: int | None) -> list[StoredArticle]:
        """The prepared records of ``batch``, written in one transaction per run of
        records without a repeated identity; the results of all its records, in order."""
        records, results = batch.records, batch.results
        ready: list[tuple[int, PreparedArticle, Any]] = []
        for i, (prepared, claim) in zip(batch.wanted, batch.prepared(), strict=True):
            if prepared is None:
                results[i] = StoredArticle(Outcome.FAILED, records[i].origin, message=claim)
            else:
                ready.append((i, prepared, claim))
        # a record whose identity (or text) came before in the batch starts the next run
        runs: list[list[tuple[int, PreparedArticle, Any]]] = [[]]
        seen: set[str] = set()
        for entry in ready:
            prepared = entry[1]
            keys = {prepared.identity, prepared.sha256}
            if prepared.record.file_sha256:
                keys.add(prepared.record.file_sha256)
            if keys & seen:
                runs.append([])
                seen = set()
            seen |= keys
            runs[-1].append(entry)
        for run in runs:
            if not run:
                continue
            claims = [(p, c) for _, p, c in run]
            # the write makes many objects and frees few: no cycle collection meanwhile

            def write(session: Session, claims: list[tuple[PreparedArticle, Any]] = claims) -> Any:
                return self._store_claims(session, claims, run_id)

            try:
                with _collection_paused():
                    stored = self._write(write)
                self._carried.committed()
            except Exception:  # noqa: BLE001 - stored again one by one: who failed says so
                stored = [self.store(p.record, run_id) for _, p, _ in run]
            for (i, _, _), result in zip(run, stored, strict=True):
                results[i] = result
        return [r for r in results if r is not None]

    def _known_claims(self, records: list[ArticleRecord]) -> dict[int, int]:
        """Records stored already (same identity and text), by position: one query,
        without waiting for writers (the write checks again)."""
        wanted: dict[str, list[tuple[int, str, str | None]]] = {}
        for i, record in enumerate(records):
            if record.verdicts or not (record.url or record.external_id):
                continue  # a record without an id goes the one-by-one check
            sha = content_hash(record.text)
            wanted.setdefault(article_identity(record, sha), []).append(
                (i, sha, record.file_sha256)
            )
        found: dict[int, int] = {}
        if not wanted:
            return found
        keys = sorted(wanted)
        with self.db.reader() as session:
            for start in range(0, len(keys), 500):
                rows = session.execute(
                    select(Article.id, Article.identity_key, Article.sha256, Article.file_sha256)
                    .where(Article.identity_key.in_(keys[start : start + 500]))
                    .order_by(Article.version.desc())
                )
                for article_id, identity, sha, file_sha in rows:
                    for i, record_sha, record_file in wanted[identity]:
                        same = sha == record_sha or (
                            record_file is not None and file_sha == record_file
                        )
                        if same and i not in found:
                            found[i] = article_id
        return found

    def _store_claims(
        self, session: Session, batch: list[tuple[PreparedArticle, Any]], run_id: int | None
    ) -> list[StoredArticle]:
        """One transaction: which records are known (one query), the new ones stored
        (:func:`tracker.store.collection.store_batch`), new verdicts on known claims."""
        from tracker.store.collection import NewClaim, claims_of_articles, store_batch

        identities = sorted({p.identity for p, _ in batch})
        versions: dict[str, list[Any]] = {}
        for start in range(0, len(identities), 500):
            for row in session.execute(
                select(
                    Article.id,
                    Article.identity_key,
                    Article.version,
                    Article.sha256,
                    Article.file_sha256,
                )
                .where(Article.identity_key.in_(identities[start : start + 500]))
                .order_by(Article.version.desc())
            ):
                versions.setdefault(row.identity_key, []).append(row)
        results: list[StoredArticle | None] = [None] * len(batch)
        new: list[tuple[int, NewClaim]] = []
        verdicts_for: list[tuple[int, int]] = []  # (position, article id)
        for i, (prepared, claim) in enumerate(batch):
            record, sha = prepared.record, prepared.sha256
            rows = versions.get(prepared.identity, [])
            same = next(
                (
                    r
                    for r in rows
                    if r.sha256 == sha
                    or (record.file_sha256 is not None and r.file_sha256 == record.file_sha256)
                ),
                None,
            )
            if same is not None:
                results[i] = StoredArticle(Outcome.UNCHANGED, record.origin, same.id)
                if record.verdicts:
                    verdicts_for.append((i, same.id))
                continue
            if not record.url and not record.external_id:
                known = session.scalar(
                    select(func.min(Article.id)).where(_same_text(sha, record.file_sha256))
                )
                if known is not None:
                    results[i] = StoredArticle(Outcome.UNCHANGED, record.origin, known)
                    continue
            previous = rows[0] if rows else None
            new.append(
                (
                    i,
                    NewClaim(
                        claim,
                        {
                            "source_id": self._source_id(session, record),
                            "url": record.url,
                            "external_id": record.external_id,
                            "title": record.title,
                            "author": record.author,
                            "language": prepared.language,
                            "published_at": record.published_at,
                            "retrieved_at": record.retrieved_at,
                            "text": record.text,
                            "sha256": sha,
                            "file_sha256": record.file_sha256,
                            "identity_key": prepared.identity,
                            "version": previous.version + 1 if previous else 1,
                            "previous_version_id": previous.id if previous else None,
                            "origin": record.origin,
                            "ingest_run_id": run_id,
                        },
                        record.verdicts,
                    ),
                )
            )
        article_ids = store_batch(session, [c for _, c in new], self.match, self._carried)
        for (i, claim), article_id in zip(new, article_ids, strict=True):
            outcome = Outcome.VERSION if claim.article["version"] > 1 else Outcome.NEW
            results[i] = StoredArticle(outcome, batch[i][0].record.origin, article_id)
        if verdicts_for:
            claims = claims_of_articles(session, [a for _, a in verdicts_for])
            add_verdicts_bulk(
                session,
                [(claims[a], batch[i][0].record.verdicts) for i, a in verdicts_for if a in claims],
            )
        return [r for r in results if r is not None]

    def stored_already(self, record: ArticleRecord) -> int | None:
        """The id of an article with this record's identity and text, read without
        waiting for writers (the write step checks again, in its transaction)."""
        sha = content_hash(record.text)
        with self.db.reader() as session:
            found = session.scalar(
                select(Article.id)
                .where(
                    Article.identity_key == article_identity(record, sha),
                    _same_text(sha, record.file_sha256),
                )
                .limit(1)
            )
            if found is None and not record.url and not (record.as_claim and record.external_id):
                found = session.scalar(
                    select(func.min(Article.id)).where(_same_text(sha, record.file_sha256))
                )
        return found

    def _write(self, work: Callable[[Session], T]) -> T:
        """``work`` in one write transaction, tried again when the database is busy or a
        concurrent twin was committed first."""

        def once() -> T:
            with self.db.session() as session:
                return work(session)

        if self._write_cache is not None:
            self._write_cache.clear()  # written without it: read afresh after
        return self._retrying(once)

    def _retrying(self, attempt: Callable[[], T]) -> T:
        delays = dialects.retry_delays(self.write_attempts)
        while True:
            try:
                return attempt()
            except Exception as error:
                self._source_ids.clear()  # ids made in the rolled-back transaction are gone
                delay = next(delays, None) if dialects.is_transient(error) else None
                if delay is None:
                    raise
                time.sleep(delay)

    def _store(
        self, session: Session, prepared: PreparedArticle, run_id: int | None
    ) -> StoredArticle:
        record, sha = prepared.record, prepared.sha256

        def same(version: Article) -> bool:
            """The same text, or the same saved file (whatever its text reads as now)."""
            return version.sha256 == sha or (
                record.file_sha256 is not None and version.file_sha256 == record.file_sha256
            )

        versions = session.scalars(
            select(Article)
            .where(Article.identity_key == prepared.identity)
            .order_by(Article.version.desc())
        ).all()
        for version in versions:
            if same(version):
                if record.as_claim and record.verdicts:  # a new rating of the same claim
                    add_verdicts(session, version.id, record.verdicts)
                return StoredArticle(Outcome.UNCHANGED, record.origin, version.id)
        if not record.url and not (record.as_claim and record.external_id):
            # without a URL or an id, the text (or the saved file) is the article, also
            # when it was stored under an older rule
            known = session.scalar(
                select(func.min(Article.id)).where(_same_text(sha, record.file_sha256))
            )
            if known is not None:
                return StoredArticle(Outcome.UNCHANGED, record.origin, known)
        previous = versions[0] if versions else None
        article = Article(
            source_id=self._source_id(session, record),
            url=record.url,
            external_id=record.external_id,
            title=record.title,
            author=record.author,
            language=prepared.language,
            published_at=record.published_at,
            retrieved_at=record.retrieved_at,
            recorded_at=utcnow(),
            text=record.text,
            sha256=sha,
            file_sha256=record.file_sha256,
            identity_key=prepared.identity,
            version=previous.version + 1 if previous else 1,
            previous_version_id=previous.id if previous else None,
            origin=record.origin,
            ingest_run_id=run_id,
        )
        session.add(article)
        session.flush()
        for hook, ready in zip(self.hooks, prepared.prepared, strict=True):
            if isinstance(hook, PreparedHook):
                hook.store(session, article, record, ready)
            else:
                hook(session, article, record)
        outcome = Outcome.VERSION if previous else Outcome.NEW
        return StoredArticle(outcome, record.origin, article.id)

    def _source_id(self, session: Session, record: ArticleRecord) -> int | None:
        if not record.source:
            return None
        cached = self._source_ids.get(record.source)
        if cached is not None:
            return cached
        source_id = source_id_for(session, record.source, record.source_url)
        self._source_ids[record.source] = source_id
        return source_id


@contextmanager
def _collection_paused() -> Iterator[None]:
    """Python's cycle collector off (as it was before afterwards)."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def _same_text(sha: str, file_sha256: str | None) -> Any:
    """Articles with this text, or from this saved file."""
    identical = Article.sha256 == sha
    if file_sha256 is not None:
        identical = or_(identical, Article.file_sha256 == file_sha256)
    return identical


def source_id_for(session: Session, name: str, url: str | None = None) -> int:
    """The id of the source ``name``: found, or made (also when another process makes
    it at the same time)."""
    found = session.scalar(select(Source.id).where(Source.name == name))
    if found is not None:
        return found
    return dialects.insert_or_get_id(
        session.connection(),
        Source.__table__,  # type: ignore[arg-type]
        {"name": name, "url": url, "created_at": utcnow()},
        ["name"],
    )


def _mark_interrupted(session: Session, run_ids: list[int]) -> None:
    for run in session.scalars(select(IngestRun).where(IngestRun.id.in_(run_ids))):
        if run.status != "running":
            continue
        stored, versions = session.execute(
            select(func.count(), func.sum(case((Article.version > 1, 1), else_=0))).where(
                Article.ingest_run_id == run.id
            )
        ).one()
        run.status = "interrupted"
        run.new_count = int(stored or 0) - int(versions or 0)
        run.version_count = int(versions or 0)


def not_stored(error: Exception) -> str:
    """The one-line message of a record that an unexpected error kept out."""
    message = f"not stored: {type(error).__name__}: {error}".splitlines()[0]
    return message[:500]
