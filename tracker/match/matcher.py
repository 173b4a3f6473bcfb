"""The matcher: runs in the article's transaction, after its claims are stored.

For each new claim: its key text and anchors are computed and stored, candidate
claims come from the index (never a scan), pairs are scored, each figure joins the
best-matching fact (or starts one), and relations to the fact's earlier figures
are recorded with their score components. Finally the article's claims are
indexed and the touched facts refreshed.
"""

from __future__ import annotations

import datetime as dt
import json
import math
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from rapidfuzz import fuzz
from rapidfuzz.utils import default_process
from sqlalchemy import bindparam, insert, select, update
from sqlalchemy.orm import Session

from tracker import normalise
from tracker.config import MatchSettings
from tracker.db.base import utcnow
from tracker.db.models import Article, Claim, Claimant, Figure, Relation
from tracker.match import facts as fact_store
from tracker.match.index import ClaimIndex, idf
from tracker.match.relate import Member, RelationDraft, decide, independent
from tracker.match.score import (
    MATCHER_VERSION,
    ClaimView,
    FigureView,
    PairScore,
    score_claims,
    values_agree,
)

CANDIDATES_PER_CLAIM = 50
# The score of a figure whose claim rejects a value claimed earlier in the story.
REJECTED_VALUE_SCORE = 0.6
NEAR_COPY_RATIO = 90.0
MIN_SHARED_TERMS_TEXT_REPEAT = 3  # key terms a statement without figures must share


@dataclass
class FigureChoice:
    figure: FigureView
    fact_id: int | None
    score: PairScore | None
    best_member: Member | None
    status: str  # "auto", "suggested", "new" or "kept" (placed by a person)


# Built once: building statements per call costs more than running them on SQLite.
_CLAIM_VIEW_ROWS = (
    select(
        Claim.id,
        Claim.article_id,
        Claim.claimant_id,
        Claim.text,
        Claim.key_text,
        Claim.anchors,
        Claim.stated_at,
        Claim.negated,
        Claim.via_source_id,
        Claim.language,
        Claim.span_start,
        Claim.claimant_text,
        Claim.via_text,
        Claim.external_id,
        Article.source_id,
        Article.anchors.label("context"),
        Article.published_at,
        Article.retrieved_at,
        Article.syndicated_from_id,
    )
    .join(Article, Article.id == Claim.article_id)
    .where(Claim.id.in_(bindparam("ids", expanding=True)))
)
_FIGURE_VIEW_ROWS = (
    select(
        Figure.id,
        Figure.claim_id,
        Figure.value,
        Figure.unit,
        Figure.approx,
        Figure.negated,
        Figure.fact_id,
        Figure.span_start,
        Figure.span_end,
        Figure.previous,
    )
    .where(Figure.claim_id.in_(bindparam("ids", expanding=True)))
    .order_by(Figure.span_start)
)


class Matcher:
    def __init__(self, session: Session, settings: MatchSettings | None = None) -> None:
        self.session = session
        self.settings = settings or MatchSettings()
        self.index = ClaimIndex(session)
        self._idf_cache: dict[str, float] = {}
        self._n_claims = 0
        self._relink_from: dict[int, tuple[float, int]] = {}

    # -- the article pass -----------------------------------------------------

    def process_article(self, article: Article) -> None:
        views = self.prepare_article(article)
        if not views:
            return
        self._load_idf([t for v in views for t in v.terms])
        candidates = {v.id: self._candidates(v) for v in views}
        self._detect_syndication(article, views, candidates)
        touched: set[int] = set()
        processed: list[ClaimView] = []
        for view in views:
            pool = candidates[view.id] + processed
            touched |= self._relate_claim(view, pool)
            processed.append(view)
        self._relink()
        self.index.add([(v.id, self._index_terms(v)) for v in views])
        fact_store.refresh(self.session, touched)

    def prepare_article(self, article: Article) -> list[ClaimView]:
        """Key texts and anchors for the article's claims, stored on the rows."""
        rows = self.session.scalars(
            select(Claim).where(Claim.article_id == article.id).order_by(Claim.sentence_index)
        ).all()
        context = set(normalise.anchors(f"{article.title or ''}\n{article.text}", article.language))
        kinds: dict[int, str] = {}
        claimant_ids = {c.claimant_id for c in rows if c.claimant_id is not None}
        if claimant_ids:
            kinds = {
                r.id: r.kind
                for r in self.session.execute(
                    select(Claimant.id, Claimant.kind).where(Claimant.id.in_(claimant_ids))
                )
            }
        keyed = []
        for claim in rows:
            slots = [
                normalise.FigureSlot(
                    f.span_start - claim.span_start,
                    f.span_end - claim.span_start,
                    f.unit,
                    f.value,
                    f.unit_text,
                )
                for f in claim.figures
            ]
            key = normalise.claim_key(
                claim.text,
                claim.language,
                slots,
                claim.claimant_text,
                kinds.get(claim.claimant_id) if claim.claimant_id is not None else None,
                claim.via_text,
                # a claim that is the whole text (a collection's record, a one-line item)
                title=article.title if _is_whole_text(claim, article) else None,
            )
            found = normalise.anchors(claim.text, claim.language) | key.places
            context |= found
            keyed.append((claim, key, found))
        article.anchors = " ".join(sorted(context))
        self.session.execute(
            update(Claim),
            [
                {
                    "id": claim.id,
                    "key_text": key.text,
                    "anchors": " ".join(sorted(found)),
                    "matcher_version": MATCHER_VERSION,
                }
                for claim, key, found in keyed
            ],
        )
        frozen_context = frozenset(context)
        return [
            _view(claim, article, key.terms, found, frozen_context) for claim, key, found in keyed
        ]

    # -- candidates -------------------------------------------------------------

    def _index_terms(self, view: ClaimView) -> list[str]:
        return [*view.terms, *(normalise.value_token(f.unit, f.value) for f in view.figures)]

    def _candidates(self, view: ClaimView) -> list[ClaimView]:
        units = sorted({normalise.unit_token(f.unit) for f in view.figures if f.unit})
        found = self.index.candidates(
            self._index_terms(view), limit=CANDIDATES_PER_CLAIM, required=units
        )
        return self.load_views([c.claim_id for c in found if c.claim_id != view.id])

    def load_views(self, claim_ids: Sequence[int]) -> list[ClaimView]:
        """Stored claims as views, with their figures: two queries, in the given order."""
        if not claim_ids:
            return []
        conn = self.session.connection()
        ids = {"ids": list(claim_ids)}
        rows = conn.execute(_CLAIM_VIEW_ROWS, ids).all()
        starts = {r.id: r.span_start for r in rows}
        figures: dict[int, list[FigureView]] = defaultdict(list)
        for f in conn.execute(_FIGURE_VIEW_ROWS, ids):
            offset = starts.get(f.claim_id, 0)
            figures[f.claim_id].append(
                FigureView(
                    f.id,
                    f.claim_id,
                    f.value,
                    f.unit,
                    f.approx,
                    bool(f.negated),
                    f.fact_id,
                    f.span_start - offset,
                    f.span_end - offset,
                    bool(f.previous),
                )
            )
        views = {}
        for r in rows:
            time = r.stated_at or r.published_at or r.retrieved_at
            views[r.id] = ClaimView(
                id=r.id,
                article_id=r.article_id,
                source_id=r.source_id,
                claimant_id=r.claimant_id,
                text=r.text,
                terms=tuple((r.key_text or "").split()),
                anchors=frozenset((r.anchors or "").split()),
                context=frozenset((r.context or "").split()),
                time=time,
                negated=bool(r.negated),
                order=(time.timestamp() if time else math.inf, r.id),
                via_source_id=r.via_source_id,
                syndicated_from_id=r.syndicated_from_id,
                language=r.language,
                figures=figures[r.id],
                speakers=normalise.name_tokens(r.claimant_text, r.via_text),
            )
        self._load_idf(t for v in views.values() for t in v.terms)
        return [views[i] for i in claim_ids if i in views]

    def _load_idf(self, terms: Iterable[str]) -> None:
        """Document frequencies for the terms not seen yet, in one query."""
        missing = {t for t in terms if t not in self._idf_cache}
        if not missing:
            return
        if not self._n_claims:
            self._n_claims, _ = self.index.stats()
        stats = self.index.term_stats(missing)
        for term in missing:
            df = stats[term].df if term in stats else 0
            self._idf_cache[term] = idf(max(self._n_claims, df) + 1, df)

    def idf(self, term: str) -> float:
        cached = self._idf_cache.get(term)
        if cached is None:
            self._load_idf([term])
            cached = self._idf_cache[term]
        return cached

    # -- syndication ------------------------------------------------------------

    def _detect_syndication(
        self, article: Article, views: list[ClaimView], candidates: dict[int, list[ClaimView]]
    ) -> None:
        """A copy of an earlier article: most of its claims are near-verbatim claims of
        one earlier article from another source."""
        hits: dict[int, int] = defaultdict(int)
        for view in views:
            seen: set[int] = set()
            for other in candidates[view.id]:
                if other.article_id in seen or other.article_id == article.id:
                    continue
                ratio = fuzz.ratio(view.text, other.text, processor=default_process)
                if ratio >= NEAR_COPY_RATIO:
                    hits[other.article_id] += 1
                    seen.add(other.article_id)
        if not hits:
            return
        original_id, copied = max(hits.items(), key=lambda item: (item[1], -item[0]))
        share = copied / len(views)
        if copied < 2 and len(views) > 2 or share < 0.5:
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
            return
        article.syndicated_from_id = original_id
        article.syndication_score = round(share, 3)
        for view in views:
            view.syndicated_from_id = original_id

    # -- facts and relations ----------------------------------------------------

    def _relate_claim(self, view: ClaimView, pool: list[ClaimView]) -> set[int]:
        """Put each figure of the claim into a fact; relations follow in :meth:`_relink`."""
        touched: set[int] = set()
        rejected = [f for f in view.figures if f.negated]
        choices: dict[int, FigureChoice] = {}
        for figure in view.figures:
            if figure.unit is None or not figure.asserted:
                continue
            if figure.fact_id is not None:
                # Placed by a person (kept through re-matching): it stays where it is.
                choices[figure.id] = FigureChoice(figure, figure.fact_id, None, None, "kept")
                continue
            choices[figure.id] = self._choose_fact(view, figure, pool)
        # A value the claim rejects, or names as the value before a change, belongs to
        # the fact of the value it asserts.
        for figure in (f for f in view.figures if not f.asserted):
            sibling = next(
                (c for c in choices.values() if c.figure.unit == figure.unit and c.fact_id), None
            )
            if figure.unit is not None:
                choices[figure.id] = FigureChoice(
                    figure,
                    sibling.fact_id if sibling else None,
                    None,
                    None,
                    "auto" if sibling else "new",
                )
        for choice in choices.values():
            figure = choice.figure
            if choice.fact_id is None or choice.status == "suggested":
                fact_id = fact_store.create(self.session, figure.unit, view)
            else:
                fact_id = choice.fact_id
            figure.fact_id = fact_id
            self.session.execute(
                update(Figure).where(Figure.id == figure.id).values(fact_id=fact_id)
            )
            touched.add(fact_id)
            if not figure.asserted:
                continue
            if choice.status == "suggested" and choice.best_member is not None:
                suggested_fact = choice.best_member.figure.fact_id
                members = [
                    m for m in self._fact_members(suggested_fact) if m.claim.order < view.order
                ]
                drafts = decide(figure, view, members, rejected) or [
                    RelationDraft("related", choice.best_member, "similar")
                ]
                self._store_relations(view, figure, drafts, "suggested", suggested_fact)
            self._relink_from[fact_id] = min(self._relink_from.get(fact_id, view.order), view.order)
        if not view.figures:
            older = [c for c in pool if c.order < view.order]
            self._relate_text_repeat(view, older)
        return touched

    def _fact_members(self, fact_id: int | None) -> list[Member]:
        """Every figure of the fact with its claim, in time order."""
        if fact_id is None:
            return []
        rows = self.session.connection().execute(
            select(Figure.claim_id).where(Figure.fact_id == fact_id).distinct()
        )
        members = [
            Member(f, claim)
            for claim in self.load_views(sorted(r[0] for r in rows))
            for f in claim.figures
            if f.fact_id == fact_id
        ]
        return sorted(members, key=lambda m: (m.claim.order, m.figure.start))

    def _relink(self) -> None:
        """Relations of the touched facts, from the earliest new figure on.

        Relations are a function of a fact's figures in time order, so an article
        that arrives late (a back-fill, a feed read out of order) re-decides the
        automatic relations of the figures stated after it.
        """
        for fact_id, start in sorted(self._relink_from.items()):
            members = self._fact_members(fact_id)
            redo = [m for m in members if m.claim.order >= start and m.figure.asserted]
            if not redo:
                continue
            redo_ids = {m.figure.id for m in redo}
            existing = {
                (r.kind, r.newer_figure_id, r.older_figure_id): r.id
                for r in self.session.connection().execute(
                    select(
                        Relation.id,
                        Relation.kind,
                        Relation.newer_figure_id,
                        Relation.older_figure_id,
                    ).where(
                        Relation.fact_id == fact_id,
                        Relation.status == "auto",
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
                rejected = [f for f in claim.figures if f.negated]
                drafts = decide(figure, claim, earlier, rejected, frozenset(contested))
                if any(d.kind == "contradiction" for d in drafts):
                    contested.add(figure.id)
                wanted += self._relation_rows(claim, figure, drafts, "auto", fact_id, earlier)
            # Unchanged relations stay as they are; replaced ones are kept as history.
            keys = {(r["kind"], r["newer_figure_id"], r["older_figure_id"]) for r in wanted}
            stale = [rid for key, rid in existing.items() if key not in keys]
            if stale:
                self.session.execute(
                    update(Relation).where(Relation.id.in_(stale)).values(superseded_at=utcnow())
                )
            new_rows = [
                r
                for r in wanted
                if (r["kind"], r["newer_figure_id"], r["older_figure_id"]) not in existing
            ]
            if new_rows:
                self.session.execute(insert(Relation), new_rows)
        self._relink_from.clear()

    def _choose_fact(
        self, view: ClaimView, figure: FigureView, pool: list[ClaimView]
    ) -> FigureChoice:
        """The fact of the best-scoring stored figure of the same unit (stated before or
        after this one: articles do not always arrive in order).

        A claim that rejects a value ("480, not 640 as the works council claimed")
        belongs with the fact where that value was claimed, in the same story.
        """
        rejected = [f for f in view.figures if f.negated and f.unit == figure.unit]
        best: tuple[float, Member, PairScore] | None = None
        for other in pool:
            if other.id == view.id:
                continue
            for candidate in other.figures:
                if (
                    candidate.unit != figure.unit
                    or not candidate.asserted
                    or candidate.fact_id is None
                ):
                    continue
                if other.article_id == view.article_id and not _same_article_link(
                    figure, candidate
                ):
                    continue
                score = score_claims(view, other, self.idf, figure, candidate)
                if (
                    any(values_agree(r, candidate) for r in rejected)
                    and score.components["context"] >= 0.5
                    and score.total < REJECTED_VALUE_SCORE
                ):
                    components = {**score.components, "rejected_value": 1.0}
                    score = PairScore(REJECTED_VALUE_SCORE, components)
                if best is None or score.total > best[0]:
                    best = (score.total, Member(candidate, other), score)
        if best is None:
            return FigureChoice(figure, None, None, None, "new")
        total, member, score = best
        if total >= self.settings.auto_threshold:
            return FigureChoice(figure, member.figure.fact_id, score, member, "auto")
        if total >= self.settings.suggest_threshold:
            return FigureChoice(figure, member.figure.fact_id, score, member, "suggested")
        return FigureChoice(figure, None, score, member, "new")

    def _decided_pairs(self, claim_id: int) -> set[int]:
        """Older claims that people linked to, or unlinked from, this claim."""
        rows = self.session.connection().execute(
            select(Relation.older_claim_id).where(
                Relation.newer_claim_id == claim_id,
                Relation.status.in_(("confirmed", "rejected")),
            )
        )
        return {r[0] for r in rows}

    def _contested(self, fact_id: int) -> frozenset[int]:
        """Figures of the fact that contradicted an earlier value."""
        rows = self.session.connection().execute(
            select(Relation.newer_figure_id).where(
                Relation.fact_id == fact_id,
                Relation.kind == "contradiction",
                Relation.status != "rejected",
                Relation.alive(),
            )
        )
        return frozenset(r[0] for r in rows if r[0] is not None)

    def _store_relations(
        self,
        view: ClaimView,
        figure: FigureView,
        drafts: list[RelationDraft],
        status: str,
        fact_id: int | None,
        earlier: Sequence[Member] = (),
    ) -> None:
        rows = self._relation_rows(view, figure, drafts, status, fact_id, earlier)
        if rows:
            self.session.execute(insert(Relation), rows)

    def _relation_rows(
        self,
        view: ClaimView,
        figure: FigureView,
        drafts: list[RelationDraft],
        status: str,
        fact_id: int | None,
        earlier: Sequence[Member] = (),
    ) -> list[dict[str, Any]]:
        """Relation rows with the score of the pair; when the pair itself is weak (the
        figure joined the fact through another claim), the best score of the figure
        against the fact's earlier figures, marked ``via_fact``."""
        rows = []
        decided = self._decided_pairs(view.id)
        for draft in drafts:
            older = draft.older
            if older.claim.id in decided:
                continue  # a person decided about this pair; never made again automatically
            score = score_claims(view, older.claim, self.idf, figure, older.figure)
            if status == "suggested" and not earlier and score.total == 0.0:
                continue  # a suggestion to a claim of another story: nothing to review
            components: dict[str, float | str] = {**score.components, "reason": draft.reason}
            relation_status = status
            if status == "auto" and score.total < self.settings.suggest_threshold:
                # The fact joined them, but the two claims say little alike: a person
                # should look before this counts.
                relation_status = "suggested"
            if score.total < self.settings.suggest_threshold and earlier:
                best = max(
                    score_claims(view, m.claim, self.idf, figure, m.figure).total for m in earlier
                )
                if best > score.total:
                    components["via_fact"] = round(best, 4)
                    score = PairScore(best, score.components)
            rows.append(
                {
                    "kind": draft.kind,
                    "newer_claim_id": view.id,
                    "older_claim_id": older.claim.id,
                    "newer_figure_id": figure.id,
                    "older_figure_id": older.figure.id,
                    "fact_id": fact_id,
                    "score": score.total,
                    "components": json.dumps(components, sort_keys=True),
                    "matcher_version": MATCHER_VERSION,
                    "status": relation_status,
                    "independent": independent(view, older.claim)
                    if draft.kind == "repeat"
                    else None,
                }
            )
        return rows

    def _relate_text_repeat(self, view: ClaimView, older: list[ClaimView]) -> None:
        """A claim without figures repeats an earlier one when it says nearly the same."""
        best: tuple[float, ClaimView, PairScore] | None = None
        words = {t for t in view.terms if not t.startswith("#")}
        for other in older:
            if other.article_id == view.article_id or other.figures:
                continue
            if (
                view.claimant_id is not None
                and other.claimant_id is not None
                and view.claimant_id != other.claimant_id
            ):
                continue  # "Die Union weist die Kritik zurück" is not what the firms said
            if len(words & set(other.terms)) < MIN_SHARED_TERMS_TEXT_REPEAT:
                continue  # too little said to be the same statement
            score = score_claims(view, other, self.idf)
            c = score.components
            if (
                score.total > 0
                and c["fuzzy"] >= 0.9
                and c["terms"] >= 0.7
                and (best is None or score.total > best[0])
            ):
                best = (score.total, other, score)
        if best is None or best[1].id in self._decided_pairs(view.id):
            return
        _, other, score = best
        self.session.execute(
            insert(Relation),
            [
                {
                    "kind": "repeat",
                    "newer_claim_id": view.id,
                    "older_claim_id": other.id,
                    "score": score.total,
                    "components": json.dumps({**score.components, "reason": "same statement"}),
                    "matcher_version": MATCHER_VERSION,
                    "status": "auto",
                    "independent": independent(view, other),
                }
            ],
        )


def _is_whole_text(claim: Claim, article: Article) -> bool:
    title = (article.title or "").strip()
    return (
        bool(title)
        and claim.span_start == 0
        and claim.span_end >= len(article.text.rstrip())
        and title != article.text.strip()
    )


def _published(article: Article) -> float:
    when = article.published_at or article.retrieved_at or article.recorded_at
    return when.timestamp() if when else math.inf


def _same_article_link(figure: FigureView, candidate: FigureView) -> bool:
    """Inside one article, two figures of the same unit are one fact only when the
    values agree (the same number said twice, by two claimants, say)."""
    return math.isclose(figure.value, candidate.value)


def claim_time(claim: Claim, article: Article) -> dt.datetime | None:
    return claim.stated_at or article.published_at or article.retrieved_at


def _view(
    claim: Claim,
    article: Article,
    terms: tuple[str, ...],
    found: frozenset[str],
    context: frozenset[str],
) -> ClaimView:
    time = claim_time(claim, article)
    order = (time.timestamp() if time else math.inf, claim.id)
    return ClaimView(
        id=claim.id,
        article_id=claim.article_id,
        source_id=article.source_id,
        claimant_id=claim.claimant_id,
        text=claim.text,
        terms=terms,
        anchors=found,
        context=context,
        time=time,
        negated=claim.negated,
        order=order,
        via_source_id=claim.via_source_id,
        syndicated_from_id=article.syndicated_from_id,
        language=claim.language,
        speakers=normalise.name_tokens(claim.claimant_text, claim.via_text),
        figures=[
            FigureView(
                f.id,
                f.claim_id,
                f.value,
                f.unit,
                f.approx,
                f.negated,
                f.fact_id,
                f.span_start - claim.span_start,
                f.span_end - claim.span_start,
                f.previous,
            )
            for f in claim.figures
        ],
    )
