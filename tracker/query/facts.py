"""Facts, their timelines, relations and contradictions — now or as of a past date."""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import exists, func, or_, select
from sqlalchemy.orm import Session, aliased

from tracker.db.models import Article, Claim, Claimant, Decision, Fact, Figure, Relation, Source
from tracker.errors import NotFound
from tracker.match import facts as fact_rules
from tracker.store import facts as fact_history
from tracker.query.claims import claim_time, format_value

Row = dict[str, Any]

FACT_COLUMNS = [
    "id",
    "label",
    "current",
    "claims",
    "sources",
    "first_seen",
    "last_seen",
    "contradicted",
]
TIMELINE_COLUMNS = ["stated_at", "value", "claimant", "source", "rank", "relation", "claim_id"]
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


# -- facts ---------------------------------------------------------------------


def list_facts(session: Session, flt: FactFilter) -> list[Row]:
    stmt = select(Fact).where(Fact.claim_count > 0).order_by(Fact.last_seen_at.desc(), Fact.id)
    if flt.unit:
        stmt = stmt.where(func.lower(Fact.unit) == flt.unit.lower())
    if flt.text:
        pattern = f"%{flt.text.lower()}%"
        stmt = stmt.where(
            or_(
                func.lower(Fact.label).like(pattern),
                exists(
                    select(Figure.id)
                    .join(Claim, Claim.id == Figure.claim_id)
                    .where(Figure.fact_id == Fact.id, func.lower(Claim.text).like(pattern))
                ),
            )
        )
    if flt.as_of is None:
        if flt.since:
            stmt = stmt.where(Fact.last_seen_at >= flt.since)
        if flt.until:
            stmt = stmt.where(Fact.first_seen_at < flt.until)
        if flt.has_contradiction:
            stmt = stmt.where(Fact.has_contradiction.is_(True))
        if flt.limit:
            stmt = stmt.limit(flt.limit)
        return [_fact_row(f) for f in session.scalars(stmt)]
    # As of a past date: recompute each fact from what was recorded by then.
    stmt = stmt.where(
        exists(
            select(Figure.id)
            .join(Claim, Claim.id == Figure.claim_id)
            .where(Figure.fact_id == Fact.id, Claim.recorded_at <= flt.as_of)
        )
    )
    rows = []
    for fact in session.scalars(stmt):
        row = fact_as_of(session, fact, flt.as_of)
        if flt.since and (row["last_seen"] is None or row["last_seen"] < flt.since):
            continue
        if flt.until and (row["first_seen"] is None or row["first_seen"] >= flt.until):
            continue
        if flt.has_contradiction and not row["contradicted"]:
            continue
        rows.append(row)
        if flt.limit and len(rows) >= flt.limit:
            break
    return rows


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


def fact_detail(session: Session, fact_id: int, as_of: dt.datetime | None = None) -> Row:
    """A fact and its timeline: every figure with value, claimant, source, stated time,
    rank and its relation to the earlier value."""
    fact = session.get(Fact, fact_id)
    if fact is None:
        raise NotFound(f"no fact with id {fact_id}: see `tracker facts`")
    header = _fact_row(fact) if as_of is None else fact_as_of(session, fact, as_of)
    when = claim_time()
    stmt = (
        select(
            Figure.id.label("figure_id"),
            Figure.value,
            Figure.approx,
            Figure.negated,
            Figure.rank,
            Figure.rank_reason,
            Figure.raw_text,
            Claim.id.label("claim_id"),
            Claim.text.label("claim_text"),
            Claim.attribution,
            when.label("stated_at"),
            Claim.recorded_at,
            Claimant.name.label("claimant_name"),
            Article.author,
            Article.id.label("article_id"),
            Article.url.label("article_url"),
            Article.published_at,
            Source.name.label("source"),
        )
        .join(Claim, Claim.id == Figure.claim_id)
        .join(Article, Article.id == Claim.article_id)
        .outerjoin(Source, Source.id == Article.source_id)
        .outerjoin(Claimant, Claimant.id == Claim.claimant_id)
        .where(Figure.fact_id == fact_id)
        .order_by(when, Claim.id, Figure.span_start)
    )
    if as_of is not None:
        stmt = stmt.where(Claim.recorded_at <= as_of)
    timeline = []
    for r in session.execute(stmt):
        row = dict(r._mapping)
        author = row.pop("author")
        name = row.pop("claimant_name")
        row["claimant"] = name or (
            (author or row["source"]) if row["attribution"] == "author" else None
        )
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
        row["value"] = row.pop("value_text")
    return {**header, "timeline": timeline}


def _relations_by_newer_figure(
    session: Session, figure_ids: Sequence[int], as_of: dt.datetime | None
) -> dict[int, list[Row]]:
    if not figure_ids:
        return {}
    older_figure = aliased(Figure)
    older_claim = aliased(Claim)
    older_article = aliased(Article)
    older_source = aliased(Source)
    stmt = (
        select(
            Relation.id,
            Relation.kind,
            Relation.status,
            Relation.score,
            Relation.newer_figure_id,
            Relation.older_claim_id,
            older_figure.value.label("older_value"),
            older_figure.approx.label("older_approx"),
            older_source.name.label("older_source"),
        )
        .join(older_figure, older_figure.id == Relation.older_figure_id)
        .join(older_claim, older_claim.id == Relation.older_claim_id)
        .join(older_article, older_article.id == older_claim.article_id)
        .outerjoin(older_source, older_source.id == older_article.source_id)
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
    newer_claim = aliased(Claim)
    older_claim = aliased(Claim)
    newer_article = aliased(Article)
    older_article = aliased(Article)
    newer_source = aliased(Source)
    older_source = aliased(Source)
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
            Relation.created_at,
            Relation.matcher_version,
            Relation.components,
            newer_figure.value.label("newer_value"),
            newer_figure.approx.label("newer_approx"),
            newer_figure.unit.label("unit"),
            older_figure.value.label("older_value"),
            older_figure.approx.label("older_approx"),
            newer_source.name.label("newer_source"),
            older_source.name.label("older_source"),
            newer_claim.text.label("newer_text"),
            older_claim.text.label("older_text"),
            claim_time(newer_claim, newer_article).label("newer_stated_at"),
            claim_time(older_claim, older_article).label("older_stated_at"),
        )
        .join(newer_claim, newer_claim.id == Relation.newer_claim_id)
        .join(older_claim, older_claim.id == Relation.older_claim_id)
        .join(newer_article, newer_article.id == newer_claim.article_id)
        .join(older_article, older_article.id == older_claim.article_id)
        .outerjoin(newer_source, newer_source.id == newer_article.source_id)
        .outerjoin(older_source, older_source.id == older_article.source_id)
        .outerjoin(newer_figure, newer_figure.id == Relation.newer_figure_id)
        .outerjoin(older_figure, older_figure.id == Relation.older_figure_id)
        .order_by(Relation.id)
    )
    return stmt, newer_claim, newer_article


def list_relations(session: Session, flt: RelationFilter) -> list[Row]:
    stmt, newer_claim, newer_article = _relation_select()
    if flt.kind:
        stmt = stmt.where(Relation.kind == flt.kind)
    if flt.fact_id is not None:
        stmt = stmt.where(Relation.fact_id == flt.fact_id)
    if flt.claim_id is not None:
        stmt = stmt.where(
            or_(Relation.newer_claim_id == flt.claim_id, Relation.older_claim_id == flt.claim_id)
        )
    stmt = stmt.where(Relation.alive(flt.as_of))
    when = claim_time(newer_claim, newer_article)
    if flt.stated_after:
        stmt = stmt.where(when >= flt.stated_after)
    if flt.stated_before:
        stmt = stmt.where(when < flt.stated_before)
    if flt.status and flt.as_of is None:
        stmt = stmt.where(Relation.status == flt.status)
    if flt.limit and not (flt.status and flt.as_of is not None):
        stmt = stmt.limit(flt.limit)
    rows = [_relation_row(r._mapping) for r in session.execute(stmt)]
    statuses = statuses_as_of(session, rows, flt.as_of)
    for row in rows:
        row["status"] = statuses[row["id"]]
    if flt.status and flt.as_of is not None:
        rows = [r for r in rows if r["status"] == flt.status][: flt.limit or None]
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
    stmt, _, _ = _relation_select()
    row = session.execute(stmt.where(Relation.id == relation_id)).first()
    if row is None:
        raise NotFound(f"no relation with id {relation_id}: see `tracker relations`")
    detail = _relation_row(row._mapping)
    fact = session.get(Fact, detail["fact_id"]) if detail["fact_id"] else None
    detail["fact_label"] = fact.label if fact else None
    detail["decisions"] = [
        {"at": d.created_at, "actor": d.actor, "action": d.action, "note": d.note}
        for d in session.scalars(
            select(Decision).where(Decision.relation_id == relation_id).order_by(Decision.id)
        )
    ]
    return detail


def list_contradictions(session: Session, flt: RelationFilter) -> list[Row]:
    rows = list_relations(
        session,
        RelationFilter(
            kind="contradiction",
            fact_id=flt.fact_id,
            as_of=flt.as_of,
            stated_after=flt.stated_after,
            stated_before=flt.stated_before,
            limit=0,
        ),
    )
    facts = {
        f.id: f.label
        for f in session.scalars(
            select(Fact).where(Fact.id.in_({r["fact_id"] for r in rows if r["fact_id"]}))
        )
    }
    out = []
    for row in rows:
        if row["status"] == "rejected" or (flt.status and row["status"] != flt.status):
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
            }
        )
    return out[: flt.limit or None]
