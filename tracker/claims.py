"""Storing claims: drafts from the extractor become claim and figure rows.

Runs inside the article's transaction (an ingest hook). Rows are written with Core
``insert`` in bulk, not through the ORM, because this is the ingest hot path.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from tracker.claimants import ClaimantDirectory
from tracker.db.base import utcnow
from tracker.db.models import Article, Claim, Figure, Source
from tracker.extract import names
from tracker.extract.pipeline import (
    EXTRACTOR_VERSION,
    ClaimDraft,
    claim_from_record,
    extract_claims,
)
from tracker.readers import ArticleRecord


def extract_and_store(session: Session, article: Article, record: ArticleRecord) -> list[int]:
    """The ingest hook: extract the article's claims and store them; returns claim ids.

    A record of a claim collection (``ingest --as-claims``) is one claim, verbatim.
    """
    if record.as_claim:
        drafts = [
            claim_from_record(
                article.text,
                article.language,
                claimant=record.claimant,
                published_at=article_time(article),
                external_id=record.external_id,
            )
        ]
    else:
        drafts = extract_claims(
            article.text,
            article.language,
            title=article.title,
            published_at=article_time(article),
        )
    return store_claims(session, article, drafts)


def article_time(article: Article) -> dt.datetime | None:
    """When the article speaks: published, else retrieved (feeds without a date)."""
    return article.published_at or article.retrieved_at


def store_claims(session: Session, article: Article, drafts: list[ClaimDraft]) -> list[int]:
    if not drafts:
        return []
    directory = ClaimantDirectory(session)
    title_words = _title_names(article.title)
    claimant_ids: dict[tuple[str, str], int] = {}
    via_ids: dict[str, int] = {}
    now = utcnow()
    claim_rows = []
    for draft in drafts:
        attribution = draft.attribution
        claimant_id = None
        if attribution.claimant:
            key = (attribution.claimant, attribution.claimant_kind)
            if key not in claimant_ids:
                aliases = tuple(
                    word for word in title_words if names.same_claimant(word, attribution.claimant)
                )
                claimant_ids[key] = directory.resolve(
                    attribution.claimant, attribution.claimant_kind, aliases
                )
            claimant_id = claimant_ids[key]
        via_source_id = None
        if attribution.via:
            if attribution.via not in via_ids:
                via_ids[attribution.via] = _source_id(session, attribution.via)
            via_source_id = via_ids[attribution.via]
        sentence = draft.sentence
        claim_rows.append(
            {
                "article_id": article.id,
                "sentence_index": sentence.index,
                "paragraph_index": sentence.paragraph,
                "span_start": sentence.start,
                "span_end": sentence.end,
                "text": sentence.text,
                "language": article.language,
                "claimant_id": claimant_id,
                "claimant_text": attribution.claimant,
                "attribution": attribution.attribution,
                "attribution_cue": attribution.attribution_cue,
                "via_text": attribution.via,
                "via_source_id": via_source_id,
                "has_quote": attribution.has_quote,
                "negated": draft.negated,
                "stated_at": draft.stated_at,
                "recorded_at": now,
                "extractor_version": EXTRACTOR_VERSION,
                "external_id": draft.external_id,
            }
        )
    claim_ids = list(
        session.scalars(insert(Claim).returning(Claim.id, sort_by_parameter_order=True), claim_rows)
    )
    figure_rows = [
        {
            "claim_id": claim_id,
            "value": figure.value,
            "unit": figure.unit,
            "unit_text": figure.unit_text,
            "approx": figure.approx,
            "raw_text": figure.raw_text[:300],
            "span_start": figure.start,
            "span_end": figure.end,
            "negated": figure.negated,
            "previous": index in draft.previous,
        }
        for claim_id, draft in zip(claim_ids, drafts, strict=True)
        for index, figure in enumerate(draft.figures)
    ]
    if figure_rows:
        session.execute(insert(Figure), figure_rows)
    return claim_ids


def _title_names(title: str | None) -> list[str]:
    """Capitalised words of a title: candidates for name spellings ("Selensky")."""
    if not title:
        return []
    words = [w.strip("\"'„“”»«:,.!?()") for w in title.split()]
    return [w for w in words if len(w) > 2 and w[:1].isupper()]


def _source_id(session: Session, name: str) -> int:
    source_id = session.scalar(select(Source.id).where(Source.name == name))
    if source_id is None:
        source = Source(name=name)
        session.add(source)
        session.flush()
        source_id = source.id
    return source_id
