"""`tracker sources`: one row per outlet however it is spelt, and `--stats`: each
outlet's track record as shares of its figures, checked against plain SQL on both
backends."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import text

from tests.test_export import DEV_STORIES, load_stories
from tracker.db.engine import create_engine_for
from tracker.query.sources import source_key

LIVE = "r.status <> 'rejected' AND r.superseded_at IS NULL AND r.older_figure_id IS NOT NULL"
RELATIONS = f"""
SELECT r.kind, r.independent, r.older_figure_id, so.name AS older, sn.name AS newer,
       CASE WHEN cn.negated OR EXISTS (
           SELECT 1 FROM figures f WHERE f.claim_id = cn.id AND f.negated) THEN 1 ELSE 0 END
       AS correction
FROM relations r
JOIN claims co ON co.id = r.older_claim_id
JOIN articles ao ON ao.id = co.article_id
LEFT JOIN sources so ON so.id = ao.source_id
JOIN claims cn ON cn.id = r.newer_claim_id
JOIN articles an ON an.id = cn.article_id
LEFT JOIN sources sn ON sn.id = an.source_id
WHERE {LIVE}
"""


def expected_stats(db_url: str, outlet: dict[str, str]) -> dict[str, Counter[str]]:
    """Counts per outlet from plain SQL; ``outlet`` maps every spelling to its outlet."""
    engine = create_engine_for(db_url)
    figures: Counter[str] = Counter()
    found: dict[str, dict[str, set[int]]] = {
        "said_first": {},
        "contradicted": {},
        "corrected": {},
    }
    with engine.connect() as conn:
        for source, n in conn.execute(
            text("SELECT source_name, count(*) FROM claim_figures GROUP BY source_name")
        ):
            if source is not None:
                figures[outlet[source]] += n
        for kind, independent, figure_id, older, newer, correction in conn.execute(text(RELATIONS)):
            older, newer = outlet.get(older, older), outlet.get(newer, newer)
            if kind == "repeat" and independent:
                column = "said_first"
            elif kind in ("update", "contradiction") and older == newer and correction:
                column = "corrected"
            elif kind == "contradiction" and older != newer:
                column = "contradicted"
            else:
                continue  # an update that follows the story: held against nobody
            found[column].setdefault(older, set()).add(figure_id)
    engine.dispose()
    expected: dict[str, Counter[str]] = {}
    for name, n in figures.items():
        expected[name] = Counter({"figures": n})
        for column, by_outlet in found.items():
            expected[name][column] = len(by_outlet.get(name, ()))
    return expected


def test_sources_stats_are_shares_that_match_plain_sql(
    cli, cli_once, db_url: str, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    load_stories(cli_once)
    result = cli("sources", "--stats", "--format", "json")
    assert result.exit_code == 0, result.output
    rows = {row["name"]: row for row in json.loads(result.stdout)}
    outlet = {
        alias: row["name"] for row in rows.values() for alias in [row["name"], *row["aliases"]]
    }
    expected = expected_stats(db_url, outlet)
    for name, row in rows.items():
        want = expected.get(name, Counter())
        assert row["figures"] == want["figures"], name
        for column in ("said_first", "contradicted", "corrected"):
            assert row[column] == want[column], (name, column)
            share = row[f"{column}_share"]
            if row["figures"]:
                assert share == pytest.approx(want[column] / row["figures"], abs=1e-4)
            else:
                assert share is None
    assert sum(row["said_first"] for row in rows.values()) > 0
    figures = [row["figures"] for row in rows.values()]
    assert figures == sorted(figures, reverse=True)  # most figures first
    if DEV_STORIES.exists():
        # flood-05 (Mittelauer Rundschau) is a syndicated copy of flood-02 (Tageblatt Ost),
        # which first said that 3,500 people were evacuated.
        assert rows["Mittelauer Rundschau"]["syndicated"] >= 1
        assert rows["Tageblatt Ost"]["copied"] >= 1
        assert rows["Tageblatt Ost"]["said_first"] >= 2
        assert rows["Riverton Courier"]["contradicted"] >= 1

    table = cli("sources", "--stats").stdout.splitlines()
    assert table[0].split()[:4] == ["id", "name", "articles", "figures"]
    assert "said first" in table[0] and "corrected by itself" in table[0]
    assert "updated" not in table[0]  # a story's progress counts against nobody
    if DEV_STORIES.exists():
        line = next(t for t in table if " Tageblatt Ost " in t)
        row = rows["Tageblatt Ost"]
        assert f"{row['said_first_share']:.0%} ({row['said_first']})" in line


def test_an_update_that_follows_the_story_is_not_held_against_a_source(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    articles = [
        {
            "url": "https://a.example/1",
            "source": "Anzeiger",
            "published": "2025-05-01T08:00:00Z",
            "language": "de",
            "title": "Sturm",
            "text": "Nach dem Sturm in Lindau sind 40 Haushalte ohne Strom, sagte der Versorger.",
        },
        {
            "url": "https://b.example/1",
            "source": "Bote",
            "published": "2025-05-01T15:00:00Z",
            "language": "de",
            "title": "Sturm",
            "text": "Nach dem Sturm in Lindau sind inzwischen 90 Haushalte ohne Strom, "
            "die Zahl ist gestiegen, sagte der Versorger.",
        },
    ]
    path = tmp_path / "storm.jsonl"
    path.write_text("\n".join(json.dumps(a) for a in articles) + "\n", encoding="utf-8")
    assert cli("ingest", str(path)).exit_code == 0
    kinds = json.loads(cli("relations", "--format", "json").stdout)
    assert [r["kind"] for r in kinds] == ["update"]
    rows = {r["name"]: r for r in json.loads(cli("sources", "--stats", "-f", "json").stdout)}
    assert rows["Anzeiger"]["figures"] == 1
    assert (rows["Anzeiger"]["contradicted"], rows["Anzeiger"]["corrected"]) == (0, 0)
    assert rows["Anzeiger"]["contradicted_share"] == 0.0


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Iswestija", "Izvestia"),
        ("Izvestiya", "Iswestija"),
        ("Blitz", "blitz.example"),
        ("tagesschau.de", "Tagesschau"),
        ("https://www.zeit.de/index", "Zeit"),
        ("Der Spiegel", "spiegel.de"),
    ],
)
def test_spellings_of_one_outlet_share_a_key(a: str, b: str) -> None:
    assert source_key(a) == source_key(b)


@pytest.mark.parametrize(("a", "b"), [("Bild", "Blitz"), ("Stern", "Sterne"), ("X", "Sky")])
def test_other_outlets_keep_their_own_key(a: str, b: str) -> None:
    assert source_key(a) != source_key(b)


def test_relays_and_outlets_are_aliased(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    articles = [
        {
            "url": "https://blitz.example/1",
            "source": "blitz.example",
            "published": "2025-05-01T08:00:00Z",
            "language": "de",
            "title": "Kreml",
            "text": 'Die Zeitung "Iswestija" berichtete, dass Kremlsprecher Dmitri Peskow '
            'sagte: "Die 26 Länder handeln gegen uns."',
        },
        {
            "url": "https://blitz.example/2",
            "source": "Blitz",
            "published": "2025-05-02T08:00:00Z",
            "language": "de",
            "title": "Kreml",
            "text": "Kremlsprecher Dmitri Peskow sagte, die 26 Länder handelten gegen Russland.",
        },
        {
            "url": "https://izvestia.example/1",
            "source": "Izvestia",
            "published": "2025-05-01T07:00:00Z",
            "language": "en",
            "title": "Kremlin",
            "text": "Kremlin spokesman Dmitry Peskov said the 26 countries were acting "
            "against Russia.",
        },
    ]
    path = tmp_path / "relay.jsonl"
    path.write_text("\n".join(json.dumps(a) for a in articles) + "\n", encoding="utf-8")
    assert cli("ingest", str(path)).exit_code == 0
    rows = json.loads(cli("sources", "--format", "json").stdout)
    names = {r["name"]: r for r in rows}
    assert set(names) == {"Blitz", "Izvestia"}, rows
    assert names["Blitz"]["aliases"] == ["blitz.example"]
    assert names["Blitz"]["articles"] == 2
    assert names["Izvestia"]["articles"] == 1
    assert "Iswestija" in names["Izvestia"]["aliases"]
    assert names["Izvestia"]["relayed"] >= 1
    csv_lines = cli("sources", "--format", "csv").stdout.splitlines()
    assert any(line.startswith(f"{names['Blitz']['id']},Blitz,2,0,") for line in csv_lines)
    assert any(",blitz.example," in line for line in csv_lines)  # a list, joined: no ['...']
