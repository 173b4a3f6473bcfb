"""The claim index's rules, without the database: what a claim is indexed as, which
query terms are read, and how they weigh.

The index itself is kept in the database (``index_terms``, ``claim_terms``,
``index_stats``; :mod:`tracker.store.index` reads and writes it). Retrieval asks only
for the few *rarest* terms of a query and caps the postings it reads per term, so its
cost depends on those terms, not on the size of the database; the candidates are then
scored with BM25 over all query terms.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

K1 = 1.2
B = 0.75
MAX_QUERY_TERMS = 8  # rarest terms used to fetch candidates
MAX_POSTINGS_PER_TERM = 4000  # newest postings read per term
POSTINGS_BUDGET = 5_000  # postings read per query, rarest terms first
MIN_REQUIRED_POSTINGS = 1_000  # newest postings of a required term beyond the budget
TERM_MAX_LENGTH = 200


@dataclass(frozen=True)
class TermStats:
    term_id: int
    df: int


@dataclass(frozen=True)
class LookedUp:
    """A query term whose postings are read: all of them, or the newest ``reads``."""

    term: str
    term_id: int
    df: int
    reads: int

    @property
    def capped(self) -> bool:
        return self.reads < self.df


@dataclass(frozen=True)
class IndexHit:
    claim_id: int
    bm25: float  # over the query terms used for retrieval


def plan_lookups(
    stats: Mapping[str, TermStats],
    terms: Sequence[str],
    *,
    required: Sequence[str] = (),
    max_terms: int = MAX_QUERY_TERMS,
    budget: int = POSTINGS_BUDGET,
) -> list[LookedUp]:
    """The terms whose postings a candidate query reads: the ``max_terms`` rarest
    known terms (and the ``required`` ones), rarest first, while their postings fit
    in ``budget``; a term more frequent than ``MAX_POSTINGS_PER_TERM`` counts, and is
    read, with its newest postings only. ``stats``: the document frequencies of
    ``terms`` and ``required`` (:meth:`tracker.store.index.ClaimIndex.term_stats`)."""
    known = {t: s for t, s in stats.items() if s.df > 0}

    def rarest_first(found: Iterable[str]) -> list[str]:
        return sorted(found, key=lambda t: (known[t].df, t))

    looked = set(rarest_first({t for t in terms if t in known})[:max_terms])
    looked |= {t for t in required if t in known}
    chosen: list[LookedUp] = []
    spent = 0
    for term in rarest_first(looked):
        df = known[term].df
        reads = min(df, MAX_POSTINGS_PER_TERM)
        if chosen and spent + reads > budget:
            if term not in required:
                continue  # a frequent term: it still counts when candidates are ranked
            # the unit placeholder: its newest postings, as many as the budget leaves
            reads = min(reads, max(MIN_REQUIRED_POSTINGS, budget - spent))
        spent += reads
        chosen.append(LookedUp(term, known[term].term_id, df, reads))
    return chosen


def claim_index_terms(
    key_terms: Sequence[str], figures: Iterable[tuple[str | None, float]]
) -> list[str]:
    """What the index holds for a claim: its key terms, the broader unit of a figure's
    unit (firefighters are also counted as emergency workers), and a value term per
    figure. Ingest and import index claims alike through this one function."""
    from tracker import normalise
    from tracker.match.values import unit_family

    figures = list(figures)
    broader = [normalise.unit_token(u) for unit, _ in figures for u in unit_family(unit)[1:]]
    values = [normalise.value_token(unit, value) for unit, value in figures]
    return [*key_terms, *broader, *values]


def idf(n_claims: int, df: int) -> float:
    """BM25's idf, floored at a small positive value so common terms still count."""
    return max(0.01, math.log(1 + (n_claims - df + 0.5) / (df + 0.5)))
