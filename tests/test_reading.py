"""Reading the database as a person: no silent limits, newest first, --sort, fact
filters, the review queue, the terminal chart, plain CSV, --tz, shell completion,
progress totals and the Datasette metadata; on both backends."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from tests.conftest import REPO

DATA = Path(__file__).parent / "data" / "outage.jsonl"


def many_claims(tmp_path: Path, count: int) -> Path:
    """``count`` one-sentence articles, an hour apart, each with a figure."""
    lines = [
        json.dumps(
            {
                "url": f"https://feed.example/{i}",
                "source": "Feed",
                "published": f"2025-06-{1 + i // 24:02d}T{i % 24:02d}:00:00Z",
                "language": "de",
                "title": f"Meldung {i}",
                "text": f"In Ort{i}heim wurden {i + 2} Bäume gefällt, sagte der Förster.",
            }
        )
        for i in range(count)
    ]
    path = tmp_path / "many.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def story(cli, ingest_once):  # type: ignore[no-untyped-def]
    result = ingest_once(str(DATA))
    assert result.exit_code == 0, result.output
    return cli


@pytest.mark.slow
def test_no_silent_limits_and_newest_first(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert cli("ingest", str(many_claims(tmp_path, 105))).exit_code == 0
    table = cli("claims")
    assert table.stderr == "showing 100 of 105 (--limit N, --all)\n"
    assert len(table.stdout.splitlines()) == 102  # header, rule, 100 rows
    assert "Ort104heim" in table.stdout.splitlines()[2]  # newest first
    assert cli("claims", "--all").stderr == ""
    assert len(cli("claims", "--all").stdout.splitlines()) == 107
    assert cli("claims", "-n", "5").stderr == "showing 5 of 105 (--limit N, --all)\n"
    # Programs get everything unless they ask for less.
    assert len(json.loads(cli("claims", "--format", "json").stdout)) == 105
    assert len(cli("claims", "--format", "jsonl").stdout.splitlines()) == 105
    assert len(cli("claims", "--format", "csv").stdout.splitlines()) == 106
    assert len(json.loads(cli("claims", "-f", "json", "--limit", "7").stdout)) == 7
    oldest = json.loads(cli("claims", "-f", "json", "--sort", "oldest", "-n", "1").stdout)
    assert "Ort0heim" in oldest[0]["text"]
    newest = json.loads(cli("claims", "-f", "json", "-n", "2").stdout)
    assert newest[0]["stated_at"] > newest[1]["stated_at"]
    assert len(json.loads(cli("facts", "-f", "json").stdout)) == 105
    assert cli("facts").stderr == "showing 100 of 105 (--limit N, --all)\n"
    assert cli("articles").stderr == "showing 100 of 105 (--limit N, --all)\n"


def test_facts_are_named_in_their_claims_words(story) -> None:  # type: ignore[no-untyped-def]
    """A fact's name says what is measured and about whom, in the words of the language
    most of its claims use, with the day it was first stated; the lemma key is kept
    apart for machines (`facts.key`)."""
    facts = json.loads(story("facts", "-f", "json", "--sort", "claims").stdout)
    biggest = facts[0]
    # Five German claims and one English one about households without power.
    assert biggest["label"] == "Haushalte ohne Strom, Grünstadt, 3 Feb 2025"
    [stored] = json.loads(
        story(
            "sql",
            "SELECT label, key FROM facts WHERE id = :f",
            "-p",
            "f",
            str(biggest["id"]),
            "-f",
            "json",
        ).stdout
    )
    assert stored["label"] == biggest["label"]
    assert stored["key"].startswith("household: ") and "gruenstadt" in stored["key"]
    for fact in facts:
        assert not fact["label"].startswith(f"{fact['unit']}:"), fact["label"]
    shown = story("fact", str(biggest["id"]), "--no-chart").stdout
    assert shown.startswith(f"fact {biggest['id']}: {biggest['label']}\n")


def test_a_fact_name_comes_from_its_most_representative_claim() -> None:
    import datetime as dt

    from tracker.match.naming import NamedClaim, fact_name

    def named(claim_id: int, text: str, figure: str, language: str, place: str, day: int):  # type: ignore[no-untyped-def]
        start = text.index(figure)
        terms = ("kill", "attack", "kyiv") + (("russian",) if "ussi" in text else ())
        when = dt.datetime(2025, 11, day, 8, tzinfo=dt.UTC)
        return NamedClaim(
            claim_id, text, start, start + len(figure), language, (place,), when, terms
        )

    english = named(
        1,
        "At least 12 people were killed in a Russian attack on Kyiv, officials said.",
        "At least 12 people",
        "en",
        "Kyiv",
        29,
    )
    later = named(2, "The death toll of the attack on Kyiv rose to 14.", "14", "en", "Kyiv", 30)
    german = named(
        3,
        "Bei dem russischen Angriff auf Kiew wurden 12 Menschen getötet.",
        "12 Menschen",
        "de",
        "Kiew",
        29,
    )
    # Two English claims of three: an English name, from the claim the others share
    # most words with, without its number, dated by the first statement.
    assert fact_name([german, later, english]) == (
        "people killed in a Russian attack on Kyiv, 29 Nov 2025"
    )
    assert fact_name([german]) == "Menschen getötet, Kiew, 29 Nov 2025"


@pytest.mark.parametrize(
    ("text", "anchors", "names"),
    [
        (
            "Die EU-Kommission verhängte gegen Alphabet 2,95 Milliarden Euro, Donald Trump "
            "drohte mit Zöllen.",
            {"alphabet", "donald", "trump"},
            ("Alphabet", "Donald Trump"),
        ),
        (
            "The Environmental Protection Agency will permit gasoline with 15 percent ethanol.",
            {"environmental", "protection", "agency"},
            ("Environmental Protection Agency",),
        ),
        (
            "In Tuesday's shooting at Robb Elementary School in Uvalde, Texas, 19 children died.",
            {"tuesday", "robb", "elementary", "school", "uvalde", "texas"},
            ("Tuesday", "Robb Elementary School", "Uvalde", "Texas"),
        ),
    ],
)
def test_names_in_a_fact_name_are_whole(
    text: str, anchors: set[str], names: tuple[str, ...]
) -> None:
    """A name of several words is one name in a fact's name ("Donald Trump", not
    "Donald, Trump"), without a possessive ending; places first."""
    from tracker.store.facts import _surface_names

    assert _surface_names(text, frozenset(anchors)) == names


def test_relations_and_contradictions_newest_first_and_sorted(story) -> None:  # type: ignore[no-untyped-def]
    relations = json.loads(story("relations", "-f", "json").stdout)
    assert len(relations) >= 3
    times = [r["newer_stated_at"] for r in relations]
    assert times == sorted(times, reverse=True)
    by_score = json.loads(story("relations", "-f", "json", "--sort", "score").stdout)
    assert [r["score"] for r in by_score] == sorted((r["score"] for r in by_score), reverse=True)
    oldest = json.loads(story("relations", "-f", "json", "--sort", "oldest").stdout)
    assert [r["newer_stated_at"] for r in oldest] == sorted(times)
    contradictions = json.loads(story("contradictions", "-f", "json").stdout)
    assert contradictions
    stamps = [c["newer_stated_at"] for c in contradictions]
    assert stamps == sorted(stamps, reverse=True)
    assert (
        story("relations", "-n", "1").stderr
        == f"showing 1 of {len(relations)} (--limit N, --all)\n"
    )


def test_facts_min_claims_min_sources_and_sort(story) -> None:  # type: ignore[no-untyped-def]
    every = json.loads(story("facts", "-f", "json").stdout)
    big = json.loads(story("facts", "-f", "json", "--min-claims", "3").stdout)
    assert big and {f["id"] for f in big} == {f["id"] for f in every if f["claims"] >= 3}
    multi = json.loads(story("facts", "-f", "json", "--min-sources", "2").stdout)
    assert multi and {f["id"] for f in multi} == {f["id"] for f in every if f["sources"] >= 2}
    by_claims = json.loads(story("facts", "-f", "json", "--sort", "claims").stdout)
    assert [f["claims"] for f in by_claims] == sorted((f["claims"] for f in every), reverse=True)
    by_sources = json.loads(story("facts", "-f", "json", "--sort", "sources").stdout)
    assert [f["sources"] for f in by_sources] == sorted((f["sources"] for f in every), reverse=True)
    for fact in every:
        assert 1 <= fact["origins"] <= fact["claims"]


def test_a_fact_counts_outlets_and_origins_as_its_relations_do(story) -> None:  # type: ignore[no-untyped-def]
    """Sources are outlets; origins fall together where a repeat is not independent."""
    rows = json.loads(story("facts", "-f", "json", "--sort", "claims", "-n", "1").stdout)
    fact = rows[0]
    found = json.loads(
        story(
            "sql",
            "SELECT claim_id, source_name, claimant FROM fact_timeline WHERE fact_id = :f",
            "-p",
            "f",
            str(fact["id"]),
            "-f",
            "json",
        ).stdout
    )
    assert fact["sources"] == len({r["source_name"] for r in found})
    relations = json.loads(story("relations", "--fact", str(fact["id"]), "-f", "json").stdout)
    dependent = [r for r in relations if r["kind"] == "repeat" and r["independent"] is False]
    origins = {(r["claimant"] or r["source_name"]) for r in found}
    assert fact["origins"] <= len(origins)
    assert fact["origins"] >= len(origins) - len(dependent)
    detail = story("fact", str(fact["id"]), "--no-chart").stdout
    assert f"from {fact['sources']} sources ({fact['origins']} independent origin" in detail


def test_fact_draws_a_step_chart_and_gives_numbers_in_csv(story) -> None:  # type: ignore[no-untyped-def]
    fact = json.loads(story("contradictions", "-f", "json").stdout)[0]["fact_id"]
    text = story("fact", str(fact)).stdout
    chart = text.split("\n\n")[1].splitlines()
    assert any("✕" in line for line in chart)  # the contradicting value
    assert any("●" in line for line in chart)
    assert any("┘" in line or "┐" in line for line in chart)  # the step line
    assert chart[-1].endswith("times UTC")
    assert "✕" not in story("fact", str(fact), "--no-chart").stdout
    rows = list(csv.DictReader(io.StringIO(story("fact", str(fact), "-f", "csv").stdout)))
    assert rows and all(float(r["value"]) == float(r["value"]) for r in rows)
    assert all("," not in r["value"] and not r["value"].startswith("about") for r in rows)
    assert {r["negated"] for r in rows} <= {"true", "false"}
    detail = json.loads(story("fact", str(fact), "-f", "json").stdout)
    assert all(isinstance(t["value"], int | float) for t in detail["timeline"])


def test_a_fact_lists_undated_values_last(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A repeat whose article has no date comes after the value it repeats, on both
    backends (SQLite sorts a missing time first, PostgreSQL last)."""
    path = tmp_path / "undated.jsonl"
    text = "In Grünstadt sind nach dem Sturm rund 4.000 Haushalte ohne Strom, teilten die Stadtwerke Grünstadt mit."
    path.write_text(
        json.dumps(
            {
                "url": "https://a.example/1",
                "source": "Anzeiger",
                "published": "2025-02-03",
                "language": "de",
                "title": "Sturm",
                "text": text,
            }
        )
        + "\n"
        + json.dumps(
            {
                "url": "https://b.example/2",
                "source": "Kurier",
                "language": "de",
                "title": "Stromausfall",
                "text": text,
            }
        )
        + "\n",
        encoding="utf-8",
    )
    assert cli("ingest", str(path)).exit_code == 0
    [fact] = json.loads(cli("facts", "-f", "json").stdout)
    timeline = json.loads(cli("fact", str(fact["id"]), "-f", "json").stdout)["timeline"]
    assert [(t["source"], t["stated_at"] is None) for t in timeline] == [
        ("Anzeiger", False),
        ("Kurier", True),
    ]
    rows = list(csv.DictReader(io.StringIO(cli("fact", str(fact["id"]), "-f", "csv").stdout)))
    assert [r["source"] for r in rows] == ["Anzeiger", "Kurier"] and rows[1]["stated_at"] == ""


def test_csv_cells_are_plain_values(story) -> None:  # type: ignore[no-untyped-def]
    out = story("claims", "--with-figures", "-f", "csv").stdout
    assert "['" not in out and "True" not in out and "False" not in out
    rows = list(csv.DictReader(io.StringIO(out)))
    assert {r["negated"] for r in rows} <= {"true", "false"}
    several = [r for r in rows if ";" in r["figures"]]
    assert all(r["figures"].count("; ") >= 1 for r in several)
    facts = list(csv.DictReader(io.StringIO(story("facts", "-f", "csv").stdout)))
    assert all(r["claims"].isdigit() for r in facts)


def test_times_shown_in_a_time_zone(story, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    utc = json.loads(story("claims", "-f", "json", "-n", "1").stdout)[0]["stated_at"]
    berlin = json.loads(story("--tz", "Europe/Berlin", "claims", "-f", "json", "-n", "1").stdout)
    assert utc.endswith("+00:00") and berlin[0]["stated_at"].endswith(("+01:00", "+02:00"))
    table_utc = story("claims", "-n", "1").stdout
    monkeypatch.setenv("TRACKER_TZ", "Asia/Tokyo")
    table_tokyo = story("claims", "-n", "1").stdout
    assert table_utc != table_tokyo
    bad = story("--tz", "Mars/Olympus", "claims")
    assert bad.exit_code == 2 and "unknown time zone 'Mars/Olympus'" in bad.output


@pytest.fixture
def suggestions(cli, ingest_once, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """The outage story matched with a high automatic threshold: links are suggestions."""
    monkeypatch.setenv("TRACKER_AUTO_PROBABILITY", "0.99")
    monkeypatch.setenv("TRACKER_SUGGEST_PROBABILITY", "0.05")
    assert ingest_once(str(DATA)).exit_code == 0
    monkeypatch.delenv("TRACKER_AUTO_PROBABILITY")
    monkeypatch.delenv("TRACKER_SUGGEST_PROBABILITY")
    return cli


def test_review_shows_both_sides_and_decides_several(suggestions) -> None:  # type: ignore[no-untyped-def]
    cli = suggestions
    queue = json.loads(cli("review", "-f", "json").stdout)
    assert len(queue) >= 3
    entry = queue[0]
    for side in ("newer", "older"):
        assert {"text", "figure_span", "claimant", "source", "stated_at", "claim_id"} <= set(
            entry[side]
        )
    text = cli("review").stdout
    assert f"relation {entry['relation_id']}: {entry['kind']}?" in text
    start, end = entry["newer"]["figure_span"]
    marked = "»" + entry["newer"]["text"][start:end]
    assert marked.split()[0] in text
    assert " │ " in text  # side by side
    assert entry["newer"]["source"] in text and entry["older"]["source"] in text
    # The explanation as stored, name by name, in words and numbers (no Python reprs):
    # the link model's comparisons each with its level and weight, then the rest.
    explanation = entry["explanation"]
    comparisons = explanation.get("comparisons", [])
    words = " ".join(text.split())  # lines wrapped to the terminal
    for item in comparisons:
        assert f"{item['comparison']} {item['level']} {item['weight']:+.2f}" in words
    for name in explanation.keys() - ({"comparisons"} if comparisons else set()):
        assert name in words
    assert "{'" not in text and "[{" not in text
    ids = [str(q["relation_id"]) for q in queue[:2]]
    missing = cli("review", "confirm", ids[0], "999999")
    assert missing.exit_code == 1 and "no relation with id 999999" in missing.output
    assert len(json.loads(cli("review", "-f", "json").stdout)) == len(queue)  # nothing decided
    done = cli("review", "reject", *ids, "--note", "other incidents")
    assert done.exit_code == 0
    assert done.stdout.splitlines() == [
        f"relation {i}: {q['kind']} rejected" for i, q in zip(ids, queue, strict=False)
    ]
    left = json.loads(cli("review", "-f", "json").stdout)
    assert {str(q["relation_id"]) for q in left}.isdisjoint(ids)


def test_interactive_review_y_n_skip(suggestions) -> None:  # type: ignore[no-untyped-def]
    cli = suggestions
    queue = json.loads(cli("review", "-f", "json").stdout)
    assert len(queue) >= 3
    result = cli("review", "-i", input="y\nn\ns\nq\n")
    assert result.exit_code == 0, result.output
    assert f"[1/{len(queue)}] relation {queue[0]['relation_id']}" in result.stdout
    assert f"relation {queue[0]['relation_id']}: {queue[0]['kind']} confirmed" in result.stdout
    assert f"relation {queue[1]['relation_id']}: {queue[1]['kind']} rejected" in result.stdout
    assert result.stdout.rstrip().endswith(
        f"reviewed: 1 confirmed, 1 rejected, 1 skipped, {len(queue) - 3} left"
    )
    statuses = {
        r["id"]: r["status"]
        for r in json.loads(cli("relations", "-f", "json").stdout)
        if r["id"] in {q["relation_id"] for q in queue[:3]}
    }
    assert statuses == {
        queue[0]["relation_id"]: "confirmed",
        queue[1]["relation_id"]: "rejected",
        queue[2]["relation_id"]: "suggested",
    }
    ended = cli("review", "-i", input="")  # end of input: stop, nothing decided
    assert ended.exit_code == 0 and "0 confirmed, 0 rejected, 0 skipped" in ended.stdout


def test_datasette_metadata_describes_every_view_column(cli, db_url: str) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import text

    from tracker.db.engine import create_engine_for

    result = cli("datasette-metadata")
    assert result.exit_code == 0, result.output
    document = json.loads(result.stdout)
    [(name, database)] = document["databases"].items()
    assert name == ("tracker" if db_url.startswith("sqlite") else db_url.rsplit("/", 1)[1])
    engine = create_engine_for(db_url)
    with engine.connect() as conn:
        for view, described in database["tables"].items():
            columns = list(conn.execute(text(f"SELECT * FROM {view} WHERE 1 = 0")).keys())
            assert described["description"].startswith("One row per"), view
            missing = [c for c in columns if not described["columns"].get(c)]
            assert not missing, (view, missing)
    engine.dispose()
    assert set(database["tables"]) == {
        "claim_provenance",
        "claim_figures",
        "claim_relations",
        "fact_timeline",
        "contradictions",
        "claim_verdicts",
    }
    assert all(table["sort_desc"] for table in database["tables"].values())
    named = cli("datasette-metadata", "--name", "news")
    assert list(json.loads(named.stdout)["databases"]) == ["news"]


def test_shell_completion_works_and_is_documented(runner) -> None:  # type: ignore[no-untyped-def]
    from tracker.cli import main

    result = runner.invoke(
        main,
        [],
        prog_name="tracker",
        env={"_TRACKER_COMPLETE": "bash_complete", "COMP_WORDS": "tracker fa", "COMP_CWORD": "1"},
    )
    assert "plain,facts" in result.stdout and "plain,fact" in result.stdout
    docs = (REPO / "docs" / "cli.md").read_text(encoding="utf-8")
    for shell in ("bash", "zsh", "fish"):
        assert f"_TRACKER_COMPLETE={shell}_source tracker" in docs


def test_progress_has_a_total_when_the_input_size_is_known(tmp_path: Path) -> None:
    from rich.progress import TimeRemainingColumn

    from tracker.cli.ingest import count_records, progress_columns

    feed = many_claims(tmp_path, 7)
    (tmp_path / "one.txt").write_text("Titel\n\nText mit 3 Zahlen.", encoding="utf-8")
    (tmp_path / "blank.jsonl").write_text('{"text": "a"}\n\n   \n{"text": "b"}\n', encoding="utf-8")
    assert count_records((str(feed),), None) == 7
    assert count_records((str(tmp_path),), None) == 7 + 1 + 2
    assert count_records(("-",), None) is None
    assert count_records((str(tmp_path / "missing.txt"),), None) == 1  # one error line
    (tmp_path / "array.json").write_text("[]", encoding="utf-8")
    assert count_records((str(tmp_path / "array.json"),), None) is None
    assert any(isinstance(c, TimeRemainingColumn) for c in progress_columns(7))
    assert not any(isinstance(c, TimeRemainingColumn) for c in progress_columns(None))
