"""The filters of figure extraction: what a number in news text is not (a year, a date, a
time, an ordinal, a label, a code, a phone number, a count of sources), what it is beside a
count (an age, a rank), and when "ein"/"one"/"a" counts (see :mod:`tracker.extract.figures`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from tracker.extract.figure_forms import AGE, RANK, RANK_LABELS
from tracker.extract.figure_links import FigureCandidate, ch
from tracker.extract.figure_rules import (
    ADDRESS_RE,
    AFTER_NUMBER_DOT_RE,
    AGE_AFTER_RE,
    AGE_BEFORE_RE,
    AGE_COPULA_RE,
    AGE_GROUP_BEFORE_RE,
    AGE_GROUP_UNDER_RE,
    APPROX,
    AS_YOUNG_RE,
    CONTRAST_COUNT_RE,
    COORD_AFTER_RE,
    COORD_BEFORE_RE,
    DATE_AFTER_RE,
    DATE_BEFORE_RE,
    DETERMINER_RE,
    EIN_TRIGGER_RE,
    FURTHER_COUNT_RE,
    LABELS,
    LEGAL_LABELS,
    MIT_RE,
    NAME_COMMA_RE,
    NOUN_NEXT_RE,
    ONE_RANGE_AFTER_RE,
    OPENERS,
    ORDINAL_PREV,
    PERFECT_FOR_RE,
    PHONE_BEFORE_RE,
    PREV_WORD_RE,
    RANK_HASH_BEFORE_RE,
    RATIO_RE,
    SAY_SOURCES_BEFORE_RE,
    SENT_START_RE,
    SOURCE_UNITS,
    SOURCES_AFTER_RE,
    SOURCING_BEFORE_RE,
    TIME_EN_RE,
    TIME_LIST_AFTER_RE,
    TIME_LIST_BEFORE_RE,
    TIME_LIST_LEAD_RE,
    TIME_RE,
    TIME_REF_AFTER,
    TIME_REF_AFTER_AND_RE,
    TIME_REF_BEFORE,
    TURNS_RE,
    VAGUE_RE,
    YEAR_PREV,
    YEARS_AFTER_RE,
)
from tracker.extract.units import unit_kind

__all__ = ["NumberRead", "article_is_numeral", "at_sentence_start", "plausible", "prev_word"]


@dataclass
class NumberRead:
    """A number as the candidate regex found it, before its neighbourhood is read."""

    value: Decimal
    start: int
    end: int
    core: str
    plain_int: bool = False
    kind_word: bool = False
    lenient: bool = False
    article: bool = False  # "ein"/"eine"/"a"/"an" read as a numeral
    ein: str | None = None
    a: bool = False
    suffix: str | None = None  # a unit or scale glued to digits: "48m", "3km", "41.2C"


# a participle after a year-like number makes it the year of that event
YEAR_PARTICIPLE_RE = re.compile(
    r"\s+(?:ge|ver|er|be|ent|zer|ab|an|auf|aus|ein|vor|zurück|über|unter|wieder)"
    r"[a-zäöüß]+(?:en|t)e[nmrs]?\b"
)


def prev_word(text: str, pos: int) -> tuple[str, int] | None:
    """The word ending right before ``pos`` (only blanks between) and its start."""
    window = text[max(0, pos - 40) : pos]
    m = PREV_WORD_RE.search(window)
    if m is None:
        return None
    word = m.group("w")
    if word.endswith(".") and word.lower() not in LABELS and word.lower() not in APPROX["xx"]:
        return None  # a sentence ended: "diesmal. 28. Sieg"
    return word, pos - len(window) + m.start("w")


def at_sentence_start(text: str, pos: int) -> bool:
    """Whether ``pos`` starts a sentence (or a quote, a bracket, a line).

    After "N. " it does only when N ended a sentence ("stieg auf 40. Drei ..."), not in a
    ranking ("36. Rehrl") or a date ("am 3. Oktober").
    """
    if SENT_START_RE.search(text[max(0, pos - 6) : pos]) is not None:
        return True
    m = AFTER_NUMBER_DOT_RE.search(text[max(0, pos - 40) : pos])
    if m is None:
        return False
    word = m.group("w")
    return word.islower() and word not in ORDINAL_PREV


def article_is_numeral(
    text: str, cand: FigureCandidate, kind: str | None, scale: Decimal | None, ein: str | None
) -> bool:
    """Whether "ein"/"a" counts: "eine Million", "nur ein Mensch", "ein Prozent", "einen
    Euro"; not "ein Liter Super kostet 2,15 Euro" (the unit of a price) nor "ein Mann sagte"."""
    if scale is not None:
        return True
    if ONE_RANGE_AFTER_RE.match(text, cand.num_end):
        return True  # "ein oder zwei Drohnen": the range's low end takes its noun later
    if cand.unit is None:
        return False
    left = text[max(0, cand.num_start - 30) : cand.num_start]
    if EIN_TRIGGER_RE.search(left):
        return True  # "nur ein Sieg", "only one party"
    if not cand.lexical:
        return False
    if ein is not None and FURTHER_COUNT_RE.search(text, cand.end, cand.end + 80):
        return True  # "eine Frau getötet, mindestens zehn weitere Menschen verletzt"
    if ein is not None and CONTRAST_COUNT_RE.match(text, cand.end):
        return True  # "Ein Mensch sei getötet und 14 seien verletzt worden"
    if ein is not None:
        if kind in ("money", "percent"):
            return True
        if re.match(r"\s+einzige", text[cand.num_end : cand.num_end + 10]):
            return True
        if COORD_AFTER_RE.match(text, cand.end) or COORD_BEFORE_RE.search(left):
            return True  # "ein Mann und zwei Frauen", "zwei Frauen und ein Mann"
        return EIN_TRIGGER_RE.search(left) is not None
    return False


def _age_or_rank(
    text: str,
    cand: FigureCandidate,
    lang: str,
    prev: tuple[str, int] | None,
    ap: tuple[str, int] | None,
) -> None:
    """Ages and ranks written around a plain number become figures of unit ``age`` or
    ``rank``: "im Alter von 35 Jahren", "aged 34", "89 Jahre alt", "mit 83 Jahren gestorben",
    "Peter M. (34)", "Angelika, 41,", "Jugendliche zwischen 16 und 21 Jahren", "Kinder unter
    14", "sie wird 80", "I was almost 47"; "Platz drei", "Rang 5", "ranked 12"."""
    ns, ne = cand.num_start, cand.num_end
    left = text[max(0, ns - 30) : ns]
    if cand.compound or cand.unit in (AGE, RANK):
        return
    if prev is not None and prev[0].lower().rstrip(".") in RANK_LABELS and cand.unit is None:
        cand.unit, cand.unit_text, cand.lexical = RANK, prev[0], True
        cand.start = min(cand.start, prev[1])  # "Platz drei", "auf Rang 5"
        return
    hashed = RANK_HASH_BEFORE_RE.search(left)
    if hashed is not None and cand.unit is None and cand.value == int(cand.value) < 1000:
        cand.unit, cand.unit_text, cand.lexical = RANK, "#", True
        cand.start = min(cand.start, ns - len(left) + left.rindex("#"))
        return  # "# 2 in nation", "the #1 seed"
    years = cand.unit == "year" or cand.unit is None
    if not years or cand.value >= 130 or cand.value != int(cand.value):
        return
    age = False
    bound = AS_YOUNG_RE.search(left) if cand.unit is None else None
    if bound is not None:
        age = True  # "students as young as 5": the lowest age; "as old as 90": the highest
        cand.approx = cand.approx or (
            "at_least" if bound.group(1).lower() == "young" else "at_most"
        )
    elif AGE_BEFORE_RE.search(left):
        age = True  # "im Alter von 35 Jahren", "aged 34", "at the age of 34"
    elif AGE_AFTER_RE.match(text, cand.end):
        age = True  # "89 Jahre alt", "nine years old"
        cand.end = AGE_AFTER_RE.match(text, cand.end).end()  # type: ignore[union-attr]
    elif cand.unit == "year" and MIT_RE.search(left) and not NOUN_NEXT_RE.match(text, cand.end):
        age = True  # "mit 83 Jahren gestorben"; "mit 3 Jahren Verspätung" is a span
    elif AGE_GROUP_BEFORE_RE.search(text[max(0, ns - 60) : ns]) and YEARS_AFTER_RE.match(text, ne):
        age = True  # "Jugendliche zwischen 16 und 21 Jahren"
    elif cand.unit is None and ap is None:
        if ch(text, ns - 1) == "(" and ch(text, ne) in "),":
            age = re.search(r"[A-ZÄÖÜ][\w.-]+\s*$", text[max(0, ns - 40) : ns - 1]) is not None
        elif text[ne : ne + 1] == "," and NAME_COMMA_RE.search(left):
            age = True  # "Angelika, 41, verdient"
        elif TURNS_RE.search(left):
            age = True  # "Sie wird 80", "he turned 70"
    if (
        not age
        and cand.unit is None
        and AGE_COPULA_RE.search(text[max(0, cand.start - 30) : cand.start])
    ):
        age = True  # "I was almost 47", "sie ist 57"
    if not age and AGE_GROUP_UNDER_RE.search(left) and (cand.unit is None or ap is not None):
        age = True  # "Kinder unter 14", "a person under 21", "ein Kind unter 18 Jahren"
    if age:
        cand.unit, cand.lexical = AGE, True
        cand.unit_text = cand.unit_text or None


def plausible(
    text: str,
    cand: FigureCandidate,
    lang: str,
    num: NumberRead,
    skipped: int,
    ap: tuple[str, int] | None,
    prefix: str | None,
) -> bool:
    """The non-figure filters (years, dates, times, ordinals, labels, addresses, sources);
    ages and ranks get their units on the way."""
    prev = prev_word(text, cand.start if ap is None else cand.num_start)
    _age_or_rank(text, cand, lang, prev, ap)
    kind = unit_kind(cand.unit)
    if not num.kind_word and not _plausible_digits(text, cand, lang, num, prev, kind, prefix):
        return False
    return _plausible_context(text, cand, lang, num, skipped, ap, prefix, prev, kind)


def _plausible_digits(
    text: str,
    cand: FigureCandidate,
    lang: str,
    num: NumberRead,
    prev: tuple[str, int] | None,
    kind: str | None,
    prefix: str | None,
) -> bool:
    """Numbers in digits that are dates, times, years, ordinals, paragraphs or phone numbers."""
    ns, ne = cand.num_start, cand.num_end
    value = cand.value
    prev_low = prev[0].lower() if prev else ""
    left = text[max(0, ns - 30) : ns]
    if text[ne : ne + 1] == "." and lang != "en":
        rest = text[ne + 1 : ne + 16]
        if (
            ch(rest, 0) in ")],;:/+"
            or re.match(r"\s+[a-zäöüß]|\s*\d", rest)
            or DATE_AFTER_RE.match(rest)
        ):
            return False
        if prev_low in ORDINAL_PREV:
            return False
        if re.match(r"\s+[A-ZÄÖÜ]", rest) and prev is None:
            return False  # list ranks: "(AUT) 2. Sara Takanashi", "Gruppe E – 7. Runde"
    if num.plain_int and value == int(value) and 1 <= value <= 31:
        if DATE_AFTER_RE.match(text, ne) or DATE_BEFORE_RE.search(left):
            return False
    if TIME_RE.match(text, ne) or (lang != "de" and TIME_EN_RE.match(text, ne)):
        return False
    if num.plain_int and len(num.core) == 4 and 1000 <= value <= 2100 and prefix is None:
        if cand.unit in (AGE, RANK):
            return False
        money_or_measure = kind in ("money", "measure", "percent")
        if lang == "en" or prev_low in YEAR_PREV:
            if not money_or_measure:
                return False  # "2029", "nach 2035 Autos mit Verbrenner"
        elif not (cand.lexical and cand.inflected):
            return False
        elif 1900 <= value and YEAR_PARTICIPLE_RE.match(text, ne):
            return False  # "seines 2010 verstorbenen Vaters", "die 1998 gegründete Firma"
    if prev and prev[0] == "§":
        return False
    if PHONE_BEFORE_RE.search(left) or (num.plain_int and len(num.core) >= 7 and not cand.lexical):
        return False  # phone numbers and identifiers: "030 1234567", "Az. 4711235"
    return True


def _plausible_context(
    text: str,
    cand: FigureCandidate,
    lang: str,
    num: NumberRead,
    skipped: int,
    ap: tuple[str, int] | None,
    prefix: str | None,
    prev: tuple[str, int] | None,
    kind: str | None,
) -> bool:
    """Labels, codes, names, vague quantities, spans that say when, counts of sources."""
    ns, ne = cand.num_start, cand.num_end
    prev_low = prev[0].lower() if prev else ""
    left = text[max(0, ns - 30) : ns]
    direct = cand.lexical and not cand.partitive
    if prev and prev_low in LABELS and ap is None and not direct and cand.unit != RANK:
        return False  # "Seite 12", "Warnstufe zwei", "Artikel 5"
    if text.startswith(("'s", "’s"), cand.end) and cand.unit is None:
        return False  # a name: "311's first album"
    if num.kind_word and TIME_RE.match(text, ne):
        return False  # a clock time in words: "um neun Uhr", "at nine o'clock"
    if num.kind_word and VAGUE_RE.search(left):
        return False  # "mehrere hundert Meter", "several thousand"
    if RATIO_RE.search(left):
        return False  # "one in five": a fraction form reads it
    if kind == "time" and lang in TIME_REF_AFTER:
        before = prev_word(text, cand.start)
        if before and before[0].lower() in ("von", "of"):
            # "innerhalb von 30 Tagen", "within a period of 30 days": the word before "von"
            before = prev_word(text, before[1]) or before
        if (before and before[0].lower() in TIME_REF_BEFORE[lang]) or TIME_REF_AFTER[lang].match(
            text, cand.end
        ):
            return False  # "vor zwei Jahren", "zwei Tage nach", "two years ago": when, not what
        listed = TIME_LIST_BEFORE_RE.search(text[max(0, cand.num_start - 60) : cand.num_start])
        if listed and listed.group(1).lower() in TIME_REF_BEFORE[lang]:
            return False  # "vor 70, 80 und 90 Jahren": every number of the list says when
        if lang == "de" and TIME_REF_AFTER_AND_RE.match(text, cand.end):
            return False  # "30 Jahre und diverse Verbrechen später"
        opener = (text[ap[1] : ns].strip().lower(), ap[1]) if ap is not None else before
        if (
            lang == "en"
            and opener
            and opener[0].lower() in ("over", "across", "throughout")
            and at_sentence_start(text, opener[1])
            and text[cand.end : cand.end + 2].lstrip().startswith(",")
        ):
            return False  # "Over two centuries, the nation has ...": a span that says when
        if (
            lang == "en"
            and before
            and before[0].lower() == "for"
            and PERFECT_FOR_RE.search(text[max(0, cand.start - 120) : before[1]])
        ):
            return False  # "it has been the reality for two years": since when
    if cand.unit in SOURCE_UNITS and (
        SOURCING_BEFORE_RE.search(text[max(0, cand.start - 40) : cand.start])
        or SAY_SOURCES_BEFORE_RE.search(text[max(0, cand.start - 12) : cand.start])
        and SOURCES_AFTER_RE.match(text, cand.end)
    ):
        return False  # "citing two unnamed officials", "say two officials familiar with"
    if prev and prev[0] in LEGAL_LABELS and not at_sentence_start(text, prev[1]):
        return False  # "Title 42 order", "Section 8 housing": a provision's name
    if cand.unit is None and lang in TIME_REF_BEFORE:
        rest = TIME_LIST_AFTER_RE.match(text, cand.end)
        if rest is not None:
            lead = TIME_LIST_LEAD_RE.search(text[max(0, cand.num_start - 60) : cand.num_start])
            if (lead and lead.group(1).lower() in TIME_REF_BEFORE[lang]) or TIME_REF_AFTER[
                lang
            ].match(text, rest.end()):
                return False  # the "70" and "80" of "vor 70, 80 und 90 Jahren", "3 or 4 years ago"
    one_range = num.kind_word and ONE_RANGE_AFTER_RE.match(text, cand.num_end) is not None
    if cand.unit is None and not one_range and not _plausible_bare(text, cand, num, ap, prev, left):
        return False
    if (not cand.lexical) and prev and ap is None and not num.kind_word and cand.unit is not None:
        word, w_start = prev
        if (
            not word.islower()
            and (not at_sentence_start(text, w_start) or word.lower() not in OPENERS)
            and lang != "de"
        ):
            return False  # "Boeing 737 Max"; "Windows 11 runs ..." opening a sentence
    if lang != "de" and ADDRESS_RE.match(text, ne) and cand.unit in (None, "road"):
        return False
    if num.kind_word and num.core.lower() == "one":
        if one_range:
            return True  # "one or two drones"
        if EIN_TRIGGER_RE.search(left) and cand.unit is not None:
            return True  # "only one party", "at least one person"
        if not cand.lexical or DETERMINER_RE.search(left):
            return False
        if cand.unit == "day" or (kind == "measure" and not EIN_TRIGGER_RE.search(left)):
            return False  # "one day", "one litre of petrol costs": not counts
    if cand.unit is None and num.kind_word and num.core.lower() in ("ein", "eine", "a", "an"):
        return one_range
    return True


def _plausible_bare(
    text: str,
    cand: FigureCandidate,
    num: NumberRead,
    ap: tuple[str, int] | None,
    prev: tuple[str, int] | None,
    left: str,
) -> bool:
    """A number without a unit that is a name, a quoted label or an enumeration."""
    ns, ne = cand.num_start, cand.num_end
    if ch(text, ns - 1) in "'\"‘’“”„" and ch(text, ne) in "'\"‘’“”":
        return False  # a quoted bare number is a name: "the '33' on the label"
    if ch(text, ns - 1) == "(" and ch(text, ne) in ")," and ap is None and cand.value < 130:
        return False  # "Porto (10)"
    if ch(text, ne) == ")" and left.rfind("(") <= left.rfind(")"):
        return False  # an enumeration: "4) Ab 23.25 Uhr: ..."
    if prev and ap is None and not num.kind_word:
        word, w_start = prev
        if not word.islower() and (
            not at_sentence_start(text, w_start) or word.lower() not in OPENERS
        ):
            cand.label_risk = True  # "Windows 11", "iOS 17", "Hauptstraße 12"
    return True
