"""Claims end to end: extraction through ingest, the CLI and the views, on both backends."""

from __future__ import annotations

import json

from tests.conftest import EXAMPLES, shared_data

PROVENANCE_COLUMNS = {
    "claim_id",
    "claim_text",
    "claimant",
    "via",
    "attribution",
    "negated",
    "article_id",
    "article_url",
    "article_title",
    "source_name",
    "published_at",
    "stated_at",
    "recorded_at",
    "language",
    "span_start",
    "span_end",
    "fact_id",
}
FIGURE_COLUMNS = {
    "figure_id",
    "claim_id",
    "article_id",
    "article_url",
    "source_name",
    "published_at",
    "value",
    "unit",
    "approx",
    "raw_text",
    "fact_id",
}


def sql(cli, statement: str) -> list[dict]:  # type: ignore[no-untyped-def,type-arg]
    result = cli("sql", statement, "--format", "json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_views_have_the_contract_columns(cli, ingest_once) -> None:  # type: ignore[no-untyped-def]
    assert ingest_once(str(EXAMPLES)).exit_code == 0
    provenance = sql(cli, "SELECT * FROM claim_provenance")
    figures = sql(cli, "SELECT * FROM claim_figures")
    assert PROVENANCE_COLUMNS <= set(provenance[0]) and FIGURE_COLUMNS <= set(figures[0])
    # spans point into the stored text, or into the title for a headline claim
    headlines = 0
    for row in sql(
        cli,
        "SELECT c.text AS claim_text, a.text AS article_text, a.title, c.span_start, "
        "c.span_end, c.sentence_index FROM claims c JOIN articles a ON a.id = c.article_id",
    ):
        stored = row["title"] if row["sentence_index"] == -1 else row["article_text"]
        headlines += row["sentence_index"] == -1
        assert stored[row["span_start"] : row["span_end"]] == row["claim_text"]
    assert headlines > 0  # "Großbrand im Hafen von Nordhafen: 14 Verletzte" is a claim


def test_example_claims_figures_claimants_and_relays(cli, ingest_once) -> None:  # type: ignore[no-untyped-def]
    assert ingest_once(str(EXAMPLES)).exit_code == 0
    figures = sql(
        cli,
        "SELECT f.value, f.unit, f.approx, p.claimant, p.via, p.source_name FROM claim_figures f "
        "JOIN claim_provenance p ON p.claim_id = f.claim_id ORDER BY f.figure_id",
    )
    by_value = {(f["value"], f["unit"], f["source_name"]): f for f in figures}
    assert by_value[(14, "person", "Nordhafener Zeitung")]["claimant"] == "Feuerwehr"
    assert by_value[(80, "emergency worker", "Nordhafener Zeitung")]["approx"] == "about"
    assert by_value[(12_000_000, "EUR", "Küstenbote")]["unit"] == "EUR"
    assert by_value[(50, "person", "Stadtblitz")]["approx"] == "more_than"
    copy = by_value[(23, "person", "Nordhafener Zeitung")]
    assert (copy["claimant"], copy["via"]) == ("Polizei", "Küstenbote")
    # not figures: the weekday, "am Donnerstag", the 12 in "zwölf" is one, years none
    assert not [f for f in figures if f["unit"] is None]


def test_claims_command_filters(cli, ingest_once) -> None:  # type: ignore[no-untyped-def]
    assert ingest_once(str(EXAMPLES)).exit_code == 0
    rows = json.loads(cli("claims", "--claimant", "Kraemer", "--format", "json").stdout)
    assert rows and all(r["claimant"] == "Tobias Krämer" for r in rows)  # spelling folded
    english = json.loads(cli("claims", "--language", "en", "--format", "json").stdout)
    assert english and {r["language"] for r in english} == {"en"}
    table = cli("claims", "--contains", "Frachtschiffe").stdout
    assert "3 ship" in table
    shown = cli("show", "claim", str(rows[0]["id"])).stdout
    assert shown.startswith(f"claim {rows[0]['id']}  (")
    assert "  chain      Tobias Krämer -> article" in shown and "»" in shown


def test_seed_article(cli, ingest_once) -> None:  # type: ignore[no-untyped-def]
    assert ingest_once(str(shared_data("seed-article-de.txt"))).exit_code == 0
    countries = sql(
        cli,
        "SELECT p.claimant, f.value FROM claim_figures f JOIN claim_provenance p "
        "ON p.claim_id = f.claim_id WHERE f.unit = 'country' ORDER BY f.figure_id",
    )
    assert [(c["claimant"], c["value"]) for c in countries] == [
        ("Wolodymyr Selenskyj", 26),
        ("Emmanuel Macron", 26),
    ]
    peskow = sql(
        cli,
        "SELECT claimant, via FROM claim_provenance WHERE claim_text LIKE '%behindern die Lösung%'",
    )
    assert peskow == [{"claimant": "Dmitri Peskow", "via": "Iswestija"}]
    aliases = sql(
        cli,
        "SELECT a.alias FROM claimant_aliases a JOIN claimants c ON c.id = a.claimant_id "
        "WHERE c.name = 'Wolodymyr Selenskyj'",
    )
    assert {"Selensky", "Wolodymyr Selenskyj"} <= {a["alias"] for a in aliases}
    # both 26 Länder claims are one fact, an independent repeat
    facts = sql(cli, "SELECT DISTINCT fact_id FROM claim_figures WHERE unit = 'country'")
    assert len(facts) == 1
    [repeat] = sql(cli, "SELECT kind, independent FROM claim_relations")
    assert (repeat["kind"], bool(repeat["independent"])) == ("repeat", True)


def test_claimant_resolved_across_articles(cli, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "names.jsonl"
    path.write_text(
        "\n".join(
            json.dumps(a)
            for a in [
                {
                    "url": "https://a.example/1",
                    "source": "A",
                    "language": "de",
                    "published": "2025-01-01",
                    "text": "„Wir bauen 40 neue Wohnungen“, sagte Bürgermeister Jürgen Weiß.",
                },
                {
                    "url": "https://b.example/2",
                    "source": "B",
                    "language": "de",
                    "published": "2025-01-02",
                    "text": "Juergen Weiss kündigte an, dass 40 Wohnungen gebaut werden.",
                },
            ]
        )
        + "\n",
        encoding="utf-8",
    )
    assert cli("ingest", str(path)).exit_code == 0
    names = sql(cli, "SELECT DISTINCT claimant FROM claim_provenance")
    assert names == [{"claimant": "Jürgen Weiß"}]
