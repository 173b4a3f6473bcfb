"""What one write transaction has read and written, kept for its later articles.

Articles are written in groups, one transaction per group, each article in a savepoint
with a session of its own (:mod:`tracker.store.ingest`). Some rows every article reads
change only as the group writes them: the document frequencies and ids of the indexes'
terms, their statistics rows, the matcher settings recorded. :class:`WriteCache` keeps
what the transaction has seen of them, kept true by the code that writes them, so that
each article asks the database only about what the transaction has not seen yet.

It is true only inside its transaction, while nobody else can write (the writers' lock:
``BEGIN IMMEDIATE`` on SQLite, the advisory lock on PostgreSQL), and only while every
savepoint that changed it stands: :meth:`WriteCache.clear` after one is rolled back. A
session finds it in ``Session.info`` (:func:`write_cache`); a session without one reads
everything from the database, as before.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from tracker.match.index import TermStats

WRITE_CACHE = "tracker.write_cache"  # Session.info key


class WriteCache:
    """Rows as the transaction holds them (see the module)."""

    def __init__(self) -> None:
        # per postings table: term -> its id and document frequency (None: no such term)
        self.terms: dict[str, dict[str, TermStats | None]] = {}
        # per postings table: (claims, total length) of the statistics row
        self.totals: dict[str, tuple[int, float]] = {}
        # matcher settings versions stored in matcher_settings
        self.settings: set[str] = set()

    def clear(self) -> None:
        self.terms.clear()
        self.totals.clear()
        self.settings.clear()


def write_cache(session: Session) -> WriteCache | None:
    """The cache of the session's write transaction (None: read everything)."""
    found = session.info.get(WRITE_CACHE)
    return found if isinstance(found, WriteCache) else None


def use_write_cache(session: Session, cache: WriteCache) -> None:
    """Give ``session`` (a step of the transaction ``cache`` belongs to) the cache."""
    session.info[WRITE_CACHE] = cache
