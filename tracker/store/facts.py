"""Facts on disk: created, joined and left with their history, derived fields kept true.

A fact is never deleted or renumbered. A figure's fact is ``Figure.fact_id`` now and a
:class:`~tracker.db.models.FactMembership` row for every period it belonged somewhere,
so ``--as-of`` sees the facts as they were. A fact whose figures all went into one
other fact points there (``merged_into_id``); an emptied fact keeps its id and says so.
"""

from __future__ import annotations

import datetime as dt
import json
import math
from collections.abc import Iterable
from typing import Any

from sqlalchemy import and_, bindparam, delete, func, insert, select, update
from sqlalchemy.orm import Session

from tracker.db.base import utcnow
from tracker.db.models import (
    Article,
    Claim,
    Fact,
    FactMembership,
    Figure,
    MatcherSettingsRecord,
    Relation,
)
from tracker.fact_rules import Entry, RelationEntry, label_for, summarise
from tracker.match.naming import NamedClaim, fact_name
from tracker.match.settings import MatchSettings
from tracker.match.views import claimed_at
from tracker.store.write_cache import write_cache


def record_settings(session: Session, settings: MatchSettings) -> str:
    """Store the settings under their version (once) and return the version."""
    version = settings.version
    cache = write_cache(session)
    if cache is not None and version in cache.settings:
        return version
    if session.get(MatcherSettingsRecord, version) is None:
        session.add(
            MatcherSettingsRecord(
                version=version, settings=json.dumps(settings.as_dict(), sort_keys=True)
            )
        )
        session.flush()
    if cache is not None:
        cache.settings.add(version)
    return version


def create(session: Session, unit: str | None, terms: tuple[str, ...]) -> int:
    key = label_for(unit, [terms])
    row = {"label": key, "key": key, "unit": unit}
    return int(session.connection().execute(_INSERT_FACT, row).scalar_one())


_INSERT_FACT = insert(Fact).returning(Fact.id)  # built once: a batch makes facts one by one


def _named_query() -> Any:
    """What naming a fact needs of its figures' claims (fact id and figure id first)."""
    return (
        select(
            Figure.fact_id,
            Figure.id.label("figure_id"),
            Claim.id,
            Claim.text,
            Claim.span_start,
            Figure.span_start.label("figure_start"),
            Figure.span_end.label("figure_end"),
            Claim.language,
            Claim.anchors,
            Claim.key_text,
            Claim.stated_at,
            Article.published_at,
            Article.retrieved_at,
            Article.title,
            Article.anchors.label("article_anchors"),
            Claim.claimant_text,
        )
        .join(Figure, Figure.claim_id == Claim.id)
        .join(Article, Article.id == Claim.article_id)
    )


def _named(r: Any) -> NamedClaim:
    text = r.text
    return NamedClaim(
        r.id,
        text,
        r.figure_start - r.span_start,
        r.figure_end - r.span_start,
        r.language,
        _surface_names(text, frozenset((r.anchors or "").split())),
        claimed_at(r.stated_at, r.published_at, r.retrieved_at),
        tuple((r.key_text or "").split()),
        r.title or "",
        _surface_names(r.title or "", frozenset((r.article_anchors or "").split())),
        r.claimant_text,
    )


def named_claims(session: Session, fact_id: int) -> list[NamedClaim]:
    """What naming a fact needs of its figures' claims."""
    stmt = _named_query().where(Figure.fact_id == fact_id, Figure.negated.is_(False))
    return [_named(r) for r in session.connection().execute(stmt)]


_POSSESSIVE = ("'s", "’s")


def _surface_names(text: str, anchors: frozenset[str]) -> tuple[str, ...]:
    """The sentence's names as written ("Kiew", not the folded key "kyiv"); names of
    several words stay one name ("Donald Trump", "Environmental Protection Agency"),
    without a possessive ending ("Alaska's" -> "Alaska"). Places first."""
    from tracker.lexicon.vocabulary import find_places
    from tracker.normalise import fold, is_geographic, is_place

    found: list[tuple[int, str]] = []
    run: list[str] = []

    def flush() -> None:
        if run:
            single_place = len(run) == 1 and is_place(fold(run[0]))
            found.append((0 if single_place else 1, " ".join(run)))
            run.clear()

    tokens = text.split()
    # a place the anchors hold under its canonical name ("Kiew" -> kyiv, "Frankreich" ->
    # france): the words as written (places that say where, not parties or agencies)
    aliased = {
        i
        for start, end, canonical in find_places(
            [t.strip("\"'„“”()[],.:;!?") for t in tokens], compounds=False
        )
        if canonical in anchors and is_geographic(canonical)
        for i in range(start, end)
    }
    for i, token in enumerate(tokens):
        word = token.strip("\"'„“”()[]")
        ends = word != word.rstrip(",.:;!?") or token.endswith((")", "]", '"', "”", "“"))
        word = word.rstrip(",.:;!?\"'„“”()[]")
        if word.endswith(_POSSESSIVE):
            word, ends = word[:-2], True
        head = word.split("-")[0]
        if "-" in word and head[:1].isupper() and len(head) > 2 and fold(head) in anchors:
            # a compound's first part names it ("SpaceX-Aktie" -> SpaceX)
            word, ends = head, True
        if word[:1].isupper() and (
            i in aliased or fold(word) in anchors or fold(token.strip(",.")) in anchors
        ):
            run.append(word)
        else:
            flush()
        if ends:
            flush()
    flush()
    return tuple(w for _, w in sorted(dict.fromkeys(found), key=lambda x: x[0]))


def place(
    session: Session,
    placements: Iterable[tuple[int, int | None, str, float | None]],
    matcher_version: str | None,
    now: dt.datetime | None = None,
    *,
    new: bool = False,
) -> None:
    """Put figures into facts: (figure id, fact id or None, placement, probability).

    The figure's current membership ends (it stays as history) and a new one begins;
    a figure that stays in its fact keeps its membership untouched. ``new``: figures
    stored in this transaction and placed for the first time (no membership to end).
    """
    rows = list(placements)
    if not rows:
        return
    now = now or utcnow()
    figure_ids = [r[0] for r in rows]
    current = (
        {}
        if new
        else {
            r.figure_id: (r.id, r.fact_id)
            for r in session.execute(
                select(FactMembership.id, FactMembership.figure_id, FactMembership.fact_id).where(
                    FactMembership.figure_id.in_(figure_ids), FactMembership.alive()
                )
            )
        }
    )
    ended = []
    started = []
    for figure_id, fact_id, placement, probability in rows:
        alive = current.get(figure_id)
        if alive is not None and alive[1] == fact_id:
            continue
        if alive is not None:
            ended.append(alive[0])
        if fact_id is not None:
            started.append(
                {
                    "figure_id": figure_id,
                    "fact_id": fact_id,
                    "placement": placement,
                    "probability": probability,
                    "matcher_version": matcher_version,
                    "created_at": now,
                }
            )
    if ended:
        session.execute(
            update(FactMembership).where(FactMembership.id.in_(ended)).values(superseded_at=now)
        )
    if new:
        # (a batch of a claim collection: nothing pending in the session, the same rows
        # through Core without the ORM's bulk machinery)
        conn = session.connection()
        if started:
            conn.execute(_INSERT_MEMBERSHIPS, started)
        conn.execute(
            _SET_FACTS,
            [{"figure": figure_id, "fact": fact_id} for figure_id, fact_id, _, _ in rows],
        )
        return
    if started:
        session.execute(insert(FactMembership), started)
    session.execute(
        update(Figure),
        [{"id": figure_id, "fact_id": fact_id} for figure_id, fact_id, _, _ in rows],
    )


_INSERT_MEMBERSHIPS = insert(FactMembership.__table__)  # type: ignore[arg-type]
_SET_FACTS = (
    update(Figure.__table__)  # type: ignore[arg-type]
    .where(Figure.__table__.c.id == bindparam("figure"))
    .values(fact_id=bindparam("fact"))
)


def merge(
    session: Session, into: int, absorbed: int, matcher_version: str | None, now: dt.datetime
) -> None:
    """Move every figure of fact ``absorbed`` into fact ``into`` (a claim showed they are
    one slot); the absorbed fact keeps its id and points to ``into``."""
    figure_ids = list(session.scalars(select(Figure.id).where(Figure.fact_id == absorbed)))
    place(session, [(f, into, "merged", None) for f in figure_ids], matcher_version, now)
    retire_relations(session, [Relation.fact_id == absorbed, Relation.alive()], now)
    fact = session.get(Fact, absorbed)
    if fact is not None:
        fact.merged_into_id = into
        fact.claim_count = 0
        fact.source_count = 0
        fact.current_value = None
        fact.current_approx = None
        fact.current_figure_id = None
        fact.has_contradiction = False
        fact.updated_at = now


def retire_relations(session: Session, where: list[Any], now: dt.datetime) -> None:
    """Relations replaced now: kept as history (``superseded_at``), except those made in
    this same transaction, which nobody ever saw."""
    session.execute(delete(Relation).where(*where, Relation.created_at == now))
    session.execute(
        update(Relation).where(*where, Relation.created_at != now).values(superseded_at=now)
    )


def _entries_query() -> Any:
    """Figures of facts with what a fact's state needs (fact id and figure id first)."""
    return (
        select(
            Figure.fact_id,
            Figure.id,
            Figure.claim_id,
            Figure.value,
            Figure.approx,
            Figure.negated,
            Figure.previous,
            Claim.stated_at,
            Article.published_at,
            Article.retrieved_at,
            Article.source_id,
            Article.syndicated_from_id,
            Claim.key_text,
        )
        .join(Claim, Claim.id == Figure.claim_id)
        .join(Article, Article.id == Claim.article_id)
    )


def _entry(r: Any) -> Entry:
    return Entry(
        r.id,
        r.claim_id,
        r.value,
        r.approx,
        bool(r.negated),
        bool(r.previous),
        claimed_at(r.stated_at, r.published_at, r.retrieved_at),
        r.source_id,
        r.syndicated_from_id is not None,
        tuple((r.key_text or "").split()),
    )


def entries_for(session: Session, fact_id: int, as_of: dt.datetime | None = None) -> list[Entry]:
    """The fact's figures (those that belonged to it at ``as_of``, when given)."""
    stmt = _entries_query()
    if as_of is None:
        stmt = stmt.where(Figure.fact_id == fact_id)
    else:
        stmt = stmt.join(
            FactMembership,
            and_(
                FactMembership.figure_id == Figure.id,
                FactMembership.fact_id == fact_id,
                FactMembership.alive(as_of),
            ),
        ).where(Claim.recorded_at <= as_of)
    return [_entry(r) for r in session.connection().execute(stmt)]


def relations_for(
    session: Session, fact_id: int, as_of: dt.datetime | None = None
) -> list[RelationEntry]:
    stmt = select(
        Relation.kind, Relation.newer_figure_id, Relation.older_figure_id, Relation.status
    ).where(Relation.fact_id == fact_id, Relation.alive(as_of))
    return [RelationEntry(r[0], r[1], r[2], r[3]) for r in session.connection().execute(stmt)]


def refresh(session: Session, fact_ids: Iterable[int]) -> None:
    """The derived fields of the facts ``fact_ids`` (current value, counts, key, name,
    their figures' ranks), with one query per kind of row for up to 500 facts."""
    ids = sorted(set(fact_ids))
    for start in range(0, len(ids), 500):
        _refresh_chunk(session, ids[start : start + 500])


def _refresh_chunk(session: Session, ids: list[int]) -> None:
    facts = {f.id: f for f in session.scalars(select(Fact).where(Fact.id.in_(ids)))}
    if not facts:
        return
    wanted = sorted(facts)
    entries = _grouped(_entries_query().where(Figure.fact_id.in_(wanted)), session, _entry)
    relations = _grouped(
        select(
            Relation.fact_id,
            Relation.id,
            Relation.kind,
            Relation.newer_figure_id,
            Relation.older_figure_id,
            Relation.status,
        ).where(Relation.fact_id.in_(wanted), Relation.alive()),
        session,
        lambda r: RelationEntry(r[2], r[3], r[4], r[5]),
    )
    named = _grouped(
        _named_query().where(Figure.fact_id.in_(wanted), Figure.negated.is_(False)),
        session,
        _named,
    )
    ranks: list[dict[str, Any]] = []
    now = utcnow()
    for fact_id in wanted:
        fact = facts[fact_id]
        found = entries.get(fact_id, [])
        summary = summarise(found, relations.get(fact_id, []))
        current = summary.current
        fact.current_value = current.value if current else None
        fact.current_approx = current.approx if current else None
        fact.current_figure_id = current.figure_id if current else None
        fact.first_seen_at = summary.first_seen_at
        fact.last_seen_at = summary.last_seen_at
        fact.claim_count = summary.claim_count
        fact.source_count = summary.source_count
        fact.has_contradiction = summary.has_contradiction
        fact.updated_at = now
        if found:
            fact.merged_into_id = None
            ordered = sorted(
                found, key=lambda e: (e.time.timestamp() if e.time else math.inf, e.claim_id)
            )
            fact.key = label_for(fact.unit, [e.terms for e in ordered])
            fact.label = fact_name(named.get(fact_id, [])) or fact.key
        ranks += [
            {"id": figure_id, "rank": rank, "rank_reason": reason}
            for figure_id, (rank, reason) in summary.ranks.items()
        ]
    if ranks:
        session.execute(update(Figure), ranks)


def _grouped(stmt: Any, session: Session, make: Any) -> dict[int, list[Any]]:
    """Rows of ``stmt`` (fact id, row id, ...) made into objects, per fact, in the order
    of their row ids (what a query of one fact reads by its index)."""
    rows: dict[int, list[Any]] = {}
    for row in session.connection().execute(stmt):
        rows.setdefault(row[0], []).append(row)
    return {
        fact_id: [make(r) for r in sorted(found, key=lambda r: r[1])]
        for fact_id, found in rows.items()
    }


def mark_emptied(session: Session, fact_ids: Iterable[int], now: dt.datetime) -> list[int]:
    """Facts left without figures: point each to the fact its figures went to, when
    they all went to one (a merge); returns the facts that are now empty."""
    ids = sorted(set(fact_ids))
    if not ids:
        return []
    still = set(session.scalars(select(Figure.fact_id).where(Figure.fact_id.in_(ids)).distinct()))
    empty = [i for i in ids if i not in still]
    for fact_id in empty:
        went = set(
            session.scalars(
                select(Figure.fact_id)
                .join(FactMembership, FactMembership.figure_id == Figure.id)
                .where(
                    FactMembership.fact_id == fact_id,
                    FactMembership.superseded_at == now,
                    Figure.fact_id.is_not(None),
                )
                .distinct()
            )
        )
        fact = session.get(Fact, fact_id)
        if fact is None:
            continue
        fact.merged_into_id = went.pop() if len(went) == 1 else None
        fact.claim_count = 0
        fact.source_count = 0
        fact.current_value = None
        fact.current_approx = None
        fact.current_figure_id = None
        fact.has_contradiction = False
        fact.updated_at = now
    return empty


def figure_count(session: Session, fact_id: int) -> int:
    return session.scalar(select(func.count()).where(Figure.fact_id == fact_id)) or 0
