"""A fact's values over time as a step chart in the terminal (`tracker fact N`).

The grey step line is the value that stood; ``●`` marks a claimed value, ``✕`` a
value that came in contradicting an earlier one, ``○`` a value denied or named
only as the value before a change. The same rule as the HTML report decides what
stood (:mod:`tracker.report.timeline`): a value stands unless its first statement
contradicted an earlier value.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

import click

from tracker.cli.render import local, zone_name
from tracker.report.values import number

VALUE, DISPUTED, HOLLOW = "●", "✕", "○"
LEGEND = f"{VALUE} value  {DISPUTED} contradicts an earlier value  {HOLLOW} denied or earlier value"


def step_chart(
    timeline: Sequence[dict[str, Any]], *, width: int = 64, height: int = 9, color: bool = False
) -> list[str]:
    """Lines of the chart; none when no value has a date."""
    dated = [row for row in timeline if row.get("stated_at") is not None]
    if not dated:
        return []
    asserted = [r for r in dated if not (r.get("negated") or r.get("previous"))]
    contradicting = {
        r["figure_id"]
        for r in dated
        if any(rel["kind"] == "contradiction" for rel in r.get("relations", []))
    }
    first_of_value: dict[float, Any] = {}
    for row in asserted:
        first_of_value.setdefault(row["value"], row["figure_id"])
    disputed = {r["figure_id"] for r in asserted if first_of_value[r["value"]] in contradicting}
    accepted = [r for r in asserted if r["figure_id"] not in disputed]

    times = [r["stated_at"].timestamp() for r in dated]
    values = [r["value"] for r in dated]
    t0, t1 = min(times), max(times)
    v0, v1 = min(values), max(values)
    rows = height if v1 > v0 else 1

    def col(row: dict[str, Any]) -> int:
        if t1 == t0:
            return width // 2
        return round((row["stated_at"].timestamp() - t0) / (t1 - t0) * (width - 1))

    def line(value: float) -> int:
        if v1 == v0:
            return 0
        return round((v1 - value) / (v1 - v0) * (rows - 1))

    grid = [[" "] * width for _ in range(rows)]
    for before, after in zip(accepted, accepted[1:], strict=False):
        r0, c0, r1, c1 = line(before["value"]), col(before), line(after["value"]), col(after)
        for c in range(c0, c1):
            grid[r0][c] = "─"
        if r1 != r0:
            grid[r0][c1] = "┘" if r1 < r0 else "┐"
            for r in range(min(r0, r1) + 1, max(r0, r1)):
                grid[r][c1] = "│"
    if accepted:
        standing = accepted[-1]
        for c in range(col(standing) + 1, width):
            grid[line(standing["value"])][c] = "─"
    for row in sorted(dated, key=lambda r: r["figure_id"] in disputed):
        mark = VALUE
        if row.get("negated") or row.get("previous"):
            mark = HOLLOW
        elif row["figure_id"] in disputed:
            mark = DISPUTED
        grid[line(row["value"])][col(row)] = mark

    labels: dict[int, str] = {}
    for row in sorted(dated, key=lambda r: r["value"]):
        labels.setdefault(line(row["value"]), number(row["value"]))
    pad = max(len(text) for text in labels.values())
    out = []
    for r, cells in enumerate(grid):
        text = "".join(cells)
        if color:
            text = text.replace(DISPUTED, click.style(DISPUTED, fg="red", bold=True))
            for stroke in "─│┘┐":
                text = text.replace(stroke, click.style(stroke, fg="bright_black"))
        drawn = f"{labels.get(r, ''):>{pad}} ┤{text}" if r in labels else f"{'':>{pad}} │{text}"
        out.append(drawn.rstrip())
    out.append(f"{'':>{pad}} └{'─' * width}")
    first = local(min(r["stated_at"] for r in dated))
    last = local(max(r["stated_at"] for r in dated))
    left, right = _when(first, last), _when(last, first)
    gap = max(1, width - len(left) - len(right))
    out.append(f"{'':>{pad}}  {left}{' ' * gap}{right if last != first else ''}")
    note = f"{'':>{pad}}  {LEGEND}; times {zone_name()}"
    undated = len(timeline) - len(dated)
    if undated:
        note += f"; {undated} value(s) without a date not shown"
    out.append(note)
    return out


def _when(moment: dt.datetime, other: dt.datetime) -> str:
    """A date, with the time when both ends fall on the same day."""
    if moment.date() == other.date():
        return moment.strftime("%Y-%m-%d %H:%M")
    return moment.strftime("%Y-%m-%d")
