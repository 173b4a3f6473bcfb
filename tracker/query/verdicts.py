"""Verdicts on claims: the read side (``show claim``, ``match``, exports)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from tracker.db.models import Verdict

Row = dict[str, Any]

CHUNK = 500


def verdicts_by_claim(session: Session, claim_ids: Iterable[int]) -> dict[int, list[Row]]:
    """Each claim's verdicts, newest first: recorded last, then reviewed last; each
    row has ``latest``: the reviewer's current verdict on the claim (as the view
    ``claim_verdicts`` says)."""
    wanted = sorted(set(claim_ids))
    found: dict[int, list[Row]] = defaultdict(list)
    for start in range(0, len(wanted), CHUNK):
        stmt = select(Verdict).where(Verdict.claim_id.in_(wanted[start : start + CHUNK]))
        for verdict in session.scalars(stmt):
            found[verdict.claim_id].append(
                {c.name: getattr(verdict, c.name) for c in Verdict.__table__.columns}
            )
    for rows in found.values():
        rows.sort(key=_newest_first)
        seen: set[str | None] = set()
        for row in rows:
            row["latest"] = row["reviewer"] not in seen
            seen.add(row["reviewer"])
    return dict(found)


def _newest_first(row: Row) -> tuple[float, bool, float, int]:
    reviewed = row["reviewed_at"]
    return (
        -row["recorded_at"].timestamp(),
        reviewed is None,
        -reviewed.timestamp() if reviewed is not None else 0.0,
        -row["id"],
    )


def describe(verdict: Row) -> str:
    """One line for people: ``Falsch (1/5), Faktencheck Lindenau, 2025-06-19``."""
    rating = verdict["rating"]
    value = verdict["rating_value"]
    scale = ""
    if value is not None:
        scale = f"{value:g}" + (f"/{verdict['best_rating']:g}" if verdict["best_rating"] else "")
    text = f"{rating} ({scale})" if rating and scale else (rating or scale or "rated")
    parts = [text, verdict["reviewer"]]
    if verdict["reviewed_at"] is not None:
        parts.append(verdict["reviewed_at"].strftime("%Y-%m-%d"))
    return ", ".join(p for p in parts if p)
