"""What one write transaction has read and written, kept for its later articles.

Articles are written in groups, one transaction per group, each article in a savepoint
with a session of its own (:mod:`tracker.store.ingest`). Some rows every article reads
change only as the group writes them: the document frequencies and ids of the indexes'
terms, their statistics rows, the matcher settings recorded, and the matcher's views of
stored claims (:class:`tracker.match.views.ClaimView`: a claim with its article's columns
and its figures), which change only when a figure moves to another fact (a merge) or an
article is found to be a copy (syndication): the linker keeps them true then.
:class:`WriteCache` keeps what the transaction has seen of them, kept true by the code
that writes them, so that each article asks the database only about what the
transaction has not seen yet.

It is true inside its transaction, while nobody else can write (the writers' lock:
``BEGIN IMMEDIATE`` on SQLite, the advisory lock on PostgreSQL), and only while every
savepoint that changed it stands: :meth:`WriteCache.clear` after one is rolled back.
The next transaction keeps it (:meth:`WriteCache.begin`) only when the one before was
committed and nobody else wrote in between (SQLite's ``PRAGMA data_version``, see
:func:`tracker.db.dialects.write_mark`; on PostgreSQL, which has no such mark, every
transaction starts afresh). A session finds it in ``Session.info``
(:func:`write_cache`); a session without one reads everything from the database.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlalchemy import Connection
    from sqlalchemy.orm import Session

    from tracker.match.index import TermStats
    from tracker.match.views import ClaimView

WRITE_CACHE = "tracker.write_cache"  # Session.info key


class WriteCache:
    """Rows as the transaction holds them (see the module)."""

    MAX_TERMS = 1_000_000  # beyond these, read afresh (memory: some 150 MB at most)
    MAX_VIEWS = 100_000  # the same for views of stored claims (some 100 MB at most)

    def __init__(self) -> None:
        # per postings table: term -> its id and document frequency (None: no such term)
        self.terms: dict[str, dict[str, TermStats | None]] = {}
        # per postings table: (claims, total length) of the statistics row
        self.totals: dict[str, tuple[int, float]] = {}
        # matcher settings versions stored in matcher_settings
        self.settings: set[str] = set()
        # views of stored claims as loaded from the database, kept true (see the module)
        self.views: dict[int, ClaimView] = {}
        self._mark: Any = None
        self._committed = False

    def clear(self) -> None:
        self.terms.clear()
        self.totals.clear()
        self.settings.clear()
        self.views.clear()
        self._mark, self._committed = None, False

    def begin(self, conn: Connection) -> None:
        """At the start of a write transaction on ``conn``: keep what is still true."""
        from tracker.db import dialects

        mark = dialects.write_mark(conn)
        if (
            mark is None
            or not self._committed
            or mark != self._mark
            or sum(map(len, self.terms.values())) > self.MAX_TERMS
            or len(self.views) > self.MAX_VIEWS
        ):
            self.clear()
        self._mark, self._committed = mark, False

    def committed(self) -> None:
        """The transaction that used and updated the cache was committed."""
        self._committed = True


def write_cache(session: Session) -> WriteCache | None:
    """The cache of the session's write transaction (None: read everything)."""
    found = session.info.get(WRITE_CACHE)
    return found if isinstance(found, WriteCache) else None


def use_write_cache(session: Session, cache: WriteCache) -> None:
    """Give ``session`` (a step of the transaction ``cache`` belongs to) the cache."""
    session.info[WRITE_CACHE] = cache
