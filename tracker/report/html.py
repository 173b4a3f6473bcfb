"""`tracker report`: one self-contained HTML file (inline CSS and SVG, no script, no
external file) with, per fact, a timeline chart, the claims behind it with links to their
articles, then the contradictions and the sources' track record. The CSS is the package
file ``tracker/report/static/report.css``, read with importlib.resources.

Every text from the database is escaped; only http(s) URLs become links.
"""

from __future__ import annotations

import datetime as dt
from functools import cache
from html import escape
from importlib import resources
from typing import Any

from sqlalchemy.orm import Session

import tracker
from tracker.query.dataset import Dataset, Selection, last_recorded, load
from tracker.report.charts import CONTRADICTION, PALETTE, UPDATE, assign_colours, timeline_svg
from tracker.report.network import (
    COPY,
    INDEPENDENT,
    SAME_ORIGIN,
    SHARE_COLOURS,
    repeat_network_svg,
    sources_chart_svg,
)
from tracker.report.timeline import FactTimeline, TimelineEntry, fact_timelines
from tracker.report.values import figure_text


@cache
def stylesheet() -> str:
    """The report's CSS (``static/report.css``) with the chart colours filled in."""
    css = resources.files("tracker.report").joinpath("static/report.css").read_text("utf-8")
    css = css[css.index("*/") + 2 :]  # the file's own comment stays out of the page
    return css.replace("$contradiction", CONTRADICTION).replace("$update", UPDATE)


TOC_OPEN = 40  # facts listed open at the top; more start folded


def report_html(
    session: Session, selection: Selection, zone: dt.tzinfo | None = None
) -> tuple[str, int, int]:
    """The report, how many facts it charts and how many single-claim facts it lists.

    Facts with two or more claims are charted, biggest stories first (most claims,
    then most sources, then the most recent); facts with one claim are listed.
    Times are shown in ``zone`` (UTC when None)."""
    from tracker.query.facts import fact_sources
    from tracker.query.sources import source_stats

    global _zone
    _zone = zone or dt.UTC
    data = load(session, selection)
    timelines = fact_timelines(data)
    counted = fact_sources(session, [t.fact["id"] for t in timelines])
    for timeline in timelines:
        timeline.fact["sources"], timeline.fact["origins"] = counted.get(
            timeline.fact["id"], (0, 0)
        )
    charted = [t for t in timelines if _claims(t) > 1]
    charted.sort(key=lambda t: (-_claims(t), -t.fact["sources"], -t.fact["origins"]))
    single = [t for t in timelines if _claims(t) <= 1]
    recorded = last_recorded(session)
    page = Page(data, charted, source_stats(session), recorded, single).render()
    return page, len(charted), len(single)


def _claims(timeline: FactTimeline) -> int:
    return len({e.claim_id for e in timeline.entries})


_zone: dt.tzinfo = dt.UTC


class Page:
    def __init__(
        self,
        data: Dataset,
        timelines: list[FactTimeline],
        sources: list[dict[str, Any]],
        recorded: Any,
        single: list[FactTimeline] | None = None,
    ) -> None:
        self.data = data
        self.timelines = timelines
        self.single = single or []
        self.sources = sources
        self.recorded = recorded
        names = [e.source for t in [*timelines, *self.single] for e in t.entries]
        self.global_colours = (
            assign_colours(sorted(set(names))) if len(set(names)) <= len(PALETTE) else None
        )

    def render(self) -> str:
        parts = [
            "<!DOCTYPE html>",
            '<html lang="en"><head><meta charset="utf-8">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            "<title>tracker report</title>",
            f"<style>{stylesheet()}</style></head><body>",
            self.header(),
            "<main>",
        ]
        parts += [self.fact_section(t) for t in self.timelines]
        parts.append(self.single_claims())
        parts.append(self.contradictions())
        parts.append(self.source_table())
        parts.append(
            f"</main><footer>Made by tracker {escape(tracker.__version__)}. Times are "
            f"{escape(_zone_name())} (charts: UTC). Hover a point for its claim."
            "</footer></body></html>"
        )
        return "\n".join(parts) + "\n"

    # -- header -----------------------------------------------------------------------

    def header(self) -> str:
        data = self.data
        selection = data.selection
        chosen = []
        if selection.fact_id is not None:
            chosen.append(f"fact {selection.fact_id}")
        if selection.since is not None:
            chosen.append(f"stated on or after {_when(selection.since)}")
        if selection.until is not None:
            chosen.append(f"stated before {_when(selection.until)}")
        sources = {data.source_name(a) for a in data.article_order} - {None}
        lines = [
            "<header><h1>Facts and where they came from</h1>",
            f'<p class="meta">{_plural(len(self.timelines), "fact")} charted, '
            f"{len(self.single)} with a single claim listed; "
            f"{_plural(len(data.selected), 'claim')} from "
            f"{_plural(len(data.article_order), 'article')} by "
            f"{_plural(len(sources), 'source')}"
            + (f"; {escape(', '.join(chosen))}" if chosen else "")
            + (f". Data recorded up to {_when(self.recorded)}." if self.recorded else ".")
            + "</p>",
            self.key(),
        ]
        if self.timelines:
            # A long list of facts starts folded (a <details> element: no script needed).
            opened = " open" if len(self.timelines) <= TOC_OPEN else ""
            lines.append(
                f'<nav class="toc"><details{opened}><summary><h2>Facts '
                f'<span class="muted">({len(self.timelines)})</span></h2></summary><ol>'
            )
            for t in self.timelines:
                lines.append(
                    f'<li><a href="#fact-{t.fact["id"]}">{escape(t.fact["label"])}</a> '
                    f'<span class="muted">{escape(_current(t.fact))}</span>'
                    + (
                        ' <span class="badge contradicted">contradicted</span>'
                        if t.disputed
                        else ""
                    )
                    + "</li>"
                )
            lines.append(
                '</ol></details><p><a href="#single-claims">Facts with a single claim</a> · '
                '<a href="#contradictions">Contradictions</a> · '
                '<a href="#sources">Sources</a></p></nav>'
            )
        lines.append("</header>")
        return "\n".join(lines)

    def key(self) -> str:
        dot = '<circle cx="8" cy="8" r="5" fill="#0072b2" stroke="#fff" stroke-width="2"/>'
        hollow = '<circle cx="8" cy="8" r="5" fill="#fff" stroke="#0072b2" stroke-width="2"/>'
        cross = (
            f'<line x1="3" y1="3" x2="13" y2="13" stroke="{CONTRADICTION}" stroke-width="3"/>'
            f'<line x1="3" y1="13" x2="13" y2="3" stroke="{CONTRADICTION}" stroke-width="3"/>'
        )
        step = '<path d="M1,12H8V4H15" fill="none" stroke="#8a939c" stroke-width="2.5"/>'
        arrow = (
            f'<line x1="1" y1="8" x2="10" y2="8" stroke="{UPDATE}" stroke-width="1.6"/>'
            f'<polygon points="15,8 9,4.5 9,11.5" fill="{UPDATE}"/>'
        )
        dashed = (
            f'<line x1="1" y1="8" x2="15" y2="8" stroke="{CONTRADICTION}" '
            'stroke-width="1.5" stroke-dasharray="4 3"/>'
        )

        def icon(body: str) -> str:
            return (
                f'<svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">{body}</svg>'
            )

        items = [
            (dot, "a claimed value (colour: source)"),
            (hollow, "a value denied or named as the earlier one"),
            (step, "the value that stood"),
            (arrow, "update"),
            (cross, "a value that contradicts an earlier one"),
            (dashed, "contradiction"),
        ]
        return (
            '<p class="key muted">'
            + " &nbsp; ".join(f"{icon(body)} {escape(text)}" for body, text in items)
            + "</p>"
        )

    # -- one fact -----------------------------------------------------------------------

    def fact_section(self, timeline: FactTimeline) -> str:
        fact = timeline.fact
        colours = self.global_colours or assign_colours([e.source for e in timeline.entries])
        counts = (
            f"{_plural(_claims(timeline), 'claim')} from {_plural(fact['sources'], 'source')} "
            f"({_plural(fact['origins'], 'independent origin')})"
        )
        badge = ' <span class="badge contradicted">contradicted</span>' if timeline.disputed else ""
        undated = sum(1 for e in timeline.entries if e.time is None)
        parts = [
            f'<section class="fact" id="fact-{fact["id"]}">',
            f"<h2>{escape(fact['label'])}{badge}</h2>",
            f'<p class="summary">Fact {fact["id"]} · current value '
            f"<strong>{escape(_current(fact))}</strong> · {escape(counts)} · seen "
            f"{_when(fact['first_seen_at'])} – {_when(fact['last_seen_at'])}</p>",
            '<figure class="chart">',
            timeline_svg(timeline, colours),
            '<figcaption class="legend">',
            " ".join(
                f'<span class="item"><span class="swatch" style="background:{colours[name]}">'
                f"</span>{escape(name)}</span>"
                for name in dict.fromkeys(e.source for e in timeline.entries)
            ),
            (f" · {undated} value(s) without a date are not plotted" if undated else ""),
            "</figcaption></figure>",
            self.network(timeline, colours),
            self.claims_table(timeline),
            "</section>",
        ]
        return "\n".join(parts)

    def network(self, timeline: FactTimeline, colours: dict[str, str]) -> str:
        svg = repeat_network_svg(self.data, timeline, colours)
        if not svg:
            return '<p class="muted">Nobody repeated a value of this fact.</p>'
        return (
            '<figure class="network"><h3>Who said it first, who repeated it</h3>'
            + svg
            + "<figcaption>Arrows from the first statement of a value to its repeats: "
            f'<span style="color:{INDEPENDENT}">solid, an independent repeat</span>; '
            f'<span style="color:{SAME_ORIGIN}">dashed, the same origin</span>; '
            f'<span style="color:{COPY}">dotted, a syndicated copy</span>.</figcaption></figure>'
        )

    def single_claims(self) -> str:
        head = (
            '<section id="single-claims"><h2>Facts with a single claim</h2>'
            '<p class="muted">Said once, by one source: listed, not charted.</p>'
        )
        if not self.single:
            return head + "<p>None in this selection.</p></section>"
        rows = []
        for timeline in self.single:
            entry = timeline.entries[0]
            claim = self.data.claims[entry.claim_id]
            who = entry.claimant if entry.claimant and entry.claimant != entry.source else ""
            rows.append(
                f'<tr id="fact-{timeline.fact["id"]}"><td>{escape(timeline.fact["label"])}</td>'
                f'<td class="num">{escape(_current(timeline.fact))}</td>'
                f"<td>{escape(entry.source + (f' ({who})' if who else ''))}</td>"
                f'<td class="when">{_when(entry.time)}</td>'
                f"<td>{_sentence(claim, entry.figure)} {self.article_link(claim['article_id'])}"
                "</td></tr>"
            )
        return (
            head + "<table><thead><tr><th>fact</th><th>value</th><th>said by</th><th>when</th>"
            "<th>claim</th></tr></thead><tbody>" + "".join(rows) + "</tbody></table></section>"
        )

    def claims_table(self, timeline: FactTimeline) -> str:
        rows = [
            '<table class="claims"><thead><tr><th>stated</th><th>value</th><th>claimant</th>'
            "<th>source</th><th>rank</th><th>relation</th><th>claim</th></tr></thead><tbody>"
        ]
        for entry in timeline.entries:
            rows.append(self.claim_row(timeline, entry))
        rows.append("</tbody></table>")
        return "".join(rows)

    def claim_row(self, timeline: FactTimeline, entry: TimelineEntry) -> str:
        data = self.data
        claim = data.claims[entry.claim_id]
        figure = entry.figure
        css = (
            "disputed"
            if entry.figure_id in timeline.disputed
            else ("hollow" if not entry.asserted else "")
        )
        via = f" via {claim['via_text']}" if claim["via_text"] else ""
        rank = figure["rank"] + (f" ({figure['rank_reason']})" if figure["rank_reason"] else "")
        return (
            f'<tr class="{css}" data-claim="{entry.claim_id}">'
            f'<td class="when">{_when(entry.time)}</td>'
            f'<td class="num value">{escape(entry.value_text())}</td>'
            f"<td>{escape(entry.claimant or '')}</td>"
            f"<td>{escape(entry.source + via)}</td>"
            f"<td>{escape(rank)}</td>"
            f"<td>{escape('; '.join(timeline.relation_text.get(entry.figure_id, [])))}</td>"
            f"<td>{_sentence(claim, figure)} {self.article_link(claim['article_id'])}</td></tr>"
        )

    def article_link(self, article_id: int) -> str:
        article = self.data.articles[article_id]
        title = article["title"] or article["url"] or f"article {article_id}"
        url = article["url"] or ""
        if url.startswith(("http://", "https://")):
            return f'<a href="{escape(url)}">{escape(title)}</a>'
        return f'<span class="muted">({escape(title)})</span>'

    # -- contradictions and sources -------------------------------------------------------

    def contradictions(self) -> str:
        data = self.data
        rows = []
        for relation in data.live_relations:
            if relation["kind"] != "contradiction" or relation["status"] == "rejected":
                continue
            fact = data.facts.get(relation["fact_id"])
            sides = [
                self.side(relation["newer_claim_id"], relation["newer_figure_id"]),
                self.side(relation["older_claim_id"], relation["older_figure_id"]),
            ]
            label = f'<a href="#fact-{fact["id"]}">{escape(fact["label"])}</a>' if fact else "—"
            rows.append(
                f'<tr data-relation="{relation["id"]}"><td>{label}</td>{sides[0]}{sides[1]}'
                f'<td class="num">{relation["score"]:.2f}</td>'
                f"<td>{escape(relation['status'])}</td></tr>"
            )
        head = (
            '<section id="contradictions"><h2>Contradictions</h2>'
            '<p class="muted">Newer values that contradict an older one '
            "(rejected ones are left out).</p>"
        )
        if not rows:
            return head + "<p>No contradictions in this selection.</p></section>"
        return (
            head
            + "<table><thead><tr><th>fact</th><th>newer value</th><th>said by</th><th>when</th>"
            "<th>older value</th><th>said by</th><th>when</th><th>score</th><th>status</th>"
            "</tr></thead><tbody>" + "".join(rows) + "</tbody></table></section>"
        )

    def side(self, claim_id: int, figure_id: int | None) -> str:
        data = self.data
        figure = data.figure_by_id.get(figure_id) if figure_id is not None else None
        claim = data.claims[claim_id]
        value = (
            figure_text(figure["value"], figure["unit"], figure["approx"], bool(figure["negated"]))
            if figure
            else f"claim {claim_id}"
        )
        source = data.source_name(claim["article_id"]) or "?"
        who = data.claimant_label(claim_id)
        said_by = source if not who or who == source else f"{who} ({source})"
        return (
            f'<td class="num">{escape(value)}</td>'
            f"<td>{escape(said_by)} {self.article_link(claim['article_id'])}</td>"
            f'<td class="when">{_when(data.claim_time(claim_id))}</td>'
        )

    def source_table(self) -> str:
        columns = [
            ("name", "source"),
            ("aliases", "also written"),
            ("articles", "articles"),
            ("figures", "figures"),
            ("said_first", "said first"),
            ("contradicted", "contradicted by others"),
            ("corrected", "corrected by itself"),
            ("syndicated", "syndicated copies"),
            ("copied", "copied by others"),
        ]
        head = "".join(f"<th>{escape(title)}</th>" for _, title in columns)
        body = "".join(
            "<tr>" + "".join(_source_cell(row, key) for key, _ in columns) + "</tr>"
            for row in self.sources
        )
        return (
            '<section id="sources"><h2>Sources</h2><p class="muted">Track record over the whole '
            "database as shares of each source's figures (see <code>tracker sources --stats"
            "</code>). Updates that follow a story's progress count against nobody.</p>"
            + sources_chart_svg(self.sources)
            + f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table></section>"
        )


def _source_cell(row: dict[str, Any], key: str) -> str:
    value = row.get(key)
    if key in SHARE_COLOURS:
        share = row.get(f"{key}_share")
        text = f"{share:.0%} ({value})" if share is not None else "—"
        return f'<td class="num">{text}</td>'
    if isinstance(value, list):
        return f"<td>{escape(', '.join(value))}</td>"
    if isinstance(value, int):
        return f'<td class="num">{value}</td>'
    return f"<td>{escape(str(value or ''))}</td>"


def _zone_name() -> str:
    return str(getattr(_zone, "key", None) or _zone.tzname(None) or "UTC")


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}" + ("" if count == 1 else "s")


def _when(value: dt.datetime | None) -> str:
    if value is None:
        return "—"
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    return value.astimezone(_zone).strftime("%Y-%m-%d %H:%M")


def _current(fact: dict[str, Any]) -> str:
    if fact["current_value"] is None:
        return "no current value"
    return figure_text(fact["current_value"], fact["unit"], fact["current_approx"])


def _sentence(claim: dict[str, Any], figure: dict[str, Any]) -> str:
    """The claim's sentence, escaped, with the figure marked."""
    text: str = claim["text"]
    start = figure["span_start"] - claim["span_start"]
    end = figure["span_end"] - claim["span_start"]
    if not (0 <= start < end <= len(text)):
        return escape(text)
    return f"{escape(text[:start])}<mark>{escape(text[start:end])}</mark>{escape(text[end:])}"
