"""Records prepared in worker processes (``ingest --workers N``).

Preparing a record needs no database and is the part of an ingest that can run beside
the write: for a claim collection's record, language, extraction, key text, anchors,
index terms and words (:func:`prepare_claim_record`); for an article, the checks, its
hash, language and what each hook prepares before the write transaction (extraction:
sentences, figures, attribution, stated times; :func:`prepare_article_or_fail`).

With more than one worker this runs in a pool of processes while the ingesting
process writes: the results are taken in the records' order and one process writes
and matches them, so what is stored is the same whatever the number of workers. A
worker that dies (killed, out of memory) stops the ingest with a :class:`WorkerFailed`
error instead of leaving it waiting; Ctrl-C ends the workers with the ingest.
"""

from __future__ import annotations

import os
import signal
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from tracker.errors import ReadError, TrackerError
from tracker.readers import ArticleRecord

if TYPE_CHECKING:
    from concurrent.futures import Future, ProcessPoolExecutor

    from tracker.config import ReadLimits
    from tracker.store.collection import PreparedClaim
    from tracker.store.ingest import PreparedArticle

CHUNK = 50  # records sent to a worker at a time (at most)
MIN_POOLED = 20  # fewer records to prepare than this: prepared in process

Prepared = tuple["PreparedArticle", "PreparedClaim"]
Failed = tuple[None, str]  # the one-line problem of a record that cannot be prepared
# an article's preparation without its record (sent back from a worker: the writer has
# the record already): sha256, identity, language, per hook, warnings
ArticleParts = tuple[str, str, str, list[Any], list[str]]


WORKER_DIED = (
    "a worker process preparing the records died (killed, or out of memory?): the ingest "
    "stopped; what was stored before stays, and running the same ingest again stores the "
    "rest (or use --workers 1)"
)


class WorkerFailed(TrackerError):
    """A worker process preparing records died: the ingest stops (what was written
    before stays; running it again stores the rest)."""


def default_workers() -> int:
    """The cores this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def prepare_claim_record(record: ArticleRecord) -> Prepared:
    """Hash, language, the claim and what matching stores of it, for a record that
    passed :func:`tracker.store.ingest.validate_record`."""
    from tracker.extract.language import detect_language
    from tracker.store.claims import extract_drafts
    from tracker.store.collection import prepare_claim
    from tracker.store.ingest import PreparedArticle, article_identity, content_hash

    sha = content_hash(record.text)
    language = record.language or detect_language(record.text)
    drafts = extract_drafts(record, language).drafts
    prepared = PreparedArticle(record, sha, article_identity(record, sha), language, [])
    return prepared, prepare_claim(record.text, record.title, language, drafts[0])


def prepare_or_fail(record: ArticleRecord) -> Prepared | Failed:
    """:func:`prepare_claim_record`, or the problem in one line (picklable both)."""
    from tracker.store.ingest import not_stored

    try:
        return prepare_claim_record(record)
    except ReadError as error:
        return None, error.problem
    except Exception as error:  # noqa: BLE001 - one bad record must not stop the batch
        return None, not_stored(error)


def _prepare_claims(records: Sequence[ArticleRecord]) -> list[Prepared | Failed]:
    return [prepare_or_fail(r) for r in records]


def prepare_article_or_fail(
    record: ArticleRecord, hooks: Sequence[Any], limits: ReadLimits | None
) -> ArticleParts | str:
    """:func:`tracker.store.ingest.prepare_article` of an article (``hooks``: the
    ingest's hooks, None for those without a ``prepare`` step), without its record; or
    the one-line problem that keeps it out, worded as in the ingesting process."""
    from tracker.store.ingest import not_stored, prepare_article

    try:
        done = prepare_article(record, hooks, limits)
    except ReadError as error:
        return error.problem
    except Exception as error:  # noqa: BLE001 - one bad article must not stop the batch
        return not_stored(error)
    return done.sha256, done.identity, done.language, done.prepared, done.warnings


class Preparer:
    """Prepares records: in this process, or in a pool of ``workers`` processes
    started when the first work large enough comes (and closed by :meth:`close`)."""

    def __init__(self, workers: int = 1) -> None:
        self.workers = max(1, workers)
        self._pool: ProcessPoolExecutor | None = None

    @property
    def pooled(self) -> bool:
        return self.workers > 1

    def submit(self, records: Sequence[ArticleRecord]) -> Callable[[], list[Prepared | Failed]]:
        """Start preparing the claim-collection ``records``; the returned call waits for
        the results, in order. In process, the work is done by that call."""
        if self.workers == 1 or len(records) < MIN_POOLED:
            return lambda: _prepare_claims(records)
        chunk = max(1, min(CHUNK, len(records) // (4 * self.workers)))
        pending = [
            self._submit(_prepare_claims, records[start : start + chunk])
            for start in range(0, len(records), chunk)
        ]
        return lambda: [p for future in pending for p in self._result(future)]

    def submit_article(
        self, record: ArticleRecord, hooks: Sequence[Any], limits: ReadLimits | None
    ) -> Callable[[], ArticleParts | str]:
        """Start preparing one article in a worker (the pool is started if need be);
        the returned call waits for :func:`prepare_article_or_fail`'s result."""
        future = self._submit(prepare_article_or_fail, record, hooks, limits)
        return lambda: self._result(future)

    def _submit(self, work: Callable[..., Any], *args: Any) -> Future[Any]:
        from concurrent.futures.process import BrokenProcessPool

        try:
            return self._started().submit(work, *args)
        except BrokenProcessPool:
            raise WorkerFailed(WORKER_DIED) from None

    def _result(self, future: Future[Any]) -> Any:
        from concurrent.futures.process import BrokenProcessPool

        try:
            return future.result()
        except BrokenProcessPool:
            raise WorkerFailed(WORKER_DIED) from None

    def _started(self) -> ProcessPoolExecutor:
        if self._pool is None:
            from concurrent.futures import ProcessPoolExecutor

            # extraction's word lists and caches are loaded once here, and shared by the
            # workers a fork makes (a spawned worker loads its own)
            prepare_or_fail(ArticleRecord(text="Warm-up: 3 claims.", origin="-", as_claim=True))
            self._pool = ProcessPoolExecutor(
                self.workers,
                mp_context=_context(),
                initializer=_worker_start,
                initargs=(os.getpid(),),
            )
        return self._pool

    def close(self) -> None:
        """End the workers now (work not taken is dropped)."""
        pool, self._pool = self._pool, None
        if pool is None:
            return
        processes = list((getattr(pool, "_processes", None) or {}).values())
        pool.shutdown(wait=False, cancel_futures=True)
        for process in processes:
            process.terminate()
        for process in processes:
            process.join(5)


def _worker_start(parent: int) -> None:
    """A worker leaves Ctrl-C to the ingesting process (which ends the pool) and dies
    with it when it is killed (Linux), instead of failing on the closed pipe."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if sys.platform.startswith("linux"):
        import ctypes

        try:
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
        except (OSError, AttributeError):  # pragma: no cover - no prctl
            return
    if os.getppid() != parent:  # it died before the line above
        os._exit(0)


_PR_SET_PDEATHSIG = 1


def _context() -> Any:
    """Fork where there is one (no start-up cost: workers inherit the loaded code)."""
    import multiprocessing  # only when a pool starts: one article needs none

    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else "spawn")
