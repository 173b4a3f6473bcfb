"""Newsroom inputs and fact-checking outputs end to end, on both backends: a folder of
a saved page, an RSS feed, an Atom feed, ClaimReview and JSON Lines with natural
dates; verdicts through ingest, `show claim`, `match`, the view, export, import and
ClaimReview out."""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from tests.test_export import lines_of, table_counts, wipe, without_ids
from tests.test_readers_web import MARKUP, NEWSROOM, PAGE, PAGE_URL
from tracker.db.engine import create_engine_for

FALSE_CLAIM = "Die Sanierung der Alten Mainbrücke kostet 40 Millionen Euro."
REVIEW_URL = "https://faktencheck.example/2025/06/mainbruecke-kosten"


def sql(cli: Any, statement: str) -> list[dict[str, Any]]:
    result = cli("sql", statement, "--format", "json")
    assert result.exit_code == 0, result.output
    rows: list[dict[str, Any]] = json.loads(result.stdout)
    return rows


@pytest.fixture(scope="module")
def newsroom_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The newsroom folder with two files no reader takes (read, never changed, by the tests)."""
    folder = tmp_path_factory.mktemp("newsroom") / "newsroom"
    shutil.copytree(NEWSROOM, folder)
    (folder / "scan.pdf").write_bytes(b"%PDF-1.7 ...")
    (folder / "notes.docx").write_bytes(b"PK\x03\x04...")
    return folder


@pytest.fixture
def newsroom(cli, ingest_once, newsroom_folder: Path):  # type: ignore[no-untyped-def]
    folder = newsroom_folder
    result = ingest_once(str(folder))
    assert result.exit_code == 0, result.output
    return cli, folder, result


def test_a_newsroom_folder_is_stored_whole_without_markup(newsroom) -> None:  # type: ignore[no-untyped-def]
    cli, folder, result = newsroom
    # 1 page + 3 RSS entries (one of them is the page: stored once) + 2 Atom entries
    # + 3 ClaimReview claims + 5 JSON lines.
    assert result.stdout == (
        "ingested 14 articles: 13 new, 1 unchanged, 0 new versions, 0 failed (run 1); "
        "2 files skipped: 1 .docx, 1 .pdf (no reader)\n"
    )
    assert result.stderr == (
        f"warning: {folder / 'meldungen.jsonl'}:5: published: 'irgendwann im Juni' is not a "
        "date tracker understands (use ISO 8601, e.g. 2025-03-10T08:15:00+01:00, or 10 March "
        "2025); stored without it\n"
    )
    articles = sql(cli, "SELECT url, title, text, published_at, language FROM articles")
    assert len(articles) == 13
    [page] = [a for a in articles if a["url"] == PAGE_URL]
    assert page["title"] == "Alte Mainbrücke bleibt bis Oktober gesperrt"
    assert page["language"] == "de" and page["published_at"].startswith("2025-06-17")
    claims = sql(cli, "SELECT claim_text, claimant, source_name FROM claim_provenance")
    assert len(claims) >= 20
    for row in [*claims, *articles]:
        for value in row.values():
            assert not (isinstance(value, str) and MARKUP.search(value)), value
    texts = " ".join(c["claim_text"] for c in claims)
    for boilerplate in ("Cookies", "Kommentare", "20 Millionen", "Meistgelesen", "Impressum"):
        assert boilerplate not in texts
    # Offsets point into the extracted text (into the title for a claim read from the
    # headline, sentence index -1).
    spans = sql(
        cli,
        "SELECT c.text, a.text AS article_text, a.title, c.span_start, c.span_end, "
        "c.sentence_index FROM claims c JOIN articles a ON a.id = c.article_id",
    )
    for span in spans:
        stored = span["title"] if span["sentence_index"] == -1 else span["article_text"]
        assert stored[span["span_start"] : span["span_end"]] == span["text"]
    dated = sql(cli, "SELECT published_at FROM articles WHERE url LIKE 'https://rma.example/%'")
    assert sorted(d["published_at"][:16].replace("T", " ") for d in dated) == [
        "2025-06-18 00:00",  # "June 18, 2025"
        "2025-06-19 06:00",  # "Thu, 19 Jun 2025 08:00:00 +0200", stored in UTC
    ]
    fact_checked = sql(cli, "SELECT claimant, source_name FROM claim_verdicts ORDER BY claimant")
    assert fact_checked == [
        {"claimant": "Lindenau Drivers' Club", "source_name": "driversclub.example"},
        {"claimant": "Peter Brandt", "source_name": "social.example"},
        {"claimant": "Stadtverwaltung Lindenau", "source_name": "lindenau.example"},
    ]

    again = cli("ingest", str(folder))
    assert again.stdout.startswith("ingested 14 articles: 0 new, 14 unchanged")


def test_the_same_page_again_is_the_same_article(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page = tmp_path / "page.html"
    shutil.copy(PAGE, page)
    assert cli("ingest", str(page)).stdout.startswith("ingested 1 article: 1 new")
    # Saved again a day later: other teasers and a new comment, the same article text.
    html = PAGE.read_text(encoding="utf-8")
    resaved = html.replace("Stadtlauf: 900 Läufer am Start", "Kirmes: 40 Fahrgeschäfte").replace(
        "<h2>Kommentare (2)</h2>", "<h2>Kommentare (3)</h2><p>Neu: 5 Euro sind zu viel.</p>"
    )
    page.write_text(resaved, encoding="utf-8")
    assert cli("ingest", str(page)).stdout.startswith("ingested 1 article: 0 new, 1 unchanged")
    # The article itself changed: a new version under the same URL.
    page.write_text(resaved.replace("rund 8,5 Millionen Euro", "rund 9 Millionen Euro"), "utf-8")
    assert cli("ingest", str(page)).stdout.startswith(
        "ingested 1 article: 0 new, 0 unchanged, 1 new version"
    )
    rows = sql(cli, "SELECT version, sha256, file_sha256 FROM articles ORDER BY version")
    assert [r["version"] for r in rows] == [1, 2]
    assert all(len(r["file_sha256"]) == 64 and r["file_sha256"] != r["sha256"] for r in rows)


def test_verdicts_in_show_claim_and_match(newsroom) -> None:  # type: ignore[no-untyped-def]
    cli, _, _ = newsroom
    [row] = sql(cli, f"SELECT claim_id FROM claim_verdicts WHERE claim_text = '{FALSE_CLAIM}'")
    shown = cli("show", "claim", str(row["claim_id"])).stdout
    assert (
        "  verdicts\n"
        "    Falsch (1/5), Faktencheck Lindenau, 2025-06-19\n"
        f"      {REVIEW_URL}\n"
        "      claim seen at https://social.example/pbrandt/status/1789\n"
    ) in shown
    assert "Peter Brandt" in shown.splitlines()[1]  # the claimant, not the fact-checker
    detail = json.loads(cli("show", "claim", str(row["claim_id"]), "-f", "json").stdout)
    assert detail["verdicts"][0]["rating"] == "Falsch"

    query = "Die Sanierung der Mainbrücke kostet 40 Millionen Euro"
    table = cli("match", query, "--top", "2").stdout.splitlines()
    assert table[0].split()[-4:-2] == ["verdict", "text"]
    assert table[0].split()[-2:] == ["review_url", "value_flag"]  # another claim, another cost
    assert "Falsch (1/5), Faktencheck Lindenau, 2025-06-19" in table[2]
    [line] = [json.loads(x) for x in cli("match", query, "--format", "jsonl").stdout.splitlines()]
    best = line["matches"][0]
    assert best["text"] == FALSE_CLAIM
    assert best["verdicts"] == [
        {
            "rating": "Falsch",
            "rating_value": 1,
            "best_rating": 5,
            "worst_rating": 1,
            "reviewer": "Faktencheck Lindenau",
            "review_url": REVIEW_URL,
            "reviewed_at": "2025-06-19T00:00:00+00:00",
        }
    ]
    assert all(m["verdicts"] == [] for m in line["matches"][1:])


def test_a_changed_rating_is_a_new_verdict(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "checks.jsonl"
    row = {"id": "c1", "claim": "Die Fähre fasst 300 Fahrgäste.", "date": "19 June 2025"}
    path.write_text(json.dumps({**row, "rating": "Unbelegt", "reviewer": "Fährcheck"}) + "\n")
    assert cli("ingest", "--as-claims", str(path)).exit_code == 0
    assert cli("ingest", "--as-claims", str(path)).stdout.startswith(
        "ingested 1 claim: 0 new, 1 unchanged"
    )
    path.write_text(
        json.dumps(
            {**row, "rating": "Falsch", "reviewer": "Fährcheck", "review_date": "1 July 2025"}
        )
        + "\n"
    )
    assert cli("ingest", "--as-claims", str(path)).stdout.startswith(
        "ingested 1 claim: 0 new, 1 unchanged"
    )
    verdicts = sql(cli, "SELECT rating, latest FROM claim_verdicts ORDER BY verdict_id")
    assert [(v["rating"], bool(v["latest"])) for v in verdicts] == [
        ("Unbelegt", False),
        ("Falsch", True),
    ]
    assert sql(cli, "SELECT count(*) AS n FROM claims") == [{"n": 1}]


def test_verdicts_round_trip_through_export_and_import(
    newsroom, db_url: str, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    cli, _, _ = newsroom
    first, second = tmp_path / "first.jsonl", tmp_path / "second.jsonl"
    exported = cli("export", "-o", str(first))
    assert "3 verdicts" in exported.stderr
    claim_lines = [line for line in lines_of(first) if line["type"] == "claim"]
    [rated] = [line for line in claim_lines if line["text"] == FALSE_CLAIM]
    [verdict] = rated["verdicts"]
    assert (verdict["rating"], verdict["reviewer"], verdict["reviewed_at"]) == (
        "Falsch",
        "Faktencheck Lindenau",
        "2025-06-19T00:00:00Z",
    )
    engine = create_engine_for(db_url)
    before = table_counts(engine)
    wipe(engine)
    result = cli("import", str(first))
    assert result.exit_code == 0, result.output
    assert "3 verdicts" in result.stdout
    assert cli("export", "-o", str(second)).exit_code == 0
    assert without_ids(lines_of(first)[1:]) == without_ids(lines_of(second)[1:])
    again = cli("import", str(first))
    assert "0 verdicts (3 already there)" in again.stdout
    after = table_counts(engine)
    assert after["verdicts"] == before["verdicts"] == 3
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM claim_verdicts")).scalar_one() == 3
    engine.dispose()
    # ... and the imported verdicts answer `match` as the ingested ones did.
    [line] = [
        json.loads(x)
        for x in cli("match", FALSE_CLAIM, "--top", "1", "-f", "jsonl").stdout.splitlines()
    ]
    assert line["matches"][0]["verdicts"][0]["rating"] == "Falsch"


def required_claimreview_fields(node: dict[str, Any]) -> list[str]:
    """What fact-check markup requires of a ClaimReview (written apart from the code
    under test): the missing properties."""
    problems = []
    if node.get("@type") != "ClaimReview":
        problems.append("@type")
    if not (isinstance(node.get("claimReviewed"), str) and node["claimReviewed"].strip()):
        problems.append("claimReviewed")
    if not re.match(r"^https?://", node.get("url") or ""):
        problems.append("url")
    if not re.match(r"^\d{4}-\d{2}-\d{2}", node.get("datePublished") or ""):
        problems.append("datePublished")
    author = node.get("author") or {}
    if author.get("@type") not in ("Organization", "Person") or not author.get("name"):
        problems.append("author")
    rating = node.get("reviewRating") or {}
    if rating.get("@type") != "Rating" or not rating.get("alternateName"):
        problems.append("reviewRating.alternateName")
    if "ratingValue" in rating:
        low, high = rating.get("worstRating", 1), rating.get("bestRating", 5)
        if not low <= rating["ratingValue"] <= high:
            problems.append("reviewRating.ratingValue")
    item = node.get("itemReviewed") or {}
    if item.get("@type") != "Claim":
        problems.append("itemReviewed")
    if not (item.get("author") or {}).get("name"):
        problems.append("itemReviewed.author")
    if not re.match(r"^\d{4}-\d{2}-\d{2}", item.get("datePublished") or ""):
        problems.append("itemReviewed.datePublished")
    return problems


def test_claimreview_out_of_imported_verdicts_has_the_required_fields(
    newsroom, db_url: str, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    cli, _, _ = newsroom
    path = tmp_path / "export.jsonl"
    assert cli("export", "-o", str(path)).exit_code == 0
    engine = create_engine_for(db_url)
    wipe(engine)
    engine.dispose()
    assert cli("import", str(path)).exit_code == 0
    result = cli("export", "--format", "claimreview")
    assert result.exit_code == 0, result.output
    document = json.loads(result.stdout)
    reviews = [n for n in document["@graph"] if n["@type"] == "ClaimReview"]
    claims = [n for n in document["@graph"] if n["@type"] == "Claim"]
    assert result.stderr == f"exported 3 ClaimReview, {len(claims)} Claim\n"
    assert len(reviews) == 3 and claims
    for review in reviews:
        assert required_claimreview_fields(review) == [], review
    [false] = [r for r in reviews if r["claimReviewed"] == FALSE_CLAIM]
    assert false["url"] == REVIEW_URL
    assert false["author"] == {
        "@type": "Organization",
        "name": "Faktencheck Lindenau",
        "url": "https://faktencheck.example",
    }
    assert false["reviewRating"] == {
        "@type": "Rating",
        "alternateName": "Falsch",
        "ratingValue": 1,
        "bestRating": 5,
        "worstRating": 1,
    }
    item = false["itemReviewed"]
    # the ClaimReview file says the claimant is a Person: so does the export
    assert item["author"] == {"@type": "Person", "name": "Peter Brandt"}
    assert item["datePublished"] == "2025-06-18T00:00:00Z"
    assert item["firstAppearance"]["url"] == "https://social.example/pbrandt/status/1789"
    # Claims without a verdict stay schema.org Claim with their appearances.
    for claim in claims:
        assert claim["appearance"] and "reviewRating" not in claim
    # The validator catches what is missing.
    broken = {**false, "itemReviewed": {**item, "author": {}}}
    del broken["url"]
    assert required_claimreview_fields(broken) == ["url", "itemReviewed.author"]


def test_csv_and_view_carry_verdicts(newsroom) -> None:  # type: ignore[no-untyped-def]
    cli, _, _ = newsroom
    rows = list(csv.DictReader(io.StringIO(cli("export", "--format", "csv").stdout)))
    [rated] = [r for r in rows if r["claim_text"] == FALSE_CLAIM]
    assert (rated["rating"], rated["rating_value"], rated["reviewer"], rated["review_url"]) == (
        "Falsch",
        "1",
        "Faktencheck Lindenau",
        REVIEW_URL,
    )
    assert rated["reviewed_at"] == "2025-06-19T00:00:00Z"
    rated_claims = {r["claim_text"] for r in rows if r["rating"]}
    assert rated_claims == {
        FALSE_CLAIM,
        "Gutachter haben an der Alten Mainbrücke 14 Risse gefunden.",
        "About 50,000 vehicles cross Lindenau's Old Main Bridge every day.",
    }


def test_collection_with_verdict_columns(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "politik-checks.tsv"
    path.write_text(
        "claim_id\tclaim\tspeaker\tdate\tverdict\turl\tfact_checker\n"
        "p1\tDie Stadt hat 26 neue Busse gekauft.\tMaria Lenz\t26 May 2015\tFalse\thttps://pc.example/p1\tPolitikCheck\n"
        "p2\tDie Stadt hat 300 Lehrer eingestellt.\t\t10. März 2025\t\t\t\n",
        encoding="utf-8",
    )
    result = cli("ingest", "--as-claims", str(path), "--map", "id=claim_id,claimant=speaker")
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("ingested 2 claims: 2 new")
    rows = sql(
        cli,
        "SELECT external_id, claimant, rating, reviewer, review_url, stated_at FROM claim_verdicts",
    )
    assert len(rows) == 1
    row = rows[0]
    assert (row["external_id"], row["claimant"], row["rating"], row["reviewer"]) == (
        "p1",
        "Maria Lenz",
        "False",
        "PolitikCheck",
    )
    assert row["review_url"] == "https://pc.example/p1"
    dates = sql(cli, "SELECT external_id, published_at FROM articles ORDER BY external_id")
    assert [d["published_at"][:10] for d in dates] == ["2015-05-26", "2025-03-10"]


def test_a_page_from_stdin_and_formats_that_are_not_collections(cli) -> None:  # type: ignore[no-untyped-def]
    result = cli("ingest", "-", input=PAGE.read_bytes())
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("ingested 1 article: 1 new")
    [article] = sql(cli, "SELECT url, title, origin FROM articles")
    assert article == {
        "url": PAGE_URL,
        "title": "Alte Mainbrücke bleibt bis Oktober gesperrt",
        "origin": "<stdin>",
    }
    refused = cli("ingest", "--as-claims", "--format", "html", str(PAGE))
    assert refused.exit_code == 2
    assert "--as-claims reads claim collections" in refused.output
    forced = cli("ingest", "--format", "atom", str(NEWSROOM / "mainvalley.atom"))
    assert forced.stdout.startswith("ingested 2 articles: 2 new")
