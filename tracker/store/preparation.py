"""Claim-collection records prepared in worker processes (``ingest --workers N``).

Preparing a record of a claim collection (language, extraction, key text, anchors,
index terms and words: :func:`prepare_claim_record`) needs no database and is most of
the CPU time of an import. With more than one worker it runs in a pool of processes
while the ingesting process writes the batch before: the results come back in the
records' order and one process writes, one transaction per batch, so what is stored
is the same whatever the number of workers.
"""

from __future__ import annotations

import os
import signal
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from tracker.errors import ReadError
from tracker.readers import ArticleRecord

if TYPE_CHECKING:
    from multiprocessing.pool import Pool

    from tracker.store.collection import PreparedClaim
    from tracker.store.ingest import PreparedArticle

CHUNK = 50  # records sent to a worker at a time (at most)
MIN_POOLED = 20  # fewer records to prepare than this: prepared in process

Prepared = tuple["PreparedArticle", "PreparedClaim"]
Failed = tuple[None, str]  # the one-line problem of a record that cannot be prepared


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


class Preparer:
    """Prepares lists of records: in this process, or in a pool of ``workers``
    processes started when the first list large enough comes (and closed by
    :meth:`close`)."""

    def __init__(self, workers: int = 1) -> None:
        self.workers = max(1, workers)
        self._pool: Pool | None = None

    def submit(self, records: Sequence[ArticleRecord]) -> Callable[[], list[Prepared | Failed]]:
        """Start preparing ``records``; the returned call waits for the results, in order.
        In process, the work is done by that call."""
        if self.workers == 1 or len(records) < MIN_POOLED:
            return lambda: [prepare_or_fail(r) for r in records]
        chunk = max(1, min(CHUNK, len(records) // (4 * self.workers)))
        pending = self._started().map_async(prepare_or_fail, records, chunksize=chunk)
        return lambda: pending.get()

    def _started(self) -> Pool:
        if self._pool is None:
            # extraction's word lists and caches are loaded once here, and shared by the
            # workers a fork makes (a spawned worker loads its own)
            prepare_or_fail(ArticleRecord(text="Warm-up: 3 claims.", origin="-", as_claim=True))
            self._pool = _context().Pool(self.workers, _worker_start, (os.getpid(),))
        return self._pool

    def close(self) -> None:
        if self._pool is not None:
            self._pool.terminate()
            self._pool.join()
            self._pool = None


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
