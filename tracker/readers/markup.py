"""Markup out of text: HTML fragments (feed summaries, JSON fields) become plain text.

Readers pass every text, title and claim through :func:`plain_text`, so tags,
entities, scripts and styles never become part of a claim. Text without markup is
returned as it is (after :func:`~tracker.readers.decode.clean_text`).
"""

from __future__ import annotations

import re

from tracker.readers.decode import clean_text

__all__ = ["fragment_to_text", "has_markup", "plain_text"]

_TAG = re.compile(
    r"<(?:/?(?:p|br|div|span|a|em|strong|b|i|u|s|ul|ol|li|h[1-6]|img|figure|figcaption|"
    r"blockquote|q|cite|table|thead|tbody|tr|td|th|script|style|iframe|small|sup|sub|"
    r"section|article|header|footer|nav|aside|main|time|abbr|picture|source|video|audio|"
    r"hr|pre|code|mark|del|ins|font|center|noscript|body|head|html|meta|link|title)"
    r"\b[^<>]*|!--.*?--|!doctype[^<>]*)>",
    re.I | re.S,
)
_ENTITY = re.compile(r"&(?:[a-z][a-z0-9]{1,31}|#\d{1,7}|#x[0-9a-f]{1,6});", re.I)
_DOCUMENT = re.compile(
    r"\A\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype|html)\b", re.I | re.S
)
_BLOCKS = (
    "p",
    "div",
    "li",
    "ul",
    "ol",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "figure",
    "figcaption",
    "table",
    "tr",
    "section",
    "article",
    "header",
    "footer",
    "pre",
    "hr",
)
_DROP = "//script|//style|//noscript|//template|//iframe|//object|//embed|//svg"


def has_markup(text: str) -> bool:
    return bool(_TAG.search(text) or _ENTITY.search(text))


def plain_text(text: str) -> str:
    """``text`` without HTML tags and entities, paragraphs on their own lines."""
    if not has_markup(text):
        return clean_text(text)
    if _DOCUMENT.match(text):
        from tracker.readers.html import main_text

        return main_text(text)
    if not _TAG.search(text):
        from html import unescape  # only for text with entities (an import of ~5 ms)

        return clean_text(unescape(text))
    return fragment_to_text(text)


def fragment_to_text(markup: str) -> str:
    """An HTML fragment as text: block elements and ``<br>`` end a line, scripts
    and styles are dropped, whitespace inside a line is collapsed."""
    from html import unescape

    import lxml.etree
    import lxml.html

    try:
        root = lxml.html.fragment_fromstring(markup, create_parent="div")
    except (lxml.etree.ParserError, ValueError):
        return clean_text(unescape(_TAG.sub(" ", markup)))
    for unwanted in root.xpath(_DROP):
        unwanted.drop_tree()
    for element in root.iter(lxml.etree.Comment):
        element.drop_tree()
    for br in root.iter("br"):
        br.tail = "\n" + (br.tail or "")
    for block in root.iter(*_BLOCKS):
        block.text = "\n" + (block.text or "")
        block.tail = "\n" + (block.tail or "")
    text = root.text_content()
    lines = (" ".join(line.split()) for line in text.split("\n"))
    return clean_text("\n".join(line for line in lines if line))
