"""Readers: files, directories, globs and stdin to ArticleRecords.

Formats are chosen by extension or ``--format``: ``text`` (.txt), ``markdown``
(.md, with front matter), ``jsonl`` (.jsonl/.ndjson) and ``json`` (.json arrays).
Every problem becomes a :class:`~tracker.errors.ReadError` *in the stream*, so one
bad file or line never stops the others.
"""

from __future__ import annotations

import glob
import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from tracker.errors import ReadError
from tracker.readers.decode import decode_bytes
from tracker.readers.formats import (
    Parsed,
    parse_json,
    parse_json_line,
    parse_json_lines,
    parse_markdown,
    parse_plain_text,
)
from tracker.readers.record import ArticleRecord, Overrides

__all__ = [
    "ArticleRecord",
    "FORMATS",
    "Overrides",
    "Parsed",
    "expand_inputs",
    "in_time_order",
    "read_inputs",
]

FORMATS: dict[str, tuple[str, ...]] = {
    "text": (".txt", ".text"),
    "markdown": (".md", ".markdown"),
    "jsonl": (".jsonl", ".ndjson"),
    "json": (".json",),
}
_BY_EXTENSION = {ext: name for name, exts in FORMATS.items() for ext in exts}
MAX_FILE_BYTES = int(float(os.environ.get("TRACKER_MAX_FILE_MB", "200")) * 1024 * 1024)
MAX_LINE_BYTES = 20 * 1024 * 1024
STDIN = "-"


def expand_inputs(inputs: Iterable[str]) -> Iterator[Path | str | ReadError]:
    """Paths to read, in a stable order: files as given, directories walked
    recursively (known extensions only, hidden entries skipped), globs expanded.
    ``-`` stays ``-`` (stdin)."""
    for raw in inputs:
        if raw == STDIN:
            yield STDIN
            continue
        path = Path(raw).expanduser()
        if path.is_dir():
            found = sorted(
                p
                for p in path.rglob("*")
                if p.is_file()
                and p.suffix.lower() in _BY_EXTENSION
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
            if not found:
                yield ReadError(raw, "directory has no .txt, .md, .jsonl or .json files")
            yield from found
        elif path.is_file():
            yield path
        elif glob.has_magic(raw):
            matches = sorted(Path(m) for m in glob.glob(str(path), recursive=True))
            files = [m for m in matches if m.is_file()]
            if not files:
                yield ReadError(raw, "no files match this pattern")
            yield from files
        else:
            yield ReadError(raw, "no such file or directory")


def read_inputs(
    inputs: Iterable[str],
    *,
    format: str | None = None,
    overrides: Overrides | None = None,
    stdin: BinaryIO | None = None,
) -> Iterator[Parsed]:
    """All records from all inputs, with command-line overrides applied."""
    overrides = overrides or Overrides()
    for target in expand_inputs(inputs):
        if isinstance(target, ReadError):
            yield target
            continue
        for item in read_one(target, format=format, stdin=stdin):
            yield overrides.apply(item) if isinstance(item, ArticleRecord) else item


TIME_ORDER_BUFFER = 20_000


def in_time_order(items: Iterable[Parsed], buffer: int = TIME_ORDER_BUFFER) -> Iterator[Parsed]:
    """Records by published time (undated last, input order kept among equals).

    Matching gives its best results when articles arrive in the order they were
    published. Up to ``buffer`` records are held and sorted; a larger batch is
    sorted in chunks of that size. Read errors pass straight through.
    """
    held: list[ArticleRecord] = []

    def flush() -> Iterator[ArticleRecord]:
        held.sort(key=_time_key)
        yield from held
        held.clear()

    for item in items:
        if isinstance(item, ReadError):
            yield item
            continue
        held.append(item)
        if len(held) >= buffer:
            yield from flush()
    yield from flush()


def _time_key(record: ArticleRecord) -> tuple[bool, float]:
    when = record.published_at or record.retrieved_at
    return (when is None, when.timestamp() if when else 0.0)


def format_for(path: Path | str, data_head: bytes, requested: str | None) -> str:
    if requested:
        return requested
    if isinstance(path, Path) and path.suffix.lower() in _BY_EXTENSION:
        return _BY_EXTENSION[path.suffix.lower()]
    head = data_head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(b"["):
        return "json"
    if head.startswith(b"{"):
        return "jsonl"
    if head.startswith(b"---"):
        return "markdown"
    return "text"


def read_one(target: Path | str, *, format: str | None, stdin: BinaryIO | None) -> Iterator[Parsed]:
    origin = "<stdin>" if target == STDIN else str(target)
    try:
        if target == STDIN:
            stream = stdin if stdin is not None else sys.stdin.buffer
            data = stream.read(MAX_FILE_BYTES + 1)
            if len(data) > MAX_FILE_BYTES:
                raise ReadError(origin, f"input larger than {MAX_FILE_BYTES // 2**20} MB: refused")
            chosen = format_for(target, data[:64], format)
            yield from _parse_bytes(data, origin, chosen)
            return
        assert isinstance(target, Path)
        size = target.stat().st_size
        with target.open("rb") as handle:
            head = handle.read(64)
        chosen = format_for(target, head, format)
        if chosen == "jsonl":
            yield from _read_json_lines_file(target, origin)
            return
        if size > MAX_FILE_BYTES:
            raise ReadError(
                origin,
                f"file is {size / 2**20:.0f} MB, larger than the {MAX_FILE_BYTES // 2**20} MB "
                "limit (set TRACKER_MAX_FILE_MB, or split it into JSON Lines)",
            )
        yield from _parse_bytes(target.read_bytes(), origin, chosen)
    except ReadError as error:
        yield error
    except OSError as error:
        yield ReadError(origin, f"cannot read: {error.strerror or error}")


def _parse_bytes(data: bytes, origin: str, chosen: str) -> Iterator[Parsed]:
    decoded = decode_bytes(data, origin)
    parsers = {
        "text": parse_plain_text,
        "markdown": parse_markdown,
        "json": parse_json,
        "jsonl": parse_json_lines,
    }
    for item in parsers[chosen](decoded.text, origin):
        if isinstance(item, ArticleRecord) and decoded.warnings:
            item.warnings.extend(decoded.warnings)
            decoded.warnings = []  # warn once per file
        yield item


def _read_json_lines_file(path: Path, origin: str) -> Iterator[Parsed]:
    """Stream a JSON Lines file line by line, so that its size does not matter."""
    with path.open("rb") as handle:
        head = handle.read(8192)
        decode_bytes(head, origin)  # refuses empty and binary files
        handle.seek(0)
        warning: str | None = None
        seen_any = False
        for number, raw in enumerate(handle, start=1):
            where = f"{origin}:{number}"
            if number == 1 and raw.startswith(b"\xef\xbb\xbf"):
                raw = raw[3:]
            if len(raw) > MAX_LINE_BYTES:
                yield ReadError(where, f"line longer than {MAX_LINE_BYTES // 2**20} MB: refused")
                continue
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError:
                line = raw.decode("cp1252", errors="replace")
                if warning is None:
                    warning = (
                        f"{origin}: not UTF-8 from line {number}; decoded as Windows-1252 "
                        "(a guess): check umlauts and quotes"
                    )
            item = parse_json_line(line, where)
            if item is None:
                continue
            seen_any = True
            if isinstance(item, ArticleRecord) and warning:
                item.warnings.append(warning)
                warning = ""
            yield item
        if not seen_any:
            yield ReadError(origin, "empty file: no JSON lines")
