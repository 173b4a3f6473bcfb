"""The CLI through click's CliRunner, with exact expected output, on both backends."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import EXAMPLES, shared_data


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


ARTICLE_A = {
    "id": "a1",
    "url": "https://blatt.example/a",
    "source": "Blatt",
    "title": "Brücke gesperrt",
    "published": "2025-04-01T08:00:00+02:00",
    "language": "de",
    "text": "Die Brücke bleibt gesperrt. Rund 400 Pendler sind betroffen, sagte der Bürgermeister.",
}
ARTICLE_B = {
    "id": "b1",
    "url": "https://wire.example/b",
    "source": "Wire",
    "title": "Bridge closed",
    "published": "2025-04-01T09:30:00+00:00",
    "language": "en",
    "text": "The bridge remains closed, affecting about 400 commuters, the mayor said.",
}


def feed(tmp_path: Path) -> Path:
    return write(
        tmp_path / "feed.jsonl", "\n".join(json.dumps(a) for a in (ARTICLE_A, ARTICLE_B)) + "\n"
    )


def test_ingest_summary_and_idempotency(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = feed(tmp_path)
    result = cli("ingest", str(path))
    assert result.exit_code == 0
    assert (
        result.stdout
        == "ingested 2 articles: 2 new, 0 unchanged, 0 new versions, 0 failed (run 1)\n"
    )
    result = cli("ingest", str(path))
    assert (
        result.stdout
        == "ingested 2 articles: 0 new, 2 unchanged, 0 new versions, 0 failed (run 2)\n"
    )


def test_ingest_reports_bad_files_and_exits_nonzero(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "in"
    folder.mkdir()
    feed(folder)
    (folder / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    (folder / "empty.txt").write_bytes(b"")
    write(folder / "broken.jsonl", '{"text": "ok"}\n{"text": \n')
    result = cli("ingest", str(folder))
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"error: {folder / 'broken.jsonl'}:2: broken JSON (Expecting value at column 10)",
        f"error: {folder / 'empty.txt'}: empty file: nothing to ingest",
        f"error: {folder / 'image.txt'}: binary file (a PNG image), not text: refused",
    ]
    assert (
        result.stdout
        == "ingested 6 articles: 3 new, 0 unchanged, 0 new versions, 3 failed (run 1)\n"
    )


def test_ingest_stdin_with_overrides(cli) -> None:  # type: ignore[no-untyped-def]
    result = cli(
        "ingest",
        "-",
        "--source",
        "Leserbrief",
        "--url",
        "https://l.example/1",
        "--published",
        "2025-04-02",
        input="Titel\n\nEin Text über 12 Brücken.".encode(),
    )
    assert result.exit_code == 0, result.output
    rows = json.loads(cli("articles", "--format", "json").stdout)
    assert [(r["source"], r["url"], r["published_at"], r["title"]) for r in rows] == [
        ("Leserbrief", "https://l.example/1", "2025-04-02T00:00:00+00:00", "Titel"),
    ]


def test_ingest_refuses_bad_published_option(cli) -> None:  # type: ignore[no-untyped-def]
    result = cli("ingest", "-", "--published", "2025-02-30", input=b"x")
    assert result.exit_code == 2
    assert "Invalid value for '--published': '2025-02-30' is an impossible date" in result.output


def test_articles_formats(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    cli("ingest", str(feed(tmp_path)))
    table = cli("articles").stdout
    assert table == (
        "id  published_at      source  language  version  title            url\n"
        "--  ----------------  ------  --------  -------  ---------------  -----------------------\n"
        " 1  2025-04-01 06:00  Blatt   de              1  Brücke gesperrt  https://blatt.example/a\n"
        " 2  2025-04-01 09:30  Wire    en              1  Bridge closed    https://wire.example/b\n"
    )
    lines = cli("articles", "--format", "jsonl", "--language", "en").stdout.splitlines()
    assert len(lines) == 1 and json.loads(lines[0])["url"] == "https://wire.example/b"
    csv_out = cli("articles", "--format", "csv", "--source", "blatt").stdout.splitlines()
    assert (
        csv_out[0]
        == "id,published_at,source,language,version,title,url,author,recorded_at,sha256,characters"
    )
    assert csv_out[1].startswith(
        "1,2025-04-01T06:00:00+00:00,Blatt,de,1,Brücke gesperrt,https://blatt.example/a,,"
    )
    assert cli("articles", "--contains", "PENDLER", "--format", "json").stdout.count('"id"') == 1
    assert (
        cli("articles", "--since", "2025-04-01T07:00:00Z", "--format", "json").stdout.count('"id"')
        == 1
    )


def test_sources(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    cli("ingest", str(feed(tmp_path)))
    assert cli("sources").stdout == (
        "id  name   articles  relayed  first_published   last_published    aliases\n"
        "--  -----  --------  -------  ----------------  ----------------  -------\n"
        " 1  Blatt         1        0  2025-04-01 06:00  2025-04-01 06:00\n"
        " 2  Wire          1        0  2025-04-01 09:30  2025-04-01 09:30\n"
    )


def test_show_article_with_versions(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = feed(tmp_path)
    cli("ingest", str(path))
    changed = {**ARTICLE_A, "text": ARTICLE_A["text"] + " Die Sperrung dauert bis Freitag."}
    write(path, json.dumps(changed) + "\n")
    result = cli("ingest", str(path))
    assert result.stderr == f"{path}:1: new version of an earlier article (article 3)\n"
    detail = json.loads(cli("show", "article", "3", "--format", "json").stdout)
    assert [v["version"] for v in detail["versions"]] == [1, 2]
    assert detail["previous_version_id"] == 1 and detail["origin"] == f"{path}:1"
    text = cli("show", "article", "3").stdout
    assert text.startswith("article 3\n  title       Brücke gesperrt\n  source      Blatt\n")
    assert "  version     2 of 2\n" in text
    assert text.endswith("\n\n" + changed["text"] + "\n")
    missing = cli("show", "article", "99")
    assert missing.exit_code == 1
    assert missing.output == "Error: no article with id 99: see `tracker articles`\n"


def test_examples_ingest(cli, ingest_once) -> None:  # type: ignore[no-untyped-def]
    result = ingest_once(str(EXAMPLES))
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("ingested 6 articles: 6 new, 0 unchanged")


def test_seed_article_ingests_as_it_is(cli, ingest_once) -> None:  # type: ignore[no-untyped-def]
    seed = shared_data("seed-article-de.txt")
    assert ingest_once(str(seed)).exit_code == 0
    [row] = json.loads(cli("articles", "--format", "json").stdout)
    assert row["url"] is None and row["published_at"] is None and row["language"] == "de"


def test_help_is_fast_to_reach_and_has_examples(runner) -> None:  # type: ignore[no-untyped-def]
    from tracker.cli import main

    result = runner.invoke(main, ["--help"])
    assert result.exit_code == 0
    for name, command in main.commands.items():
        commands = getattr(command, "commands", {name: command})
        for sub in commands.values():
            assert "Example" in (sub.help or ""), f"{name} {sub.name} has no example in its help"
