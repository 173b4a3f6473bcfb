"""A fact's history as the report draws it: its figures in time order, the values
that stood (the accepted path), the values that came in contradicting another
(disputed), and the updates and contradictions between figures.

The rule for what stands is the one that derives a fact's current value
(:func:`tracker.fact_rules.summarise`): a value stands unless its first statement
contradicted an earlier value; negated figures and figures named only as the value
before a change ("up from ...") are not asserted at all; a figure whose links are only
suggestions is pending and changes nothing until a person confirms it.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

from tracker.query.dataset import Dataset, Row, time_key
from tracker.report.values import figure_text

LINK_KINDS = ("update", "contradiction")


@dataclass
class TimelineEntry:
    """One figure of a fact, with its claim's provenance."""

    figure: Row
    claim_id: int
    time: dt.datetime | None
    source: str
    claimant: str | None

    @property
    def figure_id(self) -> int:
        figure_id: int = self.figure["id"]
        return figure_id

    @property
    def value(self) -> float:
        value: float = self.figure["value"]
        return value

    @property
    def asserted(self) -> bool:
        return not (self.figure["negated"] or self.figure["previous"])

    def value_text(self) -> str:
        return figure_text(
            self.figure["value"], None, self.figure["approx"], bool(self.figure["negated"])
        )


@dataclass
class Link:
    """An update or contradiction between two figures of the fact (newer -> older)."""

    kind: str
    status: str
    newer: int  # figure id
    older: int  # figure id
    text: str  # "update of about 1,200 (Mittelauer Rundschau)"


@dataclass
class FactTimeline:
    fact: Row
    entries: list[TimelineEntry]
    accepted: list[int] = field(default_factory=list)  # figure ids that stood, in time order
    disputed: set[int] = field(default_factory=set)  # figure ids of contradicting values
    pending: set[int] = field(default_factory=set)  # only suggested: wait for a person
    links: list[Link] = field(default_factory=list)
    relation_text: dict[int, list[str]] = field(default_factory=dict)  # newer figure -> texts

    @property
    def unit(self) -> str | None:
        unit: str | None = self.fact["unit"]
        return unit


def fact_timelines(data: Dataset) -> list[FactTimeline]:
    """A timeline for every fact with a figure in the selection, most recent first
    (the order of `tracker facts`)."""
    entries: dict[int, list[TimelineEntry]] = defaultdict(list)
    for claim_id in data.selected:
        article_id = data.claims[claim_id]["article_id"]
        for figure in data.figures.get(claim_id, []):
            if figure["fact_id"] in data.facts:
                entries[figure["fact_id"]].append(
                    TimelineEntry(
                        figure,
                        claim_id,
                        data.claim_time(claim_id),
                        data.source_name(article_id) or "unknown source",
                        data.claimant_label(claim_id),
                    )
                )
    relations: dict[int, list[Row]] = defaultdict(list)
    for relation in data.live_relations:
        newer = data.figure_by_id.get(relation["newer_figure_id"])
        if newer is not None and relation["status"] != "rejected":
            relations[newer["fact_id"]].append(relation)
    timelines = [
        build(data, data.facts[fact_id], found, relations.get(fact_id, []))
        for fact_id, found in entries.items()
    ]
    timelines.sort(key=lambda t: (_newest_first(t.fact["last_seen_at"]), t.fact["id"]))
    return timelines


def _newest_first(when: dt.datetime | None) -> tuple[bool, float]:
    missing, stamp = time_key(when)
    return (missing, -stamp)


def build(
    data: Dataset, fact: Row, entries: list[TimelineEntry], relations: list[Row]
) -> FactTimeline:
    order = {claim_id: i for i, claim_id in enumerate(data.selected)}
    entries = sorted(
        entries,
        key=lambda e: (*time_key(e.time), order[e.claim_id], e.figure["span_start"]),
    )
    timeline = FactTimeline(fact, entries)
    counting = [r for r in relations if r["status"] in ("auto", "confirmed")]
    contradicting = {r["newer_figure_id"] for r in counting if r["kind"] == "contradiction"}
    suggested = {r["newer_figure_id"] for r in relations if r["status"] == "suggested"}
    timeline.pending = suggested - {r["newer_figure_id"] for r in counting}
    first_of_value: dict[float, TimelineEntry] = {}
    for entry in entries:
        if entry.asserted and entry.figure_id not in timeline.pending:
            first_of_value.setdefault(entry.value, entry)
    for entry in entries:
        if not entry.asserted or entry.figure_id in timeline.pending:
            continue
        if first_of_value[entry.value].figure_id in contradicting:
            timeline.disputed.add(entry.figure_id)
        elif entry.time is not None:
            timeline.accepted.append(entry.figure_id)
    present = {e.figure_id for e in entries}
    texts: dict[int, list[str]] = defaultdict(list)
    for relation in relations:
        older = data.figure_by_id.get(relation["older_figure_id"])
        older_claim = data.claims.get(relation["older_claim_id"])
        source = data.source_name(older_claim["article_id"]) if older_claim else None
        value = figure_text(older["value"], None, older["approx"]) if older else "a claim"
        status = "" if relation["status"] in ("auto", "confirmed") else f" [{relation['status']}]"
        text = f"{relation['kind']} of {value} ({source or '?'}){status}"
        texts[relation["newer_figure_id"]].append(text)
        if (
            relation["kind"] in LINK_KINDS
            and relation["newer_figure_id"] in present
            and relation["older_figure_id"] in present
        ):
            timeline.links.append(
                Link(
                    relation["kind"],
                    relation["status"],
                    relation["newer_figure_id"],
                    relation["older_figure_id"],
                    text,
                )
            )
    timeline.relation_text = dict(texts)
    return timeline
