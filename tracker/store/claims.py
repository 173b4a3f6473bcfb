"""Storing claims: drafts from the extractor become claim and figure rows.

Extraction (:func:`extract_drafts`) is pure and runs before the article's write
transaction; storing (:func:`store_claims`) runs inside it. Rows are written with
Core ``insert`` in bulk, not through the ORM, because this is the ingest hot path.

Extraction is bounded so that one article cannot take unbounded time: claims come
from the first :data:`MAX_EXTRACT_CHARS` characters of a text, and at most
:data:`MAX_CLAIMS_PER_ARTICLE` are kept (each is matched against the others of its
article); the text itself is always stored whole. An article beyond either bound
gets a warning.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, insert
from sqlalchemy.orm import Session

from tracker.db.base import utcnow
from tracker.db.models import Article, Claim, Figure
from tracker.extract import names
from tracker.extract.pipeline import (
    EXTRACTOR_VERSION,
    ClaimDraft,
    claim_from_record,
    extract_claims,
)
from tracker.normalise import FigureSlot
from tracker.readers import ArticleRecord
from tracker.store.claim_views import (
    Surroundings,
    key_inputs,
    remember_surroundings,
    surroundings,
)
from tracker.store.claimants import ClaimantDirectory
from tracker.store.ingest import source_id_for

MAX_EXTRACT_CHARS = 100_000  # three times the longest real article measured (32,600)
MAX_CLAIMS_PER_ARTICLE = 500
_CUT = re.compile(r"(?:\n|[.!?\u2026][\"\u201c\u201d\u00bb\u00ab')\]]*\s)")


@dataclass
class Extraction:
    """The claims of one record, extracted before its write transaction, and what
    matching reads of them that needs no database (an article's, not a collection's)."""

    drafts: list[ClaimDraft]
    warnings: list[str] = field(default_factory=list)
    surroundings: Surroundings | None = None


def extract_drafts(
    record: ArticleRecord,
    language: str,
    *,
    max_chars: int = MAX_EXTRACT_CHARS,
    max_claims: int = MAX_CLAIMS_PER_ARTICLE,
) -> Extraction:
    """The claims of a record, without the database. A record of a claim collection
    (``ingest --as-claims``) is one claim, verbatim."""
    published = record.published_at or record.retrieved_at
    if record.as_claim:
        draft = claim_from_record(
            record.text,
            language,
            claimant=record.claimant,
            claimant_kind=record.claimant_kind,
            published_at=published,
            external_id=record.external_id,
        )
        return Extraction([draft])
    warnings = []
    text = record.text
    if len(text) > max_chars:
        text = text[: _cut_point(text, max_chars)]
        warnings.append(
            f"{record.origin}: text of {len(record.text):,} characters: claims are "
            f"extracted from the first {len(text):,} only"
        )
    drafts = extract_claims(text, language, title=record.title, published_at=published)
    if len(drafts) > max_claims:
        warnings.append(
            f"{record.origin}: {len(drafts):,} claims in one article: the first "
            f"{max_claims:,} are kept"
        )
        drafts = drafts[:max_claims]
    return Extraction(drafts, warnings)


def _cut_point(text: str, limit: int) -> int:
    """Where to cut a long text: after the last line or sentence end before ``limit``."""
    best = 0
    for m in _CUT.finditer(text, max(0, limit - 2_000), limit):
        best = m.end()
    return best or limit


class ClaimExtraction:
    """The ingest hook for claims: ``prepare`` extracts (before the transaction),
    ``store`` writes the rows (inside it). Called as a plain hook, it does both."""

    def prepare(self, record: ArticleRecord, language: str) -> Extraction:
        extraction = extract_drafts(record, language)
        if not record.as_claim and extraction.drafts:
            spans = [(d.sentence.start, d.sentence.end, d.sentence.text) for d in extraction.drafts]
            keys = [_key_inputs(record, language, d) for d in extraction.drafts]
            extraction.surroundings = surroundings(record.title, record.text, language, spans, keys)
        return extraction

    def store(
        self, session: Session, article: Article, record: ArticleRecord, prepared: Extraction
    ) -> list[int]:
        ids = store_claims(session, article, prepared.drafts)
        if prepared.surroundings is not None:
            remember_surroundings(session, article.id, prepared.surroundings)
        return ids

    def __call__(self, session: Session, article: Article, record: ArticleRecord) -> list[int]:
        return self.store(session, article, record, self.prepare(record, article.language))


def _key_inputs(record: ArticleRecord, language: str, draft: ClaimDraft) -> tuple[Any, ...]:
    """The :func:`~tracker.store.claim_views.key_inputs` of a claim as it will be stored
    (its figures as their rows keep them, by position; the claimant's kind as extracted,
    which the stored claimant may not share: the write checks)."""
    sentence, attribution = draft.sentence, draft.attribution
    slots = [
        FigureSlot(
            f.start - sentence.start,
            f.end - sentence.start,
            fit_column(f.unit, 100),
            float(f.value),  # as the column gives it back
            fit_column(f.unit_text, 100),
        )
        for f in sorted(draft.figures, key=lambda f: f.start)
    ]
    title = (record.title or "").strip()
    whole = (
        bool(title)
        and sentence.start == 0
        and sentence.end >= len(record.text.rstrip())
        and title != record.text.strip()
    )
    return key_inputs(
        sentence.text,
        language,
        slots,
        fit_column(attribution.claimant, 300),
        attribution.claimant_kind,
        fit_column(attribution.via, 300),
        record.title if whole else None,
    )


def extract_and_store(session: Session, article: Article, record: ArticleRecord) -> list[int]:
    """A plain ingest hook: extract the article's claims and store them; claim ids."""
    return ClaimExtraction()(session, article, record)


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
        via = fit_column(attribution.via, 300)
        if via:
            if via not in via_ids:
                via_ids[via] = source_id_for(session, via)
            via_source_id = via_ids[via]
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
                "claimant_text": fit_column(attribution.claimant, 300),
                "attribution": attribution.attribution,
                "attribution_cue": fit_column(attribution.attribution_cue, 100),
                "via_text": via,
                "via_source_id": via_source_id,
                "has_quote": attribution.has_quote,
                "negated": draft.negated,
                "stated_at": draft.stated_at,
                "recorded_at": now,
                "extractor_version": EXTRACTOR_VERSION,
                "external_id": draft.external_id,
            }
        )
    # Core inserts (every row has every key: one statement each, not one per set of
    # keys given; no column left out has a default, so the rows are the same)
    session.flush()
    conn = session.connection()
    claim_ids = _inserted_ids(conn, claim_rows)
    figure_rows = claim_figure_rows(claim_ids, drafts)
    if figure_rows:
        conn.execute(_INSERT_FIGURES, figure_rows)
    return claim_ids


def _inserted_ids(conn: Connection, rows: list[dict[str, Any]]) -> list[int]:
    """Insert claim rows in one multi-row statement; their ids in the rows' order (by
    article and span; one row at a time when two share them: an ordered RETURNING)."""
    keys = [(row["article_id"], row["span_start"]) for row in rows]
    if len(set(keys)) < len(keys):
        return list(conn.execute(_INSERT_CLAIMS_IN_ORDER, rows).scalars())
    ids = {(a, s): i for i, a, s in conn.execute(_INSERT_CLAIMS, rows)}
    return [ids[k] for k in keys]


_TABLE = Claim.__table__
_INSERT_CLAIMS = insert(_TABLE).returning(  # type: ignore[arg-type]
    _TABLE.c.id, _TABLE.c.article_id, _TABLE.c.span_start
)
_INSERT_CLAIMS_IN_ORDER = insert(_TABLE).returning(  # type: ignore[arg-type]
    _TABLE.c.id, sort_by_parameter_order=True
)
_INSERT_FIGURES = insert(Figure.__table__)  # type: ignore[arg-type]


def _title_names(title: str | None) -> list[str]:
    """Capitalised words of a title: candidates for name spellings ("Selensky")."""
    if not title:
        return []
    words = [w.strip("\"'„“”»«:,.!?()") for w in title.split()]
    return [w for w in words if len(w) > 2 and w[:1].isupper()]


def claim_figure_rows(
    claim_ids: Sequence[int], drafts: Sequence[ClaimDraft]
) -> list[dict[str, Any]]:
    """The ``figures`` rows of stored claims (ids in the order of their drafts)."""
    return [
        {
            "claim_id": claim_id,
            "value": figure.value,
            "unit": fit_column(figure.unit, 100),
            "unit_text": fit_column(figure.unit_text, 100),
            "approx": fit_column(figure.approx, 20),
            "raw_text": figure.raw_text[:300],
            "span_start": figure.start,
            "span_end": figure.end,
            "negated": figure.negated,
            "previous": index in draft.previous,
        }
        for claim_id, draft in zip(claim_ids, drafts, strict=True)
        for index, figure in enumerate(draft.figures)
    ]


def fit_column(value: Any, length: int) -> Any:
    """A derived text cut to its column's length (the same on every backend)."""
    return value[:length] if isinstance(value, str) else value
