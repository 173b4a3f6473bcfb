"""Comparisons of two figures, as record linkage makes them: one signal, a few levels.

Each comparison turns one kind of evidence about a pair of figures into a level
(``measure: conflict``, ``time: week``); the link model (:mod:`tracker.match.model`)
gives every level a match weight. The levels are plain names, so a stored link can
be explained and replayed.

| comparison | levels |
|---|---|
| measure  | conflict, shared, none |
| subject  | same_place, other_place, same_name, none |
| story    | high, medium, low, none |
| event    | same, other, none (the kind of incident the scenes name: quake, flood, attack) |
| time     | same_day, week, later, unknown |
| value    | equal_distinctive, equal_round, equal_small, close, different, magnitude |
| lexical  | high, medium, low |
| change   | running_count, running_repeat, none (the newer claim reports the new state
             of a count: "die Zahl der Toten ist auf 254 gestiegen", against another value
             or the same one; other words of change, "nun", "insgesamt", say nothing about
             the slot and are no level) |

Blocking comes first (:func:`blocked`): figures of different units, of one claim, of
one article with different values, of sentences that name incidents of kinds that are
never one, two increments said on different days, or of sentences that name different
places (none of which stands in the other's article) are never one fact, whatever the
model says.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from rapidfuzz import fuzz
from rapidfuzz.utils import default_process

from tracker import lexicon
from tracker.extract.units import unit_kind
from tracker.lexicon.vocabulary import broad_places
from tracker.match import slots, values
from tracker.match.values import same_unit
from tracker.match.views import ClaimView, FigureView
from tracker.normalise import fold, is_common_word, is_geographic, is_place

COMPARISONS: dict[str, tuple[str, ...]] = {
    "measure": ("shared", "none"),  # ("conflict" blocks the pair)
    "subject": ("same_place", "other_place", "same_name", "none"),
    "story": ("high", "medium", "low", "none"),
    "event": ("same", "other", "none"),
    "time": ("same_day", "week", "later", "unknown"),
    "value": ("equal_distinctive", "equal_round", "equal_small", "close", "different", "magnitude"),
    "lexical": ("high", "medium", "low"),
    "change": ("running_count", "running_repeat", "none"),
}

IdfLookup = Callable[[str], float]


def blocked(new: ClaimView, new_figure: FigureView, old: ClaimView, old_figure: FigureView) -> str:
    """Why two figures can never be one fact ("" when they can)."""
    if not same_unit(new_figure.unit, old_figure.unit):
        return "another unit"
    if new.id == old.id:
        return "one claim"  # two figures of one sentence have different roles
    if new.article_id == old.article_id and not values.agree(new_figure, old_figure):
        return "one article, another value"
    if compare_measure(new, new_figure, old, old_figure, lambda t: 1.0) == "conflict":
        return "another measure"  # killed vs injured, for vs against: another slot
    if another_incident(new, old):
        return "another incident"
    if another_increment(new, new_figure, old, old_figure):
        return "another increment"
    if another_place(new, old):
        return "another place"
    if another_period(new, new_figure, old, old_figure):
        return "another period"
    return ""


# Kinds of incident that can be one: a quake sets off landslides, a storm floods, a heat
# wave burns, an attack explodes. Two sentences that each name a kind of incident, and no
# family holds one of each, tell of two incidents ("Bei einem Erdbeben ... 800 Tote" is not
# "Seit Beginn der Monsunzeit ... 800 Tote"). Words of no family ("accident", "outbreak")
# say too little to part anything.
INCIDENT_FAMILIES: tuple[frozenset[str], ...] = tuple(
    frozenset(family.split())
    for family in (
        "earthquake landslide avalanche",
        "flood storm rain snow cold landslide avalanche",
        "heat drought fire",
        "fire explosion crash attack airstrike shooting war",
    )
)
_INCIDENT_WORDS = frozenset().union(*INCIDENT_FAMILIES)


def another_incident(new: ClaimView, old: ClaimView) -> bool:
    """Both sentences name a kind of incident, and no kind of one goes with one of the
    other."""
    kinds_a = _INCIDENT_WORDS.intersection(new.terms)
    kinds_b = _INCIDENT_WORDS.intersection(old.terms)
    if not kinds_a or not kinds_b:
        return False
    return not any(kinds_a & family and kinds_b & family for family in INCIDENT_FAMILIES)


def another_increment(
    new: ClaimView, new_figure: FigureView, old: ClaimView, old_figure: FigureView
) -> bool:
    """Both figures are increments ("zwei weitere Geiseln", "another 5") said on
    different days: each is news of its own event (two handovers, two rounds of
    arrests), never a repeat of the other."""
    if compare_time(new, old) in ("same_day", "unknown"):
        return False
    return new.slot(new_figure).measure.increment and old.slot(old_figure).measure.increment


def another_period(
    new: ClaimView, new_figure: FigureView, old: ClaimView, old_figure: FigureView
) -> bool:
    """One figure is dated to an earlier year in its own clause ("bereits 2023 hatte
    Varnholt 480 Stellen abgebaut") and the other's clause does not name that year:
    history, not the figure the other claims."""
    for claim, figure, other, other_figure in (
        (new, new_figure, old, old_figure),
        (old, old_figure, new, new_figure),
    ):
        if claim.time is None:
            continue
        past = {y for y in claim.slot(figure).years if y < claim.time.year}
        if past and not past & other.slot(other_figure).years:
            return True
    return False


def another_place(new: ClaimView, old: ClaimView) -> bool:
    """Both sentences name where they happen, no place in common, and neither place
    stands anywhere in the other's article: the same kind of thing somewhere else."""
    # (a claimant's name can say where: "die Stadtwerke Grünstadt"; an organisation says
    # who, not where: "der Bundesrat" and "die Bundesregierung" are not two places)
    places_a = {n for n in new.anchors if is_geographic(n)}
    places_b = {n for n in old.anchors if is_geographic(n)}
    if places_a and places_b:
        return bool(
            not places_a & places_b
            and not places_a & (old.scene_names | old.context)
            and not places_b & (new.scene_names | new.context)
        )
    # One sentence names a town and the other no place, but the other's scene (headline,
    # text before) names towns, and no place of either stands anywhere in the other's
    # article: "In Kiew wurden zehn verletzt" and "... zehn weitere Menschen wurden
    # verletzt" under a headline on Saporischschja. Countries and regions do not count:
    # they may hold the other side's town.
    for said, claim, other in ((places_a, new, old), (places_b, old, new)):
        if not any(_is_town(n) for n in said):
            continue
        towns = {n for n in other.scene_names if is_geographic(n) and _is_town(n)}
        if (
            towns
            and not said & (other.scene_names | other.context)
            and not towns & (claim.anchors | claim.scene_names | claim.context)
        ):
            return True
    return False


def term_overlap(a: tuple[str, ...], b: tuple[str, ...], idf: IdfLookup) -> float:
    """Weighted Dice coefficient of two term sets (placeholders left out)."""
    set_a = {t for t in a if not t.startswith("#")}
    set_b = {t for t in b if not t.startswith("#")}
    if not set_a or not set_b:
        return 0.0
    shared = sum(idf(t) for t in set_a & set_b)
    total = sum(idf(t) for t in set_a) + sum(idf(t) for t in set_b)
    return 2 * shared / total if total else 0.0


def lexical_similarity(new: ClaimView, old: ClaimView, idf: IdfLookup) -> float:
    """What the two claims say alike: the better of the idf-weighted overlap of their
    key terms and rapidfuzz's token_set_ratio of the key texts (rescaled so that the
    level of unrelated short texts, about 0.35, is 0). Across languages only the shared
    concepts count: the words differ by nature."""
    terms = term_overlap(new.terms, old.terms, idf)
    if new.language != old.language:
        return terms
    ratio = fuzz.token_set_ratio(new.key_text, old.key_text, processor=default_process) / 100
    return max(terms, 0.9 * max(0.0, (ratio - 0.35) / 0.65))


def _subjects(names: frozenset[str]) -> frozenset[str]:
    """Names that say where or whom (not ordinary words that happen to be capitalised;
    a known place stays even when the dictionary knows it: "Pakistan"; not an outlet or
    platform, where something was said: "auf Telegram mitteilte" in two reports of two
    attacks says nothing of what they are about)."""
    carriers = _carriers()
    return frozenset(
        n for n in names if (is_place(n) or not is_common_word(n)) and n not in carriers
    )


def _where(name: str) -> bool:
    """A place or organisation (found like places) that is no outlet or platform."""
    return is_place(name) and name not in _carriers()


def _is_town(place: str) -> bool:
    """A geographic place that is no country, region or Land (a town, city, village)."""
    return place not in broad_places()


@lru_cache(maxsize=1)
def _carriers() -> frozenset[str]:
    """Outlets and platforms of one word, folded as anchors are ("telegram", "reuters")."""
    return frozenset(fold(name) for name in lexicon.outlets() if " " not in name)


def compare_measure(
    new: ClaimView,
    new_figure: FigureView,
    old: ClaimView,
    old_figure: FigureView,
    idf: IdfLookup,
) -> str:
    a = new.slot(new_figure).measure
    b = old.slot(old_figure).measure
    if unit_kind(new_figure.unit) == "age":
        # An age belongs to a person whatever the person did: "ein 22-Jähriger soll Kirk
        # getötet haben" and "der 22-Jährige soll ... abgelehnt haben" are one age.
        shared_terms = term_overlap(tuple(a.terms), tuple(b.terms), idf)
        return "shared" if shared_terms >= 0.3 else "none"
    if a.side and b.side and a.side != b.side:
        return "conflict"  # votes for and votes against
    if (a.increment and b.total and not b.increment) or (
        b.increment and a.total and not a.increment
    ):
        return "conflict"  # two more hostages freed vs 20 freed in all
    if a.direction and b.direction and not a.direction & b.direction:
        return "conflict"  # rose by 5 percent vs fell by 5 percent
    # A negation sets two measures apart only between different values: with the same
    # value, one side negated is a denial of the other ("bestritt, dass 26 Länder") or a
    # negation of something else in the clause ("100-Prozent-Zölle ... nicht für Einfuhren
    # aus der EU gelten"), not another measure of the same size.
    equal = values.agree(new_figure, old_figure)
    if a.predicates and b.predicates:
        if not a.predicates & b.predicates:
            return "conflict"  # killed vs injured; debt vs spending
        if a.negated != b.negated and not equal:
            return "conflict"  # "gerechtfertigt" vs "nicht gerechtfertigt"
        return "shared"
    shared = term_overlap(tuple(a.terms), tuple(b.terms), idf)
    # A negation sets two measures apart only where the clauses share what is measured,
    # not just the unit, its scale or the names of who and where ("sollte die EU die
    # Kartellstrafe über 2,95 Milliarden Euro nicht zurücknehmen" is the same fine as "die
    # EU hat eine Geldstrafe von 2,95 Milliarden Euro verhängt").
    measured = (a.terms & b.terms) - _UNIT_WORDS - new.anchors - old.anchors
    if measured and a.negated != b.negated and not equal:
        return "conflict"
    if shared >= 0.3:
        return "shared"
    return "none"


# Words that name a unit or its scale, not what is measured.
_UNIT_WORDS = frozenset(
    "euro dollar cent pound franc percent prozent milliarde million billion trillion "
    "thousand tausend hundert hundred".split()
)


def compare_subject(
    new: ClaimView, new_figure: FigureView, old: ClaimView, old_figure: FigureView
) -> str:
    """Where and whom the two figures are about.

    Places first: the same place in the figures' clauses, sentences or scenes; or
    places on both sides and none shared (another town, another attack). Then other
    names (people, organisations) shared."""
    local_a = new.slot(new_figure).names
    local_b = old.slot(old_figure).names
    # places count wherever they stand, in a claimant's name too ("Stadtwerke Grünstadt");
    # other names only when they are not the speaker's; an outlet or platform never
    # ("auf Telegram mitteilte": where it was said)
    places_a = {n for n in new.anchors | new.scene_names if _where(n)}
    places_b = {n for n in old.anchors | old.scene_names if _where(n)}
    if {n for n in local_a & local_b if _where(n)} or places_a & places_b:
        return "same_place"
    # Places said in both sentences, none shared (a scene's headline may name the
    # country where the sentence names the town: that is no conflict).
    if {n for n in new.anchors if _where(n)} and {n for n in old.anchors if _where(n)}:
        return "other_place"
    names_a = _subjects((new.anchors | new.scene_names) - new.speakers)
    names_b = _subjects((old.anchors | old.scene_names) - old.speakers)
    if names_a & names_b:
        return "same_name"
    return "none"


def compare_story(new: ClaimView, old: ClaimView, idf: IdfLookup) -> str:
    """How alike the two claims' scenes (headline and the text before) are."""
    overlap = term_overlap(tuple(new.scene_terms), tuple(old.scene_terms), idf)
    if overlap >= 0.3:
        return "high"
    if overlap >= 0.15:
        return "medium"
    if overlap >= 0.05:
        return "low"
    return "none"


# Kinds of incident: an earthquake's dead are not a flood's, an attack's not a storm's.
EVENTS = frozenset(
    """
    earthquake flood storm hurricane tornado fire wildfire attack airstrike shooting
    explosion accident crash strike protest election heat drought landslide avalanche
    outbreak war
    """.split()
)


def compare_event(new: ClaimView, old: ClaimView) -> str:
    a = (new.scene_terms | set(new.terms)) & EVENTS
    b = (old.scene_terms | set(old.terms)) & EVENTS
    if a & b:
        return "same"
    if a and b:
        return "other"
    return "none"


def compare_time(new: ClaimView, old: ClaimView) -> str:
    if new.time is None or old.time is None:
        # one article without a date still says everything at one time
        return "same_day" if new.article_id == old.article_id else "unknown"
    days = abs((new.time - old.time).total_seconds()) / 86400
    if days <= 1.5:
        return "same_day"
    if days <= 7:
        return "week"
    return "later"


def compare_value(new_figure: FigureView, old_figure: FigureView) -> str:
    if values.agree(new_figure, old_figure):
        if values.distinctive(new_figure.value) or values.distinctive(old_figure.value):
            return "equal_distinctive"
        if abs(new_figure.value) < 13:
            return "equal_small"  # "zwei Menschen": said of every other incident
        return "equal_round"
    ratio = values.ratio(new_figure, old_figure)
    if ratio >= 10:
        return "magnitude"
    if ratio <= 1.25 or not values.conflict(new_figure, old_figure):
        return "close"
    return "different"


def compare_lexical(new: ClaimView, old: ClaimView, idf: IdfLookup) -> str:
    similarity = lexical_similarity(new, old, idf)
    if similarity >= 0.4:
        return "high"
    if similarity >= 0.2:
        return "medium"
    return "low"


def compare_change(new: ClaimView) -> str:
    return _change(new.text)


@lru_cache(maxsize=20_000)
def _change(text: str) -> str:
    """:func:`compare_change` of a claim's text (read once per claim, not per pair)."""
    if slots.reports_running_count(text):
        return "running_count"
    return "none"


def compare_claimant(new: ClaimView, old: ClaimView) -> str:
    if new.claimant_id is None or old.claimant_id is None:
        return "unknown"
    return "same" if new.claimant_id == old.claimant_id else "different"


def compare(
    new: ClaimView,
    new_figure: FigureView,
    old: ClaimView,
    old_figure: FigureView,
    idf: IdfLookup,
) -> dict[str, str]:
    """The level of every comparison for a pair of figures that is not blocked."""
    levels = {
        "measure": compare_measure(new, new_figure, old, old_figure, idf),
        "subject": compare_subject(new, new_figure, old, old_figure),
        "story": compare_story(new, old, idf),
        "event": compare_event(new, old),
        "time": compare_time(new, old),
        "value": compare_value(new_figure, old_figure),
        "lexical": compare_lexical(new, old, idf),
        # (what the later of the two says, whichever arrived last)
        "change": compare_change(new if new.order >= old.order else old),
    }
    if levels["change"] == "running_count" and levels["value"].startswith("equal"):
        # A running count says the value moved on from an earlier report: evidence for
        # an earlier value of the count, not for another story's equal figure ("Zahl der
        # Toten ... auf 100 gestiegen" is not the 100 dead of an outbreak elsewhere).
        levels["change"] = "running_repeat"
    return levels
