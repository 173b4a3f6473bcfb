"""What listings return: rows (dicts) that also know how many there were in all."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any


class Rows(list[dict[str, Any]]):
    """Rows of a listing, and ``total``: how many rows there were before a limit cut
    them (the CLI says "showing 100 of 806")."""

    def __init__(self, rows: Iterable[dict[str, Any]] = (), total: int | None = None) -> None:
        super().__init__(rows)
        self.total = len(self) if total is None else total
        # suggestions a listing of what stands left out (a person has yet to decide)
        self.suggested = 0


def cut(rows: list[dict[str, Any]], limit: int) -> Rows:
    """The first ``limit`` rows (all when 0), knowing the total."""
    return Rows(rows[: limit or None], total=len(rows))
