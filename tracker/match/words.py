"""The raw-word index: BM25 over the words of the claims as they were written.

The key-text index (:mod:`tracker.match.index`) holds lemmas without stop words,
masked figures and unit placeholders: right for fact tracking, but a query set it was
not tuned on can fall below plain BM25 over the raw texts. This index is that plain
BM25 (folded words, nothing dropped), kept in ``word_terms``, ``claim_words`` and
``word_stats`` (:mod:`tracker.store.index` reads and writes them), and is the base
of ``tracker match``'s ranking (:mod:`tracker.match.retrieval`): the other signals
only reorder its top.

Claims get their words at ingest (a hook after the claims are stored,
:func:`tracker.store.index.index_article_words`) and, for claims stored before
migration 0010, in that migration. This module only says what the words are.
"""

from __future__ import annotations

import re
from typing import Any

from tracker.normalise import fold

WORD_MAX_LENGTH = 60
_WORD = re.compile(r"[^\W_]+")
_LINK = re.compile(r"https?://\S+|www\.\S+|pic\.twitter\.com/\S+", re.I)


def words(text: str) -> list[str]:
    """The words of ``text``: folded (case, umlauts, accents), split at anything that is
    not a letter or digit; nothing dropped."""
    found = _WORD.findall(fold(text))
    if not found or len(max(found, key=len)) <= WORD_MAX_LENGTH:
        return found
    return [w for w in found if len(w) <= WORD_MAX_LENGTH]


def query_words(text: str) -> list[str]:
    """A query's words for the base: its links dropped, nothing else (the signature of
    an embedded tweet, "— Name (@handle) date", names who said it: kept)."""
    return words(_LINK.sub(" ", text))


def document_text(text: str, title: str | None, whole_article: bool) -> str:
    """What a claim is indexed (and embedded) as: its text; a claim that is its whole
    article (a collection's record) with its headline too."""
    if whole_article and title and title.strip() != text.strip():
        return f"{text} {title}"
    return text


def claim_document(row: Any) -> str:
    """:func:`document_text` of a claim row (its ``text``, ``span_start``, ``span_end``,
    and its article's ``title`` and text ``length``, as :mod:`tracker.store.index` reads
    them)."""
    whole = row.span_start == 0 and row.span_end >= row.length - 1
    return document_text(row.text, row.title, whole)
