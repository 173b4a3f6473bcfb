"""ArticleRecord: what every reader produces, and the metadata rules they share."""

from __future__ import annotations

import datetime as dt
import email.utils
import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any
from urllib.parse import urlsplit

from tracker.errors import ReadError
from tracker.readers.decode import clean_text


@dataclass
class ArticleRecord:
    """One article as read from a file, before it is stored."""

    text: str
    origin: str
    title: str | None = None
    url: str | None = None
    source: str | None = None
    source_url: str | None = None
    author: str | None = None
    language: str | None = None
    published_at: dt.datetime | None = None
    retrieved_at: dt.datetime | None = None
    external_id: str | None = None
    warnings: list[str] = field(default_factory=list)
    # A record of a claim collection (ingest --as-claims): the whole text is one claim.
    as_claim: bool = False
    claimant: str | None = None


@dataclass(frozen=True)
class Overrides:
    """Metadata given on the command line; it wins over what the files say."""

    source: str | None = None
    url: str | None = None
    published: dt.datetime | None = None
    language: str | None = None

    def apply(self, record: ArticleRecord) -> ArticleRecord:
        changes: dict[str, Any] = {}
        if self.source:
            changes["source"], changes["source_url"] = source_name(self.source)
        if self.url:
            changes["url"] = self.url
        if self.published:
            changes["published_at"] = self.published
        if self.language:
            changes["language"] = self.language.lower()
        return replace(record, **changes) if changes else record


# Field names seen in real feeds and exports, first match wins.
FIELD_ALIASES: dict[str, tuple[str, ...]] = {
    "text": ("text", "content", "body", "article", "article_text", "full_text", "description"),
    "title": ("title", "headline", "name"),
    "url": ("url", "link", "href", "canonical_url"),
    "source": ("source", "outlet", "publisher", "site", "site_name", "sitename", "feed"),
    "author": ("author", "byline", "authors", "creator"),
    "language": ("language", "lang", "inLanguage"),
    "published": (
        "published",
        "published_at",
        "published_date",
        "publish_date",
        "date",
        "datePublished",
        "pubDate",
        "created_at",
        "time",
    ),
    "retrieved": ("retrieved", "retrieved_at", "gathered_date", "fetched_at", "crawled_at"),
    "id": ("id", "external_id", "guid", "uid", "doc_id"),
}


def pick(data: Mapping[str, Any], name: str) -> Any:
    for key in FIELD_ALIASES[name]:
        value = data.get(key)
        if value not in (None, "", []):
            return value
    return None


def record_from_mapping(data: Mapping[str, Any], origin: str) -> ArticleRecord:
    """Build a record from a JSON object or front matter, or raise ReadError."""
    if not isinstance(data, Mapping):
        raise ReadError(origin, f"expected a JSON object, got {type(data).__name__}")
    text = pick(data, "text")
    if text is None and isinstance(pick(data, "title"), str):
        # Feeds carry headline-only items (breaking news); the headline is the text.
        text = pick(data, "title")
    if text is None:
        fields = ", ".join(FIELD_ALIASES["text"][:3])
        raise ReadError(origin, f"no article text: the record has none of the fields {fields}, ...")
    if not isinstance(text, str):
        raise ReadError(origin, f"the text field is a {type(text).__name__}, not a string")
    text = clean_text(text)
    if not text:
        raise ReadError(origin, "empty article text")
    source, source_url = source_name(_as_str(pick(data, "source")))
    url = _as_str(pick(data, "url"))
    if source is None and url:
        source, source_url = source_name(url)
        source_url = None
    author = pick(data, "author")
    if isinstance(author, list):
        author = ", ".join(str(a) for a in author)
    external_id = pick(data, "id")
    published = pick(data, "published")
    retrieved = pick(data, "retrieved")
    return ArticleRecord(
        text=text,
        origin=origin,
        title=_as_str(pick(data, "title")),
        url=url,
        source=source,
        source_url=source_url,
        author=_as_str(author),
        language=(_as_str(pick(data, "language")) or None),
        published_at=parse_timestamp(published, "published", origin) if published else None,
        retrieved_at=parse_timestamp(retrieved, "retrieved", origin) if retrieved else None,
        external_id=str(external_id) if external_id is not None else None,
    )


def _as_str(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, Mapping):  # e.g. {"name": "..."} objects in JSON-LD
        value = value.get("name") or value.get("@id")
        if value is None:
            return None
    text = str(value).strip()
    return text or None


def source_name(value: str | None) -> tuple[str | None, str | None]:
    """An outlet's name; a URL given as the source becomes its host name.

    ``https://www.tagesschau.de/api2u/homepage/`` -> (``tagesschau.de``, the URL).
    """
    if not value:
        return None, None
    value = value.strip()
    if re.match(r"^[a-z][a-z0-9+.-]*://", value, re.I):
        host = urlsplit(value).hostname or value
        host = re.sub(r"^www\d?\.", "", host)
        return host, value
    return value, None


_GERMAN_DATE = re.compile(
    r"^(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4})"
    r"(?:[ ,T]+(?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2}))?)?$"
)
_GERMAN_MONTHS = {"Mär": "Mar", "Mai": "May", "Okt": "Oct", "Dez": "Dec"}
_GERMAN_DAYS = {
    "Mo": "Mon",
    "Di": "Tue",
    "Mi": "Wed",
    "Do": "Thu",
    "Fr": "Fri",
    "Sa": "Sat",
    "So": "Sun",
}


def parse_timestamp(value: Any, field_name: str, origin: str = "") -> dt.datetime:
    """ISO 8601, RFC 822 (also with German day names) or ``dd.mm.yyyy [HH:MM]``.

    A value without a time zone is taken as UTC. An impossible date raises
    ReadError naming the field and the value.
    """
    where = origin or field_name
    if isinstance(value, int | float) and not isinstance(value, bool):
        try:
            return dt.datetime.fromtimestamp(float(value), dt.UTC)
        except (OverflowError, OSError, ValueError):
            raise ReadError(where, f"{field_name}: {value!r} is not a possible timestamp") from None
    if not isinstance(value, str):
        raise ReadError(where, f"{field_name}: expected a date string, got {type(value).__name__}")
    raw = value.strip()
    if not raw:
        raise ReadError(where, f"{field_name}: empty date")
    parsed: dt.datetime | None = None
    problem = "not a date tracker understands (use ISO 8601, e.g. 2025-03-10T08:15:00+01:00)"
    try:
        parsed = dt.datetime.fromisoformat(raw.replace(" ", "T", 1) if len(raw) > 10 else raw)
    except ValueError as error:
        if re.match(r"^\d{4}-\d{2}-\d{2}", raw):
            problem = f"an impossible date ({error})"
    if parsed is None:
        match = _GERMAN_DATE.match(raw)
        if match:
            try:
                parsed = dt.datetime(
                    int(match["y"]),
                    int(match["m"]),
                    int(match["d"]),
                    int(match["H"] or 0),
                    int(match["M"] or 0),
                    int(match["S"] or 0),
                )
            except ValueError as error:
                raise ReadError(where, f"{field_name}: impossible date {raw!r} ({error})") from None
    if parsed is None and re.match(r"^[A-Za-z]{2,3},", raw):
        english = _GERMAN_DAYS.get(raw[:2], raw[:3]) + raw[raw.index(",") :]
        for german, month in _GERMAN_MONTHS.items():
            english = re.sub(rf"\b{german}\b", month, english)
        try:
            parsed = email.utils.parsedate_to_datetime(english)
        except (TypeError, ValueError, IndexError):
            parsed = None
    if parsed is None:
        raise ReadError(where, f"{field_name}: {raw!r} is {problem}")
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=dt.UTC)
    return parsed
