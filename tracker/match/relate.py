"""Relation rules: given a new figure and the earlier figures of its fact, what is it?

* ``repeat``: the value agrees (within approximations) with an earlier one. It
  points at the *earliest* claim of that value, the one that said it first.
* ``update``: a changed value that is signalled as a change ("gestiegen",
  "inzwischen", "insgesamt", "now", "rose to", "in total", "corrected"), comes from
  the same claimant, or is stated later than the value it replaces (a later revision).
* ``contradiction``: a changed value stated at the same time by someone else, a
  denial or correction of an earlier value ("nicht zwei, sondern ein", "not 120 as
  ... claimed") by another claimant, or an earlier value asserted again after it
  was replaced, without any sign of change.

A changed value is compared with the *current* value of the fact: the latest value
stated, pointed at through the earliest claim that stated it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tracker.match.score import SAME_TIME, ClaimView, FigureView, values_agree

CHANGE_SIGNALS = {
    "de": re.compile(
        r"\b(gestiegen|steigt|stieg|angestiegen|angewachsen|gewachsen|wuchs|erhöht|erhöhte|"
        r"gesunken|sinkt|sank|zurückgegangen|verringert|gefallen|fiel|mittlerweile|inzwischen|"
        r"insgesamt|nunmehr|nun|jetzt|aktuell|neuesten?|aktualisiert\w*|korrigiert\w*|"
        r"berichtigt\w*|revidiert\w*|zuletzt)\b",
        re.I,
    ),
    "en": re.compile(
        r"\b(rose|risen|rises|rising|increased|increases|grew|grown|climbed|jumped|soared|"
        r"fell|fallen|dropped|declined|decreased|now|in total|totals?|so far|latest|updated|"
        r"revised|corrected|correcting|up from|down from|has since)\b",
        re.I,
    ),
}
CONTRAST_SIGNALS = {
    "de": re.compile(
        r"\b(dagegen|hingegen|jedoch|bestritt\w*|bestreit\w*|dementiert\w*|widersprach|"
        r"widerspricht|zurückgewiesen|wies\b.*\bzurück)\b",
        re.I,
    ),
    "en": re.compile(
        r"\b(however|disputed?|disputes|denied|denies|contradict\w*|rejected|"
        r"instead|contrary)\b",
        re.I,
    ),
}


@dataclass(frozen=True)
class Member:
    """An earlier figure of the fact, with its claim."""

    figure: FigureView
    claim: ClaimView


@dataclass(frozen=True)
class RelationDraft:
    kind: str
    older: Member
    reason: str


def has_signal(patterns: dict[str, re.Pattern[str]], text: str, language: str) -> bool:
    if language in patterns:
        return bool(patterns[language].search(text))
    return any(p.search(text) for p in patterns.values())


def origin(claim: ClaimView) -> tuple[str, int | None]:
    """Who a claim comes from, for independence: its claimant, else its source."""
    if claim.claimant_id is not None:
        return ("claimant", claim.claimant_id)
    return ("source", claim.source_id)


def independent(new: ClaimView, old: ClaimView) -> bool:
    """A repeat is an independent corroboration unless it comes from the same
    claimant (or, with nobody named, the same source), is a syndicated copy of the
    older article, or names the older article's source as where it came from."""
    if new.article_id == old.article_id:
        return origin(new) != origin(old)
    if new.syndicated_from_id is not None and new.syndicated_from_id == old.article_id:
        return False
    if new.via_source_id is not None and new.via_source_id == old.source_id:
        return False
    return origin(new) != origin(old)


def decide(
    figure: FigureView,
    claim: ClaimView,
    members: list[Member],
    rejected_values: list[FigureView],
    contested: frozenset[int] = frozenset(),
) -> list[RelationDraft]:
    """Relations from ``figure`` (in ``claim``) to earlier figures of its fact.

    ``members`` are the fact's earlier, non-negated figures; ``rejected_values`` are
    figures of the same claim that the claim names only to reject them; ``contested``
    are figures that contradicted an earlier value (they do not become the current
    value a new figure is compared with).
    """
    if figure.negated or not members:
        return []
    if claim.time is None:
        # Without a date a value can be recognised again, but not placed before or
        # after another: only repeats.
        equal = [
            m
            for m in sorted(members, key=lambda m: m.claim.order)
            if values_agree(m.figure, figure)
        ]
        return [RelationDraft("repeat", equal[0], "same value")] if equal else []
    members = [m for m in members if m.claim.time is not None] or members
    members = sorted(members, key=lambda m: m.claim.order)
    language = claim.language
    drafts: list[RelationDraft] = []

    if rejected_values or claim.negated:
        # A denial or correction: it answers the claim that made the rejected value.
        targets = [m for m in members for r in rejected_values if values_agree(m.figure, r)] or [
            m for m in members if not values_agree(m.figure, figure)
        ]
        if targets:
            same = [m for m in targets if _same_claimant(claim, m.claim)]
            target = (same or targets)[0]
            kind = "update" if same else "contradiction"
            drafts.append(RelationDraft(kind, target, "correction" if same else "denial"))
            return drafts

    equal = [m for m in members if values_agree(m.figure, figure)]
    # The value last stated, and the value last stated without contradicting another.
    latest = _current(members)
    # A value is disputed when it came into the fact contradicting another one; saying
    # an undisputed value again (even against a dispute) keeps it standing.
    first_of = {
        id(m): next(f for f in members if values_agree(f.figure, m.figure)) for m in members
    }
    standing = [m for m in members if first_of[id(m)].figure.id not in contested]
    current = _current(standing or members)
    if equal:
        first = equal[0]
        drafts.append(RelationDraft("repeat", first, "same value"))
        latest_equal = equal[-1]
        if (
            latest is not None
            and not values_agree(latest.figure, figure)
            and latest.claim.order > latest_equal.claim.order
            and not has_signal(CHANGE_SIGNALS, claim.text, language)
        ):
            drafts.append(RelationDraft("contradiction", latest, "earlier value asserted again"))
        return drafts

    if current is None:
        return drafts
    if has_signal(CHANGE_SIGNALS, claim.text, language):
        drafts.append(RelationDraft("update", current, "signalled change"))
    elif _same_claimant(claim, current.claim):
        drafts.append(RelationDraft("update", current, "same claimant"))
    elif has_signal(CONTRAST_SIGNALS, claim.text, language):
        drafts.append(RelationDraft("contradiction", current, "contrast"))
    elif _later(claim, current.claim):
        drafts.append(RelationDraft("update", current, "later revision"))
    else:
        drafts.append(RelationDraft("contradiction", current, "conflicting value at the same time"))
    return drafts


def _current(members: list[Member]) -> Member | None:
    """The earliest claim of the latest value stated (members are sorted by time)."""
    if not members:
        return None
    latest = members[-1]
    for member in members:
        if values_agree(member.figure, latest.figure):
            return member
    return latest


def _same_claimant(a: ClaimView, b: ClaimView) -> bool:
    return a.claimant_id is not None and a.claimant_id == b.claimant_id


def _later(new: ClaimView, old: ClaimView) -> bool:
    if new.time is None or old.time is None:
        return False
    return new.time - old.time > SAME_TIME
