"""relation history and claim vectors: re-matching marks replaced automatic
relations as superseded instead of deleting them (the views show the current ones);
claim_vectors holds optional sentence embeddings.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-28 18:51:30.197641
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import tracker.db.base

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None



VIEWS = ("contradictions", "fact_timeline", "claim_relations", "claim_figures", "claim_provenance")


def _views_of_0003() -> dict[str, str]:
    import importlib.util
    from pathlib import Path

    path = Path(__file__).with_name("0003_fact_tracking.py")
    spec = importlib.util.spec_from_file_location("tracker_migration_0003", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return {
        "claim_provenance": module.CLAIM_PROVENANCE,
        "claim_figures": module.CLAIM_FIGURES,
        "claim_relations": module.CLAIM_RELATIONS,
        "fact_timeline": module.FACT_TIMELINE,
        "contradictions": module.CONTRADICTIONS,
    }


def _current_only(views: dict[str, str]) -> dict[str, str]:
    """This revision's views: relations that re-matching replaced are history."""
    views = dict(views)
    views["claim_relations"] = views["claim_relations"].rstrip() + "\nWHERE r.superseded_at IS NULL\n"
    views["contradictions"] = views["contradictions"].replace(
        "WHERE r.kind = 'contradiction' AND r.status <> 'rejected'",
        "WHERE r.kind = 'contradiction' AND r.status <> 'rejected' AND r.superseded_at IS NULL",
    )
    return views


def upgrade() -> None:
    views = _current_only(_views_of_0003())
    for name in VIEWS:
        op.execute(f"DROP VIEW IF EXISTS {name}")
    op.create_table("claim_vectors",
    sa.Column("claim_id", sa.Integer(), nullable=False),
    sa.Column("model", sa.String(length=100), nullable=False),
    sa.Column("vector", sa.LargeBinary(), nullable=False),
    sa.ForeignKeyConstraint(["claim_id"], ["claims.id"], name=op.f("fk_claim_vectors_claim_id_claims"), ondelete="CASCADE"),
    sa.PrimaryKeyConstraint("claim_id", "model", name=op.f("pk_claim_vectors"))
    )
    with op.batch_alter_table("relations", schema=None) as batch_op:
        batch_op.add_column(sa.Column("superseded_at", tracker.db.base.UTCDateTime(timezone=True), nullable=True))
        batch_op.create_index(batch_op.f("ix_relations_superseded_at"), ["superseded_at"], unique=False)
    for name in reversed(VIEWS):
        op.execute(views[name])


def downgrade() -> None:
    # Revision 0004 cannot tell a superseded relation from a current one: they go
    # (with any decision about them), or an upgrade would bring them back as current.
    op.execute(
        "DELETE FROM decisions WHERE relation_id IN "
        "(SELECT id FROM relations WHERE superseded_at IS NOT NULL)"
    )
    op.execute("DELETE FROM relations WHERE superseded_at IS NOT NULL")
    views = _views_of_0003()
    for name in VIEWS:
        op.execute(f"DROP VIEW IF EXISTS {name}")
    with op.batch_alter_table("relations", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_relations_superseded_at"))
        batch_op.drop_column("superseded_at")

    op.drop_table("claim_vectors")
    for name in reversed(VIEWS):
        op.execute(views[name])
