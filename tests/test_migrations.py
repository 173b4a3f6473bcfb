"""Migrations are the only source of schema: up, down and up again with data, no drift."""

from __future__ import annotations

from collections import Counter

import pytest
from click.testing import CliRunner
from sqlalchemy import inspect, text

from tracker.cli import main
from tracker.db import dialects, migrate, open_database
from tracker.db.engine import create_engine_for
from tracker.errors import SchemaOutOfDate
from tracker.readers import ArticleRecord
from tracker.store.ingest import Ingestor


def revisions() -> list[str]:
    engine = create_engine_for("sqlite://")
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(migrate.alembic_config(engine))
    return [rev.revision for rev in reversed(list(script.walk_revisions()))]


def test_history_is_linear() -> None:
    revs = revisions()
    assert revs[0] == "0001"
    assert len(revs) == len(set(revs))


@pytest.mark.slow
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
    missing = dialects.missing_database(empty_db_url)
    if missing is not None:  # an empty SQLite database is an empty file
        missing.touch()
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


# -- every revision down and up with data (issue 11) ------------------------------------------


def load_everything(db) -> None:  # type: ignore[no-untyped-def]
    """Data in every table: articles with claims, figures, facts, relations, a claim
    collection record, a person's decision, a superseded relation, a claim vector."""
    from sqlalchemy import select, update

    from tests.conftest import EXAMPLES, REPO
    from tracker.db.base import utcnow
    from tracker.db.models import ClaimVector, Relation
    from tracker.readers import read_inputs
    from tracker.store.ingest import standard_hooks
    from tracker.store.review import decide

    hooks = standard_hooks()
    Ingestor(db, hooks).ingest(read_inputs([str(EXAMPLES), str(REPO / "tests" / "data")]))
    Ingestor(db, hooks).ingest(
        [
            ArticleRecord(
                text="Rund 1.200 Menschen wurden evakuiert.",
                origin="collection:1",
                source="Faktencheck",
                external_id="fc-1",
                as_claim=True,
            )
        ]
    )
    with db.session() as session:
        relations = session.scalars(select(Relation).order_by(Relation.id)).all()
        assert len(relations) >= 3
        decide(session, relations[0].id, "confirm", "tester")
        session.execute(
            update(Relation).where(Relation.id == relations[1].id).values(superseded_at=utcnow())
        )
        session.add(
            ClaimVector(claim_id=relations[2].newer_claim_id, model="test", vector=b"\x00\x01")
        )


def census_of(engine):  # type: ignore[no-untyped-def]
    with engine.connect() as conn:
        return migrate.census(conn)


def rows_of(engine, sql: str) -> list[tuple]:  # type: ignore[no-untyped-def]
    with engine.connect() as conn:
        return [tuple(row) for row in conn.execute(text(sql))]


@pytest.mark.slow
def test_every_revision_down_and_up_again_with_data(empty_db_url: str) -> None:
    db = open_database(empty_db_url)
    engine = db.engine
    load_everything(db)
    head = migrate.head_revision(engine)
    articles = rows_of(
        engine, "SELECT id, url, sha256, text, identity_key FROM articles ORDER BY id"
    )
    live = rows_of(engine, "SELECT id FROM relations WHERE superseded_at IS NULL ORDER BY id")
    for target in reversed(revisions()[:-1]):
        before = census_of(engine)
        plan = migrate.downgrade_plan(engine, target)
        assert census_of(engine) == before  # planning changed nothing
        migrate.downgrade(engine, target)
        assert migrate.current_revision(engine) == target
        down = census_of(engine)
        actual = migrate.losses_between(target, before, down)
        # what was announced is what went: rows per table, values of kept tables' columns
        planned_rows = Counter()
        for loss in plan:
            if loss.column is None:
                planned_rows[loss.table] += loss.count
        assert planned_rows == Counter({x.table: x.count for x in actual if x.column is None})
        planned_values = {
            (x.table, x.column): x.count for x in plan if x.column and x.table in down
        }
        assert planned_values == {(x.table, x.column): x.count for x in actual if x.column}
        migrate.upgrade(engine)
        assert migrate.current_revision(engine) == head
        up = census_of(engine)
        for table, (rows, columns) in down.items():  # an upgrade loses and invents nothing
            assert up[table][0] == rows, (target, table)
            for column, values in columns.items():
                assert up[table][1][column] == values, (target, table, column)
        assert migrate.check(engine) == [], target
        # the texts that went in are the texts that are there, with the same identity
        # (below 0004, claims.external_id is gone, and with it what told a collection's
        # record apart: its identity is then the text's, as the plan announced)
        now = rows_of(
            engine, "SELECT id, url, sha256, text, identity_key FROM articles ORDER BY id"
        )
        assert [row[:4] for row in now] == [row[:4] for row in articles]
        if target >= "0004":
            assert now == articles
        if target == "0004":  # superseded relations went, and did not come back as current
            assert [x.describe() for x in plan if x.table == "relations" and not x.column] == [
                "1 row of relations"
            ]
            now = rows_of(
                engine, "SELECT id FROM relations WHERE superseded_at IS NULL ORDER BY id"
            )
            assert now == live
            assert rows_of(
                engine, "SELECT count(*) FROM relations WHERE superseded_at IS NOT NULL"
            ) == [(0,)]
    db.dispose()


@pytest.mark.slow
def test_a_failing_downgrade_changes_nothing(empty_db_url: str) -> None:
    db = open_database(empty_db_url)
    engine = db.engine
    load_everything(db)
    with engine.begin() as conn:  # somebody's own table pointing at a fact
        conn.execute(
            text(
                "CREATE TABLE notes (id INTEGER PRIMARY KEY, fact_id INTEGER REFERENCES facts (id))"
            )
        )
        conn.execute(text("INSERT INTO notes (id, fact_id) SELECT 1, min(id) FROM facts"))
    before = census_of(engine)
    head = migrate.current_revision(engine)
    with pytest.raises(Exception):  # noqa: B017 - each backend words it its own way
        migrate.downgrade(engine, "0002")
    assert migrate.current_revision(engine) == head
    assert census_of(engine) == before
    db.dispose()


@pytest.mark.slow
def test_db_downgrade_says_what_it_drops_and_wants_yes(empty_db_url: str) -> None:
    db = open_database(empty_db_url)
    load_everything(db)
    head = migrate.head_revision(db.engine)
    before = census_of(db.engine)
    runner = CliRunner()
    result = runner.invoke(main, ["-d", empty_db_url, "db", "downgrade", "0004"])
    assert result.exit_code == 1
    lines = result.output.splitlines()
    assert lines[0].startswith("Downgrading ") and lines[0].endswith(f"from {head} to 0004 drops:")
    assert "  0005  1 row of claim_vectors" in lines
    assert "  0005  1 row of relations" in lines
    assert "  0004  1 value of claims.external_id" not in lines  # only what goes to 0004
    assert lines[-1] == "Error: the downgrade drops data: pass --yes to go ahead"
    assert census_of(db.engine) == before and migrate.current_revision(db.engine) == head
    result = runner.invoke(main, ["-d", empty_db_url, "db", "downgrade", "0004", "--yes"])
    assert result.exit_code == 0
    assert result.output.splitlines()[-1].endswith(f"downgraded {head} -> 0004")
    result = runner.invoke(main, ["-d", empty_db_url, "db", "downgrade", "0003", "--yes"])
    external = [line for line in result.output.splitlines() if "claims.external_id" in line]
    assert len(external) == 1 and external[0].startswith("  0004  ")
    db.dispose()


def test_db_check_compares_views(db_url: str) -> None:
    engine = create_engine_for(db_url)
    runner = CliRunner()
    try:
        assert migrate.check(engine) == []
        with engine.begin() as conn:
            conn.execute(text("DROP VIEW contradictions"))
        assert migrate.check(engine) == ["view contradictions is missing (the migrations make it)"]
        result = runner.invoke(main, ["-d", db_url, "db", "check"])
        assert result.exit_code == 1
        assert "view contradictions is missing" in result.output
        with engine.begin() as conn:
            conn.execute(text("DROP VIEW claim_relations"))
            conn.execute(
                text("CREATE VIEW claim_relations AS SELECT id AS relation_id FROM relations")
            )
            conn.execute(text("CREATE VIEW my_view AS SELECT 1 AS one"))
        assert migrate.check(engine) == [
            "view claim_relations differs from the migrations' definition",
            "view contradictions is missing (the migrations make it)",
            "view my_view is not made by the migrations",
        ]
    finally:
        with engine.begin() as conn:  # put the session's database back as it was
            conn.execute(text("DROP VIEW IF EXISTS my_view"))
        migrate.downgrade(engine, "0004")
        migrate.upgrade(engine)
        assert migrate.check(engine) == []
        engine.dispose()


def test_0007_keeps_twins_stored_before_it_and_merges_claimants(empty_db_url: str) -> None:
    """Rows that concurrent ingests stored twice before identity keys existed: articles
    are kept (the first keeps the identity), claimants of one name become one."""
    from tracker.store.ingest import identity_key

    engine = create_engine_for(empty_db_url)
    migrate.upgrade(engine, "0006")
    now = "2025-03-10 08:00:00"
    with engine.begin() as conn:
        for article_id in (1, 2, 3):
            conn.execute(
                text(
                    "INSERT INTO articles (id, url, language, recorded_at, text, sha256, version) "
                    "VALUES (:id, :url, 'de', :now, 'Text.', 'abc', 1)"
                ),
                {
                    "id": article_id,
                    "url": None if article_id == 3 else "https://a.example/1",
                    "now": now,
                },
            )
        for claimant_id, name in (
            (1, "Petra Vogt"),
            (2, "Petra Vogt"),
            (3, "PETRA VOGT"),
            (4, "Karl Kern"),
        ):
            conn.execute(
                text(
                    "INSERT INTO claimants (id, name, kind, created_at) VALUES (:id, :name, 'person', :now)"
                ),
                {"id": claimant_id, "name": name, "now": now},
            )
            conn.execute(
                text(
                    "INSERT INTO claimant_aliases (claimant_id, alias, key, block_key) "
                    "VALUES (:id, :name, :key, 'vogt')"
                ),
                {"id": claimant_id, "name": name, "key": name.lower() + str(claimant_id % 2)},
            )
            conn.execute(
                text(
                    "INSERT INTO claims (article_id, sentence_index, paragraph_index, span_start, "
                    "span_end, text, language, claimant_id, attribution, has_quote, negated, "
                    "recorded_at, extractor_version) VALUES (1, :i, 0, 0, 5, 'Text.', 'de', :id, "
                    "'reported', false, false, :now, 'x')"
                ),
                {"i": claimant_id, "id": claimant_id, "now": now},
            )
    migrate.upgrade(engine)
    url_key = identity_key(url="https://a.example/1", sha256="abc")
    rows = rows_of(engine, "SELECT id, identity_key FROM articles ORDER BY id")
    assert rows[0] == (1, url_key)
    assert rows[1][1] not in (url_key, None)
    assert rows[2] == (3, identity_key(url=None, sha256="abc"))
    assert rows_of(engine, "SELECT id, name, name_key FROM claimants ORDER BY id") == [
        (1, "Petra Vogt", "petra vogt"),
        (4, "Karl Kern", "karl kern"),
    ]
    assert rows_of(engine, "SELECT claimant_id FROM claims ORDER BY sentence_index") == [
        (1,),
        (1,),
        (1,),
        (4,),
    ]
    assert rows_of(engine, "SELECT DISTINCT claimant_id FROM claimant_aliases ORDER BY 1") == [
        (1,),
        (4,),
    ]
    assert migrate.check(engine) == []
    engine.dispose()
