"""One renderer for every read command: a table for people; json, jsonl, csv for programs."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import math
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import click

FORMATS = ("table", "json", "jsonl", "csv")
Row = Mapping[str, Any]

# The time zone times are shown in (``--tz`` / ``TRACKER_TZ``); stored times stay UTC.
_display_zone: dt.tzinfo = dt.UTC


def set_display_zone(zone: dt.tzinfo | None) -> None:
    global _display_zone
    _display_zone = zone or dt.UTC


def display_zone() -> dt.tzinfo:
    return _display_zone


def zone_name() -> str:
    """ "UTC", "Europe/Berlin": how the display zone is named in headers and captions."""
    return str(getattr(_display_zone, "key", None) or _display_zone.tzname(None) or "UTC")


def local(value: dt.datetime) -> dt.datetime:
    """A stored time in the display zone (a time without a zone is taken to be UTC)."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    return value.astimezone(_display_zone)


def to_jsonable(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        return local(value).isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float):
        if math.isnan(value) or math.isinf(value):
            return None
        return int(value) if value.is_integer() and abs(value) < 2**53 else value
    if isinstance(value, Mapping):
        return {str(k): to_jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [to_jsonable(v) for v in value]
    if isinstance(value, bytes):
        return value.hex()
    return value


def cell(value: Any, width: int | None = None) -> str:
    """A value as one line of a table cell."""
    if value is None:
        text = ""
    elif isinstance(value, bool):
        text = "yes" if value else "no"
    elif isinstance(value, dt.datetime):
        text = local(value).strftime("%Y-%m-%d %H:%M")
    elif isinstance(value, float):
        text = f"{value:,.6g}" if abs(value) < 1e6 else f"{value:,.0f}"
        if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
            text = f"{int(value):,}"
    elif isinstance(value, list | tuple):
        text = ", ".join(cell(v) for v in value)
    else:
        text = str(value)
    text = " ".join(text.split())
    if width is not None and len(text) > width:
        text = text[: max(1, width - 1)] + "…"
    return text


def csv_cell(value: Any) -> Any:
    """A plain spreadsheet value: numbers as numbers, true/false, lists joined with
    "; ", objects as JSON, times in ISO 8601, nothing for a missing value."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list | tuple | set):
        return "; ".join(str(csv_cell(v)) for v in value)
    if isinstance(value, Mapping):
        return json.dumps(to_jsonable(value), ensure_ascii=False, sort_keys=True)
    return to_jsonable(value)


def format_table(
    rows: Sequence[Row],
    columns: Sequence[str],
    max_width: int = 60,
    headers: Mapping[str, str] | None = None,
) -> str:
    """Aligned plain-text columns, a header and a rule; long cells cut with "…"."""
    body = [[cell(row.get(c), max_width) for c in columns] for row in rows]
    titles = [(headers or {}).get(c, c) for c in columns]
    widths = [len(c) for c in titles]
    for line in body:
        widths = [max(w, len(v)) for w, v in zip(widths, line, strict=True)]
    numeric = [
        all(
            isinstance(row.get(c), int | float) and not isinstance(row.get(c), bool)
            for row in rows
            if row.get(c) is not None
        )
        and any(row.get(c) is not None for row in rows)
        for c in columns
    ]

    def fmt(values: Sequence[str], align: bool = True) -> str:
        parts = [
            v.rjust(w) if align and num else v.ljust(w)
            for v, w, num in zip(values, widths, numeric, strict=True)
        ]
        return "  ".join(parts).rstrip()

    lines = [fmt(titles, align=False), "  ".join("-" * w for w in widths)]
    lines.extend(fmt(line) for line in body)
    return "\n".join(lines)


def output_rows(
    rows: Iterable[Row],
    columns: Sequence[str] | None,
    fmt: str,
    *,
    max_width: int = 60,
    empty_message: str = "(no rows)",
    headers: Mapping[str, str] | None = None,
) -> None:
    """Rows in ``fmt``. A table cut by ``--limit`` says so on standard error:
    "showing 100 of 806 (--limit N, --all)"; json, jsonl and csv write what they get."""
    total = getattr(rows, "total", None)
    rows = list(rows)
    if columns is None:
        columns = list(rows[0].keys()) if rows else []
    if fmt == "json":
        click.echo(json.dumps([to_jsonable(dict(r)) for r in rows], ensure_ascii=False, indent=2))
    elif fmt == "jsonl":
        for row in rows:
            click.echo(json.dumps(to_jsonable(dict(row)), ensure_ascii=False))
    elif fmt == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(columns)
        for row in rows:
            writer.writerow([csv_cell(row.get(c)) for c in columns])
        click.echo(buffer.getvalue(), nl=False)
    else:
        if not rows:
            click.echo(empty_message)
            return
        click.echo(format_table(rows, columns, max_width, headers))
        if total is not None and total > len(rows):
            click.echo(f"showing {len(rows)} of {total} (--limit N, --all)", err=True)


def output_object(obj: Mapping[str, Any], fmt: str, text: str) -> None:
    """A single record (``show``): json/jsonl as one object, otherwise ``text``."""
    if fmt in ("json", "jsonl"):
        indent = 2 if fmt == "json" else None
        click.echo(json.dumps(to_jsonable(dict(obj)), ensure_ascii=False, indent=indent))
    elif fmt == "csv":
        flat = {k: v for k, v in obj.items() if not isinstance(v, list | dict)}
        output_rows([flat], list(flat), "csv")
    else:
        click.echo(text)


def _listed(value: Any) -> str:
    """One item of a list in an explanation: numbers to three decimals, an object as
    its values (``measure none 0.000``), never a Python repr."""
    if isinstance(value, Mapping):
        return " ".join(_listed(v) for v in value.values())
    if isinstance(value, float):
        return f"{value:.3f}"
    return str(value)


def explanation_rows(components: Mapping[str, Any], prefix: str = "") -> list[tuple[str, str]]:
    """A relation's stored explanation as (name, value) rows, whatever it holds:
    numbers to three decimals, nested objects as ``outer.inner``, lists joined."""
    rows: list[tuple[str, str]] = []
    for name, value in sorted(components.items(), key=lambda item: str(item[0])):
        key = f"{prefix}{name}"
        if isinstance(value, Mapping):
            rows.extend(explanation_rows(value, f"{key}."))
        elif isinstance(value, bool) or value is None:
            rows.append((key, cell(value) or "—"))
        elif isinstance(value, int | float):
            rows.append((key, f"{value:.3f}"))
        elif isinstance(value, list | tuple):
            rows.append((key, ", ".join(_listed(v) for v in value)))
        else:
            rows.append((key, str(value)))
    return rows
