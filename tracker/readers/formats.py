"""Parsers for each input format: text in, ArticleRecords (or ReadErrors) out."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator

from tracker.errors import ReadError
from tracker.readers.claimreview import claim_records, is_claimreview
from tracker.readers.decode import clean_text
from tracker.readers.record import ArticleRecord, record_from_mapping

Parsed = ArticleRecord | ReadError


def parse_plain_text(text: str, origin: str) -> Iterator[Parsed]:
    """Plain text: the first non-empty line is the title, the rest is the article."""
    text = clean_text(text)
    title, _, body = text.partition("\n")
    body = clean_text(body)
    if not body:
        # A one-paragraph file: no separate title line, the whole file is the text.
        yield ArticleRecord(text=clean_text(title), origin=origin)
        return
    yield ArticleRecord(text=body, origin=origin, title=title.strip())


_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(?P<meta>.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
_META_LINE = re.compile(r"^(?P<key>[A-Za-z_][\w-]*)\s*:\s*(?P<value>.*?)\s*$")


def parse_markdown(text: str, origin: str) -> Iterator[Parsed]:
    """Markdown with an optional front-matter block of ``key: value`` lines.

    Markup is reduced to plain text (headings, emphasis, links, images, code
    fences), so that claims and their spans refer to readable text. Without a
    ``title`` in the front matter, a leading ``# Heading`` is the title.
    """
    text = clean_text(text)
    meta: dict[str, str] = {}
    match = _FRONT_MATTER.match(text)
    if match:
        for number, line in enumerate(match["meta"].splitlines(), start=2):
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            item = _META_LINE.match(line)
            if not item:
                yield ReadError(
                    f"{origin}:{number}", f"front matter line is not 'key: value': {line!r}"
                )
                return
            meta[item["key"].lower()] = _unquote(item["value"])
        text = text[match.end() :]
    body = text
    heading = re.match(r"\A\s*#[ \t]+(.+?)[ \t]*#*[ \t]*(?:\n|\Z)", body)
    if heading and meta.get("title", heading.group(1)) == heading.group(1):
        # The leading heading is the title: keep it once, as metadata.
        meta["title"] = heading.group(1)
        body = body[heading.end() :]
    meta["text"] = markdown_to_text(body)
    try:
        yield record_from_mapping(meta, origin)
    except ReadError as error:
        yield error


def _unquote(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
        return value[1:-1]
    return value


_MD_RULES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"^```.*?^```[ \t]*$", re.S | re.M), ""),
    (re.compile(r"!\[([^\]]*)\]\([^)]*\)"), ""),
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),
    (re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+(.*?)[ \t]*#*[ \t]*$", re.M), r"\1"),
    (re.compile(r"^\s{0,3}>\s?", re.M), ""),
    (re.compile(r"^\s{0,3}(?:[-*+]|\d+[.)])\s+", re.M), ""),
    (re.compile(r"^\s{0,3}(?:[-*_]\s*){3,}$", re.M), ""),
    (re.compile(r"(\*\*|__)(.+?)\1"), r"\2"),
    (re.compile(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])"), r"\1"),
    (re.compile(r"`([^`]+)`"), r"\1"),
    (re.compile(r"\n{3,}"), "\n\n"),
)


def markdown_to_text(markdown: str) -> str:
    text = markdown
    for pattern, replacement in _MD_RULES:
        text = pattern.sub(replacement, text)
    return clean_text(text)


def parse_json_line(line: str, where: str, default_source: str | None = None) -> list[Parsed]:
    """One line of JSON Lines: an article, or the claims of a ClaimReview; nothing
    for a blank line."""
    if not line.strip():
        return []
    try:
        data = json.loads(line.rstrip("\r\n"))
    except json.JSONDecodeError as error:
        return [ReadError(where, f"broken JSON ({error.msg} at column {error.colno})")]
    except (RecursionError, MemoryError, ValueError) as error:
        return [ReadError(where, json_problem(error))]
    try:
        if isinstance(data, dict) and is_claimreview(data):
            return list(claim_records(data, where, default_source))
        return [record_from_mapping(data, where)]
    except ReadError as error:
        return [error]
    except (RecursionError, MemoryError) as error:
        return [ReadError(where, json_problem(error))]


def json_problem(error: BaseException) -> str:
    """One line for JSON that parses badly in ways other than a syntax error."""
    if isinstance(error, RecursionError):
        return "JSON nested too deeply: refused"
    if isinstance(error, MemoryError):
        return "JSON too large for the memory available: refused"
    return f"broken JSON ({str(error).splitlines()[0] if str(error) else type(error).__name__})"


def parse_json_lines(text: str, origin: str, default_source: str | None = None) -> Iterator[Parsed]:
    """One JSON object per line; each bad line is its own ReadError (file:line)."""
    seen_any = False
    for number, line in enumerate(text.splitlines(), start=1):
        items = parse_json_line(line, f"{origin}:{number}", default_source)
        seen_any = seen_any or bool(items)
        yield from items
    if not seen_any:
        yield ReadError(origin, "empty file: no JSON lines")


def parse_json(text: str, origin: str, default_source: str | None = None) -> Iterator[Parsed]:
    """A JSON array of article objects, a single object, or an object whose
    ``articles``/``items``/``data`` field holds the array; or ClaimReview JSON-LD
    (see :mod:`tracker.readers.claimreview`), whose reviews become claims."""
    try:
        data = json.loads(text)
    except (RecursionError, MemoryError) as error:
        yield ReadError(origin, json_problem(error))
        return
    except json.JSONDecodeError as error:
        if "\n" in text.strip() and text.lstrip().startswith("{"):
            # Probably JSON Lines saved as .json: read it line by line instead.
            yield from parse_json_lines(text, origin, default_source)
            return
        yield ReadError(
            origin, f"broken JSON ({error.msg} at line {error.lineno} column {error.colno})"
        )
        return
    if is_claimreview(data):
        yield from claim_records(data, origin, default_source)
        return
    if isinstance(data, dict):
        for key in ("articles", "items", "data", "records"):
            if isinstance(data.get(key), list):
                data = data[key]
                break
        else:
            data = [data]
    if not isinstance(data, list):
        yield ReadError(origin, f"expected a JSON array of objects, got {type(data).__name__}")
        return
    if not data:
        yield ReadError(origin, "empty JSON array: nothing to ingest")
    for index, item in enumerate(data):
        try:
            yield record_from_mapping(item, f"{origin}[{index}]")
        except ReadError as error:
            yield error
        except (RecursionError, MemoryError) as error:
            yield ReadError(f"{origin}[{index}]", json_problem(error))
