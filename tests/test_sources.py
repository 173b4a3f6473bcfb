"""`tracker sources --stats`: each source's track record, checked against plain SQL over
the reporting views on both backends."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from sqlalchemy import text

from tests.test_export import DEV_STORIES, load_stories
from tracker.db.engine import create_engine_for

RELATIONS_BY_OLDER_SOURCE = """
SELECT p.source_name AS source, r.kind, count(*) AS n
FROM claim_relations r
JOIN claim_provenance p ON p.claim_id = r.older_claim_id
WHERE r.status <> 'rejected'
  AND (r.kind <> 'repeat' OR r.independent)
GROUP BY p.source_name, r.kind
"""
COPIES = """
SELECT s.name AS copier, so.name AS original
FROM articles a
JOIN articles o ON o.id = a.syndicated_from_id
LEFT JOIN sources s ON s.id = a.source_id
LEFT JOIN sources so ON so.id = o.source_id
"""


def expected_stats(db_url: str) -> dict[str, Counter[str]]:
    engine = create_engine_for(db_url)
    expected: dict[str, Counter[str]] = {}

    def bump(source: str | None, column: str, n: int = 1) -> None:
        if source is not None:
            expected.setdefault(source, Counter())[column] += n

    with engine.connect() as conn:
        for source, n in conn.execute(
            text("SELECT source_name, count(*) FROM claim_provenance GROUP BY source_name")
        ):
            bump(source, "claims", n)
        for source, n in conn.execute(
            text("SELECT source_name, count(*) FROM claim_figures GROUP BY source_name")
        ):
            bump(source, "figures", n)
        column = {"repeat": "said_first", "contradiction": "contradicted", "update": "updated"}
        for source, kind, n in conn.execute(text(RELATIONS_BY_OLDER_SOURCE)):
            if kind in column:
                bump(source, column[kind], n)
        for copier, original in conn.execute(text(COPIES)):
            bump(copier, "syndicated")
            if copier != original:
                bump(original, "copied")
    engine.dispose()
    return expected


def test_sources_stats_match_the_views(cli, db_url: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    load_stories(cli, tmp_path)
    result = cli("sources", "--stats", "--format", "json")
    assert result.exit_code == 0, result.output
    rows = {row["name"]: row for row in json.loads(result.stdout)}
    expected = expected_stats(db_url)
    columns = ("claims", "figures", "said_first", "contradicted", "updated", "syndicated", "copied")
    for name, row in rows.items():
        assert {c: row[c] for c in columns} == {
            c: expected.get(name, Counter())[c] for c in columns
        }, name
    assert sum(row["said_first"] for row in rows.values()) > 0
    assert sum(row["syndicated"] for row in rows.values()) > 0
    if DEV_STORIES.exists():
        # flood-05 (Mittelauer Rundschau) is a syndicated copy of flood-02 (Tageblatt Ost),
        # which first said that 3,500 people were evacuated.
        assert rows["Mittelauer Rundschau"]["syndicated"] >= 1
        assert rows["Tageblatt Ost"]["copied"] >= 1
        assert rows["Tageblatt Ost"]["said_first"] >= 2
        assert rows["Riverton Courier"]["contradicted"] >= 1

    table = cli("sources", "--stats").stdout.splitlines()
    assert table[0].split() == [
        "id",
        "name",
        "articles",
        "claims",
        "figures",
        "said_first",
        "contradicted",
        "updated",
        "syndicated",
        "copied",
    ]
    assert len(table) == len(rows) + 2
