"""How exports write values: ISO 8601 UTC timestamps, numbers, deterministic JSON."""

from __future__ import annotations

import datetime as dt
import json
import math
from collections.abc import Mapping
from typing import Any

from tracker.db.base import to_utc


def iso(value: dt.datetime | None) -> str | None:
    """``2025-03-10T07:15:00Z``: ISO 8601 in UTC, ``Z`` for the zone."""
    if value is None:
        return None
    text = to_utc(value).isoformat()
    return text.removesuffix("+00:00") + "Z"


def parse_iso(value: str) -> dt.datetime:
    """The inverse of :func:`iso`; a time without a zone is taken to be UTC."""
    return to_utc(dt.datetime.fromisoformat(value))


class Verbatim(dict[str, Any]):
    """A JSON object written exactly as it was stored (``1.0`` stays ``1.0``)."""


def plain(value: Any) -> Any:
    """A database value as JSON: timestamps in ISO UTC, integral floats as integers."""
    if isinstance(value, Verbatim):
        return value
    if isinstance(value, dt.datetime):
        return iso(value)
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, float):
        if math.isnan(value) or math.isinf(value):
            return None
        return int(value) if value.is_integer() and abs(value) < 2**53 else value
    if isinstance(value, Mapping):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    return value


def dumps(obj: Any, *, indent: int | None = None) -> str:
    """JSON with sorted keys and real UTF-8 (no ``\\u`` escapes): the same data always
    gives the same bytes."""
    return json.dumps(plain(obj), ensure_ascii=False, sort_keys=True, indent=indent)


APPROX_WORDS = {
    "about": "about",
    "more_than": "more than",
    "less_than": "less than",
    "at_least": "at least",
    "at_most": "at most",
}


def number(value: float) -> str:
    """1,200 / 7.1 / 48,000,000."""
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.6g}"


def figure_text(
    value: float, unit: str | None = None, approx: str | None = None, negated: bool = False
) -> str:
    """ "about 1,200 person", "not 120 teacher"."""
    parts = [
        "not" if negated else "",
        APPROX_WORDS.get(approx or "", ""),
        number(value),
        unit or "",
    ]
    return " ".join(p for p in parts if p)
