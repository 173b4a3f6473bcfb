"""Concurrent writers and killed processes, on both backends.

Several `tracker ingest` processes on one database (a new SQLite file, an empty
PostgreSQL database) all succeed and store what a sequential run stores; a process
killed with SIGKILL loses nothing committed, duplicates nothing, and its run is
marked interrupted by the next start; a kill during the first set-up leaves an
empty database. Processes are forked from the test process (the extraction
modules are already loaded), and exit with ``os._exit`` so that they never touch
connections they inherited.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import random
import signal
import threading
import time
import traceback
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, event, func, inspect, select, text
from sqlalchemy.exc import IntegrityError

from tests.conftest import throwaway_postgres
from tracker.db import Database, dialects, open_database
from tracker.db.base import utcnow
from tracker.db.models import Article, Claimant, IngestRun, Source
from tracker.readers import ArticleRecord
from tracker.store.ingest import Ingestor, Outcome, standard_hooks

FORK = multiprocessing.get_context("fork")
NAMES = ["Petra Vogt", "Jürgen Weiß", "Anna Schmidt", "Karl Berger", "Mia Roth", "Olaf Kern"]
TOWNS = ["Mittelau", "Grünstadt", "Nordhafen", "Altdorf", "Seeheim", "Talheim"]


def synthetic_article(number: int, rng: random.Random) -> dict[str, Any]:
    """A short German article written for this test: figures, claimants, a source."""
    town, who, other = rng.choice(TOWNS), rng.choice(NAMES), rng.choice(NAMES)
    return {
        "url": f"https://news.example/{number}",
        "source": rng.choice(["Blatt Ost", "Blatt West", "Wire"]),
        "title": f"Lage in {town}",
        "published": f"2025-03-{1 + number % 28:02d}T{number % 24:02d}:00:00Z",
        "language": "de",
        "text": (
            f"In {town} wurden rund {rng.randint(10, 5000)} Menschen evakuiert, sagte {who}. "
            f"{other} betonte, dass {rng.randint(2, 90)} Häuser beschädigt seien. "
            f"Die Feuerwehr war mit {rng.randint(5, 300)} Kräften im Einsatz."
        ),
    }


def write_inputs(folder: Path, writers: int, own: int, shared: int, seed: int = 7) -> list[Path]:
    """One JSON Lines file per writer: its own articles and the shared ones, shuffled."""
    rng = random.Random(seed)
    common = [synthetic_article(number, rng) for number in range(shared)]
    paths = []
    for writer in range(writers):
        items = [synthetic_article(1000 * (writer + 1) + n, rng) for n in range(own)]
        items += common
        rng.shuffle(items)
        path = folder / f"writer{writer}.jsonl"
        path.write_text(
            "".join(json.dumps(item, ensure_ascii=False) + "\n" for item in items),
            encoding="utf-8",
        )
        paths.append(path)
    return paths


def _child(target: Callable[..., object], args: tuple[Any, ...]) -> None:
    try:
        target(*args)
        code = 0
    except SystemExit as stop:
        code = stop.code if isinstance(stop.code, int) else 1
    except BaseException:  # noqa: BLE001 - reported by the exit status
        traceback.print_exc()
        code = 3
    os._exit(code)


def fork(target: Callable[..., object], *args: Any) -> Any:
    process = FORK.Process(target=_child, args=(target, args))
    process.start()
    return process


def warm_up() -> None:
    """Load what ingest loads (dictionaries, rules) once, before forking."""
    db = open_database("sqlite://")
    Ingestor(db, standard_hooks()).ingest(records(2, seed=99))
    db.dispose()


def cli_ingest(url: str, path: Path) -> None:
    from tracker.cli import main

    main(["-d", url, "ingest", str(path), "--no-progress", "-q"], standalone_mode=False)


def snapshot(url: str) -> dict[str, Any]:
    """What a run stored, independent of ids and of the order it was stored in."""
    engine = create_engine(url)
    with engine.connect() as conn:
        articles = conn.execute(
            text("SELECT url, sha256, version FROM articles ORDER BY url, version")
        ).all()
        claims = conn.execute(
            text(
                "SELECT a.url, c.span_start, c.span_end, c.text, cl.name_key FROM claims c "
                "JOIN articles a ON a.id = c.article_id "
                "LEFT JOIN claimants cl ON cl.id = c.claimant_id"
            )
        ).all()
        claimants = conn.execute(text("SELECT name_key FROM claimants")).scalars().all()
        sources = conn.execute(text("SELECT name FROM sources")).scalars().all()
        figures = conn.execute(text("SELECT count(*) FROM figures")).scalar()
    engine.dispose()
    return {
        "articles": Counter(tuple(row) for row in articles),
        "claims": Counter(tuple(row) for row in claims),
        "claimants": Counter(claimants),
        "sources": Counter(sources),
        "figures": figures,
    }


@contextmanager
def second_database(url: str, tmp_path: Path, admin_url: str | None) -> Iterator[str]:
    """Another empty database on the same backend as ``url``."""
    if url.startswith("sqlite"):
        yield f"sqlite:///{tmp_path / 'sequential.db'}"
        return
    assert admin_url is not None
    with throwaway_postgres(admin_url) as other:
        yield other


@pytest.mark.slow
def test_parallel_ingests_equal_a_sequential_run(
    empty_db_url: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    paths = write_inputs(tmp_path, writers=4, own=6, shared=4)
    warm_up()
    writers = [fork(cli_ingest, empty_db_url, path) for path in paths]
    for process in writers:
        process.join(180)
    assert [p.exitcode for p in writers] == [0, 0, 0, 0]
    parallel = snapshot(empty_db_url)
    admin = (
        None if empty_db_url.startswith("sqlite") else request.getfixturevalue("postgres_admin_url")
    )
    with second_database(empty_db_url, tmp_path, admin) as sequential_url:
        for path in paths:
            cli_ingest(sequential_url, path)
        sequential = snapshot(sequential_url)
    assert sum(parallel["articles"].values()) == 4 * 6 + 4
    assert max(parallel["articles"].values()) == 1  # no article twice
    assert max(parallel["claimants"].values()) == 1  # no claimant twice
    assert max(parallel["sources"].values()) == 1
    assert parallel == sequential
    db = open_database(empty_db_url)
    with db.reader() as session:
        runs = session.scalars(select(IngestRun.status)).all()
    db.dispose()
    assert runs == ["done"] * 4


def slow_hook(seconds: float) -> Callable[..., None]:
    def pause(session: Any, article: Any, record: Any) -> None:
        time.sleep(seconds)

    return pause


def records(count: int, seed: int = 3) -> list[ArticleRecord]:
    rng = random.Random(seed)
    found = []
    for number in range(count):
        item = synthetic_article(number, rng)
        found.append(
            ArticleRecord(
                text=item["text"],
                origin=f"test:{number}",
                url=item["url"],
                source=item["source"],
                title=item["title"],
                language="de",
            )
        )
    return found


def slow_ingest(url: str, count: int, pause: float) -> None:
    db = open_database(url)
    Ingestor(db, [*standard_hooks(), slow_hook(pause)]).ingest(records(count))


def stored_articles(url: str) -> int:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return int(conn.execute(text("SELECT count(*) FROM articles")).scalar() or 0)
    finally:
        engine.dispose()


@pytest.mark.slow
def test_a_killed_ingest_loses_nothing_and_its_run_is_marked_interrupted(db_url: str) -> None:
    warm_up()
    victim = fork(slow_ingest, db_url, 12, 0.3)
    deadline = time.monotonic() + 120
    while stored_articles(db_url) < 3 and time.monotonic() < deadline:
        time.sleep(0.05)
    os.kill(victim.pid, signal.SIGKILL)
    victim.join(30)
    assert victim.exitcode == -signal.SIGKILL
    stored = stored_articles(db_url)
    assert 3 <= stored < 12
    db = open_database(db_url)
    summary = Ingestor(db, standard_hooks()).ingest(records(12))
    assert summary.interrupted_runs == [1]
    assert (summary.counts[Outcome.UNCHANGED], summary.counts[Outcome.NEW]) == (stored, 12 - stored)
    with db.reader() as session:
        runs = session.execute(
            select(IngestRun.id, IngestRun.status, IngestRun.new_count).order_by(IngestRun.id)
        ).all()
        assert [tuple(r) for r in runs] == [(1, "interrupted", stored), (2, "done", 12 - stored)]
        assert session.scalar(select(func.count()).select_from(Article)) == 12
        # every article has its claims: none was stored half
        claimless = session.scalar(
            text(
                "SELECT count(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM claims c WHERE c.article_id = a.id)"
            )
        )
        assert claimless == 0
    # a run that is still going is not marked
    assert Ingestor(db).mark_interrupted_runs() == []
    db.dispose()


@pytest.mark.slow
def test_a_running_ingest_is_not_marked_interrupted(db_url: str) -> None:
    warm_up()
    runner = fork(slow_ingest, db_url, 4, 0.5)
    deadline = time.monotonic() + 60
    while stored_articles(db_url) < 1 and time.monotonic() < deadline:
        time.sleep(0.05)
    db = open_database(db_url)
    try:
        assert Ingestor(db).mark_interrupted_runs() == []
        with db.reader() as session:
            assert session.scalars(select(IngestRun.status)).all() == ["running"]
    finally:
        runner.join(60)
        db.dispose()
    assert runner.exitcode == 0


@pytest.mark.slow
def test_extraction_holds_no_lock(db_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """A slow extraction (a long article) does not make other writers wait: it runs
    before the write transaction."""

    class SlowExtraction:
        def prepare(self, record: ArticleRecord, language: str) -> None:
            time.sleep(4.0)

        def store(self, session: Any, article: Any, record: Any, prepared: Any) -> None:
            return None

    monkeypatch.setattr(dialects, "SQLITE_BUSY_TIMEOUT_MS", 400)
    slow_db, quick_db = open_database(db_url), open_database(db_url)
    slow = threading.Thread(
        target=lambda: Ingestor(slow_db, [SlowExtraction()]).ingest(records(1, seed=1))
    )
    slow.start()
    time.sleep(0.5)  # the slow one is extracting now
    # one attempt, a busy timeout far below the slow extraction: it must not wait for it
    summary = Ingestor(quick_db, write_attempts=1).ingest(records(3, seed=2)[1:])
    assert summary.counts[Outcome.NEW] == 2 and not summary.failures
    assert slow.is_alive()  # still extracting when the quick one was done
    slow.join()
    slow_db.dispose()
    quick_db.dispose()


def test_unique_keys_refuse_twins(db: Database) -> None:
    record = records(1)[0]
    Ingestor(db).ingest([record])
    with db.session() as session:
        article = session.scalars(select(Article)).one()
        twin = {c.name: getattr(article, c.name) for c in Article.__table__.c if c.name != "id"}
    now = twin["recorded_at"]
    vogt = {"name": "Petra Vogt", "name_key": "petra vogt", "kind": "person", "created_at": now}
    with db.session() as session:
        session.execute(Claimant.__table__.insert(), [vogt])
    for table, row in (
        (Article.__table__, twin),
        (Claimant.__table__, {**vogt, "name": "PETRA VOGT"}),
        (Source.__table__, {"name": record.source, "created_at": now}),
    ):
        with pytest.raises(IntegrityError), db.session() as session:
            session.execute(table.insert(), [row])
    with db.session() as session:  # the twin-tolerant insert finds the row instead
        found = dialects.insert_or_get_id(
            session.connection(),
            Claimant.__table__,  # type: ignore[arg-type]
            {**vogt, "name": "Petra VOGT"},
            ["name_key"],
        )
        assert found == session.scalar(select(Claimant.id).where(Claimant.name_key == "petra vogt"))
        assert session.scalar(select(func.count()).select_from(Claimant)) == 1


def test_a_unique_conflict_is_tried_again(db: Database) -> None:
    """A twin that appears between the look-up and the insert (a writer outside the
    queue) makes the unique key refuse the insert; the write is tried again."""
    record = records(1)[0]
    ingestor = Ingestor(db)
    attempts: list[int] = []
    original = ingestor._store

    def racing_store(session: Any, ready: Any, run_id: Any) -> Any:
        attempts.append(1)
        if len(attempts) == 1:

            @event.listens_for(session, "before_flush", once=True)
            def twin(flushing: Any, _context: Any, _instances: Any) -> None:
                flushing.connection().execute(
                    Article.__table__.insert(),
                    [
                        {
                            "url": record.url,
                            "text": record.text,
                            "sha256": ready.sha256,
                            "identity_key": ready.identity,
                            "version": 1,
                            "language": "de",
                            "recorded_at": utcnow(),
                        }
                    ],
                )

        return original(session, ready, run_id)

    ingestor._store = racing_store  # type: ignore[method-assign]
    result = ingestor.store(record, None)
    assert len(attempts) == 2
    assert result.outcome is Outcome.NEW
    with db.reader() as session:
        assert session.scalar(select(func.count()).select_from(Article)) == 1


def _create_slowly(url: str, marker: str) -> None:
    engine = create_engine(url)
    dialects.configure_engine(engine)

    @event.listens_for(engine, "before_cursor_execute")
    def pause(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        if "CREATE TABLE claims" in statement or "CREATE TABLE facts" in statement:
            Path(marker).write_text("half-way", encoding="utf-8")
            time.sleep(60)

    from tracker.db import migrate

    migrate.create_schema(engine)


@pytest.mark.slow
def test_a_kill_during_the_first_set_up_leaves_an_empty_database(
    empty_db_url: str, tmp_path: Path
) -> None:
    marker = tmp_path / "marker"
    process = fork(_create_slowly, empty_db_url, str(marker))
    deadline = time.monotonic() + 60
    while not marker.exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert marker.exists()
    os.kill(process.pid, signal.SIGKILL)
    process.join(30)
    engine = create_engine(empty_db_url)
    try:
        assert set(inspect(engine).get_table_names()) == set()
    finally:
        engine.dispose()
    db = open_database(empty_db_url)  # and it is set up whole next time
    assert Ingestor(db, standard_hooks()).ingest(records(2)).counts[Outcome.NEW] == 2
    db.dispose()


def batched_import(url: str, path: str) -> None:
    from tests.test_collection_batch import records as collection_records

    db = open_database(url)
    Ingestor(db, standard_hooks(), batch_size=30, workers=2).ingest(collection_records(Path(path)))


@pytest.mark.slow
def test_a_killed_batched_collection_import_loses_no_batch_and_duplicates_nothing(
    db_url: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    """kill -9 of `ingest --as-claims` with worker processes, one transaction per batch:
    every committed batch is kept whole, nothing is stored twice, and the next run
    stores what an import that was never killed stores."""
    from tests.test_collection_batch import collection, write
    from tests.test_collection_batch import records as collection_records
    from tests.test_collection_batch import snapshot as collection_snapshot

    path = write(tmp_path / "pool.jsonl", collection(240))
    warm_up()
    victim = fork(batched_import, db_url, str(path))
    deadline = time.monotonic() + 120
    while stored_articles(db_url) < 30 and time.monotonic() < deadline:
        time.sleep(0.02)
    os.kill(victim.pid, signal.SIGKILL)
    victim.join(30)
    assert victim.exitcode == -signal.SIGKILL
    stored = stored_articles(db_url)
    assert 30 <= stored < 240
    engine = create_engine(db_url)
    with engine.connect() as conn:

        def count(sql: str) -> int:
            return int(conn.execute(text(sql)).scalar() or 0)

        # nothing half-written: every record's claim, postings and index statistics
        assert count("SELECT count(*) FROM claims") == stored
        assert count("SELECT claims FROM index_stats") == count(
            "SELECT count(DISTINCT claim_id) FROM claim_terms"
        )
        assert count("SELECT SUM(df) FROM word_terms") == count("SELECT count(*) FROM claim_words")
    engine.dispose()
    db = open_database(db_url)
    summary = Ingestor(db, standard_hooks(), batch_size=30).ingest(collection_records(path))
    assert summary.interrupted_runs == [1]
    assert (summary.counts[Outcome.UNCHANGED], summary.counts[Outcome.NEW]) == (
        stored,
        240 - stored,
    )
    resumed = collection_snapshot(db)
    db.dispose()
    admin = None if db_url.startswith("sqlite") else request.getfixturevalue("postgres_admin_url")
    with second_database(db_url, tmp_path, admin) as whole_url:
        whole = open_database(whole_url)
        Ingestor(whole, standard_hooks(), batch_size=30).ingest(collection_records(path))
        assert collection_snapshot(whole) == resumed
        whole.dispose()
