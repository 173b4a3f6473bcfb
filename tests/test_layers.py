"""The layers of the package, checked on the source: who may import whom.

* ``lexicon`` (word lists, fold) and ``fact_rules`` (a fact's state from its history) import
  nothing else of tracker: every layer may use them.
* ``extract``, ``readers``, ``normalise`` and ``match`` are pure: never ``tracker.db`` (models,
  sessions), ``tracker.store`` (the write side) or ``tracker.cli``; ``extract``, ``readers``
  and ``normalise`` never ``match`` (the matcher sits on top of what they make).
* ``query`` and ``report`` (the read side) never import ``match``, ``extract``,
  ``normalise`` or ``store``: what they show was decided and stored by the write side. ``report``
  never imports the models (``tracker.db.models``): exports and the HTML report read
  through ``query``, which reads the reporting views.
* Nothing but ``cli`` (and ``__main__``) imports ``cli``; ``cli`` never imports the models
  (``tracker.db.models``): commands call library functions that take a session.
* Only the write side writes: no module outside ``tracker/store/`` and ``tracker/db/``
  (engine, dialects, migrations) builds or runs a statement that changes rows or schema
  (``insert``/``update``/``delete`` constructs, DML or DDL in SQL text, the upsert helpers
  of ``tracker.db.dialects``) or calls a session's writing methods (``add``, ``merge``,
  ``delete``, ``flush``, ``commit``, ``bulk_*``).

Every ``import`` counts, at module level or inside a function. A module that still breaks a
rule is listed in ``KNOWN`` with the reason; the list may only shrink (a listed module that
no longer breaks its rule fails the test, so that it is taken off).
"""

from __future__ import annotations

import ast
import re
from functools import cache
from pathlib import Path

import pytest

import tracker

PACKAGE = Path(tracker.__file__).parent

EVERYTHING = frozenset(
    path.stem if path.is_file() else path.name
    for path in PACKAGE.iterdir()
    if (path.suffix == ".py" and path.stem != "__init__") or (path / "__init__.py").exists()
)
# layer -> layers it must not import
FORBIDDEN: dict[str, frozenset[str]] = {
    "lexicon": EVERYTHING,
    "fact_rules": EVERYTHING,
    "extract": frozenset({"db", "cli", "match", "query", "report", "store"}),
    "readers": frozenset({"db", "cli", "match", "query", "report", "store", "extract"}),
    "normalise": frozenset({"db", "cli", "match", "query", "report", "store"}),
    "match": frozenset({"db", "cli", "query", "report", "store"}),
    "query": frozenset({"match", "extract", "normalise", "cli", "store"}),
    "report": frozenset({"match", "extract", "normalise", "cli", "store"}),
    "db": frozenset({"cli", "query", "report", "match", "extract", "normalise"}),
}

# (module, imported layer): why it still does. Take a row off when it is fixed.
KNOWN: dict[tuple[str, str], str] = {
    ("tracker.query.facts", "store"): "a fact's state as of a date reads its history with "
    "tracker.store.facts.entries_for / relations_for, the write side's own reads (they "
    "order by tracker.match.views.claimed_at, which query may not import)",
}


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _layer(module: str) -> str | None:
    parts = module.split(".")
    if parts[0] != "tracker" or len(parts) < 2:
        return None
    return parts[1]


def _imports(path: Path, module: str) -> set[str]:
    """Every tracker module ``path`` imports (``from tracker import x`` counts as
    ``tracker.x``; relative imports resolved)."""
    found: set[str] = set()
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")
                anchor = anchor[: len(anchor) - node.level + 1]
                base = ".".join(anchor + ([base] if base else []))
            if base == "tracker" or node.module is None:
                found.update(f"{base}.{alias.name}" for alias in node.names)
            else:
                found.add(base)
    return {name for name in found if name == "tracker" or name.startswith("tracker.")}


@cache
def _violations() -> dict[tuple[str, str], list[str]]:
    broken: dict[tuple[str, str], list[str]] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        module = _module_name(path)
        layer = _layer(module)
        for imported in _imports(path, module):
            target = _layer(imported)
            if target is None or target == layer:
                continue
            if (
                target in FORBIDDEN.get(layer or "", frozenset())
                or (target == "cli" and layer not in ("cli", "__main__"))
                or (layer in ("cli", "report") and imported.startswith("tracker.db.models"))
            ):
                broken.setdefault((module, target), []).append(imported)
    return broken


def test_the_checker_sees_imports_inside_functions(tmp_path: Path) -> None:
    source = tmp_path / "probe.py"
    source.write_text(
        "import tracker.db\nfrom tracker import cli\n"
        "def f():\n    from tracker.match.facts import summarise\n    from . import x\n",
        encoding="utf-8",
    )
    found = _imports(source, "tracker.query.probe")
    assert found == {"tracker.db", "tracker.cli", "tracker.match.facts", "tracker.query.x"}


def test_no_layer_imports_what_it_must_not() -> None:
    new = {key: names for key, names in _violations().items() if key not in KNOWN}
    assert new == {}


@pytest.mark.parametrize("key", sorted(KNOWN))
def test_known_exceptions_still_exist(key: tuple[str, str]) -> None:
    assert key in _violations(), f"{key} is fixed: take it off KNOWN"


# -- only the write side writes ---------------------------------------------------------

WRITERS = ("tracker.store", "tracker.db")
# A session's (or connection's) methods that change the database or end a transaction.
SESSION_WRITES = frozenset(
    {
        "add",
        "add_all",
        "merge",
        "delete",
        "flush",
        "commit",
        "bulk_save_objects",
        "bulk_insert_mappings",
        "bulk_update_mappings",
    }
)
DML_CONSTRUCTS = frozenset({"insert", "update", "delete"})
# tracker.db.dialects' helpers that write rows
WRITE_HELPERS = frozenset({"upsert", "insert_or_get_id"})
# DML and DDL in SQL text (keywords upper case, as the package writes SQL)
SQL_WRITE = re.compile(
    r"\b(INSERT\s+(OR\s+\w+\s+)?INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM|REPLACE\s+INTO"
    r"|TRUNCATE|(CREATE|DROP|ALTER)\s+(TABLE|VIEW|INDEX|SCHEMA))\b"
)


def _writes(path: Path) -> list[str]:
    """What in ``path`` writes to the database, as ``line: code``."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    sqlalchemy_modules: set[str] = set()  # local names of sqlalchemy (sub)modules
    dml_names: set[str] = set()  # local names of sqlalchemy's insert/update/delete
    found: list[str] = []

    def hit(node: ast.AST, what: str) -> None:
        found.append(f"{getattr(node, 'lineno', 0)}: {what}")

    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.split(".")[0] == "sqlalchemy":
                    sqlalchemy_modules.add((alias.asname or alias.name).split(".")[0])
        elif isinstance(node, ast.ImportFrom) and not node.level:
            module = node.module or ""
            for alias in node.names:
                if module.split(".")[0] == "sqlalchemy" and alias.name in DML_CONSTRUCTS:
                    dml_names.add(alias.asname or alias.name)
                    hit(node, f"imports sqlalchemy's {alias.name}")
                elif module.split(".")[0] == "sqlalchemy":
                    sqlalchemy_modules.add(alias.asname or alias.name)
                if module.startswith("tracker.db") and alias.name in WRITE_HELPERS:
                    hit(node, f"imports {module}.{alias.name}")
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute):
            base = ast.unparse(node.value)
            if node.attr in DML_CONSTRUCTS and base.split(".")[0] in sqlalchemy_modules:
                hit(node, ast.unparse(node))
            if node.attr in WRITE_HELPERS and base.split(".")[-1] == "dialects":
                hit(node, ast.unparse(node))
        if isinstance(node, ast.Call):
            func = node.func
            if isinstance(func, ast.Name) and func.id in dml_names:
                hit(node, ast.unparse(node)[:80])
            elif isinstance(func, ast.Attribute):
                receiver = ast.unparse(func.value).lower()
                if func.attr in SESSION_WRITES and ("session" in receiver or "conn" in receiver):
                    hit(node, ast.unparse(node)[:80])
                # Table.insert() / .update() / .delete(): the DML constructs of a table
                # (list.insert, set.update and dict.update take arguments)
                elif func.attr in DML_CONSTRUCTS and not node.args and not node.keywords:
                    hit(node, ast.unparse(node)[:80])
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            if SQL_WRITE.search(node.value):
                hit(node, repr(node.value[:80]))
    return found


@cache
def _writers_outside_the_write_side() -> dict[str, list[str]]:
    found = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        module = _module_name(path)
        if module.startswith(WRITERS):
            continue
        if writes := _writes(path):
            found[module] = writes
    return found


WRITE_PROBE = """\
import sqlalchemy as sa
from sqlalchemy import delete as remove, select  # write
from tracker.db import dialects
from tracker.db.dialects import insert_or_get_id  # write
def f(session, conn, table, rows, names, self):
    session.add(object())  # write
    self.session.add_all([])  # write
    conn.execute(sa.update(table).values(x=1))  # write
    conn.execute(remove(table))  # write
    conn.execute(table.insert(), rows)  # write
    dialects.upsert(conn, table, rows, ["id"])  # write
    conn.exec_driver_sql("INSERT INTO claims (id) VALUES (1)")  # write
    conn.exec_driver_sql(f"DELETE FROM {table} WHERE id = 1")  # write
    session.commit()  # write
    names.insert(0, "x")
    names.update({"a": 1})
    rows.add(1)
    session.execute(select(table))
    conn.execute(sa.text("SELECT 1 WHERE 'update claims set' = ''"))
"""


def test_the_write_check_sees_each_way_of_writing(tmp_path: Path) -> None:
    source = tmp_path / "probe.py"
    source.write_text(WRITE_PROBE, encoding="utf-8")
    found = {int(line.split(":")[0]) for line in _writes(source)}
    marked = {n for n, line in enumerate(WRITE_PROBE.splitlines(), 1) if line.endswith("# write")}
    assert found == marked


def test_only_the_write_side_writes() -> None:
    assert _writers_outside_the_write_side() == {}
