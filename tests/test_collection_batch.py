"""Claim collections in batches (``ingest --as-claims``): the same database as one record
at a time, one transaction per batch, the usual per-record outcomes."""

from __future__ import annotations

import datetime as dt
import itertools
import json
import random
import re
from collections import defaultdict
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from tests.conftest import _empty_postgres, shared_data
from tracker.db import Database, open_database
from tracker.readers.collections import read_claim_records
from tracker.readers.record import ArticleRecord, VerdictRecord
from tracker.store.ingest import Ingestor, Outcome, standard_hooks

PLACES = ["Germany", "France", "Texas", "Kenya", "Brazil", "India"]
THINGS = [
    ("{n} people died in floods in {p}", "person"),
    ("The government of {p} spent {n} million dollars on vaccines", "usd"),
    ("{p} has {n} million inhabitants", "person"),
    ("Unemployment in {p} rose to {n} percent", "percent"),
]
WORDS = [
    "A video shows {p} police arresting a climate activist.",
    "{who} said the election in {p} was stolen.",
    "A photograph shows a giant snake swimming in a river in {p}.",
    "Drinking hot water cures the flu, doctors in {p} say.",
]
PEOPLE = ["Joe Biden", "Angela Merkel", "the WHO", "Elon Musk"]


def collection(count: int, seed: int = 7) -> list[dict[str, Any]]:
    """Claims like a fact-checker's pool: figures that agree and differ across claims,
    near-duplicates, claimants, dates, verdicts."""
    rng = random.Random(seed)
    rows = []
    for i in range(count):
        place = rng.choice(PLACES)
        if rng.random() < 0.5:
            template, _ = rng.choice(THINGS)
            claim = template.format(n=rng.choice([12, 12, 13, 40, 2500]), p=place)
        else:
            claim = rng.choice(WORDS).format(p=place, who=rng.choice(PEOPLE))
        if rng.random() < 0.2:
            claim = "Breaking: " + claim
        day = dt.date(2020, 1, 1) + dt.timedelta(days=rng.randrange(800))
        row: dict[str, Any] = {
            "id": f"c{i}",
            "claim": claim,
            "title": f"Is it true? {claim[:30]}",
            "date": day.strftime("%d %B %Y"),
        }
        if rng.random() < 0.3:
            row["rating"] = rng.choice(["False", "Mostly false", "True"])
            row["reviewer"] = "Snopes"
        rows.append(row)
    return rows


def write(path: Path, rows: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def records(path: Path) -> list[Any]:
    return list(read_claim_records([str(path)], mapping={"text": "claim"}))


def snapshot(db: Database) -> dict[str, Any]:
    """What was stored, without ids: rows named by their records' ids."""
    queries = {
        "claims": "SELECT c.external_id, c.text, c.key_text, c.anchors, c.scene, "
        "c.claimant_text, cl.name, c.stated_at, c.negated FROM claims c "
        "LEFT JOIN claimants cl ON cl.id = c.claimant_id",
        "articles": "SELECT a.external_id, a.anchors, a.version, a.sha256, s.name "
        "FROM articles a LEFT JOIN sources s ON s.id = a.source_id",
        "figures": "SELECT c.external_id, f.value, f.unit, f.span_start, f.rank "
        "FROM figures f JOIN claims c ON c.id = f.claim_id",
        "relations": "SELECT r.kind, r.status, n.external_id, o.external_id, r.score, "
        "r.components, r.independent, r.superseded_at IS NULL FROM relations r "
        "JOIN claims n ON n.id = r.newer_claim_id JOIN claims o ON o.id = r.older_claim_id",
        "memberships": "SELECT c.external_id, f.span_start, m.placement, m.probability "
        "FROM fact_memberships m JOIN figures f ON f.id = m.figure_id "
        "JOIN claims c ON c.id = f.claim_id",
        "postings": "SELECT c.external_id, t.term, p.tf, p.length FROM claim_terms p "
        "JOIN index_terms t ON t.id = p.term_id JOIN claims c ON c.id = p.claim_id",
        "terms": "SELECT term, df FROM index_terms",
        "words": "SELECT c.external_id, t.term, p.tf, p.length FROM claim_words p "
        "JOIN word_terms t ON t.id = p.term_id JOIN claims c ON c.id = p.claim_id",
        "word_terms": "SELECT term, df FROM word_terms",
        "stats": "SELECT claims, total_length FROM index_stats UNION ALL "
        "SELECT claims, total_length FROM word_stats",
        "verdicts": "SELECT c.external_id, v.rating, v.reviewer FROM verdicts v "
        "JOIN claims c ON c.id = v.claim_id",
        "claimants": "SELECT name_key, kind FROM claimants",
        "aliases": "SELECT cl.name_key, a.key, a.block_key FROM claimant_aliases a "
        "JOIN claimants cl ON cl.id = a.claimant_id",
    }
    found: dict[str, Any] = {}
    with db.reader() as session:
        for name, sql in queries.items():
            found[name] = sorted(
                (tuple(str(v) for v in row) for row in session.execute(text(sql))), key=str
            )
        members: dict[int, list[str]] = defaultdict(list)
        for fact_id, external_id, start in session.execute(
            text(
                "SELECT f.fact_id, c.external_id, f.span_start FROM figures f "
                "JOIN claims c ON c.id = f.claim_id"
            )
        ):
            members[fact_id].append(f"{external_id}:{start}")
        found["facts"] = sorted(sorted(m) for m in members.values())
        found["fact_count"] = session.execute(text("SELECT COUNT(*) FROM facts")).scalar()
    return found


def second_database(db_url: str, tmp_path: Path) -> str:
    if db_url.startswith("sqlite"):
        return f"sqlite:///{tmp_path / 'batched.db'}"
    _empty_postgres(db_url)
    return db_url


def test_batches_store_what_one_by_one_stores(db_url: str, tmp_path: Path) -> None:
    path = write(tmp_path / "pool.jsonl", collection(160))
    db = open_database(db_url)
    one_by_one = Ingestor(db, list(standard_hooks())).ingest(records(path))
    assert not Ingestor(db, list(standard_hooks())).batched
    before = snapshot(db)
    db.dispose()
    assert one_by_one.counts[Outcome.NEW] == 160
    assert before["relations"], "the collection should make relations to compare"
    assert any(len(m) > 1 for m in before["facts"])

    db = open_database(second_database(db_url, tmp_path))
    # small batches: records are matched against the earlier batches' and their own
    batched = Ingestor(db, standard_hooks(), batch_size=37)
    assert batched.batched
    summary = batched.ingest(records(path))
    assert summary.counts[Outcome.NEW] == 160
    assert snapshot(db) == before
    db.dispose()


def test_reimport_new_verdict_and_bad_record(db: Database, tmp_path: Path) -> None:
    rows = collection(30)
    path = write(tmp_path / "pool.jsonl", rows)
    assert Ingestor(db, standard_hooks()).ingest(records(path)).counts[Outcome.NEW] == 30
    with db.reader() as session:
        verdicts = session.execute(text("SELECT COUNT(*) FROM verdicts")).scalar()
        words = session.execute(text("SELECT COUNT(*) FROM claim_words")).scalar()

    # the same file again: nothing new
    again = Ingestor(db, standard_hooks()).ingest(records(path))
    assert again.counts[Outcome.UNCHANGED] == 30 and again.line().startswith("30 claims")

    # a new rating of a known claim is added; a changed text is a new version; a record
    # with a NUL byte fails alone; a new record is stored
    changed = [dict(r) for r in rows[:3]]
    changed[0].update(rating="Pants on fire", reviewer="PolitiFact")
    changed[1]["claim"] = changed[1]["claim"] + " Again."
    changed[1].pop("rating", None)
    changed[2]["claim"] = "bad \x00 byte"
    changed.append({"id": "new", "claim": "The moon is made of 40 tonnes of cheese."})
    seen: list[Any] = []
    more = tmp_path / "more"  # the same file name: the same source
    more.mkdir()
    summary = Ingestor(db, standard_hooks()).ingest(
        records(write(more / "pool.jsonl", changed)), on_result=seen.append
    )
    assert [r.outcome for r in seen] == [
        Outcome.UNCHANGED,
        Outcome.VERSION,
        Outcome.FAILED,
        Outcome.NEW,
    ]
    assert "NUL byte" in (seen[2].message or "")
    assert summary.failed == 1
    with db.reader() as session:
        assert session.execute(text("SELECT COUNT(*) FROM verdicts")).scalar() == verdicts + 1
        assert session.execute(text("SELECT COUNT(*) FROM claim_words")).scalar() > words
        versions = session.execute(
            text(
                "SELECT version, previous_version_id IS NOT NULL FROM articles "
                "WHERE external_id = 'c1' ORDER BY version"
            )
        ).all()
    assert [tuple(v) for v in versions] == [(1, False), (2, True)]


def test_a_failing_batch_is_stored_record_by_record(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A write error in a batch: the batch is stored again one record at a time, and
    only the record that fails there fails."""
    import tracker.store.collection as collection_module

    def broken(*args: Any, **kwargs: Any) -> Any:
        raise RuntimeError("batch write failed")

    monkeypatch.setattr(collection_module, "store_batch", broken)
    path = write(tmp_path / "pool.jsonl", collection(12))
    summary = Ingestor(db, standard_hooks()).ingest(records(path))
    assert summary.counts[Outcome.NEW] == 12


def test_repeated_identity_in_one_batch(db: Database) -> None:
    """Two records with one id in a batch: the second is a version of the first."""
    made = [
        ArticleRecord(text=text_, origin=f"x:{i}", external_id="same", as_claim=True, source="pool")
        for i, text_ in enumerate(["Berlin has 4 million people.", "Berlin has 5 million people."])
    ]
    made.append(
        ArticleRecord(
            text="Berlin has 5 million people.",
            origin="x:2",
            external_id="same",
            as_claim=True,
            source="pool",
            verdicts=[VerdictRecord(rating="False")],
        )
    )
    summary = Ingestor(db, standard_hooks()).ingest(made)
    assert summary.counts[Outcome.NEW] == 1
    assert summary.counts[Outcome.VERSION] == 1
    assert summary.counts[Outcome.UNCHANGED] == 1
    with db.reader() as session:
        assert session.execute(text("SELECT COUNT(*) FROM verdicts")).scalar() == 1


@pytest.mark.slow
def test_checkthat_sample_is_stored_alike(tmp_path: Path) -> None:
    """A few hundred records of the CheckThat! 2022 pool: the same rows both ways."""
    pool = shared_data("checkthat2022/verified_claims.jsonl")
    with pool.open(encoding="utf-8") as handle:
        lines = list(itertools.islice(handle, 400))
    path = tmp_path / "sample.jsonl"
    path.write_text("".join(lines), encoding="utf-8")
    mapping = {"text": "vclaim", "title": "title", "id": "vclaim_id"}
    snapshots = []
    for name, hooks in (("old", list(standard_hooks())), ("new", standard_hooks())):
        db = open_database(f"sqlite:///{tmp_path / name}.db")
        Ingestor(db, hooks).ingest(read_claim_records([str(path)], mapping=mapping))
        snapshots.append(snapshot(db))
        db.dispose()
    assert snapshots[0] == snapshots[1]


def test_two_writers_of_one_collection_store_it_once(db_url: str, tmp_path: Path) -> None:
    """Two processes importing the same collection at once: every record is stored
    once; a batch that meets a twin committed first is tried again."""
    import subprocess
    import sys

    path = write(tmp_path / "pool.jsonl", collection(80))
    command = [sys.executable, "-m", "tracker", "-d", db_url, "ingest", "--as-claims"]
    command += [str(path), "--map", "text=claim", "-q"]
    writers = [subprocess.Popen(command, stdout=subprocess.PIPE) for _ in range(2)]
    outputs = [w.communicate(timeout=600)[0].decode() for w in writers]
    assert [w.returncode for w in writers] == [0, 0], outputs
    # which writer stores which record depends on timing (a batch that waits too long
    # for the lock is stored record by record); together they store each record once
    new = [int(re.search(r"(\d+) new", o).group(1)) for o in outputs]  # type: ignore[union-attr]
    assert sum(new) == 80, outputs
    db = open_database(db_url)
    with db.reader() as session:
        assert session.execute(text("SELECT COUNT(*) FROM articles")).scalar() == 80
        assert session.execute(text("SELECT COUNT(*) FROM claims")).scalar() == 80
        assert session.execute(text("SELECT SUM(df) FROM word_terms")).scalar() == (
            session.execute(text("SELECT COUNT(*) FROM claim_words")).scalar()
        )
    db.dispose()


@pytest.mark.slow
def test_workers_store_what_one_process_stores_and_a_bad_record_fails_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Records prepared in worker processes: the same database as in one process; a
    record whose preparation fails is reported in one line and nothing of it is stored."""
    import tracker.store.preparation as preparation

    path = write(tmp_path / "pool.jsonl", collection(60))
    one = open_database(f"sqlite:///{tmp_path / 'one.db'}")
    Ingestor(one, standard_hooks(), batch_size=25).ingest(records(path))
    pooled = open_database(f"sqlite:///{tmp_path / 'pooled.db'}")
    Ingestor(pooled, standard_hooks(), batch_size=25, workers=2).ingest(records(path))
    assert snapshot(pooled) == snapshot(one)
    one.dispose()
    pooled.dispose()

    prepare = preparation.prepare_claim_record

    def fails_on_c7(record: ArticleRecord) -> Any:
        if record.external_id == "c7":
            raise RuntimeError("the extractor fell over\nsecond line")
        return prepare(record)

    monkeypatch.setattr(preparation, "prepare_claim_record", fails_on_c7)  # forked: seen
    db = open_database(f"sqlite:///{tmp_path / 'bad.db'}")
    seen: list[Any] = []
    summary = Ingestor(db, standard_hooks(), batch_size=25, workers=2).ingest(
        records(path), on_result=seen.append
    )
    assert summary.counts[Outcome.NEW] == 59 and summary.failed == 1
    [failed] = [r for r in seen if r.outcome is Outcome.FAILED]
    assert failed.message == "not stored: RuntimeError: the extractor fell over"
    with db.reader() as session:
        assert session.execute(text("SELECT COUNT(*) FROM claims")).scalar() == 59
        assert not session.execute(text("SELECT id FROM articles WHERE external_id = 'c7'")).all()
    db.dispose()


def contents(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of the tables an import writes, ids included (times left out)."""
    from sqlalchemy import inspect as inspect_db

    tables = (
        "articles claims figures facts fact_memberships relations claim_terms index_terms "
        "claim_words word_terms verdicts claimants claimant_aliases sources index_stats "
        "word_stats"
    ).split()
    untimed = {"created_at", "recorded_at", "updated_at", "superseded_at", "origin"}
    found = {}
    with db.reader() as session:
        conn = session.connection()
        for table in tables:
            columns = [
                c["name"] for c in inspect_db(conn).get_columns(table) if c["name"] not in untimed
            ]
            rows = conn.execute(text(f"SELECT {', '.join(columns)} FROM {table} ORDER BY 1"))
            found[table] = sorted((tuple(row) for row in rows), key=repr)
    return found


def test_what_a_batch_carries_to_the_next_changes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The views and index postings a batch leaves for the next (SQLite, nobody else
    writing) make the same rows, ids included, as reading them afresh in every batch."""
    import tracker.store.claim_views as claim_views
    import tracker.store.collection as collection_module
    from tracker.db import dialects

    path = write(tmp_path / "pool.jsonl", collection(160))
    loaded: list[int] = []
    load_views = claim_views.load_views

    def counted(conn: Any, claim_ids: Any) -> Any:
        views = load_views(conn, claim_ids)
        loaded.append(len(views))
        return views

    monkeypatch.setattr(claim_views, "load_views", counted)
    runs = {}
    for carried in (True, False):
        if not carried:
            monkeypatch.setattr(dialects, "write_mark", lambda conn: None)
        db = open_database(f"sqlite:///{tmp_path / f'carried-{carried}.db'}")
        loaded.clear()
        summary = Ingestor(db, standard_hooks(), batch_size=23).ingest(records(path))
        assert summary.counts[Outcome.NEW] == 160
        runs[carried] = (contents(db), sum(loaded))
        db.dispose()
    assert runs[True][0] == runs[False][0]
    assert runs[True][0]["relations"] and runs[True][0]["fact_memberships"]
    # carried: a stored claim's view is loaded once, not again in every later batch
    assert runs[True][1] < runs[False][1] / 2
    assert collection_module.Carried.MAX_VIEWS > 1000


def test_a_batch_reads_afresh_after_another_writer_or_a_rollback(tmp_path: Path) -> None:
    """What a batch carries is taken by the next only when that batch was committed and
    no other connection wrote in between."""
    from tracker.store.collection import Carried

    url = f"sqlite:///{tmp_path / 'tracker.db'}"
    db, other = open_database(url), open_database(url)
    carried = Carried()

    def batch(committed: bool = True) -> bool:
        """One write transaction that starts with the carried state; kept?"""
        with db.session() as session:
            carried.begin(session)
            kept = bool(carried.terms)
            carried.terms["marker"] = None  # what the batch leaves
        if committed:
            carried.committed()
        return kept

    assert not batch()
    assert batch()  # nobody else wrote
    with other.session() as session:
        session.execute(
            text("INSERT INTO sources (name, created_at) VALUES ('elsewhere', '2025-01-01')")
        )
    assert not batch()  # another connection committed meanwhile
    assert batch()
    batch(committed=False)
    assert not batch()  # the batch before was not committed
    db.dispose()
    other.dispose()


def test_best_of_is_the_order_of_sorting_every_pair() -> None:
    from tracker.store.collection import best_of

    rng = random.Random(3)
    for _ in range(300):
        scores = {
            rng.randrange(10_000): rng.choice([1.5, 2.0, rng.random() * 4])
            for _ in range(rng.randrange(0, 200))
        }
        for limit in (0, 1, 5, 50, 500):
            every = sorted(zip(scores.values(), scores.keys(), strict=True), reverse=True)
            assert best_of(scores, limit) == every[:limit]
