"""clustered postings: on SQLite, claim_terms becomes a WITHOUT ROWID table, so the
postings of a term lie together in its primary key (term, claim) and retrieval reads
them without a lookup per posting (about 3x faster at 100k claims). PostgreSQL keeps
its table as it is.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-28 21:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

COLUMNS = "term_id, claim_id, tf, length"


def _rebuild(with_rowid: bool) -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    op.create_table(
        "claim_terms_rebuilt",
        sa.Column("term_id", sa.Integer(), nullable=False),
        sa.Column("claim_id", sa.Integer(), nullable=False),
        sa.Column("tf", sa.Integer(), nullable=False),
        sa.Column("length", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["claim_id"],
            ["claims.id"],
            name=op.f("fk_claim_terms_claim_id_claims"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["term_id"], ["index_terms.id"], name=op.f("fk_claim_terms_term_id_index_terms")
        ),
        sa.PrimaryKeyConstraint("term_id", "claim_id", name=op.f("pk_claim_terms")),
        sqlite_with_rowid=with_rowid,
    )
    op.execute(
        f"INSERT INTO claim_terms_rebuilt ({COLUMNS}) "
        f"SELECT {COLUMNS} FROM claim_terms ORDER BY term_id, claim_id"
    )
    op.drop_index("ix_claim_terms_claim_id", table_name="claim_terms")
    op.drop_table("claim_terms")
    op.rename_table("claim_terms_rebuilt", "claim_terms")
    op.create_index("ix_claim_terms_claim_id", "claim_terms", ["claim_id"], unique=False)


def upgrade() -> None:
    _rebuild(with_rowid=False)


def downgrade() -> None:
    _rebuild(with_rowid=True)
