"""`tracker datasette-metadata`: a Datasette ``metadata.json`` that describes the
reporting views and every column of them, taken from docs/sql.md (the page that
documents the views; it ships inside the wheel as ``tracker/_docs/sql.md``)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import tracker
from tracker.db import views as reporting_views

VIEWS = tuple(view.name for view in reporting_views.VIEWS)  # every reporting view
# How Datasette opens each view: newest first where that makes sense.
SORT_DESC = {
    "claim_provenance": "stated_at",
    "claim_figures": "stated_at",
    "claim_relations": "created_at",
    "fact_timeline": "stated_at",
    "contradictions": "created_at",
    "claim_verdicts": "reviewed_at",
}


def sql_doc() -> str:
    """docs/sql.md: from the installed wheel, or the repository's docs/ folder."""
    package_dir = Path(tracker.__file__).resolve().parent
    for candidate in (package_dir / "_docs" / "sql.md", package_dir.parent / "docs" / "sql.md"):
        if candidate.is_file():
            return candidate.read_text(encoding="utf-8")
    raise FileNotFoundError(
        "docs/sql.md is missing: reinstall tracker (pip install .) or run it from a checkout"
    )


def _plain(text: str) -> str:
    """Markdown to plain text: no backticks, links as their text."""
    text = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", text)
    return " ".join(text.replace("`", "").split())


def view_descriptions(doc: str) -> dict[str, dict[str, Any]]:
    """Per view: its description (the paragraph under its heading) and its columns."""
    found: dict[str, dict[str, Any]] = {}
    sections = re.split(r"^## ", doc, flags=re.M)
    for section in sections[1:]:
        name, _, body = section.partition("\n")
        name = name.strip()
        if name not in VIEWS:
            continue
        intro = body.split("\n|", 1)[0].strip()
        columns: dict[str, str] = {}
        for line in body.splitlines():
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if len(cells) < 2 or not cells[0].startswith("`"):
                continue
            meaning = _plain("|".join(cells[1:]))
            for column in re.findall(r"`([a-z_]+)`", cells[0]):
                columns[column] = meaning
        found[name] = {"description": _plain(intro), "columns": columns}
    return found


def metadata(database_name: str) -> dict[str, Any]:
    """The metadata document for a database that Datasette names ``database_name``."""
    views = view_descriptions(sql_doc())
    tables = {
        name: {
            "description": views[name]["description"],
            "columns": views[name]["columns"],
            **({"sort_desc": SORT_DESC[name]} if name in SORT_DESC else {}),
        }
        for name in VIEWS
        if name in views
    }
    return {
        "title": "tracker: claims, facts and where they came from",
        "description": "The reporting views of a tracker database (docs/sql.md). Times are UTC.",
        "databases": {database_name: {"tables": tables}},
    }
