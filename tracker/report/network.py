"""Two more pictures for the HTML report, drawn in Python as inline SVG.

* :func:`repeat_network_svg`, per fact: who said a value first, who repeated it,
  and the syndicated copies, as three columns joined by arrows (solid green: an
  independent repeat; dashed grey: a repeat from the same origin; dotted purple: a
  syndicated copy).
* :func:`sources_chart_svg`: each source's track record as shares of its figures
  (said first, contradicted by others, corrected by itself), a bar per share.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from typing import Any

from tracker.query.dataset import Dataset
from tracker.report.timeline import FactTimeline, TimelineEntry

WIDTH = 860
NODE_W, NODE_H, ROW = 262, 26, 34
TOP = 34
COLUMNS = (("said first", 8), ("repeated by", 296), ("syndicated copies", 584))
MAX_ROWS = 12
NODE_FILL = "#e3eefa"
INDEPENDENT = "#2e8b57"
SAME_ORIGIN = "#8a939c"
COPY = "#7b3294"
DASHES = {
    "independent": "",
    "same origin": ' stroke-dasharray="6 4"',
    "copy": ' stroke-dasharray="2 3"',
}
SHARE_COLOURS = {"said_first": "#1a9850", "contradicted": "#e34a33", "corrected": "#f4a340"}
SHARE_TITLES = {
    "said_first": "said first (others repeated it)",
    "contradicted": "contradicted by others",
    "corrected": "corrected by itself",
}


@dataclass
class Edge:
    older: int  # figure id
    newer: int
    kind: str  # "independent", "same origin", "copy"


def network_edges(data: Dataset, timeline: FactTimeline) -> list[Edge]:
    """Repeats between the fact's figures (older -> newer), copies marked as such."""
    present = {e.figure_id: e for e in timeline.entries}
    edges = []
    for relation in data.live_relations:
        if relation["kind"] != "repeat" or relation["status"] == "rejected":
            continue
        older, newer = relation["older_figure_id"], relation["newer_figure_id"]
        if older not in present or newer not in present:
            continue
        newer_article = data.articles[data.claims[present[newer].claim_id]["article_id"]]
        older_article_id = data.claims[present[older].claim_id]["article_id"]
        if newer_article["syndicated_from_id"] == older_article_id:
            kind = "copy"
        elif relation["independent"]:
            kind = "independent"
        else:
            kind = "same origin"
        edges.append(Edge(older, newer, kind))
    return edges


def repeat_network_svg(data: Dataset, timeline: FactTimeline, colours: dict[str, str]) -> str:
    """The fact's repeat network, or "" when nobody repeated anything."""
    edges = network_edges(data, timeline)
    if not edges:
        return ""
    entries = {e.figure_id: e for e in timeline.entries}
    incoming = {edge.newer: edge for edge in edges}
    column: dict[int, int] = {}
    for figure_id in entries:
        edge = incoming.get(figure_id)
        column[figure_id] = 0 if edge is None else (2 if edge.kind == "copy" else 1)
    linked = {e.older for e in edges} | {e.newer for e in edges}
    order = [e.figure_id for e in timeline.entries if e.figure_id in linked]
    placed: dict[int, tuple[int, int]] = {}
    hidden = [0, 0, 0]
    rows = [0, 0, 0]
    for figure_id in order:
        c = column[figure_id]
        if rows[c] >= MAX_ROWS:
            hidden[c] += 1
            continue
        placed[figure_id] = (COLUMNS[c][1], TOP + rows[c] * ROW)
        rows[c] += 1
    height = TOP + max(max(rows), 1) * ROW + (ROW if any(hidden) else 0) + 8
    fact_id = timeline.fact["id"]
    out = [
        f'<svg class="network" data-fact="{fact_id}" viewBox="0 0 {WIDTH} {height}" '
        f'width="{WIDTH}" height="{height}" role="img" xmlns="http://www.w3.org/2000/svg">',
        f"<title>{escape(f'Who said it first and who repeated it: fact {fact_id}')}</title>",
    ]
    for title, x in COLUMNS:
        out.append(f'<text class="column-title" x="{x}" y="16">{escape(title)}</text>')
    for edge in edges:
        if edge.older in placed and edge.newer in placed:
            out.append(_edge(edge, placed[edge.older], placed[edge.newer]))
    for figure_id, (x, y) in placed.items():
        out.append(_node(entries[figure_id], x, y, colours, column[figure_id]))
    for c, count in enumerate(hidden):
        if count:
            out.append(
                f'<text class="more" x="{COLUMNS[c][1] + 6}" y="{TOP + MAX_ROWS * ROW + 16}">'
                f"+{count} more</text>"
            )
    out.append("</svg>")
    return "".join(out)


def _node(entry: TimelineEntry, x: int, y: int, colours: dict[str, str], column: int) -> str:
    when = entry.time.strftime("%d %b %H:%M") if entry.time else "undated"
    label = f"{entry.source} · {entry.value_text()} · {when}"
    shown = label if len(label) <= 37 else label[:36] + "…"
    tip = f"{label} (claim {entry.claim_id})"
    if entry.claimant and entry.claimant != entry.source:
        tip = f"{entry.claimant}, {tip}"
    colour = colours.get(entry.source, "#555555")
    return (
        f'<g class="node" data-figure="{entry.figure_id}" data-column="{column}">'
        f"<title>{escape(tip)}</title>"
        f'<rect x="{x}" y="{y}" width="{NODE_W}" height="{NODE_H}" rx="5" '
        f'fill="{NODE_FILL}" stroke="{colour}" stroke-width="2"/>'
        f'<rect x="{x}" y="{y}" width="6" height="{NODE_H}" rx="2" fill="{colour}"/>'
        f'<text x="{x + 12}" y="{y + 17}">{escape(shown)}</text></g>'
    )


def _edge(edge: Edge, start: tuple[int, int], end: tuple[int, int]) -> str:
    x1, y1 = start[0] + NODE_W, start[1] + NODE_H / 2
    x2, y2 = end[0], end[1] + NODE_H / 2
    if x2 <= x1:  # within one column: leave from the right, come back in from the right
        x2 = end[0] + NODE_W
        bend = max(x1, x2) + 40
        path = f"M{x1:.1f},{y1:.1f} C{bend:.1f},{y1:.1f} {bend:.1f},{y2:.1f} {x2 + 7:.1f},{y2:.1f}"
        tip = (x2, y2, -1)
    elif x2 - x1 > NODE_W / 2:  # past the middle column: between its rows
        gap = max(y1, y2) + ROW / 2  # the gap below the lower of the two rows
        path = (
            f"M{x1:.1f},{y1:.1f} C{x1 + 14:.1f},{y1:.1f} {x1 + 8:.1f},{gap:.1f} "
            f"{x1 + 22:.1f},{gap:.1f} L{x2 - 30:.1f},{gap:.1f} "
            f"C{x2 - 16:.1f},{gap:.1f} {x2 - 20:.1f},{y2:.1f} {x2 - 7:.1f},{y2:.1f}"
        )
        tip = (x2, y2, 1)
    else:
        middle = (x1 + x2) / 2
        path = (
            f"M{x1:.1f},{y1:.1f} C{middle:.1f},{y1:.1f} {middle:.1f},{y2:.1f} {x2 - 7:.1f},{y2:.1f}"
        )
        tip = (x2, y2, 1)
    colour = {"independent": INDEPENDENT, "same origin": SAME_ORIGIN, "copy": COPY}[edge.kind]
    dash = {
        "independent": "",
        "same origin": ' stroke-dasharray="6 4"',
        "copy": ' stroke-dasharray="2 3"',
    }[edge.kind]
    x, y, way = tip
    head = f"{x:.1f},{y:.1f} {x - way * 8:.1f},{y - 4.5:.1f} {x - way * 8:.1f},{y + 4.5:.1f}"
    return (
        f'<g class="edge {edge.kind.replace(" ", "-")}" data-older="{edge.older}" '
        f'data-newer="{edge.newer}"><title>{escape(edge.kind)}</title>'
        f'<path d="{path}" fill="none" stroke="{colour}" stroke-width="2"{dash}/>'
        f'<polygon points="{head}" fill="{colour}"/></g>'
    )


# -- the sources chart ------------------------------------------------------------

NAME_W, BAR_W, BAR_H, SOURCE_ROW = 190, 150, 14, 26
MAX_SOURCES = 20


def sources_chart_svg(sources: list[dict[str, Any]]) -> str:
    """A row per source with figures (most figures first): a bar per share."""
    shown = [s for s in sources if s.get("figures")][:MAX_SOURCES]
    if not shown:
        return ""
    height = 30 + len(shown) * SOURCE_ROW + 6
    out = [
        f'<svg class="sources-chart" viewBox="0 0 {WIDTH} {height}" width="{WIDTH}" '
        f'height="{height}" role="img" xmlns="http://www.w3.org/2000/svg">',
        "<title>Track record of each source as shares of its figures</title>",
    ]
    for i, name in enumerate(SHARE_COLOURS):
        x = NAME_W + i * (BAR_W + 72)
        out.append(f'<text class="column-title" x="{x}" y="16">{escape(SHARE_TITLES[name])}</text>')
    for row_index, source in enumerate(shown):
        y = 30 + row_index * SOURCE_ROW
        label = source["name"] if len(source["name"]) <= 26 else source["name"][:25] + "…"
        out.append(
            f'<text class="source-name" x="{NAME_W - 10}" y="{y + 11}" text-anchor="end">'
            f'{escape(label)} <tspan class="muted">({source["figures"]})</tspan></text>'
        )
        for i, (name, colour) in enumerate(SHARE_COLOURS.items()):
            x = NAME_W + i * (BAR_W + 72)
            share = source.get(f"{name}_share") or 0.0
            count = source.get(name) or 0
            out.append(
                f'<rect class="track" x="{x}" y="{y}" width="{BAR_W}" height="{BAR_H}" '
                'fill="#eef0f2"/>'
            )
            if share > 0:
                out.append(
                    f'<rect class="bar {name}" data-source="{escape(source["name"])}" '
                    f'data-share="{share:.4f}" x="{x}" y="{y}" width="{max(share * BAR_W, 2):.1f}" '
                    f'height="{BAR_H}" fill="{colour}"><title>{escape(source["name"])}: '
                    f"{count} of {source['figures']} figures</title></rect>"
                )
            out.append(
                f'<text class="share" x="{x + BAR_W + 6}" y="{y + 11}">{share:.0%} ({count})</text>'
            )
    out.append("</svg>")
    return "".join(out)
