"""Inline SVG timeline charts, drawn in Python: no script, no external file.

A chart plots a fact's values over stated time: a point per figure, coloured by
source; a grey step line through the values that stood; a red cross on a value
that came in contradicting another, with dashed red lines to the value it
contradicts; a blue arrow, at the time of an update, from the level of the value it replaced to
the new value. Axes carry
dates (UTC) and values with the unit.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

from tracker.report.timeline import FactTimeline, TimelineEntry
from tracker.report.values import number

WIDTH, HEIGHT = 860, 300
LEFT, RIGHT, TOP, BOTTOM = 84, 28, 26, 58
MAX_TICKS = 7
RADIUS = 5.5
CONTRADICTION = "#d62728"
UPDATE = "#1f5fbf"
PALETTE = (
    "#0072b2",
    "#e69f00",
    "#009e73",
    "#cc79a7",
    "#56b4e9",
    "#8c564b",
    "#6a3d9a",
    "#b8a000",
    "#17becf",
    "#1b7837",
)


def assign_colours(sources: Sequence[str]) -> dict[str, str]:
    """A colour per source, in the order given (the palette repeats past ten)."""
    return {name: PALETTE[i % len(PALETTE)] for i, name in enumerate(dict.fromkeys(sources))}


# -- scales ---------------------------------------------------------------------


@dataclass(frozen=True)
class TimeScale:
    start: float  # POSIX seconds
    end: float
    x0: float
    x1: float

    @classmethod
    def over(cls, times: Sequence[dt.datetime], x0: float, x1: float) -> TimeScale:
        stamps = [t.timestamp() for t in times]
        low, high = min(stamps), max(stamps)
        if high - low < 3600:
            low, high = low - 12 * 3600, high + 12 * 3600
        pad = (high - low) * 0.06
        return cls(low - pad, high + pad, x0, x1)

    def __call__(self, when: dt.datetime) -> float:
        share = (when.timestamp() - self.start) / (self.end - self.start)
        return self.x0 + share * (self.x1 - self.x0)

    def ticks(self) -> list[tuple[dt.datetime, str, str]]:
        """(time, first label line, second label line) for each tick."""
        span = self.end - self.start
        for hours in (1, 2, 3, 6, 12, 24, 48, 168, 336):
            step = hours * 3600
            if span / step <= MAX_TICKS:
                first = math.ceil(self.start / step) * step
                times = [_utc(first + i * step) for i in range(int((self.end - first) // step) + 1)]
                return _label_times(times, hourly=hours < 24)
        for months in (1, 2, 3, 6, 12, 24, 60, 120):
            if span / (months * 30.44 * 86400) <= MAX_TICKS:
                return _label_months(self.start, self.end, months)
        return _label_months(self.start, self.end, 1200)


def _utc(stamp: float) -> dt.datetime:
    return dt.datetime.fromtimestamp(stamp, dt.UTC)


def _label_times(times: list[dt.datetime], *, hourly: bool) -> list[tuple[dt.datetime, str, str]]:
    ticks = []
    previous: dt.datetime | None = None
    for when in times:
        if hourly:
            same_day = previous is not None and previous.date() == when.date()
            second = "" if same_day else f"{when.day} {when:%b}"
            ticks.append((when, when.strftime("%H:%M"), second))
        else:
            second = "" if previous and previous.year == when.year else str(when.year)
            ticks.append((when, f"{when.day} {when:%b}", second))
        previous = when
    return ticks


def _label_months(start: float, end: float, months: int) -> list[tuple[dt.datetime, str, str]]:
    """Ticks on the first of every ``months``-th month (or year), labelled "Mar" / "2025"."""
    first = _utc(start)
    index = math.ceil((first.year * 12 + first.month) / months) * months  # months since year 0
    ticks: list[tuple[dt.datetime, str, str]] = []
    previous_year: int | None = None
    while True:
        year, month = divmod(index, 12)
        when = dt.datetime(year, month + 1, 1, tzinfo=dt.UTC)
        if when.timestamp() > end:
            return ticks
        if months >= 12:
            ticks.append((when, str(year), ""))
        else:
            ticks.append((when, when.strftime("%b"), "" if year == previous_year else str(year)))
        previous_year = year
        index += months


@dataclass(frozen=True)
class ValueScale:
    low: float
    high: float
    step: float
    y0: float  # pixel of ``low`` (bottom)
    y1: float  # pixel of ``high`` (top)

    @classmethod
    def over(cls, values: Sequence[float], y0: float, y1: float) -> ValueScale:
        low, high = min(0.0, min(values)), max(values)
        if high <= low:
            high = low + (abs(low) or 1.0)
        step = nice_step((high - low) / 5)
        top = math.ceil(high * 1.08 / step) * step if high > 0 else 0.0
        bottom = math.floor(low / step) * step
        return cls(bottom, max(top, bottom + step), step, y0, y1)

    def __call__(self, value: float) -> float:
        share = (value - self.low) / (self.high - self.low)
        return self.y0 + share * (self.y1 - self.y0)

    def ticks(self) -> list[float]:
        count = round((self.high - self.low) / self.step)
        return [self.low + i * self.step for i in range(count + 1)]


def nice_step(raw: float) -> float:
    """1, 2, 2.5 or 5 times a power of ten, at least ``raw``."""
    if raw <= 0:
        return 1.0
    power = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 2.5, 5, 10):
        if factor * power >= raw * 0.999:
            return factor * power
    return 10 * power


def axis_number(value: float, step: float) -> str:
    """Tick labels: 2,000 / 7.5 / 12M / 1.5bn."""
    if abs(value) >= 1e9 and step >= 1e8:
        return f"{value / 1e9:g}bn"
    if abs(value) >= 1e6 and step >= 1e5:
        return f"{value / 1e6:g}M"
    if step < 1:
        decimals = max(0, -math.floor(math.log10(step)))
        if not math.isclose(step * 10**decimals, round(step * 10**decimals)):
            decimals += 1  # 0.25
        return f"{value:,.{decimals}f}"
    return number(round(value, 6))


# -- the chart --------------------------------------------------------------------


def timeline_svg(timeline: FactTimeline, colours: dict[str, str]) -> str:
    """The chart of one fact as an ``<svg>`` element."""
    fact_id = timeline.fact["id"]
    dated = [e for e in timeline.entries if e.time is not None]
    title = f"Values of fact {fact_id} over time: {timeline.fact['label']}"
    out = [
        f'<svg class="timeline" data-fact="{fact_id}" viewBox="0 0 {WIDTH} {HEIGHT}" '
        f'width="{WIDTH}" height="{HEIGHT}" role="img" xmlns="http://www.w3.org/2000/svg">',
        f"<title>{escape(title)}</title>",
    ]
    if not dated:
        out.append(
            f'<text class="empty" x="{WIDTH / 2}" y="{HEIGHT / 2}" text-anchor="middle">'
            "no dated values to plot</text></svg>"
        )
        return "".join(out)
    times = TimeScale.over([e.time for e in dated if e.time], LEFT, WIDTH - RIGHT)
    values = ValueScale.over([e.value for e in dated], HEIGHT - BOTTOM, TOP)
    out += _axes(times, values, timeline.unit)
    where = _positions(dated, times, values)
    out += _accepted_path(timeline, where, times.x1)
    out += _links(timeline, where)
    out += _points(timeline, dated, where, colours)
    out += _value_labels(timeline, dated, where)
    out.append("</svg>")
    return "".join(out)


def _axes(times: TimeScale, values: ValueScale, unit: str | None) -> list[str]:
    left, right = times.x0, times.x1
    bottom, top = values.y0, values.y1
    out = ['<g class="axes">']
    for tick in values.ticks():
        y = values(tick)
        out.append(f'<line class="grid" x1="{left}" x2="{right}" y1="{y:.1f}" y2="{y:.1f}"/>')
        out.append(
            f'<text class="tick y" x="{left - 8}" y="{y + 4:.1f}" text-anchor="end">'
            f"{escape(axis_number(tick, values.step))}</text>"
        )
    for when, first, second in times.ticks():
        x = times(when)
        if x < left - 0.5 or x > right + 0.5:
            continue
        out.append(
            f'<line class="tick-mark" x1="{x:.1f}" x2="{x:.1f}" y1="{bottom}" y2="{bottom + 5}"/>'
        )
        out.append(
            f'<text class="tick x" x="{x:.1f}" y="{bottom + 18}" text-anchor="middle">'
            f"{escape(first)}</text>"
        )
        if second:
            out.append(
                f'<text class="tick x" x="{x:.1f}" y="{bottom + 31}" text-anchor="middle">'
                f"{escape(second)}</text>"
            )
    out.append(f'<line class="axis" x1="{left}" x2="{right}" y1="{bottom}" y2="{bottom}"/>')
    out.append(f'<line class="axis" x1="{left}" x2="{left}" y1="{top}" y2="{bottom}"/>')
    middle = (top + bottom) / 2
    out.append(
        f'<text class="axis-title" transform="translate(16 {middle:.1f}) rotate(-90)" '
        f'text-anchor="middle">{escape(unit or "value")}</text>'
    )
    out.append(
        f'<text class="axis-title" x="{(left + right) / 2:.1f}" y="{HEIGHT - 6}" '
        'text-anchor="middle">stated time (UTC)</text>'
    )
    out.append("</g>")
    return out


def _positions(
    dated: list[TimelineEntry], times: TimeScale, values: ValueScale
) -> dict[int, tuple[float, float]]:
    """Pixel position of each figure; figures on the same spot are set side by side."""
    taken: Counter[tuple[int, int]] = Counter()
    where = {}
    for entry in dated:
        assert entry.time is not None
        x, y = times(entry.time), values(entry.value)
        spot = (round(x), round(y))
        x += taken[spot] * (RADIUS * 1.6)
        taken[spot] += 1
        where[entry.figure_id] = (x, y)
    return where


def _accepted_path(
    timeline: FactTimeline, where: dict[int, tuple[float, float]], right: float
) -> list[str]:
    path = [where[f] for f in timeline.accepted if f in where]
    if not path:
        return []
    d = [f"M{path[0][0]:.1f},{path[0][1]:.1f}"]
    for x, y in path[1:]:
        d.append(f"H{x:.1f}V{y:.1f}")
    d.append(f"H{max(path[-1][0], min(right, path[-1][0] + 24)):.1f}")
    return [f'<path class="accepted" d="{"".join(d)}"/>']


def _links(timeline: FactTimeline, where: dict[int, tuple[float, float]]) -> list[str]:
    out = []
    for link in timeline.links:
        if link.older not in where or link.newer not in where:
            continue
        (x1, y1), (x2, y2) = where[link.older], where[link.newer]
        tip = f"<title>{escape(link.text)}</title>"
        if link.kind == "contradiction":
            out.append(
                f'<line class="contradiction-link" x1="{x1:.1f}" y1="{y1:.1f}" '
                f'x2="{x2:.1f}" y2="{y2:.1f}">{tip}</line>'
            )
            continue
        # An update is drawn where it happened: just before the newer value, an
        # arrow from the level of the value it replaced up (or down) to the new one.
        rise = y2 - y1
        if abs(rise) < 6:
            continue
        ax = x2 - (RADIUS + 5)
        step = 1 if rise > 0 else -1
        head = min(8.0, abs(rise) * 0.6)
        base = y2 - step * head
        points = f"{ax:.1f},{y2:.1f} {ax - 4:.1f},{base:.1f} {ax + 4:.1f},{base:.1f}"
        out.append(
            f'<g class="update">{tip}<line x1="{ax:.1f}" y1="{y1:.1f}" x2="{ax:.1f}" '
            f'y2="{base:.1f}"/><polygon points="{points}"/></g>'
        )
    return out


def _points(
    timeline: FactTimeline,
    dated: list[TimelineEntry],
    where: dict[int, tuple[float, float]],
    colours: dict[str, str],
) -> list[str]:
    out = []
    for entry in dated:
        x, y = where[entry.figure_id]
        colour = colours.get(entry.source, "#555555")
        state = "hollow" if not entry.asserted else "solid"
        fill = "#ffffff" if not entry.asserted else colour
        when = entry.time.strftime("%Y-%m-%d %H:%M") if entry.time else "?"
        tip = f"{entry.value_text()} {timeline.unit or ''} — {entry.source}"
        if entry.claimant and entry.claimant != entry.source:
            tip += f", {entry.claimant}"
        tip += f", {when} UTC (claim {entry.claim_id})"
        out.append(
            f'<circle class="point {state}" cx="{x:.1f}" cy="{y:.1f}" r="{RADIUS}" '
            f'fill="{fill}" stroke="{colour}" data-figure="{entry.figure_id}" '
            f'data-value="{entry.value:g}" data-source="{escape(entry.source)}">'
            f"<title>{escape(tip)}</title></circle>"
        )
        if entry.figure_id in timeline.disputed:
            s = RADIUS + 2.5
            out.append(
                f'<g class="contradiction-mark" data-figure="{entry.figure_id}">'
                f"<title>{escape(entry.value_text())}: contradicts an earlier value</title>"
                f'<line x1="{x - s:.1f}" y1="{y - s:.1f}" x2="{x + s:.1f}" y2="{y + s:.1f}"/>'
                f'<line x1="{x - s:.1f}" y1="{y + s:.1f}" x2="{x + s:.1f}" y2="{y - s:.1f}"/></g>'
            )
    return out


def _value_labels(
    timeline: FactTimeline, dated: list[TimelineEntry], where: dict[int, tuple[float, float]]
) -> list[str]:
    """Label each value where it first stands or is disputed, not every repeat."""
    out = []
    shown: set[float] = set()
    accepted = set(timeline.accepted)
    previous_value: float | None = None
    for entry in dated:
        label = None
        if entry.figure_id in timeline.disputed and entry.value not in shown:
            label = "disputed"
        elif entry.figure_id in accepted and entry.value != previous_value:
            label = "accepted"
        if entry.figure_id in accepted:
            previous_value = entry.value
        if label is None:
            continue
        shown.add(entry.value)
        x, y = where[entry.figure_id]
        text = entry.value_text()
        above = y - 11 > TOP - 8
        # Near the right edge the label goes to the left of its point.
        fits = x + 8 + len(text) * 7.2 < WIDTH - 2
        anchor = "start" if fits else "end"
        out.append(
            f'<text class="value-label {label}" x="{x + 8 if fits else x - 8:.1f}" '
            f'y="{(y - 10) if above else (y + 18):.1f}" text-anchor="{anchor}">'
            f"{escape(text)}</text>"
        )
    return out
