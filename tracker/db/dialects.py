"""Every difference between SQLite and PostgreSQL lives here.

Nothing else in tracker branches on the backend: other modules ask this module
for a connection setting, an upsert, a schema-change transaction, a write lock or a
read-only connection for ``tracker sql``.

Writers queue on both backends. SQLite: every write transaction begins with
``BEGIN IMMEDIATE`` (the database's one write lock, waited for up to the busy
timeout). PostgreSQL: every write transaction first takes a transaction-level
advisory lock of this database (:data:`WRITE_LOCK`), so concurrent ingests see each
other's committed claims when they match, as a sequential run would, and never
deadlock. Readers never wait on either backend. A write that still meets a busy
database or a concurrent twin is retried by the caller (:func:`is_transient`).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import os
import re
import socket
import sqlite3
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, Table, create_engine, event, inspect, select, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError, StatementError

from tracker.errors import ConfigError, DatabaseError, ReadOnlyViolation, SQLError

SQLITE_BUSY_TIMEOUT_MS = 30_000
SQLITE_MMAP_BYTES = 1 << 30  # address space, not memory: pages come from the OS cache
SQLITE_CACHE_KIB = 65_536

# PostgreSQL advisory lock keys (per database: advisory locks never cross databases).
WRITE_LOCK = 0x7472_6163_6B65_7201  # every write transaction ("tracker" writers)
SCHEMA_LOCK = 0x7472_6163_6B65_7202  # migrations and the read-only role
RUN_LOCK_CLASS = 0x7472_6B01  # with a run id: held by the process doing that ingest run


def backend(url: str | URL) -> str:
    return make_url(url).get_backend_name()


def engine_options(url: str) -> dict[str, Any]:
    """Keyword arguments for ``create_engine`` for this backend."""
    name = backend(url)
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

    PostgreSQL: a write transaction first takes :data:`WRITE_LOCK`.
    """
    if engine.dialect.name == "postgresql":

        @event.listens_for(engine, "begin")
        def _postgres_begin(conn: Connection) -> None:
            if conn.get_execution_options().get("tracker_write"):
                conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({WRITE_LOCK})")

        return
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
    """The engine for write transactions (``BEGIN IMMEDIATE`` on SQLite, the writers'
    advisory lock on PostgreSQL)."""
    return engine.execution_options(tracker_write=True)


# -- files ------------------------------------------------------------------------------


def database_file(url: str | URL) -> Path | None:
    """The file of an SQLite database (None for PostgreSQL or an in-memory database)."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    name = parsed.database
    assert name is not None
    if name.startswith("file:"):
        name = name[len("file:") :].split("?", 1)[0]
    return Path(name).expanduser()


def missing_database(url: str | URL) -> Path | None:
    """The SQLite file ``url`` names when it does not exist (a typo in ``-d``)."""
    path = database_file(url)
    return path if path is not None and not path.exists() else None


def database_files(url: str | URL) -> list[Path]:
    """The files that make up an SQLite database (the file, its WAL and shared memory)."""
    path = database_file(url)
    if path is None:
        return []
    return [path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")]


def in_transaction(conn: Connection) -> bool:
    """Whether ``conn``'s transaction is still open in the database: SQLite ends it by
    itself on some errors (a full disk, an I/O error), after which statements would
    each be committed on their own."""
    raw = conn.connection.driver_connection
    if conn.dialect.name == "sqlite":
        return bool(raw.in_transaction)  # type: ignore[union-attr]
    status = getattr(getattr(raw, "info", None), "transaction_status", None)
    if status is None:
        return conn.in_transaction()
    from psycopg.pq import TransactionStatus

    return bool(status == TransactionStatus.INTRANS)


# -- retries ------------------------------------------------------------------------------

# PostgreSQL SQLSTATEs worth one more try: serialization failure, deadlock, lock not
# available, unique violation (a concurrent twin was committed first).
_RETRY_SQLSTATES = {"40001", "40P01", "55P03", "23505"}


def is_transient(error: BaseException) -> bool:
    """Would the same write succeed when tried again (a busy database, a deadlock, or
    a twin row another process committed first)?"""
    if isinstance(error, OperationalError):
        message = str(error.orig).lower()
        if "database is locked" in message or "database is busy" in message:
            return True
    if isinstance(error, IntegrityError) and "unique constraint failed" in str(error.orig).lower():
        return True
    if isinstance(error, DBAPIError):
        return getattr(error.orig, "sqlstate", None) in _RETRY_SQLSTATES
    return False


def retry_delays(attempts: int = 8, first: float = 0.05, cap: float = 2.0) -> Iterator[float]:
    """Pauses between attempts: doubling, capped, with a little jitter (pid-based so
    that processes started together do not retry in step)."""
    delay = first
    for attempt in range(attempts - 1):
        yield delay * (1 + ((os.getpid() + attempt) % 7) / 10)
        delay = min(cap, delay * 2)


# -- inserts ---------------------------------------------------------------------------------


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
    if update is None:
        statement = _insert_or_nothing(conn.dialect.name, table, tuple(index_elements))
        conn.execute(statement, list(rows))
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


def upsert_adding(
    conn: Connection,
    table: Table,
    rows: Sequence[Mapping[str, Any]],
    index_elements: tuple[str, ...],
    adding: tuple[str, ...],
    returning: tuple[str, ...] = (),
) -> list[Any]:
    """Insert rows; on a conflict on ``index_elements`` add the row's ``adding`` columns
    to the stored ones (a counter): :func:`upsert` with a statement made once per table.
    ``returning``: columns of every row inserted or updated, as it stands after (in no
    particular order)."""
    if not rows:
        return []
    statement = _upsert_adding(conn.dialect.name, table, index_elements, adding, returning)
    found = conn.execute(statement, list(rows))
    return list(found) if returning else []


@lru_cache(maxsize=64)
def _upsert_adding(
    dialect: str,
    table: Table,
    index_elements: tuple[str, ...],
    adding: tuple[str, ...],
    returning: tuple[str, ...],
) -> Any:
    stmt: Any
    if dialect == "sqlite":
        from sqlalchemy.dialects import sqlite

        stmt = sqlite.insert(table)
    else:
        from sqlalchemy.dialects import postgresql

        stmt = postgresql.insert(table)
    values = {name: table.c[name] + stmt.excluded[name] for name in adding}
    stmt = stmt.on_conflict_do_update(index_elements=list(index_elements), set_=values)
    if returning:
        stmt = stmt.returning(*(table.c[name] for name in returning))
    return stmt


@lru_cache(maxsize=64)
def _insert_or_nothing(dialect: str, table: Table, index_elements: tuple[str, ...]) -> Any:
    """:func:`upsert`'s statement that does nothing on a conflict, made once per table (a
    claimant's aliases are upserted name by name)."""
    stmt: Any
    if dialect == "sqlite":
        from sqlalchemy.dialects import sqlite

        stmt = sqlite.insert(table)
    else:
        from sqlalchemy.dialects import postgresql

        stmt = postgresql.insert(table)
    return stmt.on_conflict_do_nothing(index_elements=list(index_elements))


def insert_plain(
    conn: Connection, table: Table, columns: Sequence[str], rows: Sequence[Sequence[Any]]
) -> None:
    """Insert rows given as tuples of ``columns``' values with the driver's own
    ``executemany``: no per-row parameter processing, for bulk rows of plain numbers and
    strings (values a column type would convert need :func:`sqlalchemy.insert`)."""
    if not rows:
        return
    names = ", ".join(conn.dialect.identifier_preparer.quote(c) for c in columns)
    quoted = conn.dialect.identifier_preparer.format_table(table)
    if conn.dialect.name == "postgresql" and conn.dialect.driver == "psycopg":
        # COPY: one stream instead of a statement per row, in the same transaction
        raw: Any = conn.connection.driver_connection
        with raw.cursor() as cursor, cursor.copy(f"COPY {quoted} ({names}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)
        return
    marker = "?" if conn.dialect.paramstyle == "qmark" else "%s"
    values = ", ".join([marker] * len(columns))
    conn.exec_driver_sql(f"INSERT INTO {quoted} ({names}) VALUES ({values})", list(rows))


def write_mark(conn: Connection) -> Any:
    """A mark that another connection's commit changes: the same mark at the start of
    two write transactions on one connection says nobody else wrote in between. SQLite:
    the connection with its ``PRAGMA data_version`` (which a connection's own commits
    leave as it is); None on PostgreSQL, which has no such mark (never the same)."""
    if conn.dialect.name != "sqlite":
        return None
    version = conn.exec_driver_sql("PRAGMA data_version").scalar()
    return (conn.connection.driver_connection, version)


def insert_or_get_id(
    conn: Connection, table: Table, row: Mapping[str, Any], key: Sequence[str]
) -> int:
    """The id of the row whose ``key`` columns equal ``row``'s: inserted unless a row
    with that key exists, also when another process commits one concurrently."""
    upsert(conn, table, [row], key)
    where = [table.c[name] == row[name] for name in key]
    found = conn.execute(select(table.c.id).where(*where)).scalar()
    if found is None:  # pragma: no cover - the row was just inserted or found
        raise DatabaseError(f"could not insert or find a row of {table.name}")
    return int(found)


# -- schema changes ------------------------------------------------------------------------------


@contextmanager
def schema_change(engine: Engine) -> Iterator[Connection]:
    """One transaction for a whole migration run, all or nothing, one at a time.

    SQLite: foreign keys are switched off for the run (tables are rebuilt by copying
    them, and with foreign keys on, dropping the old copy would delete the rows that
    point to it) and checked before the commit; ``BEGIN IMMEDIATE`` makes a second
    process wait. PostgreSQL: DDL is transactional; :data:`SCHEMA_LOCK` makes a
    second process wait.
    """
    with engine.connect() as conn:
        if engine.dialect.name == "sqlite":
            raw = conn.connection.dbapi_connection
            assert raw is not None
            raw.execute("PRAGMA foreign_keys = OFF")
            try:
                with conn.execution_options(tracker_write=True).begin():
                    yield conn
                    problems = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if problems:
                        table, _, parent, _ = problems[0]
                        raise DatabaseError(
                            f"the migration left {len(problems)} row(s) pointing to missing "
                            f"rows (first: {table} -> {parent}); nothing was changed"
                        )
            finally:
                raw.execute("PRAGMA foreign_keys = ON")
            return
        with conn.begin():
            if engine.dialect.name == "postgresql":
                conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({SCHEMA_LOCK})")
            yield conn


@contextmanager
def scratch_schema(conn: Connection) -> Iterator[None]:
    """Inside ``conn``'s transaction, make later statements create their objects in a
    place that vanishes with the transaction's rollback (used to build the reference
    schema ``db check`` compares with). SQLite needs none: use an in-memory database."""
    if conn.dialect.name != "postgresql":
        yield
        return
    name = f"tracker_reference_{os.getpid()}_{int(time.time() * 1000) % 10**9}"
    conn.exec_driver_sql(f'CREATE SCHEMA "{name}"')
    conn.exec_driver_sql(f'SET LOCAL search_path TO "{name}"')
    yield


def view_definitions(conn: Connection) -> dict[str, str]:
    """Every view of the current schema with its definition as the database keeps it,
    whitespace folded, so that two schemas can be compared."""
    if conn.dialect.name == "sqlite":
        rows = conn.exec_driver_sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'view' ORDER BY name"
        ).all()
    else:
        rows = conn.exec_driver_sql(
            "SELECT c.relname, pg_get_viewdef(c.oid, true) FROM pg_class c "
            "WHERE c.relkind = 'v' AND c.relnamespace = current_schema()::regnamespace "
            "ORDER BY c.relname"
        ).all()
    return {str(name): " ".join(str(sql).split()).rstrip(";") for name, sql in rows}


# -- ingest runs ----------------------------------------------------------------------------------


def this_host() -> str:
    return socket.gethostname()[:255]


class RunHold:
    """Held by the process doing an ingest run for as long as it runs.

    PostgreSQL: a session advisory lock on a connection of its own, taken in the
    transaction that makes the run's row (so no other process ever sees the row
    without the lock) and released by the server when the process dies. SQLite:
    nothing is held; the run's host and pid tell (:func:`run_is_alive`).
    """

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.conn: Connection | None = None
        self.run_id: int | None = None

    def start(self, create: Callable[[Connection], int]) -> int:
        """Make the run's row with ``create`` (one write transaction) and hold it."""
        if self.engine.dialect.name != "postgresql":
            with writer(self.engine).begin() as conn:
                self.run_id = create(conn)
            return self.run_id
        conn = self.engine.connect()
        try:
            with conn.begin():
                run_id = create(conn)
                conn.exec_driver_sql(f"SELECT pg_advisory_lock({RUN_LOCK_CLASS}, {int(run_id)})")
        except BaseException:
            conn.close()
            raise
        self.conn, self.run_id = conn, run_id
        return run_id

    def release(self) -> None:
        if self.conn is not None and self.run_id is not None:
            try:
                self.conn.exec_driver_sql(
                    f"SELECT pg_advisory_unlock({RUN_LOCK_CLASS}, {int(self.run_id)})"
                )
                self.conn.commit()
            finally:
                self.conn.close()
                self.conn = None


def run_is_alive(
    conn: Connection, run_id: int, host: str | None, pid: int | None, started: dt.datetime | None
) -> bool:
    """Is the process of a ``running`` ingest run still there?"""
    if conn.dialect.name == "postgresql":
        got = conn.exec_driver_sql(
            f"SELECT pg_try_advisory_xact_lock({RUN_LOCK_CLASS}, {int(run_id)})"
        ).scalar()
        return not got  # the lock dies with its holder's connection
    if host != this_host() or pid is None:
        return True  # another machine's process: cannot tell, so assume it runs
    return _process_alive(pid, started)


def _process_alive(pid: int, started: dt.datetime | None) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process holds that pid
    if started is None:
        return True
    born = _process_start(pid)
    # a pid reused by a process that started after the run began is another process
    return born is None or born <= started.timestamp() + 2


def _process_start(pid: int) -> float | None:
    """When process ``pid`` started (Linux ``/proc``), or None where that is unknown."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
        boot = next(
            float(line.split()[1])
            for line in Path("/proc/stat").read_text().splitlines()
            if line.startswith("btime ")
        )
        ticks = int(stat.rsplit(")", 1)[1].split()[19])
        return boot + ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError, StopIteration):
        return None


# -- tracker sql: read only ------------------------------------------------------------------------

READER_ROLE_PREFIX = "tracker_read_"
_QUERY_START = re.compile(r"^[\s(]*(\w+)", re.S)
_QUERY_WORDS = {"select", "with", "values", "table", "explain"}
# Pragmas that only describe the schema; every other pragma is refused on SQLite.
_SQLITE_PRAGMAS = {
    "table_info",
    "table_xinfo",
    "table_list",
    "index_list",
    "index_info",
    "index_xinfo",
    "foreign_key_list",
}
_SQLITE_FUNCTIONS_REFUSED = {"load_extension", "readfile", "writefile", "edit", "fts3_tokenizer"}
_SQLITE_READS = {sqlite3.SQLITE_SELECT, sqlite3.SQLITE_READ, sqlite3.SQLITE_RECURSIVE}
_SQLITE_DENIED_ACTIONS = {
    sqlite3.SQLITE_ATTACH: "ATTACH (another database file)",
    sqlite3.SQLITE_DETACH: "DETACH",
    sqlite3.SQLITE_TRANSACTION: "transaction control",
    sqlite3.SQLITE_SAVEPOINT: "savepoints",
}


@dataclass(frozen=True)
class QueryLimits:
    timeout_s: float = 30.0
    max_rows: int = 10_000


@dataclass
class QueryResult:
    columns: list[str]
    rows: list[Sequence[Any]]
    truncated: bool  # more rows than ``max_rows``: only the first ones are here
    role: str | None = None  # PostgreSQL: the role the statement ran as


# PostgreSQL functions a query has no business calling, which every role may execute:
# they take tracker's own advisory locks (a writer would wait for the reader), end or
# signal other sessions (readers share one role), or change settings and large objects.
# Refused by name, also quoted or schema-qualified (``"pg_advisory_lock"``,
# ``pg_catalog.pg_terminate_backend``); identifiers with Unicode escapes are refused.
_FUNCTIONS_REFUSED = re.compile(
    r"\b(pg_(?:try_)?advisory_\w*|pg_terminate_backend|pg_cancel_backend|pg_notify|"
    r"pg_reload_conf|pg_rotate_logfile\w*|pg_switch_wal|pg_log_backend_memory_contexts|"
    r"set_config|lo_\w+|dblink\w*)\s*\(",
    re.I,
)
_TOKENS = re.compile(r"""'(?:[^']|'')*'|"((?:[^"]|"")*)"|--[^\n]*|/\*.*?\*/""", re.S)


def _code_with_names(sql: str) -> str:
    """The SQL with strings and comments blanked and quoted identifiers unquoted."""

    def token(match: re.Match[str]) -> str:
        name = match.group(1)
        return " " if name is None else name.replace('""', '"')

    return _TOKENS.sub(token, sql)


def single_statement(sql: str) -> str:
    """The statement without a trailing semicolon; refuses several statements, anything
    that is not a query, and server functions that lock or reach other sessions."""
    code = _code_with_names(sql)
    if re.search(r'\bU&"', sql, re.I):
        raise ReadOnlyViolation(
            'tracker sql is read-only: identifiers with Unicode escapes (U&"...") are '
            "not allowed; nothing changed"
        )
    refused = _FUNCTIONS_REFUSED.search(code)
    if refused:
        raise ReadOnlyViolation(
            f"tracker sql is read-only: the function {refused.group(1).lower()}() is not "
            f"allowed (it takes locks, reaches other sessions or changes settings); "
            f"nothing changed"
        )
    bare = _TOKENS.sub(" ", sql)  # strings, quoted names and comments blanked
    body = bare.strip().rstrip(";").strip()
    if not body:
        raise ReadOnlyViolation("the SQL statement is empty")
    if ";" in body:
        raise ReadOnlyViolation(
            "one statement at a time: the SQL contains a ';' between statements"
        )
    first = _QUERY_START.match(body)
    word = first.group(1).lower() if first else ""
    if word not in _QUERY_WORDS and word != "pragma":
        raise ReadOnlyViolation(
            f"tracker sql is read-only and runs queries only (SELECT, WITH, VALUES): "
            f"{word.upper() or 'this statement'} was refused; nothing changed"
        )
    stripped = sql.strip()
    while stripped.endswith(";"):
        stripped = stripped[:-1].rstrip()
    return stripped


def reader_role_name(database: str) -> str:
    """The read-only role ``tracker db upgrade`` makes for a PostgreSQL database: one
    per database (roles are shared by the whole server), at most 63 characters."""
    slug = re.sub(r"[^a-z0-9_]+", "_", database.lower())[:40]
    digest = hashlib.sha256(database.encode("utf-8")).hexdigest()[:8]
    return f"{READER_ROLE_PREFIX}{slug}_{digest}"


def _reader_password(main: URL, role: str) -> str | None:
    """The read-only role's password: derived from the main URL's password (so only
    who knows that one can compute it, and nothing has to be stored), or none."""
    if not main.password:
        return None
    return hmac.new(str(main.password).encode(), role.encode(), hashlib.sha256).hexdigest()


def ensure_reader_role(engine: Engine) -> str | None:
    """PostgreSQL: create or refresh the database's read-only role (LOGIN, no other
    attribute, SELECT on every table and view of tracker's schema, read-only by
    default). Returns its name, or None when this backend needs none or the main role
    may not create roles (``tracker sql`` then explains what to set up)."""
    if engine.dialect.name != "postgresql":
        return None
    database = engine.url.database
    if not database:
        return None
    role = reader_role_name(database)
    password = _reader_password(engine.url, role)
    try:
        with engine.connect() as conn, conn.begin():
            conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({SCHEMA_LOCK})")
            may = conn.exec_driver_sql(
                "SELECT rolsuper OR rolcreaterole FROM pg_roles WHERE rolname = current_user"
            ).scalar()
            if not may:
                return None
            exists = conn.execute(
                text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role}
            ).scalar()
            quoted = _quote_ident(role)
            attributes = (
                "LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOINHERIT NOREPLICATION NOBYPASSRLS"
            )
            secret = f" PASSWORD {_quote_literal(password)}" if password else " PASSWORD NULL"
            if exists:
                conn.exec_driver_sql(f"ALTER ROLE {quoted} {attributes}{secret}")
            else:
                conn.exec_driver_sql(f"CREATE ROLE {quoted} {attributes}{secret}")
            db = _quote_ident(database)
            conn.exec_driver_sql(f"GRANT CONNECT ON DATABASE {db} TO {quoted}")
            schema = _quote_ident(str(conn.exec_driver_sql("SELECT current_schema()").scalar()))
            conn.exec_driver_sql(f"GRANT USAGE ON SCHEMA {schema} TO {quoted}")
            names = inspect(conn).get_table_names() + inspect(conn).get_view_names()
            for name in sorted(names):
                conn.exec_driver_sql(f"GRANT SELECT ON {schema}.{_quote_ident(name)} TO {quoted}")
            conn.exec_driver_sql(
                f"ALTER ROLE {quoted} IN DATABASE {db} SET default_transaction_read_only = on"
            )
    except DBAPIError as error:
        if getattr(error.orig, "sqlstate", None) in ("42501", "42710"):
            return None  # no privilege, or a role of that name made meanwhile elsewhere
        raise
    return role


def drop_reader_role(engine: Engine) -> None:
    """PostgreSQL: remove this database's read-only role (``db downgrade base``)."""
    if engine.dialect.name != "postgresql" or not engine.url.database:
        return
    role = reader_role_name(engine.url.database)
    with engine.connect() as conn, conn.begin():
        if conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role}).scalar():
            conn.exec_driver_sql(f"DROP OWNED BY {_quote_ident(role)}")
            conn.exec_driver_sql(f"DROP ROLE {_quote_ident(role)}")


def _quote_ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _quote_literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


_ROLE_CAN_WRITE = """
SELECT
    r.rolsuper,
    r.rolcreaterole OR r.rolcreatedb OR r.rolreplication OR r.rolbypassrls,
    pg_has_role(current_user, 'pg_execute_server_program', 'USAGE')
        OR pg_has_role(current_user, 'pg_read_server_files', 'USAGE')
        OR pg_has_role(current_user, 'pg_write_server_files', 'USAGE')
        OR pg_has_role(current_user, 'pg_signal_backend', 'USAGE'),
    (
        SELECT string_agg(c.relname, ', ' ORDER BY c.relname) FROM pg_class c
        WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind IN ('r', 'v', 'p')
        AND (pg_has_role(current_user, c.relowner, 'USAGE')
             OR has_table_privilege(c.oid, 'INSERT, UPDATE, DELETE, TRUNCATE, TRIGGER'))
    ),
    has_schema_privilege(current_schema(), 'CREATE')
FROM pg_roles r WHERE r.rolname = current_user
"""


def _write_powers(conn: Connection) -> str | None:
    """What the connection's PostgreSQL role can do beyond reading, or None."""
    row = conn.exec_driver_sql(_ROLE_CAN_WRITE).one()
    superuser, powers, server_roles, writable, create = row
    if superuser:
        return "is a superuser"
    if powers:
        return "may create roles or databases, replicate or bypass row security"
    if server_roles:
        return "may run programs, read or write server files, or signal other sessions"
    if writable:
        return f"may change tables ({writable[:120]})"
    if create:
        return "may create objects in tracker's schema"
    return None


def _setup_help(main: URL) -> str:
    role = reader_role_name(main.database or "")
    return (
        "tracker sql on PostgreSQL connects as a role that may only read, and none is "
        f"set up for this database: run `tracker db upgrade` as a role that may create "
        f"roles (it creates {role}), or set TRACKER_READ_DATABASE_URL to a URL whose role "
        "holds only SELECT on tracker's tables and views (see docs/cli.md, tracker sql)"
    )


def read_only_engine(main_url: str, read_url: str | None, limits: QueryLimits) -> Engine:
    """An engine for ``tracker sql`` that cannot change anything.

    SQLite: the file opened read-only (``mode=ro``); the statement runs under an
    authorizer that refuses ATTACH, extension loading and every pragma that is not a
    description of the schema, and a progress handler that stops it at the timeout.

    PostgreSQL: ``read_url`` when given, else the main URL when its role may only
    read, else the database's read-only role (:func:`ensure_reader_role`). The role
    is checked before any statement runs: a superuser or a role that may write is
    refused. Transactions are read-only and statements time out.
    """
    name = backend(main_url)
    if name == "sqlite":
        path = database_file(main_url)
        if path is None:  # an in-memory database has nothing to protect on disk
            return create_engine("sqlite://")
        from urllib.request import pathname2url

        location = f"file:{pathname2url(str(path.resolve()))}?mode=ro"

        def connect() -> sqlite3.Connection:
            conn = sqlite3.connect(
                location, uri=True, check_same_thread=False, factory=_GuardedSQLite
            )
            conn.isolation_level = None
            conn.execute(f"PRAGMA busy_timeout = {int(limits.timeout_s * 1000)}")
            conn.execute("PRAGMA query_only = ON")
            conn.guard = _SQLiteGuard(limits.timeout_s)
            conn.set_authorizer(conn.guard.authorize)
            return conn

        return create_engine("sqlite://", creator=connect, poolclass=_null_pool())
    if name != "postgresql":
        raise ConfigError(f"tracker sql does not know the {name} backend")
    main = make_url(main_url)
    options = (
        f"-c default_transaction_read_only=on "
        f"-c statement_timeout={max(1, int(limits.timeout_s * 1000))} "
        f"-c idle_in_transaction_session_timeout={max(1000, int(limits.timeout_s * 2000))}"
    )
    if read_url:
        url = make_url(read_url)
        engine, problem = _connect_reader(url, options, "TRACKER_READ_DATABASE_URL")
        if problem is not None:
            engine.dispose()
            raise ReadOnlyViolation(
                f"TRACKER_READ_DATABASE_URL's role {url.username} {problem}: tracker sql "
                "needs a role that holds only SELECT on tracker's tables and views"
            )
        return engine
    engine, problem = _connect_reader(main, options, "the database URL")
    if problem is None:
        return engine  # the main URL's role may only read: use it as it is
    role = reader_role_name(main.database or "")
    with engine.connect() as conn:
        exists = conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role})
        found = exists.scalar() is not None
        conn.rollback()
    engine.dispose()
    if not found:
        raise ReadOnlyViolation(_setup_help(main))
    try:
        engine, problem = _connect_reader(
            main.set(username=role, password=_reader_password(main, role)), options, ""
        )
    except DatabaseError as error:
        raise DatabaseError(
            f"cannot connect as the read-only role {role} ({error}); give it a password "
            f"(ALTER ROLE {role} PASSWORD '...') and set TRACKER_READ_DATABASE_URL="
            f"postgresql://{role}:PASSWORD@host/{main.database}, or run "
            "`tracker db upgrade` with the main URL's password in it"
        ) from None
    if problem is not None:
        engine.dispose()
        raise ReadOnlyViolation(
            f"the read-only role {role} {problem}: run `tracker db upgrade` to reset it"
        )
    return engine


def _connect_reader(url: URL, options: str, what: str) -> tuple[Engine, str | None]:
    """An engine on ``url`` and what its role may do beyond reading (None: nothing)."""
    engine = create_engine(url, connect_args={"options": options}, poolclass=_null_pool())
    try:
        with engine.connect() as conn:
            problem = _write_powers(conn)
            conn.rollback()
    except OperationalError as error:
        engine.dispose()
        first = str(error.orig).strip().splitlines()[0] if error.orig else str(error)
        prefix = f"cannot connect with {what}: " if what else ""
        raise DatabaseError(f"{prefix}{first}") from None
    return engine, problem


def _null_pool() -> Any:
    from sqlalchemy.pool import NullPool

    return NullPool


class _SQLiteGuard:
    """The authorizer of a read-only SQLite connection (for its whole life) and the
    progress handler of one query (:meth:`start` arms it)."""

    def __init__(self, timeout_s: float) -> None:
        self.deadline = time.monotonic() + timeout_s
        self.timed_out = False
        self.refused: str | None = None

    def start(self, timeout_s: float) -> None:
        self.deadline = time.monotonic() + timeout_s
        self.timed_out = False
        self.refused = None

    def authorize(
        self, action: int, arg1: str | None, arg2: str | None, _db: str | None, _src: str | None
    ) -> int:
        if action in _SQLITE_READS:
            return sqlite3.SQLITE_OK
        if action == sqlite3.SQLITE_UPDATE and arg1 in ("sqlite_master", "sqlite_temp_master"):
            # asked while SQLite reads the schema for a pragma table function
            # (pragma_table_info); the schema itself cannot be written here
            return sqlite3.SQLITE_OK
        if action == sqlite3.SQLITE_FUNCTION:
            if (arg2 or "").lower() in _SQLITE_FUNCTIONS_REFUSED:
                self.refused = f"the function {arg2}()"
                return sqlite3.SQLITE_DENY
            return sqlite3.SQLITE_OK
        if action == sqlite3.SQLITE_PRAGMA and (arg1 or "").lower() in _SQLITE_PRAGMAS:
            return sqlite3.SQLITE_OK
        if action == sqlite3.SQLITE_PRAGMA and arg1 == "read_uncommitted" and arg2 is None:
            return sqlite3.SQLITE_OK  # SQLAlchemy reads it when it connects
        if action == sqlite3.SQLITE_PRAGMA:
            self.refused = f"PRAGMA {arg1}"
        else:
            self.refused = _SQLITE_DENIED_ACTIONS.get(action, "a statement that changes data")
        return sqlite3.SQLITE_DENY

    def progress(self) -> int:
        if time.monotonic() > self.deadline:
            self.timed_out = True
            return 1
        return 0


class _GuardedSQLite(sqlite3.Connection):
    """An SQLite connection that carries its guard."""

    guard: _SQLiteGuard


def run_read_only(
    engine: Engine,
    sql: str,
    params: Mapping[str, Any] | None = None,
    limits: QueryLimits | None = None,
) -> QueryResult:
    """Run one query read-only; returns its columns and at most ``max_rows`` rows.

    Parameters are bound (``:name`` in the SQL), never formatted into it. The query
    stops at ``timeout_s`` on both backends.
    """
    limits = limits or QueryLimits()
    statement = single_statement(sql)
    sqlite_backend = engine.dialect.name == "sqlite"
    guard = _SQLiteGuard(limits.timeout_s)
    try:
        with engine.connect() as conn:
            raw = conn.connection.dbapi_connection
            role = None
            trans = conn.begin()
            try:
                if not sqlite_backend:
                    role = str(conn.exec_driver_sql("SELECT current_user").scalar())
                if sqlite_backend:
                    assert raw is not None
                    guard = getattr(raw, "guard", guard)
                    guard.start(limits.timeout_s)
                    raw.set_authorizer(guard.authorize)
                    raw.set_progress_handler(guard.progress, 1000)
                else:
                    conn.exec_driver_sql("SET TRANSACTION READ ONLY")
                    conn.exec_driver_sql(
                        f"SET LOCAL statement_timeout = {max(1, int(limits.timeout_s * 1000))}"
                    )
                streaming = not sqlite_backend and not statement.lstrip("( \n").lower().startswith(
                    "explain"
                )
                result = conn.execution_options(stream_results=streaming).execute(
                    text(statement), dict(params or {})
                )
                if not result.returns_rows:
                    raise ReadOnlyViolation(
                        "only statements that return rows are allowed here (SELECT, WITH, ...)"
                    )
                columns = [str(key) for key in result.keys()]
                rows: list[Sequence[Any]] = [
                    tuple(r) for r in result.fetchmany(limits.max_rows + 1)
                ]
                result.close()
            finally:
                trans.rollback()
                if sqlite_backend and raw is not None:
                    raw.set_progress_handler(None, 0)
    except DBAPIError as error:
        raise _query_error(error, guard, limits) from None
    except StatementError as error:  # e.g. a :name without a value
        raise SQLError(f"SQL error: {str(error.orig or error).splitlines()[0]}") from None
    truncated = len(rows) > limits.max_rows
    return QueryResult(columns, rows[: limits.max_rows], truncated, role)


def _query_error(error: DBAPIError, guard: _SQLiteGuard, limits: QueryLimits) -> Exception:
    message = str(error.orig).strip() if error.orig else str(error)
    first = message.splitlines()[0] if message else type(error).__name__
    lowered = message.lower()
    sqlstate = getattr(error.orig, "sqlstate", None)
    if guard.timed_out or sqlstate == "57014" or "statement timeout" in lowered:
        return SQLError(
            f"the query ran longer than the {limits.timeout_s:g} s limit and was stopped "
            "(raise it with --timeout or TRACKER_SQL_TIMEOUT)"
        )
    if guard.refused is not None or "not authorized" in lowered:
        what = guard.refused or "this statement"
        return ReadOnlyViolation(
            f"tracker sql is read-only: {what} is not allowed; nothing changed"
        )
    if (
        "readonly database" in lowered
        or "read-only transaction" in lowered
        or "data-modifying" in lowered
        or "query_only" in lowered
        or sqlstate in ("25006", "42501")
    ):
        return ReadOnlyViolation(
            f"tracker sql is read-only: the statement was refused ({first}); nothing changed"
        )
    return SQLError(f"SQL error: {first}")
