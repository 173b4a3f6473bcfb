"""Shared fixtures: one database fixture over SQLite and PostgreSQL, built by migrations.

PostgreSQL is at ``TRACKER_TEST_POSTGRES_URL`` (default
``postgresql+psycopg://postgres@127.0.0.1:5432/test``). Every pytest run makes its
own throwaway databases there and drops them at the end. Without a server the
PostgreSQL half skips with the reason, unless ``TRACKER_REQUIRE_POSTGRES=1``, in
which case it fails.
"""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from tracker.db import Database, open_database
from tracker.db.dialects import reader_role_name
from tracker.db.engine import create_engine_for

REPO = Path(__file__).resolve().parent.parent
SHARED_DATA = REPO.parent / "shared" / "data"
EXAMPLES = REPO / "examples"
PG_URL = os.environ.get(
    "TRACKER_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)
REQUIRE_POSTGRES = os.environ.get("TRACKER_REQUIRE_POSTGRES") == "1"
BACKENDS = ["sqlite", "postgresql"]


def shared_data(relative: str) -> Path:
    """A file from the shared data folder, or skip when this checkout has none."""
    path = SHARED_DATA / relative
    if not path.exists():
        pytest.skip(f"shared data {relative} is not available next to this checkout")
    return path


@pytest.fixture(scope="session")
def postgres_admin_url() -> str:
    """The PostgreSQL server URL, or skip/fail when it does not answer."""
    try:
        engine = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
        engine.dispose()
    except Exception as error:  # noqa: BLE001
        reason = f"PostgreSQL at {PG_URL} does not answer: {str(error).splitlines()[0]}"
        if REQUIRE_POSTGRES:
            pytest.fail(reason + " (TRACKER_REQUIRE_POSTGRES=1)")
        pytest.skip(reason)
    return PG_URL


@contextmanager
def throwaway_postgres(admin_url: str) -> Iterator[str]:
    name = f"tracker_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(admin_url).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            # the read-only role tracker made for it (roles are server-wide)
            conn.execute(text(f'DROP ROLE IF EXISTS "{reader_role_name(name)}"'))
        admin.dispose()


@pytest.fixture(scope="session")
def postgres_migrated(postgres_admin_url: str) -> Iterator[str]:
    """One migrated throwaway database for this run; tests empty it before use."""
    with throwaway_postgres(postgres_admin_url) as url:
        open_database(url).dispose()
        yield url


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "template.db"
    open_database(f"sqlite:///{path}").dispose()
    return path


def _empty_postgres(url: str) -> None:
    engine = create_engine_for(url)
    with engine.begin() as conn:
        tables = [
            row[0]
            for row in conn.execute(
                text(
                    "SELECT tablename FROM pg_tables WHERE schemaname = 'public' "
                    "AND tablename <> 'alembic_version'"
                )
            )
        ]
        if tables:
            quoted = ", ".join(f'"{t}"' for t in tables)
            conn.execute(text(f"TRUNCATE {quoted} RESTART IDENTITY CASCADE"))
    engine.dispose()


@pytest.fixture(params=BACKENDS)
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A migrated, empty database URL on each backend."""
    if request.param == "sqlite":
        path = tmp_path / "tracker.db"
        shutil.copy(request.getfixturevalue("sqlite_template"), path)
        return f"sqlite:///{path}"
    url: str = request.getfixturevalue("postgres_migrated")
    _empty_postgres(url)
    return url


@pytest.fixture(params=BACKENDS)
def empty_db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A database with no tables at all, on each backend (for migration tests)."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'empty.db'}"
        return
    with throwaway_postgres(request.getfixturevalue("postgres_admin_url")) as url:
        yield url


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    database = open_database(db_url)
    yield database
    database.dispose()


@pytest.fixture(autouse=True)
def _no_embedding_at_ingest(monkeypatch: pytest.MonkeyPatch) -> None:
    """Ingest embeds what it stores when the semantic extra is installed: off in tests
    (whether it is installed differs between machines); the tests of that turn it on."""
    monkeypatch.setenv("TRACKER_SEMANTIC", "off")


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def cli(runner: CliRunner, db_url: str):  # type: ignore[no-untyped-def]
    """Run `tracker --database <test db> ARGS...`; returns the click Result."""
    from tracker.cli import main

    def invoke(*args: str, input: str | bytes | None = None):  # type: ignore[no-untyped-def]
        return runner.invoke(
            main, ["--database", db_url, *args], input=input, catch_exceptions=False
        )

    return invoke
