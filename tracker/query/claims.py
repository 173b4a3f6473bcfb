"""Claims: listing with filters, and one claim's full provenance chain."""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session

from tracker.db import views
from tracker.db.models import (
    Article,
    Claim,
    Claimant,
    ClaimantAlias,
    Fact,
    FactMembership,
    Figure,
    IngestRun,
    Source,
)
from tracker.errors import NotFound
from tracker.lexicon import fold_name
from tracker.query.rows import Rows
from tracker.query.verdicts import verdicts_by_claim

Row = dict[str, Any]
CHUNK = 500

CLAIM_COLUMNS = ["id", "stated_at", "source", "claimant", "via", "figures", "text"]


@dataclass(frozen=True)
class ClaimFilter:
    article_id: int | None = None
    source: str | None = None
    claimant: str | None = None
    language: str | None = None
    stated_after: dt.datetime | None = None
    stated_before: dt.datetime | None = None
    text: str | None = None
    fact_id: int | None = None
    has_figures: bool = False
    as_of: dt.datetime | None = None
    limit: int = 100
    sort: str = "newest"  # newest | oldest (stated time) | recorded (newest recorded first)


CLAIM_SORTS = ("newest", "oldest", "recorded")


def _base() -> Select[Any]:
    cp = views.claim_provenance.c
    return select(
        cp.claim_id.label("id"),
        cp.claimed_at.label("stated_at"),
        cp.source_name.label("source"),
        cp.attribution,
        cp.via,
        cp.negated,
        cp.language,
        cp.article_id,
        cp.article_title,
        cp.article_url,
        cp.recorded_at,
        cp.span_start,
        cp.span_end,
        cp.claim_text.label("text"),
        cp.claimant,
    )


def list_claims(session: Session, flt: ClaimFilter) -> Rows:
    """Claims that pass the filter, newest first unless ``flt.sort`` says otherwise;
    ``total`` of the result counts them all, however many ``flt.limit`` keeps."""
    cp = views.claim_provenance.c
    when = cp.claimed_at
    order = {
        "newest": (when.desc(), cp.claim_id.desc()),
        "oldest": (when, cp.claim_id),
        "recorded": (cp.recorded_at.desc(), cp.claim_id.desc()),
    }[flt.sort]
    stmt = _base().order_by(*order)
    if flt.article_id is not None:
        stmt = stmt.where(cp.article_id == flt.article_id)
    if flt.source:
        stmt = stmt.where(func.lower(cp.source_name) == flt.source.lower())
    if flt.claimant:
        key = f"%{fold_name(flt.claimant)}%"
        matching = select(ClaimantAlias.claimant_id).where(ClaimantAlias.key.like(key))
        stmt = stmt.where(
            or_(
                cp.claimant_id.in_(matching),
                func.lower(cp.claimant_text).like(f"%{flt.claimant.lower()}%"),
            )
        )
    if flt.language:
        stmt = stmt.where(cp.language == flt.language.lower())
    if flt.stated_after:
        stmt = stmt.where(when >= flt.stated_after)
    if flt.stated_before:
        stmt = stmt.where(when < flt.stated_before)
    if flt.text:
        stmt = stmt.where(func.lower(cp.claim_text).like(f"%{flt.text.lower()}%"))
    if flt.fact_id is not None:
        members = select(Figure.claim_id)
        if flt.as_of is None:
            members = members.where(Figure.fact_id == flt.fact_id)
        else:  # the fact's figures then (memberships are history)
            members = members.join(FactMembership, FactMembership.figure_id == Figure.id).where(
                FactMembership.fact_id == flt.fact_id, FactMembership.alive(flt.as_of)
            )
        stmt = stmt.where(cp.claim_id.in_(members))
    if flt.has_figures:
        stmt = stmt.where(cp.claim_id.in_(select(Figure.claim_id)))
    if flt.as_of is not None:
        stmt = stmt.where(cp.recorded_at <= flt.as_of)
    total = None
    if flt.limit:
        total = count_rows(session, stmt)
        stmt = stmt.limit(flt.limit)
    rows = Rows((dict(r._mapping) for r in session.execute(stmt)), total)
    figures = figures_by_claim(session, [r["id"] for r in rows], flt.as_of)
    for row in rows:
        row["figures"] = [_figure_text(f) for f in figures.get(row["id"], [])]
        row["fact_ids"] = sorted({f["fact_id"] for f in figures.get(row["id"], []) if f["fact_id"]})
    return rows


def count_rows(session: Session, stmt: Any) -> int:
    """How many rows ``stmt`` gives without a limit."""
    counted = select(func.count()).select_from(stmt.order_by(None).limit(None).subquery())
    return int(session.scalar(counted) or 0)


def provenance_by_claim(session: Session, claim_ids: Iterable[int]) -> dict[int, Row]:
    """Each claim's row of the view ``claim_provenance`` (claimant, source, claimed_at,
    ...), by claim id."""
    cp = views.claim_provenance
    found: dict[int, Row] = {}
    wanted = sorted(set(claim_ids))
    for start in range(0, len(wanted), CHUNK):
        stmt = select(cp).where(cp.c.claim_id.in_(wanted[start : start + CHUNK]))
        found.update((r.claim_id, dict(r._mapping)) for r in session.execute(stmt))
    return found


def figures_by_claim(
    session: Session, claim_ids: Sequence[int], as_of: dt.datetime | None = None
) -> dict[int, list[Row]]:
    """The claims' figures in text order; ``as_of``: with the fact each was in then."""
    if not claim_ids:
        return {}
    cf = views.claim_figures.c
    found: dict[int, list[Row]] = defaultdict(list)
    stmt = (
        select(
            cf.figure_id.label("id"),
            cf.claim_id,
            cf.value,
            cf.unit,
            cf.approx,
            cf.raw_text,
            cf.negated,
            cf.fact_id,
            cf.rank,
            cf.span_start,
            cf.span_end,
        )
        .where(cf.claim_id.in_(list(claim_ids)))
        .order_by(cf.span_start)
    )
    for r in session.execute(stmt):
        found[r.claim_id].append(dict(r._mapping))
    if as_of is not None:
        figure_ids = [f["id"] for figures in found.values() for f in figures]
        then: dict[int, int] = {}
        for start in range(0, len(figure_ids), CHUNK):
            chunk = figure_ids[start : start + CHUNK]
            then.update(
                (r.figure_id, r.fact_id)
                for r in session.execute(
                    select(FactMembership.figure_id, FactMembership.fact_id).where(
                        FactMembership.figure_id.in_(chunk), FactMembership.alive(as_of)
                    )
                )
            )
        for figures in found.values():
            for figure in figures:
                figure["fact_id"] = then.get(figure["id"])
    return found


APPROX_WORDS = {
    "about": "about",
    "more_than": "more than",
    "less_than": "less than",
    "at_least": "at least",
    "at_most": "at most",
}


def format_value(value: float | None, unit: str | None = None, approx: str | None = None) -> str:
    """ "about 1,200 person", "more than 10,000 person", "48,000,000 USD"."""
    if value is None:
        return ""
    number = f"{int(value):,}" if float(value).is_integer() else f"{value:,.6g}"
    parts = [APPROX_WORDS.get(approx or "", ""), number, unit or ""]
    return " ".join(p for p in parts if p)


def _figure_text(figure: Row) -> str:
    text = format_value(figure["value"], figure["unit"], figure["approx"])
    return f"rejected: {text}" if figure["negated"] else text


def claim_detail(session: Session, claim_id: int) -> Row:
    """The provenance chain of a claim: claimant -> via -> article -> source, with the
    sentence in its paragraph, its figures, their facts, fact-checkers' verdicts on
    it and the claim's relations."""
    claim = session.get(Claim, claim_id)
    if claim is None:
        raise NotFound(f"no claim with id {claim_id}: see `tracker claims`")
    provenance = provenance_by_claim(session, [claim_id])[claim_id]
    article = session.get(Article, claim.article_id)
    assert article is not None
    source = session.get(Source, article.source_id) if article.source_id else None
    claimant = session.get(Claimant, claim.claimant_id) if claim.claimant_id else None
    via = session.get(Source, claim.via_source_id) if claim.via_source_id else None
    run = session.get(IngestRun, article.ingest_run_id) if article.ingest_run_id else None
    aliases = (
        sorted(
            set(
                session.scalars(
                    select(ClaimantAlias.alias).where(ClaimantAlias.claimant_id == claimant.id)
                )
            )
        )
        if claimant
        else []
    )
    # a headline claim (sentence index -1) has its span in the title
    context = article.title or "" if claim.sentence_index < 0 else article.text
    start, end = paragraph_bounds(context, claim.span_start, claim.span_end)
    figures = figures_by_claim(session, [claim.id]).get(claim.id, [])
    fact_ids = sorted({f["fact_id"] for f in figures if f["fact_id"]})
    facts = (
        {f.id: f for f in session.scalars(select(Fact).where(Fact.id.in_(fact_ids)))}
        if fact_ids
        else {}
    )
    for figure in figures:
        fact = facts.get(figure["fact_id"])
        figure["text"] = _figure_text(figure)
        figure["fact_label"] = fact.label if fact else None
    versions = (
        session.scalar(select(func.count()).select_from(Article).where(Article.url == article.url))
        if article.url
        else 1
    )
    return {
        "id": claim.id,
        "text": claim.text,
        "language": claim.language,
        "attribution": claim.attribution,
        "attribution_cue": claim.attribution_cue,
        "negated": claim.negated,
        "stated_at": provenance["claimed_at"],
        "recorded_at": claim.recorded_at,
        "extractor_version": claim.extractor_version,
        "matcher_version": claim.matcher_version,
        "key_text": claim.key_text,
        "claimant": (
            {
                "id": claimant.id,
                "name": claimant.name,
                "kind": claimant.kind,
                "aliases": aliases,
                "as_written": claim.claimant_text,
            }
            if claimant
            else None
        ),
        "claimant_label": provenance["claimant"],
        "via": {"name": claim.via_text, "source_id": via.id if via else None}
        if claim.via_text
        else None,
        "article": {
            "id": article.id,
            "title": article.title,
            "url": article.url,
            "author": article.author,
            "published_at": article.published_at,
            "version": article.version,
            "versions": versions,
            "origin": article.origin,
            "recorded_at": article.recorded_at,
            "ingest_run": run.id if run else None,
            "syndicated_from_id": article.syndicated_from_id,
        },
        "source": {"id": source.id, "name": source.name, "url": source.url} if source else None,
        "span": [claim.span_start, claim.span_end],
        "paragraph": context[start:end],
        "sentence_in_paragraph": [claim.span_start - start, claim.span_end - start],
        "figures": figures,
        "facts": [
            {"id": f.id, "label": f.label, "unit": f.unit, "current_value": f.current_value}
            for f in facts.values()
        ],
        "verdicts": verdicts_by_claim(session, [claim.id]).get(claim.id, []),
        "relations": claim_relations(session, claim.id),
    }


def paragraph_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    left = text.rfind("\n", 0, start) + 1
    right = text.find("\n", end)
    return left, len(text) if right == -1 else right


def claim_relations(session: Session, claim_id: int) -> list[Row]:
    """Relations in force from and to a claim, each with the other side and its
    explanation."""
    cr = views.claim_relations.c
    other = views.claim_provenance.alias("other")
    rows = []
    for direction, mine, theirs in (
        ("to older", cr.newer_claim_id, cr.older_claim_id),
        ("from newer", cr.older_claim_id, cr.newer_claim_id),
    ):
        stmt = (
            select(
                cr.relation_id.label("id"),
                cr.kind,
                cr.status,
                cr.score,
                cr.independent,
                cr.components,
                cr.fact_id,
                theirs.label("other_claim_id"),
                other.c.claim_text.label("other_text"),
                other.c.source_name.label("other_source"),
            )
            .join(other, other.c.claim_id == theirs)
            .where(mine == claim_id)
            .order_by(cr.relation_id)
        )
        for r in session.execute(stmt):
            row = dict(r._mapping)
            row["direction"] = direction
            row["components"] = json.loads(row["components"] or "{}")
            rows.append(row)
    return rows
