"""verdicts and page hashes: fact-checkers' verdicts on claims (table verdicts, view
claim_verdicts); articles.file_sha256 keeps the hash of a saved page whose extracted
text is what was stored.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-04 16:37:12.338113
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import tracker.db.base

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The reporting views are a public interface (docs/sql.md); this copy is frozen.
CLAIM_VERDICTS = """
CREATE VIEW claim_verdicts AS
SELECT
    v.id AS verdict_id,
    v.claim_id,
    c.text AS claim_text,
    COALESCE(
        cl.name,
        CASE WHEN c.attribution = 'author' THEN COALESCE(a.author, s.name) END
    ) AS claimant,
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
    s.name AS source_name
FROM verdicts v
JOIN claims c ON c.id = v.claim_id
JOIN articles a ON a.id = c.article_id
LEFT JOIN sources s ON s.id = a.source_id
LEFT JOIN claimants cl ON cl.id = c.claimant_id
"""

VIEWS = ("contradictions", "fact_timeline", "claim_relations", "claim_figures", "claim_provenance")


def upgrade() -> None:
    op.create_table(
        "verdicts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("claim_id", sa.Integer(), nullable=False),
        sa.Column("rating", sa.String(length=300), nullable=True),
        sa.Column("rating_value", sa.Double(), nullable=True),
        sa.Column("best_rating", sa.Double(), nullable=True),
        sa.Column("worst_rating", sa.Double(), nullable=True),
        sa.Column("reviewer", sa.String(length=300), nullable=True),
        sa.Column("reviewer_url", sa.String(length=2000), nullable=True),
        sa.Column("review_url", sa.String(length=2000), nullable=True),
        sa.Column("review_title", sa.Text(), nullable=True),
        sa.Column("language", sa.String(length=16), nullable=True),
        sa.Column("appearance_url", sa.String(length=2000), nullable=True),
        sa.Column("reviewed_at", tracker.db.base.UTCDateTime(timezone=True), nullable=True),
        sa.Column("recorded_at", tracker.db.base.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["claim_id"],
            ["claims.id"],
            name=op.f("fk_verdicts_claim_id_claims"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_verdicts")),
    )
    with op.batch_alter_table("verdicts", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_verdicts_claim_id"), ["claim_id"], unique=False)

    with op.batch_alter_table("articles", schema=None) as batch_op:
        batch_op.add_column(sa.Column("file_sha256", sa.String(length=64), nullable=True))
        batch_op.create_index(batch_op.f("ix_articles_file_sha256"), ["file_sha256"], unique=False)
    op.execute(CLAIM_VERDICTS)


def downgrade() -> None:
    # SQLite rebuilds articles to drop a column: the views that read it go first and
    # come back as revision 0007 left them.
    op.execute("DROP VIEW IF EXISTS claim_verdicts")
    views = _views_before()
    for name in VIEWS:
        op.execute(f"DROP VIEW IF EXISTS {name}")
    with op.batch_alter_table("articles", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_articles_file_sha256"))
        batch_op.drop_column("file_sha256")
    with op.batch_alter_table("verdicts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_verdicts_claim_id"))
    op.drop_table("verdicts")
    for name in reversed(VIEWS):
        op.execute(views[name])


def _views_before() -> dict[str, str]:
    """The views as revision 0005 made them (0006 and 0007 left them as they were)."""
    import importlib.util
    from pathlib import Path

    path = Path(__file__).with_name("0005_relation_history_and_claim_vectors.py")
    spec = importlib.util.spec_from_file_location("tracker_migration_0005", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    views: dict[str, str] = module._current_only(module._views_of_0003())
    return views
