"""The review queue: suggested relations with everything a person needs to decide
them without looking anything else up: both sentences, where the figure stands in
each, who said it, where and when, and the match explanation."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from tracker.db.models import Fact, Figure
from tracker.query.claims import provenance_by_claim
from tracker.query.facts import RelationFilter, list_relations
from tracker.query.rows import Rows

Row = dict[str, Any]


def review_queue(session: Session, *, limit: int = 0, sort: str = "newest") -> Rows:
    """Suggested relations (newest first unless ``sort`` says otherwise), each with
    ``newer`` and ``older`` sides: claim id, text, the figure's span in the text,
    value, claimant, source and stated time; plus the fact label and explanation."""
    rows = list_relations(session, RelationFilter(status="suggested", limit=limit, sort=sort))
    claim_ids = {r[f"{side}_claim_id"] for r in rows for side in ("newer", "older")}
    claims = _claims(session, claim_ids)
    figure_ids = {
        r[f"{side}_figure_id"]
        for r in rows
        for side in ("newer", "older")
        if r.get(f"{side}_figure_id") is not None
    }
    figures = {f.id: f for f in session.scalars(select(Figure).where(Figure.id.in_(figure_ids)))}
    fact_ids = {r["fact_id"] for r in rows if r["fact_id"]}
    labels = dict(session.execute(select(Fact.id, Fact.label).where(Fact.id.in_(fact_ids))).all())
    out = Rows(total=rows.total)
    for row in rows:
        entry = {
            "relation_id": row["id"],
            "kind": row["kind"],
            "status": row["status"],
            "score": row["score"],
            "fact_id": row["fact_id"],
            "fact_label": labels.get(row["fact_id"]),
            "unit": row["unit"],
            "matcher_version": row["matcher_version"],
            "explanation": row["components"],
        }
        for side in ("newer", "older"):
            claim = claims[row[f"{side}_claim_id"]]
            figure = figures.get(row.get(f"{side}_figure_id") or 0)
            span = None
            if figure is not None:
                span = [
                    figure.span_start - claim["span_start"],
                    figure.span_end - claim["span_start"],
                ]
            entry[side] = {
                "claim_id": claim["id"],
                "text": claim["text"],
                "figure_span": span,
                "figure_text": figure.raw_text if figure is not None else None,
                "value": row[f"{side}_value"],
                "approx": row[f"{side}_approx"],
                "claimant": claim["claimant"],
                "source": claim["source"],
                "stated_at": row[f"{side}_stated_at"],
            }
        out.append(entry)
    return out


def _claims(session: Session, claim_ids: set[int]) -> dict[int, Row]:
    return {
        claim_id: {
            "id": claim_id,
            "text": row["claim_text"],
            "span_start": row["span_start"],
            "claimant": row["claimant"],
            "source": row["source_name"],
        }
        for claim_id, row in provenance_by_claim(session, claim_ids).items()
    }
