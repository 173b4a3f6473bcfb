"""ArticleRecord: what every reader produces, and the metadata rules they share."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any
from urllib.parse import urlsplit

from tracker.errors import ReadError
from tracker.readers.dates import parse_timestamp, read_date
from tracker.readers.markup import plain_text

__all__ = [
    "ArticleRecord",
    "Overrides",
    "VerdictRecord",
    "language_code",
    "parse_timestamp",
    "record_from_mapping",
    "source_name",
]


@dataclass
class VerdictRecord:
    """A fact-checker's verdict on a claim, as read (ClaimReview, a collection's columns)."""

    rating: str | None = None  # "False", "Mostly true", "Falsch"
    rating_value: float | None = None  # on the scale worst_rating .. best_rating
    best_rating: float | None = None
    worst_rating: float | None = None
    reviewer: str | None = None  # the fact-checker
    reviewer_url: str | None = None
    review_url: str | None = None
    review_title: str | None = None
    reviewed_at: dt.datetime | None = None
    language: str | None = None
    appearance_url: str | None = None  # where the reviewed claim was made


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
    # What the collection says the claimant is: "person" or "institution" (a ClaimReview's
    # schema.org Person or Organization); None when it does not say.
    claimant_kind: str | None = None
    # Verdicts on the claim of such a record (ClaimReview, a collection's rating columns).
    verdicts: list[VerdictRecord] = field(default_factory=list)
    # SHA-256 of the file the text was extracted from, when the record is a whole file
    # (an HTML page): the same file again is the same article, whatever the extractor.
    file_sha256: str | None = None


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
            changes["language"] = language_code(self.language)
        return replace(record, **changes) if changes else record


# Field names seen in real feeds and exports, first match wins.
FIELD_ALIASES: dict[str, tuple[str, ...]] = {
    "text": (
        "text",
        "content",
        "body",
        "article",
        "article_text",
        "articleBody",
        "full_text",
        "description",
    ),
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
    text = plain_text(text)
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
    warnings: list[str] = []
    title = _as_str(pick(data, "title"))
    return ArticleRecord(
        text=text,
        origin=origin,
        title=plain_text(title) if title else None,
        url=url,
        source=source,
        source_url=source_url,
        author=_as_str(author),
        language=language_code(_as_str(pick(data, "language"))),
        published_at=read_date(pick(data, "published"), "published", origin, warnings),
        retrieved_at=read_date(pick(data, "retrieved"), "retrieved", origin, warnings),
        external_id=str(external_id) if external_id is not None else None,
        warnings=warnings,
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


def language_code(value: str | None) -> str | None:
    """The primary language subtag, lower case: ``de-DE`` / ``de_de`` -> ``de``."""
    if not value:
        return None
    code = re.split(r"[-_]", value.strip(), maxsplit=1)[0].lower()
    return code if re.fullmatch(r"[a-z]{2,3}", code) else None
