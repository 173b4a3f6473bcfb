"""claims: claimants with aliases, claims with spans, figures; views claim_provenance
and claim_figures (fact_id stays NULL until matching exists).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28 16:53:24.557169
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import tracker.db.base

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The reporting views are a public interface (docs/sql.md). This migration's copy
# of their SQL is frozen; later migrations that change a view carry their own.
CLAIM_PROVENANCE = """
CREATE VIEW claim_provenance AS
SELECT
    c.id AS claim_id,
    c.text AS claim_text,
    COALESCE(
        cl.name,
        CASE WHEN c.attribution = 'author' THEN COALESCE(a.author, s.name) END
    ) AS claimant,
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
    CAST(NULL AS INTEGER) AS fact_id,
    c.claimant_id,
    c.claimant_text,
    cl.kind AS claimant_kind,
    c.sentence_index,
    a.version AS article_version,
    c.extractor_version
FROM claims c
JOIN articles a ON a.id = c.article_id
LEFT JOIN sources s ON s.id = a.source_id
LEFT JOIN claimants cl ON cl.id = c.claimant_id
"""

CLAIM_FIGURES = """
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
    CAST(NULL AS INTEGER) AS fact_id,
    f.negated,
    f.previous,
    f.unit_text,
    f.span_start,
    f.span_end,
    c.stated_at,
    COALESCE(
        cl.name,
        CASE WHEN c.attribution = 'author' THEN COALESCE(a.author, s.name) END
    ) AS claimant,
    c.language
FROM figures f
JOIN claims c ON c.id = f.claim_id
JOIN articles a ON a.id = c.article_id
LEFT JOIN sources s ON s.id = a.source_id
LEFT JOIN claimants cl ON cl.id = c.claimant_id
"""


def upgrade() -> None:
    op.create_table("claimants",
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("name", sa.String(length=300), nullable=False),
    sa.Column("kind", sa.String(length=20), nullable=False),
    sa.Column("created_at", tracker.db.base.UTCDateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint("id", name=op.f("pk_claimants"))
    )
    op.create_table("claimant_aliases",
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("claimant_id", sa.Integer(), nullable=False),
    sa.Column("alias", sa.String(length=300), nullable=False),
    sa.Column("key", sa.String(length=300), nullable=False),
    sa.Column("block_key", sa.String(length=100), nullable=False),
    sa.ForeignKeyConstraint(["claimant_id"], ["claimants.id"], name=op.f("fk_claimant_aliases_claimant_id_claimants"), ondelete="CASCADE"),
    sa.PrimaryKeyConstraint("id", name=op.f("pk_claimant_aliases")),
    sa.UniqueConstraint("claimant_id", "key", "block_key", name="uq_claimant_aliases_claimant_key")
    )
    with op.batch_alter_table("claimant_aliases", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_claimant_aliases_key"), ["key"], unique=False)
        batch_op.create_index(batch_op.f("ix_claimant_aliases_block_key"), ["block_key"], unique=False)

    op.create_table("claims",
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("article_id", sa.Integer(), nullable=False),
    sa.Column("sentence_index", sa.Integer(), nullable=False),
    sa.Column("paragraph_index", sa.Integer(), nullable=False),
    sa.Column("span_start", sa.Integer(), nullable=False),
    sa.Column("span_end", sa.Integer(), nullable=False),
    sa.Column("text", sa.Text(), nullable=False),
    sa.Column("language", sa.String(length=16), nullable=False),
    sa.Column("claimant_id", sa.Integer(), nullable=True),
    sa.Column("claimant_text", sa.String(length=300), nullable=True),
    sa.Column("attribution", sa.String(length=20), nullable=False),
    sa.Column("attribution_cue", sa.String(length=100), nullable=True),
    sa.Column("via_text", sa.String(length=300), nullable=True),
    sa.Column("via_source_id", sa.Integer(), nullable=True),
    sa.Column("has_quote", sa.Boolean(), nullable=False),
    sa.Column("negated", sa.Boolean(), nullable=False),
    sa.Column("stated_at", tracker.db.base.UTCDateTime(timezone=True), nullable=True),
    sa.Column("recorded_at", tracker.db.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column("extractor_version", sa.String(length=40), nullable=False),
    sa.ForeignKeyConstraint(["article_id"], ["articles.id"], name=op.f("fk_claims_article_id_articles"), ondelete="CASCADE"),
    sa.ForeignKeyConstraint(["claimant_id"], ["claimants.id"], name=op.f("fk_claims_claimant_id_claimants")),
    sa.ForeignKeyConstraint(["via_source_id"], ["sources.id"], name=op.f("fk_claims_via_source_id_sources")),
    sa.PrimaryKeyConstraint("id", name=op.f("pk_claims"))
    )
    with op.batch_alter_table("claims", schema=None) as batch_op:
        batch_op.create_index("ix_claims_article_sentence", ["article_id", "sentence_index"], unique=False)
        batch_op.create_index(batch_op.f("ix_claims_claimant_id"), ["claimant_id"], unique=False)
        batch_op.create_index("ix_claims_stated_at", ["stated_at"], unique=False)

    op.create_table("figures",
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("claim_id", sa.Integer(), nullable=False),
    sa.Column("value", sa.Double(), nullable=False),
    sa.Column("unit", sa.String(length=100), nullable=True),
    sa.Column("unit_text", sa.String(length=100), nullable=True),
    sa.Column("approx", sa.String(length=20), nullable=True),
    sa.Column("raw_text", sa.String(length=300), nullable=False),
    sa.Column("span_start", sa.Integer(), nullable=False),
    sa.Column("span_end", sa.Integer(), nullable=False),
    sa.Column("negated", sa.Boolean(), nullable=False),
    sa.Column("previous", sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(["claim_id"], ["claims.id"], name=op.f("fk_figures_claim_id_claims"), ondelete="CASCADE"),
    sa.PrimaryKeyConstraint("id", name=op.f("pk_figures"))
    )
    with op.batch_alter_table("figures", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_figures_claim_id"), ["claim_id"], unique=False)
        batch_op.create_index("ix_figures_unit_value", ["unit", "value"], unique=False)

    op.execute(CLAIM_PROVENANCE)
    op.execute(CLAIM_FIGURES)

def downgrade() -> None:
    op.execute("DROP VIEW IF EXISTS claim_figures")
    op.execute("DROP VIEW IF EXISTS claim_provenance")
    with op.batch_alter_table("figures", schema=None) as batch_op:
        batch_op.drop_index("ix_figures_unit_value")
        batch_op.drop_index(batch_op.f("ix_figures_claim_id"))

    op.drop_table("figures")
    with op.batch_alter_table("claims", schema=None) as batch_op:
        batch_op.drop_index("ix_claims_stated_at")
        batch_op.drop_index(batch_op.f("ix_claims_claimant_id"))
        batch_op.drop_index("ix_claims_article_sentence")

    op.drop_table("claims")
    with op.batch_alter_table("claimant_aliases", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_claimant_aliases_block_key"))
        batch_op.drop_index(batch_op.f("ix_claimant_aliases_key"))

    op.drop_table("claimant_aliases")
    op.drop_table("claimants")
