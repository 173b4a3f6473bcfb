"""Shared fixtures: one database fixture over SQLite and PostgreSQL, built by migrations,
and the choice of which tests a run takes.

Which tests run:

- plain ``pytest`` runs the fast suite: pure functions and SQLite. Tests marked
  ``slow`` (fresh venvs, subprocesses, whole corpora, down-and-up migrations with data)
  and ``postgres`` (every test that talks to PostgreSQL; the ``postgresql`` half of the
  database fixtures is marked automatically) are deselected;
- ``pytest -m EXPR`` selects by markers as usual (``-m slow``, ``-m postgres``,
  ``-m "not slow"``) and deselects nothing else;
- ``pytest --all``, or ``TRACKER_FULL_SUITE=1``, runs everything (CI does);
  ``TRACKER_REQUIRE_POSTGRES=1`` adds the PostgreSQL tests, which then fail instead of
  skipping when no server answers;
- a test named by its node id (``pytest tests/test_docs.py::test_x``) always runs, and a
  run whose tests would all be deselected runs them instead of collecting nothing.

PostgreSQL is at ``TRACKER_TEST_POSTGRES_URL`` (default
``postgresql+psycopg://postgres@127.0.0.1:5432/test``). Every pytest run makes its
own throwaway databases there and drops them at the end. Without a server the
PostgreSQL tests skip with the reason, unless ``TRACKER_REQUIRE_POSTGRES=1``, in
which case they fail.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
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
FULL_SUITE_VARIABLE = "TRACKER_FULL_SUITE"
# The PostgreSQL half of every database fixture carries the `postgres` marker.
BACKENDS = ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]
# Fixtures that reach the PostgreSQL server: a test using any of them is a `postgres` test.
POSTGRES_FIXTURES = {"postgres_admin_url", "postgres_migrated"}
# Deselected by a plain `pytest` run.
NOT_BY_DEFAULT = ("slow", "postgres")


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--all",
        action="store_true",
        dest="tracker_all",
        help="run every test, slow and PostgreSQL ones included (as CI does; "
        f"same as {FULL_SUITE_VARIABLE}=1)",
    )


def _named_node_ids(config: pytest.Config) -> list[str]:
    """The node ids named on the command line (`file.py::test`), relative to the rootdir."""
    named = []
    for arg in config.invocation_params.args:
        if "::" not in arg or arg.startswith("-"):
            continue
        path, rest = arg.split("::", 1)
        absolute = (config.invocation_params.dir / path).resolve()
        try:
            relative = absolute.relative_to(config.rootpath).as_posix()
        except ValueError:
            continue
        named.append(f"{relative}::{rest}")
    return named


def _is_named(nodeid: str, named: list[str]) -> bool:
    return any(
        nodeid == n or nodeid.startswith(n + "[") or nodeid.startswith(n + "::") for n in named
    )


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        if POSTGRES_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.postgres)
    if config.option.markexpr or config.option.tracker_all:
        return
    if os.environ.get(FULL_SUITE_VARIABLE) == "1":
        return
    left_out = set(NOT_BY_DEFAULT) - ({"postgres"} if REQUIRE_POSTGRES else set())
    named = _named_node_ids(config)
    keep, drop = [], []
    for item in items:
        marked = any(item.get_closest_marker(name) for name in left_out)
        (drop if marked and not _is_named(item.nodeid, named) else keep).append(item)
    if drop and keep:
        config.hook.pytest_deselected(items=drop)
        items[:] = keep


def pytest_report_header(config: pytest.Config) -> str:
    if config.option.markexpr:
        return f"tracker: tests chosen by -m {config.option.markexpr!r}"
    if config.option.tracker_all or os.environ.get(FULL_SUITE_VARIABLE) == "1":
        return "tracker: the full suite (slow and PostgreSQL tests included)"
    if REQUIRE_POSTGRES:
        return "tracker: the fast suite and the PostgreSQL tests (--all adds the slow ones)"
    return "tracker: the fast suite (--all adds slow and PostgreSQL tests; see README)"


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


def sqlite_copy(source: Path, target: Path) -> None:
    """Copy one SQLite database onto another through SQLite's backup API (consistent
    whatever the journal mode, and safe when the target is open elsewhere)."""
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
    src.close()
    dst.close()


# (command arguments, TRACKER_ settings) -> (database after the command, its result)
_ONCE: dict[tuple[tuple[str, ...], tuple[tuple[str, str], ...]], tuple[Path, Result]] = {}


def _as_made_by_migrations(database: Path, template: Path) -> bool:
    """True when the SQLite file is still the migrated template: nothing written yet."""
    wal = database.with_name(database.name + "-wal")
    if wal.exists() and wal.stat().st_size > 0:
        return False
    return database.read_bytes() == template.read_bytes()


@pytest.fixture
def cli_once(
    cli: Callable[..., Result],
    db_url: str,
    request: pytest.FixtureRequest,
    tmp_path_factory: pytest.TempPathFactory,
) -> Callable[..., Result]:
    """`tracker ARGS` on the test database, returning the click Result.

    On SQLite, when the database is still as the migrations made it, the first test
    that runs ARGS (with the same ``TRACKER_*`` settings) runs the command; later tests
    get a copy of the database it left and its Result, so a story set read by many tests
    is ingested once per run. For inputs that do not change during the run (the paths
    are the key). On a database already written to, and on PostgreSQL, it just runs.
    """

    def run(*args: str) -> Result:
        if not db_url.startswith("sqlite:///"):
            return cli(*args)
        database = Path(db_url.removeprefix("sqlite:///"))
        if not _as_made_by_migrations(database, request.getfixturevalue("sqlite_template")):
            return cli(*args)
        settings = tuple(sorted((k, v) for k, v in os.environ.items() if k.startswith("TRACKER_")))
        key = (args, settings)
        if key in _ONCE:
            snapshot, result = _ONCE[key]
            sqlite_copy(snapshot, database)
            return result
        result = cli(*args)
        if result.exit_code == 0:
            snapshot = tmp_path_factory.mktemp("once") / "snapshot.db"
            sqlite_copy(database, snapshot)
            _ONCE[key] = (snapshot, result)
        return result

    return run


@pytest.fixture
def ingest_once(cli_once: Callable[..., Result]) -> Callable[..., Result]:
    """`tracker ingest ARGS` through `cli_once`: a story set ingested once per run."""

    def ingest(*args: str) -> Result:
        return cli_once("ingest", *args)

    return ingest
