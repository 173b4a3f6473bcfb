"""Saved web pages: the article's main text and metadata, never its navigation or comments.

The text comes from trafilatura (``include_comments=False``, tables left out, no
fetching of anything): navigation, cookie banners, teasers, ads, footers and
reader comments are not part of it. Claims and their spans refer to this
extracted text; the record keeps the SHA-256 of the file as it was saved
(``file_sha256``), so the same file again is the same article.

Metadata, first found wins:

* title, author: trafilatura (JSON-LD, ``og:``/``meta`` tags, the page)
* URL: ``<link rel="canonical">``, else ``og:url``
* published: JSON-LD ``datePublished``, ``article:published_time`` and the usual
  ``meta`` names (with the time of day), else the date trafilatura finds
* language: ``<html lang>``, ``og:locale``, ``Content-Language``
* source: ``og:site_name`` (or the publisher trafilatura finds), else the URL's host
  name; never the headline part of ``<title>``
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from tracker.errors import ReadError
from tracker.readers.dates import read_date
from tracker.readers.decode import clean_text, decode_bytes
from tracker.readers.record import ArticleRecord, language_code, source_name

__all__ = ["PageIndex", "main_text", "normal_url", "page_urls", "parse_html", "read_page"]

HTML_EXTENSIONS = (".html", ".htm", ".xhtml")
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-z0-9_:.-]+)""", re.I)
_DATE_META = (
    "article:published_time",
    "og:article:published_time",
    "og:published_time",
    "datepublished",
    "date",
    "pubdate",
    "publishdate",
    "publish-date",
    "publish_date",
    "dc.date",
    "dc.date.issued",
    "dcterms.created",
    "dcterms.issued",
    "sailthru.date",
    "parsely-pub-date",
)
_ARTICLE_TYPES = re.compile(r"(?:Article|BlogPosting|Report|NewsArticle)$")
_TRACKING = re.compile(r"^(?:utm_.*|fbclid|gclid|mc_cid|mc_eid|ref|rss|cmpid|wt_mc|wt_zmc)$", re.I)


def parse_html(data: bytes, origin: str) -> Iterator[ArticleRecord | ReadError]:
    try:
        yield read_page(data, origin)
    except ReadError as error:
        yield error


def read_page(data: bytes, origin: str) -> ArticleRecord:
    """One saved page as an article record, or ReadError."""
    import hashlib

    markup, warnings = decode_page(data, origin)
    meta = _page_meta(markup)
    document = _extract(markup)
    text = clean_text(document.text or "") if document is not None else ""
    if not text:
        raise ReadError(
            origin,
            "no article text found in the page (only navigation or an empty page?)",
        )
    url = meta.get("url") or _absolute(getattr(document, "url", None))
    sitename = getattr(document, "sitename", None)
    if sitename and _headline_for_site(sitename, meta):
        sitename = None
    source, source_url = source_name(sitename or url)
    if sitename is None:
        source_url = None
    date_warnings: list[str] = []
    published = read_date(meta.get("published"), "published", origin, date_warnings)
    if published is None and document.date:
        published = read_date(document.date, "published", origin, date_warnings)
    return ArticleRecord(
        text=text,
        origin=origin,
        title=_clean(document.title),
        url=url,
        source=source,
        source_url=source_url,
        author=_clean(document.author),
        language=meta.get("language"),
        published_at=published,
        warnings=warnings + date_warnings,
        file_sha256=hashlib.sha256(data).hexdigest(),
    )


def main_text(markup: str) -> str:
    """The main text of an HTML document (for documents inside JSON fields)."""
    document = _extract(markup)
    return clean_text(document.text or "") if document is not None else ""


def decode_page(data: bytes, origin: str) -> tuple[str, list[str]]:
    """The page as text: UTF-8, else the charset the page declares, else a guess."""
    decoded = decode_bytes(data, origin)
    if decoded.encoding != "cp1252":
        return decoded.text, decoded.warnings
    declared = _CHARSET.search(data[:4096])
    if declared:
        try:
            codec = codecs.lookup(declared.group(1).decode("ascii"))
            return data.decode(codec.name, errors="replace"), []
        except (LookupError, UnicodeDecodeError):
            pass
    return decoded.text, decoded.warnings


def _extract(markup: str) -> Any:
    import trafilatura

    return trafilatura.bare_extraction(
        markup,
        include_comments=False,
        include_tables=False,
        include_images=False,
        include_links=False,
        favor_precision=True,
        with_metadata=True,
        deduplicate=False,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )


def _clean(value: str | None) -> str | None:
    if not value:
        return None
    text = " ".join(value.split())
    return text or None


def _absolute(url: str | None) -> str | None:
    if url and re.match(r"^https?://[^/\s]+", url, re.I):
        return url.strip()
    return None


def _page_meta(markup: str) -> dict[str, Any]:
    """URL, published time and language from the page's head and JSON-LD."""
    root = _document(markup)
    if root is None:
        return {}
    metas, canonical = _head(root)
    language = root.get("lang") or root.get("{http://www.w3.org/XML/1998/namespace}lang")
    language = language or metas.get("og:locale") or metas.get("content-language")
    return {
        "url": _absolute(canonical) or _absolute(metas.get("og:url")),
        "published": _json_ld_date(root)
        or next((metas[k] for k in _DATE_META if metas.get(k)), None),
        "language": language_code(language),
        "title": (root.findtext(".//title") or "").strip(),
        "site_names": {metas[k] for k in ("og:site_name", "application-name") if k in metas},
    }


_TITLE_PARTS = re.compile(r"\s+[|–—·-]\s+|\s+::\s+")


def _headline_for_site(sitename: str, meta: dict[str, Any]) -> bool:
    """Whether trafilatura took the headline part of ``<title>`` for the site's name
    (it takes a part with a dot in it: "Evakuierte: jetzt 3.500 | Tageblatt Ost")."""
    if sitename in meta.get("site_names", ()) or not re.search(r"\s", sitename.strip()):
        return False  # declared by the page, or host-like ("tagesschau.de")
    parts = _TITLE_PARTS.split(meta.get("title") or "")
    return len(parts) > 1 and sitename.strip() == parts[0].strip()


def _document(markup: str) -> Any:
    import lxml.etree
    import lxml.html

    try:
        return lxml.html.document_fromstring(markup)
    except (lxml.etree.ParserError, ValueError):
        return None


def _head(root: Any) -> tuple[dict[str, str], str | None]:
    """The page's ``meta`` values by name or property (lower case, first wins) and
    its canonical link."""
    metas: dict[str, str] = {}
    for meta in root.iter("meta"):
        key = meta.get("property") or meta.get("name") or meta.get("itemprop")
        key = (key or meta.get("http-equiv") or "").lower()
        content = meta.get("content")
        if key and content and key not in metas:
            metas[key] = content.strip()
    canonical = next(
        (
            link.get("href")
            for link in root.iter("link")
            if "canonical" in (link.get("rel") or "").lower().split()
        ),
        None,
    )
    return metas, canonical


def _json_ld_date(root: Any) -> str | None:
    for script in root.xpath('//script[@type="application/ld+json"]'):
        try:
            data = json.loads(script.text_content() or "")
        except (json.JSONDecodeError, ValueError):
            continue
        for node in _nodes(data):
            kind = node.get("@type")
            kinds = kind if isinstance(kind, list) else [kind]
            if any(isinstance(k, str) and _ARTICLE_TYPES.search(k) for k in kinds):
                date = node.get("datePublished")
                if isinstance(date, str) and date.strip():
                    return date
    return None


def _nodes(data: Any) -> Iterator[dict[str, Any]]:
    if isinstance(data, list):
        for item in data:
            yield from _nodes(item)
    elif isinstance(data, dict):
        yield data
        if isinstance(data.get("@graph"), list):
            yield from _nodes(data["@graph"])


def page_urls(data: bytes) -> set[str]:
    """The URLs a saved page names for itself (canonical, ``og:url``), normalised."""
    try:
        markup, _ = decode_page(data, "")
    except ReadError:
        return set()
    root = _document(markup)
    if root is None:
        return set()
    metas, canonical = _head(root)
    return {normal_url(u) for u in (canonical, metas.get("og:url")) if u and _absolute(u)}


def normal_url(url: str) -> str:
    """A URL for comparison: no scheme difference, ``www.``, fragment, tracking
    parameters or trailing slash."""
    parts = urlsplit(url.strip())
    host = re.sub(r"^www\d?\.", "", (parts.hostname or "").lower())
    query = urlencode(
        sorted(
            (k, v)
            for k, v in parse_qsl(parts.query, keep_blank_values=True)
            if not _TRACKING.match(k)
        )
    )
    return urlunsplit(("", host, parts.path.rstrip("/") or "/", query, ""))


class PageIndex:
    """Saved pages of a folder by the URLs they name, built when a feed in that
    folder asks for its entries' pages (not recursive, hidden files left out)."""

    def __init__(self, max_bytes: int) -> None:
        self.max_bytes = max_bytes
        self._folders: dict[Path, dict[str, Path]] = {}

    def page_for(self, folder: Path, urls: Iterable[str | None]) -> Path | None:
        pages = self._folders.get(folder)
        if pages is None:
            pages = self._folders[folder] = self._index(folder)
        for url in urls:
            if url and _absolute(url):
                found = pages.get(normal_url(url))
                if found is not None:
                    return found
        return None

    def _index(self, folder: Path) -> dict[str, Path]:
        pages: dict[str, Path] = {}
        try:
            candidates = sorted(
                p
                for p in folder.iterdir()
                if p.suffix.lower() in HTML_EXTENSIONS and not p.name.startswith(".")
            )
        except OSError:
            return pages
        for path in candidates:
            try:
                if not path.is_file() or path.stat().st_size > self.max_bytes:
                    continue
                data = path.read_bytes()
            except OSError:
                continue
            for url in page_urls(data):
                pages.setdefault(url, path)
        return pages
