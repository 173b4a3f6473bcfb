"""Engine and sessions, and the schema gate every command passes through."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import Connection, Engine, create_engine, inspect
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from tracker.db import dialects, migrate
from tracker.errors import DatabaseError, MissingDatabase, SchemaOutOfDate


def create_engine_for(url: str) -> Engine:
    try:
        engine = create_engine(url, **dialects.engine_options(url))
    except ModuleNotFoundError as error:
        if "psycopg" in str(error):
            raise DatabaseError(
                "PostgreSQL needs the psycopg driver: pip install 'tracker[postgres]'"
            ) from None
        raise
    dialects.configure_engine(engine)
    return engine


def display_url(engine: Engine) -> str:
    return engine.url.render_as_string(hide_password=True)


@dataclass
class Database:
    engine: Engine
    sessions: sessionmaker[Session]
    read_sessions: sessionmaker[Session]

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A write session: commits on success, rolls back on error."""
        with self.sessions.begin() as session:
            yield session

    @contextmanager
    def transaction(self) -> Iterator[Connection]:
        """A write transaction on one connection, for work in steps that may each fail
        alone (:meth:`step`): commits on success, rolls back on error."""
        with dialects.writer(self.engine).begin() as conn:
            yield conn

    @staticmethod
    def step(conn: Connection) -> Session:
        """A session for one step of :meth:`transaction`'s ``conn``: in a savepoint of
        its own, which its ``commit`` releases and its ``rollback`` undoes, leaving the
        transaction and the steps before it as they were."""
        return Session(bind=conn, join_transaction_mode="create_savepoint", expire_on_commit=False)

    @contextmanager
    def reader(self) -> Iterator[Session]:
        """A read session: never waits for a writer, always rolled back."""
        with self.read_sessions() as session:
            try:
                yield session
            finally:
                session.rollback()

    def dispose(self) -> None:
        self.engine.dispose()


def open_database(url: str, *, create: bool = True) -> Database:
    """Connect and make sure the schema is the one this tracker needs.

    A database with no tables at all is set up (``upgrade head``, in one transaction)
    when ``create`` is true; without ``create``, an SQLite file that does not exist is
    refused (:class:`MissingDatabase`) and never made. A database at an older revision
    is refused with a message to run ``tracker db upgrade``: a shared database is never
    migrated silently.
    """
    missing = dialects.missing_database(url)
    if missing is not None and not create:
        raise MissingDatabase(str(missing))
    engine = create_engine_for(url)
    try:
        ensure_schema(engine, create=create)
    except Exception:
        engine.dispose()
        raise
    return Database(
        engine,
        sessionmaker(dialects.writer(engine), expire_on_commit=False),
        sessionmaker(engine, expire_on_commit=False),
    )


def ensure_schema(engine: Engine, *, create: bool = True) -> None:
    try:
        current = migrate.current_revision(engine)
        if current is not None and current == migrate.head_revision(engine):
            return  # the common case: two small queries, nothing else
        tables = set(inspect(engine).get_table_names())
    except OperationalError as error:
        raise DatabaseError(
            f"cannot open the database {display_url(engine)}: {error.orig}"
        ) from None
    head = migrate.head_revision(engine)
    if current is None and not (tables - {"alembic_version"}):
        if not create:
            raise DatabaseError(
                f"the database {display_url(engine)} is empty: `tracker ingest` or "
                "`tracker db upgrade` sets it up"
            )
        migrate.create_schema(engine)
        return
    if current is None:
        raise DatabaseError(
            f"the database {display_url(engine)} has tables but no tracker schema "
            "revision; point --database at a tracker database or an empty one"
        )
    if current not in migrate.known_revisions(engine):
        raise DatabaseError(
            f"the database {display_url(engine)} is at schema revision {current}, "
            "which this tracker does not know: it was made by a newer tracker; upgrade tracker"
        )
    raise SchemaOutOfDate(display_url(engine), current, head)
