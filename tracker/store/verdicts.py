"""Storing verdicts: a fact-checker's rating of a claim, kept next to the claim.

Verdicts arrive on the records the readers produce (ClaimReview, a claim
collection's rating columns) and are stored in the article's transaction, after
its claim. They are only ever added: reading the same verdict again changes
nothing, a changed rating of the same claim is a new row (the view
``claim_verdicts`` marks each reviewer's latest).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from tracker.db.base import to_utc, utcnow
from tracker.db.models import Article, Claim, Verdict
from tracker.readers import ArticleRecord, VerdictRecord

VERDICT_FIELDS = (
    "rating",
    "rating_value",
    "best_rating",
    "worst_rating",
    "reviewer",
    "reviewer_url",
    "review_url",
    "review_title",
    "language",
    "appearance_url",
    "reviewed_at",
)


def store_record_verdicts(session: Session, article: Article, record: ArticleRecord) -> None:
    """The ingest hook: a claim record's verdicts, on the claim made from it."""
    if record.verdicts:
        add_verdicts(session, article.id, record.verdicts, new_claim=True)


def add_verdicts(
    session: Session,
    article_id: int,
    verdicts: Sequence[VerdictRecord],
    *,
    new_claim: bool = False,
) -> int:
    """Add to the claim of a claim record (one claim per article) the verdicts it
    does not have yet (a claim stored just now has none); returns how many were added."""
    claim_id = session.scalar(select(func.min(Claim.id)).where(Claim.article_id == article_id))
    if claim_id is None:
        return 0
    known = set()
    if not new_claim:
        known = {
            verdict_key(row._mapping)
            for row in session.execute(
                select(*(getattr(Verdict, name) for name in VERDICT_FIELDS)).where(
                    Verdict.claim_id == claim_id
                )
            )
        }
    rows = new_verdict_rows(claim_id, verdicts, known, utcnow())
    if rows:
        session.execute(insert(Verdict), rows)
    return len(rows)


def verdict_key(values: Mapping[Any, Any]) -> tuple[Any, ...]:
    """What makes a verdict the same one: everything the reviewer said, times in UTC."""
    reviewed = values.get("reviewed_at")
    return (
        *(values.get(name) for name in VERDICT_FIELDS if name != "reviewed_at"),
        to_utc(reviewed) if reviewed is not None else None,
    )


def add_verdicts_bulk(
    session: Session, claims: Sequence[tuple[int, Sequence[VerdictRecord]]]
) -> int:
    """:func:`add_verdicts` for many known claims (``(claim id, verdicts)``): the
    verdicts they have read in one query per 500 claims, the new ones added in one
    insert; returns how many were added."""
    ids = sorted({claim_id for claim_id, _ in claims})
    known: dict[int, set[tuple[Any, ...]]] = {claim_id: set() for claim_id in ids}
    for start in range(0, len(ids), 500):
        for row in session.execute(
            select(Verdict.claim_id, *(getattr(Verdict, name) for name in VERDICT_FIELDS)).where(
                Verdict.claim_id.in_(ids[start : start + 500])
            )
        ):
            known[row.claim_id].add(verdict_key(row._mapping))
    now = utcnow()
    rows = [
        row
        for claim_id, verdicts in claims
        for row in new_verdict_rows(claim_id, verdicts, known[claim_id], now)
    ]
    if rows:
        session.execute(insert(Verdict), rows)
    return len(rows)


def new_verdict_rows(
    claim_id: int,
    verdicts: Sequence[VerdictRecord],
    known: set[tuple[Any, ...]],
    now: dt.datetime,
) -> list[dict[str, Any]]:
    """Rows of ``verdicts`` for the claim, leaving out those in ``known`` (the claim's
    stored verdicts, by :func:`verdict_key`) and repeats; ``known`` grows with them."""
    rows = []
    for verdict in verdicts:
        values = {name: getattr(verdict, name) for name in VERDICT_FIELDS}
        key = verdict_key(values)
        if key in known:
            continue
        known.add(key)
        rows.append({**values, "claim_id": claim_id, "recorded_at": now})
    return rows
