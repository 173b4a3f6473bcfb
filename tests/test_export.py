"""Exports (jsonl, csv, ClaimReview and PROV JSON-LD) and `tracker import`, on both backends."""

from __future__ import annotations

import atexit
import csv
import io
import json
import shutil
import tempfile
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from pyld import jsonld
from sqlalchemy import Engine, func, select, text

from tests.conftest import EXAMPLES, SHARED_DATA
from tracker.cli import main
from tracker.db.base import Base
from tracker.db.engine import create_engine_for

DEV_STORIES = SHARED_DATA / "stories" / "dev.jsonl"
SCHEMA = "http://schema.org/"
PROV = "http://www.w3.org/ns/prov#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"


def story_paths() -> list[str]:
    """The dev story set when this checkout has the shared data, and the examples."""
    paths = [str(DEV_STORIES)] if DEV_STORIES.exists() else []
    return [*paths, str(EXAMPLES)]


def ingest_stories(cli: Any) -> None:
    result = cli("ingest", *story_paths())
    assert result.exit_code == 0, result.output
    assert " 0 failed" in result.output


_STORIES: dict[str, str] = {}


def _stories_folder() -> Path:
    """A folder for this test run's story files, removed at exit."""
    if "folder" not in _STORIES:
        folder = tempfile.mkdtemp(prefix="tracker-stories-")
        atexit.register(shutil.rmtree, folder, True)
        _STORIES["folder"] = folder
    return Path(_STORIES["folder"])


def stories_database() -> Path:
    """A SQLite database with the stories ingested, made once per test run: read it or
    copy it, never write to it."""
    database = _stories_folder() / "stories.db"
    if "database" not in _STORIES:
        result = CliRunner().invoke(main, ["-d", str(database), "ingest", *story_paths()])
        assert result.exit_code == 0, result.output
        _STORIES["database"] = str(database)
    return database


def stories_export() -> str:
    """The stories ingested once per test run (into SQLite) and exported as jsonl."""
    if "jsonl" not in _STORIES:
        result = CliRunner().invoke(main, ["-d", str(stories_database()), "export"])
        assert result.exit_code == 0, result.output
        _STORIES["jsonl"] = result.stdout
    return _STORIES["jsonl"]


def stories_export_file() -> Path:
    """`stories_export()` in a file, written once per test run."""
    path = _stories_folder() / "stories.jsonl"
    if "path" not in _STORIES:
        path.write_text(stories_export(), encoding="utf-8")
        _STORIES["path"] = str(path)
    return path


def load_stories(cli_once: Any) -> None:
    """The stories in the test database, fast: `tracker import` of the export made once
    (the round-trip test shows that this recreates what ingest made), through the
    `cli_once` fixture (a copy of the imported database when it is the first write)."""
    result = cli_once("import", str(stories_export_file()))
    assert result.exit_code == 0, result.output


def table_counts(engine: Engine) -> dict[str, int]:
    """Rows per table; of the fact history only what the export carries: facts that hold
    figures, and the memberships in force (merged facts and past memberships stay home)."""
    with engine.connect() as conn:
        counts = {
            t.name: conn.execute(select(func.count()).select_from(t)).scalar_one()
            for t in Base.metadata.sorted_tables
        }
        counts["facts"] = conn.execute(
            text("SELECT count(*) FROM facts WHERE id IN (SELECT fact_id FROM figures)")
        ).scalar_one()
        counts["fact_memberships"] = conn.execute(
            text("SELECT count(*) FROM fact_memberships WHERE superseded_at IS NULL")
        ).scalar_one()
        return counts


def index_state(engine: Engine) -> tuple[Any, ...]:
    with engine.connect() as conn:
        terms = conn.execute(text("SELECT term, df FROM index_terms ORDER BY term")).all()
        stats = conn.execute(text("SELECT claims, total_length FROM index_stats")).all()
    return tuple(terms), tuple(stats)


def wipe(engine: Engine) -> None:
    """Delete every row (ids go on counting on PostgreSQL: they must not matter)."""
    with engine.begin() as conn:
        for table in reversed(Base.metadata.sorted_tables):
            conn.execute(table.delete())


def without_ids(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: without_ids(v) for k, v in value.items() if k != "id"}
    if isinstance(value, list):
        return [without_ids(v) for v in value]
    return value


def lines_of(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.mark.slow
def test_jsonl_round_trip_into_an_empty_database_and_idempotent_import(
    cli, db_url: str, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    ingest_stories(cli)
    first, second, third = (tmp_path / f"export{i}.jsonl" for i in (1, 2, 3))
    assert cli("export", "--format", "jsonl", "-o", str(first)).exit_code == 0
    engine = create_engine_for(db_url)
    counts, index = table_counts(engine), index_state(engine)
    wipe(engine)

    result = cli("import", str(first))
    assert result.exit_code == 0, result.output
    assert f"{counts['claims']} claims" in result.stdout
    assert "already there" not in result.stdout
    assert cli("export", "--format", "jsonl", "-o", str(second)).exit_code == 0
    exported, again = lines_of(first), lines_of(second)
    assert [line["type"] for line in exported] == [line["type"] for line in again]
    assert without_ids(exported) == without_ids(again)
    after = table_counts(engine)
    assert {k: v for k, v in after.items() if k != "ingest_runs"} == {
        k: v for k, v in counts.items() if k != "ingest_runs"
    }
    assert index_state(engine) == index  # later ingests match against imported claims

    # The same file again changes nothing at all.
    result = cli("import", str(first))
    assert result.exit_code == 0, result.output
    assert f"0 claims ({counts['claims']} already there)" in result.stdout
    assert table_counts(engine) == after
    assert index_state(engine) == index
    assert cli("export", "-o", str(third)).exit_code == 0
    assert third.read_bytes() == second.read_bytes()
    engine.dispose()


def test_import_adds_only_what_a_database_lacks(cli, cli_once, db_url: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert cli("ingest", str(EXAMPLES / "hafenbrand-tag1.md")).exit_code == 0
    load_stories(cli_once)
    engine = create_engine_for(db_url)
    merged = table_counts(engine)
    wipe(engine)
    load_stories(cli_once)
    alone = table_counts(engine)
    engine.dispose()
    for name in ("articles", "claims", "figures", "relations"):
        assert merged[name] == alone[name], name


def test_import_refuses_bad_files_in_one_line_and_changes_nothing(
    cli, cli_once, db_url: str, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    load_stories(cli_once)
    good = tmp_path / "good.jsonl"
    assert cli("export", "--fact", "1", "-o", str(good)).exit_code == 0
    lines = good.read_text(encoding="utf-8").splitlines()
    article = next(i for i, line in enumerate(lines) if '"type": "article"' in line)
    edited = json.loads(lines[article])
    edited["text"] += " edited"
    cases = {
        "broken.jsonl": (lines[0] + "\n{not json\n", "broken.jsonl:2: broken JSON"),
        "headless.jsonl": ("\n".join(lines[1:]), "headless.jsonl:1: not a tracker export"),
        "future.jsonl": (
            lines[0].replace('"version": 1', '"version": 99'),
            "export format version 99",
        ),
        "edited.jsonl": (
            "\n".join([*lines[:article], json.dumps(edited), *lines[article + 1 :]]),
            f"edited.jsonl:{article + 1}: the article text does not match its sha256",
        ),
        "empty.jsonl": ("", "empty file"),
    }
    engine = create_engine_for(db_url)
    before = table_counts(engine)
    for name, (content, message) in cases.items():
        path = tmp_path / name
        path.write_text(content, encoding="utf-8")
        result = cli("import", str(path))
        assert result.exit_code == 1, name
        assert message in result.output, (name, result.output)
        assert "Traceback" not in result.output
        assert len(result.output.strip().splitlines()) == 1
    assert table_counts(engine) == before
    engine.dispose()


def test_csv_has_a_row_per_figure_with_flat_provenance(
    cli, cli_once, db_url: str, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    load_stories(cli_once)
    result = cli("export", "--format", "csv")
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    engine = create_engine_for(db_url)
    with engine.connect() as conn:
        figures = conn.execute(text("SELECT count(*) FROM claim_figures")).scalar_one()
    engine.dispose()
    assert len(rows) == figures
    first = rows[0]
    assert first["figure_negated"] in ("true", "false")
    assert first["stated_at"].endswith("Z") and "T" in first["stated_at"]
    assert first["article_url"].startswith("http") and len(first["article_sha256"]) == 64
    if DEV_STORIES.exists():
        evacuated = [r for r in rows if r["raw_text"] == "rund 1.200 Menschen"]
        assert len(evacuated) == 1
        row = evacuated[0]
        assert (row["value"], row["unit"], row["approx"]) == ("1200", "person", "about")
        assert (row["claimant"], row["source"]) == ("Petra Vogt", "Mittelauer Rundschau")
        assert row["stated_at"] == "2025-03-10T07:15:00Z"


def offline_loader(url: str, options: Any = None) -> dict[str, Any]:
    """schema.org's context without the network: its vocabulary is all a test needs."""
    assert url.rstrip("/") in ("https://schema.org", "http://schema.org"), url
    return {
        "contextUrl": None,
        "documentUrl": url,
        "document": {"@context": {"@vocab": SCHEMA}},
    }


def triples(document: dict[str, Any]) -> list[tuple[str, str, Any]]:
    dataset = jsonld.to_rdf(document, {"documentLoader": offline_loader})
    found = []
    for quad in dataset["@default"]:
        obj = quad["object"]
        value = obj["value"] if obj["type"] != "literal" else (obj["value"], obj.get("datatype"))
        found.append((quad["subject"]["value"], quad["predicate"]["value"], value))
    return found


def objects(found: list[tuple[str, str, Any]], subject: str, predicate: str) -> list[Any]:
    return [o for s, p, o in found if s == subject and p == predicate]


def value(obj: Any) -> Any:
    """A literal's lexical value (IRIs are plain strings already)."""
    return obj[0] if isinstance(obj, tuple) else obj


def test_claimreview_is_json_ld_with_claims_and_their_appearances(
    cli, cli_once, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    load_stories(cli_once)
    result = cli("export", "--format", "claimreview")
    assert result.exit_code == 0, result.output
    document = json.loads(result.stdout)
    assert document["@context"] == "https://schema.org"
    found = triples(document)
    claims = [s for s, p, o in found if p == RDF_TYPE and o == SCHEMA + "Claim"]
    assert len(claims) == len(document["@graph"]) > 0
    appearances = {}
    for claim in claims:
        assert objects(found, claim, SCHEMA + "text")
        (published,) = objects(found, claim, SCHEMA + "datePublished")
        assert published[0].endswith("Z")
        (first,) = objects(found, claim, SCHEMA + "firstAppearance")
        seen = objects(found, claim, SCHEMA + "appearance")
        urls = {value(o) for s in seen for o in objects(found, s, SCHEMA + "url")}
        assert value(objects(found, first, SCHEMA + "url")[0]) in urls
        for author in objects(found, claim, SCHEMA + "author"):
            kinds = objects(found, author, RDF_TYPE)
            assert kinds in ([SCHEMA + "Person"], [SCHEMA + "Organization"])
        appearances[value(objects(found, claim, SCHEMA + "text")[0])] = urls
    if DEV_STORIES.exists():
        # "3,500 evacuated" first in Tageblatt Ost, repeated by three other articles.
        # (the claim is grouped with the same figure in headlines: any of its texts)
        (urls,) = [u for t, u in appearances.items() if "Zahl der Evakuierten" in t]
        assert "https://tageblatt-ost.example/2025/03/11/flut-mittelau" in urls
        assert "https://continental-press.example/world/germany-flood-evacuations" in urls
        assert len(urls) >= 3


def test_prov_is_json_ld_with_entities_agents_and_times(cli, cli_once, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    load_stories(cli_once)
    result = cli("export", "--format", "prov")
    assert result.exit_code == 0, result.output
    document = json.loads(result.stdout)
    assert document["@context"]["prov"] == PROV
    found = triples(document)
    entities = {s for s, p, o in found if p == RDF_TYPE and o == PROV + "Entity"}
    claims = {s for s in entities if objects(found, s, PROV + "wasQuotedFrom")}
    assert claims
    for claim in claims:
        (article,) = objects(found, claim, PROV + "wasQuotedFrom")
        assert article in entities and article.startswith("ni:///sha-256;")
        # a fragment into the text, or into the title for a claim read from the headline
        assert claim.startswith(article + "#char=") or claim == article + "#title"
        (generated,) = objects(found, claim, PROV + "generatedAtTime")
        assert generated[1] == "http://www.w3.org/2001/XMLSchema#dateTime"
        (source,) = objects(found, article, PROV + "wasAttributedTo")
        assert PROV + "Organization" in objects(found, source, RDF_TYPE)
        for agent in objects(found, claim, PROV + "wasAttributedTo"):
            assert PROV + "Agent" in objects(found, agent, RDF_TYPE)
    relayed = [c for c in claims if objects(found, c, PROV + "wasDerivedFrom")]
    assert relayed, "the examples and stories have claims relayed through another source"
    for claim in relayed:
        (relay,) = objects(found, claim, PROV + "wasDerivedFrom")
        (relayer,) = objects(found, relay, PROV + "wasAttributedTo")
        assert objects(found, relayer, SCHEMA + "name")


def test_export_selection_and_output_file(cli, cli_once, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    load_stories(cli_once)
    facts = json.loads(cli("facts", "--format", "json", "-n", "0").stdout)
    fact = max(facts, key=lambda f: f["claims"])
    out = tmp_path / "fact.jsonl"
    result = cli("export", "--fact", str(fact["id"]), "-o", str(out))
    assert result.exit_code == 0, result.output
    assert f"to {out}" in result.output
    claims = [line for line in lines_of(out) if line["type"] == "claim"]
    assert len(claims) == fact["claims"]
    for claim in claims:
        assert fact["id"] in {f["fact"]["id"] for f in claim["figures"] if f["fact"]}
    assert out.read_text(encoding="utf-8") == cli("export", "--fact", str(fact["id"])).stdout
    again = cli("import", "-", input=out.read_text(encoding="utf-8"))
    assert again.exit_code == 0, again.output
    assert again.stdout.startswith("imported stdin: 0 articles (")
    assert f"0 claims ({fact['claims']} already there)" in again.stdout

    since = cli("export", "--format", "csv", "--since", "2025-05-01", "--until", "2025-06-01")
    stated = [r["stated_at"] for r in csv.DictReader(io.StringIO(since.stdout))]
    assert all("2025-05-01" <= s < "2025-06-01" for s in stated)
    missing = cli("export", "--fact", "99999")
    assert missing.exit_code == 1
    assert "no fact with id 99999" in missing.output
