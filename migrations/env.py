"""Alembic environment for tracker.

Run from tracker (`tracker db upgrade`), the engine comes from tracker's settings
via ``config.attributes``. Run as plain ``alembic`` (with an alembic.ini pointing
here), the URL comes from ``--database``-equivalent settings: TRACKER_DATABASE_URL
or ``tracker.db``.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection, Engine

from tracker.config import Settings
from tracker.db.dialects import schema_change
from tracker.db.engine import create_engine_for
from tracker.db.migrate import include_object
from tracker.db.models import Base

config = context.config
target_metadata = Base.metadata


def run_migrations_offline() -> None:
    url = config.get_main_option("sqlalchemy.url") or Settings.from_env().database_url
    context.configure(
        url=url,
        target_metadata=target_metadata,
        literal_binds=True,
        render_as_batch=True,
        include_object=include_object,
        dialect_opts={"paramstyle": "named"},
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    """On the connection tracker hands over (inside its one transaction for the whole
    run, see tracker.db.dialects.schema_change), or on a new one in such a transaction."""
    connection: Connection | None = config.attributes.get("connection")
    if connection is not None:
        _run_on(connection)
        return
    engine: Engine | None = config.attributes.get("engine")
    if engine is None:
        engine = create_engine_for(Settings.from_env().database_url)
    with schema_change(engine) as connection:
        _run_on(connection)


def _run_on(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        include_object=include_object,
        compare_type=True,
        transactional_ddl=True,
    )
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
