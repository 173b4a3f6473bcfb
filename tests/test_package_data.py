"""Word lists, cue tables and regex tables are package data (tracker/lexicon/), not Python:
no module of tracker/ is mostly string data (issue 17)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "tracker"
MODULES = sorted(PACKAGE.rglob("*.py"))

# Modules shorter than this (code without docstrings and comments) are left alone: a few
# constants make a small module's share jump.
MIN_CODE = 1500
MAX_STRING_SHARE = 0.5


def string_share(source: str) -> tuple[float, int]:
    """The share of string literals in a module's code, and the code's length.

    The code is the module as ``ast.unparse`` writes it without its docstrings: comments,
    blank lines and layout do not count, a literal counts as its ``repr`` (quotes included).
    """
    tree = ast.parse(source)
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            body = node.body
            if (
                body
                and isinstance(body[0], ast.Expr)
                and isinstance(body[0].value, ast.Constant)
                and isinstance(body[0].value.value, str)
            ):
                node.body = body[1:] or [ast.Pass()]
    code = ast.unparse(tree)
    strings = sum(
        len(repr(node.value))
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str)
    )
    return (strings / len(code) if code else 0.0), len(code)


def test_the_measure_counts_literals_not_docstrings_or_comments() -> None:
    source = 'def f():\n    """A long docstring that does not count."""\n    # nor this\n    return "ab"\n'
    share, length = string_share(source)
    assert length == len("def f():\n    return 'ab'")
    assert share == len("'ab'") / length


@pytest.mark.parametrize("path", MODULES, ids=[str(p.relative_to(PACKAGE)) for p in MODULES])
def test_no_module_is_mostly_string_data(path: Path) -> None:
    share, length = string_share(path.read_text(encoding="utf-8"))
    if length > MIN_CODE:
        assert share <= MAX_STRING_SHARE, (
            f"{path.relative_to(PACKAGE.parent)} is {share:.0%} string literals: move its word "
            "lists or patterns to a table in tracker/lexicon/ (see tracker/lexicon/__init__.py)"
        )
