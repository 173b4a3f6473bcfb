"""Figure candidates and the links between them (see :mod:`tracker.extract.figures`).

A number without a noun may share one with a neighbour: ranges ("200 bis 300 Menschen"),
contrasts ("95 new teachers, not 120"), changes ("von 11 auf 9 Patienten"); or take it from a
frame earlier in the sentence ("Die Zahl der Evakuierten ist auf 3.500 gestiegen"). Pairs that
are not figures at all (scores, codes) are dropped here.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from tracker.extract.figure_rules import (
    BETWEEN_RE,
    CHANGE_SOURCE_RE,
    CHANGE_TARGET_RE,
    COMPARED_BEFORE_RE,
    CORRECTION_RE,
    ELLIPSIS_AFTER_RE,
    ELLIPSIS_BEFORE_RE,
    ELLIPSIS_GAP_STOP,
    ELLIPSIS_SPAN,
    ES_BEFORE_RE,
    FOR_AFTER_RE,
    FRAME_DE,
    FRAME_EN,
    FROM_RE,
    GAP_AND,
    GAP_BIS,
    GAP_CHANGE,
    GAP_GAPPED,
    GAP_LINK,
    GAP_OR,
    GAP_PART_OF,
    GAP_RANGE_DASH,
    GAP_TALLY,
    GAP_TO,
    GENERIC_TRIP_UNIT,
    PARENT_OF_RE,
    PARTITIVE_BEFORE_RE,
    PEOPLE_VERB_BEFORE_RE,
    PRONOUN_PARTITIVE_RE,
    SENT_END_RE,
    SHARED_AFTER_RE,
    TALLY_UNITS,
    TRIP_MODES,
    TRUNCATED_LINK_RE,
)
from tracker.extract.units import lookup_phrase, unit_kind


@dataclass
class FigureCandidate:
    value: Decimal
    start: int
    end: int
    num_start: int
    num_end: int
    unit: str | None = None
    unit_text: str | None = None
    lexical: bool = False
    approx: str | None = None
    negated: bool = False
    scale: Decimal | None = None
    dash_prev: bool = False
    dash_next: bool = False
    label_risk: bool = False
    partitive: bool = False
    inflected: bool = True
    keep: bool = True
    compound: bool = False  # the unit came from a compound: "34-Jähriger", "15-minute"
    truncated: bool = False  # "30-" in "30- bis 49-Jährige": the compound comes later
    form: str | None = None  # a special form ("fraction", "rank", "compound")


def ch(text: str, i: int) -> str:
    """The character at ``i``, or NUL outside the text (never ``in`` any character set)."""
    return text[i] if 0 <= i < len(text) else "\x00"


def _same_sentence(text: str, a: int, b: int) -> bool:
    return SENT_END_RE.search(text, a, b) is None


def _inherit(target: FigureCandidate, source: FigureCandidate, *, scale: bool = True) -> None:
    """Give ``target`` the unit (and, in a range, the scale word) of ``source``."""
    target.unit, target.unit_text, target.lexical = source.unit, source.unit_text, source.lexical
    if scale:
        _inherit_scale(target, source)


def _inherit_scale(target: FigureCandidate, source: FigureCandidate) -> None:
    """ "20 bis 30 Mrd. Euro": the first number shares the scale word of the second."""
    if target.scale is None and source.scale is not None and abs(target.value) < 1000:
        target.value *= source.scale
        target.scale = source.scale


def _tally(text: str, a: FigureCandidate, b: FigureCandidate) -> bool:
    """ "by 27 votes to 14", "mit 31 gegen 12 Stimmen": one vote's result, not two figures.

    "from 20 votes to 14" is a change, "4,318 votes against 4,247 for Dransfeld" compares
    two candidates: both stay figures."""
    if GAP_TALLY.fullmatch(text, a.end, b.start) is None:
        return False
    if (a.unit is None) == (b.unit is None) or (a.unit or b.unit) not in TALLY_UNITS:
        return False
    if FROM_RE.search(text[max(0, a.start - 8) : a.start]):
        return False
    return FOR_AFTER_RE.match(text, b.end) is None


def _last_counted(text: str, kept: list[FigureCandidate], i: int) -> FigureCandidate | None:
    """The nearest figure before kept[i] in its sentence that has a unit and is asserted."""
    for j in range(i - 1, -1, -1):
        c = kept[j]
        if not _same_sentence(text, c.end, kept[i].start):
            return None
        if c.unit is not None and not c.negated:
            return c
    return None


def _corrected(text: str, a: FigureCandidate, b: FigureCandidate) -> bool:
    """ "korrigierte die Zahl von elf auf neun", "revised from 11 to 9": a is rejected."""
    if not GAP_CHANGE.fullmatch(text, a.end, b.start):
        return False
    if not FROM_RE.search(text[max(0, a.start - 8) : a.start]):
        return False
    window = text[max(0, a.start - 200) : a.start]
    ends = list(SENT_END_RE.finditer(window))
    if ends:
        window = window[ends[-1].end() :]
    return CORRECTION_RE.search(window) is not None


def link(
    text: str,
    cands: list[FigureCandidate],
    lang: str,
    earlier: Callable[[], FigureCandidate | None] | None = None,
) -> None:
    """Ranges, tallies, contrasts and frames: figures that share or lack a noun.

    ``earlier`` gives the last counted figure before ``text`` (for "Elf von ihnen" at the
    start of a sentence), or None."""
    _link_pairs(text, cands)
    kept = [c for c in cands if c.keep]
    _link_age(text, kept, lang)
    _link_bare(text, kept, lang, earlier)
    _link_after(text, kept)


def _link_age(text: str, cands: list[FigureCandidate], lang: str) -> None:
    """A count right before an age counts people of that age: "zwei 18-Jährige" (persons),
    "two 18-year-olds"; "drei 16-jährige Jugendliche", "three 16-year-old boys" count the
    noun after the age."""
    for a, b in zip(cands, cands[1:], strict=False):
        if a.unit is not None or b.unit != "age" or text[a.end : b.start].strip():
            continue
        word = text[b.start : b.end].rsplit("-", 1)[-1]
        nxt = _NOUN_RE.match(text, b.end + (len(text[b.end :]) - len(text[b.end :].lstrip())))
        hit = lookup_phrase([nxt.group()], lang) if nxt is not None else None
        if hit is not None and hit[0].kind == "count" and not hit[0].weak:
            a.unit = hit[0].unit  # "drei 16-jährige Jugendliche"
            a.unit_text = nxt.group() if nxt is not None else None
        elif word[:1].isupper() or word.lower().endswith("olds"):
            a.unit = "person"  # "zwei 18-Jährige", "two 18-year-olds"


def _link_pairs(text: str, cands: list[FigureCandidate]) -> None:
    """Neighbouring numbers: ranges, tallies, scores and codes, changes ("von 11 auf 9")."""
    _truncated(text, cands)
    for i, a in enumerate(cands):
        if a.dash_next and not (
            i + 1 < len(cands)
            and cands[i + 1].dash_prev
            and cands[i + 1].num_start == a.num_end + 1
        ):
            a.keep = False  # "1-800-Flowers", a partner that was dropped
        if i + 1 >= len(cands):
            if a.dash_prev and (i == 0 or cands[i - 1].num_end != a.num_start - 1):
                a.keep = False
            break
        b = cands[i + 1]
        if a.dash_prev and (i == 0 or not cands[i - 1].keep or cands[i - 1].num_end < a.start - 3):
            a.keep = False
        if not _same_sentence(text, a.end, b.start):
            continue
        if _tally(text, a, b):
            a.keep = b.keep = False
            continue
        if (
            a.unit is not None
            and (a.unit == b.unit or b.unit is None)
            and GAP_AND.fullmatch(text, a.end, b.start)
            and BETWEEN_RE.search(text[max(0, a.start - 12) : a.start])
        ):
            # "zwischen 300.000 Euro und 700.000 Euro", "between 10 and 18 years old"
            a.approx = a.approx or "at_least"
            b.approx = b.approx or "at_most"
            if b.unit is None:
                _inherit(b, a, scale=False)
            continue
        if (
            a.unit is not None
            and a.unit == b.unit
            and a.approx is None
            and b.approx == "at_most"
            and b.start < b.num_start
            and GAP_BIS.fullmatch(text, a.end, b.num_start)
        ):
            a.approx = "at_least"  # "im Alter von 18 bis 22 Jahren": 18 an age too
            continue
        if (
            a.unit == "age"
            and b.unit in ("age", None)
            and a.approx is None
            and b.approx is None
            and a.value < b.value
            and GAP_TO.fullmatch(text, a.end, b.start)
            and not FROM_RE.search(text[max(0, a.start - 8) : a.start])
        ):
            # "people ages 18 to 21": the two ends of an age range ("from 18 to 21" is a
            # change of a limit)
            a.approx, b.approx = "at_least", "at_most"
            if b.unit is None:
                _inherit(b, a, scale=False)
            continue
        if a.unit is not None:
            continue
        gap_start, gap_end = a.end, b.start
        if GAP_RANGE_DASH.fullmatch(text, gap_start, b.num_start) and b.dash_prev:
            if b.lexical and b.unit is not None and a.value < b.value:
                _inherit(a, b)
                a.approx = a.approx or "at_least"
                b.approx = b.approx or "at_most"
            else:
                a.keep = b.keep = False  # a score ("won 1-0 games") or a code
            b.dash_prev = False
        elif GAP_TO.fullmatch(text, gap_start, gap_end):
            left = text[max(0, a.start - 8) : a.start]
            if b.unit is None or b.unit == "vote":
                if not FROM_RE.search(left):
                    a.keep = b.keep = False
            else:
                _inherit(a, b)
                if (
                    not FROM_RE.search(left)
                    and a.value < b.value
                    and a.approx is None
                    and b.approx is None
                ):
                    # "four to six hours", "5 to 10 percent": the two ends of a range ("from
                    # 18 to 21 percent" is a change)
                    a.approx, b.approx = "at_least", "at_most"
        elif (
            GAP_BIS.fullmatch(text, gap_start, b.num_start)
            or b.approx is not None
            and GAP_BIS.fullmatch(text, gap_start, b.start)  # "von 1.800 bis über 3.000 Euro"
        ) and (b.unit or b.scale):
            _inherit(a, b)
            a.approx = a.approx or "at_least"
            b.approx = b.approx if b.start < b.num_start else "at_most"
        elif (
            GAP_OR.fullmatch(text, gap_start, gap_end)
            and b.unit is not None
            and a.approx is None
            and b.approx is None
            and a.value < b.value
        ):
            _inherit(a, b)  # "16 oder 17 Tage": the two ends of a range
            a.approx = "at_least"
            b.approx = "at_most"
        elif GAP_AND.fullmatch(text, gap_start, gap_end) and (b.unit or b.scale):
            _inherit(a, b)
            if BETWEEN_RE.search(text[max(0, a.start - 12) : a.start]):
                a.approx = a.approx or "at_least"
                b.approx = b.approx or "at_most"
        elif GAP_CHANGE.fullmatch(text, gap_start, gap_end) and b.unit is not None:
            _inherit(a, b)


def _link_bare(
    text: str,
    kept: list[FigureCandidate],
    lang: str,
    earlier: Callable[[], FigureCandidate | None] | None,
) -> None:
    """A number without a noun takes one: from a neighbour it is linked to, a partitive
    pronoun's antecedent, a frame, a left-out noun, the nearest counted noun."""
    for i, a in enumerate(kept):
        if a.unit is not None:
            continue
        if i + 1 < len(kept):
            b = kept[i + 1]
            if b.unit is not None and (
                GAP_LINK.fullmatch(text, a.end, b.start)
                or unit_kind(b.unit) == "count"
                and a.value <= b.value
                and GAP_PART_OF.fullmatch(text, a.end, b.start)
                or unit_kind(b.unit) in ("count", "percent", "money")
                and b.start == b.num_start
                and GAP_GAPPED.fullmatch(text, a.end, b.start)
            ):
                _inherit(a, b)
                continue
        if i > 0:
            p = kept[i - 1]
            if p.unit is not None and (
                GAP_LINK.fullmatch(text, p.end, a.start)
                # "acht Stunden, höchstens aber zehn": a bound of the figure before
                or a.approx is not None
                and not p.negated
                and _BARE_GAP_RE.fullmatch(text, p.end, a.start)
            ):
                _inherit(a, p)
                continue
        if PRONOUN_PARTITIVE_RE.match(text, a.end):
            # "352 Verletzte, 99 davon", "Elf von ihnen": the unit of the antecedent
            src = _last_counted(text, kept, i)
            if src is None:
                src, blocked = nearest_noun(text, a.start, lang)
                if src is None and not blocked and earlier is not None:
                    src = earlier()
            if src is not None:
                _inherit(a, src, scale=src.scale is not None)
            continue
        if PARTITIVE_BEFORE_RE.search(text[max(0, a.start - 80) : a.start]):
            # "Davon seien noch 200 obdachlos": the unit of what was counted before
            src = _last_counted(text, kept, i)
            if src is None and earlier is not None:
                src = earlier()
            if src is not None:
                _inherit(a, src, scale=src.scale is not None)
                continue
        if i > 0 and (_change_target(text, kept[i - 1], a) or _compared(text, kept[i - 1], a)):
            _inherit(a, kept[i - 1], scale=False)
            continue
        if a.negated and i > 0:
            # "2,100 households were without power, not 5,000 as ... claimed"
            src = kept[i - 1]
            if src.unit is not None and not src.negated and _same_sentence(text, src.end, a.start):
                _inherit(a, src)
                continue
        _frame(text, a, lang)
        if a.unit is None and i > 0:
            # "Sechs Menschen liegen im Krankenhaus, drei konnten gehen": the noun is left out
            src = kept[i - 1]
            if (
                src.unit is not None
                and not src.negated
                and unit_kind(src.unit) == "count"
                and a.start - src.end <= ELLIPSIS_SPAN
                and not ELLIPSIS_GAP_STOP.intersection(text[src.end : a.start])
                and _same_sentence(text, src.end, a.start)
                and ELLIPSIS_BEFORE_RE.search(text[max(0, a.start - 24) : a.start])
                and ELLIPSIS_AFTER_RE.match(text, a.end)
            ):
                _inherit(a, src, scale=False)
        if a.unit is None and i > 0 and _coordinated_share(text, kept[i - 1], a):
            _inherit(a, kept[i - 1], scale=False)  # "28,5 Prozent ... und die AfD 20,8"
        if a.unit is None and i > 0 and _parallel_share(text, kept[i - 1], a):
            # "Auf Portugal entfielen 134 Stimmen, auf Österreich 131 und auf Deutschland 104"
            _inherit(a, kept[i - 1], scale=False)
            a.label_risk = False
        if a.unit is None and a.scale is not None and i > 0:
            src = kept[i - 1]  # "fünf Milliarden Euro ... nur noch drei Milliarden"
            if (
                unit_kind(src.unit) == "money"
                and src.scale is not None
                and _same_sentence(text, src.end, a.start)
            ):
                _inherit(a, src, scale=False)
        referring = SHARED_AFTER_RE.match(text, a.end) or ES_BEFORE_RE.search(
            text[max(0, a.start - 16) : a.start]
        )
        if a.unit is None and (a.approx is not None or referring) and not a.label_risk:
            # "die Polizei sprach von etwa 1.600", "höchstens aber 500": the nearest noun
            src, blocked = nearest_noun(text, a.start, lang)
            if src is None and not blocked and earlier is not None and _opens(text, a.start):
                src = earlier()
            if src is not None:
                _inherit(a, src, scale=False)


def _link_after(text: str, kept: list[FigureCandidate]) -> None:
    """Corrections, the mode of generic trips, labels that found no noun."""
    for a, b in zip(kept, kept[1:], strict=False):
        if _corrected(text, a, b):
            a.negated = True
    if any(c.unit == GENERIC_TRIP_UNIT for c in kept):
        modes = {unit for unit, regex in TRIP_MODES if regex.search(text)}
        if len(modes) == 1:
            mode = modes.pop()
            for c in kept:
                if c.unit == GENERIC_TRIP_UNIT:
                    c.unit = mode  # "Die Airline musste 800 Verbindungen streichen": flights
    for c in kept:
        if c.label_risk and c.unit is None:
            c.keep = False


def _change_target(text: str, src: FigureCandidate, a: FigureCandidate) -> bool:
    """``a`` is the new value of a change from ``src``, its noun left out: "von einst rund
    2.000 obdachlosen Asylwerbern sei man ... auf nun 200 gekommen"."""
    return (
        src.unit is not None
        and not src.negated
        and _same_sentence(text, src.end, a.start)
        and a.start - src.end <= ELLIPSIS_SPAN
        and CHANGE_SOURCE_RE.search(text[max(0, src.start - 30) : src.start]) is not None
        and CHANGE_TARGET_RE.search(text[max(0, a.start - 30) : a.start]) is not None
    )


def _compared(text: str, src: FigureCandidate, a: FigureCandidate) -> bool:
    """``a`` is compared with ``src`` right before it, its noun left out: "89 million tax
    returns, up from 83.7 million", "500 Menschen, nach 400 im Vorjahr"."""
    return (
        src.unit is not None
        and not src.negated
        and unit_kind(src.unit) in ("count", "money", "measure", "percent")
        and _same_sentence(text, src.end, a.start)
        and a.start - src.end <= 30
        and not any(c.isdigit() for c in text[src.end : a.start])
        and COMPARED_BEFORE_RE.search(text[src.end : a.start]) is not None
    )


_BARE_GAP_RE = re.compile(r"[\s,;]*")
_COORDINATOR_RE = re.compile(r"\b(?:und|and|sowie|while|whereas|während)\b")
_CLAUSE_END_RE = re.compile(r"\s*(?:[.;:!?)]|$)")


def _coordinated_share(text: str, src: FigureCandidate, a: FigureCandidate) -> bool:
    """A share that closes a coordinated clause leaving its noun out: "die Union 28,5 Prozent
    und die AfD 20,8", "Labour won 40 per cent, while the Tories got 32"."""
    gap = text[src.end : a.start]
    return (
        src.unit is not None
        and not src.negated
        and unit_kind(src.unit) == "percent"
        and len(gap) <= ELLIPSIS_SPAN
        and not ELLIPSIS_GAP_STOP.intersection(gap)
        and _same_sentence(text, src.end, a.start)
        and _COORDINATOR_RE.search(gap) is not None
        and not any(c.isdigit() for c in gap)
        and _CLAUSE_END_RE.match(text, a.end) is not None
    )


# ", auf Österreich", "und für die Grünen", "and for Texas": a preposition and a name
# repeating the frame of the figure before
_PARALLEL_GAP_RE = re.compile(
    r"[\s,;]*(?:(?:und|and|sowie|while|während)\s+)?(?:auf|für|an|bei|in|im|for|to|on)\s+"
    r"(?:(?:der|die|das|den|dem|the)\s+)?[A-ZÄÖÜ][\w-]*(?:\s+[A-ZÄÖÜ][\w-]*)?\s*"
)


_PARALLEL_END_RE = re.compile(r"\s*(?:[.;:!?),]|und\b|and\b|$)")


def _parallel_share(text: str, src: FigureCandidate, a: FigureCandidate) -> bool:
    """A bare number after a preposition and a name that repeat the frame of the figure
    before it: the same noun, left out ("134 Stimmen, auf Österreich 131")."""
    gap = text[src.end : a.start]
    return (
        src.unit is not None
        and not src.negated
        and unit_kind(src.unit) in ("count", "percent", "money")
        and len(gap) <= ELLIPSIS_SPAN
        and _same_sentence(text, src.end, a.start)
        and _PARALLEL_GAP_RE.fullmatch(gap) is not None
        and _PARALLEL_END_RE.match(text, a.end) is not None
    )


def _opens(text: str, pos: int) -> bool:
    """Whether nothing but a few words stand between the sentence start and ``pos``: the
    number may refer to the sentence before."""
    window = text[max(0, pos - 200) : pos]
    ends = list(SENT_END_RE.finditer(window))
    if ends:
        window = window[ends[-1].end() :]
    return not any(c.isdigit() for c in window)


def _truncated(text: str, cands: list[FigureCandidate]) -> None:
    """ "30- bis 49-Jährige", "nine- and ten-year-old children": the first number shares the
    compound of the second; without one it is no figure."""
    for i, a in enumerate(cands):
        if not a.truncated:
            continue
        b = cands[i + 1] if i + 1 < len(cands) else None
        gap = TRUNCATED_LINK_RE.match(text, a.end + 1) if a.end < len(text) else None
        if b is None or not b.compound or gap is None or gap.end() != b.num_start:
            a.keep = False
            continue
        a.unit, a.unit_text, a.lexical = b.unit, b.unit_text, True
        if gap.group().strip().lower() in ("bis", "to"):
            a.approx = a.approx or "at_least"
            b.approx = b.approx or "at_most"


# the subject of a verb that reports a number is no counted noun: "die Polizei sprach von etwa
# 1.600", "organisers put the number at 5,000"
_REPORTING_AFTER_RE = re.compile(
    r"\s+(?:sprach|sprachen|spricht|sagte|sagten|meldete|meldeten|schätzte|schätzten|zählte"
    r"|zählten|nannte|nannten|gab|gaben|bezifferte|bezifferten|ging|gingen|said|says|put"
    r"|estimated|counted|reported|spoke|gave)\b"
)
_NOUN_RE = re.compile(r"[^\W\d_][\w-]*")


def noun_cand(text: str, end: int, lang: str) -> FigureCandidate | None:
    """The nearest counted noun before ``end`` in its sentence (see :func:`nearest_noun`)."""
    return nearest_noun(text, end, lang)[0]


def nearest_noun(text: str, end: int, lang: str) -> tuple[FigureCandidate | None, bool]:
    """The nearest counted noun before ``end`` in its sentence, as a candidate that only
    carries a unit ("Tausende Menschen ... etwa 1.600"), and whether another noun stands
    nearer (then there is none). The nearest noun decides; a noun that reports the number
    ("die Polizei sprach von") is skipped."""
    window = text[max(0, end - 200) : end]
    ends = list(SENT_END_RE.finditer(window))
    if ends:
        window = window[ends[-1].end() :]
    base = end - len(window)
    words = list(_NOUN_RE.finditer(window))
    for m in reversed(words):
        word = m.group()
        german = lang == "de" or (lang == "xx" and word[:1].isupper())
        if german and not word[:1].isupper():
            continue
        hit = lookup_phrase([word], lang)
        if hit is None:
            if german and _REPORTING_AFTER_RE.match(window, m.end()):
                continue
            if german or (lang == "en" and word.endswith("s") and len(word) > 3):
                return None, True  # another noun stands nearer: "Der Schaden beträgt 5"
            continue
        entry = hit[0]
        if entry.kind != "count" or entry.weak or entry.singular:
            if _REPORTING_AFTER_RE.match(window, m.end()):
                continue
            return None, True
        cand = FigureCandidate(
            Decimal(0), base + m.start(), base + m.end(), 0, 0, entry.unit, word, True
        )
        return cand, False
    return None, False


def _frame(text: str, cand: FigureCandidate, lang: str) -> None:
    """Unit from "Die Zahl der Evakuierten ... auf 3.500" / "the number of deaths ... 40"."""
    lo = max(0, cand.start - 200)
    window = text[lo : cand.start]
    ends = list(SENT_END_RE.finditer(window))
    if ends:
        window = window[ends[-1].end() :]
    found: tuple[str, str | None] | None = None
    if lang in ("de", "xx"):
        for m in FRAME_DE.finditer(window):
            if m.group("a"):
                found = ("age", m.group("a"))
            elif m.group("n"):
                hit = lookup_phrase([m.group("n")], "de")
                if hit is not None:
                    found = (hit[0].unit, m.group("n"))
            else:
                stem = m.group("c")
                for cut in (stem, stem[:-1], stem[:-2]):
                    hit = lookup_phrase([cut], "de") if len(cut) >= 3 else None
                    if cut == "Todes":
                        found = ("person", stem)
                        break
                    if hit is not None and hit[0].kind in ("count",):
                        found = (hit[0].unit, stem)
                        break
    if lang in ("en", "xx") and found is None:
        for m in FRAME_EN.finditer(window):
            if m.group("a"):
                found = ("age", m.group("a"))
                continue
            if m.group("t"):
                found = ("person", m.group("t"))
                continue
            words = m.group("n").split()
            for j in range(len(words)):
                hit = lookup_phrase(words[j:], "en")
                if hit is not None:
                    found = (hit[0].unit, " ".join(words[j : j + hit[1]]))
                    break
    if found is None and PEOPLE_VERB_BEFORE_RE.search(text[max(0, cand.start - 24) : cand.start]):
        found = ("person", None)  # "Warehouse fire injures 14", "Anschlag tötet 12"
    if found is None and PARENT_OF_RE.search(text[max(0, cand.start - 24) : cand.start]):
        found = ("child", None)  # "a mother of three"
    if found is not None:
        cand.unit, cand.unit_text, cand.lexical = found[0], found[1], True
