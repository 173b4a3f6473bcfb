"""Readers: files, directories, globs and stdin to ArticleRecords.

Formats are chosen by extension or ``--format``: ``text`` (.txt), ``markdown``
(.md, with front matter), ``jsonl`` (.jsonl/.ndjson), ``json`` (.json/.jsonld
arrays, objects, ClaimReview JSON-LD), ``html`` (.html/.htm saved pages), ``feed``
(.rss/.atom/.rdf, and .xml files that are feeds) and ``claimreview``. Without an
extension the content decides. Every problem becomes a
:class:`~tracker.errors.ReadError` *in the stream*, so one bad file or line never
stops the others; a folder's files that no reader takes are counted in
:class:`Skipped`.
"""

from __future__ import annotations

import glob
import json
import re
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from tracker.config import ReadLimits
from tracker.errors import ReadError
from tracker.readers.decode import decode_bytes
from tracker.readers.formats import (
    Parsed,
    json_problem,
    parse_json,
    parse_json_line,
    parse_json_lines,
    parse_markdown,
    parse_plain_text,
)
from tracker.readers.html import PageIndex
from tracker.readers.record import ArticleRecord, Overrides, VerdictRecord

__all__ = [
    "ArticleRecord",
    "FORMATS",
    "Overrides",
    "Parsed",
    "Skipped",
    "VerdictRecord",
    "expand_inputs",
    "in_time_order",
    "read_inputs",
]

FORMATS: dict[str, tuple[str, ...]] = {
    "text": (".txt", ".text"),
    "markdown": (".md", ".markdown"),
    "jsonl": (".jsonl", ".ndjson"),
    "json": (".json", ".jsonld"),
    "html": (".html", ".htm", ".xhtml"),
    "feed": (".rss", ".atom", ".rdf", ".xml"),
    "claimreview": (),
}
# Names --format also takes for a format above.
FORMAT_ALIASES = {"rss": "feed", "atom": "feed"}
_BY_EXTENSION = {ext: name for name, exts in FORMATS.items() for ext in exts}
HEAD_BYTES = 2048
STDIN = "-"
_SKIP_CHUNK = 1 << 20  # bytes read at a time while skipping an over-long line


@dataclass
class Skipped:
    """Files a folder walk left out, by extension and reason."""

    files: Counter[tuple[str, str]] = field(default_factory=Counter)

    def add(self, path: Path, reason: str) -> None:
        self.files[(path.suffix.lower() or "no extension", reason)] += 1

    @property
    def count(self) -> int:
        return sum(self.files.values())

    def line(self) -> str:
        """``3 files skipped: 2 .pdf, 1 .docx (no reader); 1 .xml (not a feed)``."""
        if not self.count:
            return ""
        by_reason: dict[str, list[str]] = {}
        for (extension, reason), number in sorted(
            self.files.items(), key=lambda item: (-item[1], item[0])
        ):
            by_reason.setdefault(reason, []).append(
                extension if len(self.files) == 1 else f"{number} {extension}"
            )
        parts = "; ".join(f"{', '.join(exts)} ({reason})" for reason, exts in by_reason.items())
        noun = "file" if self.count == 1 else "files"
        return f"{self.count} {noun} skipped: {parts}"


def expand_inputs(
    inputs: Iterable[str],
    *,
    extensions: Iterable[str] | None = None,
    skipped: Skipped | None = None,
) -> Iterator[Path | str | ReadError]:
    """Paths to read, in a stable order: files as given, directories walked
    recursively (files with one of ``extensions`` only, ``.xml`` only when it is a
    feed; hidden entries left alone; the others counted in ``skipped``), globs
    expanded. ``-`` stays ``-`` (stdin)."""
    wanted = set(extensions) if extensions is not None else set(_BY_EXTENSION)
    skipped = skipped if skipped is not None else Skipped()
    for raw in inputs:
        if raw == STDIN:
            yield STDIN
            continue
        path = Path(raw).expanduser()
        if path.is_dir():
            found = []
            for candidate in sorted(path.rglob("*")):
                relative = candidate.relative_to(path).parts
                if any(part.startswith(".") for part in relative) or not candidate.is_file():
                    continue
                reason = _why_skipped(candidate, wanted)
                if reason:
                    skipped.add(candidate, reason)
                else:
                    found.append(candidate)
            if not found:
                yield ReadError(
                    raw, f"directory has no {', '.join(sorted(wanted))} files: nothing to read"
                )
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


def _why_skipped(path: Path, wanted: set[str]) -> str | None:
    extension = path.suffix.lower()
    if extension not in wanted:
        return "no reader"
    if extension == ".xml":
        from tracker.readers.feeds import is_feed

        try:
            with path.open("rb") as handle:
                if not is_feed(handle.read(HEAD_BYTES)):
                    return "not a feed"
        except OSError:
            return None  # reading it will say why
    return None


def read_inputs(
    inputs: Iterable[str],
    *,
    format: str | None = None,
    overrides: Overrides | None = None,
    stdin: BinaryIO | None = None,
    skipped: Skipped | None = None,
    limits: ReadLimits | None = None,
) -> Iterator[Parsed]:
    """All records from all inputs, with command-line overrides applied.

    ``limits`` bound what is held in memory at once (default: from the environment,
    ``TRACKER_MAX_FILE_MB`` and ``TRACKER_MAX_TEXT_MB``).
    """
    overrides = overrides or Overrides()
    limits = limits or ReadLimits.from_env()
    pages = PageIndex(limits.max_file_bytes)
    for target in expand_inputs(inputs, skipped=skipped):
        if isinstance(target, ReadError):
            yield target
            continue
        yield from guarded(
            (
                overrides.apply(item) if isinstance(item, ArticleRecord) else item
                for item in read_one(target, format=format, stdin=stdin, pages=pages, limits=limits)
            ),
            "<stdin>" if target == STDIN else str(target),
        )


def guarded(items: Iterator[Parsed], origin: str) -> Iterator[Parsed]:
    """``items``, but an unexpected failure of a reader ends that file with one
    ReadError instead of ending the whole batch."""
    try:
        yield from items
    except (ValueError, RecursionError, MemoryError, UnicodeError, LookupError) as error:
        problem = str(error).splitlines()[0] if str(error) else ""
        yield ReadError(origin, f"cannot read the rest: {type(error).__name__}: {problem}"[:300])


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
        return FORMAT_ALIASES.get(requested, requested)
    if isinstance(path, Path) and path.suffix.lower() in _BY_EXTENSION:
        return _BY_EXTENSION[path.suffix.lower()]
    head = data_head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(b"["):
        return "json"
    if head.startswith(b"{"):
        return "jsonl"
    if head.startswith(b"---"):
        return "markdown"
    if head.startswith(b"<"):
        from tracker.readers.feeds import is_feed

        if is_feed(head):
            return "feed"
        if re.search(rb"<(?:!doctype\s+html|html|head|body)\b", head, re.I):
            return "html"
    return "text"


def _megabytes(size: int) -> str:
    return f"{size / 2**20:.3g} MB"


def too_large(size: int, limit: int, what: str, setting: str) -> str:
    """The one-line refusal of an input above a size limit."""
    return f"{what} is {_megabytes(size)}, larger than the {_megabytes(limit)} limit ({setting})"


def read_one(
    target: Path | str,
    *,
    format: str | None,
    stdin: BinaryIO | None,
    pages: PageIndex | None = None,
    limits: ReadLimits | None = None,
) -> Iterator[Parsed]:
    limits = limits or ReadLimits.from_env()
    origin = "<stdin>" if target == STDIN else str(target)
    try:
        if target == STDIN:
            stream = stdin if stdin is not None else sys.stdin.buffer
            data = stream.read(limits.max_file_bytes + 1)
            if len(data) > limits.max_file_bytes:
                raise ReadError(
                    origin,
                    f"input larger than the {_megabytes(limits.max_file_bytes)} limit: refused "
                    "(TRACKER_MAX_FILE_MB)",
                )
            chosen = format_for(target, data[:HEAD_BYTES], format)
            yield from _parse_bytes(data, origin, chosen, None, pages)
            return
        assert isinstance(target, Path)
        size = target.stat().st_size
        with target.open("rb") as handle:
            head = handle.read(HEAD_BYTES)
        chosen = format_for(target, head, format)
        if chosen == "jsonl":
            yield from _read_json_lines_file(target, origin, limits.max_text_bytes)
            return
        if chosen in ("text", "markdown") and size > limits.max_text_bytes:
            # one file is one article: its text is bounded like any article's
            raise ReadError(
                origin,
                too_large(size, limits.max_text_bytes, "one article", "TRACKER_MAX_TEXT_MB"),
            )
        if size > limits.max_file_bytes:
            raise ReadError(
                origin,
                too_large(size, limits.max_file_bytes, "the file", "TRACKER_MAX_FILE_MB")
                + "; split it into JSON Lines",
            )
        yield from _parse_bytes(target.read_bytes(), origin, chosen, target, pages)
    except ReadError as error:
        yield error
    except MemoryError:
        yield ReadError(origin, "not enough memory to read it: refused (split the file)")
    except OSError as error:
        yield ReadError(origin, f"cannot read: {error.strerror or error}")


def _parse_bytes(
    data: bytes, origin: str, chosen: str, path: Path | None, pages: PageIndex | None
) -> Iterator[Parsed]:
    if chosen == "html":
        from tracker.readers.html import parse_html

        yield from parse_html(data, origin)
        return
    decoded = decode_bytes(data, origin)  # refuses empty and binary files
    default_source = path.stem if path is not None else None
    items: Iterable[Parsed]
    if chosen == "feed":
        from tracker.readers.feeds import parse_feed

        items = parse_feed(data, origin, path.parent if path is not None else None, pages)
    elif chosen == "claimreview":
        items = _parse_claimreview(decoded.text, origin, default_source)
    elif chosen in ("json", "jsonl"):
        parse = parse_json if chosen == "json" else parse_json_lines
        items = parse(decoded.text, origin, default_source)
    else:
        items = (parse_markdown if chosen == "markdown" else parse_plain_text)(decoded.text, origin)
    for item in items:
        if isinstance(item, ArticleRecord) and decoded.warnings:
            item.warnings.extend(decoded.warnings)
            decoded.warnings = []  # warn once per file
        yield item


def _parse_claimreview(text: str, origin: str, default_source: str | None) -> Iterator[Parsed]:
    from tracker.readers.claimreview import claim_records

    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        yield ReadError(
            origin, f"broken JSON ({error.msg} at line {error.lineno} column {error.colno})"
        )
        return
    except (RecursionError, MemoryError, ValueError) as error:
        yield ReadError(origin, json_problem(error))
        return
    yield from claim_records(data, origin, default_source)


def _lines(handle: BinaryIO, limit: int) -> Iterator[bytes | int]:
    """The lines of a file; a line longer than ``limit`` bytes comes out as its length
    instead, and is skipped without ever being held whole."""
    while True:
        raw = handle.readline(limit + 1)
        if not raw:
            return
        if len(raw) <= limit or raw.endswith(b"\n"):
            yield raw
            continue
        length = len(raw)
        while True:
            rest = handle.readline(_SKIP_CHUNK)
            length += len(rest)
            if not rest or rest.endswith(b"\n"):
                break
        yield length


def _read_json_lines_file(path: Path, origin: str, max_line_bytes: int) -> Iterator[Parsed]:
    """Stream a JSON Lines file line by line, so that its size does not matter; memory
    is bounded by the longest line read (``max_line_bytes``)."""
    with path.open("rb") as handle:
        head = handle.read(8192)
        decode_bytes(head, origin)  # refuses empty and binary files
        handle.seek(0)
        warning: str | None = None
        seen_any = False
        for number, raw in enumerate(_lines(handle, max_line_bytes), start=1):
            where = f"{origin}:{number}"
            if isinstance(raw, int):
                seen_any = True
                yield ReadError(
                    where,
                    too_large(raw, max_line_bytes, "the line", "TRACKER_MAX_TEXT_MB") + ": skipped",
                )
                continue
            if number == 1 and raw.startswith(b"\xef\xbb\xbf"):
                raw = raw[3:]
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError:
                line = raw.decode("cp1252", errors="replace")
                if warning is None:
                    warning = (
                        f"{origin}: not UTF-8 from line {number}; decoded as Windows-1252 "
                        "(a guess): check umlauts and quotes"
                    )
            items = parse_json_line(line, where, path.stem)
            seen_any = seen_any or bool(items)
            for item in items:
                if isinstance(item, ArticleRecord) and warning:
                    item.warnings.append(warning)
                    warning = ""
                yield item
        if not seen_any:
            yield ReadError(origin, "empty file: no JSON lines")
