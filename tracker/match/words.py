"""The raw-word index: BM25 over the words of the claims as they were written.

The key-text index (:mod:`tracker.match.index`) holds lemmas without stop words,
masked figures and unit placeholders: right for fact tracking, but a query set it was
not tuned on can fall below plain BM25 over the raw texts. This index is that plain
BM25 (folded words, nothing dropped), kept in ``word_terms``, ``claim_words`` and
``word_stats``, and is the base of ``tracker match``'s ranking
(:mod:`tracker.match.retrieval`): the other signals only reorder its top.

Claims get their words at ingest (a hook after the claims are stored) and, for
claims stored before migration 0010, in that migration.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import exists, func, select
from sqlalchemy.orm import Session

from tracker.db.models import Article, Claim, ClaimWord, WordStats, WordTerm
from tracker.match.index import ClaimIndex
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


class WordIndex(ClaimIndex):
    """:class:`ClaimIndex` over raw words."""

    terms_model: Any = WordTerm
    postings_model: Any = ClaimWord
    postings_table = "claim_words"
    stats_model: Any = WordStats


_CLAIM_TEXTS = (
    select(
        Claim.id,
        Claim.text,
        Claim.span_start,
        Claim.span_end,
        Article.title,
        func.length(Article.text).label("length"),
    )
    .join(Article, Article.id == Claim.article_id)
    .order_by(Claim.id)
)


def claim_document(row: Any) -> str:
    """:func:`document_text` of a row of ``_CLAIM_TEXTS``."""
    whole = row.span_start == 0 and row.span_end >= row.length - 1
    return document_text(row.text, row.title, whole)


def index_claims(session: Session, rows: Iterable[Any]) -> int:
    """Add the claims of ``_CLAIM_TEXTS`` rows to the word index; returns how many."""
    entries = [(row.id, words(claim_document(row))) for row in rows]
    WordIndex(session).add(entries)
    return len(entries)


def index_article_words(session: Session, article: Article, record: Any = None) -> None:
    """Ingest hook: the words of the article's new claims (after they are stored)."""
    rows = session.execute(_CLAIM_TEXTS.where(Claim.article_id == article.id)).all()
    index_claims(session, rows)


def index_claim_ids(session: Session, claim_ids: Sequence[int]) -> int:
    """Add the claims ``claim_ids`` (new, not yet in the word index) to it."""
    done = 0
    for start in range(0, len(claim_ids), 500):
        chunk = list(claim_ids[start : start + 500])
        rows = session.execute(_CLAIM_TEXTS.where(Claim.id.in_(chunk))).all()
        done += index_claims(session, rows)
    return done


def index_missing(session: Session, *, batch: int = 2000) -> int:
    """The words of every claim not yet in the word index (claims stored before it
    existed), in batches in the current transaction; returns how many."""
    done, last = 0, 0
    missing = ~exists().where(ClaimWord.claim_id == Claim.id)
    while True:
        rows = session.execute(_CLAIM_TEXTS.where(Claim.id > last, missing).limit(batch)).all()
        if not rows:
            return done
        done += index_claims(session, rows)
        last = rows[-1].id
