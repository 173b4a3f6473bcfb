"""claim collections: claims imported one per record keep the record's external id.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-28 17:59:10.776372
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("claims", schema=None) as batch_op:
        batch_op.add_column(sa.Column("external_id", sa.String(length=300), nullable=True))
        batch_op.create_index(batch_op.f("ix_claims_external_id"), ["external_id"], unique=False)



def downgrade() -> None:
    # SQLite rebuilds the table to drop a column; the views that read it go first and
    # come back as revision 0003 made them.
    views = _views_of_0003()
    for name in VIEWS:
        op.execute(f"DROP VIEW IF EXISTS {name}")
    with op.batch_alter_table("claims", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_claims_external_id"))
        batch_op.drop_column("external_id")
    for statement in views:
        op.execute(statement)


VIEWS = ("contradictions", "fact_timeline", "claim_relations", "claim_figures", "claim_provenance")


def _views_of_0003() -> tuple[str, ...]:
    import importlib.util
    from pathlib import Path

    path = Path(__file__).with_name("0003_fact_tracking.py")
    spec = importlib.util.spec_from_file_location("tracker_migration_0003", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return (
        module.CLAIM_PROVENANCE,
        module.CLAIM_FIGURES,
        module.CLAIM_RELATIONS,
        module.FACT_TIMELINE,
        module.CONTRADICTIONS,
    )

