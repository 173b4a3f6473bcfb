"""Which fact a figure belongs to: pure decisions over a claim and its candidates.

For every asserted figure of a new claim, each candidate figure (same unit, not
blocked) is compared (:mod:`tracker.match.compare`) and given a match probability by
the link model. Candidates are grouped by their fact; a fact's probability is that of
its best member, and a member that is very unlikely to share the slot vetoes the fact
(a fact that drifted across two incidents is not joined through its one near twin).
The best fact is joined at or above the auto probability; between the suggest
probability and it, the figure starts a fact of its own and a link is suggested; below,
it starts a fact of its own.

A value the claim rejects or names as the value before a change goes with the fact of
the value the claim asserts (its sibling); a denial without an asserted value of its
unit ("Peskow bestritt, dass 26 Länder ...") is matched like an asserted figure, so that
it lands in the fact of the claim it denies.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace

from tracker.match import slots, values
from tracker.match.compare import blocked, compare
from tracker.match.model import Explanation
from tracker.match.settings import MatchSettings, Placement
from tracker.match.views import ClaimView, FigureView

IdfLookup = Callable[[str], float]


@dataclass(frozen=True)
class Member:
    """A figure with its claim (of a fact, or a candidate)."""

    figure: FigureView
    claim: ClaimView


@dataclass(frozen=True)
class Candidate:
    member: Member
    explanation: Explanation

    @property
    def probability(self) -> float:
        return self.explanation.probability


@dataclass(frozen=True)
class FactChoice:
    figure: FigureView
    placement: Placement
    fact_id: int | None  # the fact joined; for SUGGESTED the fact suggested
    best: Candidate | None = None
    # Facts the claim shows to be this one: "6.500, nicht 20.000" answers the fact of
    # the 20,000 while its 6,500 joins the fact of the 6,500s. They become one.
    absorbs: tuple[int, ...] = ()

    @property
    def joins(self) -> int | None:
        """The fact the figure goes into now (None: a new fact of its own)."""
        if self.placement in (
            Placement.AUTO,
            Placement.KEPT,
            Placement.SIBLING,
            Placement.REFERENCE,
        ):
            return self.fact_id
        return None


def explain_pair(
    settings: MatchSettings,
    new: ClaimView,
    new_figure: FigureView,
    old: ClaimView,
    old_figure: FigureView,
    idf: IdfLookup,
) -> Explanation | None:
    """The model's explanation for a pair of figures; None when they are blocked."""
    if blocked(new, new_figure, old, old_figure):
        return None
    return settings.model.explain(compare(new, new_figure, old, old_figure, idf))


def candidates_for(
    settings: MatchSettings,
    claim: ClaimView,
    figure: FigureView,
    pool: Iterable[ClaimView],
    idf: IdfLookup,
) -> tuple[list[Candidate], set[int]]:
    """Every stored figure in ``pool`` that could share ``figure``'s fact, explained; and
    the facts that hold a figure of another place or period than this one."""
    found = []
    barred: set[int] = set()
    for other in pool:
        if other.id == claim.id:
            continue
        for candidate in other.figures:
            if not candidate.asserted or candidate.fact_id is None:
                continue
            why = blocked(claim, figure, other, candidate)
            if why in ("another place", "another period", "another measure", "another incident"):
                barred.add(candidate.fact_id)
            if why:
                continue
            explanation = settings.model.explain(compare(claim, figure, other, candidate, idf))
            found.append(Candidate(Member(candidate, other), explanation))
    return found, barred


def choose_fact(
    settings: MatchSettings,
    claim: ClaimView,
    figure: FigureView,
    pool: Iterable[ClaimView],
    idf: IdfLookup,
) -> FactChoice:
    by_fact: dict[int, list[Candidate]] = {}
    found, barred = candidates_for(settings, claim, figure, pool, idf)
    for candidate in found:
        fact_id = candidate.member.figure.fact_id
        assert fact_id is not None
        if fact_id in barred:
            continue  # the fact already holds the same kind of figure of another place
        by_fact.setdefault(fact_id, []).append(candidate)
    best: tuple[float, int, Candidate] | None = None
    sure: dict[int, list[Candidate]] = {}  # facts the figure could join on its own
    for fact_id, members in by_fact.items():
        ranked = sorted(members, key=lambda c: (c.probability, c.member.claim.order))
        top = ranked[-1]
        probability = top.probability
        # A second claim of the fact that says the same value corroborates the first
        # (two outlets' "40 Tote" of one fire), discounted: they are not independent.
        second = [
            c
            for c in ranked[:-1]
            if values.agree(c.member.figure, figure)
            and c.member.claim.article_id != top.member.claim.article_id
        ]
        if second and settings.corroboration:
            probability = 1 - (1 - probability) * (1 - second[-1].probability) ** (
                settings.corroboration
            )
        if len(members) > 1:
            if any(vetoes(settings, c) for c in members):
                continue  # the fact holds a figure that surely is another slot
            same = [c.probability for c in members if values.agree(c.member.figure, figure)]
            if len(same) > 1 and sum(same) / len(same) < settings.twin_probability:
                continue  # its one close twin aside, the fact's claims of this value differ
        if _sure(settings, top.probability, top.explanation.levels):
            sure[fact_id] = members
        if best is None or probability > best[0]:
            best = (probability, fact_id, top)
    if best is None:
        return FactChoice(figure, Placement.NEW, None)
    probability, fact_id, top = best
    levels = top.explanation.levels
    if _sure(settings, probability, levels):
        return FactChoice(
            figure,
            Placement.AUTO,
            fact_id,
            top,
            absorbs=_split_twins(settings, figure, fact_id, top, sure, idf),
        )
    if levels.get("measure") == "conflict":
        # two measures of one story ("treated", "arrested") are not worth a person's time
        return FactChoice(figure, Placement.NEW, None, top)
    if probability >= settings.suggest_probability:
        return FactChoice(figure, Placement.SUGGESTED, fact_id, top)
    return FactChoice(figure, Placement.NEW, None, top)


def _sure(settings: MatchSettings, probability: float, levels: Mapping[str, str]) -> bool:
    """Sure enough to join on its own."""
    return probability >= settings.auto_probability and (
        probability >= settings.unanchored_auto_probability or anchored(levels)
    )


def _split_twins(
    settings: MatchSettings,
    figure: FigureView,
    fact_id: int,
    top: Candidate,
    sure: Mapping[int, list[Candidate]],
    idf: IdfLookup,
) -> tuple[int, ...]:
    """Facts of one claim each that this figure joins as surely as the fact it joins,
    all of one value with it: one story's figure that fell just short of a link when it
    came ("Der 22-Jährige soll ..." at 0.72 after "Ein 22-Jähriger aus Utah ...") and
    started a fact of its own. Only with a sign of the slot (:func:`anchored`), not of
    another incident and not more than a week apart; merged when their claim and the
    joined fact's best one could be one slot (not blocked, at least the suggest
    probability)."""
    if not settings.mend_splits or not _mends(top.explanation.levels):
        return ()
    found = []
    for other, members in sure.items():
        if other == fact_id or len(members) != 1:
            continue
        member = members[0].member
        levels = members[0].explanation.levels
        if not (values.agree(member.figure, figure) and values.agree(top.member.figure, figure)):
            continue
        if not _mends(levels):
            continue
        pair = explain_pair(
            settings,
            top.member.claim,
            top.member.figure,
            member.claim,
            member.figure,
            idf,
        )
        if pair is not None and pair.probability >= settings.suggest_probability:
            found.append(other)
    return tuple(found)


def _mends(levels: Mapping[str, str]) -> bool:
    """A pair sure enough to mend a split with: a sign of the slot, not sure by the
    numbers alone, and no sign of another incident or another week."""
    return anchored(levels) and levels.get("event") != "other" and levels.get("time") != "later"


def anchored(levels: Mapping[str, str]) -> bool:
    """Whether a pair says which slot it is beyond value, time and story: the same
    measure, place, name or incident, shared words, or a running count. Without that
    only a surer probability links it on its own (the same round figure on the same day
    in two stories is two facts more often than the model's average says)."""
    return (
        levels.get("measure") == "shared"
        or levels.get("subject") in ("same_place", "same_name")
        or levels.get("event") == "same"
        or levels.get("lexical") in ("high", "medium")
        or levels.get("change") == "running_count"
    )


def vetoes(settings: MatchSettings, member: Candidate) -> bool:
    """A member this unlikely to share the slot keeps the figure out of its fact, when
    something speaks against it (another story, event, time, magnitude): a member that
    merely says nothing either way (no shared words with an English copy) does not."""
    return member.probability < settings.veto_probability and any(
        c.weight < 0 for c in member.explanation.contributions
    )


def choose_facts(
    settings: MatchSettings,
    claim: ClaimView,
    pool: Iterable[ClaimView],
    idf: IdfLookup,
) -> list[FactChoice]:
    """A decision for every figure of ``claim`` that has a unit, in text order."""
    pool = list(pool)
    choices: dict[int, FactChoice] = {}
    for figure in claim.figures:
        if figure.unit is None or not figure.asserted:
            continue
        if figure.fact_id is not None:
            # Placed by a person (kept through re-matching): it stays where it is.
            choices[figure.id] = FactChoice(figure, Placement.KEPT, figure.fact_id)
            continue
        choice = choose_fact(settings, claim, figure, pool, idf)
        # "95 teachers, not 120 as the mayor claimed", "von 58 auf 63 Euro": a value the
        # claim rejects or names as the one before names the claim it answers. Found
        # among the candidates, it places the asserted value; being named outright, it
        # needs only the reference probability.
        for named in claim.figures:
            if named.asserted or named.unit != figure.unit:
                continue
            answered = choose_fact(settings, claim, as_asserted(named), pool, idf)
            best = answered.best
            if best is None or answered.fact_id is None:
                continue
            if best.probability < settings.reference_probability or not values.agree(
                named, best.member.figure
            ):
                continue
            if choice.joins is None:
                choice = FactChoice(figure, Placement.REFERENCE, answered.fact_id, best)
            elif (
                answered.fact_id != choice.joins
                and best.probability >= settings.twin_probability
                and answered.fact_id not in choice.absorbs
            ):
                choice = replace(choice, absorbs=(*choice.absorbs, answered.fact_id))
        # "Mehr als 10.000 ..., sagte ein Feuerwehrsprecher. Die Behörden sprechen dagegen
        # von 3.500": a value set against the one the sentence before gave for the same
        # thing ties that value's fact to this one.
        before = _contrasted(claim, figure, pool)
        if (
            before is not None
            and before.fact_id is not None
            and choice.joins is not None
            and before.fact_id != choice.joins
            and before.fact_id not in choice.absorbs
        ):
            choice = replace(choice, absorbs=(*choice.absorbs, before.fact_id))
        choices[figure.id] = choice
    for figure in claim.figures:
        if figure.unit is None or figure.asserted:
            continue
        sibling = next(
            (c for c in choices.values() if c.figure.unit == figure.unit and c.joins), None
        )
        if sibling is not None:
            choices[figure.id] = FactChoice(figure, Placement.SIBLING, sibling.joins)
        elif figure.negated and not any(c.figure.unit == figure.unit for c in choices.values()):
            # A bare denial: it belongs with the claim it denies.
            choice = choose_fact(settings, claim, as_asserted(figure), pool, idf)
            choices[figure.id] = FactChoice(figure, choice.placement, choice.fact_id, choice.best)
        else:
            choices[figure.id] = FactChoice(figure, Placement.NEW, None)
    return [choices[f.id] for f in claim.figures if f.id in choices]


def _contrasted(claim: ClaimView, figure: FigureView, pool: list[ClaimView]) -> FigureView | None:
    """The conflicting value of the same unit in the sentence just before, when this
    sentence sets itself against it."""
    if not slots.sets_against(claim.text):
        return None
    earlier = [c for c in pool if c.article_id == claim.article_id and c.order < claim.order]
    if not earlier:
        return None
    previous = max(earlier, key=lambda c: c.order)
    found = [
        f
        for f in previous.figures
        if f.asserted and f.unit == figure.unit and values.conflict(f, figure)
    ]
    return found[0] if len(found) == 1 else None


def as_asserted(figure: FigureView) -> FigureView:
    """A rejected value, compared as if asserted: to find the claim that asserted it."""
    return FigureView(
        figure.id,
        figure.claim_id,
        figure.value,
        figure.unit,
        figure.approx,
        False,
        figure.fact_id,
        figure.start,
        figure.end,
        False,
    )
