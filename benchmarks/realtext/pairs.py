"""The labelled figure pairs and where their figures are in a tracker database.

``pairs_labels.jsonl`` holds, per pair, references to two figures (corpus, record key,
character span in the record's text) and what the people who read them decided:
``same_fact`` (yes / no / unsure), ``relation`` (repeat / update / contradiction) for
pairs of one fact, ``negative`` (other_incident / other_measure / unrelated /
not_a_figure) otherwise, and ``part``: ``fit`` (weights are fitted on these) or
``test`` (numbers are reported on these). The split is by the older figure's record
(a hash of its corpus and key), so that the pairs around one article sit on one side.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, text

sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpus  # noqa: E402

LABELS = Path(__file__).resolve().parent / "pairs_labels.jsonl"
CORPUS_FILES = {"zeitgeist": "zeitgeist.jsonl", "pac": "pac-dev.jsonl"}


@dataclass
class Pair:
    id: str
    part: str
    stratum: str
    same_fact: str
    relation: str | None
    negative: str | None
    why: str
    a: dict[str, Any]
    b: dict[str, Any]

    @property
    def positive(self) -> bool:
        return self.same_fact == "yes"

    @property
    def corpus(self) -> str:
        return str(self.a["corpus"])


def load_pairs(path: Path = LABELS, include_unsure: bool = False) -> list[Pair]:
    pairs = []
    with path.open(encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            if row["same_fact"] == "unsure" and not include_unsure:
                continue
            pairs.append(
                Pair(
                    row["id"],
                    row["part"],
                    row["stratum"],
                    row["same_fact"],
                    row["relation"],
                    row["negative"],
                    row["why"],
                    row["a"],
                    row["b"],
                )
            )
    return pairs


@dataclass(frozen=True)
class StoredFigure:
    figure_id: int
    claim_id: int
    article_id: int
    fact_id: int | None
    value: float


class FigureLocator:
    """Finds a referenced figure among a database's figures: the article by the file
    line it was read from, the figure by its span (overlapping, the same value)."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.keys: dict[str, dict[str, str]] = {}
        for name in CORPUS_FILES:
            self.keys[name] = {str(n): r.key for n, r in enumerate(corpus.records(name), 1)}
        self.articles: dict[tuple[str, str], list[int]] = {}
        for article_id, origin in conn.execute(text("SELECT id, origin FROM articles")):
            if not origin or ":" not in origin:
                continue
            path, line = origin.rsplit(":", 1)
            for name, filename in CORPUS_FILES.items():
                if path.endswith(filename):
                    key = self.keys[name].get(line)
                    if key is not None:
                        self.articles.setdefault((name, key), []).append(article_id)

    def find(self, ref: dict[str, Any]) -> StoredFigure | None:
        ids = self.articles.get((ref["corpus"], ref["key"]))
        if not ids:
            return None
        rows = self.conn.execute(
            text(
                "SELECT f.id, f.claim_id, c.article_id, f.fact_id, f.value, f.span_start, "
                "f.span_end FROM figures f JOIN claims c ON c.id = f.claim_id "
                "WHERE c.article_id IN (" + ",".join(str(i) for i in ids) + ") "
                "AND f.span_start < :end AND f.span_end > :start"
            ),
            {"start": ref["start"], "end": ref["end"]},
        ).all()
        if not rows:
            return None
        best = min(rows, key=lambda r: abs(r[5] - ref["start"]) + abs(r[6] - ref["end"]))
        return StoredFigure(best[0], best[1], best[2], best[3], best[4])


def located(
    conn: Connection, pairs: list[Pair]
) -> Iterator[tuple[Pair, StoredFigure, StoredFigure]]:
    """The pairs whose two figures the database holds (missing ones are skipped)."""
    locator = FigureLocator(conn)
    for pair in pairs:
        a, b = locator.find(pair.a), locator.find(pair.b)
        if a is not None and b is not None and a.figure_id != b.figure_id:
            yield pair, a, b
