"""docs/sql.md as a test: every ```sql block runs through `tracker sql` on SQLite and
PostgreSQL with the parameters on its `-- params:` line, and every column of every
reporting view is documented."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from sqlalchemy import text

from tests.conftest import REPO
from tests.test_export import DEV_STORIES, load_stories, stories_export
from tracker.db.engine import create_engine_for

DOC = (REPO / "docs" / "sql.md").read_text(encoding="utf-8")
VIEWS = (
    "claim_provenance",
    "claim_figures",
    "claim_relations",
    "fact_timeline",
    "contradictions",
    "claim_verdicts",
)
FACT_CHECKS = REPO / "tests" / "data" / "newsroom" / "faktencheck.jsonld"
BLOCKS = re.findall(r"^```sql\n(.*?)^```", DOC, re.M | re.S)


def params_of(block: str) -> list[str]:
    """`-- params: a=1 b=2` as `tracker sql` options: -p a 1 -p b 2."""
    found = re.search(r"^-- params:(.*)$", block, re.M)
    options: list[str] = []
    for pair in found.group(1).split() if found else []:
        name, _, value = pair.partition("=")
        options += ["-p", name, value]
    return options


def test_the_doc_has_examples_for_what_analysts_ask() -> None:
    assert len(BLOCKS) >= 6
    for block in BLOCKS:
        for name in re.findall(r":([a-z_]+)\b", re.sub(r"--[^\n]*", "", block)):
            assert f"{name}=" in block, f"no value for :{name} on the -- params: line"


def test_every_view_column_is_documented(db_url: str) -> None:
    engine = create_engine_for(db_url)
    with engine.connect() as conn:
        for view in VIEWS:
            section = DOC.split(f"\n## {view}\n", 1)[1].split("\n## ", 1)[0]
            documented = set(
                re.findall(
                    r"`([a-z_]+)`",
                    " ".join(
                        line.split("|")[1]
                        for line in section.splitlines()
                        if line.startswith("| `")
                    ),
                )
            )
            columns = list(conn.execute(text(f"SELECT * FROM {view} WHERE 1 = 0")).keys())
            missing = [c for c in columns if c not in documented]
            assert not missing, f"docs/sql.md does not document {view}: {missing}"
            extra = documented - set(columns)
            assert not extra, f"docs/sql.md documents {view} columns it lacks: {extra}"
    engine.dispose()


def test_every_sql_example_runs(cli, cli_once, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    load_stories(cli_once)
    assert cli("ingest", str(FACT_CHECKS)).exit_code == 0  # verdicts for claim_verdicts
    failed = []
    answers = []
    for block in BLOCKS:
        result = cli("sql", "-", *params_of(block), "--format", "json", input=block)
        if result.exit_code != 0:
            failed.append(f"{block}\n-> {result.output}")
            continue
        answers.append((block, json.loads(result.stdout)))
    assert not failed, "\n\n".join(failed)
    rated_false = next(rows for block, rows in answers if "FROM claim_verdicts" in block)
    assert [(r["rating"], r["claimant"]) for r in rated_false] == [("Falsch", "Peter Brandt")]
    if DEV_STORIES.exists():
        for block, rows in answers:
            # The as-of examples look back to before anything was recorded here.
            assert rows or ":as_of" in block, f"no rows from the dev stories for:\n{block}"
        first = next(rows for block, rows in answers if "LIMIT 1" in block)
        assert first[0]["source_name"] == "Tageblatt Ost"  # said 3,500 evacuated first


def test_the_sqlite_database_opens_in_datasette(tmp_path: Path) -> None:
    """`datasette tracker.db` (docs/reporting.md) shows every view; datasette is not a
    dependency, so this runs only where it is installed."""
    import asyncio
    import warnings

    from click.testing import CliRunner

    from tracker.cli import main

    app = pytest.importorskip("datasette.app", reason="datasette is not installed (optional)")
    database = tmp_path / "tracker.db"
    stories = tmp_path / "stories.jsonl"
    stories.write_text(stories_export(), encoding="utf-8")
    result = CliRunner().invoke(main, ["-d", str(database), "import", str(stories)])
    assert result.exit_code == 0, result.output

    async def fetch() -> dict[str, list[dict[str, object]]]:
        datasette = app.Datasette([str(database)])
        found = {}
        for view in VIEWS:
            response = await datasette.client.get(f"/tracker/{view}.json?_shape=array")
            assert response.status_code == 200, (view, response.text[:300])
            found[view] = response.json()
        return found

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        found = asyncio.run(fetch())
    assert all(found[view] for view in VIEWS if view != "contradictions")
