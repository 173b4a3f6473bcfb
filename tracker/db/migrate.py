"""Alembic, driven from tracker: where the migrations are and how to run them.

Alembic (with Mako and Pygments behind it) takes a good part of a second to import,
and every command checks the schema revision when it opens a database. So that check
does not import it: the head revision is read from the migration files' ``revision``
and ``down_revision`` lines, and the current one from the ``alembic_version`` table.
Anything unusual (a file those lines do not describe, branches, several current
revisions) goes to Alembic itself. Upgrades, downgrades and drift checks always do.

Every migration run is one transaction (:func:`tracker.db.dialects.schema_change`):
a failure or a kill half-way leaves the database as it was, and a first-time set-up
leaves either the whole schema or an empty database. A downgrade is planned first
(:func:`downgrade_plan`: run and rolled back) so that what it would drop can be
shown, with counts, before it is done. :func:`check` compares the models with the
tables and the views with the ones the migrations make.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect, text

import tracker
from tracker.db import dialects

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

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


def alembic_config(engine: Engine, connection: Connection | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    config.set_main_option(
        "sqlalchemy.url", engine.url.render_as_string(hide_password=False).replace("%", "%%")
    )
    config.attributes["engine"] = engine
    if connection is not None:
        config.attributes["connection"] = connection
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


def current_revision(engine: Engine | Connection) -> str | None:
    """The revision the database is at; None for a database without tracker's schema."""
    if isinstance(engine, Connection):
        return _current_on(engine)
    with engine.connect() as conn:
        return _current_on(conn)


def _current_on(conn: Connection) -> str | None:
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


def _script(engine: Engine) -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config(engine))


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Upgrade in one transaction, then refresh the read-only role (PostgreSQL)."""
    from alembic import command

    with dialects.schema_change(engine) as conn:
        command.upgrade(alembic_config(engine, conn), revision)
    dialects.ensure_reader_role(engine)


def create_schema(engine: Engine) -> None:
    """Set up an empty database, once: of several processes starting together on a
    new database, the first creates the schema and the others find it made."""
    from alembic import command

    with dialects.schema_change(engine) as conn:
        tables = set(inspect(conn).get_table_names()) - {"alembic_version"}
        if current_revision(conn) is None and not tables:
            command.upgrade(alembic_config(engine, conn), "head")
    dialects.ensure_reader_role(engine)


def downgrade(engine: Engine, revision: str) -> None:
    """Downgrade in one transaction; at ``base`` the read-only role goes too."""
    from alembic import command

    with dialects.schema_change(engine) as conn:
        command.downgrade(alembic_config(engine, conn), revision)
    if revision == "base":
        dialects.drop_reader_role(engine)


# -- what a downgrade drops -----------------------------------------------------------


@dataclass(frozen=True)
class Loss:
    """Data one downgrade step drops: ``count`` rows of ``table`` (``column`` None) or
    ``count`` non-empty values of ``table.column``."""

    revision: str
    table: str
    column: str | None
    count: int

    def describe(self) -> str:
        if self.column is None:
            noun = "row" if self.count == 1 else "rows"
            return f"{self.count:,} {noun} of {self.table}"
        noun = "value" if self.count == 1 else "values"
        return f"{self.count:,} {noun} of {self.table}.{self.column}"


Census = dict[str, tuple[int, dict[str, int]]]


def census(conn: Connection) -> Census:
    """Rows of every table and non-empty values of every column (one scan a table)."""
    found: Census = {}
    inspector = inspect(conn)
    quote = conn.dialect.identifier_preparer.quote
    for table in sorted(inspector.get_table_names()):
        if table == "alembic_version":
            continue
        columns = [c["name"] for c in inspector.get_columns(table)]
        counts = ", ".join(f"count({quote(c)})" for c in columns)
        row = conn.exec_driver_sql(f"SELECT count(*), {counts} FROM {quote(table)}").one()
        found[table] = (int(row[0]), dict(zip(columns, (int(v) for v in row[1:]), strict=True)))
    return found


def losses_between(revision: str, before: Census, after: Census) -> list[Loss]:
    """What disappeared from ``before`` to ``after``: tables, columns, rows."""
    lost: list[Loss] = []
    for table, (rows, columns) in before.items():
        if table not in after:
            if rows:
                lost.append(Loss(revision, table, None, rows))
            continue
        rows_after, columns_after = after[table]
        if rows_after < rows:
            lost.append(Loss(revision, table, None, rows - rows_after))
        for column, values in columns.items():
            if column not in columns_after and values:
                lost.append(Loss(revision, table, column, values))
    return lost


class _DryRun(Exception):
    """Raised to roll a planned downgrade back."""


def downgrade_steps(engine: Engine, revision: str) -> list[str]:
    """The revisions a downgrade to ``revision`` undoes, newest first."""
    current = current_revision(engine)
    if current is None:
        return []
    script = _script(engine)
    target = None if revision == "base" else revision
    return [rev.revision for rev in script.iterate_revisions(current, target) if rev is not None]


def downgrade_plan(engine: Engine, revision: str) -> list[Loss]:
    """What a downgrade to ``revision`` would drop, step by step: the downgrade is run
    in a transaction, the data counted before and after each step, and rolled back."""
    from alembic import command

    steps = downgrade_steps(engine, revision)
    script = _script(engine)
    plan: list[Loss] = []
    try:
        with dialects.schema_change(engine) as conn:
            config = alembic_config(engine, conn)
            before = census(conn)
            for step in steps:
                down = script.get_revision(step).down_revision
                command.downgrade(config, str(down) if down else "base")
                after = census(conn)
                plan.extend(losses_between(step, before, after))
                before = after
            raise _DryRun
    except _DryRun:
        pass
    return plan


# -- drift ------------------------------------------------------------------------------------


def check(engine: Engine) -> list[str]:
    """Differences between the models and the migrated schema, and between the views
    and the ones the migrations make; empty means no drift."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from tracker.db.models import Base

    with engine.connect() as conn:
        context = MigrationContext.configure(
            conn, opts={"include_object": include_object, "compare_type": True}
        )
        diffs = [repr(diff) for diff in compare_metadata(context, Base.metadata)]
    return diffs + view_drift(engine)


def view_drift(engine: Engine) -> list[str]:
    """Views missing, added or defined otherwise than the migrations define them."""
    actual, expected = _views_and_reference(engine)
    found: list[str] = []
    for name in sorted(set(expected) | set(actual)):
        if name not in actual:
            found.append(f"view {name} is missing (the migrations make it)")
        elif name not in expected:
            found.append(f"view {name} is not made by the migrations")
        elif actual[name] != expected[name]:
            found.append(f"view {name} differs from the migrations' definition")
    return found


def _views_and_reference(engine: Engine) -> tuple[dict[str, str], dict[str, str]]:
    from alembic import command

    if engine.dialect.name == "sqlite":
        with engine.connect() as conn:
            actual = dialects.view_definitions(conn)
            conn.rollback()
        return actual, dict(_sqlite_reference_views())
    with engine.connect() as conn:
        trans = conn.begin()
        try:
            actual = dialects.view_definitions(conn)
            with dialects.scratch_schema(conn):
                command.upgrade(alembic_config(engine, conn), "head")
                expected = dialects.view_definitions(conn)
        finally:
            trans.rollback()
    return actual, expected


@lru_cache(maxsize=1)
def _sqlite_reference_views() -> tuple[tuple[str, str], ...]:
    from alembic import command
    from sqlalchemy import create_engine
    from sqlalchemy.pool import StaticPool

    engine = create_engine("sqlite://", poolclass=StaticPool)
    dialects.configure_engine(engine)
    try:
        with dialects.schema_change(engine) as conn:
            command.upgrade(alembic_config(engine, conn), "head")
            return tuple(sorted(dialects.view_definitions(conn).items()))
    finally:
        engine.dispose()
