"""Migrations are the only source of schema: up, down and up again with data, no drift."""

from __future__ import annotations

import pytest
from click.testing import CliRunner
from sqlalchemy import inspect, text

from tracker.cli import main
from tracker.db import migrate, open_database
from tracker.db.engine import create_engine_for
from tracker.errors import SchemaOutOfDate
from tracker.ingest import Ingestor
from tracker.readers import ArticleRecord


def revisions() -> list[str]:
    engine = create_engine_for("sqlite://")
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(migrate.alembic_config(engine))
    return [rev.revision for rev in reversed(list(script.walk_revisions()))]


def test_history_is_linear() -> None:
    revs = revisions()
    assert revs[0] == "0001"
    assert len(revs) == len(set(revs))


def test_upgrade_downgrade_upgrade_with_data(empty_db_url: str) -> None:
    db = open_database(empty_db_url)  # an empty database is set up on first use
    Ingestor(db).ingest(
        [
            ArticleRecord(
                text="Rund 1.200 Menschen wurden evakuiert.",
                origin="t",
                source="Q",
                url="https://q.example/1",
            ),
        ]
    )
    engine = db.engine
    head = migrate.head_revision(engine)
    for previous in reversed(revisions()[:-1]):
        migrate.downgrade(engine, previous)
        assert migrate.current_revision(engine) == previous
        with engine.connect() as conn:  # data in the first tables survives
            assert conn.execute(text("SELECT count(*) FROM articles")).scalar() == 1
    migrate.downgrade(engine, "base")
    assert set(inspect(engine).get_table_names()) <= {"alembic_version"}
    migrate.upgrade(engine)
    assert migrate.current_revision(engine) == head
    assert migrate.check(engine) == []
    db.dispose()


def test_db_commands(empty_db_url: str) -> None:
    runner = CliRunner()
    result = runner.invoke(main, ["--database", empty_db_url, "db", "current"])
    head = revisions()[-1]
    assert (
        result.output
        == f"current: none (empty database)\nhead:    {head} (run `tracker db upgrade`)\n"
    )
    result = runner.invoke(main, ["--database", empty_db_url, "db", "upgrade"])
    assert result.exit_code == 0 and result.output.endswith(f"upgraded empty -> {head}\n")
    result = runner.invoke(main, ["--database", empty_db_url, "db", "check"])
    assert (result.exit_code, result.output) == (0, "no drift: the schema matches the models\n")
    result = runner.invoke(main, ["--database", empty_db_url, "db", "downgrade", "base", "--yes"])
    assert result.exit_code == 0 and result.output.endswith(f"downgraded {head} -> base\n")


def test_older_schema_is_refused_not_migrated(empty_db_url: str) -> None:
    revs = revisions()
    if len(revs) < 2:
        pytest.skip("needs at least two revisions")
    engine = create_engine_for(empty_db_url)
    migrate.upgrade(engine, revs[0])
    with pytest.raises(SchemaOutOfDate, match="run `tracker db upgrade`"):
        open_database(empty_db_url)
    assert migrate.current_revision(engine) == revs[0]  # untouched
    result = CliRunner().invoke(main, ["--database", empty_db_url, "articles"])
    assert result.exit_code == 1
    assert "run `tracker db upgrade`" in result.output
    engine.dispose()
