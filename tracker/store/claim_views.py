"""Claim views for the matcher: built from an article being stored, or loaded from rows."""

from __future__ import annotations

import datetime as dt
import math
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from sqlalchemy import Connection, bindparam, select, update
from sqlalchemy.orm import Session, selectinload

from tracker import normalise
from tracker.db.models import Article, Claim, Claimant, Figure
from tracker.match.views import ClaimView, FigureView, claimed_at

# Built once: building statements per call costs more than running them on SQLite.
_CLAIM_ROWS = (
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
        Claim.scene,
        Article.source_id,
        Article.anchors.label("context"),
        Article.published_at,
        Article.retrieved_at,
        Article.syndicated_from_id,
    )
    .join(Article, Article.id == Claim.article_id)
    .where(Claim.id.in_(bindparam("ids", expanding=True)))
)
_FIGURE_ROWS = (
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


def order_of(time: dt.datetime | None, claim_id: int) -> tuple[float, int]:
    return (time.timestamp() if time else math.inf, claim_id)


SCENE_BEFORE = 400  # characters of the article before a claim that belong to its scene


def scene(article: Article, claim: Claim) -> tuple[frozenset[str], frozenset[str]]:
    """Key terms and names of the claim's headline and the text just before it."""
    return scene_of(article.title, article.text, claim.span_start, claim.span_end, claim.language)


def scene_of(
    title: str | None, text: str, span_start: int, span_end: int, language: str
) -> tuple[frozenset[str], frozenset[str]]:
    """:func:`scene` from the article's title and text and the claim's span."""
    start = max(0, span_start - SCENE_BEFORE)
    paragraph = text.rfind("\n", start, span_start)
    if paragraph > start:
        start = paragraph + 1
    where = f"{title or ''}\n{text[start:span_end]}"
    terms = frozenset(t for t in normalise.key_text(where, language).terms if not t.startswith("#"))
    return terms, normalise.anchors(where, language)


@dataclass
class Surroundings:
    """What matching reads of an article and its claims that needs no database (the
    article's anchors; per claim, by span and text, its anchors and scene), worked out
    before the write transaction (in a worker process with ``ingest --workers N``)."""

    language: str
    context: frozenset[str]
    claims: dict[tuple[int, int, str], tuple[frozenset[str], tuple[frozenset[str], frozenset[str]]]]
    # per claim (as ``claims``), its key text with what it was made of (:func:`key_inputs`):
    # taken when the stored claim gives the same (its claimant's kind is known only then)
    keys: dict[tuple[int, int, str], tuple[tuple[Any, ...], normalise.KeyText]] = field(
        default_factory=dict
    )


def key_inputs(
    text: str,
    language: str,
    slots: Sequence[normalise.FigureSlot],
    claimant: str | None,
    claimant_kind: str | None,
    via: str | None,
    title: str | None,
) -> tuple[Any, ...]:
    """What :func:`tracker.normalise.claim_key` makes a claim's key text of (the
    claimant's kind only as far as it reads it: a person or not)."""
    person = claimant_kind in (None, "person", "unknown")
    return (text, language, tuple(slots), claimant, person, via, title)


def claim_key(inputs: tuple[Any, ...]) -> normalise.KeyText:
    """:func:`tracker.normalise.claim_key` of :func:`key_inputs`."""
    text, language, slots, claimant, person, via, title = inputs
    return normalise.claim_key(
        text, language, slots, claimant, None if person else "organisation", via, title=title
    )


def surroundings(
    title: str | None,
    text: str,
    language: str,
    spans: Sequence[tuple[int, int, str]],
    keys: Sequence[tuple[Any, ...]] = (),
) -> Surroundings:
    """:class:`Surroundings` of an article (``spans``: its claims' start, end, text;
    ``keys``: the :func:`key_inputs` of each, when known)."""
    return Surroundings(
        language,
        normalise.anchors(f"{title or ''}\n{text}", language),
        {
            (start, end, claim): (
                normalise.anchors(claim, language),
                scene_of(title, text, start, end, language),
            )
            for start, end, claim in spans
        },
        {span: (inputs, claim_key(inputs)) for span, inputs in zip(spans, keys, strict=False)},
    )


SURROUNDINGS = "tracker.surroundings"  # Session.info: article id -> Surroundings


def remember_surroundings(session: Session, article_id: int, found: Surroundings) -> None:
    """Leave ``found`` for :func:`prepare_article` of this article in this session."""
    session.info.setdefault(SURROUNDINGS, {})[article_id] = found


def scene_text(terms: frozenset[str], names: frozenset[str]) -> str:
    return " ".join([*sorted(terms), *("@" + n for n in sorted(names))])


def parse_scene(stored: str | None) -> tuple[frozenset[str], frozenset[str]]:
    words = (stored or "").split()
    return (
        frozenset(w for w in words if not w.startswith("@")),
        frozenset(w[1:] for w in words if w.startswith("@")),
    )


def is_whole_text(claim: Claim, article: Article) -> bool:
    """A claim that is its record's whole text (a collection's record, a one-line item)."""
    title = (article.title or "").strip()
    return (
        bool(title)
        and claim.span_start == 0
        and claim.span_end >= len(article.text.rstrip())
        and title != article.text.strip()
    )


def prepare_article(session: Session, article: Article) -> list[ClaimView]:
    """Key texts and anchors for the article's claims, stored on the rows, as views
    (what needs no database taken from :func:`remember_surroundings` when it was left)."""
    rows = session.scalars(
        select(Claim)
        .where(Claim.article_id == article.id)
        .order_by(Claim.sentence_index)
        .options(selectinload(Claim.figures))
    ).all()
    known: Surroundings | None = session.info.get(SURROUNDINGS, {}).pop(article.id, None)
    parts: dict[tuple[int, int, str], Any] = {}
    made_keys: dict[tuple[int, int, str], tuple[tuple[Any, ...], normalise.KeyText]] = {}
    if (
        known is not None
        and known.language == article.language
        and known.claims.keys() >= {(c.span_start, c.span_end, c.text) for c in rows}
    ):
        context = set(known.context)
        parts = known.claims
        made_keys = known.keys
    else:
        context = set(normalise.anchors(f"{article.title or ''}\n{article.text}", article.language))
    kinds: dict[int, str] = {}
    claimant_ids = {c.claimant_id for c in rows if c.claimant_id is not None}
    if claimant_ids:
        kinds = {
            r.id: r.kind
            for r in session.execute(
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
        inputs = key_inputs(
            claim.text,
            claim.language,
            slots,
            claim.claimant_text,
            kinds.get(claim.claimant_id) if claim.claimant_id is not None else None,
            claim.via_text,
            article.title if is_whole_text(claim, article) else None,
        )
        span = (claim.span_start, claim.span_end, claim.text)
        made = made_keys.get(span)
        # made before the write from the same inputs, or made now
        key = made[1] if made is not None and made[0] == inputs else claim_key(inputs)
        ready = parts.get(span)
        if ready is not None:
            own, where = ready
        else:
            own, where = normalise.anchors(claim.text, claim.language), scene(article, claim)
        found = own | key.places
        context |= found
        keyed.append((claim, key, found, where))
    article.anchors = " ".join(sorted(context))
    if keyed:
        session.flush()  # (the article's anchors first, as an ORM statement would)
        session.connection().execute(
            _SET_KEYS,
            [
                {
                    "claim": claim.id,
                    "key_text": key.text,
                    "anchors": " ".join(sorted(found)),
                    "scene": scene_text(*where),
                }
                for claim, key, found, where in keyed
            ],
        )
    frozen_context = frozenset(context)
    return [
        _view(claim, article, key.terms, found, frozen_context, where)
        for claim, key, found, where in keyed
    ]


_CLAIMS = Claim.__table__
_SET_KEYS = (
    update(_CLAIMS)  # type: ignore[arg-type]
    .where(_CLAIMS.c.id == bindparam("claim"))
    .values(key_text=bindparam("key_text"), anchors=bindparam("anchors"), scene=bindparam("scene"))
)


def _view(
    claim: Claim,
    article: Article,
    terms: tuple[str, ...],
    found: frozenset[str],
    context: frozenset[str],
    where: tuple[frozenset[str], frozenset[str]],
) -> ClaimView:
    time = claimed_at(claim.stated_at, article.published_at, article.retrieved_at)
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
        order=order_of(time, claim.id),
        via_source_id=claim.via_source_id,
        syndicated_from_id=article.syndicated_from_id,
        language=claim.language,
        speakers=normalise.name_tokens(claim.claimant_text, claim.via_text),
        scene_terms=where[0],
        scene_names=where[1],
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


def load_views(conn: Connection, claim_ids: Sequence[int]) -> list[ClaimView]:
    """Stored claims as views, with their figures: two queries, in the given order."""
    if not claim_ids:
        return []
    ids = {"ids": list(claim_ids)}
    rows = conn.execute(_CLAIM_ROWS, ids).all()
    starts = {r[0]: r[10] for r in rows}  # id: span_start
    figures: dict[int, list[FigureView]] = defaultdict(list)
    figure_rows = conn.execute(_FIGURE_ROWS, ids)
    for f_id, claim_id, value, unit, approx, negated, fact_id, start, end, previous in figure_rows:
        offset = starts.get(claim_id, 0)
        figures[claim_id].append(
            FigureView(
                f_id,
                claim_id,
                value,
                unit,
                approx,
                bool(negated),
                fact_id,
                start - offset,
                end - offset,
                bool(previous),
            )
        )
    views = {}
    for (
        claim_id,
        article_id,
        claimant_id,
        text,
        key_text,
        anchors,
        stated_at,
        negated,
        via_source_id,
        language,
        _span_start,
        claimant_text,
        via_text,
        _external_id,
        scene,
        source_id,
        context,
        published_at,
        retrieved_at,
        syndicated_from_id,
    ) in rows:
        time = claimed_at(stated_at, published_at, retrieved_at)
        view = views[claim_id] = ClaimView(
            id=claim_id,
            article_id=article_id,
            source_id=source_id,
            claimant_id=claimant_id,
            text=text,
            terms=_split_terms(key_text),
            anchors=_split_words(anchors),
            context=_split_words(context),
            time=time,
            negated=bool(negated),
            order=order_of(time, claim_id),
            via_source_id=via_source_id,
            syndicated_from_id=syndicated_from_id,
            language=language,
            figures=figures[claim_id],
            speakers=_speakers(claimant_text, via_text),
        )
        view.scene_terms, view.scene_names = _parsed_scene(scene)
    return [views[i] for i in claim_ids if i in views]


# What a stored claim's columns parse into, immutable, kept for the claims loaded again
# and again (a candidate of many claims is loaded in every batch it is one in).


@lru_cache(maxsize=20_000)
def _split_terms(stored: str | None) -> tuple[str, ...]:
    return tuple((stored or "").split())


@lru_cache(maxsize=40_000)
def _split_words(stored: str | None) -> frozenset[str]:
    return frozenset((stored or "").split())


@lru_cache(maxsize=20_000)
def _speakers(claimant_text: str | None, via_text: str | None) -> frozenset[str]:
    return normalise.name_tokens(claimant_text, via_text)


@lru_cache(maxsize=20_000)
def _parsed_scene(stored: str | None) -> tuple[frozenset[str], frozenset[str]]:
    return parse_scene(stored)
