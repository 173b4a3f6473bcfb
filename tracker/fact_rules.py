"""A fact's derived state from its figures and relations: pure rules, no database.

Shared by the write side (tracker/store/ stores the result) and the read side
(:mod:`tracker.query.facts` answers "as of" a date), so it lives below both, with the words
of that state: relation kinds and statuses, figure ranks. It imports nothing of tracker.

The write side stores the result on the fact (current value, counts, the figures'
ranks); the read side runs the same rules on the history to answer "as of" a date.

* A figure is **pending** while every relation that brought it in is only suggested
  (an uncertain contradiction, an outlier, a value that is not signalled as news): a
  pending figure changes nothing, neither the current value nor the contradicted flag,
  until a person confirms it.
* The **current value** is the latest asserted, not pending value whose first statement
  did not contradict an earlier one.
* A fact is **contradicted** when an automatic or confirmed contradiction stands in it.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum


class RelationKind(StrEnum):
    REPEAT = "repeat"
    UPDATE = "update"
    CONTRADICTION = "contradiction"
    RELATED = "related"


class RelationStatus(StrEnum):
    AUTO = "auto"
    SUGGESTED = "suggested"
    CONFIRMED = "confirmed"
    REJECTED = "rejected"


AUTOMATIC = (RelationStatus.AUTO, RelationStatus.SUGGESTED)


class Rank(StrEnum):
    PREFERRED = "preferred"
    NORMAL = "normal"
    DEPRECATED = "deprecated"


LABEL_TERMS = 5
COUNTING = (RelationStatus.AUTO, RelationStatus.CONFIRMED)


@dataclass(frozen=True)
class Entry:
    """One figure of a fact, with what its summary needs."""

    figure_id: int
    claim_id: int
    value: float
    approx: str | None
    negated: bool
    previous: bool
    time: dt.datetime | None
    source_id: int | None
    syndicated: bool
    terms: tuple[str, ...]


@dataclass(frozen=True)
class RelationEntry:
    kind: str
    newer_figure_id: int | None
    older_figure_id: int | None
    status: str


@dataclass
class Summary:
    current: Entry | None
    first_seen_at: dt.datetime | None
    last_seen_at: dt.datetime | None
    claim_count: int
    source_count: int
    has_contradiction: bool
    ranks: dict[int, tuple[str, str | None]]  # figure id -> (rank, reason)
    pending: frozenset[int]


def label_for(unit: str | None, term_lists: Iterable[tuple[str, ...]]) -> str:
    """ "person: evacuate mittelau district" — the unit and the words its claims share:
    a fact's machine key (``Fact.key``); its name for people is ``match.naming``'s."""
    counts: Counter[str] = Counter()
    first_seen: dict[str, int] = {}
    for terms in term_lists:
        for term in dict.fromkeys(terms):
            if term.startswith("#") or term.isdigit():
                continue
            counts[term] += 1
            first_seen.setdefault(term, len(first_seen))
    words = sorted(counts, key=lambda t: (-counts[t], first_seen[t]))[:LABEL_TERMS]
    words = sorted(words, key=lambda t: first_seen[t])
    prefix = unit or "number"
    return f"{prefix}: {' '.join(w.replace('_', ' ') for w in words)}".strip()[:300]


def _time_key(entry: Entry) -> tuple[float, int, int]:
    return (entry.time.timestamp() if entry.time else math.inf, entry.claim_id, entry.figure_id)


def pending_figures(relations: Iterable[RelationEntry]) -> frozenset[int]:
    """Figures whose every relation (as the newer figure) is only a suggestion."""
    counted: set[int] = set()
    suggested: set[int] = set()
    for relation in relations:
        if relation.newer_figure_id is None or relation.status == RelationStatus.REJECTED:
            continue
        if relation.status in COUNTING:
            counted.add(relation.newer_figure_id)
        else:
            suggested.add(relation.newer_figure_id)
    return frozenset(suggested - counted)


def summarise(entries: list[Entry], relations: Iterable[RelationEntry]) -> Summary:
    relations = [r for r in relations if r.status != RelationStatus.REJECTED]
    pending = pending_figures(relations)
    contradicting = set()
    superseded = set()
    for r in relations:
        if r.status not in COUNTING:
            continue
        if r.kind == RelationKind.CONTRADICTION and r.newer_figure_id is not None:
            contradicting.add(r.newer_figure_id)
        elif r.kind == RelationKind.UPDATE and r.older_figure_id is not None:
            superseded.add(r.older_figure_id)
    ordered = sorted(entries, key=_time_key)
    asserted = [e for e in ordered if not (e.negated or e.previous) and e.figure_id not in pending]
    first_of_value: dict[float, Entry] = {}
    for entry in asserted:
        first_of_value.setdefault(entry.value, entry)
    standing = [e for e in asserted if first_of_value[e.value].figure_id not in contradicting]
    candidates = standing or asserted
    current = candidates[-1] if candidates else None
    times = [e.time for e in ordered if e.time is not None]
    ranks: dict[int, tuple[str, str | None]] = {}
    for entry in entries:
        if entry.negated:
            ranks[entry.figure_id] = (Rank.DEPRECATED, "rejected by its own claim")
        elif entry.previous:
            ranks[entry.figure_id] = (Rank.NORMAL, "named as the value before a change")
        elif entry.figure_id in pending:
            ranks[entry.figure_id] = (Rank.NORMAL, "suggested: waits for a person")
        elif current is not None and math.isclose(entry.value, current.value):
            ranks[entry.figure_id] = (Rank.PREFERRED, "current value")
        elif entry.figure_id in superseded:
            ranks[entry.figure_id] = (Rank.DEPRECATED, "replaced by an update")
        elif entry.figure_id in contradicting:
            ranks[entry.figure_id] = (Rank.NORMAL, "contradicts an earlier value")
        else:
            ranks[entry.figure_id] = (Rank.NORMAL, None)
    return Summary(
        current=current,
        first_seen_at=min(times) if times else None,
        last_seen_at=max(times) if times else None,
        claim_count=len({e.claim_id for e in entries}),
        source_count=len({e.source_id for e in entries if not e.syndicated}),
        has_contradiction=bool(contradicting),
        ranks={k: (str(v[0]), v[1]) for k, v in ranks.items()},
        pending=pending,
    )
