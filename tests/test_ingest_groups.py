"""Articles written in groups (one transaction per group, a savepoint per article), on
both backends: the same rows, ids included, and the same output as one transaction per
article (``TRACKER_WRITE_BATCH=1``); a bad article fails alone; nothing is reported
before its transaction is committed; a group that meets a busy database is written
again whole, one that loses its transaction is written article by article; a kill -9
loses no committed group and leaves nothing half-written."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from sqlalchemy import create_engine, text
from sqlalchemy.exc import OperationalError

from tests.conftest import _empty_postgres
from tests.test_collection_batch import contents
from tests.test_concurrency import (
    fork,
    records,
    second_database,
    snapshot,
    stored_articles,
    warm_up,
)
from tests.test_ingest_workers import stories
from tracker.config import WriteBatch
from tracker.db import Database, open_database
from tracker.errors import ConfigError
from tracker.readers import ArticleRecord
from tracker.store.ingest import Ingestor, Outcome, StoredArticle, standard_hooks

ONE = WriteBatch(articles=1)  # a transaction per article, as before groups
GROUPS = WriteBatch(articles=50, seconds=60.0)  # a long limit: groups of 50 whatever the load


def fresh(db_url: str, tmp_path: Path, name: str) -> Database:
    """An empty database on the backend of ``db_url`` (PostgreSQL: the same one, emptied,
    its ids starting at 1 again)."""
    if db_url.startswith("sqlite"):
        return open_database(f"sqlite:///{tmp_path / f'{name}.db'}")
    _empty_postgres(db_url)
    return open_database(db_url)


def ingest(
    db: Database,
    items: list[Any],
    write: WriteBatch,
    hooks: list[Any] | None = None,
    **options: Any,
) -> tuple[Any, list[tuple[str, Outcome, int | None, str | None]]]:
    seen: list[StoredArticle] = []
    summary = Ingestor(
        db, standard_hooks() if hooks is None else hooks, write_batch=write, **options
    ).ingest(items, on_result=seen.append)
    return summary, [(r.origin, r.outcome, r.article_id, r.message) for r in seen]


def group_sizes(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The articles of every group transaction (committed or not), as they are written."""
    sizes: list[int] = []
    write_some = Ingestor._write_some

    def counted(self: Ingestor, articles: Any, run_id: Any) -> Any:
        done = write_some(self, articles, run_id)
        sizes.append(len(done))
        return done

    monkeypatch.setattr(Ingestor, "_write_some", counted)
    return sizes


def failing_on(origin: str, also: Callable[[Any], None] | None = None) -> Callable[..., None]:
    """A hook (after the standard ones: the article, its claims, facts and index rows
    are written by then) that fails for one article."""

    def hook(session: Any, article: Any, record: ArticleRecord) -> None:
        if record.origin == origin:
            if also is not None:
                also(session)
            raise RuntimeError("the last step fell over")

    return hook


def test_a_bad_article_in_a_group_fails_alone(
    db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    items = records(12)
    bad = items[5]
    # the bad article brings a new source, and the article after it the same one: the
    # source made in the rolled-back savepoint must be made again, not taken from a cache
    items[5] = replace(bad, source="Neue Quelle")
    items[6] = replace(items[6], source="Neue Quelle")
    hooks = [*standard_hooks(), failing_on(bad.origin)]
    sizes = group_sizes(monkeypatch)
    found = {}
    for name, write in (("groups", GROUPS), ("one", ONE)):
        db = fresh(db_url, tmp_path, name)
        summary, seen = ingest(db, items, write, hooks)
        assert summary.counts[Outcome.NEW] == 11 and summary.failed == 1
        assert [m for _, o, _, m in seen if o is Outcome.FAILED] == [
            "not stored: RuntimeError: the last step fell over"
        ]
        with db.reader() as session:
            origins = session.execute(text("SELECT origin FROM articles")).scalars().all()
            sources = session.execute(
                text(
                    "SELECT s.name, count(a.id) FROM sources s "
                    "LEFT JOIN articles a ON a.source_id = s.id "
                    "WHERE s.name = 'Neue Quelle' GROUP BY s.name"
                )
            ).all()
        assert bad.origin not in origins and len(origins) == 11
        assert [tuple(row) for row in sources] == [("Neue Quelle", 1)]
        found[name] = (contents(db), seen)
        db.dispose()
    assert sizes == [12]  # one transaction for all twelve, the bad one included
    assert found["groups"] == found["one"]  # the same rows, ids included, and results


def test_groups_store_what_a_transaction_per_article_stores(
    db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The story sets with repeats, a new version, a failing record and a read error:
    the same rows (ids included) and the same results in the same order, with one or
    two worker processes."""
    from tracker.errors import ReadError

    items: list[Any] = stories()
    first = items[0]
    items.insert(4, first)  # the same again, within the group: unchanged
    items.insert(9, ReadError("broken.jsonl:3", "broken JSON"))
    items.insert(12, replace(first, text=first.text + " Neu: 12 Tote."))
    items.insert(15, ArticleRecord(text="x\x00y", origin="nul.txt"))  # fails its checks
    sizes = group_sizes(monkeypatch)
    found = {}
    runs = [("one", ONE, 1), ("groups", GROUPS, 1)]
    if db_url.startswith("sqlite"):
        runs.append(("groups, 2 workers", GROUPS, 2))
    for name, write, workers in runs:
        db = fresh(db_url, tmp_path, name.replace(", ", "-").replace(" ", ""))
        summary, seen = ingest(db, items, write, workers=workers)
        assert summary.counts[Outcome.VERSION] == 1 and summary.failed == 2
        assert summary.counts[Outcome.UNCHANGED] >= 1
        found[name] = (contents(db), seen)
        db.dispose()
    assert len(found["one"][0]["claims"]) > 50 and found["one"][0]["relations"]
    assert sizes and max(sizes) > 10  # grouped indeed
    for name in found:
        assert found[name] == found["one"], name


def test_results_are_reported_after_their_commit(
    db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """When a result is reported, its article is there for every other connection."""
    sizes = group_sizes(monkeypatch)
    db = fresh(db_url, tmp_path, "reported")
    other = create_engine(db.engine.url)
    visible: list[bool] = []

    def check(result: StoredArticle) -> None:
        with other.connect() as conn:
            found = conn.execute(
                text("SELECT count(*) FROM articles WHERE id = :id"), {"id": result.article_id}
            ).scalar()
        visible.append(found == 1)

    Ingestor(db, standard_hooks(), write_batch=WriteBatch(articles=4, seconds=60.0)).ingest(
        records(10), on_result=check
    )
    other.dispose()
    db.dispose()
    assert sizes == [4, 4, 2]
    assert visible == [True] * 10


def test_a_transaction_is_committed_when_its_time_is_up(
    db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sizes = group_sizes(monkeypatch)
    db = fresh(db_url, tmp_path, "time")
    summary, _ = ingest(db, records(6), WriteBatch(articles=50, seconds=1e-9))
    assert summary.counts[Outcome.NEW] == 6
    assert sizes == [1] * 6  # the limit is checked before each article after the first
    db.dispose()


def test_a_group_that_meets_a_busy_database_is_written_again_whole(
    db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A busy database (or a twin committed first) in the middle of a group: the whole
    transaction is tried again, with nothing of the first attempt kept or reported.
    (PostgreSQL: ids taken by the attempt rolled back are not given again, so the rows
    are compared without them there.)"""
    sqlite = db_url.startswith("sqlite")

    def stored(db: Database) -> Any:
        return contents(db) if sqlite else snapshot(db.engine.url.render_as_string(False))

    def results(seen: list[Any]) -> list[Any]:
        return seen if sqlite else [(origin, outcome) for origin, outcome, _, _ in seen]

    items = records(8)
    items[3] = replace(items[3], source="Erst im Versuch")
    reference = fresh(db_url, tmp_path, "reference")
    _, expected_results = ingest(reference, items, ONE)
    expected = stored(reference)
    reference.dispose()

    sizes = group_sizes(monkeypatch)
    store = Ingestor._store
    calls: list[str] = []

    def busy_once(self: Ingestor, session: Any, prepared: Any, run_id: Any) -> Any:
        calls.append(prepared.record.origin)
        result = store(self, session, prepared, run_id)
        if len(calls) == 5:  # after the fifth article's rows (and a new source) are written
            raise OperationalError("INSERT ...", {}, sqlite3.OperationalError("database is locked"))
        return result

    monkeypatch.setattr(Ingestor, "_store", busy_once)
    db = fresh(db_url, tmp_path, "busy")
    try:
        summary, seen = ingest(db, items, GROUPS)
        assert summary.counts[Outcome.NEW] == 8 and not summary.failed
        assert calls == [r.origin for r in items[:5]] + [r.origin for r in items]
        assert sizes == [8]  # the second attempt: the one that was committed
        assert results(seen) == results(expected_results)
        assert stored(db) == expected
    finally:
        db.dispose()


def test_a_group_that_loses_its_transaction_is_written_article_by_article(
    db_url: str, tmp_path: Path
) -> None:
    """An error that ends the whole transaction (SQLite does on a full disk or an I/O
    error) cannot be undone to the article's savepoint: the articles before it in the
    group were lost with it, so the group is written again one article at a time, and
    only the article at fault fails."""
    items = records(8)
    bad = items[4].origin

    def end_the_transaction(session: Any) -> None:
        session.connection().connection.driver_connection.rollback()

    hooks = [*standard_hooks(), failing_on(bad, also=end_the_transaction)]
    found = {}
    for name, write in (("groups", GROUPS), ("one", ONE)):
        db = fresh(db_url, tmp_path, name)
        summary, seen = ingest(db, items, write, hooks)
        assert summary.counts[Outcome.NEW] == 7 and summary.failed == 1
        assert [(o, m) for origin, o, _, m in seen if origin == bad] == [
            (Outcome.FAILED, "not stored: RuntimeError: the last step fell over")
        ]
        found[name] = (snapshot(db.engine.url.render_as_string(hide_password=False)), seen)
        db.dispose()
    assert found["groups"][0] == found["one"][0]
    assert [r[:2] for r in found["groups"][1]] == [r[:2] for r in found["one"][1]]


def test_write_batch_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    assert WriteBatch.from_env() == WriteBatch(articles=50, seconds=0.5)
    monkeypatch.setenv("TRACKER_WRITE_BATCH", "1")
    monkeypatch.setenv("TRACKER_WRITE_BATCH_SECONDS", "2.5")
    assert WriteBatch.from_env() == WriteBatch(articles=1, seconds=2.5)
    for name, value, message in (
        ("TRACKER_WRITE_BATCH", "0", "1 or more"),
        ("TRACKER_WRITE_BATCH", "many", "not a whole number"),
        ("TRACKER_WRITE_BATCH_SECONDS", "0", "above 0"),
        ("TRACKER_WRITE_BATCH_SECONDS", "soon", "not a number"),
    ):
        with monkeypatch.context() as env:
            env.setenv(name, value)
            with pytest.raises(ConfigError, match=message):
                WriteBatch.from_env()


def test_the_command_prints_the_same_lines(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`tracker ingest`: the same lines in the same order, grouped or not."""
    from tracker.cli import main

    folder = tmp_path / "in"
    folder.mkdir()
    rows = []
    for number, record in enumerate(records(9)):
        rows.append(
            {
                "url": record.url,
                "source": record.source,
                "title": record.title,
                "text": record.text,
                "published": f"2025-03-{1 + number:02d}T08:00:00Z",
            }
        )
    changed = {
        **rows[2],
        "text": rows[2]["text"] + " Inzwischen 17 Verletzte.",
        "published": "2025-03-20T08:00:00Z",
    }
    lines = [json.dumps(r) for r in rows[:5]]
    lines += ['{"url": "https://broken.example", "text": ', json.dumps(changed)]
    lines += [json.dumps(r) for r in rows[5:]] + [json.dumps(rows[1])]
    (folder / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (folder / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    outputs = {}
    for batch in ("1", "50"):
        monkeypatch.setenv("TRACKER_WRITE_BATCH", batch)
        database = tmp_path / f"batch{batch}.db"
        result = CliRunner().invoke(
            main, ["-d", str(database), "ingest", str(folder), "--no-progress"]
        )
        outputs[batch] = (result.exit_code, result.stdout, result.stderr)
    assert outputs["50"] == outputs["1"]
    code, stdout, stderr = outputs["1"]
    assert code == 1
    assert stdout == "ingested 13 articles: 9 new, 1 unchanged, 1 new version, 2 failed (run 1)\n"
    assert [line.split(": ")[0] for line in stderr.splitlines()] == [
        "error",
        "error",
        str(folder / "feed.jsonl") + ":7",
    ]


def grouped_slow_ingest(url: str, count: int, pause: float) -> None:
    def slow(session: Any, article: Any, record: Any) -> None:
        time.sleep(pause)

    db = open_database(url)
    Ingestor(
        db, [*standard_hooks(), slow], write_batch=WriteBatch(articles=50, seconds=0.5)
    ).ingest(records(count))


@pytest.mark.slow
def test_a_kill_during_a_group_loses_no_committed_group_and_leaves_nothing_half(
    db_url: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    warm_up()
    victim = fork(grouped_slow_ingest, db_url, 40, 0.05)
    deadline = time.monotonic() + 120
    while stored_articles(db_url) < 5 and time.monotonic() < deadline:
        time.sleep(0.02)
    time.sleep(0.2)  # into the next group's transaction
    os.kill(victim.pid, signal.SIGKILL)
    victim.join(30)
    assert victim.exitcode == -signal.SIGKILL
    stored = stored_articles(db_url)
    assert 5 <= stored < 40
    engine = create_engine(db_url)
    with engine.connect() as conn:

        def count(sql: str) -> int:
            return int(conn.execute(text(sql)).scalar() or 0)

        # nothing half-written: every stored article has its claims, and both indexes
        # hold exactly the stored claims
        assert (
            count(
                "SELECT count(*) FROM articles a "
                "WHERE NOT EXISTS (SELECT 1 FROM claims c WHERE c.article_id = a.id)"
            )
            == 0
        )
        claims = count("SELECT count(*) FROM claims")
        assert count("SELECT claims FROM index_stats") == claims
        assert count("SELECT count(DISTINCT claim_id) FROM claim_terms") == claims
        assert count("SELECT SUM(df) FROM word_terms") == count("SELECT count(*) FROM claim_words")
    engine.dispose()
    db = open_database(db_url)
    summary = Ingestor(db, standard_hooks()).ingest(records(40))
    assert summary.interrupted_runs == [1]
    assert (summary.counts[Outcome.UNCHANGED], summary.counts[Outcome.NEW]) == (
        stored,
        40 - stored,
    )
    db.dispose()
    resumed = snapshot(db_url)
    admin = None if db_url.startswith("sqlite") else request.getfixturevalue("postgres_admin_url")
    with second_database(db_url, tmp_path, admin) as whole_url:
        whole = open_database(whole_url)
        Ingestor(whole, standard_hooks()).ingest(records(40))
        whole.dispose()
        assert snapshot(whole_url) == resumed
