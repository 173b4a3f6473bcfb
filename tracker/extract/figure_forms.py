"""Figures that are not "number + counted noun": ages, ranks, fractions, compounds.

Each form is one row in a small table below, with the regex that finds it and what it
yields; :func:`special_candidates` runs them all over a text, :func:`compound_unit` reads the
part of a hyphenated compound after a number ("34-Jähriger", "15-minute speech").

Decisions (see benchmarks/realtext/EXTRACTION_GUIDE.md, which the labels follow):

- An age is a figure with unit ``age``: "ein 34-Jähriger", "a 45-year-old man", "im Alter
  von 35 Jahren", "aged 34", "Peter M. (34)", "mit 83 Jahren gestorben", "Kinder unter 14".
- A rank is a figure with unit ``rank``: "Platz drei", "Rang 5", "auf dem dritten Platz",
  "third place", "the third-largest city", "Tabellensechster".
- A fraction of a group is a percentage: "die Hälfte" 50, "ein Drittel" 33.33, "zwei
  Drittel" 66.67, "jeder fünfte" 20, "more than half of" 50 ``more_than``, "one in five" 20.
  "half a million" and "eine halbe Million" are numbers (500,000), not fractions.
- A number inside a hyphenated compound counts when the compound states a quantity: a
  duration ("15-minute speech", "72-stündige Frist", "zweijährige Frist"), an age, or, with
  digits, any unit ("60-vote threshold", "1.000-Euro-Prämie", "124-seitiges Dokument").
  Compounds of a number word and a noun name a kind of thing ("Zwei-Staaten-Lösung",
  "Ein-Mann-Projekt", "two-state solution"), and the points of a plan name the plan
  ("20-Punkte-Plan", "five-point plan"): no figures. "a 40-year high" says since when.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import cache, lru_cache

from tracker import lemmas
from tracker.extract.figure_rules import TIME_REF_BEFORE
from tracker.extract.numbers import DE_WORD_NUMBER, EN_WORD_NUMBER, parse_de_words, parse_en_words
from tracker.extract.units import PEOPLE_UNITS, lexicon_unit

__all__ = [
    "AGE",
    "RANK",
    "FormHit",
    "compound_unit",
    "fraction_value",
    "special_candidates",
]

AGE = "age"
RANK = "rank"

# ------------------------------------------------------------------------------ compounds

# German adjective suffixes of a compound: "72-stündige", "zweijährige", "124-seitiges"
_DE_ADJ_UNITS = {
    "jährig": "year",
    "monatig": "month",
    "wöchig": "week",
    "tägig": "day",
    "stündig": "hour",
    "minütig": "minute",
    "sekündig": "second",
    "seitig": "document",
    "köpfig": "person",
}
_DE_ADJ_RE = re.compile(
    r"(?P<u>jährig|monatig|wöchig|tägig|stündig|minütig|sekündig|seitig|köpfig)"
    r"(?:e[nmrs]?)?(?![\w])",
    re.IGNORECASE,
)
# "34-Jährige(r)": a person of that age
_DE_AGE_NOUN_RE = re.compile(r"Jährige[nmrs]?(?![\w])")
_EN_TIME = {
    "second": "second",
    "minute": "minute",
    "hour": "hour",
    "day": "day",
    "week": "week",
    "month": "month",
    "year": "year",
    "decade": "decade",
}
_EN_COMPOUND_RE = re.compile(
    r"(?P<u>second|minute|hour|day|week|month|year|decade)s?"
    r"(?P<old>[-‐\s]old(?:s)?)?(?:[-‐]long)?(?![\w])",
    re.IGNORECASE,
)
# "a 40-year high", "a 20-year low": since when, not how long
_SINCE_SPAN_AFTER_RE = re.compile(r"\s+(?:high|low|record|peak|best|worst)s?\b", re.IGNORECASE)
# "20-Punkte-Plan", "five-point plan", "Zehn-Punkte-Programm": the points name the plan
_POINT_RE = re.compile(r"(?:Punkte?|points?)(?![\w])", re.IGNORECASE)
# a person noun after "-jährige": "21-jähriger Österreicher", "dreijähriges Kind"
_PERSON_SUFFIX_RE = re.compile(
    r"(?:\w{4,}(?:er|in|eur|ling)|kind|mann|frau|junge|mädchen|freund|sohn"
    r"|tochter|bruder|schwester|enkel|neffe|nichte|nachbar|kollege|bub|patient|opfer|täter)"
    r"(?:en|n|s|e)?$"
)
_PERSON_UNITS = (
    frozenset(
        (
            "person child woman man adult resident inhabitant citizen foreigner civilian refugee "
            "migrant prisoner hostage suspect witness patient teacher soldier student worker "
            "employee driver athlete visitor passenger helper volunteer"
        ).split()
    )
    | {"young person", "police officer", "asylum seeker", "candidate"}
    | PEOPLE_UNITS
)
_NEXT_WORD_RE = re.compile(r"[ \u00a0]+(?P<w>[^\W\d_][\w-]*)")


@dataclass(frozen=True)
class CompoundUnit:
    unit: str
    end: int  # end of the compound word in the text
    lexical: bool = True


def _year_or_age(text: str, end: int, capitalised: bool) -> str:
    """German "-jährig": an age when it describes a person ("21-jähriger Österreicher",
    "dreijähriges Kind") or stands as a noun ("ein 34-Jähriger", "der Dreijährige"), else a
    duration ("zweijährige Frist", "einjähriges Amt")."""
    m = _NEXT_WORD_RE.match(text, end)
    if m is None or not m.group("w")[:1].isupper():
        return AGE if capitalised or m is None else "year"
    word = m.group("w")
    entry = lexicon_unit(word, "de")
    if entry is not None:
        return AGE if entry.unit in _PERSON_UNITS else "year"
    if _PERSON_SUFFIX_RE.search(word.lower()) or word.lower() in _PERSON_WORDS:
        return AGE
    if word.lower().removesuffix("s").endswith(_PERSON_HEADS):
        return AGE  # "des 45-jährigen Regierungschefs": a compound whose head is a person
    return "year" if _known_de(word) else AGE  # "die 55-jährige Guo": a name follows


_PERSON_WORDS = frozenset("profi star chef boss fan promi baby teenager senior".split())
_PERSON_HEADS = ("chef", "boss", "star", "profi")


@lru_cache(maxsize=65536)
def _known_de(word: str) -> bool:
    return lemmas.is_known(word, "de")


def compound_unit(text: str, pos: int, lang: str, digits: bool) -> CompoundUnit | None:
    """The unit of the compound whose part after the number starts at ``pos`` (just after the
    hyphen), or None when the compound states no figure ("Drei-Punkte-Plan", "COVID-19")."""
    if lang in ("de", "xx"):
        m = _DE_AGE_NOUN_RE.match(text, pos)
        if m is not None:
            return CompoundUnit(AGE, m.end())
        m = _DE_ADJ_RE.match(text, pos)
        if m is not None:
            unit = _DE_ADJ_UNITS[m.group("u").lower()]
            if unit == "year":
                unit = _year_or_age(text, m.end(), text[pos : pos + 1].isupper())
            return CompoundUnit(unit, m.end())
    if lang in ("en", "xx"):
        m = _EN_COMPOUND_RE.match(text, pos)
        if m is not None:
            if m.group("old"):
                return CompoundUnit(AGE, m.end())
            if _SINCE_SPAN_AFTER_RE.match(text, m.end()):
                return None
            return CompoundUnit(_EN_TIME[m.group("u").lower()], m.end())
    if not digits or _POINT_RE.match(text, pos):
        return None
    # "60-vote threshold", "1.000-Euro-Prämie", "100-Meter-Lauf": any unit, with digits
    m = re.match(r"[^\W\d_]+", text[pos:])
    if m is None:
        return None
    word = m.group()
    entry = lexicon_unit(word, lang if lang != "xx" else "en") or lexicon_unit(word, "de")
    if entry is None and lang != "en" and word.endswith("s"):
        entry = lexicon_unit(word[:-1], "de")  # "5-Jahres-Plan": the linking s
    if entry is None:
        return None
    return CompoundUnit(entry.unit, pos + len(word))


# German number words glued to a duration or age suffix: "zweijährige", "Dreijähriger"
_DE_WORD_COMPOUND_RE = re.compile(
    rf"(?<![\w-])(?P<n>{DE_WORD_NUMBER}|ein)"
    r"(?P<u>jährig|monatig|wöchig|tägig|stündig|minütig)(?P<e>e[nmrs]?)?(?![\w-])",
    re.IGNORECASE,
)


# ------------------------------------------------------------------------------ fractions

_DE_DENOMINATORS = {
    "halb": 2,
    "drittel": 3,
    "viertel": 4,
    "fünftel": 5,
    "sechstel": 6,
    "siebtel": 7,
    "achtel": 8,
    "neuntel": 9,
    "zehntel": 10,
}
_DE_ORDINALS = {
    "erst": 1,
    "zweit": 2,
    "dritt": 3,
    "viert": 4,
    "fünft": 5,
    "sechst": 6,
    "siebt": 7,
    "siebent": 7,
    "acht": 8,
    "neunt": 9,
    "zehnt": 10,
    "elft": 11,
    "zwölft": 12,
    "zwanzigst": 20,
    "hundertst": 100,
}
_EN_ORDINALS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "twentieth": 20,
    "hundredth": 100,
}
_EN_DENOMINATORS = {
    "half": 2,
    "halves": 2,
    "third": 3,
    "thirds": 3,
    "quarter": 4,
    "quarters": 4,
    "fifth": 5,
    "fifths": 5,
    "sixth": 6,
    "sixths": 6,
    "tenth": 10,
    "tenths": 10,
}
_HUNDRED = Decimal(100)
_CENT = Decimal("0.01")


def fraction_value(numerator: int, denominator: int) -> Decimal:
    """A fraction as a percentage, to two decimals: 1/3 -> 33.33, 1/2 -> 50."""
    value = (_HUNDRED * numerator / denominator).quantize(_CENT)
    return value.normalize() if value == value.to_integral_value() else value


_DE_ORD = "|".join(sorted(_DE_ORDINALS, key=len, reverse=True))
_DE_ORD_CAP = "|".join(o.capitalize() for o in sorted(_DE_ORDINALS, key=len, reverse=True))
_EN_ORD = "|".join(sorted(_EN_ORDINALS, key=len, reverse=True))
_SMALL_DE = r"ein|eine|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn"
_SMALL_EN = r"a|one|two|three|four|five|six|seven|eight|nine|ten"

# Each row: (name, language, regex, flags). The handler below reads the groups. The
# regexes are compiled for a language on its first use (_forms): one German article
# compiles no English one.
FORMS: list[tuple[str, str, str, int]] = [
    (
        "Hälfte",
        "de",
        r"(?<![\w-])(?:die|der|zur|eine|einer)\s+Hälfte(?![\w])",
        0,
    ),
    (
        "Drittel",
        "de",
        rf"(?<![\w-])(?P<num>{_SMALL_DE}|\d+)\s+(?P<den>Drittel|Viertel|Fünftel|Sechstel"
        r"|Siebtel|Achtel|Neuntel|Zehntel)(?![\w])",
        re.IGNORECASE,
    ),
    (
        "jeder fünfte",
        "de",
        rf"(?<![\w-])[Jj]ede[rsn]?\s+(?P<ord>{_DE_ORD})e[rsn]?(?![\w])",
        re.IGNORECASE,
    ),
    (
        "einer von fünf",
        "de",
        rf"(?<![\w-])(?P<num>[Ee]ine[rnms]?|[Ee]in|{DE_WORD_NUMBER}|\d+)\s+von\s+"
        rf"(?P<den>{DE_WORD_NUMBER}|\d+)(?=\s+(?:[A-ZÄÖÜ]|sind|waren|seien|haben|hatten))",
        re.IGNORECASE,
    ),
    (
        "half of",
        "en",
        r"(?<![\w-])(?<!first\s)(?<!second\s)(?<!latter\s)(?<!former\s)(?<!other\s)"
        r"(?:one[\s-])?half\s+(?=of\b|the\b|(?:all|its|their|his|her|our)\s)"
        r"(?!of\s+(?:the\s+)?(?:year|month|week|day|century|decade|game|season)\b)",
        re.IGNORECASE,
    ),
    (
        "a third",
        "en",
        rf"(?<![\w-])(?P<num>{_SMALL_EN})[\s-]+(?P<den>thirds?|quarters?|fifths?|sixths?"
        r"|tenths?)(?=\s+(?:of|the)\b)",
        re.IGNORECASE,
    ),
    (
        "every fifth",
        "en",
        rf"(?<![\w-])every\s+(?P<ord>{_EN_ORD})(?![\w])",
        re.IGNORECASE,
    ),
    (
        "one in five",
        "en",
        rf"(?<![\w-])(?P<num>{EN_WORD_NUMBER}|\d+)\s+(?:in|out\s+of)\s+(?:every\s+)?"
        rf"(?P<den>{EN_WORD_NUMBER}|\d+)(?![\w])",
        re.IGNORECASE,
    ),
]

# ------------------------------------------------------------------------------ ranks

_RANK_ORDINAL_DE = re.compile(
    rf"(?<![\w-])(?:(?P<word>{_DE_ORD})e[nmrs]?|(?P<digits>\d{{1,3}})\.)\s+"
    r"(?P<noun>Platz|Rang|Tabellenplatz|Listenplatz|Stelle|Position)(?![\w])",
    re.IGNORECASE,
)
# a place as a noun after "als" or a copula: "Als Sechster gestartet", "Hoffmann wurde
# Dritter", "ist Tabellenzweiter" (the compound is _RANK_COMPOUND_DE); not "Zweiter Weltkrieg"
_RANK_NOUN_DE = re.compile(
    r"(?<![\w-])(?:[Aa]ls|wurde|wurden|wird|ist|war|bleibt|blieb|landete|belegte)\s+"
    rf"(?P<rank>(?P<word>(?-i:{_DE_ORD_CAP}))(?:er|e))(?![\w])(?!\s+[A-ZÄÖÜ])"
)
_RANK_ORDINAL_EN = (  # compiled on first use (_rank_regexes), as FORMS are
    # "in the first place" is an idiom; "the second most" a rank with its noun left out
    rf"(?<![\w-])(?<!in the )(?:(?P<word>{_EN_ORD})|(?P<digits>\d{{1,3}})(?:st|nd|rd|th))[\s-]+"
    r"(?P<noun>place|largest|biggest|highest|lowest|richest|poorest|most(?:\s+\w+)?"
    r"|largest\w*)"
    r"(?![\w])",
    re.IGNORECASE,
)
# a ranking verb before an ordinal without a noun: "ranked 24th" ("finished third" is
# left out, as in tests/test_figures.py)
_RANK_VERB_EN = re.compile(
    r"(?<![\w-])(?:ranked|ranks)\s+"
    rf"(?P<rank>(?P<word>{_EN_ORD})|(?P<digits>\d{{1,3}})(?:st|nd|rd|th))(?![\w-])",
    re.IGNORECASE,
)
# a ranking list and a place in digits: "(ATP-37.)", "die Weltranglisten-12.", "FIFA-Rang 5"
_RANK_LIST_DE = re.compile(
    r"(?<![\w-])(?:ATP|WTA|FIFA|UEFA|Weltranglisten|Tabellen)-(?P<digits>\d{1,4})\.(?!\d)"
)
_RANK_COMPOUND_DE = re.compile(
    rf"(?<![\w])(?:Tabellen|Weltranglisten|Gesamt|WM-|EM-|Liga|Listen)(?P<word>{_DE_ORD})"
    r"e[nmrs]?(?![\w])"
)
RANK_LABELS = frozenset(
    "platz rang tabellenplatz listenplatz ranglistenplatz position place rank ranked".split()
)


@dataclass(frozen=True)
class FormHit:
    """A special-form figure: value, unit, span in the text, the form's name."""

    value: Decimal
    unit: str
    start: int
    end: int
    form: str


def _den(word: str, lang: str) -> int | None:
    if word.isdigit():
        return int(word)
    value = parse_de_words(word) if lang == "de" else parse_en_words(word)
    return int(value) if value is not None and value == int(value) else None


def _num(word: str) -> int | None:
    low = word.lower()
    if low in ("a", "one", "ein", "eine", "einer", "einen", "einem", "eines"):
        return 1
    if word.isdigit():
        return int(word)
    value = parse_de_words(low) or parse_en_words(low)
    return int(value) if value is not None and value == int(value) else None


@cache
def _forms(lang: str) -> list[tuple[str, str, re.Pattern[str]]]:
    """FORMS of one language ("xx": all), compiled, in their order."""
    return [
        (name, form_lang, re.compile(pattern, flags))
        for name, form_lang, pattern, flags in FORMS
        if lang in (form_lang, "xx")
    ]


@cache
def _rank_regexes(lang: str) -> list[re.Pattern[str]]:
    regexes = []
    if lang in ("de", "xx"):
        regexes += [_RANK_ORDINAL_DE, _RANK_COMPOUND_DE, _RANK_LIST_DE, _RANK_NOUN_DE]
    if lang in ("en", "xx"):
        pattern, flags = _RANK_ORDINAL_EN
        regexes += [re.compile(pattern, flags), _RANK_VERB_EN]
    return regexes


def _fraction_hits(text: str, lang: str) -> list[FormHit]:
    hits: list[FormHit] = []
    for name, form_lang, regex in _forms(lang):
        for m in regex.finditer(text):
            groups = m.groupdict()
            num, den = 1, None
            if groups.get("ord"):
                ords = _DE_ORDINALS if form_lang == "de" else _EN_ORDINALS
                den = ords.get(groups["ord"].lower())
            elif groups.get("den"):
                word = groups["den"].lower()
                table = _DE_DENOMINATORS if form_lang == "de" else _EN_DENOMINATORS
                den = table.get(word) if word in table else _den(word, form_lang)
                if groups.get("num"):
                    num = _num(groups["num"]) or 0
            else:
                den = 2  # "die Hälfte", "half of"
            if not den or not num or num > den:
                continue
            end = m.end()
            while end > m.start() and text[end - 1].isspace():
                end -= 1
            hits.append(FormHit(fraction_value(num, den), "percent", m.start(), end, name))
    return hits


def _rank_hits(text: str, lang: str) -> list[FormHit]:
    hits: list[FormHit] = []
    for regex in _rank_regexes(lang):
        for m in regex.finditer(text):
            groups = m.groupdict()
            if groups.get("digits"):
                value = int(groups["digits"])
            else:
                word = groups["word"].lower()
                value = _DE_ORDINALS.get(word) or _EN_ORDINALS.get(word) or 0
            if value == 1 and re.search(r"(?i)^als\b|Stelle|Position", m.group()):
                continue  # "an erster Stelle", "als Erster": first in turn, not a place won
            if value:
                start = m.start("rank") if "rank" in groups else m.start()
                hits.append(FormHit(Decimal(value), RANK, start, m.end(), "rank"))
    return hits


def _word_compound_hits(text: str, lang: str) -> list[FormHit]:
    if lang not in ("de", "xx"):
        return []
    hits = []
    for m in _DE_WORD_COMPOUND_RE.finditer(text):
        word = m.group("n").lower()
        value = Decimal(1) if word == "ein" else parse_de_words(word)
        if value is None:
            continue
        unit = _DE_ADJ_UNITS[m.group("u").lower()]
        if unit == "year":
            unit = _year_or_age(text, m.end(), m.group(0)[:1].isupper())
        hits.append(FormHit(value, unit, m.start(), m.end(), "compound"))
    return hits


# parts of a century: "ein Vierteljahrhundert", "ein halbes Jahrhundert", "half a century",
# "a quarter of a century" are 25 and 50 years
_CENTURY_PART_RE = re.compile(
    r"(?<![\w-])(?:(?:ein|einem|einen|eines)\s+)?(?:(?P<q>Viertel)|(?P<h>halbe[snm]?)\s+)"
    r"[Jj]ahrhunderts?(?![\w])"
    r"|(?<![\w-])(?:(?P<h2>half)(?:\s+a|-)\s*|(?:a\s+)?(?P<q2>quarter)(?:\s+of\s+a\s+|-|\s+))"
    r"century(?![\w])",
    re.IGNORECASE,
)


def _century_part_hits(text: str) -> list[FormHit]:
    """Parts of a century as years; not where they say when ("vor einem halben
    Jahrhundert", "seit einem Vierteljahrhundert", "a quarter century ago")."""
    hits = []
    for m in _CENTURY_PART_RE.finditer(text):
        before = text[max(0, m.start() - 20) : m.start()].split()
        if before and before[-1].lower() in TIME_REF_BEFORE["de"] | TIME_REF_BEFORE["en"]:
            continue
        if re.match(r"\s+(?:ago|zuvor|später|later|earlier)\b", text[m.end() :]):
            continue
        value = Decimal(25 if m.group("q") or m.group("q2") else 50)
        hits.append(FormHit(value, "year", m.start(), m.end(), "span"))
    return hits


def special_candidates(text: str, lang: str) -> list[FormHit]:
    """Fractions, ranks, parts of a century and German word compounds in ``text`` (see the
    module doc)."""
    hits = (
        _fraction_hits(text, lang)
        + _rank_hits(text, lang)
        + _word_compound_hits(text, lang)
        + _century_part_hits(text)
    )
    hits.sort(key=lambda h: (h.start, -h.end))
    return hits
