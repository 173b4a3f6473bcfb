"""Relation rules: given a new figure and the earlier figures of its fact, what is it?

* ``repeat``: the value agrees (within approximations) with an earlier one. It points
  at the *earliest* claim of that value, the one that said it first.
* ``update``: a changed value that is signalled as a change ("gestiegen",
  "inzwischen", "insgesamt", "now", "rose to", "corrected"), comes from the same
  claimant, is stated later than the value it replaces, or narrows it without
  conflict ("mindestens 37", then "52").
* ``contradiction``: a conflicting value of the same slot at the same time from
  someone else, beyond both values' approximations; a denial or correction of an
  earlier value ("nicht zwei, sondern ein", "not 120 as ... claimed") by another
  claimant; or an earlier value asserted again, at the same time, after it was
  replaced. It is made automatically only when the two figures surely share the slot
  (the contradiction probability); otherwise it is a suggestion for a person.
* An **outlier** (an order of magnitude off the value it would replace) is never linked
  automatically: a person decides, and until then it changes nothing.

A changed value is compared with the *current* value of the fact: the latest value
stated whose first statement did not contradict another, pointed at through the
earliest claim that stated it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from tracker.match import values
from tracker.match.decide import Member
from tracker.match.settings import MatchSettings, RelationKind, RelationStatus
from tracker.match.slots import DIRECTIONS, has_change_signal
from tracker.match.views import ClaimView, FigureView


@dataclass(frozen=True)
class RelationDraft:
    kind: RelationKind
    older: Member
    reason: str
    status: RelationStatus = RelationStatus.AUTO
    # the claim's figure the link is about, when not the figure itself (a denial: the
    # rejected value, compared with the claim that made it)
    compared: FigureView | None = None


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


def same_time(settings: MatchSettings, a: ClaimView, b: ClaimView) -> bool:
    if a.time is None or b.time is None:
        return True
    return abs(a.time - b.time) <= settings.same_time


def decide(
    settings: MatchSettings,
    figure: FigureView,
    claim: ClaimView,
    members: list[Member],
    rejected_values: list[FigureView],
    probability: Callable[[FigureView, Member], float],
    contested: frozenset[int] = frozenset(),
) -> list[RelationDraft]:
    """Relations from ``figure`` (in ``claim``) to earlier figures of its fact.

    ``members`` are the fact's earlier, asserted figures; ``rejected_values`` are figures
    of the same claim that the claim names only to reject them; ``probability`` gives the
    link model's probability that a figure of the claim and a member share the slot (for
    a denial, the rejected value and the claim that made it); ``contested``
    are figures that contradicted an earlier value (they do not become the current value
    a new figure is compared with).
    """
    if not members:
        return []
    if claim.time is None:
        # Without a date a value can be recognised again, but not placed before or
        # after another: only repeats.
        equal = [
            m
            for m in sorted(members, key=lambda m: m.claim.order)
            if values.agree(m.figure, figure)
        ]
        return [RelationDraft(RelationKind.REPEAT, equal[0], "same value")] if equal else []
    members = [m for m in members if m.claim.time is not None] or members
    members = sorted(members, key=lambda m: m.claim.order)
    language = claim.language

    if figure.negated or rejected_values or claim.negated:
        denied = [figure] if figure.negated else rejected_values
        targets = [(m, r) for m in members for r in denied if values.agree(m.figure, r)]
        if not targets and not denied:
            # a correction that does not name the value it replaces
            targets = [(m, figure) for m in members if not values.agree(m.figure, figure)]
        if targets:
            same = [t for t in targets if _same_claimant(claim, t[0].claim)]
            target, named = (same or targets)[0]
            if same:
                return [RelationDraft(RelationKind.UPDATE, target, "correction")]
            if not denied and has_change_signal(claim.text, language):
                # "Die Regierung hat die Zahl der Toten auf 16 korrigiert": the count was
                # revised and nothing earlier is named as wrong: the latest state, related
                # as any signalled change is (an update, or a repeat of the revised value)
                return decide(
                    settings,
                    figure,
                    replace(claim, negated=False),
                    members,
                    rejected_values,
                    probability,
                    contested,
                )
            return [
                RelationDraft(
                    RelationKind.CONTRADICTION,
                    target,
                    "denial",
                    # the claim names the value it denies: as sure as any link needs to be
                    RelationStatus.AUTO
                    if probability(named, target) >= settings.auto_probability
                    else RelationStatus.SUGGESTED,
                    named if named is not figure else None,
                )
            ]
        if figure.negated:
            return []

    equal = [m for m in members if values.agree(m.figure, figure)]
    latest = _current(members)
    first_of = {
        id(m): next(f for f in members if values.agree(f.figure, m.figure)) for m in members
    }
    standing = [m for m in members if first_of[id(m)].figure.id not in contested]
    current = _current(standing or members)
    if equal:
        first = equal[0]
        drafts = [RelationDraft(RelationKind.REPEAT, first, "same value")]
        latest_equal = equal[-1]
        if (
            latest is not None
            and not values.agree(latest.figure, figure)
            and latest.claim.order > latest_equal.claim.order
            and values.conflict(latest.figure, figure)
            and same_time(settings, claim, latest.claim)
            and not has_change_signal(claim.text, language)
            and not _same_claimant(claim, latest.claim)
        ):
            drafts.append(
                RelationDraft(
                    RelationKind.CONTRADICTION,
                    latest,
                    "earlier value asserted again",
                    _sure(settings, probability(figure, latest)),
                )
            )
        return drafts

    if current is None:
        return []
    if values.ratio(current.figure, figure) >= settings.outlier_ratio:
        kind = (
            RelationKind.UPDATE
            if _later(settings, claim, current.claim)
            else (RelationKind.CONTRADICTION)
        )
        return [RelationDraft(kind, current, "outlier", RelationStatus.SUGGESTED)]
    if has_change_signal(claim.text, language) and not _against_direction(
        claim, figure, current.figure
    ):
        return [RelationDraft(RelationKind.UPDATE, current, "signalled change")]
    if _same_claimant(claim, current.claim):
        return [RelationDraft(RelationKind.UPDATE, current, "same claimant")]
    if _later(settings, claim, current.claim):
        return [RelationDraft(RelationKind.UPDATE, current, "later revision")]
    if not values.conflict(current.figure, figure):
        # "mindestens 37", then "52" the same day: news, but not signalled as such
        return [
            RelationDraft(RelationKind.UPDATE, current, "narrower value", RelationStatus.SUGGESTED)
        ]
    return [
        RelationDraft(
            RelationKind.CONTRADICTION,
            current,
            "conflicting value at the same time",
            _sure(settings, probability(figure, current)),
        )
    ]


# "um 5 Prozent gestiegen", "rose by 5": the figure is the change, not the new level
_DELTA_BEFORE = re.compile(r"\b(?:um|by)\s+(?:\w+\s+)?$", re.I)


def _against_direction(claim: ClaimView, figure: FigureView, current: FigureView) -> bool:
    """The claim says which way the count went ("steigt", "fell") and the figure went the
    other way from the current value: "Opferzahl steigt erneut - 14 Tote" after 18 is an
    older count told again, not the new state. Only a level counts (not "um 5 gestiegen",
    not "weitere 5"), and only one direction said in the sentence."""
    said = DIRECTIONS.intersection(claim.terms)
    if len(said) != 1 or figure.value == current.value:
        return False
    if claim.slot(figure).measure.increment:
        return False
    if _DELTA_BEFORE.search(claim.text[max(0, figure.start - 24) : figure.start]):
        return False
    return (figure.value < current.value) == ("increase" in said)


def _sure(settings: MatchSettings, probability: float) -> RelationStatus:
    if probability >= settings.contradiction_probability:
        return RelationStatus.AUTO
    return RelationStatus.SUGGESTED


def _current(members: list[Member]) -> Member | None:
    """The earliest claim of the latest value stated (members are sorted by time)."""
    if not members:
        return None
    latest = members[-1]
    for member in members:
        if values.agree(member.figure, latest.figure):
            return member
    return latest


def _same_claimant(a: ClaimView, b: ClaimView) -> bool:
    return a.claimant_id is not None and a.claimant_id == b.claimant_id


def _later(settings: MatchSettings, new: ClaimView, old: ClaimView) -> bool:
    if new.time is None or old.time is None:
        return False
    return new.time - old.time > settings.later_than
