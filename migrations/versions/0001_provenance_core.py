"""provenance core: sources, articles, ingest runs

Revision ID: 0001
Revises:
Create Date: 2026-11-28 16:42:09.460628
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import tracker.db.base

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table("ingest_runs",
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("started_at", tracker.db.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column("finished_at", tracker.db.base.UTCDateTime(timezone=True), nullable=True),
    sa.Column("tracker_version", sa.String(length=40), nullable=False),
    sa.Column("command", sa.Text(), nullable=False),
    sa.Column("inputs", sa.Text(), nullable=False),
    sa.Column("status", sa.String(length=20), nullable=False),
    sa.Column("new_count", sa.Integer(), nullable=False),
    sa.Column("unchanged_count", sa.Integer(), nullable=False),
    sa.Column("version_count", sa.Integer(), nullable=False),
    sa.Column("failed_count", sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint("id", name=op.f("pk_ingest_runs"))
    )
    op.create_table("sources",
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("name", sa.String(length=300), nullable=False),
    sa.Column("url", sa.String(length=2000), nullable=True),
    sa.Column("created_at", tracker.db.base.UTCDateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint("id", name=op.f("pk_sources")),
    sa.UniqueConstraint("name", name=op.f("uq_sources_name"))
    )
    op.create_table("articles",
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("source_id", sa.Integer(), nullable=True),
    sa.Column("url", sa.String(length=2000), nullable=True),
    sa.Column("external_id", sa.String(length=300), nullable=True),
    sa.Column("title", sa.Text(), nullable=True),
    sa.Column("author", sa.String(length=300), nullable=True),
    sa.Column("language", sa.String(length=16), nullable=False),
    sa.Column("published_at", tracker.db.base.UTCDateTime(timezone=True), nullable=True),
    sa.Column("retrieved_at", tracker.db.base.UTCDateTime(timezone=True), nullable=True),
    sa.Column("recorded_at", tracker.db.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column("text", sa.Text(), nullable=False),
    sa.Column("sha256", sa.String(length=64), nullable=False),
    sa.Column("version", sa.Integer(), nullable=False),
    sa.Column("previous_version_id", sa.Integer(), nullable=True),
    sa.Column("origin", sa.Text(), nullable=True),
    sa.Column("ingest_run_id", sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(["ingest_run_id"], ["ingest_runs.id"], name=op.f("fk_articles_ingest_run_id_ingest_runs")),
    sa.ForeignKeyConstraint(["previous_version_id"], ["articles.id"], name=op.f("fk_articles_previous_version_id_articles")),
    sa.ForeignKeyConstraint(["source_id"], ["sources.id"], name=op.f("fk_articles_source_id_sources")),
    sa.PrimaryKeyConstraint("id", name=op.f("pk_articles"))
    )
    with op.batch_alter_table("articles", schema=None) as batch_op:
        batch_op.create_index("ix_articles_external_id", ["external_id"], unique=False)
        batch_op.create_index("ix_articles_published_at", ["published_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_articles_sha256"), ["sha256"], unique=False)
        batch_op.create_index(batch_op.f("ix_articles_source_id"), ["source_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_articles_url"), ["url"], unique=False)



def downgrade() -> None:
    with op.batch_alter_table("articles", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_articles_url"))
        batch_op.drop_index(batch_op.f("ix_articles_source_id"))
        batch_op.drop_index(batch_op.f("ix_articles_sha256"))
        batch_op.drop_index("ix_articles_published_at")
        batch_op.drop_index("ix_articles_external_id")

    op.drop_table("articles")
    op.drop_table("sources")
    op.drop_table("ingest_runs")
