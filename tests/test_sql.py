"""`tracker sql` is read-only on both backends and binds parameters."""

from __future__ import annotations

import json
from pathlib import Path

import pytest


@pytest.fixture(scope="module")
def two_articles(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("sql") / "a.jsonl"
    path.write_text(
        json.dumps(
            {
                "url": "https://a.example/1",
                "source": "A",
                "title": "Eins",
                "language": "de",
                "text": "Rund 1.200 Menschen wurden evakuiert.",
            }
        )
        + "\n"
        + json.dumps(
            {
                "url": "https://b.example/2",
                "source": "B",
                "title": "Two",
                "language": "en",
                "text": "About 3,500 people were evacuated.",
            }
        )
        + "\n",
        encoding="utf-8",
    )
    return path


@pytest.fixture
def loaded(cli, ingest_once, two_articles: Path):  # type: ignore[no-untyped-def]
    assert ingest_once(str(two_articles)).exit_code == 0
    return cli


def test_select_with_bound_parameter(loaded) -> None:  # type: ignore[no-untyped-def]
    result = loaded(
        "sql", "SELECT title, language FROM articles WHERE language = :lang", "-p", "lang", "en"
    )
    assert result.stdout == "title  language\n-----  --------\nTwo    en\n"
    result = loaded(
        "sql", "SELECT count(*) AS n FROM articles WHERE title = :t", "-p", "t", "x' OR '1'='1"
    )
    assert json.loads(loaded("sql", "SELECT 1 AS one", "--format", "json").stdout) == [{"one": 1}]
    assert "0" in result.stdout.splitlines()[-1]


@pytest.mark.parametrize(
    "statement",
    [
        "DELETE FROM articles",
        "UPDATE articles SET title = 'x'",
        "INSERT INTO sources (name, created_at) VALUES ('x', CURRENT_TIMESTAMP)",
        "DROP TABLE articles",
        "CREATE TABLE evil (id integer)",
    ],
)
def test_writes_are_refused_and_change_nothing(loaded, statement: str) -> None:  # type: ignore[no-untyped-def]
    result = loaded("sql", statement)
    assert result.exit_code == 1
    assert result.output.startswith("Error: ")
    assert "read-only" in result.output or "only statements that return rows" in result.output
    counts = loaded("sql", "SELECT count(*) AS n FROM articles", "--format", "json").stdout
    assert json.loads(counts) == [{"n": 2}]
    titles = loaded("sql", "SELECT title FROM articles ORDER BY id", "--format", "csv").stdout
    assert titles == "title\nEins\nTwo\n"


def test_several_statements_are_refused(loaded) -> None:  # type: ignore[no-untyped-def]
    result = loaded("sql", "SELECT 1; DELETE FROM articles")
    assert result.exit_code == 1
    assert "one statement" in result.output
    assert json.loads(loaded("sql", "SELECT count(*) AS n FROM articles", "-f", "json").stdout) == [
        {"n": 2}
    ]


def test_semicolon_inside_a_string_is_fine(loaded) -> None:  # type: ignore[no-untyped-def]
    result = loaded("sql", "SELECT 'a;b' AS x;")
    assert result.exit_code == 0
    assert result.stdout == "x\n---\na;b\n"


def test_sql_error_is_one_line(loaded) -> None:  # type: ignore[no-untyped-def]
    result = loaded("sql", "SELECT nope FROM articles")
    assert result.exit_code == 1
    assert result.output.startswith("Error: ") and len(result.output.strip().splitlines()) == 1


# -- every escape from issue 11, on both backends -----------------------------------------


def _backend(db_url: str) -> str:
    return "sqlite" if db_url.startswith("sqlite") else "postgresql"


def test_copy_to_program_runs_nothing(loaded, db_url: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    proof = tmp_path / "proof.txt"
    result = loaded("sql", f"COPY (SELECT 1) TO PROGRAM 'id > {proof}'")
    assert result.exit_code == 1
    assert "read-only" in result.output
    assert not proof.exists()


def test_the_read_role_itself_refuses_what_the_statement_check_would(
    loaded, db_url: str, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """Below the statement check: the connection tracker sql uses cannot write or run
    programs even when a statement reaches it."""
    from sqlalchemy.exc import DBAPIError

    from tracker.db import dialects

    proof = tmp_path / "proof.txt"
    engine = dialects.read_only_engine(db_url, None, dialects.QueryLimits())
    statements = ["DELETE FROM articles", "CREATE TABLE evil (id integer)"]
    if _backend(db_url) == "postgresql":
        statements += [
            f"COPY (SELECT 1) TO PROGRAM 'id > {proof}'",
            "SELECT pg_read_file('/etc/passwd', 0, 200)",
            "SET ROLE postgres",
        ]
    else:
        statements += [f"ATTACH DATABASE '{tmp_path / 'new.db'}' AS x"]
    try:
        for statement in statements:
            with engine.connect() as conn:
                with pytest.raises(DBAPIError):
                    conn.exec_driver_sql(statement)
                conn.rollback()
    finally:
        engine.dispose()
    assert not proof.exists() and not (tmp_path / "new.db").exists()
    assert json.loads(loaded("sql", "SELECT count(*) AS n FROM articles", "-f", "json").stdout) == [
        {"n": 2}
    ]


def test_server_files_cannot_be_read(loaded) -> None:  # type: ignore[no-untyped-def]
    result = loaded("sql", "SELECT pg_read_file('/etc/passwd', 0, 200) AS f")
    assert result.exit_code == 1
    assert "root:" not in result.output


def test_other_sessions_cannot_be_terminated(loaded, db_url: str) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import create_engine

    if _backend(db_url) == "sqlite":
        result = loaded("sql", "SELECT pg_terminate_backend(1)")
        assert result.exit_code == 1 and "read-only" in result.output
        return
    victim = create_engine(db_url)
    with victim.connect() as conn:
        pid = conn.exec_driver_sql("SELECT pg_backend_pid()").scalar()
        result = loaded("sql", f"SELECT pg_terminate_backend({pid}) AS killed")
        assert result.exit_code == 1
        assert "read-only" in result.output
        assert conn.exec_driver_sql("SELECT 1").scalar() == 1  # still alive
    victim.dispose()


@pytest.mark.parametrize("kind", ["sleep", "endless"])
def test_a_query_stops_at_the_timeout(loaded, db_url: str, kind: str) -> None:  # type: ignore[no-untyped-def]
    import time

    if kind == "sleep":
        if _backend(db_url) == "sqlite":
            pytest.skip("SQLite has no sleep function; the endless query covers it")
        statement = "SELECT pg_sleep(30)"
    else:
        statement = (
            "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c"
        )
    started = time.monotonic()
    result = loaded("sql", statement, "--timeout", "1")
    elapsed = time.monotonic() - started
    assert result.exit_code == 1
    assert "ran longer than the 1 s limit" in result.output
    assert elapsed < 15


def test_the_timeout_setting(loaded, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    endless = (
        "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c"
    )
    monkeypatch.setenv("TRACKER_SQL_TIMEOUT", "1")
    result = loaded("sql", endless)
    assert result.exit_code == 1
    assert "ran longer than the 1 s limit" in result.output
    monkeypatch.setenv("TRACKER_SQL_TIMEOUT", "soon")
    result = loaded("sql", "SELECT 1")
    assert (result.exit_code, result.output) == (
        1,
        "Error: TRACKER_SQL_TIMEOUT='soon' is not a number\n",
    )


def test_attach_creates_no_file(loaded, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "attached.db"
    for statement in (f"ATTACH DATABASE '{target}' AS x", f"VACUUM INTO '{target}'"):
        result = loaded("sql", statement)
        assert result.exit_code == 1
        assert "read-only" in result.output
    assert not target.exists()


@pytest.mark.parametrize(
    "statement",
    [
        "WITH gone AS (DELETE FROM articles RETURNING id) SELECT count(*) FROM gone",
        "SELECT load_extension('mod_spatialite')",
        "PRAGMA query_only = 0",
        "PRAGMA writable_schema = 1",
        "SELECT set_config('default_transaction_read_only', 'off', false)",
    ],
)
def test_more_escapes_change_nothing(loaded, statement: str) -> None:  # type: ignore[no-untyped-def]
    loaded("sql", statement)  # refused on one backend, harmless on the other
    assert loaded("sql", "DELETE FROM articles").exit_code == 1
    counts = loaded("sql", "SELECT count(*) AS n FROM articles", "-f", "json").stdout
    assert json.loads(counts) == [{"n": 2}]


@pytest.mark.parametrize(
    "statement",
    [
        "SELECT pg_advisory_lock(1), pg_sleep(0)",
        'SELECT "pg_try_advisory_lock"(1)',
        "SELECT pg_catalog.pg_cancel_backend(1)",
        "SELECT pg_terminate_backend (1)",
        "SELECT set_config('statement_timeout', '0', false)",
        'SELECT U&"\\0070g_advisory_lock"(1)',
    ],
)
def test_functions_that_lock_or_reach_other_sessions_are_refused(  # type: ignore[no-untyped-def]
    loaded, statement: str
) -> None:
    """The reader role may execute these (every role may): a reader holding tracker's
    advisory lock would stall every writer, and readers share one role, so one could
    end another's query. Refused by name on both backends, before anything runs."""
    result = loaded("sql", statement)
    assert result.exit_code == 1
    assert "tracker sql is read-only" in result.output and "nothing changed" in result.output
    # a name inside a string or a comment is just text
    assert loaded("sql", "SELECT 'pg_advisory_lock(1)' AS x -- pg_cancel_backend(1)").exit_code == 0


def test_extensions_cannot_be_loaded(loaded, db_url: str) -> None:  # type: ignore[no-untyped-def]
    result = loaded("sql", "SELECT load_extension('mod_spatialite')")
    assert result.exit_code == 1
    if _backend(db_url) == "sqlite":
        assert result.output == (
            "Error: tracker sql is read-only: the function load_extension() is not allowed; "
            "nothing changed\n"
        )
    else:
        assert "function load_extension(unknown) does not exist" in result.output


def test_row_limit(loaded, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    result = loaded("sql", "SELECT id FROM articles ORDER BY id", "--max-rows", "1", "-f", "csv")
    assert result.exit_code == 0
    assert result.stdout == "id\n1\n"
    assert (
        result.stderr
        == "warning: only the first 1 rows are shown (raise the limit with --max-rows)\n"
    )
    monkeypatch.setenv("TRACKER_SQL_MAX_ROWS", "1")
    assert loaded("sql", "SELECT id FROM articles", "-f", "csv").stdout == "id\n1\n"
    monkeypatch.setenv("TRACKER_SQL_MAX_ROWS", "lots")
    result = loaded("sql", "SELECT 1")
    assert result.exit_code == 1
    assert "TRACKER_SQL_MAX_ROWS='lots' is not a whole number" in result.output


def test_schema_descriptions_are_allowed(loaded, db_url: str) -> None:  # type: ignore[no-untyped-def]
    if _backend(db_url) == "sqlite":
        result = loaded(
            "sql", "SELECT name FROM pragma_table_info('sources') ORDER BY cid", "-f", "csv"
        )
    else:
        result = loaded(
            "sql",
            "SELECT column_name AS name FROM information_schema.columns "
            "WHERE table_name = 'sources' ORDER BY ordinal_position",
            "-f",
            "csv",
        )
    assert result.stdout == "name\nid\nname\nurl\ncreated_at\n"


# -- PostgreSQL: which role tracker sql runs as -------------------------------------------


def test_postgres_runs_as_the_read_only_role(loaded, db_url: str) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy.engine import make_url

    from tracker.db.dialects import reader_role_name

    if _backend(db_url) == "sqlite":
        pytest.skip("SQLite has no roles: the file is opened read-only")
    result = loaded(
        "sql",
        "SELECT current_user AS who, pg_has_role('postgres', 'MEMBER') AS admin",
        "-f",
        "json",
    )
    assert json.loads(result.stdout) == [
        {"who": reader_role_name(make_url(db_url).database or ""), "admin": False}
    ]


def test_postgres_uses_a_read_url_that_may_only_read(
    loaded, db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy.engine import make_url

    from tracker.db.dialects import reader_role_name

    if _backend(db_url) == "sqlite":
        pytest.skip("PostgreSQL only")
    role = reader_role_name(make_url(db_url).database or "")
    monkeypatch.setenv(
        "TRACKER_READ_DATABASE_URL",
        make_url(db_url).set(username=role).render_as_string(hide_password=False),
    )
    result = loaded("sql", "SELECT current_user AS who, count(*) AS n FROM articles", "-f", "json")
    assert json.loads(result.stdout) == [{"who": role, "n": 2}]
    assert loaded("sql", "SELECT pg_read_file('/etc/passwd', 0, 200)").exit_code == 1


def test_postgres_refuses_a_read_url_that_can_write(
    loaded, db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    if _backend(db_url) == "sqlite":
        pytest.skip("PostgreSQL only")
    monkeypatch.setenv("TRACKER_READ_DATABASE_URL", db_url)  # the superuser
    result = loaded("sql", "SELECT 1")
    assert result.exit_code == 1
    assert "role postgres is a superuser" in result.output


def test_postgres_without_a_read_only_role_explains_the_set_up(postgres_admin_url: str) -> None:
    from click.testing import CliRunner
    from sqlalchemy.engine import make_url

    from tests.conftest import throwaway_postgres
    from tracker.cli import main
    from tracker.db import dialects, open_database

    with throwaway_postgres(postgres_admin_url) as url:
        db = open_database(url)
        role = dialects.reader_role_name(make_url(url).database or "")
        dialects.drop_reader_role(db.engine)
        runner = CliRunner()
        result = runner.invoke(main, ["-d", url, "sql", "SELECT 1"])
        assert result.exit_code == 1
        assert "connects as a role that may only read, and none is set up" in result.output
        assert f"(it creates {role})" in result.output
        assert "TRACKER_READ_DATABASE_URL" in result.output
        # `tracker db upgrade` makes the role again, even when the schema is current
        assert runner.invoke(main, ["-d", url, "db", "upgrade"]).exit_code == 0
        result = runner.invoke(main, ["-d", url, "sql", "SELECT current_user AS who", "-f", "csv"])
        assert result.stdout == f"who\n{role}\n"
        # a main URL whose role may only read is used as it is
        reader_url = make_url(url).set(username=role).render_as_string(hide_password=False)
        result = runner.invoke(
            main, ["-d", reader_url, "sql", "SELECT current_user AS who", "-f", "csv"]
        )
        assert result.stdout == f"who\n{role}\n"
        db.dispose()


def test_the_sqlite_file_itself_is_opened_read_only(loaded, db_url: str) -> None:  # type: ignore[no-untyped-def]
    """Beneath the authorizer, the file is opened read-only and the connection is
    query-only: with the authorizer taken away, a write still fails."""
    import sqlite3

    from tracker.db.dialects import QueryLimits, read_only_engine

    if _backend(db_url) != "sqlite":
        pytest.skip("PostgreSQL: the read-only role is tested above")
    engine = read_only_engine(db_url, None, QueryLimits())
    try:
        with engine.connect() as conn:
            raw = conn.connection.dbapi_connection
            assert raw is not None
            raw.set_authorizer(None)
            raw.execute("PRAGMA query_only = OFF")
            with pytest.raises(sqlite3.OperationalError, match="readonly"):
                raw.execute("DELETE FROM articles")
    finally:
        engine.dispose()
    counts = loaded("sql", "SELECT count(*) AS n FROM articles", "-f", "json").stdout
    assert json.loads(counts) == [{"n": 2}]
