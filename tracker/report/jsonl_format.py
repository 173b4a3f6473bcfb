"""The JSON Lines export format (``tracker-jsonl``, version 1), shared by export and import.

One JSON object per line, keys sorted, timestamps ISO 8601 UTC (``...Z``):

1. ``{"type": "header", "format": "tracker-jsonl", "version": 1, ...}``
2. ``{"type": "source", ...}`` for every source named, by name
3. ``{"type": "fact", "ref": FIGURE_REF, ...}`` for every fact named, in order of
   their first statement
4. per article, in publication order: ``{"type": "article", "ref": ..., "text": ...}``
   (the text once) followed by ``{"type": "claim", ...}`` lines for its claims, in
   text order, each with its figures, its verdicts and its relations to older claims.

Rows are named by stable references, not ids: an article by ``{"url", "sha256"}``
(without a URL: ``{"source", "external_id", "sha256"}``), a claim or figure by its
article's reference plus ``"span": [start, end]``, a fact by the reference of its
first figure, a claimant by the reference of its first claim. Ids are written too,
for information only. Every column of a table that is not one of the ids or links
in :data:`LINKS` is carried under its own name, so new columns travel without a
format change. docs/reporting.md describes the format for readers.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Column, DateTime

from tracker.errors import TrackerError
from tracker.query.dataset import Ref, Row, table
from tracker.report.values import parse_iso, plain

FORMAT = "tracker-jsonl"
VERSION = 1
LINE_TYPES = ("header", "source", "fact", "article", "claim")

# Columns written as references or nested objects (or not at all), per table.
LINKS: dict[str, frozenset[str]] = {
    "sources": frozenset({"id"}),
    "articles": frozenset(
        {"id", "source_id", "previous_version_id", "syndicated_from_id", "ingest_run_id"}
    ),
    "claimants": frozenset({"id"}),
    "claims": frozenset(
        {"id", "article_id", "claimant_id", "via_source_id", "via_text", "span_start", "span_end"}
    ),
    "figures": frozenset({"id", "claim_id", "fact_id", "span_start", "span_end"}),
    "facts": frozenset({"id", "current_figure_id", "merged_into_id"}),
    "relations": frozenset(
        {
            "id",
            "newer_claim_id",
            "older_claim_id",
            "newer_figure_id",
            "older_figure_id",
            "fact_id",
            "components",
        }
    ),
    "decisions": frozenset({"id", "relation_id", "figure_id", "fact_id"}),
    "verdicts": frozenset({"id", "claim_id"}),
}


class ImportFormatError(TrackerError):
    """A line of an import file is not what `tracker export --format jsonl` writes."""


def plain_columns(table_name: str) -> list[Column[Any]]:
    links = LINKS[table_name]
    return [c for c in table(table_name).c if c.name not in links]


def plain_fields(table_name: str, row: Row) -> dict[str, Any]:
    """The row's columns that travel under their own names, as JSON values."""
    return {c.name: plain(row[c.name]) for c in plain_columns(table_name)}


def row_values(table_name: str, obj: dict[str, Any]) -> dict[str, Any]:
    """Column values for ``table_name`` from an exported object (keys that are not
    columns are ignored; absent columns take their defaults)."""
    values: dict[str, Any] = {}
    for column in plain_columns(table_name):
        if column.name not in obj:
            continue
        value = obj[column.name]
        if value is not None and _is_time(column):
            value = parse_iso(value)
        values[column.name] = value
    return values


def _is_time(column: Column[Any]) -> bool:
    """A timestamp column (also behind a type decorator such as ``UTCDateTime``)."""
    kind = column.type
    return isinstance(kind, DateTime) or isinstance(getattr(kind, "impl", None), DateTime)


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass
class Line:
    number: int
    data: dict[str, Any]


@dataclass
class ExportFile:
    """An export file read back, every line checked."""

    origin: str
    header: dict[str, Any]
    sources: list[Line] = field(default_factory=list)
    facts: list[Line] = field(default_factory=list)
    articles: list[Line] = field(default_factory=list)
    claims: list[Line] = field(default_factory=list)


def read(stream: Iterable[str], origin: str) -> ExportFile:
    """Parse and check an export file; one clear error for the first bad line."""
    parsed: ExportFile | None = None
    for number, text in enumerate(stream, start=1):
        if not text.strip():
            continue
        where = f"{origin}:{number}"
        try:
            data = json.loads(text)
        except json.JSONDecodeError as error:
            raise ImportFormatError(
                f"{where}: broken JSON ({error.msg} at column {error.colno})"
            ) from None
        if not isinstance(data, dict) or data.get("type") not in LINE_TYPES:
            raise ImportFormatError(
                f"{where}: not a line of a tracker export (a JSON object with "
                f'"type" one of {", ".join(LINE_TYPES)})'
            )
        if parsed is None:
            parsed = ExportFile(origin, _header(data, where))
            continue
        kind = data["type"]
        if kind == "header":
            raise ImportFormatError(f"{where}: a second header line; concatenated exports?")
        _check(kind, data, where)
        getattr(parsed, f"{kind}s").append(Line(number, data))
    if parsed is None:
        raise ImportFormatError(f"{origin}: empty file: nothing to import")
    return parsed


def _header(data: dict[str, Any], where: str) -> dict[str, Any]:
    if data.get("type") != "header" or data.get("format") != FORMAT:
        raise ImportFormatError(
            f"{where}: not a tracker export: the first line must be the header that "
            "`tracker export --format jsonl` writes"
        )
    version = data.get("version")
    if version != VERSION:
        raise ImportFormatError(
            f"{where}: export format version {version!r}; this tracker reads version "
            f"{VERSION}: import it with the tracker that wrote it, or upgrade tracker"
        )
    return data


REQUIRED: dict[str, tuple[str, ...]] = {
    "source": ("name",),
    "fact": ("ref", "label"),
    "article": ("ref", "sha256", "text"),
    "claim": ("ref", "span", "text", "attribution", "language", "extractor_version"),
}


def _check(kind: str, data: dict[str, Any], where: str) -> None:
    missing = [key for key in REQUIRED[kind] if data.get(key) is None]
    if missing:
        raise ImportFormatError(f"{where}: a {kind} line needs {', '.join(missing)}")
    try:
        if kind == "article":
            if sha256(data["text"]) != data["sha256"]:
                raise ImportFormatError(
                    f"{where}: the article text does not match its sha256 (was the file edited?)"
                )
            _check_ref(data["ref"], span=False)
        elif kind == "claim":
            _check_ref(data["ref"], span=True)
            _check_span(data["span"])
            for figure in data.get("figures") or []:
                _check_span(figure.get("span"))
                if not isinstance(figure.get("value"), int | float):
                    raise ValueError("a figure needs a numeric value")
                if figure.get("fact") and figure["fact"].get("ref") is not None:
                    _check_ref(figure["fact"]["ref"], span=True)
            for verdict in data.get("verdicts") or []:
                if not isinstance(verdict, dict):
                    raise ValueError("a verdict is a JSON object")
                for key in ("reviewed_at", "recorded_at"):
                    if verdict.get(key) is not None:
                        parse_iso(verdict[key])
            for relation in data.get("relations") or []:
                if not relation.get("kind") or not isinstance(relation.get("score"), int | float):
                    raise ValueError("a relation needs kind and score")
                _check_ref((relation.get("older_claim") or {}).get("ref"), span=True)
        elif kind == "fact":
            _check_ref(data["ref"], span=True)
        for key, value in data.items():
            if key.endswith("_at") and value is not None:
                parse_iso(value)
    except ImportFormatError:
        raise
    except (ValueError, TypeError, AttributeError) as error:
        raise ImportFormatError(f"{where}: {kind} line: {error}") from None


def _check_ref(ref: Any, *, span: bool) -> None:
    if not isinstance(ref, dict) or not isinstance(ref.get("sha256"), str):
        raise ValueError("a reference needs sha256 (and url, or source and external_id)")
    if span:
        _check_span(ref.get("span"))


def _check_span(span: Any) -> None:
    if (
        not isinstance(span, list)
        or len(span) != 2
        or not all(isinstance(i, int) for i in span)
        or span[0] > span[1]
    ):
        raise ValueError(f"a span is [start, end] in characters, not {span!r}")


def article_part(ref: Ref) -> Ref:
    """The article reference inside a claim or figure reference."""
    return {k: v for k, v in ref.items() if k != "span"}
