"""Facts, their timelines, relations and contradictions — now or as of a past date."""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import and_, exists, func, or_, select
from sqlalchemy.orm import Session, aliased

from tracker import fact_rules
from tracker.db import views
from tracker.db.models import (
    Article,
    Claim,
    Decision,
    Fact,
    FactMembership,
    Figure,
    Relation,
)
from tracker.errors import NotFound
from tracker.query.claims import count_rows, format_value
from tracker.query.rows import Rows, cut
from tracker.store import facts as fact_history

Row = dict[str, Any]

FACT_COLUMNS = [
    "id",
    "label",
    "current",
    "claims",
    "sources",
    "origins",
    "first_seen",
    "last_seen",
    "contradicted",
]
FACT_SORTS = ("recent", "claims", "sources", "oldest")
RELATION_SORTS = ("newest", "oldest", "score")
# The table shows the value as text ("about 1,200"); csv and json keep it a number.
TIMELINE_COLUMNS = ["stated_at", "value_text", "claimant", "source", "rank", "relation", "claim_id"]
TIMELINE_HEADERS = {"value_text": "value"}
TIMELINE_CSV_COLUMNS = [
    "stated_at",
    "value",
    "approx",
    "unit",
    "negated",
    "claimant",
    "source",
    "rank",
    "relation",
    "claim_id",
    "figure_id",
    "raw_text",
]
RELATION_COLUMNS = [
    "id",
    "kind",
    "status",
    "score",
    "newer_claim_id",
    "older_claim_id",
    "newer",
    "older",
    "independent",
]
CONTRADICTION_COLUMNS = [
    "relation_id",
    "fact_id",
    "fact_label",
    "newer_value",
    "newer_source",
    "older_value",
    "older_source",
    "score",
    "status",
]

DECISION_STATUS = {"confirm": "confirmed", "reject": "rejected"}


@dataclass(frozen=True)
class FactFilter:
    unit: str | None = None
    text: str | None = None
    since: dt.datetime | None = None  # last seen on or after
    until: dt.datetime | None = None  # first seen before
    has_contradiction: bool = False
    as_of: dt.datetime | None = None
    limit: int = 100
    min_claims: int = 0
    min_sources: int = 0  # outlets carrying the fact
    sort: str = "recent"  # recent | claims | sources | oldest


@dataclass(frozen=True)
class RelationFilter:
    kind: str | None = None
    status: str | None = None
    fact_id: int | None = None
    claim_id: int | None = None
    as_of: dt.datetime | None = None
    stated_after: dt.datetime | None = None
    stated_before: dt.datetime | None = None
    limit: int = 100
    sort: str = "newest"  # newest | oldest (the newer claim's stated time) | score


# -- facts ---------------------------------------------------------------------


def list_facts(session: Session, flt: FactFilter) -> Rows:
    """Facts that pass the filter, in ``flt.sort`` order, each with the outlets that
    carried it (``sources``) and its independent origins (``origins``, see
    :func:`fact_sources`)."""
    stmt = select(Fact)
    if flt.as_of is None:
        stmt = stmt.where(Fact.claim_count > 0)  # as of a date: the facts that had figures then
    if flt.unit:
        stmt = stmt.where(func.lower(Fact.unit) == flt.unit.lower())
    if flt.text:
        pattern = f"%{flt.text.lower()}%"
        said = select(Figure.id).join(Claim, Claim.id == Figure.claim_id)
        if flt.as_of is None:
            said = said.where(Figure.fact_id == Fact.id)
        else:  # the fact's claims then
            said = said.join(FactMembership, FactMembership.figure_id == Figure.id).where(
                FactMembership.fact_id == Fact.id, FactMembership.alive(flt.as_of)
            )
        stmt = stmt.where(
            or_(
                func.lower(Fact.label).like(pattern),
                exists(said.where(func.lower(Claim.text).like(pattern))),
            )
        )
    # A fact has at most as many sources as claims: the stored count narrows it down.
    fewest = max(flt.min_claims, flt.min_sources)
    if flt.as_of is None:
        if fewest > 1:
            stmt = stmt.where(Fact.claim_count >= fewest)
        if flt.since:
            stmt = stmt.where(Fact.last_seen_at >= flt.since)
        if flt.until:
            stmt = stmt.where(Fact.first_seen_at < flt.until)
        if flt.has_contradiction:
            stmt = stmt.where(Fact.has_contradiction.is_(True))
        order = {
            "recent": (Fact.last_seen_at.desc(), Fact.id),
            "claims": (Fact.claim_count.desc(), Fact.last_seen_at.desc(), Fact.id),
            "oldest": (Fact.first_seen_at, Fact.id),
            "sources": (Fact.claim_count.desc(), Fact.last_seen_at.desc(), Fact.id),
        }[flt.sort]
        stmt = stmt.order_by(*order)
        if not flt.min_sources and flt.sort != "sources":
            total = None
            if flt.limit:
                total = count_rows(session, stmt)
                stmt = stmt.limit(flt.limit)
            rows = Rows((_fact_row(f) for f in session.scalars(stmt)), total)
            _add_sources(session, rows, None)
            return rows
        rows = Rows(_fact_row(f) for f in session.scalars(stmt))
    else:
        rows = _facts_as_of(session, stmt.order_by(Fact.id), flt)
    _add_sources(session, rows, flt.as_of)
    rows = Rows(
        r for r in rows if r["claims"] >= flt.min_claims and r["sources"] >= flt.min_sources
    )
    rows.sort(key=_fact_order(flt.sort))
    return cut(rows, flt.limit)


def _fact_order(sort: str) -> Any:
    def recent(row: Row) -> tuple[Any, ...]:
        missing, stamp = _stamp(row["last_seen"])
        return (missing, -stamp, row["id"])

    if sort == "claims":
        return lambda r: (-r["claims"], *recent(r))
    if sort == "sources":
        return lambda r: (-r["sources"], -r["origins"], -r["claims"], *recent(r))
    if sort == "oldest":
        return lambda r: (*_stamp(r["first_seen"]), r["id"])
    return recent


def _stamp(when: dt.datetime | None) -> tuple[bool, float]:
    return (when is None, when.timestamp() if when else 0.0)


def _facts_as_of(session: Session, stmt: Any, flt: FactFilter) -> Rows:
    """As of a past date: each fact recomputed from what was recorded by then, with the
    figures that belonged to it then (a fact a later decision or re-matching emptied is
    there as it was)."""
    stmt = stmt.where(
        exists(
            select(FactMembership.id)
            .join(Figure, Figure.id == FactMembership.figure_id)
            .join(Claim, Claim.id == Figure.claim_id)
            .where(
                FactMembership.fact_id == Fact.id,
                FactMembership.alive(flt.as_of),
                Claim.recorded_at <= flt.as_of,
            )
        )
    )
    rows = Rows()
    for fact in session.scalars(stmt):
        row = fact_as_of(session, fact, flt.as_of)  # type: ignore[arg-type]
        if flt.since and (row["last_seen"] is None or row["last_seen"] < flt.since):
            continue
        if flt.until and (row["first_seen"] is None or row["first_seen"] >= flt.until):
            continue
        if flt.has_contradiction and not row["contradicted"]:
            continue
        rows.append(row)
    return rows


def _add_sources(session: Session, rows: list[Row], as_of: dt.datetime | None) -> None:
    counted = fact_sources(session, [r["id"] for r in rows], as_of)
    for row in rows:
        row["sources"], row["origins"] = counted.get(row["id"], (0, 0))


def fact_sources(
    session: Session, fact_ids: Sequence[int], as_of: dt.datetime | None = None
) -> dict[int, tuple[int, int]]:
    """Per fact: how many outlets carried it (sources), and from how many
    independent origins its claims come, in the sense its relations use (origins).

    Outlets are sources grouped by spelling (``Blitz`` = ``blitz.example``). Claims
    are independent unless they come from the same origin (the claimant, else the
    outlet) or a repeat relation says the newer one is not independent (a
    syndicated copy, or a claim relayed from the older claim's source): the count
    of origins is the number of groups the claims fall into.
    """
    from tracker.query.sources import SourceGroups

    found: dict[int, tuple[int, int]] = {}
    if not fact_ids:
        return found
    groups = SourceGroups.load(session)
    members: dict[int, dict[int, tuple[Any, ...]]] = defaultdict(dict)  # fact -> claim -> origin
    outlets: dict[int, set[str]] = defaultdict(set)
    for chunk in _chunks(fact_ids):
        if as_of is None:
            stmt = (
                select(Figure.fact_id, Claim.id, Claim.claimant_id, Article.source_id)
                .join(Claim, Claim.id == Figure.claim_id)
                .join(Article, Article.id == Claim.article_id)
                .where(Figure.fact_id.in_(chunk))
            )
        else:  # the figures that belonged to each fact then (memberships are history)
            stmt = (
                select(FactMembership.fact_id, Claim.id, Claim.claimant_id, Article.source_id)
                .join(Figure, Figure.id == FactMembership.figure_id)
                .join(Claim, Claim.id == Figure.claim_id)
                .join(Article, Article.id == Claim.article_id)
                .where(
                    FactMembership.fact_id.in_(chunk),
                    FactMembership.alive(as_of),
                    Claim.recorded_at <= as_of,
                )
            )
        for fact_id, claim_id, claimant_id, source_id in session.execute(stmt):
            if fact_id is None:
                continue
            outlet = groups.key(source_id)
            if outlet is not None:
                outlets[fact_id].add(outlet)
            origin = ("claimant", claimant_id) if claimant_id else ("source", outlet or claim_id)
            members[fact_id][claim_id] = origin
    parent: dict[Any, Any] = {}

    def root(node: Any) -> Any:
        while parent.setdefault(node, node) != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    def join(a: Any, b: Any) -> None:
        parent[root(a)] = root(b)

    for fact_id, claims in members.items():
        for claim_id, origin in claims.items():
            join((fact_id, "claim", claim_id), (fact_id, *origin))
    for chunk in _chunks(fact_ids):
        for fact_id, newer, older in session.execute(
            select(Relation.fact_id, Relation.newer_claim_id, Relation.older_claim_id).where(
                Relation.fact_id.in_(chunk),
                Relation.kind == "repeat",
                Relation.independent.is_(False),
                Relation.status != "rejected",
                Relation.alive(as_of),
            )
        ):
            claims = members.get(fact_id or 0, {})
            if newer in claims and older in claims:
                join((fact_id, "claim", newer), (fact_id, "claim", older))
    for fact_id in fact_ids:
        claims = members.get(fact_id, {})
        independent = len({root((fact_id, "claim", c)) for c in claims})
        found[fact_id] = (len(outlets.get(fact_id, ())), independent)
    return found


def _chunks(ids: Sequence[int], size: int = 500) -> list[list[int]]:
    ordered = list(dict.fromkeys(ids))
    return [ordered[i : i + size] for i in range(0, len(ordered), size)]


def _fact_row(fact: Fact) -> Row:
    return {
        "id": fact.id,
        "label": fact.label,
        "unit": fact.unit,
        "current": format_value(fact.current_value, None, fact.current_approx),
        "current_value": fact.current_value,
        "current_approx": fact.current_approx,
        "claims": fact.claim_count,
        "sources": fact.source_count,
        "first_seen": fact.first_seen_at,
        "last_seen": fact.last_seen_at,
        "contradicted": bool(fact.has_contradiction),
        "merged_into": fact.merged_into_id,
    }


def fact_as_of(session: Session, fact: Fact, as_of: dt.datetime) -> Row:
    entries = fact_history.entries_for(session, fact.id, as_of)
    summary = fact_rules.summarise(entries, fact_history.relations_for(session, fact.id, as_of))
    current = summary.current
    return {
        "id": fact.id,
        "label": fact.label,
        "unit": fact.unit,
        "current": format_value(current.value, None, current.approx) if current else "",
        "current_value": current.value if current else None,
        "current_approx": current.approx if current else None,
        "claims": summary.claim_count,
        "sources": summary.source_count,
        "first_seen": summary.first_seen_at,
        "last_seen": summary.last_seen_at,
        "contradicted": summary.has_contradiction,
    }


def require_fact(session: Session, fact_id: int) -> Fact:
    """The fact with this id; :class:`NotFound` (saying where to look) when there is none."""
    fact = session.get(Fact, fact_id)
    if fact is None:
        raise NotFound(f"no fact with id {fact_id}: see `tracker facts`")
    return fact


def fact_detail(session: Session, fact_id: int, as_of: dt.datetime | None = None) -> Row:
    """A fact and its timeline: every figure with value, claimant, source, stated time,
    rank and its relation to the earlier value."""
    fact = require_fact(session, fact_id)
    header = _fact_row(fact) if as_of is None else fact_as_of(session, fact, as_of)
    _add_sources(session, [header], as_of)
    cf = views.claim_figures.c
    stmt = select(
        cf.figure_id,
        cf.value,
        cf.approx,
        cf.negated,
        cf.previous,
        cf.rank,
        cf.rank_reason,
        cf.raw_text,
        cf.claim_id,
        cf.claim_text,
        cf.attribution,
        cf.claimed_at.label("stated_at"),
        cf.recorded_at,
        cf.article_id,
        cf.article_url,
        cf.published_at,
        cf.source_name.label("source"),
        cf.claimant,
    ).order_by(
        # undated values last on both backends (SQLite sorts NULL first, PostgreSQL last)
        cf.claimed_at.is_(None),
        cf.claimed_at,
        cf.claim_id,
        cf.span_start,
    )
    if as_of is None:
        stmt = stmt.where(cf.fact_id == fact_id)
    else:
        # the figures that belonged to the fact then (memberships are history)
        stmt = stmt.join(
            FactMembership,
            and_(
                FactMembership.figure_id == cf.figure_id,
                FactMembership.fact_id == fact_id,
                FactMembership.alive(as_of),
            ),
        ).where(cf.recorded_at <= as_of)
    timeline = []
    for r in session.execute(stmt):
        row = dict(r._mapping)
        row["value_text"] = ("rejected: " if row["negated"] else "") + format_value(
            row["value"], None, row["approx"]
        )
        timeline.append(row)
    relations = _relations_by_newer_figure(session, [t["figure_id"] for t in timeline], as_of)
    if as_of is not None:
        entries = fact_history.entries_for(session, fact_id, as_of)
        ranks = fact_rules.summarise(
            entries, fact_history.relations_for(session, fact_id, as_of)
        ).ranks
    for row in timeline:
        if as_of is not None:
            row["rank"], row["rank_reason"] = ranks.get(row["figure_id"], ("normal", None))
        found = relations.get(row["figure_id"], [])
        row["relations"] = found
        row["relation"] = "; ".join(
            f"{r['kind']} of {format_value(r['older_value'], None, r['older_approx'])}"
            f" ({r['older_source'] or 'claim ' + str(r['older_claim_id'])})"
            + ("" if r["status"] in ("auto", "confirmed") else f" [{r['status']}]")
            for r in found
        )
        row["unit"] = fact.unit
    return {**header, "timeline": timeline}


def _relations_by_newer_figure(
    session: Session, figure_ids: Sequence[int], as_of: dt.datetime | None
) -> dict[int, list[Row]]:
    if not figure_ids:
        return {}
    older = views.claim_figures.alias("older")
    stmt = (
        select(
            Relation.id,
            Relation.kind,
            Relation.status,
            Relation.score,
            Relation.newer_figure_id,
            Relation.older_claim_id,
            older.c.value.label("older_value"),
            older.c.approx.label("older_approx"),
            older.c.source_name.label("older_source"),
        )
        .join(older, older.c.figure_id == Relation.older_figure_id)
        .where(Relation.newer_figure_id.in_(list(figure_ids)), Relation.alive(as_of))
        .order_by(Relation.id)
    )
    rows = [dict(r._mapping) for r in session.execute(stmt)]
    statuses = statuses_as_of(session, rows, as_of)
    found: dict[int, list[Row]] = defaultdict(list)
    for row in rows:
        row["status"] = statuses[row["id"]]
        if row["status"] != "rejected":
            found[row["newer_figure_id"]].append(row)
    return found


# -- relations -----------------------------------------------------------------


def statuses_as_of(
    session: Session, rows: Sequence[Row], as_of: dt.datetime | None
) -> dict[int, str]:
    """Each relation's status, as people had decided it by ``as_of`` (now when None)."""
    statuses = {row["id"]: row["status"] for row in rows}
    if as_of is None or not rows:
        return statuses
    decisions: dict[int, list[Decision]] = defaultdict(list)
    for decision in session.scalars(
        select(Decision)
        .where(Decision.relation_id.in_(list(statuses)))
        .order_by(Decision.created_at, Decision.id)
    ):
        decisions[decision.relation_id or 0].append(decision)
    for relation_id, made in decisions.items():
        before = [d for d in made if d.created_at <= as_of]
        if before:
            statuses[relation_id] = DECISION_STATUS.get(before[-1].action, statuses[relation_id])
        elif made[0].previous_status:
            statuses[relation_id] = made[0].previous_status
    return statuses


def _relation_select() -> Any:
    """Relations with both claims' provenance (``claim_provenance``) and figures. The
    relations come from their table, not from ``claim_relations``, because "as of" a
    date needs the ones re-matching replaced since."""
    newer = views.claim_provenance.alias("newer")
    older = views.claim_provenance.alias("older")
    # plain stored values; a LEFT JOIN on the view claim_figures could not be flattened
    newer_figure = aliased(Figure)
    older_figure = aliased(Figure)
    stmt = (
        select(
            Relation.id,
            Relation.kind,
            Relation.status,
            Relation.score,
            Relation.independent,
            Relation.fact_id,
            Relation.newer_claim_id,
            Relation.older_claim_id,
            Relation.newer_figure_id,
            Relation.older_figure_id,
            Relation.created_at,
            Relation.matcher_version,
            Relation.components,
            newer_figure.value.label("newer_value"),
            newer_figure.approx.label("newer_approx"),
            newer_figure.unit.label("unit"),
            older_figure.value.label("older_value"),
            older_figure.approx.label("older_approx"),
            newer.c.source_name.label("newer_source"),
            older.c.source_name.label("older_source"),
            newer.c.claim_text.label("newer_text"),
            older.c.claim_text.label("older_text"),
            newer.c.claimed_at.label("newer_stated_at"),
            older.c.claimed_at.label("older_stated_at"),
        )
        .join(newer, newer.c.claim_id == Relation.newer_claim_id)
        .join(older, older.c.claim_id == Relation.older_claim_id)
        .outerjoin(newer_figure, newer_figure.id == Relation.newer_figure_id)
        .outerjoin(older_figure, older_figure.id == Relation.older_figure_id)
        .order_by(Relation.id)
    )
    return stmt, newer.c.claimed_at


def list_relations(session: Session, flt: RelationFilter) -> Rows:
    """Relations that pass the filter, newest first (by the newer claim's stated
    time) unless ``flt.sort`` says otherwise; ``total`` counts them all."""
    stmt, when = _relation_select()
    order = {
        "newest": (when.desc(), Relation.id.desc()),
        "oldest": (when, Relation.id),
        "score": (Relation.score.desc(), Relation.id.desc()),
    }[flt.sort]
    stmt = stmt.order_by(None).order_by(*order)
    if flt.kind:
        stmt = stmt.where(Relation.kind == flt.kind)
    if flt.fact_id is not None:
        stmt = stmt.where(Relation.fact_id == flt.fact_id)
    if flt.claim_id is not None:
        stmt = stmt.where(
            or_(Relation.newer_claim_id == flt.claim_id, Relation.older_claim_id == flt.claim_id)
        )
    stmt = stmt.where(Relation.alive(flt.as_of))
    if flt.stated_after:
        stmt = stmt.where(when >= flt.stated_after)
    if flt.stated_before:
        stmt = stmt.where(when < flt.stated_before)
    if flt.status and flt.as_of is None:
        stmt = stmt.where(Relation.status == flt.status)
    total = None
    if flt.limit and not (flt.status and flt.as_of is not None):
        total = count_rows(session, stmt)
        stmt = stmt.limit(flt.limit)
    rows = Rows((_relation_row(r._mapping) for r in session.execute(stmt)), total)
    statuses = statuses_as_of(session, rows, flt.as_of)
    for row in rows:
        row["status"] = statuses[row["id"]]
    if flt.status and flt.as_of is not None:
        rows = cut([r for r in rows if r["status"] == flt.status], flt.limit)
    return rows


def _relation_row(mapping: Any) -> Row:
    row = dict(mapping)
    row["components"] = json.loads(row["components"] or "{}")
    if row["newer_value"] is not None:
        for side in ("newer", "older"):
            value = format_value(row[f"{side}_value"], None, row[f"{side}_approx"])
            row[side] = f"{value} ({row[f'{side}_source'] or '?'})"
    else:
        row["newer"] = f"claim {row['newer_claim_id']} ({row['newer_source'] or '?'})"
        row["older"] = f"claim {row['older_claim_id']} ({row['older_source'] or '?'})"
    return row


def relation_detail(session: Session, relation_id: int) -> Row:
    stmt, _ = _relation_select()
    row = session.execute(stmt.where(Relation.id == relation_id)).first()
    if row is None:
        raise NotFound(f"no relation with id {relation_id}: see `tracker relations`")
    detail = _relation_row(row._mapping)
    fact = session.get(Fact, detail["fact_id"]) if detail["fact_id"] else None
    detail["fact_label"] = fact.label if fact else None
    # How the newer figure came into the fact: a figure joins through its best match in
    # the fact, which need not be this pair (a repeat of a figure that joined earlier).
    membership = session.execute(
        select(FactMembership.placement, FactMembership.probability)
        .where(
            FactMembership.figure_id == detail["newer_figure_id"],
            FactMembership.superseded_at.is_(None),
        )
        .order_by(FactMembership.id.desc())
        .limit(1)
    ).first()
    detail["newer_placement"] = membership.placement if membership else None
    detail["newer_placement_probability"] = membership.probability if membership else None
    detail["decisions"] = [
        {"at": d.created_at, "actor": d.actor, "action": d.action, "note": d.note}
        for d in session.scalars(
            select(Decision).where(Decision.relation_id == relation_id).order_by(Decision.id)
        )
    ]
    return detail


def list_contradictions(session: Session, flt: RelationFilter) -> Rows:
    """Open contradictions, newest first unless ``flt.sort`` says otherwise; ``total``
    counts them all. Without a status: the ones that stand (made automatically or
    confirmed by a person), not the suggestions a person has yet to decide
    (``status="suggested"``, or ``"open"`` for both); ``suggested`` on the result
    counts those left out."""
    rows = list_relations(
        session,
        RelationFilter(
            kind="contradiction",
            fact_id=flt.fact_id,
            as_of=flt.as_of,
            stated_after=flt.stated_after,
            stated_before=flt.stated_before,
            limit=0,
            sort=flt.sort,
        ),
    )
    facts = {
        f.id: f.label
        for f in session.scalars(
            select(Fact).where(Fact.id.in_({r["fact_id"] for r in rows if r["fact_id"]}))
        )
    }
    wanted = {
        None: STANDING,
        "open": (*STANDING, fact_rules.RelationStatus.SUGGESTED.value),
    }.get(flt.status, (flt.status,))
    out = []
    suggested = 0
    for row in rows:
        if row["status"] not in wanted:
            suggested += row["status"] == fact_rules.RelationStatus.SUGGESTED.value
            continue
        out.append(
            {
                "relation_id": row["id"],
                "fact_id": row["fact_id"],
                "fact_label": facts.get(row["fact_id"]),
                "newer_claim_id": row["newer_claim_id"],
                "newer_value": format_value(row["newer_value"], None, row["newer_approx"]),
                "newer_source": row["newer_source"],
                "older_claim_id": row["older_claim_id"],
                "older_value": format_value(row["older_value"], None, row["older_approx"]),
                "older_source": row["older_source"],
                "score": row["score"],
                "status": row["status"],
                "newer_stated_at": row["newer_stated_at"],
                "older_stated_at": row["older_stated_at"],
            }
        )
    result = cut(out, flt.limit)
    result.suggested = suggested
    return result


# Relations that stand: made automatically or confirmed by a person.
STANDING = (fact_rules.RelationStatus.AUTO.value, fact_rules.RelationStatus.CONFIRMED.value)
