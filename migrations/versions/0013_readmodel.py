"""read model: the reporting views are what tracker/query/ reads. One definition of the
claimant label and of when a claim was made (``claimed_at``) for every view; new columns
``claimed_at`` (claim_provenance, claim_figures, fact_timeline, claim_verdicts),
``claimant_from`` (claim_provenance: where the claimant's name comes from) and
``claim_text``, ``recorded_at``, ``attribution`` (claim_figures), ``claim_text``,
``raw_text``, ``previous``, ``attribution`` (fact_timeline). No column changes meaning.

This revision writes every view out in full from the two fragments below, so that a
later revision that changes a view copies its SQL from here (no patching of older SQL).

Revision ID: 0013
Revises: 0010
Create Date: 2026-12-05 05:30:00
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0013"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The reporting views are a public interface (docs/sql.md); this migration's copy of
# their SQL is frozen. ``c`` is the claim, ``a`` its article, ``s`` the article's
# source and ``cl`` the claimant.

# Who makes the claim: the claimant's name; for the article's own statement without a
# named claimant, the article's author, else its source.
CLAIMANT = """COALESCE(
        cl.name,
        CASE WHEN c.attribution = 'author' THEN COALESCE(a.author, s.name) END
    )"""

# Where that name comes from: 'claimant', 'author' or 'source' (empty when nobody), so
# that an export can describe the claimant (a person, an organisation) by the same rule.
CLAIMANT_FROM = """CASE
        WHEN cl.name IS NOT NULL THEN 'claimant'
        WHEN c.attribution = 'author' AND a.author IS NOT NULL THEN 'author'
        WHEN c.attribution = 'author' AND s.name IS NOT NULL THEN 'source'
    END"""

# When the claim was made: the time the claim names (or its article's date, when
# extraction set it), else the article's published time, else when it was retrieved.
CLAIMED_AT = "COALESCE(c.stated_at, a.published_at, a.retrieved_at)"

CLAIM_JOINS = """JOIN articles a ON a.id = c.article_id
LEFT JOIN sources s ON s.id = a.source_id
LEFT JOIN claimants cl ON cl.id = c.claimant_id"""

CLAIM_PROVENANCE = f"""
CREATE VIEW claim_provenance AS
SELECT
    c.id AS claim_id,
    c.text AS claim_text,
    {CLAIMANT} AS claimant,
    c.via_text AS via,
    c.attribution,
    c.negated,
    a.id AS article_id,
    a.url AS article_url,
    a.title AS article_title,
    s.name AS source_name,
    a.published_at,
    c.stated_at,
    c.recorded_at,
    c.language,
    c.span_start,
    c.span_end,
    (
        SELECT f.fact_id FROM figures f
        WHERE f.claim_id = c.id AND f.fact_id IS NOT NULL
        ORDER BY f.negated, f.span_start
        LIMIT 1
    ) AS fact_id,
    c.claimant_id,
    c.claimant_text,
    cl.kind AS claimant_kind,
    c.sentence_index,
    a.version AS article_version,
    a.syndicated_from_id,
    c.extractor_version,
    c.matcher_version,
    {CLAIMED_AT} AS claimed_at,
    {CLAIMANT_FROM} AS claimant_from
FROM claims c
{CLAIM_JOINS}
"""

CLAIM_FIGURES = f"""
CREATE VIEW claim_figures AS
SELECT
    f.id AS figure_id,
    f.claim_id,
    c.article_id,
    a.url AS article_url,
    s.name AS source_name,
    a.published_at,
    f.value,
    f.unit,
    f.approx,
    f.raw_text,
    f.fact_id,
    f.negated,
    f.previous,
    f.unit_text,
    f.span_start,
    f.span_end,
    c.stated_at,
    {CLAIMANT} AS claimant,
    c.language,
    f.rank,
    f.rank_reason,
    {CLAIMED_AT} AS claimed_at,
    c.text AS claim_text,
    c.recorded_at,
    c.attribution
FROM figures f
JOIN claims c ON c.id = f.claim_id
{CLAIM_JOINS}
"""

CLAIM_RELATIONS = """
CREATE VIEW claim_relations AS
SELECT
    r.id AS relation_id,
    r.kind,
    r.newer_claim_id,
    r.older_claim_id,
    r.score,
    r.status,
    r.independent,
    r.created_at,
    r.newer_figure_id,
    r.older_figure_id,
    r.fact_id,
    r.matcher_version,
    r.components
FROM relations r
WHERE r.superseded_at IS NULL
"""

FACT_TIMELINE = f"""
CREATE VIEW fact_timeline AS
SELECT
    fa.id AS fact_id,
    fa.label AS fact_label,
    fa.unit,
    f.value,
    f.approx,
    c.id AS claim_id,
    {CLAIMANT} AS claimant,
    s.name AS source_name,
    c.stated_at,
    a.published_at,
    f.rank,
    f.id AS figure_id,
    f.negated,
    f.rank_reason,
    c.recorded_at,
    a.id AS article_id,
    a.url AS article_url,
    {CLAIMED_AT} AS claimed_at,
    c.text AS claim_text,
    f.raw_text,
    f.previous,
    c.attribution
FROM facts fa
JOIN figures f ON f.fact_id = fa.id
JOIN claims c ON c.id = f.claim_id
{CLAIM_JOINS}
"""

CONTRADICTIONS = """
CREATE VIEW contradictions AS
SELECT
    r.id AS relation_id,
    r.fact_id,
    fa.label AS fact_label,
    r.newer_claim_id,
    nf.value AS newer_value,
    ns.name AS newer_source,
    r.older_claim_id,
    olf.value AS older_value,
    os.name AS older_source,
    r.score,
    r.status,
    fa.unit,
    nf.approx AS newer_approx,
    olf.approx AS older_approx,
    r.created_at
FROM relations r
LEFT JOIN facts fa ON fa.id = r.fact_id
LEFT JOIN figures nf ON nf.id = r.newer_figure_id
LEFT JOIN figures olf ON olf.id = r.older_figure_id
JOIN claims nc ON nc.id = r.newer_claim_id
JOIN articles na ON na.id = nc.article_id
LEFT JOIN sources ns ON ns.id = na.source_id
JOIN claims oc ON oc.id = r.older_claim_id
JOIN articles oa ON oa.id = oc.article_id
LEFT JOIN sources os ON os.id = oa.source_id
WHERE r.kind = 'contradiction' AND r.status <> 'rejected' AND r.superseded_at IS NULL
"""

CLAIM_VERDICTS = f"""
CREATE VIEW claim_verdicts AS
SELECT
    v.id AS verdict_id,
    v.claim_id,
    c.text AS claim_text,
    {CLAIMANT} AS claimant,
    v.rating,
    v.rating_value,
    v.best_rating,
    v.worst_rating,
    v.reviewer,
    v.review_url,
    v.reviewed_at,
    NOT EXISTS (
        SELECT 1 FROM verdicts later
        WHERE later.claim_id = v.claim_id
          AND COALESCE(later.reviewer, '') = COALESCE(v.reviewer, '')
          AND (
              later.recorded_at > v.recorded_at
              OR (
                  later.recorded_at = v.recorded_at
                  AND (
                      later.reviewed_at > v.reviewed_at
                      OR (later.reviewed_at IS NOT NULL AND v.reviewed_at IS NULL)
                      OR (
                          (
                              later.reviewed_at = v.reviewed_at
                              OR (later.reviewed_at IS NULL AND v.reviewed_at IS NULL)
                          )
                          AND later.id > v.id
                      )
                  )
              )
          )
    ) AS latest,
    v.reviewer_url,
    v.review_title,
    v.language AS review_language,
    v.appearance_url,
    v.recorded_at,
    c.external_id,
    c.stated_at,
    c.language,
    a.id AS article_id,
    a.url AS article_url,
    a.published_at,
    s.name AS source_name,
    {CLAIMED_AT} AS claimed_at
FROM verdicts v
JOIN claims c ON c.id = v.claim_id
{CLAIM_JOINS}
"""

# In the order they are made; dropped in reverse.
VIEWS: dict[str, str] = {
    "claim_provenance": CLAIM_PROVENANCE,
    "claim_figures": CLAIM_FIGURES,
    "claim_relations": CLAIM_RELATIONS,
    "fact_timeline": FACT_TIMELINE,
    "contradictions": CONTRADICTIONS,
    "claim_verdicts": CLAIM_VERDICTS,
}


def _load(filename: str, name: str) -> object:
    import importlib.util
    from pathlib import Path

    spec = importlib.util.spec_from_file_location(name, Path(__file__).with_name(filename))
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _views_of_0010() -> dict[str, str]:
    """The views as revision 0010 left them: 0003's, relations in force only (0005),
    and claim_verdicts (0008)."""
    before: object = _load("0005_relation_history_and_claim_vectors.py", "tracker_migration_0005")
    verdicts: object = _load("0008_verdicts_and_page_hashes.py", "tracker_migration_0008")
    views: dict[str, str] = before._current_only(before._views_of_0003())  # type: ignore[attr-defined]
    views["claim_verdicts"] = verdicts.CLAIM_VERDICTS  # type: ignore[attr-defined]
    return views


def _replace_views(views: dict[str, str]) -> None:
    for name in reversed(VIEWS):
        op.execute(f"DROP VIEW IF EXISTS {name}")
    for name in VIEWS:
        op.execute(views[name])


def upgrade() -> None:
    _replace_views(VIEWS)


def downgrade() -> None:
    _replace_views(_views_of_0010())
