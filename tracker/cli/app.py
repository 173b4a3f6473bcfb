"""The object every command receives: settings and a database opened on first use."""

from __future__ import annotations

import gc
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from tracker.config import Settings

if TYPE_CHECKING:
    from tracker.db import Database


@dataclass
class App:
    settings: Settings
    # The command line after the root options ("ingest feeds/ -q"): what ingest runs record.
    command_args: list[str] = field(default_factory=list)
    _db: Database | None = field(default=None, repr=False)

    @property
    def db(self) -> Database:
        """The database, for commands that read or change what is there. A database
        that does not exist is refused (a typo in ``-d`` must not create an empty one)."""
        return self._open(create=False)

    def db_for_writing(self) -> Database:
        """The database for commands that store new data (ingest, import): created and
        set up when it does not exist yet."""
        return self._open(create=True)

    def _open(self, *, create: bool) -> Database:
        if self._db is None:
            from tracker.db import open_database

            self._db = open_database(self.settings.database_url, create=create)
            end_of_startup()
        return self._db

    def article_hooks(self) -> list[Any]:
        """What ingest runs on every new article (see
        :func:`tracker.store.ingest.standard_hooks`)."""
        from tracker.store.ingest import standard_hooks

        return standard_hooks(self.settings.match)

    def close(self) -> None:
        if self._db is not None:
            self._db.dispose()
            self._db = None


def end_of_startup() -> None:
    """Resume the garbage collection the console script paused during start-up
    (:mod:`tracker.__main__`), after freezing what start-up made: later collections skip
    the modules, classes and tables. Does nothing when collection was not paused."""
    if not gc.isenabled():
        gc.freeze()
        gc.enable()
