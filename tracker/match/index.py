"""The claim index: an inverted index of key terms kept in the database.

Portable SQL on both backends: ``index_terms`` (term, document frequency),
``claim_terms`` (postings: term, claim, tf, key-text length) and ``index_stats``
(claims indexed, total length). Retrieval asks only for the few *rarest* terms of a
query and caps the postings it reads per term, so its cost depends on those terms,
not on the size of the database; the candidates are then scored with BM25 over all
query terms.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from sqlalchemy import (
    bindparam,
    delete,
    select,
    text,
    update,
)
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import TextClause

from tracker.db import dialects
from tracker.db.models import ClaimTerm, IndexStats, IndexTerm

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


_POSTING_COLUMNS = "term_id, claim_id, tf, length"


class ClaimIndex:
    """Adds claims to the index and finds candidate claims for a query.

    The key-text index: ``index_terms``, ``claim_terms`` and ``index_stats``.
    :class:`tracker.match.words.WordIndex` is the same index over raw words in its own
    tables (``word_terms``, ``claim_words``, ``word_stats``)."""

    terms_model: Any = IndexTerm
    postings_model: Any = ClaimTerm
    postings_table = "claim_terms"
    stats_model: Any = IndexStats

    def __init__(self, session: Session) -> None:
        self.session = session
        self._stats: tuple[int, float] | None = None
        terms = self.terms_model
        self._term_stats_query = select(terms.id, terms.term, terms.df).where(
            terms.term.in_(bindparam("terms", expanding=True))
        )

    # -- writing ---------------------------------------------------------------

    def add(self, claims: Sequence[tuple[int, Sequence[str]]]) -> None:
        """Index ``(claim_id, terms)`` pairs, all in the current transaction."""
        claims = [(cid, [t[:TERM_MAX_LENGTH] for t in terms]) for cid, terms in claims if terms]
        if not claims:
            return
        document_counts: Counter[str] = Counter()
        for _, terms in claims:
            document_counts.update(set(terms))
        conn = self.session.connection()
        dialects.upsert(
            conn,
            self.terms_model.__table__,
            [{"term": term, "df": n} for term, n in sorted(document_counts.items())],
            index_elements=["term"],
            update={"df": lambda excluded: self.terms_model.__table__.c.df + excluded.df},
        )
        ids = self.term_ids(document_counts)
        postings = []
        total_length = 0
        for claim_id, terms in claims:
            total_length += len(terms)
            for term, tf in Counter(terms).items():
                postings.append((ids[term], claim_id, tf, len(terms)))
        dialects.insert_plain(
            conn, self.postings_model.__table__, ("term_id", "claim_id", "tf", "length"), postings
        )
        self._bump_stats(len(claims), total_length)

    def remove(self, claim_ids: Iterable[int]) -> None:
        """Take claims out of the index (before re-indexing them)."""
        claim_ids = list(claim_ids)
        if not claim_ids:
            return
        postings = self.postings_model
        rows = self.session.execute(
            select(postings.term_id, postings.claim_id, postings.length).where(
                postings.claim_id.in_(claim_ids)
            )
        ).all()
        if not rows:
            return
        per_term = Counter(term_id for term_id, _, _ in rows)
        lengths = {claim_id: length for _, claim_id, length in rows}
        table = self.terms_model.__table__
        self.session.connection().execute(
            update(table)
            .where(table.c.id == bindparam("tid"))
            .values(df=table.c.df - bindparam("n")),
            [{"tid": term_id, "n": n} for term_id, n in per_term.items()],
        )
        self.session.execute(delete(postings).where(postings.claim_id.in_(claim_ids)))
        self._bump_stats(-len(lengths), -sum(lengths.values()))

    def _bump_stats(self, claims: int, length: int) -> None:
        self._stats = None
        dialects.upsert(
            self.session.connection(),
            self.stats_model.__table__,
            [{"id": 1, "claims": claims, "total_length": length}],
            index_elements=["id"],
            update={
                "claims": lambda excluded: self.stats_model.__table__.c.claims + excluded.claims,
                "total_length": lambda excluded: (
                    self.stats_model.__table__.c.total_length + excluded.total_length
                ),
            },
        )

    # -- reading ---------------------------------------------------------------

    def term_ids(self, terms: Iterable[str]) -> dict[str, int]:
        return {term: stats.term_id for term, stats in self.term_stats(terms).items()}

    def term_stats(self, terms: Iterable[str]) -> dict[str, TermStats]:
        wanted = sorted({t[:TERM_MAX_LENGTH] for t in terms})
        found: dict[str, TermStats] = {}
        conn = self.session.connection()
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            rows = conn.execute(self._term_stats_query, {"terms": chunk}).all()
            for term_id, term, df in rows:
                found[term] = TermStats(term_id, df)
        return found

    def stats(self) -> tuple[int, float]:
        """(claims indexed, average key-text length); read once per index object."""
        if self._stats is None:
            row = (
                self.session.connection()
                .execute(
                    select(self.stats_model.claims, self.stats_model.total_length).where(
                        self.stats_model.id == 1
                    )
                )
                .first()
            )
            if row is None or not row[0]:
                self._stats = (0, 1.0)
            else:
                self._stats = (int(row[0]), max(1.0, row[1] / row[0]))
        return self._stats

    def plan(
        self,
        terms: Sequence[str],
        *,
        required: Sequence[str] = (),
        max_terms: int = MAX_QUERY_TERMS,
        budget: int = POSTINGS_BUDGET,
        stats: Mapping[str, TermStats] | None = None,
    ) -> list[LookedUp]:
        """The terms whose postings :meth:`candidates` reads: the ``max_terms`` rarest
        known terms (and the ``required`` ones), rarest first, while their postings fit
        in ``budget``; a term more frequent than ``MAX_POSTINGS_PER_TERM`` counts, and is
        read, with its newest postings only. ``stats``: the :meth:`term_stats` of
        ``terms`` and ``required`` when the caller has them already (one lookup less)."""
        if stats is None:
            stats = self.term_stats([*terms, *required])
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

    def candidates(
        self,
        terms: Sequence[str],
        *,
        limit: int = 50,
        required: Sequence[str] = (),
        exclude_claims: Iterable[int] = (),
        max_terms: int = MAX_QUERY_TERMS,
        budget: int = POSTINGS_BUDGET,
        stats: Mapping[str, TermStats] | None = None,
    ) -> list[IndexHit]:
        """Claims sharing the rarest of ``terms``, best BM25 first.

        ``required`` terms (e.g. a unit placeholder) are always among those looked up.
        Terms are taken rarest first while their postings fit in ``budget``; a term
        more frequent than ``MAX_POSTINGS_PER_TERM`` adds only its newest postings.
        BM25 is summed in the database (one ``GROUP BY`` over the postings read), so
        only the ``limit`` best claims come back to Python.
        """
        looked_up = self.plan(
            terms, required=required, max_terms=max_terms, budget=budget, stats=stats
        )
        if not looked_up:
            return []
        n_claims, avg_length = self.stats()
        n_claims = max(n_claims, max(t.df for t in looked_up))
        query_tf = Counter(terms)
        weights = {
            t.term_id: idf(n_claims, t.df) * max(1, query_tf.get(t.term, 1)) for t in looked_up
        }
        params: dict[str, Any] = {
            "k1": K1 + 1,
            "k1b": K1 * (1 - B),
            "kb": K1 * B / avg_length,
            "limit": limit,
        }
        # Plain SQL text, the same on both backends: building it costs microseconds,
        # building and compiling the same statement with SQLAlchemy's constructs costs
        # more than SQLite takes to run it.
        whens = []
        for k, term in enumerate(looked_up):
            params[f"t{k}"] = term.term_id
            params[f"w{k}"] = weights[term.term_id]
            whens.append(f"WHEN :t{k} THEN :w{k}")
        parts = []
        rare = [k for k, t in enumerate(looked_up) if not t.capped]
        if rare:
            listed = ", ".join(f":t{k}" for k in rare)
            parts.append(
                f"SELECT {_POSTING_COLUMNS} FROM {self.postings_table} WHERE term_id IN ({listed})"
            )
        for k, term in enumerate(looked_up):
            if term.capped:
                params[f"n{k}"] = term.reads
                parts.append(
                    f"SELECT * FROM (SELECT {_POSTING_COLUMNS} FROM {self.postings_table} "
                    f"WHERE term_id = :t{k} ORDER BY claim_id DESC LIMIT :n{k}) AS newest{k}"
                )
        where = ""
        excluded = sorted(set(exclude_claims))
        if excluded:
            for k, claim_id in enumerate(excluded):
                params[f"x{k}"] = claim_id
            where = "WHERE p.claim_id NOT IN ({})".format(
                ", ".join(f":x{k}" for k in range(len(excluded)))
            )
        statement = (
            f"SELECT p.claim_id, SUM((CASE p.term_id {' '.join(whens)} ELSE 0.0 END) "
            "* p.tf * :k1 / (p.tf + :k1b + :kb * p.length)) AS score "
            f"FROM ({' UNION ALL '.join(parts)}) AS p {where} "
            "GROUP BY p.claim_id ORDER BY score DESC, p.claim_id DESC LIMIT :limit"
        )
        rows = self.session.connection().execute(_statement(statement), params).all()
        return [IndexHit(int(claim_id), float(total)) for claim_id, total in rows]


@lru_cache(maxsize=512)
def _statement(sql: str) -> TextClause:
    """The text construct of a candidates statement, made once per shape (number of
    terms, which are capped): SQLAlchemy parses the bind names of a new one each time,
    and compiles a known one from its cache."""
    return text(sql)


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
