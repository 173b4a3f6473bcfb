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
close to BM25's, and above it where the signals agree.

This module ranks without the database: it prepares the query, scores and orders the
candidates it is given and makes the answers. :class:`tracker.store.retrieval.Retriever`
reads the candidates (from the indexes), their claims, figures and vectors, and calls it.
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

from tracker import normalise
from tracker.extract.figures import find_figures
from tracker.extract.language import detect_language
from tracker.match.index import K1, B, TermStats, idf
from tracker.match.views import claimed_at
from tracker.match.words import query_words

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


# -- ranking, over the candidates and statistics the caller read ------------------------


def base_scores(
    query: Query,
    documents: Sequence[Sequence[str]],
    stats: Mapping[str, TermStats],
    n_claims: int,
    avg_length: float,
) -> list[float]:
    """Okapi BM25 of every claim over all the query's words (the base), given the
    words of each candidate, the word index's statistics of the query's words and of
    the whole index (how many claims, their average length)."""
    query_tf = Counter(w for w in query.words if w in stats)
    weights = {w: idf(max(n_claims, stats[w].df), stats[w].df) * n for w, n in query_tf.items()}
    return [_bm25(weights, doc, avg_length) for doc in documents]


def base_order(candidates: Sequence[CandidateClaim], scores: Sequence[float]) -> list[Scored]:
    """The candidates in base order (BM25 first, ties: the earliest claim), each with
    its BM25 score as a share of the best."""
    pairs = zip(candidates, scores, strict=True)
    scored = [Scored(claim, {"bm25": score}) for claim, score in pairs]
    scored.sort(key=lambda s: (-s.components["bm25"], s.claim.id))  # ties: the earliest
    top_bm25 = scored[0].components["bm25"] or 1.0 if scored else 1.0
    for s in scored:
        s.components["bm25"] /= top_bm25
    return scored


def add_signals(
    query: Query,
    window: Sequence[Scored],
    stats: Mapping[str, TermStats],
    n_claims: int,
    avg_length: float,
) -> None:
    """Every lexical signal beyond the base, for the candidates of the re-ranking
    window (their figures read), given the key-text index's statistics of the query's
    terms and of the whole index."""
    if not window:
        return
    candidates = [s.claim for s in window]
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


def add_semantic(window: Sequence[Scored], similarity: Mapping[int, float]) -> None:
    """The semantic signals of the window from the cosine of each claim's vector with
    the query's (by claim id): the cosine, and its place between the window's lowest
    and highest. A claim without a vector counts as the lowest."""
    if not similarity:
        return
    low, high = min(similarity.values()), max(similarity.values())
    for s in window:
        value = similarity.get(s.claim.id, low)
        s.components["semantic"] = (value - low) / ((high - low) or 1.0)
        s.components["cosine"] = value


def matches(
    query: Query,
    ranked: Sequence[tuple[float, Scored]],
    details: Mapping[int, Any],
    figures: Mapping[int, Sequence[Any]],
) -> list[Match]:
    """The ranked candidates as answers: ``details`` has each claim's provenance
    (``external_id``, ``text``, ``source``, ``url``, ``stated_at``, ``published_at``,
    ``retrieved_at``), ``figures`` its figures (``unit``, ``value``, ``raw_text``,
    ``negated``) for the value flags."""
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
