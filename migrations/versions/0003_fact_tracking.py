"""fact tracking: facts, relations, decisions, the claim index (terms, postings,
stats), syndication links; views claim_relations, fact_timeline, contradictions;
claim_provenance and claim_figures now carry fact_id.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-28 16:57:24.966757
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import tracker.db.base

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The reporting views are a public interface (docs/sql.md); this migration's copy
# of their SQL is frozen. Downgrading restores the views of revision 0002.
CLAIMANT = """COALESCE(
        cl.name,
        CASE WHEN c.attribution = 'author' THEN COALESCE(a.author, s.name) END
    )"""

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
    c.matcher_version
FROM claims c
JOIN articles a ON a.id = c.article_id
LEFT JOIN sources s ON s.id = a.source_id
LEFT JOIN claimants cl ON cl.id = c.claimant_id
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
    f.rank_reason
FROM figures f
JOIN claims c ON c.id = f.claim_id
JOIN articles a ON a.id = c.article_id
LEFT JOIN sources s ON s.id = a.source_id
LEFT JOIN claimants cl ON cl.id = c.claimant_id
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
    a.url AS article_url
FROM facts fa
JOIN figures f ON f.fact_id = fa.id
JOIN claims c ON c.id = f.claim_id
JOIN articles a ON a.id = c.article_id
LEFT JOIN sources s ON s.id = a.source_id
LEFT JOIN claimants cl ON cl.id = c.claimant_id
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
WHERE r.kind = 'contradiction' AND r.status <> 'rejected'
"""

NEW_VIEWS = ("claim_relations", "fact_timeline", "contradictions")


def _views_of_0002() -> tuple[str, str]:
    import importlib.util
    from pathlib import Path

    path = Path(__file__).with_name("0002_claims.py")
    spec = importlib.util.spec_from_file_location("tracker_migration_0002", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.CLAIM_PROVENANCE, module.CLAIM_FIGURES


def upgrade() -> None:
    op.execute("DROP VIEW IF EXISTS claim_figures")
    op.execute("DROP VIEW IF EXISTS claim_provenance")
    op.create_table("facts",
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("label", sa.String(length=300), nullable=False),
    sa.Column("unit", sa.String(length=100), nullable=True),
    sa.Column("current_value", sa.Double(), nullable=True),
    sa.Column("current_approx", sa.String(length=20), nullable=True),
    sa.Column("current_figure_id", sa.Integer(), nullable=True),
    sa.Column("first_seen_at", tracker.db.base.UTCDateTime(timezone=True), nullable=True),
    sa.Column("last_seen_at", tracker.db.base.UTCDateTime(timezone=True), nullable=True),
    sa.Column("claim_count", sa.Integer(), nullable=False),
    sa.Column("source_count", sa.Integer(), nullable=False),
    sa.Column("has_contradiction", sa.Boolean(), nullable=False),
    sa.Column("created_at", tracker.db.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column("updated_at", tracker.db.base.UTCDateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint("id", name=op.f("pk_facts"))
    )
    with op.batch_alter_table("facts", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_facts_unit"), ["unit"], unique=False)

    op.create_table("index_stats",
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("claims", sa.Integer(), nullable=False),
    sa.Column("total_length", sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint("id", name=op.f("pk_index_stats"))
    )
    op.create_table("index_terms",
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("term", sa.String(length=200), nullable=False),
    sa.Column("df", sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint("id", name=op.f("pk_index_terms")),
    sa.UniqueConstraint("term", name=op.f("uq_index_terms_term"))
    )
    op.create_table("claim_terms",
    sa.Column("term_id", sa.Integer(), nullable=False),
    sa.Column("claim_id", sa.Integer(), nullable=False),
    sa.Column("tf", sa.Integer(), nullable=False),
    sa.Column("length", sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(["claim_id"], ["claims.id"], name=op.f("fk_claim_terms_claim_id_claims"), ondelete="CASCADE"),
    sa.ForeignKeyConstraint(["term_id"], ["index_terms.id"], name=op.f("fk_claim_terms_term_id_index_terms")),
    sa.PrimaryKeyConstraint("term_id", "claim_id", name=op.f("pk_claim_terms"))
    )
    with op.batch_alter_table("claim_terms", schema=None) as batch_op:
        batch_op.create_index("ix_claim_terms_claim_id", ["claim_id"], unique=False)

    op.create_table("relations",
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("kind", sa.String(length=20), nullable=False),
    sa.Column("newer_claim_id", sa.Integer(), nullable=False),
    sa.Column("older_claim_id", sa.Integer(), nullable=False),
    sa.Column("newer_figure_id", sa.Integer(), nullable=True),
    sa.Column("older_figure_id", sa.Integer(), nullable=True),
    sa.Column("fact_id", sa.Integer(), nullable=True),
    sa.Column("score", sa.Double(), nullable=False),
    sa.Column("components", sa.Text(), nullable=False),
    sa.Column("matcher_version", sa.String(length=40), nullable=False),
    sa.Column("status", sa.String(length=20), nullable=False),
    sa.Column("independent", sa.Boolean(), nullable=True),
    sa.Column("created_at", tracker.db.base.UTCDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(["fact_id"], ["facts.id"], name=op.f("fk_relations_fact_id_facts")),
    sa.ForeignKeyConstraint(["newer_claim_id"], ["claims.id"], name=op.f("fk_relations_newer_claim_id_claims"), ondelete="CASCADE"),
    sa.ForeignKeyConstraint(["newer_figure_id"], ["figures.id"], name=op.f("fk_relations_newer_figure_id_figures"), ondelete="CASCADE"),
    sa.ForeignKeyConstraint(["older_claim_id"], ["claims.id"], name=op.f("fk_relations_older_claim_id_claims"), ondelete="CASCADE"),
    sa.ForeignKeyConstraint(["older_figure_id"], ["figures.id"], name=op.f("fk_relations_older_figure_id_figures"), ondelete="CASCADE"),
    sa.PrimaryKeyConstraint("id", name=op.f("pk_relations"))
    )
    with op.batch_alter_table("relations", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_relations_fact_id"), ["fact_id"], unique=False)
        batch_op.create_index("ix_relations_kind_status", ["kind", "status"], unique=False)
        batch_op.create_index("ix_relations_newer", ["newer_claim_id"], unique=False)
        batch_op.create_index("ix_relations_older", ["older_claim_id"], unique=False)

    op.create_table("decisions",
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("created_at", tracker.db.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column("actor", sa.String(length=100), nullable=False),
    sa.Column("action", sa.String(length=30), nullable=False),
    sa.Column("relation_id", sa.Integer(), nullable=True),
    sa.Column("figure_id", sa.Integer(), nullable=True),
    sa.Column("fact_id", sa.Integer(), nullable=True),
    sa.Column("previous_status", sa.String(length=20), nullable=True),
    sa.Column("note", sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(["fact_id"], ["facts.id"], name=op.f("fk_decisions_fact_id_facts")),
    sa.ForeignKeyConstraint(["figure_id"], ["figures.id"], name=op.f("fk_decisions_figure_id_figures")),
    sa.ForeignKeyConstraint(["relation_id"], ["relations.id"], name=op.f("fk_decisions_relation_id_relations")),
    sa.PrimaryKeyConstraint("id", name=op.f("pk_decisions"))
    )
    with op.batch_alter_table("decisions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_decisions_figure_id"), ["figure_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_decisions_relation_id"), ["relation_id"], unique=False)

    with op.batch_alter_table("articles", schema=None) as batch_op:
        batch_op.add_column(sa.Column("syndicated_from_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("syndication_score", sa.Double(), nullable=True))
        batch_op.add_column(sa.Column("anchors", sa.Text(), nullable=True))
        batch_op.create_foreign_key(batch_op.f("fk_articles_syndicated_from_id_articles"), "articles", ["syndicated_from_id"], ["id"])

    with op.batch_alter_table("claims", schema=None) as batch_op:
        batch_op.add_column(sa.Column("key_text", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("anchors", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("matcher_version", sa.String(length=40), nullable=True))

    with op.batch_alter_table("figures", schema=None) as batch_op:
        batch_op.add_column(sa.Column("fact_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("rank", sa.String(length=20), nullable=False, server_default="normal"))
        batch_op.add_column(sa.Column("rank_reason", sa.String(length=100), nullable=True))
        batch_op.create_index(batch_op.f("ix_figures_fact_id"), ["fact_id"], unique=False)
        batch_op.create_foreign_key(batch_op.f("fk_figures_fact_id_facts"), "facts", ["fact_id"], ["id"])

    for statement in (CLAIM_PROVENANCE, CLAIM_FIGURES, CLAIM_RELATIONS, FACT_TIMELINE, CONTRADICTIONS):
        op.execute(statement)

def downgrade() -> None:
    for name in (*NEW_VIEWS, "claim_figures", "claim_provenance"):
        op.execute(f"DROP VIEW IF EXISTS {name}")
    with op.batch_alter_table("figures", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_figures_fact_id_facts"), type_="foreignkey")
        batch_op.drop_index(batch_op.f("ix_figures_fact_id"))
        batch_op.drop_column("rank_reason")
        batch_op.drop_column("rank")
        batch_op.drop_column("fact_id")

    with op.batch_alter_table("claims", schema=None) as batch_op:
        batch_op.drop_column("matcher_version")
        batch_op.drop_column("anchors")
        batch_op.drop_column("key_text")

    with op.batch_alter_table("articles", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_articles_syndicated_from_id_articles"), type_="foreignkey")
        batch_op.drop_column("anchors")
        batch_op.drop_column("syndication_score")
        batch_op.drop_column("syndicated_from_id")

    with op.batch_alter_table("decisions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_decisions_relation_id"))
        batch_op.drop_index(batch_op.f("ix_decisions_figure_id"))

    op.drop_table("decisions")
    with op.batch_alter_table("relations", schema=None) as batch_op:
        batch_op.drop_index("ix_relations_older")
        batch_op.drop_index("ix_relations_newer")
        batch_op.drop_index("ix_relations_kind_status")
        batch_op.drop_index(batch_op.f("ix_relations_fact_id"))

    op.drop_table("relations")
    with op.batch_alter_table("claim_terms", schema=None) as batch_op:
        batch_op.drop_index("ix_claim_terms_claim_id")

    op.drop_table("claim_terms")
    op.drop_table("index_terms")
    op.drop_table("index_stats")
    with op.batch_alter_table("facts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_facts_unit"))

    op.drop_table("facts")

    for statement in _views_of_0002():
        op.execute(statement)
