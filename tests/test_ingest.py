"""The ingest service on both backends: idempotency, versions, failures, atomicity."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import func, select

from tests.conftest import shared_data
from tracker.db import Database
from tracker.db.models import Article, IngestRun, Source
from tracker.readers import ArticleRecord, read_inputs
from tracker.store.ingest import Ingestor, Outcome


def count(db: Database, model: type) -> int:
    with db.session() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def ingest(db: Database, *paths: Path | str, **kwargs):  # type: ignore[no-untyped-def]
    return Ingestor(db).ingest(read_inputs([str(p) for p in paths], **kwargs))


def test_seed_and_dev_twice_leaves_ten_articles(db: Database) -> None:
    seed = shared_data("seed-article-de.txt")
    dev = shared_data("stories/dev.jsonl")
    first = ingest(db, seed, dev)
    assert first.counts[Outcome.NEW] == 10 and not first.failures
    second = ingest(db, seed, dev)
    assert second.counts[Outcome.UNCHANGED] == 10 and second.counts[Outcome.NEW] == 0
    assert count(db, Article) == 10
    assert count(db, Source) == 6
    with db.session() as session:
        seed_article = session.scalar(select(Article).where(Article.url.is_(None)))
        assert seed_article is not None
        assert seed_article.title.startswith("Selensky fordert")
        assert seed_article.language == "de" and seed_article.published_at is None
        runs = session.scalars(select(IngestRun).order_by(IngestRun.id)).all()
        assert [(r.new_count, r.unchanged_count, r.status) for r in runs] == [
            (10, 0, "done"),
            (0, 10, "done"),
        ]


def test_changed_text_same_url_is_a_new_version(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    base = {"url": "https://a.example/1", "source": "A", "title": "T", "text": "Erste Fassung."}
    path.write_text(json.dumps(base) + "\n", encoding="utf-8")
    ingest(db, path)
    path.write_text(json.dumps({**base, "text": "Zweite Fassung."}) + "\n", encoding="utf-8")
    summary = ingest(db, path)
    assert summary.counts[Outcome.VERSION] == 1
    assert ingest(db, path).counts[Outcome.UNCHANGED] == 1
    with db.session() as session:
        v1, v2 = session.scalars(select(Article).order_by(Article.version)).all()
        assert (v1.version, v2.version) == (1, 2)
        assert v2.previous_version_id == v1.id
        assert v1.text == "Erste Fassung."  # history is kept


def test_text_without_url_is_identified_by_hash(db: Database, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Titel\n\nGleicher Text.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Anderer Titel\n\nGleicher Text.", encoding="utf-8")
    summary = ingest(db, tmp_path / "a.txt", tmp_path / "b.txt")
    assert (summary.counts[Outcome.NEW], summary.counts[Outcome.UNCHANGED]) == (1, 1)


def test_bad_inputs_do_not_stop_the_batch(db: Database, tmp_path: Path) -> None:
    (tmp_path / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    (tmp_path / "empty.md").write_bytes(b"")
    lines = [
        json.dumps({"url": "https://a.example/1", "text": "Eins."}),
        '{"url": "https://a.example/2", "text": ',
        json.dumps({"url": "https://a.example/3", "text": "Drei."}),
    ]
    (tmp_path / "mixed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (tmp_path / "good.txt").write_text("Titel\n\nGut.", encoding="utf-8")
    summary = ingest(db, tmp_path)
    assert summary.counts[Outcome.NEW] == 3
    assert summary.failed == 3
    assert sorted(e.origin for e in summary.failures) == sorted(
        [
            str(tmp_path / "binary.txt"),
            str(tmp_path / "empty.md"),
            f"{tmp_path / 'mixed.jsonl'}:2",
        ]
    )
    assert count(db, Article) == 3


def test_failure_inside_the_transaction_leaves_nothing(db: Database) -> None:
    def explode(session, article, record):  # type: ignore[no-untyped-def]
        raise RuntimeError("extractor broke")

    records = [
        ArticleRecord(text="Gut.", origin="a", source="Neue Quelle"),
    ]
    summary = Ingestor(db, hooks=[explode]).ingest(records)
    assert summary.failed == 1
    assert summary.failures[0].problem == "not stored: RuntimeError: extractor broke"
    assert count(db, Article) == 0
    assert count(db, Source) == 0  # the source made in that transaction is gone too
    # and the same ingestor keeps working afterwards
    assert Ingestor(db).ingest(records).counts[Outcome.NEW] == 1
    assert count(db, Source) == 1
