"""RSS 2.0, RSS 1.0 and Atom feeds from files: each entry an article.

Parsed by feedparser from the file's bytes (nothing is ever fetched). An entry
gives title, link, published time (RFC 822 with German day names too, or ISO
8601), author, id and its text: the longest of its content and summary, with
markup removed. A headline-only entry is its title.

Where the entry's page was saved next to the feed (an ``.html`` file in the same
folder whose canonical URL or ``og:url`` is the entry's link, tracking parameters
aside), the page's full text is used instead of the summary: the entry is then the
same article as the page, and stored once.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from tracker.errors import ReadError
from tracker.readers.dates import read_date
from tracker.readers.html import PageIndex, read_page
from tracker.readers.markup import plain_text
from tracker.readers.record import ArticleRecord, language_code, source_name

__all__ = ["FEED_EXTENSIONS", "is_feed", "parse_feed"]

FEED_EXTENSIONS = (".rss", ".atom", ".rdf", ".xml")
_FEED_ROOT = re.compile(rb"<(?:[a-z0-9]+:)?(?:rss|feed|RDF)\b", re.I)
# "Lindenauer Rundschau – Lokales", "ZEIT ONLINE | Nachrichten": the outlet comes first.
_TITLE_PARTS = re.compile(r"\s+[–—|·-]\s+|:\s+")


def is_feed(head: bytes) -> bool:
    """Whether a file's first bytes open an RSS, RDF or Atom document."""
    text = re.sub(rb"<\?xml[^>]*\?>|<!--.*?-->|<!DOCTYPE[^>]*>", b"", head, flags=re.S)
    return bool(_FEED_ROOT.match(text.lstrip(b"\xef\xbb\xbf \t\r\n")))


def parse_feed(
    data: bytes, origin: str, folder: Path | None = None, pages: PageIndex | None = None
) -> Iterator[ArticleRecord | ReadError]:
    import feedparser

    parsed = feedparser.parse(data)  # bytes: parsed as they are, never fetched
    problem = _problem(parsed.get("bozo_exception")) if parsed.get("bozo") else None
    if not parsed.get("version"):
        yield ReadError(origin, "not an RSS or Atom feed" + (f" ({problem})" if problem else ""))
        return
    entries = parsed.get("entries") or []
    if not entries:
        if problem:
            yield ReadError(origin, f"broken feed: {problem}")
        else:
            yield ReadError(origin, "the feed has no entries: nothing to ingest")
        return
    feed = parsed.get("feed") or {}
    source, source_url = feed_source(feed.get("title"), feed.get("link"))
    language = language_code(feed.get("language"))
    updated = feed.get("updated")
    found: list[ArticleRecord | ReadError] = []
    for index, entry in enumerate(entries):
        where = f"{origin}[{index}]"
        try:
            record = _entry_record(entry, where, source, source_url, language)
        except ReadError as error:
            found.append(error)
            continue
        if record.published_at is None and record.retrieved_at is None and updated:
            record.retrieved_at = read_date(updated, "updated", origin, record.warnings)
        if folder is not None and pages is not None:
            page = pages.page_for(folder, [entry.get("link"), entry.get("id")])
            if page is not None:
                record = _with_page(record, page, where)
        found.append(record)
    if problem is not None:
        # feedparser reads what it can of broken XML: say so, or fail the file.
        read = [r for r in found if isinstance(r, ArticleRecord)]
        if not read:
            yield ReadError(origin, f"broken feed: {problem}")
            return
        read[0].warnings.append(f"{origin}: broken feed ({problem}): stored what could be read")
    yield from found


def _problem(error: object) -> str | None:
    """feedparser's complaint in one line: ``no element found at line 2 column 50``."""
    if error is None:
        return None
    text = str(error).splitlines()[0] if str(error) else type(error).__name__
    where = re.match(r"^<unknown>:(\d+):(\d+):\s*(.*)$", text)
    return f"{where[3]} at line {where[1]} column {where[2]}" if where else text


def feed_source(title: str | None, link: str | None) -> tuple[str | None, str | None]:
    """The outlet behind a feed: the first part of its title, else its site's host."""
    if title:
        name = plain_text(title)
        first = _TITLE_PARTS.split(name, maxsplit=1)[0].strip()
        if first:
            return first, link or None
    if link:
        host, _ = source_name(link)
        return host, link
    return None, None


def _entry_record(
    entry: Any, where: str, source: str | None, source_url: str | None, language: str | None
) -> ArticleRecord:
    title = plain_text(entry.get("title") or "") or None
    bodies = [c.get("value") or "" for c in entry.get("content") or []]
    bodies.append(entry.get("summary") or "")
    texts = [plain_text(body) for body in bodies if body.strip()]
    text = max(texts, key=len, default="") or title
    if not text:
        raise ReadError(where, "feed entry without title or text")
    warnings: list[str] = []
    published = _entry_time(entry, ("published", "updated", "created"), where, warnings)
    detail = entry.get("author_detail") or {}
    author = detail.get("name") or entry.get("author")
    link = entry.get("link") or None
    entry_id = entry.get("id") or None
    if link is None and entry_id and re.match(r"^https?://", entry_id):
        link = entry_id
    content_language = next(
        (c.get("language") for c in entry.get("content") or [] if c.get("language")), None
    )
    return ArticleRecord(
        text=text,
        origin=where,
        title=title,
        url=link,
        source=source,
        source_url=source_url,
        author=plain_text(author) if author else None,
        language=language_code(content_language) or language,
        published_at=published,
        external_id=entry_id,
        warnings=warnings,
    )


def _entry_time(
    entry: Any, fields: tuple[str, ...], where: str, warnings: list[str]
) -> dt.datetime | None:
    """The first of ``fields`` that can be read; feedparser's own reading of a value
    only when ours fails."""
    for name in fields:
        raw = entry.get(name)
        if not raw:
            continue
        tried: list[str] = []
        found = read_date(raw, name, where, tried)
        if found is not None:
            return found
        struct = entry.get(f"{name}_parsed")
        if struct is not None:
            return dt.datetime(*struct[:6]).replace(tzinfo=dt.UTC)
        warnings.extend(tried)
        return None
    return None


def _with_page(record: ArticleRecord, page: Path, where: str) -> ArticleRecord:
    """The entry as the saved page: the page's text and metadata, the entry's where
    the page has none."""
    try:
        found = read_page(page.read_bytes(), str(page))
    except (ReadError, OSError) as error:
        record.warnings.append(f"{where}: the entry's saved page {page} cannot be read ({error})")
        return record
    found.origin = f"{page} (entry {where})"
    for name in ("title", "url", "author", "language", "published_at"):
        if getattr(found, name) is None:
            setattr(found, name, getattr(record, name))
    if found.source is None:
        found.source, found.source_url = record.source, record.source_url
    found.warnings = record.warnings + found.warnings
    return found
