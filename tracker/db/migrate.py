"""Alembic, driven from tracker: where the migrations are and how to run them."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

import tracker

# Objects that migrations create outside the models (views, search helpers) and
# that `alembic check` must not report as drift.
UNMODELLED_TABLES: frozenset[str] = frozenset()


def include_object(
    obj: object, name: str | None, type_: str, reflected: bool, compare_to: object
) -> bool:
    if type_ == "table" and name in UNMODELLED_TABLES:
        return False
    return True


def migrations_dir() -> Path:
    """The migrations folder: inside the installed wheel, or the repository's top level."""
    package_dir = Path(tracker.__file__).resolve().parent
    for candidate in (package_dir / "_migrations", package_dir.parent / "migrations"):
        if (candidate / "env.py").is_file():
            return candidate
    raise FileNotFoundError(
        "tracker's migrations are missing: reinstall tracker (pip install .) "
        "or run it from a checkout that has the migrations/ folder"
    )


def alembic_config(engine: Engine) -> Config:
    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    config.set_main_option("sqlalchemy.url", engine.url.render_as_string(hide_password=False))
    config.attributes["engine"] = engine
    return config


def head_revision(engine: Engine) -> str:
    heads = ScriptDirectory.from_config(alembic_config(engine)).get_heads()
    if len(heads) != 1:
        raise RuntimeError(f"the migrations have {len(heads)} heads; expected one")
    return heads[0]


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def known_revisions(engine: Engine) -> set[str]:
    script = ScriptDirectory.from_config(alembic_config(engine))
    return {rev.revision for rev in script.walk_revisions()}


def upgrade(engine: Engine, revision: str = "head") -> None:
    command.upgrade(alembic_config(engine), revision)


def downgrade(engine: Engine, revision: str) -> None:
    command.downgrade(alembic_config(engine), revision)


def check(engine: Engine) -> list[str]:
    """Differences between the models and the migrated schema; empty means no drift."""
    from alembic.autogenerate import compare_metadata

    from tracker.db.models import Base

    with engine.connect() as conn:
        context = MigrationContext.configure(
            conn, opts={"include_object": include_object, "compare_type": True}
        )
        diffs = compare_metadata(context, Base.metadata)
    return [repr(diff) for diff in diffs]
