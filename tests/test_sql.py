"""`tracker sql` is read-only on both backends and binds parameters."""

from __future__ import annotations

import json
from pathlib import Path

import pytest


@pytest.fixture
def loaded(cli, tmp_path: Path):  # type: ignore[no-untyped-def]
    path = tmp_path / "a.jsonl"
    path.write_text(
        json.dumps(
            {
                "url": "https://a.example/1",
                "source": "A",
                "title": "Eins",
                "language": "de",
                "text": "Rund 1.200 Menschen wurden evakuiert.",
            }
        )
        + "\n"
        + json.dumps(
            {
                "url": "https://b.example/2",
                "source": "B",
                "title": "Two",
                "language": "en",
                "text": "About 3,500 people were evacuated.",
            }
        )
        + "\n",
        encoding="utf-8",
    )
    assert cli("ingest", str(path)).exit_code == 0
    return cli


def test_select_with_bound_parameter(loaded) -> None:  # type: ignore[no-untyped-def]
    result = loaded(
        "sql", "SELECT title, language FROM articles WHERE language = :lang", "-p", "lang", "en"
    )
    assert result.stdout == "title  language\n-----  --------\nTwo    en\n"
    result = loaded(
        "sql", "SELECT count(*) AS n FROM articles WHERE title = :t", "-p", "t", "x' OR '1'='1"
    )
    assert json.loads(loaded("sql", "SELECT 1 AS one", "--format", "json").stdout) == [{"one": 1}]
    assert "0" in result.stdout.splitlines()[-1]


@pytest.mark.parametrize(
    "statement",
    [
        "DELETE FROM articles",
        "UPDATE articles SET title = 'x'",
        "INSERT INTO sources (name, created_at) VALUES ('x', CURRENT_TIMESTAMP)",
        "DROP TABLE articles",
        "CREATE TABLE evil (id integer)",
    ],
)
def test_writes_are_refused_and_change_nothing(loaded, statement: str) -> None:  # type: ignore[no-untyped-def]
    result = loaded("sql", statement)
    assert result.exit_code == 1
    assert result.output.startswith("Error: ")
    assert "read-only" in result.output or "only statements that return rows" in result.output
    counts = loaded("sql", "SELECT count(*) AS n FROM articles", "--format", "json").stdout
    assert json.loads(counts) == [{"n": 2}]
    titles = loaded("sql", "SELECT title FROM articles ORDER BY id", "--format", "csv").stdout
    assert titles == "title\nEins\nTwo\n"


def test_several_statements_are_refused(loaded) -> None:  # type: ignore[no-untyped-def]
    result = loaded("sql", "SELECT 1; DELETE FROM articles")
    assert result.exit_code == 1
    assert "one statement" in result.output
    assert json.loads(loaded("sql", "SELECT count(*) AS n FROM articles", "-f", "json").stdout) == [
        {"n": 2}
    ]


def test_semicolon_inside_a_string_is_fine(loaded) -> None:  # type: ignore[no-untyped-def]
    result = loaded("sql", "SELECT 'a;b' AS x;")
    assert result.exit_code == 0
    assert result.stdout == "x\n---\na;b\n"


def test_sql_error_is_one_line(loaded) -> None:  # type: ignore[no-untyped-def]
    result = loaded("sql", "SELECT nope FROM articles")
    assert result.exit_code == 1
    assert result.output.startswith("Error: ") and len(result.output.strip().splitlines()) == 1
