"""Readers: formats, metadata, encodings and refusals. No database needed."""

from __future__ import annotations

import codecs
import datetime as dt
import io
import json
from pathlib import Path

import pytest

from tracker.errors import ReadError
from tracker.readers import ArticleRecord, Overrides, read_inputs
from tracker.readers.record import parse_timestamp, source_name


def records(*paths: str | Path, **kwargs) -> list:  # type: ignore[no-untyped-def]
    return list(read_inputs([str(p) for p in paths], **kwargs))


def test_plain_text_first_line_is_title(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("\n\nDer Titel\n\nErster Absatz.\nZweiter Absatz.\n", encoding="utf-8")
    [record] = records(path)
    assert record.title == "Der Titel"
    assert record.text == "Erster Absatz.\nZweiter Absatz."
    assert record.url is None and record.published_at is None
    assert record.origin == str(path)


def test_markdown_front_matter_and_markup(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text(
        '---\ntitle: "Ein Titel"\nsource: Tageblatt Ost\nurl: https://t.example/a\n'
        "published: 2025-03-10T08:15:00+01:00\nlanguage: de\nauthor: K. Brenner\n---\n"
        "# Ein Titel\n\nDas ist **fett** und ein [Link](https://x.example).\n",
        encoding="utf-8",
    )
    [record] = records(path)
    assert (record.title, record.source, record.url, record.language, record.author) == (
        "Ein Titel",
        "Tageblatt Ost",
        "https://t.example/a",
        "de",
        "K. Brenner",
    )
    assert record.published_at == dt.datetime(2025, 3, 10, 7, 15, tzinfo=dt.UTC)
    assert record.text == "Das ist fett und ein Link."


def test_markdown_heading_is_title_without_front_matter(tmp_path: Path) -> None:
    path = tmp_path / "b.md"
    path.write_text("# Headline here\n\nBody text.\n", encoding="utf-8")
    [record] = records(path)
    assert record.title == "Headline here"
    assert record.text == "Body text."


def test_jsonl_fields_and_bad_lines(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    good = {
        "id": "x1",
        "url": "https://a.example/1",
        "source": "A",
        "title": "T",
        "published": "2025-03-11T09:40:00+01:00",
        "language": "de",
        "text": "Text eins.",
    }
    path.write_text(
        json.dumps(good)
        + "\n{broken\n\n"
        + json.dumps({"url": "no text"})
        + "\n"
        + json.dumps({**good, "id": "x2", "published": "2025-02-30"})
        + "\n",
        encoding="utf-8",
    )
    items = records(path)
    assert isinstance(items[0], ArticleRecord) and items[0].external_id == "x1"
    errors = [str(i) for i in items[1:3]]
    assert errors[0].startswith(f"{path}:2: broken JSON")
    assert (
        errors[1]
        == f"{path}:4: no article text: the record has none of the fields text, content, body, ..."
    )
    # An impossible date is named in one line; the record is stored without it.
    undated = items[3]
    assert isinstance(undated, ArticleRecord) and undated.published_at is None
    assert undated.warnings == [
        f"{path}:5: published: '2025-02-30' is an impossible date "
        "(day is out of range for month); stored without it"
    ]


def test_feed_style_field_names(tmp_path: Path) -> None:
    """Real feeds say content / gathered_date / source-as-URL."""
    path = tmp_path / "feed.jsonl"
    path.write_text(
        json.dumps(
            {
                "gathered_date": "2025-08-05",
                "title": "T",
                "content": "Ein Text.",
                "url": "https://www.zeitung.example/a",
                "source": "https://www.zeitung.example/api/home/",
                "published_date": None,
            }
        )
        + "\n",
        encoding="utf-8",
    )
    [record] = records(path)
    assert record.text == "Ein Text."
    assert record.source == "zeitung.example"
    assert record.published_at is None
    assert record.retrieved_at == dt.datetime(2025, 8, 5, tzinfo=dt.UTC)


def test_json_array(tmp_path: Path) -> None:
    path = tmp_path / "a.json"
    path.write_text(json.dumps([{"text": "Eins."}, {"text": "Zwei."}, 5]), encoding="utf-8")
    items = records(path)
    assert [getattr(i, "text", None) for i in items[:2]] == ["Eins.", "Zwei."]
    assert str(items[2]) == f"{path}[2]: expected a JSON object, got int"


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b"", "empty file: nothing to ingest"),
        (b"  \n\t\n", "empty file: nothing to ingest"),
        (b"%PDF-1.7\n...", "binary file (a PDF document), not text: refused"),
        (b"\x00\x01\x02\x03binary", "binary file (contains NUL bytes), not text: refused"),
    ],
)
def test_refused_files(tmp_path: Path, content: bytes, problem: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    [error] = records(path)
    assert isinstance(error, ReadError)
    assert str(error) == f"{path}: {problem}"


@pytest.mark.parametrize(
    ("encoded", "warning"),
    [
        (codecs.BOM_UTF8 + "Titel\n\nGrüße aus Köln.".encode(), False),
        (codecs.BOM_UTF16_LE + "Titel\n\nGrüße aus Köln.".encode("utf-16-le"), False),
        (codecs.BOM_UTF16_BE + "Titel\n\nGrüße aus Köln.".encode("utf-16-be"), False),
        ("Titel\n\nGrüße aus Köln.".encode("cp1252"), True),
    ],
)
def test_encodings(tmp_path: Path, encoded: bytes, warning: bool) -> None:
    path = tmp_path / "enc.txt"
    path.write_bytes(encoded)
    [record] = records(path)
    assert record.text == "Grüße aus Köln."
    assert bool(record.warnings) is warning
    if warning:
        assert "decoded as Windows-1252 (a guess)" in record.warnings[0]


def test_directories_globs_and_missing(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text("T\n\nZwei.", encoding="utf-8")
    (tmp_path / "a.md").write_text("Eins.", encoding="utf-8")
    (tmp_path / "ignored.csv").write_text("x", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("x", encoding="utf-8")
    texts = [r.text for r in records(tmp_path)]
    assert texts == ["Eins.", "Zwei."]
    assert [r.text for r in records(tmp_path / "**" / "*.txt")] == ["Zwei."]
    [missing] = records(tmp_path / "nope.txt")
    assert str(missing) == f"{tmp_path / 'nope.txt'}: no such file or directory"


def test_stdin_and_overrides() -> None:
    data = io.BytesIO(b"Titel\n\nText von stdin.")
    overrides = Overrides(
        source="https://www.blatt.example/",
        url="https://blatt.example/1",
        published=dt.datetime(2025, 3, 10, tzinfo=dt.UTC),
        language="DE",
    )
    [record] = list(read_inputs(["-"], stdin=data, overrides=overrides))
    assert record.origin == "<stdin>"
    assert (record.title, record.source, record.url, record.language) == (
        "Titel",
        "blatt.example",
        "https://blatt.example/1",
        "de",
    )
    assert record.published_at == dt.datetime(2025, 3, 10, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2025-03-10T08:15:00+01:00", dt.datetime(2025, 3, 10, 7, 15, tzinfo=dt.UTC)),
        ("2025-03-10 08:15:00Z", dt.datetime(2025, 3, 10, 8, 15, tzinfo=dt.UTC)),
        ("10.03.2025", dt.datetime(2025, 3, 10, tzinfo=dt.UTC)),
        ("Tue, 11 Mar 2025 08:15:00 GMT", dt.datetime(2025, 3, 11, 8, 15, tzinfo=dt.UTC)),
        ("Di, 11 Mär 2025 09:15:00 +0100", dt.datetime(2025, 3, 11, 8, 15, tzinfo=dt.UTC)),
    ],
)
def test_parse_timestamp(value: str, expected: dt.datetime) -> None:
    assert parse_timestamp(value, "published") == expected


@pytest.mark.parametrize("value", ["2025-02-30", "31.02.2025", "gestern", "2025-13-01"])
def test_parse_timestamp_refuses(value: str) -> None:
    with pytest.raises(ReadError, match="published"):
        parse_timestamp(value, "published", "f.jsonl:3")


def test_source_name() -> None:
    assert source_name("https://www.tagesschau.de/api2u/homepage/") == (
        "tagesschau.de",
        "https://www.tagesschau.de/api2u/homepage/",
    )
    assert source_name(" Tageblatt Ost ") == ("Tageblatt Ost", None)
    assert source_name(None) == (None, None)


def test_headline_only_feed_item_uses_the_title(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps({"title": "Eilmeldung: Brücke gesperrt", "content": ""}) + "\n")
    [record] = records(path)
    assert (record.title, record.text) == (
        "Eilmeldung: Brücke gesperrt",
        "Eilmeldung: Brücke gesperrt",
    )
