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
import json
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

from tracker.config import ReadLimits
from tracker.errors import ReadError
from tracker.readers import STDIN, Overrides, Skipped, expand_inputs, guarded, too_large
from tracker.readers.claimreview import claim_records, is_claimreview
from tracker.readers.dates import read_date
from tracker.readers.decode import decode_bytes
from tracker.readers.formats import json_problem
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
    limits: ReadLimits | None = None,
) -> Iterator[ArticleRecord | ReadError]:
    overrides = overrides or Overrides()
    mapping = dict(mapping or {})
    limits = limits or ReadLimits.from_env()
    for target in expand_inputs(inputs, extensions=COLLECTION_EXTENSIONS, skipped=skipped):
        if isinstance(target, ReadError):
            yield target
            continue
        origin = "<stdin>" if target == STDIN else str(target)
        yield from guarded(
            _read_collection(target, origin, mapping, format, overrides, stdin, limits), origin
        )


def _read_collection(
    target: Path | str,
    origin: str,
    mapping: Mapping[str, str],
    format: str | None,
    overrides: Overrides,
    stdin: Any,
    limits: ReadLimits,
) -> Iterator[ArticleRecord | ReadError]:
    limit = limits.max_file_bytes
    try:
        if target == STDIN:
            data = stdin.read(limit + 1)
            size = len(data)
        else:
            size = Path(target).stat().st_size
            data = b"" if size > limit else Path(target).read_bytes()
        if size > limit:
            yield ReadError(origin, too_large(size, limit, "the file", "TRACKER_MAX_FILE_MB"))
            return
        text = decode_bytes(data, origin).text
    except ReadError as error:
        yield error
        return
    except OSError as error:
        yield ReadError(origin, f"cannot read: {error.strerror or error}")
        return
    kind = format or _kind(target, text)
    default_source = None if target == STDIN else Path(target).stem
    for where, row in _rows(kind, text, origin, limits.max_text_bytes):
        if isinstance(row, ReadError):
            yield row
            continue
        records: list[ArticleRecord | ReadError]
        try:
            if kind in ("json", "jsonl", "claimreview") and is_claimreview(row):
                records = list(claim_records(row, where, default_source))
            else:
                records = [_record(row, mapping, where, default_source)]
        except ReadError as error:
            records = [error]
        except (RecursionError, MemoryError) as error:
            records = [ReadError(where, json_problem(error))]
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


def _rows(
    kind: str, text: str, origin: str, max_field_chars: int = 10 * 2**20
) -> Iterator[tuple[str, Mapping[str, Any] | ReadError]]:
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
            except (RecursionError, MemoryError, ValueError) as error:
                yield where, ReadError(where, json_problem(error))
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
        except (RecursionError, MemoryError, ValueError) as error:
            yield origin, ReadError(origin, json_problem(error))
            return
        if is_claimreview(items):
            yield origin, items  # the whole document: its reviews are the records
            return
        if isinstance(items, dict):
            items = next((v for v in items.values() if isinstance(v, list)), [items])
        if not isinstance(items, list):
            yield origin, ReadError(origin, "expected a JSON array of objects")
            return
        for index, item in enumerate(items):
            where = f"{origin}[{index}]"
            yield (
                where,
                item if isinstance(item, dict) else ReadError(where, "expected a JSON object"),
            )
    else:
        yield from _csv_rows(text, origin, "\t" if kind == "tsv" else ",", max_field_chars)


class _LineFeed:
    """Physical lines handed to a csv reader one at a time, with the position kept, so
    that reading can start again at any line after a broken record."""

    def __init__(self, lines: list[str]) -> None:
        self.lines = lines
        self.position = 0

    def __iter__(self) -> _LineFeed:
        return self

    def __next__(self) -> str:
        if self.position >= len(self.lines):
            raise StopIteration
        line = self.lines[self.position]
        self.position += 1
        return line


def _csv_rows(
    text: str, origin: str, delimiter: str, max_field_chars: int
) -> Iterator[tuple[str, Mapping[str, Any] | ReadError]]:
    """Rows of a CSV/TSV file as dicts by header name.

    Quoting is read strictly. A record whose quote is not closed where it should be
    (an unbalanced quote swallows the lines after it) is reported on one line naming
    its first line, and reading goes on with the line after that one, so the records
    it would have swallowed are still read.
    """
    csv.field_size_limit(max(max_field_chars, 131_072))
    feed = _LineFeed(text.splitlines(keepends=True))

    def reader() -> Iterator[list[str]]:
        return csv.reader(feed, delimiter=delimiter, strict=True)

    rows = reader()
    header: list[str] | None = None
    while True:
        start = feed.position
        try:
            cells = next(rows)
        except StopIteration:
            break
        except csv.Error as error:
            where = f"{origin}:{start + 1}"
            if header is None:
                yield origin, ReadError(origin, f"broken CSV header ({error})")
                return
            yield where, ReadError(where, _csv_problem(error, feed.position - start))
            feed.position = start + 1
            rows = reader()
            continue
        if header is None:
            if not cells or not any(c.strip() for c in cells):
                if feed.position >= len(feed.lines):
                    break
                continue
            header = cells
            continue
        if not cells:
            continue  # a blank line
        where = f"{origin}:{start + 1}"
        spanned = feed.position - start
        if len(cells) > len(header):
            if spanned > 1:
                yield where, ReadError(where, _csv_problem(None, spanned))
                feed.position = start + 1
                rows = reader()
                continue
            yield where, ReadError(where, "more cells than header columns")
            continue
        if spanned > 1 and (len(cells) < len(header) or _swallowed(cells, delimiter, header)):
            yield where, ReadError(where, _csv_problem(None, spanned))
            feed.position = start + 1
            rows = reader()
            continue
        yield where, dict(zip(header, [*cells, *[None] * (len(header) - len(cells))], strict=True))
    if header is None:
        yield origin, ReadError(origin, "no header row: the first line must name the columns")


def _swallowed(cells: list[str], delimiter: str, header: list[str]) -> bool:
    """Does a quoted cell hold what looks like whole records of this file?"""
    for cell in cells:
        for line in cell.splitlines()[1:]:
            if line.count(delimiter) >= len(header) - 1 >= 1:
                return True
    return False


def _csv_problem(error: csv.Error | None, lines: int) -> str:
    if error is not None and "field larger than field limit" in str(error):
        return "a cell larger than the limit (TRACKER_MAX_TEXT_MB): skipped"
    where = f" (it runs over {lines} lines)" if lines > 1 else ""
    detail = f": {error}" if error is not None else ""
    return f"broken CSV quoting: a quote is not closed where the record ends{where}{detail}"


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
