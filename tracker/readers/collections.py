"""Claim collections: each record of a JSONL, JSON, CSV or TSV file is one claim.

Fields: ``id`` (kept as the claim's external id), ``text``, and optional
``claimant``, ``date``, ``source``, ``url``, ``title``, and a verdict: ``rating``
(also read from ``verdict``, ``label``, ``textual_rating``, ...), ``rating_value``,
``reviewer`` (the fact-checker), ``review_url`` (else ``url``) and ``review_date``.
Other column names are mapped with ``--map text=vclaim,id=vclaim_id``. A first
CSV/TSV column without a name (an index written by pandas, say) is the id unless
mapped otherwise. ClaimReview JSON-LD (a file, or a JSON line) is read as
:mod:`tracker.readers.claimreview` reads it. Dates are read as people write them
(:mod:`tracker.readers.dates`); one that cannot be read is a warning, and the claim
is stored without it.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

from tracker.errors import ReadError
from tracker.readers import STDIN, Overrides, Skipped, expand_inputs
from tracker.readers.claimreview import claim_records, is_claimreview
from tracker.readers.dates import read_date
from tracker.readers.decode import decode_bytes
from tracker.readers.markup import plain_text
from tracker.readers.record import ArticleRecord, VerdictRecord, source_name

FIELDS = (
    "id",
    "text",
    "claimant",
    "date",
    "source",
    "url",
    "title",
    "rating",
    "rating_value",
    "reviewer",
    "review_url",
    "review_date",
)
COLLECTION_EXTENSIONS = {
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "json",
    ".jsonld": "json",
    ".csv": "csv",
    ".tsv": "tsv",
}
# Column names understood without --map, first present wins.
ALIASES: dict[str, tuple[str, ...]] = {
    "text": ("text", "claim", "claim_text", "claimReviewed", "content"),
    "date": ("date", "published", "datePublished", "claim_date", "claimDate"),
    "claimant": ("claimant", "author", "speaker"),
    "source": ("source", "publisher", "outlet"),
    "rating": (
        "rating",
        "verdict",
        "label",
        "textual_rating",
        "textualRating",
        "truth_rating",
        "ruling",
        "alternateName",
    ),
    "rating_value": ("rating_value", "ratingValue"),
    "reviewer": ("reviewer", "fact_checker", "factchecker", "checked_by", "reviewed_by"),
    "review_url": ("review_url", "fact_check_url", "factcheck_url"),
    "review_date": ("review_date", "reviewed_at", "reviewDate", "review_published"),
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
    skipped: Skipped | None = None,
) -> Iterator[ArticleRecord | ReadError]:
    overrides = overrides or Overrides()
    mapping = dict(mapping or {})
    for target in expand_inputs(inputs, extensions=COLLECTION_EXTENSIONS, skipped=skipped):
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
            if kind in ("json", "jsonl", "claimreview") and is_claimreview(row):
                records = list(claim_records(row, where, default_source))
            else:
                try:
                    records = [_record(row, mapping, where, default_source)]
                except ReadError as error:
                    records = [error]
            for record in records:
                yield overrides.apply(record) if isinstance(record, ArticleRecord) else record


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
    elif kind in ("json", "claimreview"):
        try:
            items = json.loads(text)
        except json.JSONDecodeError as error:
            yield origin, ReadError(origin, f"broken JSON ({error.msg} at line {error.lineno})")
            return
        if is_claimreview(items):
            yield origin, items  # the whole document: its reviews are the records
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
    return next(
        (row[a] for a in ALIASES.get(field, (field,)) if row.get(a) not in (None, "")), None
    )


def _record(
    row: Mapping[str, Any], mapping: Mapping[str, str], where: str, default_source: str | None
) -> ArticleRecord:
    text = _value(row, "text", mapping)
    if not isinstance(text, str) or not text.strip():
        column = mapping.get("text", "text")
        raise ReadError(
            where, f"no claim text (column {column!r} is missing or empty); use --map text=COLUMN"
        )
    warnings: list[str] = []
    source, source_url = source_name(_str(_value(row, "source", mapping)) or default_source)
    url = _str(_value(row, "url", mapping))
    return ArticleRecord(
        text=plain_text(text),
        origin=where,
        title=_str(_value(row, "title", mapping)),
        url=url,
        source=source,
        source_url=source_url,
        published_at=read_date(_value(row, "date", mapping), "date", where, warnings),
        external_id=_str(_value(row, "id", mapping)),
        as_claim=True,
        claimant=_str(_value(row, "claimant", mapping)),
        verdicts=_verdicts(row, mapping, url, where, warnings),
        warnings=warnings,
    )


def _verdicts(
    row: Mapping[str, Any],
    mapping: Mapping[str, str],
    url: str | None,
    where: str,
    warnings: list[str],
) -> list[VerdictRecord]:
    """The row's verdict, when it has a rating (text or number)."""
    rating = _str(_value(row, "rating", mapping))
    raw_value = _value(row, "rating_value", mapping)
    rating_value = None
    if raw_value not in (None, ""):
        try:
            rating_value = float(str(raw_value).replace(",", "."))
        except ValueError:
            warnings.append(f"{where}: rating_value {raw_value!r} is not a number; left out")
    if rating is None and rating_value is None:
        return []
    return [
        VerdictRecord(
            rating=rating,
            rating_value=rating_value,
            reviewer=_str(_value(row, "reviewer", mapping)),
            review_url=_str(_value(row, "review_url", mapping)) or url,
            reviewed_at=read_date(
                _value(row, "review_date", mapping), "review_date", where, warnings
            ),
        )
    ]


def _str(value: Any) -> str | None:
    """A cell as text; a JSON-LD node (``{"@type": "Person", "name": ...}``) by its name."""
    if isinstance(value, Mapping):
        value = value.get("name")
    if value is None or isinstance(value, Mapping | list):
        return None
    text = str(value).strip()
    return text or None
