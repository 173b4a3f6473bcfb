"""Linking an article's claims to what is stored: the write side of matching.

In the article's transaction, after its claims are stored: key texts and anchors are
computed and stored, candidate claims come from the index (never a scan), and the pure
decisions of :mod:`tracker.match` say which fact each figure joins and how it relates
to the fact's earlier figures. This module writes what they decided: facts and their
memberships, relations with their explanation (the link model's match weight per
comparison) and the matcher version, the claim index, and the facts' derived fields.
"""

from __future__ import annotations

import json
import math
from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Any

from rapidfuzz import fuzz, process
from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from tracker import normalise
from tracker.db.base import utcnow
from tracker.db.models import Article, Figure, Relation
from tracker.match import decide as decisions
from tracker.match.compare import lexical_similarity, term_overlap
from tracker.match.decide import Candidate, FactChoice, Member
from tracker.match.index import claim_index_terms, idf
from tracker.match.model import Explanation
from tracker.match.relate import RelationDraft, decide, independent
from tracker.match.settings import MatchSettings, Placement, RelationKind, RelationStatus
from tracker.match.values import unit_family
from tracker.match.views import ClaimView, FigureView
from tracker.store import facts as fact_store
from tracker.store.claim_views import load_views, prepare_article
from tracker.store.index import ClaimIndex
from tracker.store.write_cache import write_cache


class Linker:
    def __init__(self, session: Session, settings: MatchSettings | None = None) -> None:
        self.session = session
        self.settings = settings or MatchSettings()
        self.index = ClaimIndex(session)
        # views of stored claims kept for the write transaction (None: loaded each time)
        cache = write_cache(session)
        self._views: dict[int, ClaimView] | None = cache.views if cache is not None else None
        # While an article is linked the views it has read stay as they were read (as when
        # they were loaded for it alone); facts merged and articles found to be copies
        # meanwhile: a fact's members are read afresh after them, and the kept views they
        # touch are dropped when the article is done.
        self._merged: set[int] = set()
        self._copies: set[int] = set()
        self._idf_cache: dict[str, float] = {}
        self._df: dict[str, int] = {}  # document frequencies read (idf worked out on use)
        self._n_claims = 0
        self._relink_from: dict[int, tuple[float, int]] = {}
        self._version: str | None = None
        self._pairs: dict[tuple[int, int], Explanation | None] = {}
        self.now = utcnow()
        # Re-matching: the facts each figure was in before (the latest first), the first
        # of them still empty reused when the figure starts a fact of its own again (facts
        # keep their ids, and re-matching with the same matcher makes no new ones).
        self.former_facts: dict[int, list[int]] = {}
        # The article being linked is new (ingest): its claims and figures were stored in
        # this transaction (no membership to end, no decision of a person on them).
        self._new_article = False
        self._own: set[int] = set()  # the claims being linked
        # facts made while linking these claims, with the claims whose figures are in them
        self._made_here: dict[int, set[int]] = {}
        self._decided: dict[int, set[int]] = {}  # _decided_pairs, while linking

    @property
    def version(self) -> str:
        if self._version is None:
            self._version = fact_store.record_settings(self.session, self.settings)
        return self._version

    # -- the article pass -----------------------------------------------------

    def process_article(self, article: Article, *, new: bool = False) -> None:
        """Link the stored article's claims. ``new``: the article was stored in this
        transaction (ingest), not linked again (re-matching)."""
        # Document frequencies change with every article stored: one linker that links
        # many articles (re-matching) reads them afresh for each.
        self._new_article = new
        self._idf_cache.clear()
        self._df.clear()
        self._n_claims = 0
        self._pairs.clear()
        views = prepare_article(self.session, article)
        if not views:
            return
        # every term a comparison weighs (key and scene terms), in one query: the same
        # document frequencies as one query per term, for nothing is written meanwhile
        queries = {v.id: (self._index_terms(v), _unit_terms(v)) for v in views}
        terms = _terms_of(views)
        if self.index.caching:
            # the statistics stay for the transaction: the query terms come along
            terms = terms.union(*(t for query in queries.values() for t in query))
        self._load_idf(terms)
        # every claim's candidates first (nothing is written meanwhile), then their views
        # in one load: a candidate of several claims is one view, never changed here
        found = self.index.candidates_of_many(
            [queries[v.id] for v in views], limit=self.settings.candidates_per_claim
        )
        hits = {
            v.id: [c.claim_id for c in hit if c.claim_id != v.id]
            for v, hit in zip(views, found, strict=True)
        }
        loaded = {c.id: c for c in self.load_views(sorted({c for h in hits.values() for c in h}))}
        candidates = {v.id: [loaded[c] for c in hits[v.id] if c in loaded] for v in views}
        touched = self.link_views(article, views, candidates)
        self._drop_changed_views()
        self.index.add([(v.id, self._index_terms(v)) for v in views])
        fact_store.refresh(self.session, touched)

    def link_views(
        self, article: Any, views: list[ClaimView], candidates: dict[int, list[ClaimView]]
    ) -> set[int]:
        """Place the article's claims given their candidates: syndication, facts,
        relations. Returns the facts touched (their derived fields are refreshed by the
        caller). ``article`` is the stored article or any object with its columns."""
        self._own = {v.id for v in views}
        self._made_here.clear()
        self._decided.clear()
        self._detect_syndication(article, views, candidates)
        touched: set[int] = set()
        processed: list[ClaimView] = []
        for view in views:
            pool = candidates[view.id] + processed
            touched |= self._place_claim(view, pool)
            processed.append(view)
        self._relink()
        return touched

    # -- candidates -------------------------------------------------------------

    def _index_terms(self, view: ClaimView) -> list[str]:
        return claim_index_terms(view.terms, ((f.unit, f.value) for f in view.figures))

    def load_views(self, claim_ids: Sequence[int], *, now: bool = False) -> list[ClaimView]:
        """Views of stored claims, in the given order (kept for the transaction when it
        keeps them). ``now``: as the rows are now (a kept view may be as they were when
        the article's linking began)."""
        kept = self._views
        if kept is None or (now and (self._merged or self._copies)):
            views = load_views(self.session.connection(), claim_ids)
        else:
            missing = [c for c in claim_ids if c not in kept]
            loaded = load_views(self.session.connection(), missing)
            for view in loaded:
                kept[view.id] = view
            # (the terms of the views kept were read with them: the cache holds them)
            self._load_idf(_terms_of(loaded))
            return [kept[c] for c in claim_ids if c in kept]
        self._load_idf(_terms_of(views))
        return views

    def _load_idf(self, terms: Iterable[str]) -> None:
        """Document frequencies for the terms not seen yet, in one query (the inverse
        document frequency of a term is worked out when a comparison first weighs it)."""
        wanted = terms if isinstance(terms, set | frozenset) else set(terms)
        if self.index.caching:
            # the write cache holds them, as of this article until its claims are indexed
            if not self._n_claims:
                self._n_claims, _ = self.index.stats()
            self.index.load_terms(wanted)
            return
        missing = wanted.difference(self._df)
        if not missing:
            return
        if not self._n_claims:
            self._n_claims, _ = self.index.stats()
        stats = self.index.term_stats(missing)
        known = self._df
        for term in missing:
            # (as the index reads it: a term beyond the column's length is unknown)
            found = stats.get(term)
            known[term] = found.df if found is not None else 0

    def idf(self, term: str) -> float:
        cached = self._idf_cache.get(term)
        if cached is None:
            if self.index.caching:
                df = self.index.cached_df(term)
                if df is None:
                    self._load_idf({term})
                    df = self.index.cached_df(term) or 0
            else:
                df = self._df.get(term)
                if df is None:
                    self._load_idf([term])
                    df = self._df[term]
            cached = self._idf_cache[term] = idf(max(self._n_claims, df) + 1, df)
        return cached

    # -- syndication ------------------------------------------------------------

    def _detect_syndication(
        self, article: Article, views: list[ClaimView], candidates: dict[int, list[ClaimView]]
    ) -> None:
        """A copy of an earlier article: most of its claims are near-verbatim claims of
        one earlier article from another source."""
        hits: dict[int, int] = defaultdict(int)
        for view in views:
            others = [o for o in candidates[view.id] if o.article_id != article.id]
            if not others:
                continue
            # every other article with a near copy of the claim, counted once per claim
            near = process.extract(
                view.processed_text,
                [o.processed_text for o in others],
                scorer=fuzz.ratio,
                processor=None,
                score_cutoff=self.settings.near_copy_ratio,
                limit=None,
            )
            for article_id in {others[k].article_id for _, _, k in near}:
                hits[article_id] += 1
        if not hits:
            return
        original_id, copied = max(hits.items(), key=lambda item: (item[1], -item[0]))
        share = copied / len(views)
        if copied < 2 and len(views) > 2 or share < self.settings.syndication_share:
            return
        found = self.session.get(Article, original_id)
        if found is None or (found.source_id == article.source_id and found.url == article.url):
            return
        if _published(found) > _published(article):
            # The copy arrived first: the earlier-published article is the original.
            if found.syndicated_from_id is None:
                found.syndicated_from_id = article.id
                found.syndication_score = round(share, 3)
                self.session.flush()
                if self._views is not None:
                    self._copies.add(found.id)
                self._syndicated(found.id, article.id)
            return
        article.syndicated_from_id = original_id
        article.syndication_score = round(share, 3)
        for view in views:
            view.syndicated_from_id = original_id
        if isinstance(article, Article):
            self.session.flush()  # read back with the article's claims (Core statements)

    # -- facts ------------------------------------------------------------------

    def pair(
        self, new: ClaimView, new_figure: FigureView, old: ClaimView, old_figure: FigureView
    ) -> Explanation | None:
        key = (new_figure.id, old_figure.id)
        if key not in self._pairs:
            self._pairs[key] = decisions.explain_pair(
                self.settings, new, new_figure, old, old_figure, self.idf
            )
        return self._pairs[key]

    def _probability(self, claim: ClaimView, figure: FigureView, member: Member) -> float:
        if not figure.asserted:
            figure = decisions.as_asserted(figure)  # a rejected value: as if claimed
        found = self.pair(claim, figure, member.claim, member.figure)
        return found.probability if found is not None else 0.0

    def _place_claim(self, view: ClaimView, pool: list[ClaimView]) -> set[int]:
        """Put each figure of the claim into a fact; relations follow in :meth:`_relink`."""
        touched: set[int] = set()
        choices = decisions.choose_facts(self.settings, view, pool, self.idf)
        placements = []
        for choice in choices:
            figure = choice.figure
            fact_id = choice.joins
            if fact_id is None:
                fact_id = self._former_fact(figure)
                if fact_id is None:
                    fact_id = self._create_fact(figure, view)
                    self._made_here[fact_id] = {view.id}
            elif fact_id in self._made_here:
                self._made_here[fact_id].add(view.id)
            figure.fact_id = fact_id
            probability = choice.best.probability if choice.best else None
            placements.append((figure.id, fact_id, str(choice.placement), probability))
            touched.add(fact_id)
            if choice.placement == Placement.SUGGESTED and choice.best is not None:
                self._suggest(view, choice, choice.best)
            elif _relates(view, figure):
                self._relink_from[fact_id] = min(
                    self._relink_from.get(fact_id, view.order), view.order
                )
        self._place(placements)
        for choice in choices:
            for absorbed in choice.absorbs:
                into = choice.figure.fact_id
                if into is None or absorbed == into:
                    continue
                self._merge(into, absorbed)
                self._relink_from[into] = (-math.inf, 0)
                self._relink_from.pop(absorbed, None)
                touched.add(into)
        if not view.figures:
            self._relate_text_repeat(view, [c for c in pool if c.order < view.order])
        return touched

    def _place(self, placements: Sequence[tuple[int, int | None, str, float | None]]) -> None:
        """Store where a claim's figures were placed."""
        fact_store.place(self.session, placements, self.version, self.now, new=self._new_article)

    def _create_fact(self, figure: FigureView, view: ClaimView) -> int:
        return fact_store.create(self.session, figure.unit, view.terms)

    def _syndicated(self, copy_id: int, original_id: int) -> None:
        """An earlier stored article was found to copy ``original_id`` (for subclasses
        that keep views of stored claims)."""

    def _merge(self, into: int, absorbed: int) -> None:
        fact_store.merge(self.session, into, absorbed, self.version, self.now)
        self._made_here.pop(into, None)  # figures of other claims came in
        self._made_here.pop(absorbed, None)
        if self._views is not None:
            self._merged.add(absorbed)

    def _drop_changed_views(self) -> None:
        """Drop the kept views of claims whose rows the article's linking changed (a
        figure in a merged fact, an article found to be a copy): read afresh later."""
        if self._views is None or not (self._merged or self._copies):
            return
        merged, copies = self._merged, self._copies
        stale = [
            claim_id
            for claim_id, view in self._views.items()
            if view.article_id in copies or any(f.fact_id in merged for f in view.figures)
        ]
        for claim_id in stale:
            del self._views[claim_id]
        merged.clear()
        copies.clear()

    def _former_fact(self, figure: FigureView) -> int | None:
        for former in self.former_facts.pop(figure.id, []):
            if not fact_store.figure_count(self.session, former):
                return former
        return None

    def _suggest(self, view: ClaimView, choice: FactChoice, best: Candidate) -> None:
        """A figure that may belong to another fact: suggested relations to that fact's
        earlier figures, for a person to confirm (nothing changes until then)."""
        suggested_fact = best.member.figure.fact_id
        members = [m for m in self._fact_members(suggested_fact) if m.claim.order < view.order]
        rejected = [f for f in view.figures if f.negated]
        drafts = decide(
            self.settings,
            choice.figure,
            view,
            members,
            rejected,
            lambda f, m: self._probability(view, f, m),
        ) or [RelationDraft(RelationKind.RELATED, best.member, "similar")]
        rows = self._relation_rows(
            view, choice.figure, drafts, suggested_fact, force_suggested=True
        )
        if rows:
            self.session.execute(insert(Relation), rows)

    def _fact_members(self, fact_id: int | None) -> list[Member]:
        """Every figure of the fact with its claim, in time order."""
        if fact_id is None:
            return []
        rows = self.session.connection().execute(
            select(Figure.claim_id).where(Figure.fact_id == fact_id).distinct()
        )
        members = [
            Member(f, claim)
            for claim in self.load_views(sorted(r[0] for r in rows), now=True)
            for f in claim.figures
            if f.fact_id == fact_id
        ]
        return sorted(members, key=lambda m: (m.claim.order, m.figure.start))

    # -- relations --------------------------------------------------------------

    def _relink(self) -> None:
        """Relations of the touched facts, from the earliest new figure on.

        Relations are a function of a fact's figures in time order, so an article
        that arrives late (a back-fill, a feed read out of order) re-decides the
        automatic relations of the figures stated after it.
        """
        for fact_id, start in sorted(self._relink_from.items()):
            if len(self._made_here.get(fact_id, ())) == 1:
                # made now, with the figures of one claim only: relations join figures
                # of different claims, and a fact made now has none to keep or retire
                continue
            members = self._fact_members(fact_id)
            redo = [m for m in members if m.claim.order >= start and _relates(m.claim, m.figure)]
            if not redo:
                continue
            redo_ids = {m.figure.id for m in redo}
            existing = {
                (r.kind, r.newer_figure_id, r.older_figure_id): (r.id, r.status)
                for r in self.session.connection().execute(
                    select(
                        Relation.id,
                        Relation.kind,
                        Relation.newer_figure_id,
                        Relation.older_figure_id,
                        Relation.status,
                    ).where(
                        Relation.fact_id == fact_id,
                        Relation.status.in_(
                            (RelationStatus.AUTO.value, RelationStatus.SUGGESTED.value)
                        ),
                        Relation.alive(),
                        Relation.newer_figure_id.in_(sorted(redo_ids)),
                    )
                )
            }
            contested = set(self._contested(fact_id)) - redo_ids
            wanted: list[dict[str, Any]] = []
            for member in redo:
                claim, figure = member.claim, member.figure
                earlier = [m for m in members if m.claim.order < claim.order and m.figure.asserted]
                rejected = [f for f in claim.figures if f.negated and f.id != figure.id]
                drafts = decide(
                    self.settings,
                    figure,
                    claim,
                    earlier,
                    rejected,
                    lambda f, m, c=claim: self._probability(c, f, m),  # type: ignore[misc]
                    frozenset(contested),
                )
                if any(
                    d.kind == RelationKind.CONTRADICTION and d.status == RelationStatus.AUTO
                    for d in drafts
                ):
                    contested.add(figure.id)
                wanted += self._relation_rows(claim, figure, drafts, fact_id, earlier=earlier)
            # Unchanged relations stay as they are; replaced ones are kept as history.
            keys = {
                (r["kind"], r["newer_figure_id"], r["older_figure_id"]): r["status"] for r in wanted
            }
            stale = [
                rid
                for key, (rid, status) in existing.items()
                if key not in keys or keys[key] != status
            ]
            if stale:
                fact_store.retire_relations(self.session, [Relation.id.in_(stale)], self.now)
            new_rows = [
                r
                for r in wanted
                if existing.get((r["kind"], r["newer_figure_id"], r["older_figure_id"]), (0, ""))[1]
                != r["status"]
            ]
            if new_rows:
                self.session.execute(insert(Relation), new_rows)
        self._relink_from.clear()

    def _contested(self, fact_id: int) -> frozenset[int]:
        """Figures of the fact that contradicted an earlier value (and count)."""
        rows = self.session.connection().execute(
            select(Relation.newer_figure_id).where(
                Relation.fact_id == fact_id,
                Relation.kind == RelationKind.CONTRADICTION.value,
                Relation.status.in_((RelationStatus.AUTO.value, RelationStatus.CONFIRMED.value)),
                Relation.alive(),
            )
        )
        return frozenset(r[0] for r in rows if r[0] is not None)

    def _decided_pairs(self, claim_id: int) -> set[int]:
        """Older claims that people linked to, or unlinked from, this claim (none for a
        claim of a new article; read once per claim while linking: linking writes none)."""
        if self._new_article and claim_id in self._own:
            return set()
        known = self._decided.get(claim_id)
        if known is not None:
            return known
        rows = self.session.connection().execute(
            select(Relation.older_claim_id).where(
                Relation.newer_claim_id == claim_id,
                Relation.status.in_(
                    (RelationStatus.CONFIRMED.value, RelationStatus.REJECTED.value)
                ),
            )
        )
        found = self._decided[claim_id] = {r[0] for r in rows}
        return found

    def _relation_rows(
        self,
        view: ClaimView,
        figure: FigureView,
        drafts: list[RelationDraft],
        fact_id: int | None,
        *,
        earlier: Sequence[Member] = (),
        force_suggested: bool = False,
    ) -> list[dict[str, Any]]:
        """Relation rows with the explanation of the pair.

        A relation is automatic only when its rule says so and the figure surely belongs
        to the fact: the pair itself, or the figure and another earlier figure of the fact
        (it may have joined through a claim worded closer to it), reach the auto
        probability. Otherwise it is a suggestion for a person."""
        rows = []
        decided = self._decided_pairs(view.id)
        best_in_fact = max((self._probability(view, figure, m) for m in earlier), default=0.0)
        for draft in drafts:
            older = draft.older
            if older.claim.id in decided:
                continue  # a person decided about this pair; never made again automatically
            compared = figure
            if draft.compared is not None:
                compared = decisions.as_asserted(draft.compared)
            explanation = self.pair(view, compared, older.claim, older.figure)
            probability = explanation.probability if explanation else 0.0
            components: dict[str, Any] = {"reason": draft.reason}
            if explanation is not None:
                components.update(explanation.as_dict())
            else:
                components["blocked"] = True
            status = draft.status
            if force_suggested:
                status = RelationStatus.SUGGESTED
            elif (
                status == RelationStatus.AUTO
                and max(probability, best_in_fact) < self.settings.auto_probability
                and figure.fact_id is not None
                and not self._kept(figure)
            ):
                status = RelationStatus.SUGGESTED
                components["via_fact"] = round(best_in_fact, 4)
            rows.append(
                {
                    "kind": str(draft.kind),
                    "newer_claim_id": view.id,
                    "older_claim_id": older.claim.id,
                    "newer_figure_id": figure.id,
                    "older_figure_id": older.figure.id,
                    "fact_id": fact_id,
                    "score": round(probability, 4),
                    "components": json.dumps(components, sort_keys=True),
                    "matcher_version": self.version,
                    "status": str(status),
                    "independent": independent(view, older.claim)
                    if draft.kind == RelationKind.REPEAT
                    else None,
                    "created_at": self.now,
                }
            )
        return rows

    def _kept(self, figure: FigureView) -> bool:
        """Placed by a person: its relations within the fact are not in doubt."""
        from tracker.db.models import Decision

        found = self.session.scalar(
            select(Decision.id).where(Decision.figure_id == figure.id).limit(1)
        )
        return found is not None

    def _relate_text_repeat(self, view: ClaimView, older: list[ClaimView]) -> None:
        """A claim without figures repeats an earlier one when it says nearly the same."""
        settings = self.settings
        best: tuple[float, ClaimView] | None = None
        words = {t for t in view.terms if not t.startswith("#")}
        min_shared = settings.text_repeat_min_shared
        article_id, claimant_id = view.article_id, view.claimant_id
        eligible = [
            other
            for other in older
            if other.article_id != article_id
            and not other.figures
            # "Die Union weist die Kritik zurück" is not what the firms said
            and (
                claimant_id is None or other.claimant_id is None or claimant_id == other.claimant_id
            )
            # too little said to be the same statement
            and len(words & other.term_set) >= min_shared
        ]
        # 0 below the cutoff, a hair under the threshold: the same test below
        cutoff = settings.text_repeat_fuzzy * 100 - 1e-6
        ratios = _fuzzy_ratios(
            view.processed_key_text, [o.processed_key_text for o in eligible], cutoff
        )
        for other, ratio in zip(eligible, ratios, strict=True):
            if ratio / 100 < settings.text_repeat_fuzzy:
                continue
            terms = term_overlap(view.terms, other.terms, self.idf)
            if terms < settings.text_repeat_terms:
                continue
            similarity = lexical_similarity(view, other, self.idf)
            if best is None or similarity > best[0]:
                best = (similarity, other)
        if best is None or best[1].id in self._decided_pairs(view.id):
            return
        similarity, other = best
        self.session.execute(
            insert(Relation),
            [
                {
                    "kind": RelationKind.REPEAT.value,
                    "newer_claim_id": view.id,
                    "older_claim_id": other.id,
                    "score": round(similarity, 4),
                    "components": json.dumps(
                        {"reason": "same statement", "lexical": round(similarity, 4)},
                        sort_keys=True,
                    ),
                    "matcher_version": self.version,
                    "status": RelationStatus.AUTO.value,
                    "independent": independent(view, other),
                    "created_at": self.now,
                }
            ],
        )


def _unit_terms(view: ClaimView) -> list[str]:
    """The unit terms a claim's candidates must be looked up with."""
    return sorted({normalise.unit_token(u) for f in view.figures for u in unit_family(f.unit)})


def _terms_of(views: Iterable[ClaimView]) -> set[str]:
    """Every term a comparison of ``views`` may weigh: key and scene terms."""
    return set().union(*(v.terms for v in views), *(v.scene_terms for v in views))


def _fuzzy_ratios(text: str, others: list[str], cutoff: float) -> list[float]:
    """rapidfuzz's ``token_set_ratio`` of ``text`` and each of ``others`` with
    ``score_cutoff`` (0 below it), in one call for all when the cutoff is above 0."""
    if cutoff <= 0:
        return [fuzz.token_set_ratio(text, o, score_cutoff=cutoff) for o in others]
    ratios = [0.0] * len(others)
    for _, ratio, k in process.extract(
        text, others, scorer=fuzz.token_set_ratio, processor=None, score_cutoff=cutoff, limit=None
    ):
        ratios[k] = ratio
    return ratios


def _relates(claim: ClaimView, figure: FigureView) -> bool:
    """Figures whose relations the rules decide: asserted values, and bare denials (a
    rejected value with no asserted value of its unit in its claim)."""
    if figure.asserted:
        return True
    return figure.negated and not any(f.asserted and f.unit == figure.unit for f in claim.figures)


def _published(article: Article) -> float:
    when = article.published_at or article.retrieved_at or article.recorded_at
    return when.timestamp() if when else math.inf
