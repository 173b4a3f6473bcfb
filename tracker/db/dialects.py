"""Every difference between SQLite and PostgreSQL lives here.

Nothing else in tracker branches on the backend: other modules ask this module
for a connection setting, an upsert or a read-only transaction.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Connection, Engine, Table, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, StatementError

from tracker.errors import ReadOnlyViolation, SQLError

SQLITE_BUSY_TIMEOUT_MS = 30_000
SQLITE_MMAP_BYTES = 1 << 30  # address space, not memory: pages come from the OS cache
SQLITE_CACHE_KIB = 65_536


def engine_options(url: str) -> dict[str, Any]:
    """Keyword arguments for ``create_engine`` for this backend."""
    name = make_url(url).get_backend_name()
    if name == "sqlite":
        return {"connect_args": {"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000}}
    if name == "postgresql":
        return {"pool_pre_ping": True}
    return {}


def configure_engine(engine: Engine) -> None:
    """Install per-connection settings.

    SQLite: foreign keys on, WAL journal, a busy timeout, and every write
    transaction (a connection with the ``tracker_write`` execution option, see
    :func:`writer`) begins with ``BEGIN IMMEDIATE`` so two writers queue up instead
    of failing half-way with "database is locked"; readers begin a deferred
    transaction and never wait for a writer. pysqlite's own transaction handling is
    switched off so that SQLAlchemy's ``begin`` decides.
    """
    if engine.dialect.name != "sqlite":
        return

    @event.listens_for(engine, "connect")
    def _sqlite_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS}")
        if engine.url.database not in (None, "", ":memory:"):
            cursor.execute("PRAGMA journal_mode = WAL")
            cursor.execute("PRAGMA synchronous = NORMAL")
            # Reads through a memory map and a larger page cache: the claim index is
            # read at random places, and each page read through a system call costs.
            cursor.execute(f"PRAGMA mmap_size = {SQLITE_MMAP_BYTES}")
            cursor.execute(f"PRAGMA cache_size = -{SQLITE_CACHE_KIB}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _sqlite_begin(conn: Connection) -> None:
        if conn.get_execution_options().get("tracker_write"):
            conn.exec_driver_sql("BEGIN IMMEDIATE")
        else:
            conn.exec_driver_sql("BEGIN")


def writer(engine: Engine) -> Engine:
    """The engine for write transactions (``BEGIN IMMEDIATE`` on SQLite)."""
    return engine.execution_options(tracker_write=True)


@contextmanager
def read_only(engine: Engine) -> Iterator[Connection]:
    """A connection whose transaction cannot change anything; always rolled back.

    SQLite: ``PRAGMA query_only`` for the connection's lifetime here.
    PostgreSQL: ``SET TRANSACTION READ ONLY``.
    """
    with engine.connect() as conn:
        conn = conn.execution_options(tracker_read_only=True)
        sqlite_backend = engine.dialect.name == "sqlite"
        if sqlite_backend:
            conn.exec_driver_sql("PRAGMA query_only = ON")
            conn.commit()
        try:
            trans = conn.begin()
            try:
                if not sqlite_backend:
                    conn.exec_driver_sql("SET TRANSACTION READ ONLY")
                yield conn
            finally:
                trans.rollback()
        finally:
            if sqlite_backend:
                conn.exec_driver_sql("PRAGMA query_only = OFF")
                conn.commit()


def is_write_refusal(error: DBAPIError) -> bool:
    """Did the backend refuse a statement because the transaction is read-only?"""
    message = str(error.orig).lower()
    return (
        "readonly database" in message
        or "read-only transaction" in message
        or "query_only" in message
    )


_STRINGS_AND_COMMENTS = re.compile(r"""'(?:[^']|'')*'|"(?:[^"]|"")*"|--[^\n]*|/\*.*?\*/""", re.S)


def single_statement(sql: str) -> str:
    """The statement without a trailing semicolon; refuses several statements."""
    bare = _STRINGS_AND_COMMENTS.sub(" ", sql)
    body = bare.strip().rstrip(";").strip()
    if not body:
        raise ReadOnlyViolation("the SQL statement is empty")
    if ";" in body:
        raise ReadOnlyViolation(
            "one statement at a time: the SQL contains a ';' between statements"
        )
    stripped = sql.strip()
    while stripped.endswith(";"):
        stripped = stripped[:-1].rstrip()
    return stripped


def run_read_only(
    engine: Engine, sql: str, params: Mapping[str, Any] | None = None
) -> tuple[list[str], list[Sequence[Any]]]:
    """Run one SELECT-like statement read-only; returns column names and rows.

    Parameters are bound (``:name`` in the SQL), never formatted into it.
    """
    statement = single_statement(sql)
    try:
        with read_only(engine) as conn:
            result = conn.execute(text(statement), dict(params or {}))
            if not result.returns_rows:
                raise ReadOnlyViolation(
                    "only statements that return rows are allowed here (SELECT, WITH, ...)"
                )
            columns = [str(key) for key in result.keys()]
            rows: list[Sequence[Any]] = [tuple(row) for row in result]
            return columns, rows
    except DBAPIError as error:
        if is_write_refusal(error):
            raise ReadOnlyViolation(
                "tracker sql is read-only: the statement tried to change the database "
                "and was rolled back; nothing changed"
            ) from None
        first_line = str(error.orig).strip().splitlines()[0] if error.orig else str(error)
        raise SQLError(f"SQL error: {first_line}") from None
    except StatementError as error:  # e.g. a :name without a value
        raise SQLError(f"SQL error: {str(error.orig or error).splitlines()[0]}") from None


def upsert(
    conn: Connection,
    table: Table,
    rows: Sequence[Mapping[str, Any]],
    index_elements: Sequence[str],
    update: Mapping[str, Any] | None = None,
) -> None:
    """Insert rows; on a conflict on ``index_elements`` update ``update`` columns
    (expressions may use ``excluded``), or do nothing when ``update`` is None."""
    if not rows:
        return
    # Imported here: the PostgreSQL dialect module is slow to import and SQLite never needs it.
    stmt: Any
    if conn.dialect.name == "sqlite":
        from sqlalchemy.dialects import sqlite

        stmt = sqlite.insert(table)
    else:
        from sqlalchemy.dialects import postgresql

        stmt = postgresql.insert(table)
    if update is None:
        stmt = stmt.on_conflict_do_nothing(index_elements=list(index_elements))
    else:
        values = {k: (v(stmt.excluded) if callable(v) else v) for k, v in update.items()}
        stmt = stmt.on_conflict_do_update(index_elements=list(index_elements), set_=values)
    conn.execute(stmt, list(rows))
