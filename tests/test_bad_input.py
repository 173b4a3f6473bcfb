"""Bad input is bounded: every reader failure is one line for its record and the batch
goes on; time and memory stay bounded; the same field checks on both backends.

How long the worst inputs take is measured by benchmarks/reliability.py; these tests
check the mechanisms that bound it.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from tracker.config import ReadLimits
from tracker.extract import sentences
from tracker.readers import ArticleRecord, _lines, read_inputs
from tracker.readers.collections import read_claim_records
from tracker.store.claims import MAX_CLAIMS_PER_ARTICLE, MAX_EXTRACT_CHARS, extract_drafts

GOOD = [
    {"url": f"https://good.example/{n}", "source": "Gut", "text": f"Rund {n}00 Menschen kamen."}
    for n in range(1, 5)
]


def deep_json(levels: int = 10_000) -> str:
    return "[" * levels + "]" * levels


def jsonl(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_deeply_nested_json_is_one_error_and_the_batch_goes_on(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    lines = [json.dumps(GOOD[0]), json.dumps(GOOD[1]), '{"text": ' + deep_json() + "}"]
    lines += [json.dumps(GOOD[2]), json.dumps(GOOD[3])]
    feed = jsonl(tmp_path / "deep.jsonl", lines)
    array = tmp_path / "deep.json"
    array.write_text(deep_json(), encoding="utf-8")
    result = cli("ingest", str(feed), str(array))
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"error: {feed}:3: JSON nested too deeply: refused",
        f"error: {array}: JSON nested too deeply: refused",
    ]
    assert result.stdout.startswith(
        "ingested 6 articles: 4 new, 0 unchanged, 0 new versions, 2 failed"
    )


def test_deep_json_in_a_claim_collection(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    lines = [
        '{"id": "1", "text": "Rund 300 Menschen."}',
        '{"id": "2", "text": ' + deep_json() + "}",
    ]
    lines.append('{"id": "3", "text": "Etwa 40 Schulen."}')
    path = jsonl(tmp_path / "claims.jsonl", lines)
    result = cli("ingest", "--as-claims", str(path))
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [f"error: {path}:2: JSON nested too deeply: refused"]
    assert "2 new" in result.stdout


def test_out_of_memory_in_a_reader_is_one_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import tracker.readers.formats as formats

    real = formats.json.loads

    def loads(text: str, *args, **kwargs):  # type: ignore[no-untyped-def]
        if "boom" in text:
            raise MemoryError
        return real(text, *args, **kwargs)

    monkeypatch.setattr(formats.json, "loads", loads)
    path = jsonl(
        tmp_path / "a.jsonl", [json.dumps(GOOD[0]), '{"text": "boom"}', json.dumps(GOOD[1])]
    )
    items = list(read_inputs([str(path)]))
    assert [getattr(i, "problem", None) for i in items] == [
        None,
        "JSON too large for the memory available: refused",
        None,
    ]


def test_a_reader_that_fails_unexpectedly_ends_only_its_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import tracker.readers as readers

    def broken(*args, **kwargs):  # type: ignore[no-untyped-def]
        yield ArticleRecord(text="Erster Satz.", origin="x")
        raise ValueError("the parser fell over")

    first = jsonl(tmp_path / "a.jsonl", [json.dumps(GOOD[0])])
    second = jsonl(tmp_path / "b.jsonl", [json.dumps(GOOD[1])])
    real = readers.read_one
    monkeypatch.setattr(
        readers,
        "read_one",
        lambda target, **kw: broken() if target == first else real(target, **kw),
    )
    items = list(read_inputs([str(first), str(second)]))
    assert [type(i).__name__ for i in items] == ["ArticleRecord", "ReadError", "ArticleRecord"]
    assert items[1].problem == "cannot read the rest: ValueError: the parser fell over"  # type: ignore[union-attr]


def test_a_broken_csv_quote_is_one_error_and_swallows_nothing(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "claims.csv"
    path.write_text(
        'id,text,claimant\n1,"Rund 300 Menschen wurden evakuiert.",Polizei\n'
        '2,"Etwa 40 Schulen bleiben zu,Stadt\n3,Mehr als 12 Brücken sind gesperrt.,Amt\n',
        encoding="utf-8",
    )
    result = cli("ingest", "--as-claims", str(path))
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"error: {path}:3: broken CSV quoting: a quote is not closed where the record ends "
        "(it runs over 2 lines): unexpected end of data"
    ]
    assert result.stdout.startswith(
        "ingested 3 claims: 2 new, 0 unchanged, 0 new versions, 1 failed"
    )
    texts = cli("sql", "SELECT text FROM claims ORDER BY id", "-f", "csv").stdout
    assert (
        texts == "text\nRund 300 Menschen wurden evakuiert.\nMehr als 12 Brücken sind gesperrt.\n"
    )


def test_a_csv_cell_above_the_limit_is_one_error(tmp_path: Path) -> None:
    path = tmp_path / "claims.csv"
    path.write_text(f"id,text\n1,{'x' * 300_000}\n2,Rund 5 Brücken.\n", encoding="utf-8")
    limits = ReadLimits(max_text_bytes=200_000)
    items = list(read_claim_records([str(path)], limits=limits))
    assert [getattr(i, "problem", None) for i in items] == [
        "a cell larger than the limit (TRACKER_MAX_TEXT_MB): skipped",
        None,
    ]


def test_a_long_line_is_skipped_without_being_read_whole(tmp_path: Path) -> None:
    limit = 1_000
    lines = [json.dumps(GOOD[0]), json.dumps({"text": "y" * 50_000}), json.dumps(GOOD[1])]
    path = jsonl(tmp_path / "long.jsonl", lines)
    items = list(read_inputs([str(path)], limits=ReadLimits(max_text_bytes=limit)))
    assert [getattr(i, "problem", None) for i in items] == [
        None,
        "the line is 0.0477 MB, larger than the 0.000954 MB limit (TRACKER_MAX_TEXT_MB): skipped",
        None,
    ]

    class Recording(io.BytesIO):
        largest = 0

        def readline(self, size: int | None = -1) -> bytes:  # type: ignore[override]
            line = super().readline(size)
            Recording.largest = max(Recording.largest, len(line))
            return line

    stream = Recording(b"a\n" + b"z" * 5_000_000 + b"\nb\n")
    assert list(_lines(stream, 100)) == [b"a\n", 5_000_001, b"b\n"]
    assert Recording.largest <= 1 << 20  # never the whole line at once


def test_one_article_above_the_text_limit_is_refused_unread(
    cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("TRACKER_MAX_TEXT_MB", "0.5")
    big = tmp_path / "big.txt"
    big.write_text("Titel\n\n" + "Ein Satz ohne Ende " * 60_000, encoding="utf-8")
    result = cli("ingest", str(big))
    assert result.exit_code == 1
    assert result.stderr == (
        f"error: {big}: one article is 1.09 MB, larger than the 0.5 MB limit (TRACKER_MAX_TEXT_MB)\n"
    )


def test_bad_limit_settings_are_clear_errors(cli, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("TRACKER_MAX_FILE_MB", "abc")
    result = cli("articles")
    assert (result.exit_code, result.output) == (
        1,
        "Error: TRACKER_MAX_FILE_MB='abc' is not a number\n",
    )
    monkeypatch.setenv("TRACKER_MAX_FILE_MB", "-3")
    result = cli("articles")
    assert result.output == "Error: TRACKER_MAX_FILE_MB='-3' must be a size in MB above 0\n"


# -- time linear in the input ------------------------------------------------------------------


def test_sentence_splitting_feeds_pysbd_bounded_windows() -> None:
    text = "26 Länder. " * 3_000
    pieces = sentences._windows(text)
    assert max(end - start for start, end in pieces) <= sentences.PYSBD_WINDOW
    assert "".join(text[s:e] for s, e in pieces) == text
    found = sentences.split_sentences(text.strip(), "de")
    assert len(found) == 3_000
    assert {s.text for s in found} == {"26 Länder."}


def test_a_sentence_without_an_end_is_cut_to_a_bounded_length() -> None:
    text = "Die Regierung sagte " * 2_000
    found = sentences.split_sentences(text, "de")
    assert max(len(s.text) for s in found) <= sentences.MAX_SENTENCE_CHARS
    assert all(text[s.start : s.end] == s.text for s in found)
    assert len(found) == pytest.approx(len(text) / sentences.MAX_SENTENCE_CHARS, abs=2)


@pytest.mark.slow
def test_extraction_of_one_article_is_bounded() -> None:
    record = ArticleRecord(text="26 Länder. " * 110_000, origin="repeat.txt", language="de")
    extraction = extract_drafts(record, "de")
    assert len(extraction.drafts) == MAX_CLAIMS_PER_ARTICLE
    assert max(d.sentence.end for d in extraction.drafts) <= MAX_EXTRACT_CHARS
    assert extraction.warnings == [
        "repeat.txt: text of 1,210,000 characters: claims are extracted from the first 99,990 only",
        f"repeat.txt: 9,090 claims in one article: the first {MAX_CLAIMS_PER_ARTICLE} are kept",
    ]


# -- one validation on both backends ------------------------------------------------------------


@pytest.mark.parametrize(
    ("record", "problem"),
    [
        ({"text": "Null\u0000Byte."}, "text contains a NUL byte (\\x00): refused"),
        ({"text": "Gut.", "title": "Ti\u0000tel"}, "title contains a NUL byte (\\x00): refused"),
        (
            {"text": "Halb \ud800 Zeichen."},
            "text contains an unpaired surrogate (\\ud800): refused",
        ),
        (
            {"text": "Gut.", "url": "https://x.example/" + "a" * 2_000},
            "url is 2,018 characters long, more than the 2,000 the database keeps: refused",
        ),
        (
            {"text": "Gut.", "author": "A" * 301},
            "author is 301 characters long, more than the 300 the database keeps: refused",
        ),
        (
            {"text": "Gut.", "source": "S" * 301},
            "source is 301 characters long, more than the 300 the database keeps: refused",
        ),
        (
            {"text": "Gut.", "id": "i" * 301},
            "external_id is 301 characters long, more than the 300 the database keeps: refused",
        ),
    ],
)
def test_the_same_field_checks_on_both_backends(
    cli, tmp_path: Path, record: dict[str, str], problem: str
) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "odd.jsonl"
    path.write_text(json.dumps(record) + "\n" + json.dumps(GOOD[0]) + "\n", encoding="utf-8")
    result = cli("ingest", str(path))
    assert result.exit_code == 1
    assert result.stderr == f"error: {path}:1: {problem}\n"
    assert result.stdout.startswith(
        "ingested 2 articles: 1 new, 0 unchanged, 0 new versions, 1 failed"
    )


def test_claim_collection_fields_are_checked_too(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "claims.jsonl"
    path.write_text(
        json.dumps({"id": "1", "text": "Rund 3 Brücken.", "claimant": "C" * 301})
        + "\n"
        + json.dumps({"id": "2", "text": "Satz. " * 2_000})
        + "\n",
        encoding="utf-8",
    )
    result = cli("ingest", "--as-claims", str(path))
    assert result.stderr.splitlines() == [
        f"error: {path}:1: claimant is 301 characters long, more than the 300 the database keeps: refused",
        f"error: {path}:2: a claim of 11,999 characters, more than 10,000: refused "
        "(ingest it as an article, without --as-claims)",
    ]
