"""Issue 13: the raw-word BM25 base, re-ranking only its top, value flags, many
queries in one process, embedding at ingest, verdicts from import to export."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from sqlalchemy import delete, func, select

from tracker.db import open_database
from tracker.db.models import ClaimWord, WordStats, WordTerm
from tracker.match import retrieval, semantic
from tracker.match.retrieval import CandidateClaim, Scored, order
from tracker.match.words import query_words, words
from tracker.store import vectors
from tracker.store.index import WordIndex, index_missing
from tracker.store.retrieval import Retriever

CLAIMS = [
    {"id": "a", "text": "It was not me, the mayor said about the broken fountain."},
    {"id": "b", "text": "26 countries agreed to provide security guarantees to Ukraine."},
    {"id": "c", "text": "The council approved 40 new school buses."},
    {"id": "d", "text": "The council approved 40 new flood barriers."},
]


def write_claims(path: Path, claims: list[dict[str, str]]) -> Path:
    path.write_text("\n".join(json.dumps(c) for c in claims) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def claims(cli, tmp_path: Path):  # type: ignore[no-untyped-def]
    result = cli("ingest", "--as-claims", str(write_claims(tmp_path / "c.jsonl", CLAIMS)))
    assert result.exit_code == 0, result.output
    return cli


def test_words_are_folded_and_keep_everything() -> None:
    assert words("It was NOT me — Zürich's 26 Länder!") == [
        "it", "was", "not", "me", "zuerich", "s", "26", "laender",
    ]  # fmt: skip
    assert query_words("Look https://t.co/x pic.twitter.com/abc — Ann (@ann) May 2, 2020") == [
        "look", "ann", "ann", "may", "2", "2020",
    ]  # fmt: skip


def test_ingest_fills_the_word_index_and_a_backfill_rebuilds_it(claims, db_url: str) -> None:
    db = open_database(db_url)
    with db.session() as session:
        indexed = session.scalar(select(func.count(func.distinct(ClaimWord.claim_id))))
        assert indexed == len(CLAIMS)
        stats = WordIndex(session).stats()
        assert stats[0] == len(CLAIMS)
        before = sorted(session.execute(select(ClaimWord.term_id, ClaimWord.tf)).all())
        # as a database from before migration 0010: no words; the backfill adds them
        session.execute(delete(ClaimWord))
        session.execute(delete(WordTerm))
        session.execute(delete(WordStats))
    with db.session() as session:
        assert index_missing(session) == len(CLAIMS)
        assert index_missing(session) == 0
    with db.reader() as session:
        after = session.execute(select(func.count()).select_from(ClaimWord)).scalar_one()
        assert after == len(before)
        assert WordIndex(session).stats() == stats
    db.dispose()


def test_a_query_of_stop_words_is_found_through_the_words(claims, db_url: str) -> None:
    # "it was not me" has no key terms (stop words only): the key index alone finds nothing
    assert retrieval.prepare("It was not me").terms == ()
    db = open_database(db_url)
    with db.reader() as session:
        [best, *_] = Retriever(session, semantic=False).search("It was not me")
    assert best.external_id == "a" and best.components["bm25"] == 1.0
    db.dispose()


def _scored(claim_id: int, bm25: float, fuzzy: float) -> Scored:
    claim = CandidateClaim(claim_id, f"claim {claim_id}", (), (), "")
    return Scored(claim, {"bm25": bm25, "fuzzy": fuzzy})


def test_the_signals_only_reorder_the_top_of_the_base() -> None:
    base = [_scored(1, 1.0, 0.1), _scored(2, 0.9, 0.9), _scored(3, 0.5, 1.0)]
    weights = {"bm25": 1.0, "fuzzy": 5.0}
    # in the window, the fuzzy signal puts 3 first ...
    assert [s.claim.id for _, s in order(base, weights, window=3)] == [3, 2, 1]
    # ... outside it, 3 keeps its base place however well it scores otherwise
    ranked = order(base, weights, window=2)
    assert [s.claim.id for _, s in ranked] == [2, 1, 3]
    scores = [score for score, _ in ranked]
    assert scores == sorted(scores, reverse=True)


def test_a_different_figure_is_flagged(claims) -> None:  # type: ignore[no-untyped-def]
    query = "27 countries agreed to provide security guarantees to Ukraine"
    [line] = [json.loads(x) for x in claims("match", query, "-f", "jsonl").stdout.splitlines()]
    best = line["matches"][0]
    assert best["external_id"] == "b"
    assert best["value_flags"] == [
        {"unit": best["value_flags"][0]["unit"], "query": "27 countries", "claim": "26 countries"}
    ]
    table = claims("match", query).stdout
    assert "value_flag" in table and "query says 27 countries, claim says 26" in table
    same = claims("match", query.replace("27", "26"), "-f", "jsonl").stdout
    assert json.loads(same)["matches"][0]["value_flags"] == []
    assert "value_flag" not in claims("match", query.replace("27", "26")).stdout


def test_a_thousand_queries_in_one_process(
    claims, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    made = []
    real_init = Retriever.__init__

    def counting_init(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        made.append(self)
        real_init(self, *args, **kwargs)

    monkeypatch.setattr(Retriever, "__init__", counting_init)
    subjects = ["school buses", "flood barriers", "security guarantees", "broken fountain"]
    path = tmp_path / "queries.txt"
    path.write_text(
        "\n".join(f"the council and {subjects[i % 4]} number {i}" for i in range(1000)) + "\n",
        encoding="utf-8",
    )
    result = claims("match", "--file", str(path), "--top", "1", "-f", "jsonl")
    assert result.exit_code == 0, result.output
    lines = [json.loads(x) for x in result.stdout.splitlines()]
    assert [line["query_id"] for line in lines] == [str(i) for i in range(1, 1001)]
    expected = {"school buses": "c", "flood barriers": "d", "security guarantees": "b"}
    for i, line in enumerate(lines):
        want = expected.get(subjects[i % 4], "a")
        assert line["matches"][0]["external_id"] == want, line
    assert len(made) == 1  # one retriever (caches, statements) for all the queries
    jsonl = tmp_path / "queries.jsonl"
    jsonl.write_text('{"id": "x1", "text": "flood barriers"}\n', encoding="utf-8")
    [line] = claims("match", "--file", str(jsonl), "-f", "jsonl").stdout.splitlines()
    assert json.loads(line)["query_id"] == "x1"


class ToyModel:
    name = "toy"
    topics = ("school", "flood", "fountain", "countries")

    def __init__(self) -> None:
        self.batches: list[int] = []

    def _vector(self, text: str) -> np.ndarray:
        vector = np.array([1.0 if t in text.lower() else 0.0 for t in self.topics] + [0.1])
        return vector / np.linalg.norm(vector)

    def passages(self, texts):  # type: ignore[no-untyped-def]
        self.batches.append(len(texts))
        return np.vstack([self._vector(t) for t in texts])

    def query(self, text: str) -> np.ndarray:
        return self._vector(text)


def test_ingest_embeds_what_it_stores(
    cli, db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    model = ToyModel()
    monkeypatch.setattr(semantic, "load_model", lambda: model)
    monkeypatch.setenv("TRACKER_SEMANTIC", "auto")  # on: the model is "installed"
    result = cli("ingest", "--as-claims", str(write_claims(tmp_path / "c.jsonl", CLAIMS)))
    assert result.exit_code == 0, result.output
    assert "embedded 4 claims with toy" in result.stderr
    db = open_database(db_url)
    with db.reader() as session:
        assert vectors.count_vectors(session, "toy") == 4
        found = Retriever(session).search("council approved 40 new flood barriers")
        assert found[0].external_id == "d" and "semantic" in found[0].components
    # an article ingested later: its claims only, none twice
    article = tmp_path / "news.txt"
    article.write_text("Flood news\n\nThe river rose by 3 metres on Monday.\n", encoding="utf-8")
    again = cli("ingest", str(article))
    assert "embedded 1 claims with toy" in again.stderr
    unchanged = cli("ingest", "--as-claims", str(tmp_path / "c.jsonl"))
    assert "embedded" not in unchanged.stderr
    with db.reader() as session:
        assert vectors.count_vectors(session, "toy") == 5
    # off: nothing embedded (tracker embed does it later)
    monkeypatch.setenv("TRACKER_SEMANTIC", "off")
    more = write_claims(tmp_path / "more.jsonl", [{"id": "e", "text": "A school closed."}])
    assert "embedded" not in cli("ingest", "--as-claims", str(more)).stderr
    with db.reader() as session:
        assert vectors.count_vectors(session, "toy") == 5
    assert cli("embed").stdout == "1 claims embedded with toy\n"
    db.dispose()


def test_semantic_setting_is_checked(cli, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    from click.testing import CliRunner

    from tracker.cli import main

    monkeypatch.setenv("TRACKER_SEMANTIC", "sometimes")
    result = CliRunner().invoke(main, ["facts"])
    assert result.exit_code != 0
    assert "TRACKER_SEMANTIC='sometimes' is not on, off or auto" in result.output


def test_verdicts_from_a_collection_through_match_and_export(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "checks.tsv"
    path.write_text(
        "claim_id\tclaim\trating\turl\treviewer\n"
        "v1\t26 countries agreed to provide security guarantees.\tFalse\t"
        "https://checks.example/v1\tCheckDesk\n",
        encoding="utf-8",
    )
    assert cli("ingest", "--as-claims", str(path), "--map", "id=claim_id").exit_code == 0
    [line] = cli("match", "26 countries agreed to guarantees", "-f", "jsonl").stdout.splitlines()
    [verdict] = json.loads(line)["matches"][0]["verdicts"]
    assert (verdict["rating"], verdict["reviewer"], verdict["review_url"]) == (
        "False",
        "CheckDesk",
        "https://checks.example/v1",
    )
    table = cli("match", "26 countries agreed to guarantees").stdout
    assert "False, CheckDesk" in table and "https://checks.example/v1" in table
    out = tmp_path / "export.jsonl"
    assert cli("export", "-o", str(out)).exit_code == 0
    exported = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    [claim] = [x for x in exported if x.get("type") == "claim"]
    [kept] = claim["verdicts"]
    assert (kept["rating"], kept["reviewer"], kept["review_url"]) == verdict_tuple(verdict)
    rows = json.loads(
        cli(
            "sql",
            "SELECT external_id, rating, reviewer, review_url FROM claim_verdicts",
            "-f",
            "json",
        ).stdout
    )
    assert rows == [
        {
            "external_id": "v1",
            "rating": "False",
            "reviewer": "CheckDesk",
            "review_url": "https://checks.example/v1",
        }
    ]


def verdict_tuple(verdict: dict[str, str]) -> tuple[str, str, str]:
    return (verdict["rating"], verdict["reviewer"], verdict["review_url"])
