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


def _sqlite_pragma(connection: Connection, pragma: str) -> None:
    """A pragma on the driver's connection, outside SQLAlchemy's transaction (SQLite
    ignores ``foreign_keys`` inside one)."""
    driver = connection.connection.driver_connection
    assert driver is not None
    driver.execute(f"PRAGMA {pragma}")


def run_migrations_online() -> None:
    engine: Engine | None = config.attributes.get("engine")
    if engine is None:
        engine = create_engine_for(Settings.from_env().database_url)
    with engine.connect() as connection:
        sqlite = connection.dialect.name == "sqlite"
        if sqlite:
            # SQLite rebuilds a table to alter it (batch mode): with foreign keys on, the
            # DROP of a table that others reference fails once it holds data. They are
            # switched off for the migration (outside any transaction, as SQLite needs)
            # and checked before they are switched on again.
            _sqlite_pragma(connection, "foreign_keys = OFF")
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=True,
            include_object=include_object,
            compare_type=True,
        )
        with context.begin_transaction():
            context.run_migrations()
            if sqlite:
                broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise RuntimeError(f"migration broke {len(broken)} foreign keys: {broken[:3]}")
        connection.commit()
        if sqlite:
            _sqlite_pragma(connection, "foreign_keys = ON")


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
