"""identity keys: concurrent writers can no longer store an article or a claimant twice.

articles.identity_key (unique with the version): what makes two records the same
article (the URL; a collection record's id within its source; else the SHA-256 of
the saved file, or of the text). claimants.name_key (unique): the folded name. ingest_runs.host and .pid:
who runs an ingest, so that a run whose process died can be marked interrupted.

Rows stored twice by concurrent ingests before this revision are kept: of articles
with the same identity and version, the first keeps the identity and the others get
one of their own; claimants with the same folded name are merged into the first
(their claims and spellings move to it).

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-04 17:30:00
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _identity(kind: str, *parts: str) -> str:
    # Frozen copy of tracker.store.ingest.article_identity (a test keeps the two equal).
    return hashlib.sha256("\x1f".join((kind, *parts)).encode("utf-8")).hexdigest()


def _fold(name: str) -> str:
    from tracker.store.claimants import claimant_key

    return claimant_key(name)


def _views() -> list[tuple[str, str]]:
    """SQLite rebuilds a table to change it, and views that read it must go first."""
    if op.get_bind().dialect.name != "sqlite":
        return []
    rows = op.get_bind().exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'view' ORDER BY name"
    )
    return [(str(name), str(sql)) for name, sql in rows]


def _backfill_articles(conn: sa.Connection) -> None:
    collection_articles = {
        row[0]
        for row in conn.exec_driver_sql(
            "SELECT DISTINCT article_id FROM claims WHERE external_id IS NOT NULL"
        )
    }
    rows = conn.exec_driver_sql(
        "SELECT a.id, a.url, a.external_id, s.name, a.sha256, a.file_sha256, a.version "
        "FROM articles a LEFT JOIN sources s ON s.id = a.source_id ORDER BY a.id"
    ).all()
    taken: set[tuple[str, int]] = set()
    updates = []
    for article_id, url, external_id, source, sha, file_sha, version in rows:
        if article_id in collection_articles and external_id:
            key = _identity("claim", source or "", external_id)
        elif url:
            key = _identity("url", url)
        elif file_sha:
            key = _identity("file", file_sha)
        else:
            key = _identity("text", sha)
        if (key, version) in taken:
            key = _identity("duplicate", str(article_id))
        taken.add((key, version))
        updates.append({"id": article_id, "key": key})
    if updates:
        conn.execute(sa.text("UPDATE articles SET identity_key = :key WHERE id = :id"), updates)


def _backfill_claimants(conn: sa.Connection) -> None:
    rows = conn.exec_driver_sql("SELECT id, name FROM claimants ORDER BY id").all()
    groups: dict[str, list[int]] = defaultdict(list)
    for claimant_id, name in rows:
        groups[_fold(name) or f"#{claimant_id}"].append(claimant_id)
    updates = []
    for key, ids in groups.items():
        keep, *merged = ids
        updates.append({"id": keep, "key": key})
        for other in merged:
            params = {"keep": keep, "other": other}
            conn.execute(
                sa.text("UPDATE claims SET claimant_id = :keep WHERE claimant_id = :other"), params
            )
            conn.execute(
                sa.text(
                    "INSERT INTO claimant_aliases (claimant_id, alias, key, block_key) "
                    "SELECT :keep, o.alias, o.key, o.block_key FROM claimant_aliases o "
                    "WHERE o.claimant_id = :other AND NOT EXISTS (SELECT 1 FROM "
                    "claimant_aliases k WHERE k.claimant_id = :keep AND k.key = o.key "
                    "AND k.block_key = o.block_key)"
                ),
                params,
            )
            conn.execute(
                sa.text("DELETE FROM claimant_aliases WHERE claimant_id = :other"), params
            )
            conn.execute(sa.text("DELETE FROM claimants WHERE id = :other"), params)
    if updates:
        conn.execute(sa.text("UPDATE claimants SET name_key = :key WHERE id = :id"), updates)


def upgrade() -> None:
    views = _views()
    for name, _ in views:
        op.execute(f"DROP VIEW IF EXISTS {name}")
    with op.batch_alter_table("articles", schema=None) as batch_op:
        batch_op.add_column(sa.Column("identity_key", sa.String(length=64), nullable=True))
    with op.batch_alter_table("claimants", schema=None) as batch_op:
        batch_op.add_column(sa.Column("name_key", sa.String(length=300), nullable=True))
    with op.batch_alter_table("ingest_runs", schema=None) as batch_op:
        batch_op.add_column(sa.Column("host", sa.String(length=255), nullable=True))
        batch_op.add_column(sa.Column("pid", sa.Integer(), nullable=True))
    conn = op.get_bind()
    _backfill_articles(conn)
    _backfill_claimants(conn)
    with op.batch_alter_table("articles", schema=None) as batch_op:
        batch_op.alter_column("identity_key", existing_type=sa.String(length=64), nullable=False)
        batch_op.create_unique_constraint(
            batch_op.f("uq_articles_identity_key"), ["identity_key", "version"]
        )
    with op.batch_alter_table("claimants", schema=None) as batch_op:
        batch_op.alter_column("name_key", existing_type=sa.String(length=300), nullable=False)
        batch_op.create_unique_constraint(batch_op.f("uq_claimants_name_key"), ["name_key"])
    for _, sql in views:
        op.execute(sql)


def downgrade() -> None:
    views = _views()
    for name, _ in views:
        op.execute(f"DROP VIEW IF EXISTS {name}")
    with op.batch_alter_table("ingest_runs", schema=None) as batch_op:
        batch_op.drop_column("pid")
        batch_op.drop_column("host")
    with op.batch_alter_table("claimants", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("uq_claimants_name_key"), type_="unique")
        batch_op.drop_column("name_key")
    with op.batch_alter_table("articles", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("uq_articles_identity_key"), type_="unique")
        batch_op.drop_column("identity_key")
    for _, sql in views:
        op.execute(sql)
