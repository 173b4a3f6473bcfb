"""Claim collections: each record of a JSONL, JSON, CSV or TSV file is one claim.

Fields: ``id`` (kept as the claim's external id), ``text``, and optional
``claimant``, ``date``, ``source``, ``url``, ``title``. Other column names are
mapped with ``--map text=vclaim,id=vclaim_id``. A first CSV/TSV column without a
name (an index written by pandas, say) is the id unless mapped otherwise.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

from tracker.errors import ReadError
from tracker.readers import STDIN, Overrides, expand_inputs
from tracker.readers.decode import clean_text, decode_bytes
from tracker.readers.record import ArticleRecord, parse_timestamp, source_name

FIELDS = ("id", "text", "claimant", "date", "source", "url", "title")
COLLECTION_EXTENSIONS = {
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "json",
    ".csv": "csv",
    ".tsv": "tsv",
}


def parse_mapping(spec: Iterable[str]) -> dict[str, str]:
    """``["text=vclaim,id=vclaim_id"]`` -> ``{"text": "vclaim", "id": "vclaim_id"}``."""
    mapping: dict[str, str] = {}
    for part in ",".join(spec).split(","):
        if not part.strip():
            continue
        field, sep, column = part.partition("=")
        field = field.strip()
        if not sep or field not in FIELDS:
            raise ValueError(
                f"--map expects FIELD=COLUMN with FIELD one of {', '.join(FIELDS)}; got {part!r}"
            )
        mapping[field] = column.strip()
    return mapping


def read_claim_records(
    inputs: Iterable[str],
    *,
    mapping: Mapping[str, str] | None = None,
    format: str | None = None,
    overrides: Overrides | None = None,
    stdin: Any = None,
) -> Iterator[ArticleRecord | ReadError]:
    overrides = overrides or Overrides()
    mapping = dict(mapping or {})
    for target in expand_inputs(inputs):
        if isinstance(target, ReadError):
            yield target
            continue
        origin = "<stdin>" if target == STDIN else str(target)
        try:
            data = stdin.read() if target == STDIN else Path(target).read_bytes()
            text = decode_bytes(data, origin).text
        except ReadError as error:
            yield error
            continue
        except OSError as error:
            yield ReadError(origin, f"cannot read: {error.strerror or error}")
            continue
        kind = format or _kind(target, text)
        default_source = None if target == STDIN else Path(target).stem
        for where, row in _rows(kind, text, origin):
            if isinstance(row, ReadError):
                yield row
                continue
            try:
                record = _record(row, mapping, where, default_source)
            except ReadError as error:
                yield error
                continue
            yield overrides.apply(record)


def _kind(target: Path | str, text: str) -> str:
    if isinstance(target, Path) and target.suffix.lower() in COLLECTION_EXTENSIONS:
        return COLLECTION_EXTENSIONS[target.suffix.lower()]
    head = text.lstrip()
    if head.startswith("["):
        return "json"
    if head.startswith("{"):
        return "jsonl"
    first = head.splitlines()[0] if head else ""
    return "tsv" if "\t" in first else "csv"


def _rows(kind: str, text: str, origin: str) -> Iterator[tuple[str, Mapping[str, Any] | ReadError]]:
    if kind == "jsonl":
        for number, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            where = f"{origin}:{number}"
            try:
                item = json.loads(line)
            except json.JSONDecodeError as error:
                yield where, ReadError(where, f"broken JSON ({error.msg} at column {error.colno})")
                continue
            yield (
                where,
                item if isinstance(item, dict) else ReadError(where, "expected a JSON object"),
            )
    elif kind == "json":
        try:
            items = json.loads(text)
        except json.JSONDecodeError as error:
            yield origin, ReadError(origin, f"broken JSON ({error.msg} at line {error.lineno})")
            return
        if isinstance(items, dict):
            items = next((v for v in items.values() if isinstance(v, list)), [items])
        for index, item in enumerate(items):
            where = f"{origin}[{index}]"
            yield (
                where,
                item if isinstance(item, dict) else ReadError(where, "expected a JSON object"),
            )
    else:
        reader = csv.DictReader(io.StringIO(text), delimiter="\t" if kind == "tsv" else ",")
        if not reader.fieldnames:
            yield origin, ReadError(origin, "no header row: the first line must name the columns")
            return
        for row in reader:
            where = f"{origin}:{reader.line_num}"
            if None in row:
                yield where, ReadError(where, "more cells than header columns")
                continue
            yield where, row


def _value(row: Mapping[str, Any], field: str, mapping: Mapping[str, str]) -> Any:
    if field in mapping:
        return row.get(mapping[field])
    if field == "id" and "id" not in row and "" in row:
        return row.get("")
    aliases = {
        "text": ("text", "claim", "claim_text", "content"),
        "date": ("date", "published", "datePublished", "claim_date"),
        "claimant": ("claimant", "author", "speaker"),
        "source": ("source", "publisher", "outlet"),
    }.get(field, (field,))
    return next((row[a] for a in aliases if row.get(a) not in (None, "")), None)


def _record(
    row: Mapping[str, Any], mapping: Mapping[str, str], where: str, default_source: str | None
) -> ArticleRecord:
    text = _value(row, "text", mapping)
    if not isinstance(text, str) or not text.strip():
        column = mapping.get("text", "text")
        raise ReadError(
            where, f"no claim text (column {column!r} is missing or empty); use --map text=COLUMN"
        )
    date = _value(row, "date", mapping)
    external_id = _value(row, "id", mapping)
    source, source_url = source_name(_str(_value(row, "source", mapping)) or default_source)
    return ArticleRecord(
        text=clean_text(text),
        origin=where,
        title=_str(_value(row, "title", mapping)),
        url=_str(_value(row, "url", mapping)),
        source=source,
        source_url=source_url,
        published_at=parse_timestamp(date, "date", where) if date not in (None, "") else None,
        external_id=_str(external_id),
        as_claim=True,
        claimant=_str(_value(row, "claimant", mapping)),
    )


def _str(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None
