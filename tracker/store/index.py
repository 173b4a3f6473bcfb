"""The claim indexes' rows: adding claims, taking them out, reading candidates.

Two inverted indexes kept in the database, in portable SQL on both backends: the
key-text index (``index_terms``, ``claim_terms``, ``index_stats``) and the raw-word
index (``word_terms``, ``claim_words``, ``word_stats``). What a claim is indexed as,
which terms a query reads and how they are weighted (BM25) are decided without the
database in :mod:`tracker.match.index` and :mod:`tracker.match.words`; this module
reads and writes the rows.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache
from typing import Any

from sqlalchemy import (
    bindparam,
    delete,
    exists,
    func,
    literal_column,
    select,
    text,
    update,
)
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import TextClause

from tracker.db import dialects
from tracker.db.models import (
    Article,
    Claim,
    ClaimTerm,
    ClaimWord,
    IndexStats,
    IndexTerm,
    WordStats,
    WordTerm,
)
from tracker.match.index import (
    K1,
    MAX_QUERY_TERMS,
    POSTINGS_BUDGET,
    TERM_MAX_LENGTH,
    B,
    IndexHit,
    LookedUp,
    TermStats,
    idf,
    plan_lookups,
)
from tracker.match.words import claim_document, words
from tracker.store.write_cache import WriteCache, write_cache

_POSTING_COLUMNS = "term_id, claim_id, tf, length"


class ClaimIndex:
    """Adds claims to the index and finds candidate claims for a query.

    The key-text index: ``index_terms``, ``claim_terms`` and ``index_stats``.
    :class:`WordIndex` is the same index over raw words in its own tables
    (``word_terms``, ``claim_words``, ``word_stats``)."""

    terms_model: Any = IndexTerm
    postings_model: Any = ClaimTerm
    postings_table = "claim_terms"
    stats_model: Any = IndexStats

    def __init__(self, session: Session) -> None:
        self.session = session
        self._stats: tuple[int, float] | None = None
        terms = self.terms_model
        # On SQLite the terms go in as one JSON array (json_each): a statement compiled
        # once, where an expanding IN list is rendered anew for every call.
        self._terms_as_json = session.get_bind().dialect.name == "sqlite"
        if self._terms_as_json:
            wanted: Any = select(literal_column("value")).select_from(
                func.json_each(bindparam("terms"))
            )
        else:
            wanted = bindparam("terms", expanding=True)
        self._term_stats_query = select(terms.id, terms.term, terms.df).where(
            terms.term.in_(wanted)
        )
        self._cache: WriteCache | None = write_cache(session)

    def term_params(self, terms: list[str]) -> dict[str, Any]:
        """The parameters of the term statistics query for ``terms``."""
        return {"terms": json.dumps(terms) if self._terms_as_json else terms}

    # -- writing ---------------------------------------------------------------

    def add(self, claims: Sequence[tuple[int, Sequence[str]]]) -> dict[str, int]:
        """Index ``(claim_id, terms)`` pairs, all in the current transaction; returns
        the ids of their terms."""
        claims = [(cid, [t[:TERM_MAX_LENGTH] for t in terms]) for cid, terms in claims if terms]
        if not claims:
            return {}
        document_counts: Counter[str] = Counter()
        for _, terms in claims:
            document_counts.update(set(terms))
        conn = self.session.connection()
        # the terms' ids and document frequencies as they stand after the upsert
        stored = dialects.upsert_adding(
            conn,
            self.terms_model.__table__,
            [{"term": term, "df": n} for term, n in sorted(document_counts.items())],
            ("term",),
            ("df",),
            returning=("id", "term", "df"),
        )
        ids = {term: term_id for term_id, term, _ in stored}
        known = self._known_terms()
        if known is not None:
            for term_id, term, df in stored:
                known[term] = TermStats(term_id, df)
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
        return ids

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
        if self._cache is not None:
            self._cache.clear()

    @property
    def caching(self) -> bool:
        """Whether term statistics read are kept for the write transaction."""
        return self._cache is not None

    def _known_terms(self) -> dict[str, TermStats | None] | None:
        """The cached term rows of this index (None without a cache)."""
        if self._cache is None:
            return None
        return self._cache.terms.setdefault(self.postings_table, {})

    def _bump_stats(self, claims: int, length: int) -> None:
        self._stats = None
        if self._cache is not None:
            totals = self._cache.totals.get(self.postings_table)
            if totals is not None:
                self._cache.totals[self.postings_table] = (
                    totals[0] + claims,
                    totals[1] + length,
                )
        dialects.upsert_adding(
            self.session.connection(),
            self.stats_model.__table__,
            [{"id": 1, "claims": claims, "total_length": length}],
            ("id",),
            ("claims", "total_length"),
        )

    # -- reading ---------------------------------------------------------------

    def term_ids(self, terms: Iterable[str]) -> dict[str, int]:
        return {term: stats.term_id for term, stats in self.term_stats(terms).items()}

    def term_stats(self, terms: Iterable[str]) -> dict[str, TermStats]:
        known = self._known_terms()
        if known is not None:
            asked = {t[:TERM_MAX_LENGTH] for t in terms}
            missing = asked.difference(known)
            if missing:
                read = self._read_term_stats(missing)
                for term in missing:
                    known[term] = read.get(term)
            return {t: s for t in asked if (s := known[t]) is not None}
        return self._read_term_stats(terms)

    def load_terms(self, terms: set[str] | frozenset[str]) -> None:
        """With the write transaction's cache: read the statistics of the terms it does
        not hold yet (one query per 500), for :meth:`cached_df`."""
        known = self._known_terms()
        assert known is not None, "load_terms needs the write cache"
        missing = {t[:TERM_MAX_LENGTH] for t in terms.difference(known)}.difference(known)
        if missing:
            read = self._read_term_stats(missing)
            for term in missing:
                known[term] = read.get(term)

    def cached_df(self, term: str) -> int | None:
        """A term's document frequency as the write transaction's cache holds it (None:
        not read yet); a term beyond the column's length is unknown (0), as
        :meth:`term_stats` reads it."""
        if len(term) > TERM_MAX_LENGTH:
            return 0
        known = self._known_terms()
        if known is None or term not in known:
            return None
        found = known[term]
        return found.df if found is not None else 0

    def _read_term_stats(self, terms: Iterable[str]) -> dict[str, TermStats]:
        wanted = sorted({t[:TERM_MAX_LENGTH] for t in terms})
        found: dict[str, TermStats] = {}
        conn = self.session.connection()
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            rows = conn.execute(self._term_stats_query, self.term_params(chunk)).all()
            for term_id, term, df in rows:
                found[term] = TermStats(term_id, df)
        return found

    def stats(self) -> tuple[int, float]:
        """(claims indexed, average key-text length); read once per index object."""
        if self._stats is None:
            cached = self._cache.totals if self._cache is not None else None
            totals = cached.get(self.postings_table) if cached is not None else None
            if totals is None:
                row = (
                    self.session.connection()
                    .execute(
                        select(self.stats_model.claims, self.stats_model.total_length).where(
                            self.stats_model.id == 1
                        )
                    )
                    .first()
                )
                # no row yet: the first upsert inserts what it adds
                totals = (row[0], row[1]) if row is not None else (0, 0)
                if cached is not None:
                    cached[self.postings_table] = totals
            if not totals[0]:
                self._stats = (0, 1.0)
            else:
                self._stats = (int(totals[0]), max(1.0, totals[1] / totals[0]))
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
        """The terms whose postings :meth:`candidates` reads
        (:func:`tracker.match.index.plan_lookups` over this index's document
        frequencies). ``stats``: the :meth:`term_stats` of ``terms`` and ``required``
        when the caller has them already (one lookup less)."""
        if stats is None:
            stats = self.term_stats([*terms, *required])
        return plan_lookups(stats, terms, required=required, max_terms=max_terms, budget=budget)

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
        found = self._candidates_sql(
            terms, limit, required, exclude_claims, max_terms, budget, stats, ""
        )
        if found is None:
            return []
        statement, params = found
        rows = self.session.connection().execute(_statement(statement), params).all()
        return [IndexHit(int(claim_id), float(total)) for claim_id, total in rows]

    def candidates_of_many(
        self, queries: Sequence[tuple[Sequence[str], Sequence[str]]], *, limit: int = 50
    ) -> list[list[IndexHit]]:
        """:meth:`candidates` of each ``(terms, required)`` query, in one statement (the
        queries' statements joined with ``UNION ALL``; each query's best, in its order)."""
        found: list[list[IndexHit]] = [[] for _ in queries]
        made = []
        for q, (terms, required) in enumerate(queries):
            one = self._candidates_sql(
                terms, limit, required, (), MAX_QUERY_TERMS, POSTINGS_BUDGET, None, f"q{q}_"
            )
            if one is not None:
                made.append((q, *one))
        if len(made) == 1:  # the query's own statement
            q, statement, params = made[0]
            rows = self.session.connection().execute(_statement(statement), params)
            found[q] = [IndexHit(int(claim_id), float(total)) for claim_id, total in rows]
            return found
        if not made:
            return found
        parts, params = [], {}
        for q, statement, own in made:
            parts.append(f"SELECT {q} AS q, c{q}.claim_id, c{q}.score FROM ({statement}) AS c{q}")
            params.update(own)
        rows = self.session.connection().execute(_statement(" UNION ALL ".join(parts)), params)
        for q, claim_id, total in rows:
            found[q].append(IndexHit(int(claim_id), float(total)))
        for hits in found:  # in the order of each query's ORDER BY
            hits.sort(key=lambda h: (h.bm25, h.claim_id), reverse=True)
        return found

    def _candidates_sql(
        self,
        terms: Sequence[str],
        limit: int,
        required: Sequence[str],
        exclude_claims: Iterable[int],
        max_terms: int,
        budget: int,
        stats: Mapping[str, TermStats] | None,
        prefix: str,
    ) -> tuple[str, dict[str, Any]] | None:
        """The statement of :meth:`candidates` and its parameters (their names begin
        with ``prefix``); None when no term is looked up."""
        looked_up = self.plan(
            terms, required=required, max_terms=max_terms, budget=budget, stats=stats
        )
        if not looked_up:
            return None
        n_claims, avg_length = self.stats()
        n_claims = max(n_claims, max(t.df for t in looked_up))
        query_tf = Counter(terms)
        weights = {
            t.term_id: idf(n_claims, t.df) * max(1, query_tf.get(t.term, 1)) for t in looked_up
        }
        p = prefix
        params: dict[str, Any] = {
            f"{p}k1": K1 + 1,
            f"{p}k1b": K1 * (1 - B),
            f"{p}kb": K1 * B / avg_length,
            f"{p}limit": limit,
        }
        # Plain SQL text, the same on both backends: building it costs microseconds,
        # building and compiling the same statement with SQLAlchemy's constructs costs
        # more than SQLite takes to run it.
        whens = []
        for k, term in enumerate(looked_up):
            params[f"{p}t{k}"] = term.term_id
            params[f"{p}w{k}"] = weights[term.term_id]
            whens.append(f"WHEN :{p}t{k} THEN :{p}w{k}")
        parts = []
        rare = [k for k, t in enumerate(looked_up) if not t.capped]
        if rare:
            listed = ", ".join(f":{p}t{k}" for k in rare)
            parts.append(
                f"SELECT {_POSTING_COLUMNS} FROM {self.postings_table} WHERE term_id IN ({listed})"
            )
        for k, term in enumerate(looked_up):
            if term.capped:
                params[f"{p}n{k}"] = term.reads
                parts.append(
                    f"SELECT * FROM (SELECT {_POSTING_COLUMNS} FROM {self.postings_table} "
                    f"WHERE term_id = :{p}t{k} ORDER BY claim_id DESC LIMIT :{p}n{k}) AS newest{k}"
                )
        where = ""
        excluded = sorted(set(exclude_claims))
        if excluded:
            for k, claim_id in enumerate(excluded):
                params[f"{p}x{k}"] = claim_id
            where = "WHERE p.claim_id NOT IN ({})".format(
                ", ".join(f":{p}x{k}" for k in range(len(excluded)))
            )
        statement = (
            f"SELECT p.claim_id, SUM((CASE p.term_id {' '.join(whens)} ELSE 0.0 END) "
            f"* p.tf * :{p}k1 / (p.tf + :{p}k1b + :{p}kb * p.length)) AS score "
            f"FROM ({' UNION ALL '.join(parts)}) AS p {where} "
            f"GROUP BY p.claim_id ORDER BY score DESC, p.claim_id DESC LIMIT :{p}limit"
        )
        return statement, params


@lru_cache(maxsize=512)
def _statement(sql: str) -> TextClause:
    """The text construct of a candidates statement, made once per shape (number of
    terms, which are capped): SQLAlchemy parses the bind names of a new one each time,
    and compiles a known one from its cache."""
    return text(sql)


class WordIndex(ClaimIndex):
    """:class:`ClaimIndex` over raw words."""

    terms_model: Any = WordTerm
    postings_model: Any = ClaimWord
    postings_table = "claim_words"
    stats_model: Any = WordStats


# A claim with what its document text is made of (tracker.match.words.document_text):
# the word index and the embeddings read the same columns.
CLAIM_TEXTS = (
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


def index_claims(session: Session, rows: Iterable[Any]) -> int:
    """Add the claims of ``CLAIM_TEXTS`` rows to the word index; returns how many."""
    entries = [(row.id, words(claim_document(row))) for row in rows]
    WordIndex(session).add(entries)
    return len(entries)


def index_article_words(session: Session, article: Article, record: Any = None) -> None:
    """Ingest hook: the words of the article's new claims (after they are stored)."""
    rows = session.execute(CLAIM_TEXTS.where(Claim.article_id == article.id)).all()
    index_claims(session, rows)


def index_claim_ids(session: Session, claim_ids: Sequence[int]) -> int:
    """Add the claims ``claim_ids`` (new, not yet in the word index) to it."""
    done = 0
    for start in range(0, len(claim_ids), 500):
        chunk = list(claim_ids[start : start + 500])
        rows = session.execute(CLAIM_TEXTS.where(Claim.id.in_(chunk))).all()
        done += index_claims(session, rows)
    return done


def index_missing(session: Session, *, batch: int = 2000) -> int:
    """The words of every claim not yet in the word index (claims stored before it
    existed), in batches in the current transaction; returns how many."""
    done, last = 0, 0
    missing = ~exists().where(ClaimWord.claim_id == Claim.id)
    while True:
        rows = session.execute(CLAIM_TEXTS.where(Claim.id > last, missing).limit(batch)).all()
        if not rows:
            return done
        done += index_claims(session, rows)
        last = rows[-1].id
