"""Claim collections in batches: ``ingest --as-claims`` at the speed of the database.

A record of a claim collection is one article with one claim. Stored one by one (the
article path), each record costs a write transaction, ORM objects and a few dozen
statements, most of them to find the claim's candidates. Here a batch of records is
stored in one transaction:

* everything that needs no database was done before (:func:`prepare_claim`: checks,
  hash, language, the claim's figures and claimant, its key text, anchors, scene,
  index terms and words);
* known records are found with one query, sources and claimants once per name;
* articles, claims, figures, verdicts and both indexes' postings go in with bulk Core
  inserts;
* matching decides exactly what the article path decides, record after record in the
  batch's order: :class:`BatchIndex` answers the candidate and document-frequency
  questions for record *k* as the index would have answered them after records
  1..*k*-1 were stored (the database's postings as of the batch's start plus the
  batch's earlier records, scored with the same BM25 in Python), so the index itself
  is written once, at the end of the batch. Facts, placements and relations are
  written by the same :class:`~tracker.store.linking.Linker` code as on the article
  path; the facts' derived fields are refreshed once per batch.
"""

from __future__ import annotations

import bisect
import datetime as dt
import heapq
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from sqlalchemy import bindparam, func, insert, select, text, update
from sqlalchemy.orm import Session

from tracker import normalise
from tracker.db.base import utcnow
from tracker.db.models import Article, Claim, ClaimTerm, Figure, IndexStats
from tracker.extract.pipeline import EXTRACTOR_VERSION, ClaimDraft
from tracker.match.index import (
    K1,
    MAX_POSTINGS_PER_TERM,
    MAX_QUERY_TERMS,
    POSTINGS_BUDGET,
    TERM_MAX_LENGTH,
    B,
    IndexHit,
    LookedUp,
    TermStats,
    claim_index_terms,
    idf,
)
from tracker.match.settings import MatchSettings
from tracker.match.values import unit_family
from tracker.match.views import ClaimView, FigureView, claimed_at
from tracker.match.words import document_text, words
from tracker.store import facts as fact_store
from tracker.store.claim_views import order_of, parse_scene, scene_text
from tracker.store.claims import claim_figure_rows, fit_column
from tracker.store.index import ClaimIndex, WordIndex
from tracker.store.linking import Linker

PERSON_KINDS = (None, "person", "unknown")


@dataclass
class ClaimKeys:
    """What the matcher stores on a collection claim, computed before the write."""

    key_text: str
    terms: tuple[str, ...]
    anchors: frozenset[str]
    context: frozenset[str]
    scene: tuple[frozenset[str], frozenset[str]]
    person_claimant: bool  # whether the key was made for a person (or nobody known)


@dataclass
class PreparedClaim:
    """A claim-collection record ready for :func:`store_batch` (no database used)."""

    text: str
    title: str | None
    language: str
    draft: ClaimDraft
    keys: ClaimKeys
    words: list[str]
    title_words: list[str] = field(default_factory=list)


def claim_keys(
    text: str,
    title: str | None,
    language: str,
    draft: ClaimDraft,
    claimant_kind: str | None,
) -> ClaimKeys:
    """Key text, anchors, context and scene of a record's one claim: what
    :func:`tracker.store.claim_views.prepare_article` computes for it, in one pass (for a
    claim that is its whole record, the scene's text is the context's)."""
    attribution = draft.attribution
    slots = [
        normalise.FigureSlot(
            f.start, f.end, fit_column(f.unit, 100), f.value, fit_column(f.unit_text, 100)
        )
        for f in draft.figures
    ]
    stripped_title = (title or "").strip()
    whole = (
        bool(stripped_title)
        and draft.sentence.start == 0
        and draft.sentence.end >= len(text.rstrip())
        and stripped_title != text.strip()
    )
    key = normalise.claim_key(
        draft.sentence.text,
        language,
        slots,
        fit_column(attribution.claimant, 300),
        claimant_kind,
        fit_column(attribution.via, 300),
        title=title if whole else None,
    )
    found = normalise.anchors(draft.sentence.text, language) | key.places
    full = f"{title or ''}\n{text}"
    context_names = normalise.anchors(full, language)
    assert draft.sentence.start == 0 and draft.sentence.end == len(text)
    scene_terms = frozenset(
        t for t in normalise.key_text(full, language).terms if not t.startswith("#")
    )
    return ClaimKeys(
        key_text=key.text,
        terms=key.terms,
        anchors=found,
        context=frozenset(context_names | found),
        scene=(scene_terms, context_names),
        person_claimant=claimant_kind in PERSON_KINDS,
    )


def prepare_claim(text: str, title: str | None, language: str, draft: ClaimDraft) -> PreparedClaim:
    from tracker.store.claims import _title_names

    keys = claim_keys(text, title, language, draft, draft.attribution.claimant_kind)
    return PreparedClaim(
        text=text,
        title=title,
        language=language,
        draft=draft,
        keys=keys,
        words=words(document_text(text, title, True)),
        title_words=_title_names(title),
    )


# -- the index as it would be after each record ------------------------------------------


class BatchIndex(ClaimIndex):
    """The key-text index as of a position in the batch: the database's postings (as of
    the batch's start: the batch's own are written at its end) plus those of the
    batch's records before :attr:`position`."""

    def __init__(self, session: Session, carried: Carried | None = None) -> None:
        super().__init__(session)
        self._cache = None  # statistics as of a position: its own (below)
        self.position = 0
        # plans made ahead (see remember_plan), by position and query
        self._plans: dict[tuple[Any, ...], list[LookedUp]] = {}
        row = (
            session.connection()
            .execute(select(IndexStats.claims, IndexStats.total_length).where(IndexStats.id == 1))
            .first()
        )
        self._db_claims = int(row[0]) if row and row[0] else 0
        self._db_length = float(row[1]) if row and row[1] else 0.0
        # the database's document frequencies and newest postings, as of the batch's
        # start: read as needed, or carried from the import's batch before
        carried = carried or Carried()
        self._db_terms: dict[str, TermStats | None] = carried.terms
        self._db_postings: dict[int, list[tuple[int, int, int]]] = carried.postings  # newest first
        # the same by (tf, length), with the list they were made of
        self._groups: dict[int, tuple[list[Any], list[tuple[tuple[int, int], list[int]]]]] = {}
        # the batch's documents: per term, (claim id, tf, length) by position (the
        # positions in _positions)
        self._entries: dict[str, list[tuple[int, int, int]]] = defaultdict(list)
        self._positions: dict[str, list[int]] = defaultdict(list)
        self._claims_before = [0]  # prefix counts and lengths per position
        self._length_before = [0]
        self.documents: list[tuple[int, list[str]]] = []
        self._ascending = True  # the batch's claim ids grow with the position

    def add_document(self, claim_id: int, terms: Sequence[str]) -> None:
        """Append the batch's next record (its claim's index terms)."""
        position = len(self._claims_before) - 1
        kept = [t[:TERM_MAX_LENGTH] for t in terms]
        self.documents.append((claim_id, list(terms)))
        if self.documents[-2:-1] and self.documents[-2][0] > claim_id:
            self._ascending = False
        if kept:
            for term, tf in Counter(kept).items():
                self._entries[term].append((claim_id, tf, len(kept)))
                self._positions[term].append(position)
        self._claims_before.append(self._claims_before[-1] + (1 if kept else 0))
        self._length_before.append(self._length_before[-1] + len(kept))

    # -- what ClaimIndex reads, as of the position --------------------------------

    def load_terms(self, terms: Iterable[str]) -> None:
        """The database's document frequencies of ``terms``, in one query per 500."""
        known = self._db_terms
        # (set operations in C: a batch's candidates bring hundreds of thousands of terms)
        wanted = terms if isinstance(terms, set | frozenset) else set(terms)
        missing = sorted({t[:TERM_MAX_LENGTH] for t in wanted.difference(known)}.difference(known))
        for start in range(0, len(missing), 500):
            chunk = missing[start : start + 500]
            found = {
                term: TermStats(term_id, df)
                for term_id, term, df in self.session.connection().execute(
                    self._term_stats_query, self.term_params(chunk)
                )
            }
            for term in chunk:
                known[term] = found.get(term)

    def term_stats(self, terms: Iterable[str]) -> dict[str, TermStats]:
        wanted = {t[:TERM_MAX_LENGTH] for t in terms}
        self.load_terms(wanted)
        found: dict[str, TermStats] = {}
        positions = self._positions
        for term in wanted:
            db = self._db_terms[term]
            ours = positions.get(term)
            added = bisect.bisect_left(ours, self.position) if ours else 0
            if db is None:
                if added:
                    found[term] = TermStats(-1, added)
            else:
                found[term] = TermStats(db.term_id, db.df + added) if added else db
        return found

    def df(self, term: str) -> int:
        """The document frequency of one term as of the position (loaded already)."""
        term = term[:TERM_MAX_LENGTH]
        if term not in self._db_terms:
            self.load_terms([term])
        db = self._db_terms[term]
        ours = self._positions.get(term)
        return (db.df if db else 0) + (bisect.bisect_left(ours, self.position) if ours else 0)

    def stats(self) -> tuple[int, float]:
        claims = self._db_claims + self._claims_before[self.position]
        length = self._db_length + self._length_before[self.position]
        if not claims:
            return (0, 1.0)
        return (claims, max(1.0, length / claims))

    def _db_newest(self, term: str, reads: int) -> list[tuple[int, int, int]]:
        db = self._db_terms.get(term)
        if db is None or reads <= 0:
            return []
        cached = self._db_postings.get(db.term_id)
        if cached is None:
            cached = self._fetch([db.term_id])[db.term_id]
        return cached[:reads]

    def _grouped(self, term: str, reads: int) -> list[tuple[tuple[int, int], list[int]]] | None:
        """The database's postings of ``term`` that :meth:`_db_newest` gives for
        ``reads``, by (tf, length), when they are all it holds (else None)."""
        db = self._db_terms.get(term)
        if db is None or reads <= 0:
            return None
        postings = self._db_postings.get(db.term_id)
        if postings is None or reads < len(postings):
            return None
        made = self._groups.get(db.term_id)
        if made is None or made[0] is not postings:
            by_shape: dict[tuple[int, int], list[int]] = defaultdict(list)
            for claim_id, tf, length in postings:
                by_shape[tf, length].append(claim_id)
            made = self._groups[db.term_id] = (postings, list(by_shape.items()))
        return made[1]

    def _fetch(self, term_ids: list[int]) -> dict[int, list[tuple[int, int, int]]]:
        table = self.postings_table
        for term_id in term_ids:
            rows = (
                self.session.connection()
                .execute(
                    text(
                        f"SELECT claim_id, tf, length FROM {table} WHERE term_id = :t "
                        "ORDER BY claim_id DESC LIMIT :n"
                    ),
                    {"t": term_id, "n": MAX_POSTINGS_PER_TERM},
                )
                .all()
            )
            self._db_postings[term_id] = [(r[0], r[1], r[2]) for r in rows]
        return self._db_postings

    def prefetch(self, term_ids: Iterable[int]) -> None:
        """The postings of the database's terms ``term_ids`` whose document frequency is
        within the cap, in one query per 500 terms (the others are read one by one)."""
        by_id = {s.term_id: s for s in self._db_terms.values() if s is not None}
        small = sorted(
            t
            for t in set(term_ids)
            if t not in self._db_postings
            and (stats := by_id.get(t)) is not None
            and stats.df <= MAX_POSTINGS_PER_TERM
        )
        table = self.postings_table
        for start in range(0, len(small), 500):
            chunk = small[start : start + 500]
            found: dict[int, list[tuple[int, int, int]]] = {t: [] for t in chunk}
            rows = (
                self.session.connection()
                .execute(
                    text(
                        f"SELECT term_id, claim_id, tf, length FROM {table} WHERE term_id IN :ids"
                    ).bindparams(bindparam("ids", expanding=True)),
                    {"ids": chunk},
                )
                .all()
            )
            for term_id, claim_id, tf, length in rows:
                found[term_id].append((claim_id, tf, length))
            for term_id, postings in found.items():
                postings.sort(reverse=True)
                self._db_postings[term_id] = postings

    def carry_forward(self, ids: Mapping[str, int]) -> None:
        """The batch's documents are in the database now (:meth:`ClaimIndex.add`; ``ids``
        of their terms): the statistics and postings read so far become what a fresh
        read would find, for the import's next batch (its claims are the newest)."""
        for term, entries in self._entries.items():
            if term not in self._db_terms:
                continue  # never read: read when it is needed
            known = self._db_terms[term]
            term_id = ids[term]
            self._db_terms[term] = TermStats(term_id, (known.df if known else 0) + len(entries))
            cached = self._db_postings.get(term_id)
            if cached is not None:
                newest = sorted(entries, reverse=True)
                self._db_postings[term_id] = (newest + cached)[:MAX_POSTINGS_PER_TERM]

    def remember_plan(self, terms: Sequence[str], required: Sequence[str]) -> list[LookedUp]:
        """:meth:`plan` of a query at the position, kept for its :meth:`candidates` (the
        statistics as of a position do not change while the batch is read)."""
        found = self.plan(terms, required=required)
        key = (self.position, tuple(terms), tuple(required), MAX_QUERY_TERMS, POSTINGS_BUDGET)
        self._plans[key] = found
        return found

    def candidates(
        self,
        terms: Sequence[str],
        *,
        limit: int = 50,
        required: Sequence[str] = (),
        exclude_claims: Iterable[int] = (),
        max_terms: int = 8,
        budget: int = 5_000,
        stats: Mapping[str, TermStats] | None = None,
    ) -> list[IndexHit]:
        """:meth:`ClaimIndex.candidates` as of the position, scored here (``stats`` read
        from the database are not the position's: the statistics are taken here)."""
        key = (self.position, tuple(terms), tuple(required), max_terms, budget)
        looked_up = self._plans.pop(key, None)
        if looked_up is None:
            looked_up = self.plan(terms, required=required, max_terms=max_terms, budget=budget)
        if not looked_up:
            return []
        n_claims, avg_length = self.stats()
        n_claims = max(n_claims, max(t.df for t in looked_up))
        query_tf = Counter(terms)
        k1, k1b, kb = K1 + 1, K1 * (1 - B), K1 * B / avg_length
        excluded = set(exclude_claims)
        scores: dict[int, float] = {}
        get = scores.get
        for term in looked_up:
            weight = idf(n_claims, term.df) * max(1, query_tf.get(term.term, 1))
            ours = self._entries.get(term.term, ())
            before = bisect.bisect_left(self._positions.get(term.term, ()), self.position)
            # newest first, like the database's: the batch's records before the position,
            # then the database's newest (each part newest first already)
            postings = list(ours[before - 1 :: -1]) if before else []
            stored = self._db_newest(term.term, term.reads - len(postings))
            grouped = None
            if term.capped and (
                not self._ascending or (postings and stored and stored[0][0] > postings[-1][0])
            ):
                # not newest first as they stand (a claim another writer stored since
                # this batch's): by id after all
                postings = sorted(postings + stored, reverse=True)[: term.reads]
            else:
                if term.capped:
                    del postings[term.reads :]  # (stored is empty then)
                if not excluded:
                    grouped = self._grouped(term.term, len(stored))
                if grouped is None:
                    postings += stored
            # A posting's share depends on its tf and length only: worked out once for
            # each. (A claim is in a term's postings once: the order they are added in
            # within a term changes no sum.)
            shares: dict[tuple[int, int], float] = {}
            for claim_id, tf, length in postings:
                if excluded and claim_id in excluded:
                    continue
                share = shares.get((tf, length))
                if share is None:
                    share = shares[tf, length] = weight * tf * k1 / (tf + k1b + kb * length)
                scores[claim_id] = get(claim_id, 0.0) + share
            for (tf, length), claim_ids in grouped or ():
                share = weight * tf * k1 / (tf + k1b + kb * length)
                for claim_id in claim_ids:
                    scores[claim_id] = get(claim_id, 0.0) + share
        return [IndexHit(claim_id, score) for score, claim_id in best_of(scores, limit)]


def best_of(scores: dict[int, float], limit: int) -> list[tuple[float, int]]:
    """The ``limit`` best (score, claim id) pairs, by score, then the newest: the order
    of ``sorted(..., reverse=True)[:limit]`` over every pair, without making and
    sorting thousands of pairs (only those at or above the limit-th best score)."""
    if limit <= 0:
        return sorted(zip(scores.values(), scores.keys(), strict=True), reverse=True)[:limit]
    if not scores:
        return []
    lowest = heapq.nlargest(limit, scores.values())[-1]
    return sorted([(s, c) for c, s in scores.items() if s >= lowest], reverse=True)[:limit]


# -- linking, record after record ------------------------------------------------------


@dataclass
class BatchArticle:
    """The columns of a stored article that linking reads (and syndication sets)."""

    id: int
    source_id: int | None
    url: str | None
    published_at: dt.datetime | None
    retrieved_at: dt.datetime | None
    recorded_at: dt.datetime | None
    syndicated_from_id: int | None = None
    syndication_score: float | None = None


class BatchLinker(Linker):
    """The article path's :class:`Linker` over a batch: candidates and document
    frequencies from a :class:`BatchIndex` at the record's position, the views of
    stored candidates loaded once per batch and kept true through merges."""

    index: BatchIndex

    def __init__(
        self,
        session: Session,
        settings: MatchSettings | None,
        index: BatchIndex,
        carried: Carried | None = None,
    ):
        super().__init__(session, settings)
        self.index = index
        # stored claims, as load_views makes them (those loaded in the import's batches
        # before, kept true as they are here, come along)
        self.views: dict[int, ClaimView] = dict(carried.views) if carried else {}
        self.loaded: set[int] = set(self.views)  # loaded from the database
        self.touched: set[int] = set()
        self._created: set[int] = set()
        self._last_now: dt.datetime | None = None

    def cache_views(self, claim_ids: Iterable[int]) -> None:
        wanted = sorted(set(claim_ids) - self.views.keys())
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            from tracker.store.claim_views import load_views

            for view in load_views(self.session.connection(), chunk):
                self.views[view.id] = view
                self.loaded.add(view.id)
        # the document frequencies their comparisons read, in a few queries: key terms
        # and scene terms (those of views carried from the batch before were read
        # then, and carried with them)
        views = [self.views[c] for c in wanted if c in self.views]
        self.index.load_terms(
            set().union(*(v.terms for v in views), *(v.scene_terms for v in views))
        )

    def link(
        self,
        position: int,
        article: BatchArticle,
        view: ClaimView,
        candidate_ids: list[int],
    ) -> None:
        """Link one record's claim, as the article path would after the batch's earlier
        records; then keep its view for the records after it."""
        self.index.position = position
        now = utcnow()
        if self._last_now is not None and now <= self._last_now:
            now = self._last_now + dt.timedelta(microseconds=1)
        self.now = self._last_now = now  # relations of one record share their time
        self._idf_cache.clear()
        self._n_claims = 0
        self._pairs.clear()
        views = self.views
        candidates = [views[c] for c in candidate_ids if c != view.id and c in views]
        self.touched |= self.link_views(article, [view], {view.id: candidates})

    def _load_idf(self, terms: Iterable[str]) -> None:
        """Document frequencies are read as they are needed (:meth:`idf`); here only
        those of terms the batch has not seen are fetched, in one query."""
        self.index.load_terms(terms)

    def idf(self, term: str) -> float:
        cached = self._idf_cache.get(term)
        if cached is None:
            if not self._n_claims:
                self._n_claims, _ = self.index.stats()
            # as ClaimIndex.term_stats reads it: a term beyond the column's length is unknown
            df = self.index.df(term) if len(term) <= TERM_MAX_LENGTH else 0
            cached = self._idf_cache[term] = idf(max(self._n_claims, df) + 1, df)
        return cached

    def _place(self, placements: Sequence[tuple[int, int | None, str, float | None]]) -> None:
        """A record's figures were stored in this batch: none has a membership yet."""
        fact_store.place(self.session, placements, self.version, self.now, new=True)

    def _create_fact(self, figure: FigureView, view: ClaimView) -> int:
        fact_id = super()._create_fact(figure, view)
        self._created.add(fact_id)
        return fact_id

    def _relink(self) -> None:
        """As :meth:`Linker._relink`, less the facts this record's claim made: their
        figures are all its own, and relations join figures of different claims (a fact
        made now is never the target of a merge: only a joined fact absorbs)."""
        for fact_id in self._created:
            self._relink_from.pop(fact_id, None)
        self._created.clear()
        super()._relink()

    def _syndicated(self, copy_id: int, original_id: int) -> None:
        for view in self.views.values():
            if view.article_id == copy_id:
                view.syndicated_from_id = original_id

    def _merge(self, into: int, absorbed: int) -> None:
        super()._merge(into, absorbed)
        for view in self.views.values():
            for figure in view.figures:
                if figure.fact_id == absorbed:
                    figure.fact_id = into


def stored_view(
    view: ClaimView, key_text: str, anchors: str, context: str, scene: str
) -> ClaimView:
    """The view :func:`tracker.store.claim_views.load_views` would make of a claim once
    it is stored (its texts read back from their columns), sharing nothing mutable."""
    stored = ClaimView(
        id=view.id,
        article_id=view.article_id,
        source_id=view.source_id,
        claimant_id=view.claimant_id,
        text=view.text,
        terms=tuple(key_text.split()),
        anchors=frozenset(anchors.split()),
        context=frozenset(context.split()),
        time=view.time,
        negated=view.negated,
        order=view.order,
        via_source_id=view.via_source_id,
        syndicated_from_id=view.syndicated_from_id,
        language=view.language,
        figures=[
            FigureView(
                f.id,
                f.claim_id,
                f.value,
                f.unit,
                f.approx,
                f.negated,
                f.fact_id,
                f.start,
                f.end,
                f.previous,
            )
            for f in view.figures
        ],
        speakers=view.speakers,
    )
    stored.scene_terms, stored.scene_names = parse_scene(scene)
    return stored


# -- one batch -------------------------------------------------------------------------


@dataclass
class NewClaim:
    """A record to store as a new article (or version) with its claim."""

    prepared: PreparedClaim
    article: dict[str, Any]  # the article row, without its id
    verdicts: Sequence[Any] = ()
    claimant_id: int | None = None
    via_source_id: int | None = None
    keys: ClaimKeys | None = None  # as stored (made again when the claimant's kind differs)


def store_batch(
    session: Session,
    records: list[NewClaim],
    settings: MatchSettings | None,
    carried: Carried | None = None,
) -> list[int]:
    """Store new collection records in the current transaction; returns the article
    ids, in order. ``carried``: what the import's batch before left (see
    :class:`Carried`), taken when still true and left for the next."""
    from tracker.store.verdicts import new_verdict_rows

    if not records:
        return []
    if carried is not None:
        carried.begin(session)
    now = utcnow()
    names = BatchNames(session)
    # claimants, in the records' order (each name resolved once per batch)
    for record in records:
        attribution = record.prepared.draft.attribution
        if attribution.claimant:
            aliases = tuple(
                w for w in record.prepared.title_words if _same_claimant(w, attribution.claimant)
            )
            record.claimant_id = names.claimant(
                attribution.claimant, attribution.claimant_kind, aliases
            )
        via = fit_column(attribution.via, 300)
        if via:
            record.via_source_id = names.source(via)
    kinds = names.kinds()
    for record in records:
        keys = record.prepared.keys
        kind = kinds.get(record.claimant_id) if record.claimant_id is not None else None
        if (kind in PERSON_KINDS) != keys.person_claimant:
            keys = claim_keys(
                record.prepared.text,
                record.prepared.title,
                record.prepared.language,
                record.prepared.draft,
                kind,
            )
        record.keys = keys
    article_rows = [
        {**r.article, "anchors": " ".join(sorted(_keys(r).context)), "recorded_at": now}
        for r in records
    ]
    article_ids = inserted_ids(
        session, Article.__table__, article_rows, ("identity_key", "version")
    )
    claim_rows = []
    for record, article_id in zip(records, article_ids, strict=True):
        draft = record.prepared.draft
        attribution = draft.attribution
        sentence = draft.sentence
        keys = _keys(record)
        claim_rows.append(
            {
                "article_id": article_id,
                "sentence_index": sentence.index,
                "paragraph_index": sentence.paragraph,
                "span_start": sentence.start,
                "span_end": sentence.end,
                "text": sentence.text,
                "language": record.prepared.language,
                "claimant_id": record.claimant_id,
                "claimant_text": fit_column(attribution.claimant, 300),
                "attribution": attribution.attribution,
                "attribution_cue": fit_column(attribution.attribution_cue, 100),
                "via_text": fit_column(attribution.via, 300),
                "via_source_id": record.via_source_id,
                "has_quote": attribution.has_quote,
                "negated": draft.negated,
                "stated_at": draft.stated_at,
                "recorded_at": now,
                "extractor_version": EXTRACTOR_VERSION,
                "external_id": draft.external_id,
                "key_text": keys.key_text,
                "anchors": " ".join(sorted(keys.anchors)),
                "scene": scene_text(*keys.scene),
            }
        )
    claim_ids = inserted_ids(session, Claim.__table__, claim_rows, ("article_id", "span_start"))
    figure_rows = claim_figure_rows(claim_ids, [r.prepared.draft for r in records])
    figure_ids: list[int] = []
    if figure_rows:
        figure_ids = inserted_ids(
            session, Figure.__table__, figure_rows, ("claim_id", "span_start", "span_end")
        )
    verdict_rows = [
        row
        for claim_id, record in zip(claim_ids, records, strict=True)
        for row in new_verdict_rows(claim_id, record.verdicts, set(), now)
    ]
    if verdict_rows:
        from tracker.db.models import Verdict

        session.execute(insert(Verdict), verdict_rows)

    # views of the new claims, as prepare_article makes them
    index = BatchIndex(session, carried)
    linker = BatchLinker(session, settings, index, carried)
    figures_iter = iter(zip(figure_rows, figure_ids, strict=True))
    own_views: list[ClaimView] = []
    articles: list[BatchArticle] = []
    for record, article_id, claim_id, row in zip(
        records, article_ids, claim_ids, claim_rows, strict=True
    ):
        keys = _keys(record)
        figures = []
        for _ in record.prepared.draft.figures:
            f_row, f_id = next(figures_iter)
            figures.append(
                FigureView(
                    f_id,
                    claim_id,
                    f_row["value"],
                    f_row["unit"],
                    f_row["approx"],
                    f_row["negated"],
                    None,
                    f_row["span_start"],
                    f_row["span_end"],
                    f_row["previous"],
                )
            )
        figures.sort(key=lambda f: f.start)
        art = record.article
        time = claimed_at(row["stated_at"], art["published_at"], art["retrieved_at"])
        view = ClaimView(
            id=claim_id,
            article_id=article_id,
            source_id=art["source_id"],
            claimant_id=record.claimant_id,
            text=row["text"],
            terms=keys.terms,
            anchors=keys.anchors,
            context=keys.context,
            time=time,
            negated=row["negated"],
            order=order_of(time, claim_id),
            via_source_id=record.via_source_id,
            syndicated_from_id=None,
            language=row["language"],
            speakers=normalise.name_tokens(row["claimant_text"], row["via_text"]),
            scene_terms=keys.scene[0],
            scene_names=keys.scene[1],
            figures=figures,
        )
        own_views.append(view)
        articles.append(
            BatchArticle(
                article_id,
                art["source_id"],
                art["url"],
                art["published_at"],
                art["retrieved_at"],
                now,
            )
        )
        index.add_document(
            claim_id, claim_index_terms(view.terms, ((f.unit, f.value) for f in figures))
        )

    # candidates of every record, as of its position (they do not depend on linking)
    index.load_terms(t for _, terms in index.documents for t in terms)
    index.load_terms(
        normalise.unit_token(u) for v in own_views for f in v.figures for u in unit_family(f.unit)
    )
    units = [
        sorted({normalise.unit_token(u) for f in v.figures for u in unit_family(f.unit)})
        for v in own_views
    ]
    # the postings of the terms each record's retrieval reads, in a few queries
    looked_up: set[int] = set()
    for position in range(len(own_views)):
        index.position = position
        plan = index.remember_plan(index.documents[position][1], units[position])
        looked_up.update(t.term_id for t in plan)
    index.prefetch(looked_up)
    found: list[list[int]] = []
    for position in range(len(own_views)):
        index.position = position
        hits = index.candidates(
            index.documents[position][1],
            limit=linker.settings.candidates_per_claim,
            required=units[position],
        )
        found.append([h.claim_id for h in hits])
    ours = {v.id: position for position, v in enumerate(own_views)}
    linker.cache_views(c for ids in found for c in ids if c not in ours)
    index.load_terms(t for v in own_views for t in v.scene_terms)
    for position, (view, article, record) in enumerate(
        zip(own_views, articles, records, strict=True)
    ):
        linker.link(position, article, view, found[position])
        if article.syndicated_from_id is not None:
            session.execute(
                update(Article)
                .where(Article.id == article.id)
                .values(
                    syndicated_from_id=article.syndicated_from_id,
                    syndication_score=article.syndication_score,
                )
            )
        keys = _keys(record)
        linker.views[view.id] = stored_view(
            view,
            keys.key_text,
            " ".join(sorted(keys.anchors)),
            " ".join(sorted(keys.context)),
            scene_text(*keys.scene),
        )
    # the indexes, in bulk, and the facts' derived fields
    term_ids = ClaimIndex(session).add(index.documents)
    WordIndex(session).add(
        [(claim_id, r.prepared.words) for claim_id, r in zip(claim_ids, records, strict=True)]
    )
    fact_store.refresh(session, linker.touched)
    if carried is not None:
        index.carry_forward(term_ids)
        carried.views = {c: linker.views[c] for c in linker.loaded}
    return article_ids


class Carried:
    """What an import keeps from one batch's transaction for the next: the views of
    stored claims loaded from the database (kept true through merges and syndication,
    as within a batch) and the key-text index's document frequencies and newest
    postings as the database holds them after the batch.

    Taken only when nobody else wrote in between (:func:`tracker.db.dialects.write_mark`
    is as it was at the start of the batch before) and that batch was committed
    (:meth:`committed`; a rolled-back batch leaves them untrue); else the batch reads
    everything afresh. A batch that finds everything anew decides the same: these are
    only the rows it would read."""

    MAX_VIEWS = 100_000  # beyond these, read afresh (memory: some 100 MB at most each)
    MAX_POSTINGS = 1_000_000

    def __init__(self) -> None:
        self.views: dict[int, ClaimView] = {}
        self.terms: dict[str, TermStats | None] = {}
        self.postings: dict[int, list[tuple[int, int, int]]] = {}
        self._mark: Any = None
        self._committed = False

    def clear(self) -> None:
        self.views, self.terms, self.postings = {}, {}, {}
        self._mark, self._committed = None, False

    def begin(self, session: Session) -> None:
        """At the start of a batch's transaction: keep what is still true."""
        from tracker.db import dialects

        mark = dialects.write_mark(session.connection())
        if (
            mark is None
            or not self._committed
            or mark != self._mark
            or len(self.views) > self.MAX_VIEWS
            or sum(map(len, self.postings.values())) > self.MAX_POSTINGS
        ):
            self.clear()
        self._mark, self._committed = mark, False

    def committed(self) -> None:
        """The batch that used and updated these was committed."""
        self._committed = True


def inserted_ids(
    session: Session, table: Any, rows: list[dict[str, Any]], key: tuple[str, ...]
) -> list[int]:
    """Insert ``rows`` (Core, a few multi-row statements) and return their ids in the
    rows' order, matched by the columns ``key`` that tell the rows apart (row by row
    in order when they do not: what an ordered RETURNING costs on SQLite)."""
    keys = [tuple(row[k] for k in key) for row in rows]
    conn = session.connection()
    if len(set(keys)) < len(keys):
        statement = insert(table).returning(table.c.id, sort_by_parameter_order=True)
        return list(conn.execute(statement, rows).scalars())
    returned = conn.execute(insert(table).returning(table.c.id, *(table.c[k] for k in key)), rows)
    ids = {tuple(found[1:]): found[0] for found in returned}
    return [ids[k] for k in keys]


class BatchNames:
    """Claimants and relaying sources of a batch: each name resolved once."""

    def __init__(self, session: Session) -> None:
        from tracker.store.claimants import ClaimantDirectory

        self.session = session
        self.directory = ClaimantDirectory(session)
        self._claimants: dict[tuple[str, str, tuple[str, ...]], int] = {}
        self._sources: dict[str, int] = {}

    def claimant(self, name: str, kind: str, aliases: tuple[str, ...]) -> int:
        key = (name, kind, aliases)
        if key not in self._claimants:
            self._claimants[key] = self.directory.resolve(name, kind, aliases)
        return self._claimants[key]

    def source(self, name: str) -> int:
        from tracker.store.ingest import source_id_for

        if name not in self._sources:
            self._sources[name] = source_id_for(self.session, name)
        return self._sources[name]

    def kinds(self) -> dict[int, str]:
        """The kind of every claimant resolved (as stored: a known claimant keeps its)."""
        from tracker.db.models import Claimant

        ids = sorted(set(self._claimants.values()))
        if not ids:
            return {}
        result = self.session.execute(
            select(Claimant.id, Claimant.kind).where(Claimant.id.in_(ids))
        )
        with result:
            return {row[0]: row[1] for row in result}


def _keys(record: NewClaim) -> ClaimKeys:
    return record.keys or record.prepared.keys


@lru_cache(maxsize=20_000)
def _same_claimant(word: str, claimant: str) -> bool:
    from tracker.extract import names

    return names.same_claimant(word, claimant)


def claims_of_articles(session: Session, article_ids: Sequence[int]) -> dict[int, int]:
    """The first claim of each article (a collection record has one)."""
    found: dict[int, int] = {}
    for start in range(0, len(article_ids), 500):
        chunk = list(article_ids[start : start + 500])
        for article_id, claim_id in session.execute(
            select(Claim.article_id, func.min(Claim.id))
            .where(Claim.article_id.in_(chunk))
            .group_by(Claim.article_id)
        ):
            found[article_id] = claim_id
    return found


_ = ClaimTerm  # the postings table BatchIndex reads (through ClaimIndex.postings_table)
