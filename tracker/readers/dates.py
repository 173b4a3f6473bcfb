"""Dates as people and feeds write them, in one place for every reader and option.

:func:`parse_timestamp` reads, with the stated time zone or else UTC:

* ISO 8601: ``2025-03-10``, ``2025-03-10T08:15:00+01:00``, ``2025-03-10 08:15Z``
* RFC 822 (RSS): ``Tue, 11 Mar 2025 08:15:00 GMT``, also with German day and month
  names (``Di, 11 Mär 2025 09:15:00 +0100``), which the standard library refuses
* day first: ``26 May 2015``, ``26th May 2015``, ``10. März 2025``, ``26.05.2015``,
  ``26-May-2015``, with an optional weekday before and a clock time after
  (``14:30``, ``14.30 Uhr``, ``2:30 pm``) and an optional zone (``+02:00``, ``CEST``)
* month first: ``May 26, 2015``, ``May 26th 2015 10:00 EDT``
* ``2015/05/26``; ``26/05/2015`` and ``05/26/2015`` when the day is above 12
  (``05/06/2015`` is refused as ambiguous)
* Unix timestamps (numbers), and what else dateparser reads as an absolute date in
  English, German, French, Spanish, Italian, Dutch or Portuguese (``le 26 mai 2015``).

Relative dates ("gestern", "3 days ago") and dates without a day ("May 2015") are
refused: a record's date must not depend on the day it is read. :func:`read_date`
is what readers use: a date nothing can read becomes a one-line warning and the
record is stored without it.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import functools
import re
from typing import Any

from tracker.errors import ReadError

__all__ = ["parse_timestamp", "read_date"]

_MONTHS = {
    "jan": 1,
    "january": 1,
    "januar": 1,
    "jänner": 1,
    "feb": 2,
    "february": 2,
    "februar": 2,
    "mar": 3,
    "march": 3,
    "mär": 3,
    "märz": 3,
    "maerz": 3,
    "mrz": 3,
    "apr": 4,
    "april": 4,
    "may": 5,
    "mai": 5,
    "jun": 6,
    "june": 6,
    "juni": 6,
    "jul": 7,
    "july": 7,
    "juli": 7,
    "aug": 8,
    "august": 8,
    "sep": 9,
    "sept": 9,
    "september": 9,
    "oct": 10,
    "october": 10,
    "okt": 10,
    "oktober": 10,
    "nov": 11,
    "november": 11,
    "dec": 12,
    "december": 12,
    "dez": 12,
    "dezember": 12,
}
_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))
_WEEKDAY = (
    r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday|"
    r"friday|saturday|sunday|mo|di|mi|do|fr|sa|so|montag|dienstag|mittwoch|donnerstag|"
    r"freitag|samstag|sonnabend|sonntag)\.?,?\s+"
)
# Zones written as names; numeric offsets are read as they stand.
_ZONES = {
    "z": 0,
    "ut": 0,
    "utc": 0,
    "gmt": 0,
    "wet": 0,
    "west": 60,
    "bst": 60,
    "cet": 60,
    "mez": 60,
    "cest": 120,
    "mesz": 120,
    "eet": 120,
    "eest": 180,
    "est": -300,
    "edt": -240,
    "cdt": -300,
    "mst": -420,
    "mdt": -360,
    "pst": -480,
    "pdt": -420,
}
_CLOCK = (
    r"(?:(?:,|\s+um|\s+at|\s*-)?\s+(?P<H>\d{1,2})[:.](?P<M>\d{2})(?::(?P<S>\d{2}))?"
    r"(?:\s*(?P<ampm>[ap]\.?m\.?))?(?:\s*uhr)?"
    r"(?:\s*(?P<zone>[+-]\d{2}:?\d{2}|" + "|".join(_ZONES) + r")(?![a-z]))?)?"
)
_DAY_FIRST = re.compile(
    rf"^(?:{_WEEKDAY})?(?:the\s+)?(?P<d>\d{{1,2}})(?:st|nd|rd|th|\.)?(?:\s+of)?[\s-]+"
    rf"(?P<month>{_MONTH})\.?[\s-]+(?P<y>\d{{4}}){_CLOCK}$",
    re.I,
)
_MONTH_FIRST = re.compile(
    rf"^(?:{_WEEKDAY})?(?P<month>{_MONTH})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+"
    rf"(?P<y>\d{{4}}){_CLOCK}$",
    re.I,
)
_DOTTED = re.compile(
    rf"^(?:{_WEEKDAY})?(?P<d>\d{{1,2}})\.(?P<m>\d{{1,2}})\.(?P<y>\d{{4}}){_CLOCK}$", re.I
)
_SLASHED = re.compile(rf"^(?P<a>\d{{1,4}})/(?P<b>\d{{1,2}})/(?P<c>\d{{1,4}}){_CLOCK}$", re.I)
_RFC822 = re.compile(r"^[a-z]{2,3}\.?,\s*\d{1,2}\s+[a-zä]{3,4}\.?\s+\d{2,4}\s+\d", re.I)
_RFC822_NAMES = {
    "mo": "Mon",
    "di": "Tue",
    "mi": "Wed",
    "do": "Thu",
    "fr": "Fri",
    "sa": "Sat",
    "so": "Sun",
    "mär": "Mar",
    "mrz": "Mar",
    "mai": "May",
    "okt": "Oct",
    "dez": "Dec",
}
_DATEPARSER_LANGUAGES = ["en", "de", "fr", "es", "it", "nl", "pt"]
_DATEPARSER_SETTINGS = {
    "PARSERS": ["absolute-time"],
    "REQUIRE_PARTS": ["day", "month", "year"],
    "STRICT_PARSING": True,
    "TIMEZONE": "UTC",
    "TO_TIMEZONE": "UTC",
    "RETURN_AS_TIMEZONE_AWARE": True,
    "DATE_ORDER": "DMY",
}
_ISO_HINT = "use ISO 8601, e.g. 2025-03-10T08:15:00+01:00, or 10 March 2025"


class _Unreadable(ValueError):
    """A value that is a date in form but not in fact (31.02.2025), or ambiguous."""


def parse_timestamp(value: Any, field_name: str, origin: str = "") -> dt.datetime:
    """A timestamp in UTC from a string or a Unix time, or ReadError naming the
    field, the value and the problem (and ``origin``, the file or line)."""
    where = origin or field_name
    if isinstance(value, dt.datetime):
        return value if value.tzinfo else value.replace(tzinfo=dt.UTC)
    if isinstance(value, int | float) and not isinstance(value, bool):
        try:
            return dt.datetime.fromtimestamp(float(value), dt.UTC)
        except (OverflowError, OSError, ValueError):
            raise ReadError(where, f"{field_name}: {value!r} is not a possible timestamp") from None
    if not isinstance(value, str):
        raise ReadError(where, f"{field_name}: expected a date string, got {type(value).__name__}")
    raw = " ".join(value.split())
    if not raw:
        raise ReadError(where, f"{field_name}: empty date")
    shown = repr(raw if len(raw) <= 60 else raw[:57] + "...")
    try:
        parsed = _parse(raw)
    except _Unreadable as error:
        raise ReadError(where, f"{field_name}: {shown} is {error}") from None
    if parsed is None:
        raise ReadError(
            where, f"{field_name}: {shown} is not a date tracker understands ({_ISO_HINT})"
        )
    return parsed


def read_date(value: Any, field_name: str, origin: str, warnings: list[str]) -> dt.datetime | None:
    """The date, or None when there is none or it cannot be read; in that case a
    one-line warning naming the record is added to ``warnings``."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        return parse_timestamp(value, field_name, origin)
    except ReadError as error:
        warnings.append(f"{error}; stored without it")
        return None


@functools.lru_cache(maxsize=4096)
def _parse(raw: str) -> dt.datetime | None:
    """The date in ``raw`` as an aware UTC-or-stated-zone datetime, None when it is no
    date at all; raises _Unreadable for an impossible or ambiguous one."""
    parsed = _iso(raw)
    if parsed is None:
        parsed = _rfc822(raw)
    if parsed is None:
        parsed = _written(raw)
    if parsed is None:
        parsed = _dateparser(raw)
    if parsed is not None and parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=dt.UTC)
    return parsed


def _iso(raw: str) -> dt.datetime | None:
    if not re.match(r"^(?:\d{4}-\d{2}-\d{2}|\d{8}(?:T|$))", raw):
        return None
    text = raw.replace(" ", "T", 1) if len(raw) > 10 else raw
    text = re.sub(r"(?i)\s*(?:z|utc|gmt)$", "+00:00", text)
    try:
        return dt.datetime.fromisoformat(text)
    except ValueError as error:
        try:
            dt.date.fromisoformat(raw[:10])
        except ValueError as bad_day:
            raise _Unreadable(f"an impossible date ({bad_day})") from None
        raise _Unreadable(f"not an ISO 8601 time ({error})") from None


def _rfc822(raw: str) -> dt.datetime | None:
    if not _RFC822.match(raw):
        return None
    english = re.sub(
        r"[A-Za-zä]+",
        lambda m: _RFC822_NAMES.get(m.group(0).lower(), m.group(0)),
        raw.replace(".", ""),
        count=2,
    )
    try:
        return email.utils.parsedate_to_datetime(english)
    except (TypeError, ValueError, IndexError):
        return None


def _written(raw: str) -> dt.datetime | None:
    match = _DAY_FIRST.match(raw) or _MONTH_FIRST.match(raw)
    if match:
        month = _MONTHS[match["month"].lower()]
        return _build(raw, int(match["y"]), month, int(match["d"]), match)
    match = _DOTTED.match(raw)
    if match:
        return _build(raw, int(match["y"]), int(match["m"]), int(match["d"]), match)
    match = _SLASHED.match(raw)
    if match:
        a, b, c = (int(match[k]) for k in "abc")
        if len(match["a"]) == 4:
            return _build(raw, a, b, c, match)
        if len(match["c"]) != 4:
            return None
        if a > 12 >= b:
            return _build(raw, c, b, a, match)
        if b > 12 >= a:
            return _build(raw, c, a, b, match)
        if a == b:
            return _build(raw, c, a, b, match)
        raise _Unreadable(
            f"ambiguous (day/month or month/day?): write it as {c}-{b:02d}-{a:02d} "
            f"or {c}-{a:02d}-{b:02d}"
        )
    return None


def _build(raw: str, year: int, month: int, day: int, match: re.Match[str]) -> dt.datetime:
    hour = int(match["H"] or 0)
    if match["ampm"]:
        if not 1 <= hour <= 12:
            raise _Unreadable(f"an impossible time ({hour} {match['ampm']})")
        hour = hour % 12 + (12 if match["ampm"].lower().startswith("p") else 0)
    try:
        parsed = dt.datetime(year, month, day, hour, int(match["M"] or 0), int(match["S"] or 0))
    except ValueError as error:
        raise _Unreadable(f"an impossible date ({error})") from None
    zone = (match["zone"] or "").lower()
    if zone in _ZONES:
        return parsed.replace(tzinfo=dt.timezone(dt.timedelta(minutes=_ZONES[zone])))
    if zone:
        sign = -1 if zone[0] == "-" else 1
        digits = zone[1:].replace(":", "")
        minutes = int(digits[:2]) * 60 + int(digits[2:])
        return parsed.replace(tzinfo=dt.timezone(sign * dt.timedelta(minutes=minutes)))
    return parsed


def _dateparser(raw: str) -> dt.datetime | None:
    if len(raw) > 60 or not re.search(r"\d", raw):
        return None
    import dateparser

    parsed = dateparser.parse(
        raw, languages=_DATEPARSER_LANGUAGES, settings=dict(_DATEPARSER_SETTINGS)
    )
    return parsed if isinstance(parsed, dt.datetime) else None
