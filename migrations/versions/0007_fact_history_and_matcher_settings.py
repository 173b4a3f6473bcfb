"""fact history and matcher settings: facts are never deleted (a merged fact points to
where its figures went), fact membership is versioned like relations (so ``--as-of``
answers with the facts as they were), every matcher version's parameters are stored,
a fact keeps its machine key beside its label, and a claim keeps its scene (the key
terms and names of its headline and the text just before it) for the matcher.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-04 18:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import tracker.db.base

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _views() -> dict[str, str]:
    """The reporting views as revision 0005 left them (SQLite rebuilds ``facts`` below,
    and a view that names a table being rebuilt has to go and come back)."""
    import importlib.util
    from pathlib import Path

    path = Path(__file__).with_name("0005_relation_history_and_claim_vectors.py")
    spec = importlib.util.spec_from_file_location("tracker_migration_0005", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    views: dict[str, str] = module._current_only(module._views_of_0003())
    return views


VIEWS = ("contradictions", "fact_timeline", "claim_relations", "claim_figures", "claim_provenance")


def upgrade() -> None:
    views = _views()
    for name in VIEWS:
        op.execute(f"DROP VIEW IF EXISTS {name}")
    op.create_table(
        "matcher_settings",
        sa.Column("version", sa.String(length=40), nullable=False),
        sa.Column("settings", sa.Text(), nullable=False),
        sa.Column("created_at", tracker.db.base.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("version", name=op.f("pk_matcher_settings")),
    )
    op.create_table(
        "fact_memberships",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("figure_id", sa.Integer(), nullable=False),
        sa.Column("fact_id", sa.Integer(), nullable=False),
        sa.Column("placement", sa.String(length=20), nullable=False),
        sa.Column("probability", sa.Double(), nullable=True),
        sa.Column("matcher_version", sa.String(length=40), nullable=True),
        sa.Column("created_at", tracker.db.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("superseded_at", tracker.db.base.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["fact_id"], ["facts.id"], name=op.f("fk_fact_memberships_fact_id_facts")
        ),
        sa.ForeignKeyConstraint(
            ["figure_id"],
            ["figures.id"],
            name=op.f("fk_fact_memberships_figure_id_figures"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_fact_memberships")),
    )
    op.create_index("ix_fact_memberships_fact_id", "fact_memberships", ["fact_id"])
    op.create_index("ix_fact_memberships_figure_id", "fact_memberships", ["figure_id"])
    with op.batch_alter_table("facts", schema=None) as batch_op:
        batch_op.add_column(sa.Column("key", sa.String(length=300), nullable=True))
        batch_op.add_column(sa.Column("merged_into_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_facts_merged_into_id_facts"), "facts", ["merged_into_id"], ["id"]
        )
    with op.batch_alter_table("claims", schema=None) as batch_op:
        batch_op.add_column(sa.Column("scene", sa.Text(), nullable=True))
    # The memberships so far: every figure in a fact since its claim was recorded.
    op.execute(
        """
        INSERT INTO fact_memberships (figure_id, fact_id, placement, created_at)
        SELECT f.id, f.fact_id, 'auto', c.recorded_at
        FROM figures f JOIN claims c ON c.id = f.claim_id
        WHERE f.fact_id IS NOT NULL
        """
    )
    op.execute("UPDATE facts SET key = label")
    for name in reversed(VIEWS):
        op.execute(views[name])


def downgrade() -> None:
    views = _views()
    for name in VIEWS:
        op.execute(f"DROP VIEW IF EXISTS {name}")
    with op.batch_alter_table("claims", schema=None) as batch_op:
        batch_op.drop_column("scene")
    with op.batch_alter_table("facts", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_facts_merged_into_id_facts"), type_="foreignkey")
        batch_op.drop_column("merged_into_id")
        batch_op.drop_column("key")
    op.drop_index("ix_fact_memberships_figure_id", table_name="fact_memberships")
    op.drop_index("ix_fact_memberships_fact_id", table_name="fact_memberships")
    op.drop_table("fact_memberships")
    op.drop_table("matcher_settings")
    for name in reversed(VIEWS):
        op.execute(views[name])
