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

from rapidfuzz import fuzz
from rapidfuzz.utils import default_process
from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from tracker import normalise
from tracker.db.models import Article, Claim, Source
from tracker.extract.figures import find_figures
from tracker.extract.language import detect_language
from tracker.match.index import B, K1, ClaimIndex, idf
from tracker.match.matcher import Matcher
from tracker.match.score import ClaimView

CANDIDATES = 100
QUERY_TERMS = 10
# Weights of the final score, tuned on the CheckThat! 2020 train and dev splits.
WEIGHTS = {"bm25": 0.55, "fuzzy": 0.25, "text": 0.10, "figures": 0.10}


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
    lang = language or detect_language(cleaned)
    lang = lang if lang in ("de", "en") else "en"
    figures = find_figures(cleaned, lang)
    slots = [normalise.FigureSlot(f.start, f.end, f.unit, f.value, f.unit_text) for f in figures]
    key = normalise.key_text(cleaned, lang, slots)
    values = tuple((f.unit, f.value) for f in figures if not f.negated)
    return Query(cleaned, lang, tuple(key.index_terms()), values)


class Retriever:
    """Finds earlier claims for a statement; reuses one session's caches across queries."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.index = ClaimIndex(session)
        self.matcher = Matcher(session)

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
        views = self.matcher.load_views([c.claim_id for c in found])
        return self._rank(query, views)[:top]

    def _rank(self, query: Query, views: list[ClaimView]) -> list[Match]:
        n_claims, avg_length = self.index.stats()
        stats = self.index.term_stats(query.terms)
        query_tf = Counter(query.terms)
        scored = []
        for view in views:
            doc_terms = list(view.terms) + [
                normalise.value_token(f.unit, f.value) for f in view.figures
            ]
            tf = Counter(doc_terms)
            length = max(1, len(doc_terms))
            bm25 = 0.0
            for term, qtf in query_tf.items():
                if term not in tf or term not in stats:
                    continue
                norm = tf[term] * (K1 + 1) / (tf[term] + K1 * (1 - B + B * length / avg_length))
                bm25 += idf(max(n_claims, stats[term].df), stats[term].df) * norm * qtf
            key = " ".join(t for t in view.terms if not t.startswith("#"))
            components = {
                "bm25": bm25,
                "fuzzy": fuzz.token_set_ratio(query.key_text, key, processor=default_process) / 100,
                "text": fuzz.token_sort_ratio(query.text, view.text, processor=default_process)
                / 100,
                "figures": _figure_agreement(query, view),
            }
            scored.append((view, components))
        top_bm25 = max((c["bm25"] for _, c in scored), default=0.0) or 1.0
        matches = []
        for view, components in scored:
            components["bm25"] = round(components["bm25"] / top_bm25, 4)
            total = sum(WEIGHTS[name] * components[name] for name in WEIGHTS)
            matches.append((total, view, components))
        matches.sort(key=lambda item: (-item[0], item[1].id))
        extra = self._details([view.id for _, view, _ in matches])
        return [
            Match(
                claim_id=view.id,
                external_id=extra.get(view.id, {}).get("external_id"),
                score=round(total, 4),
                text=view.text,
                source=extra.get(view.id, {}).get("source"),
                url=extra.get(view.id, {}).get("url"),
                stated_at=view.time,
                components={k: round(v, 4) for k, v in components.items()},
            )
            for total, view, components in matches
        ]

    def _details(self, claim_ids: list[int]) -> dict[int, dict[str, Any]]:
        if not claim_ids:
            return {}
        rows = self.session.connection().execute(_DETAILS, {"ids": claim_ids})
        return {
            r.id: {"external_id": r.external_id, "source": r.source, "url": r.url} for r in rows
        }


_DETAILS = (
    select(Claim.id, Claim.external_id, Source.name.label("source"), Article.url)
    .join(Article, Article.id == Claim.article_id)
    .outerjoin(Source, Source.id == Article.source_id)
    .where(Claim.id.in_(bindparam("ids", expanding=True)))
)


def _figure_agreement(query: Query, view: ClaimView) -> float:
    """1 when a figure of the query is in the claim (same unit and value), 0 when the
    claim counts the same unit with other values only, 0.5 when neither says."""
    if not query.values:
        return 0.5
    same_unit = [f for f in view.figures if any(f.unit == u for u, _ in query.values)]
    if any(
        f.unit == unit and math.isclose(f.value, value)
        for f in view.figures
        for unit, value in query.values
    ):
        return 1.0
    if any(math.isclose(f.value, value) for f in view.figures for _, value in query.values):
        return 0.75
    return 0.0 if same_unit else 0.5
