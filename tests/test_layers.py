"""The layers of the package, checked on the source: who may import whom.

* ``lexicon`` (word lists, fold) and ``fact_rules`` (a fact's state from its history) import
  nothing else of tracker: every layer may use them.
* ``extract``, ``readers``, ``normalise`` and ``match`` are pure: never ``tracker.db`` (models,
  sessions) or ``tracker.cli``; ``extract``, ``readers`` and ``normalise`` never ``match``
  (the matcher sits on top of what they make).
* ``query`` and ``report`` (the read side) never import ``match``, ``extract`` or
  ``normalise``: what they show was decided and stored by the write side. ``report``
  never imports the models (``tracker.db.models``): exports and the HTML report read
  through ``query``, which reads the reporting views.
* Nothing but ``cli`` (and ``__main__``) imports ``cli``; ``cli`` never imports the models
  (``tracker.db.models``): commands call library functions that take a session.

Every ``import`` counts, at module level or inside a function. A module that still breaks a
rule is listed in ``KNOWN`` with the reason; the list may only shrink (a listed module that
no longer breaks its rule fails the test, so that it is taken off).
"""

from __future__ import annotations

import ast
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
    "match": frozenset({"db", "cli", "query", "report"}),
    "query": frozenset({"match", "extract", "normalise", "cli"}),
    "report": frozenset({"match", "extract", "normalise", "cli"}),
    "db": frozenset({"cli", "query", "report", "match", "extract", "normalise"}),
}

# (module, imported layer): why it still does. Take a row off when it is fixed.
KNOWN: dict[tuple[str, str], str] = {
    ("tracker.match.index", "db"): "the claim index reads and writes its rows (ClaimTerm, "
    "IndexStats); it belongs to the write side with tracker/store/",
    ("tracker.match.words", "db"): "the raw-word index (WordTerm, ClaimWord, WordStats) reads "
    "and writes its rows, like tracker.match.index; write side",
    ("tracker.match.semantic", "db"): "stores and reads claim embeddings (ClaimVector); write side",
    ("tracker.match.retrieval", "db"): "`tracker match` reads claims and articles to rank "
    "them; a read over the index, being reworked separately",
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


def test_the_fact_rules_shim_serves_only_the_store() -> None:
    """``tracker.match.facts`` re-exports ``tracker.fact_rules`` for tracker/store/ only."""
    users = set()
    for path in sorted(PACKAGE.rglob("*.py")):
        module = _module_name(path)
        if "tracker.match.facts" in _imports(path, module):
            users.add(module)
    assert users and all(module.startswith("tracker.store.") for module in users)
