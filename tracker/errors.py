"""One exception root. Every message says what went wrong and what to do about it."""

from __future__ import annotations


class TrackerError(Exception):
    """Root of every error tracker raises on purpose; the CLI prints it without a traceback."""


class ConfigError(TrackerError):
    """A setting is missing or malformed."""


class DatabaseError(TrackerError):
    """The database cannot be reached or is not in the state tracker needs."""


class MissingDatabase(DatabaseError):
    """A read command was pointed at an SQLite file that does not exist."""

    def __init__(self, path: str) -> None:
        self.path = path
        super().__init__(f"no database at {path} (tracker ingest creates one)")


class SchemaOutOfDate(DatabaseError):
    """The database exists but is at an older schema revision."""

    def __init__(self, url: str, current: str | None, head: str) -> None:
        self.current = current
        self.head = head
        super().__init__(
            f"the database {url} is at schema revision {current or 'none'}, "
            f"this tracker needs {head}: run `tracker db upgrade` "
            "(back it up first if others use it)"
        )


class ReadError(TrackerError):
    """An input file or record cannot be turned into an article."""

    def __init__(self, origin: str, problem: str) -> None:
        self.origin = origin
        self.problem = problem
        super().__init__(f"{origin}: {problem}")


class ReadOnlyViolation(TrackerError):
    """`tracker sql` was asked to change the database."""


class SQLError(TrackerError):
    """A user's SQL statement failed (syntax, unknown column, missing parameter)."""


class NotFound(TrackerError):
    """A claim, article, fact or relation id that does not exist."""
