"""The slot of a figure: what it measures and whom or where it is about.

A fact is one measure of one subject in one scope of time. These pure functions read
the part of a sentence that belongs to one figure, so that the matcher can compare two
figures' slots, not just their sentences:

* the **stretch** of a figure: the words of its clause between the figure before it and
  the figure after it ("Bei dem Angriff wurden [zwei Menschen] getötet und [zwölf]
  verletzt": "getötet und" belongs to the first, "verletzt" to the second);
* its **measure**: the concepts of its stretch, the predicates among them (killed,
  injured, evacuated; spending, debt; approve, reject; increase, decrease), whether the
  predicate is negated ("nicht gerechtfertigt"), whether the figure is an increment
  ("zwei weitere Geiseln", "two more") or a running total ("insgesamt", "so far"), and the
  side of a vote ("dagegen", "against");
* its **subject**: the names and places of its stretch (the sentence's and the
  article's come from the claim itself).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# What happens to people: no sum of money is killed or evacuated ("die Prämie von 1.000
# Euro hält Söder für tot" measures a bonus, not deaths).
PEOPLE_PREDICATES = frozenset(
    """
    death injure missing rescue evacuate arrest hospitalise refugee disease homeless release
    """.split()
)
# Concepts that say what is measured. Two figures whose stretches name predicates and
# share none measure different things (killed vs injured, debt vs spending). Words for
# one measure count as one ("Preis" and "kosten" are both what something costs).
PREDICATES = PEOPLE_PREDICATES | frozenset(
    """
    damage cost debt revenue income wage profit loss fine tax aid investment budget
    export import pension donation rent emission production population unemployment
    approve reject support power_outage strike
    """.split()
)
_SAME_MEASURE = {"price": "cost", "fee": "cost"}
# The direction of a change is not what is measured ("steigt auf 63 Euro" and "kostet 63
# Euro" both say the price); opposite directions do disagree.
DIRECTIONS = frozenset({"increase", "decrease"})

_CLAUSE_BREAK = re.compile(
    r"[;:]\s|,\s|\s[-–—]\s|\((?!\d)|\)|\s(?:while|whereas|während|wohingegen|but|aber|"
    r"sondern|whereas)\s",
    re.I,
)
# Not inside a hyphenated compound: "nicht-binär", "non-profit" negate nothing.
_NEGATION = re.compile(
    r"(?<![-\w])(?:nicht|kein\w*|nie|not|no|never|non|un\w+gerechtfertigt)(?![-\w])", re.I
)
_INCREMENT = re.compile(
    r"\b(?:weitere[nmrs]?|zusätzliche[nmrs]?|erneut|nochmals|additional|another|further|more)\b",
    re.I,
)
# An increment word counts only next to the figure ("zwei weitere Geiseln", "another 5",
# "5 more"): "zusätzliche Zölle gegen die acht Länder" does not make eight an increment.
_INCREMENT_BEFORE = 3  # words before the figure
_INCREMENT_AFTER = 3  # words from the figure on (its number and unit)
_WORD = re.compile(r"\S+")
# Lives lost are deaths: "kostete 20 Menschen das Leben", "claimed 20 lives".
_LIVES = re.compile(
    r"\bLeben\b[^.;:]{0,40}?\b(?:gekostet|kostete\w*|kosten)\b"
    r"|\b(?:gekostet|kostete\w*|kosten)\b[^.;:]{0,60}?\bdas\s+Leben\b"
    r"|\b(?:cost|claimed|claiming|costing|took)\b[^.;:]{0,40}?\blives\b",
    re.I,
)
_TOTAL = re.compile(
    r"\b(?:insgesamt|total|gesamt\w*|bislang|bisher|so far|in all|overall|altogether)\b", re.I
)
# The side of a vote, only in forms that say it (plain "für"/"gegen" mean much else).
_AGAINST = re.compile(
    r"\b(?:dagegen|gegenstimmen|nein-stimmen|mit nein|stimmten gegen|voted against|"
    r"against|opposed|no votes?)\b",
    re.I,
)
_FOR = re.compile(
    r"\b(?:dafür|ja-stimmen|mit ja|stimmten für|voted for|in favou?r|yes votes?)\b", re.I
)
_ABSTAIN = re.compile(r"\b(?:enthalt\w*|enthielt\w*|abstain\w*|abstention\w*)\b", re.I)
# "dagegen" and "against" set one value against another as often as they vote: "Die
# Polizei spricht dagegen von 23 Verletzten", "attacks against civilians". They give a
# side only where a vote or a poll is spoken of.
_VOTE = re.compile(
    r"(?:stimm|votum|voten|vote|voting|ballot|referend|umfrage|befragt|poll|survey|"
    r"respondent|mehrheit|majority|befürwort|abgelehnt|lehnten|support|oppos)",
    re.I,
)
# "58 Prozent sind dagegen": a stance, a side without a vote word
_STANCE = re.compile(
    r"\b(?:sind|ist|waren|war|seien|sei|wären|wäre)\s+(?:\w+\s+){0,2}(?:dafür|dagegen)\b", re.I
)


# Words that say a value is news: a change, a revision, a running total.
CHANGE_SIGNALS: dict[str, re.Pattern[str]] = {
    "de": re.compile(
        r"\b(gestiegen|steigt|stieg|angestiegen|angewachsen|gewachsen|wuchs|erhöht|erhöhte|"
        r"gesunken|sinkt|sank|zurückgegangen|verringert|gefallen|fiel|mittlerweile|inzwischen|"
        r"insgesamt|nunmehr|nun|jetzt|aktuell|neuesten?|aktualisiert\w*|korrigiert\w*|"
        r"berichtigt\w*|revidiert\w*|zuletzt|weitere[nmrs]?|steigen|sinken|erhöhen|senken|"
        r"anheben|angehoben|gesenkt)\b"
        # a claim that names the value before: "von zehn auf 25 Prozent", "von 58 auf 63"
        r"|\bvon\s+(?:derzeit\s+|bisher\s+)?(?!(?:19|20)\d\d\b)[\w.,]+\s+(?:\w+\s+){0,2}?auf\s+"
        r"(?:\w+\s+)?\d",
        re.I,
    ),
    "en": re.compile(
        r"\b(rose|risen|rises|rising|increased|increases|grew|grown|climbed|jumped|soared|"
        r"fell|fallen|dropped|declined|decreased|now|in total|totals?|so far|latest|updated|"
        r"revised|corrected|correcting|up from|down from|has since|raise[sd]?|cut)\b"
        # "from 10 to 25 percent", "from $48 million to $52 million"
        r"|\bfrom\s+[$€£]?(?!(?:19|20)\d\d\b)[\d.,]+\s+(?:\w+\s+){0,2}?to\s+[$€£]?\d",
        re.I,
    ),
}

# "Die Zahl der Toten ist auf 254 gestiegen", "the death toll rose to 40", "Inzwischen
# liegt die Zahl der Toten bei 920": a sentence that reports the new state of a count
# that was reported before.
RUNNING_COUNT = re.compile(
    r"\b(?:(?:die\s+)?(?:offizielle\s+|bestätigte\s+)?(?:Zahl|Anzahl|Opferzahl|Todeszahl|"
    r"Totenzahl|Bilanz)\b[^.;:]{0,60}?\b(?:auf|bei|liegt|beträgt|stieg|steigt|gestiegen|"
    r"erhöht|klettert\w*|kletterte)\b"
    r"|(?:death|casualty|injury)\s+tolls?\b[^.;:]{0,60}?\b(?:rose|risen|rises|climbed|"
    r"jumped|now|stands|stood|reached|increased|is|was)\b"
    r"|number\s+of\s+\w+(?:\s+\w+)?\s+(?:\w+\s+){0,4}?(?:rose|has\s+risen|climbed|"
    r"increased|now\s+stands|stands|reached|jumped)\b"
    # the new state of any amount: "the budget now totals $52 million", "beläuft sich
    # inzwischen auf", "liegt nun bei 5"
    r"|\b(?:now|currently)\s+(?:totals?|totall?ed|stands?\s+at|amounts?\s+to)\b"
    r"|\b(?:beläuft|belaufen|belief|beliefen)\s+sich\s+(?:nun|inzwischen|mittlerweile|jetzt|"
    r"aktuell)\s+auf\b"
    r"|\b(?:liegt|liegen|beträgt|betragen)\s+(?:nun|inzwischen|mittlerweile|jetzt|aktuell)\s+"
    r"(?:bei\s+|auf\s+)?\d"
    # a sentence that opens with the state so far: "Inzwischen sind mehr als 400 Fahrten
    # ausgefallen", "Bislang wurden 61 Fälle gemeldet"; "now puts the toll at"
    r"|(?:^|[.!?]\s+)(?:Inzwischen|Mittlerweile|Bislang|Bisher)\s+(?:sind|wurden|haben|ist|"
    r"wurde|hat|seien|habe|konnten|mussten)\b"
    r"|\bnow\s+(?:puts|estimates?|counts?)\b"
    r"|\b(?:has|have)\s+(?:now|so\s+far)\s+(?:risen|climbed|reached|grown)\b)",
    re.I,
)


def reports_running_count(text: str) -> bool:
    return RUNNING_COUNT.search(text) is not None


# A sentence that sets its value against the one before: "Die Behörden sprechen dagegen
# von 3.500", "Officials, however, put the number at 3,500".
CONTRAST = re.compile(
    r"\b(?:dagegen|hingegen|demgegenüber|widersprach\w*|bestritt\w*|dementiert\w*|"
    r"however|instead|disputed?|denied|contradict\w*|rejected)\b",
    re.I,
)


def sets_against(text: str) -> bool:
    return CONTRAST.search(text) is not None


def has_change_signal(text: str, language: str) -> bool:
    if language in CHANGE_SIGNALS:
        return bool(CHANGE_SIGNALS[language].search(text))
    return any(p.search(text) for p in CHANGE_SIGNALS.values())


@dataclass(frozen=True)
class Measure:
    """What one figure measures, read from its stretch of the sentence."""

    terms: frozenset[str]
    predicates: frozenset[str]
    negated: bool = False
    increment: bool = False
    total: bool = False
    side: str | None = None  # "for", "against" or "abstain" (votes)
    direction: frozenset[str] = frozenset()  # increase / decrease


@dataclass(frozen=True)
class Stretch:
    start: int
    end: int
    text: str


def clause_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause around ``text[start:end]``: between the clause breaks around it."""
    left, right = 0, len(text)
    for match in _CLAUSE_BREAK.finditer(text):
        if match.end() <= start:
            left = match.end()
        elif match.start() >= end:
            right = match.start()
            break
    return left, right


def stretch(text: str, start: int, end: int, others: list[tuple[int, int]]) -> Stretch:
    """The words that belong to the figure at ``start:end``: its clause, cut at the
    figures before and after it (``others``: the other figures' spans)."""
    left, right = clause_bounds(text, start, end)
    for other_start, other_end in others:
        if other_end <= start and other_end > left:
            left = other_end
            # "zwei getötet und [zwölf] verletzt": what stands before the joining word
            # belongs to the figure before
            joint = _last_join(text, other_end, start)
            if joint is not None:
                left = joint
        elif other_start >= end and other_start < right:
            right = other_start
            joint = _first_join(text, end, other_start)
            if joint is not None:
                right = joint
    return Stretch(left, right, text[left:right])


_JOIN = re.compile(r"\s(?:und|sowie|oder|and|or|as well as|plus)\s|,\s", re.I)


def _last_join(text: str, start: int, end: int) -> int | None:
    found = None
    for match in _JOIN.finditer(text, start, end):
        found = match.end()
    return found


def _first_join(text: str, start: int, end: int) -> int | None:
    match = _JOIN.search(text, start, end)
    return match.start() if match else None


def measure_markers(window: str) -> tuple[bool, bool, bool, str | None]:
    """Negation, increment, running total and the side of a vote in a stretch."""
    side = None
    if _ABSTAIN.search(window):
        side = "abstain"
    elif _AGAINST.search(window) and (_VOTE.search(window) or _STANCE.search(window)):
        side = "against"
    elif _FOR.search(window) and (_VOTE.search(window) or _STANCE.search(window)):
        side = "for"
    return (
        bool(_NEGATION.search(window)),
        bool(_INCREMENT.search(window)),
        bool(_TOTAL.search(window)),
        side,
    )


_VALUE_NEGATION = re.compile(r"\b(?:nicht|not|keine?)\s+(?:etwa\s+|about\s+)?$", re.I)


def measure(
    terms: frozenset[str], window: str, figure_at: int = -1, *, money: bool = False
) -> Measure:
    """``figure_at``: where the figure starts in ``window``; a negation right before it
    rejects the value ("nicht zwei, sondern ein"), not what is measured. ``money``: the
    figure is a sum of money, which what happens to people does not measure."""
    if figure_at >= 0:
        before = _VALUE_NEGATION.sub("", window[:figure_at])
        window = before + window[figure_at:]
        figure_at = len(before)
    negated, increment, total, side = measure_markers(window)
    if increment and figure_at >= 0:
        near = " ".join(
            [
                *_WORD.findall(window[:figure_at])[-_INCREMENT_BEFORE:],
                *_WORD.findall(window[figure_at:])[:_INCREMENT_AFTER],
            ]
        )
        increment = bool(_INCREMENT.search(near))
    canonical = frozenset(_SAME_MEASURE.get(t, t) for t in terms)
    if "cost" in canonical and _LIVES.search(window):
        canonical = canonical - {"cost"} | {"death"}
    return Measure(
        terms=terms,
        predicates=frozenset(
            t for t in canonical if t in PREDICATES and not (money and t in PEOPLE_PREDICATES)
        ),
        direction=frozenset(t for t in terms if t in DIRECTIONS),
        negated=negated,
        increment=increment,
        total=total,
        side=side,
    )
