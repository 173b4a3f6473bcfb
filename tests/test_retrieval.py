"""`tracker match` and claim collections, on both backends."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tracker.match.retrieval import prepare

COLLECTION = [
    {
        "claim_id": "c1",
        "claim": "122 detainees released from Guantanamo have returned to terrorism.",
        "title": "Guantanamo detainees return",
        "date": "2016-03-01",
    },
    {
        "claim_id": "c2",
        "claim": "9 detainees released from Guantanamo were later killed.",
        "title": "Guantanamo deaths",
    },
    {
        "claim_id": "c3",
        "claim": "The city council approved a school budget of $48 million.",
        "title": "School budget approved",
        "speaker": "Mayor Ellen Park",
    },
    {
        "claim_id": "c4",
        "claim": "Die Regierung hat 26 Länder um Hilfe gebeten.",
        "title": "Hilfe aus 26 Ländern",
    },
]


@pytest.fixture(scope="module")
def collection_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("retrieval") / "factchecks.jsonl"
    path.write_text("\n".join(json.dumps(c) for c in COLLECTION) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def collection(cli, ingest_once, collection_file: Path):  # type: ignore[no-untyped-def]
    result = ingest_once(
        "--as-claims", str(collection_file), "--map", "id=claim_id,text=claim,claimant=speaker"
    )
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("ingested 4 claims: 4 new")
    return cli


def test_collection_records_are_claims_with_external_ids(collection) -> None:  # type: ignore[no-untyped-def]
    rows = json.loads(
        collection(
            "sql",
            "SELECT external_id, claim_text, claimant, source_name "
            "FROM claim_provenance p JOIN claims c ON c.id = p.claim_id "
            "ORDER BY external_id",
            "-f",
            "json",
        ).stdout
    )
    assert [r["external_id"] for r in rows] == ["c1", "c2", "c3", "c4"]
    assert rows[2]["claimant"] == "Mayor Ellen Park"
    assert {r["source_name"] for r in rows} == {"factchecks"}
    figures = json.loads(
        collection(
            "sql", "SELECT value, unit FROM claim_figures ORDER BY figure_id", "-f", "json"
        ).stdout
    )
    assert {"value": 122, "unit": "person"} in figures or {
        "value": 122,
        "unit": "detainee",
    } in figures


def test_reingesting_a_collection_is_idempotent(collection, collection_file: Path) -> None:  # type: ignore[no-untyped-def]
    again = collection(
        "ingest", "--as-claims", str(collection_file), "--map", "id=claim_id,text=claim"
    )
    assert "0 new, 4 unchanged" in again.stdout


def test_match_prefers_the_same_figure(collection) -> None:  # type: ignore[no-untyped-def]
    result = collection(
        "match",
        "Shocking: 122 detainees released from Guantanamo! https://t.co/x @someone #Gitmo",
        "--format",
        "jsonl",
    )
    [line] = [json.loads(x) for x in result.stdout.splitlines()]
    assert line["query_id"] == "1"
    ids = [m["external_id"] for m in line["matches"]]
    assert ids[0] == "c1" and "c2" in ids
    assert set(line["matches"][0]) == {
        "claim_id",
        "external_id",
        "score",
        "text",
        "verdicts",
        "value_flags",
    }
    assert line["matches"][0]["verdicts"] == []


def test_match_file_queries_and_read_only(collection, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    queries = tmp_path / "q.tsv"
    queries.write_text(
        "id\ttext\nq1\tCouncil approves $48 million budget for schools\n"
        "q2\t26 Länder um Hilfe gebeten\n",
        encoding="utf-8",
    )
    before = collection("sql", "SELECT count(*) AS n FROM claims", "-f", "csv").stdout
    lines = [
        json.loads(x)
        for x in collection(
            "match", "--file", str(queries), "--top", "2", "--format", "jsonl"
        ).stdout.splitlines()
    ]
    assert [x["query_id"] for x in lines] == ["q1", "q2"]
    assert lines[0]["matches"][0]["external_id"] == "c3"
    assert lines[1]["matches"][0]["external_id"] == "c4"
    assert collection("sql", "SELECT count(*) AS n FROM claims", "-f", "csv").stdout == before
    stored = collection("match", "--file", str(queries), "--store", "--format", "jsonl")
    assert stored.exit_code == 0
    assert collection("sql", "SELECT count(*) AS n FROM claims", "-f", "csv").stdout == "n\n6\n"


def test_match_table_output(collection) -> None:  # type: ignore[no-untyped-def]
    table = collection("match", "school budget of 48 million dollars", "--top", "1").stdout
    assert table.splitlines()[0].split() == [
        "rank",
        "score",
        "claim_id",
        "external_id",
        "source",
        "stated_at",
        "text",
    ]
    assert "c3" in table.splitlines()[2]


def test_tweet_cleaning() -> None:
    query = prepare(
        "Big news! #GuantanamoBay 122 detainees released https://t.co/abc via @user "
        "— Jane Doe (@janedoe) January 6, 2020",
        "en",
    )
    assert "t.co" not in query.text and "@user" not in query.text and "Jane Doe" not in query.text
    assert {"guantanamo", "bay"} <= set(query.terms)
