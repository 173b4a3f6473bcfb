"""Alembic, driven from tracker: where the migrations are and how to run them.

Alembic (with Mako and Pygments behind it) takes a good part of a second to import,
and every command checks the schema revision when it opens a database. So that check
does not import it: the head revision is read from the migration files' ``revision``
and ``down_revision`` lines, and the current one from the ``alembic_version`` table.
Anything unusual (a file those lines do not describe, branches, several current
revisions) goes to Alembic itself. Upgrades, downgrades and drift checks always do.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text

import tracker

if TYPE_CHECKING:
    from alembic.config import Config

VERSION_TABLE = "alembic_version"

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
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    config.set_main_option("sqlalchemy.url", engine.url.render_as_string(hide_password=False))
    config.attributes["engine"] = engine
    return config


_REVISION_LINE = re.compile(
    r"^(revision|down_revision|branch_labels|depends_on)\b[^=\n]*=\s*(.*?)\s*$", re.M
)
_QUOTED = re.compile(r"""^(?:"([^"\\]*)"|'([^'\\]*)')$""")


@lru_cache(maxsize=8)
def scanned_revisions(versions: Path) -> dict[str, str | None] | None:
    """``{revision: down_revision}`` read from the migration files' assignment lines,
    or None when a file does not spell them as plain strings (Alembic decides then)."""
    graph: dict[str, str | None] = {}
    for path in sorted(versions.glob("*.py")):
        found: dict[str, str | None] = {}
        for name, value in _REVISION_LINE.findall(path.read_text(encoding="utf-8")):
            if name in found:
                return None
            quoted = _QUOTED.match(value)
            if value == "None":
                found[name] = None
            elif quoted:
                found[name] = quoted.group(1) if quoted.group(1) is not None else quoted.group(2)
            else:
                return None
        if (
            found.get("revision") is None
            or "down_revision" not in found
            or found.get("branch_labels") is not None
            or found.get("depends_on") is not None
            or found["revision"] in graph
        ):
            return None
        graph[str(found["revision"])] = found["down_revision"]
    return graph or None


def _scanned_head() -> str | None:
    graph = scanned_revisions(migrations_dir() / "versions")
    if graph is None:
        return None
    heads = set(graph) - {down for down in graph.values() if down is not None}
    if len(heads) != 1 or any(down is not None and down not in graph for down in graph.values()):
        return None
    return heads.pop()


def head_revision(engine: Engine) -> str:
    head = _scanned_head()
    if head is not None:
        return head
    from alembic.script import ScriptDirectory

    heads = ScriptDirectory.from_config(alembic_config(engine)).get_heads()
    if len(heads) != 1:
        raise RuntimeError(f"the migrations have {len(heads)} heads; expected one")
    return str(heads[0])


def current_revision(engine: Engine) -> str | None:
    """The revision the database is at; None for a database without tracker's schema."""
    with engine.connect() as conn:
        if not inspect(conn).has_table(VERSION_TABLE):
            return None
        rows = conn.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalars().all()
        if len(rows) <= 1:
            return str(rows[0]) if rows else None
        from alembic.runtime.migration import MigrationContext

        return MigrationContext.configure(conn).get_current_revision()  # explains the heads


def known_revisions(engine: Engine) -> set[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config(engine))
    return {rev.revision for rev in script.walk_revisions()}


def upgrade(engine: Engine, revision: str = "head") -> None:
    from alembic import command

    command.upgrade(alembic_config(engine), revision)


def downgrade(engine: Engine, revision: str) -> None:
    from alembic import command

    command.downgrade(alembic_config(engine), revision)


def check(engine: Engine) -> list[str]:
    """Differences between the models and the migrated schema; empty means no drift."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from tracker.db.models import Base

    with engine.connect() as conn:
        context = MigrationContext.configure(
            conn, opts={"include_object": include_object, "compare_type": True}
        )
        diffs = compare_metadata(context, Base.metadata)
    return [repr(diff) for diff in diffs]
