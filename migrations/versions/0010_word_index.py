"""word index: BM25 over the raw words of the claims, the base of `tracker match`.

``word_terms`` (word, document frequency) and ``claim_words`` (postings: word, claim,
tf, length in words; on SQLite a WITHOUT ROWID table clustered on (word, claim), as
``claim_terms`` is since 0006) and ``word_stats`` (one row: claims, total length).
The claims stored before this revision are indexed here (tracker.store.index).

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-04 21:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.orm import Session

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "word_stats",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("claims", sa.Integer(), nullable=False),
        sa.Column("total_length", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_word_stats")),
    )
    op.create_table(
        "word_terms",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("term", sa.String(length=200), nullable=False),
        sa.Column("df", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_word_terms")),
        sa.UniqueConstraint("term", name=op.f("uq_word_terms_term")),
    )
    op.create_table(
        "claim_words",
        sa.Column("term_id", sa.Integer(), nullable=False),
        sa.Column("claim_id", sa.Integer(), nullable=False),
        sa.Column("tf", sa.Integer(), nullable=False),
        sa.Column("length", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["claim_id"],
            ["claims.id"],
            name=op.f("fk_claim_words_claim_id_claims"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["term_id"], ["word_terms.id"], name=op.f("fk_claim_words_term_id_word_terms")
        ),
        sa.PrimaryKeyConstraint("term_id", "claim_id", name=op.f("pk_claim_words")),
        sqlite_with_rowid=False,
    )
    op.create_index("ix_claim_words_claim_id", "claim_words", ["claim_id"], unique=False)

    from tracker.store.index import index_missing

    session = Session(bind=op.get_bind())
    index_missing(session)
    session.flush()
    session.close()


def downgrade() -> None:
    op.drop_index("ix_claim_words_claim_id", table_name="claim_words")
    op.drop_table("claim_words")
    op.drop_table("word_terms")
    op.drop_table("word_stats")
