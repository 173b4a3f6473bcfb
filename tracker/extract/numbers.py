"""Parsing the numbers news writes: digit formats and number words, German and English.

Digits: German writes ``1.200`` (thousands) and ``6,4`` (decimal), English ``3,500`` and
``1.3``. A single separator is read by the language and the shape of the digit group after
it: exactly three digits after ``.`` is a German thousands group, after ``,`` an English one;
anything else is a decimal in the language's own convention. Spaces, no-break spaces and
apostrophes between groups of three (``1 000``, ``1'000``) are thousands separators.

Words: ``zwölf``, ``sechsundzwanzig``, ``zweihundertfünfzig``, ``dreieinhalb``,
``twenty-six``, ``two hundred and fifty``. Scale words (``Millionen``, ``Mio.``, ``Mrd.``,
``million``, ``bn``) are parsed here too instead of by text2num, which garbles them
("1,5 Millionen" -> "1,5 1000000"). German ``Billion`` is 10^12, English ``billion`` 10^9.

Values are :class:`decimal.Decimal`: "4,1 Millionen" is exactly 4100000, never
4099999.9999999995 as binary floating point would make it. Callers convert to ``float`` at
the end (a float holds every value news writes exactly enough once it is computed).

Everything is precompiled regular expressions and dictionary look-ups: this runs on every
sentence of every article.
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import cache

__all__ = [
    "DE_WORD_NUMBER",
    "DIGITS",
    "EN_WORD_NUMBER",
    "SCALE",
    "parse_de_words",
    "parse_digits",
    "parse_en_words",
    "parse_number",
    "scale_value",
]

# ------------------------------------------------------------------------------- digits

_GROUP_SEP = r"[.,'’\u00a0\u202f\u2009 ]"
#: A number written in digits, with optional thousands groups and a decimal part.
DIGITS = rf"\d{{1,3}}(?:{_GROUP_SEP}\d{{3}})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?"
_SPACE_SEPS = "'’\u00a0\u202f\u2009 "
_THOUSANDS_GROUPS = re.compile(r"\d{1,3}(?:[.,]\d{3})+")


def parse_digits(token: str, language: str, *, lenient: bool = False) -> Decimal | None:
    """Value of a digit token, or None when it is not a plain number in ``language``.

    ``lenient`` accepts a German token written the English way ("1.5" in a German text)
    when the caller has evidence that it is a quantity (a scale word or a unit follows).

    >>> parse_digits("1.200", "de"), parse_digits("6,4", "de"), parse_digits("3,500", "en")
    (Decimal('1200'), Decimal('6.4'), Decimal('3500'))
    >>> parse_digits("1.3", "en"), parse_digits("1 000", "de"), parse_digits("17.2", "de")
    (Decimal('1.3'), Decimal('1000'), None)
    """
    if len(token) > 1 and token[0] == "0" and token[1].isdigit():
        return None  # phone numbers, codes, club names ("Mainz 05")
    s = token
    for ch in _SPACE_SEPS:
        if ch in s:
            s = s.replace(ch, "")
    has_dot, has_comma = "." in s, "," in s
    if has_dot and has_comma:
        decimal = "." if s.rfind(".") > s.rfind(",") else ","
        group = "," if decimal == "." else "."
        whole, _, frac = s.rpartition(decimal)
        if not _THOUSANDS_GROUPS.fullmatch(whole) or group not in whole:
            return None
        return Decimal(whole.replace(group, "") + "." + frac)
    if not (has_dot or has_comma):
        return Decimal(s) if s.isdigit() else None
    sep = "." if has_dot else ","
    parts = s.split(sep)
    if len(parts) > 2:  # several groups: thousands separators in any convention
        if all(len(p) == 3 for p in parts[1:]) and 1 <= len(parts[0]) <= 3:
            return Decimal("".join(parts))
        return None
    whole, frac = parts
    if not whole or not frac:
        return None
    three = len(frac) == 3
    if language == "de":
        if sep == ",":
            return Decimal(whole + "." + frac)
        if three:
            return Decimal(whole + frac)
        return Decimal(whole + "." + frac) if lenient else None
    if language == "en":
        if sep == ".":
            return Decimal(whole + "." + frac)
        if three:
            return Decimal(whole + frac)
        return Decimal(whole + "." + frac) if lenient else None
    # Unknown language: three digits after one separator is a thousands group.
    if three:
        return Decimal(whole + frac)
    return Decimal(whole + "." + frac)


# ------------------------------------------------------------------------------- scales

#: Scale words after a number ("1,5 Millionen", "48 Mio.", "$3 bn", "zwei Dutzend").
SCALE = (
    r"(?:Tausend|tausend|Tsd\.|Millionen|Million|Mio\.|Mio\b|Mill\.|Milliarden|Milliarde"
    r"|Mrd\.|Mrd\b|Mia\.|Billionen|Billion|Bio\.|Dutzend|thousand|million|billion|trillion"
    r"|dozen|mln\b|bln\b|mn\b|bn\b|tn\b)"
)
_SCALES: dict[str, Decimal] = {
    "tausend": Decimal(1000),
    "tsd.": Decimal(1000),
    "thousand": Decimal(1000),
    "millionen": Decimal(1000000),
    "million": Decimal(1000000),
    "mio.": Decimal(1000000),
    "mio": Decimal(1000000),
    "mill.": Decimal(1000000),
    "mln": Decimal(1000000),
    "mn": Decimal(1000000),
    "m": Decimal(1000000),
    "milliarden": Decimal(1000000000),
    "milliarde": Decimal(1000000000),
    "mrd.": Decimal(1000000000),
    "mrd": Decimal(1000000000),
    "mia.": Decimal(1000000000),
    "bln": Decimal(1000000000),
    "bn": Decimal(1000000000),
    "billionen": Decimal(1000000000000),
    "bio.": Decimal(1000000000000),
    "trillion": Decimal(1000000000000),
    "tn": Decimal(1000000000000),
    "dutzend": Decimal(12),
    "dozen": Decimal(12),
    "k": Decimal(1000),
}


def scale_value(word: str, language: str) -> Decimal | None:
    """Multiplier of a scale word. ``Billion`` is 10^12 in German, ``billion`` 10^9."""
    low = word.lower()
    if low == "billion":
        if language == "de" or (language != "en" and word[0] == "B"):
            return Decimal(10**12)
        return Decimal(10**9)
    return _SCALES.get(low)


# ------------------------------------------------------------------------------ German words

_DE_UNITS = {
    "ein": 1,
    "eins": 1,
    "zwei": 2,
    "zwo": 2,
    "drei": 3,
    "vier": 4,
    "fünf": 5,
    "sechs": 6,
    "sieben": 7,
    "acht": 8,
    "neun": 9,
}
_DE_TEENS = {
    "zehn": 10,
    "elf": 11,
    "zwölf": 12,
    "dreizehn": 13,
    "vierzehn": 14,
    "fünfzehn": 15,
    "sechzehn": 16,
    "siebzehn": 17,
    "achtzehn": 18,
    "neunzehn": 19,
}
_DE_TENS = {
    "zwanzig": 20,
    "dreißig": 30,
    "dreissig": 30,
    "vierzig": 40,
    "fünfzig": 50,
    "sechzig": 60,
    "siebzig": 70,
    "achtzig": 80,
    "neunzig": 90,
}
_U = "ein|zwei|zwo|drei|vier|fünf|sechs|sieben|acht|neun"
_U1 = "eins|zwei|zwo|drei|vier|fünf|sechs|sieben|acht|neun"
_TEEN = "|".join(sorted(_DE_TEENS, key=len, reverse=True))
_TENS = "|".join(_DE_TENS)
_B100 = rf"(?:(?:{_U})und(?:{_TENS})|(?:{_TENS})|(?:{_TEEN})|(?:{_U1}))"
_B1000 = rf"(?:(?:{_U})?hundert{_B100}?|{_B100})"
#: A German number written as one word ("sechsundzwanzig", "dreitausend", "zweieinhalb").
DE_WORD_NUMBER = (
    rf"(?:(?:{_U1}|{_TEEN})einhalb|anderthalb|{_B1000}?tausend{_B1000}?|{_B1000}|hundert)"
)


def _de_below100(w: str) -> int | None:
    if w in _DE_TEENS:
        return _DE_TEENS[w]
    if w in _DE_TENS:
        return _DE_TENS[w]
    if w in _DE_UNITS and w != "ein":
        return _DE_UNITS[w]
    if "und" in w:
        unit, _, tens = w.partition("und")
        if unit in _DE_UNITS and tens in _DE_TENS:
            return _DE_UNITS[unit] + _DE_TENS[tens]
    return None


def _de_below1000(w: str) -> int | None:
    if "hundert" in w:
        left, _, right = w.partition("hundert")
        hundreds = 1 if left in ("", "ein") else _DE_UNITS.get(left)
        rest = _de_below100(right) if right else 0
        if hundreds is None or rest is None:
            return None
        return hundreds * 100 + rest
    return _de_below100(w)


def parse_de_words(word: str) -> Decimal | None:
    """Value of a German number word: ``sechsundzwanzig`` -> 26, ``anderthalb`` -> 1.5."""
    w = word.lower()
    if w == "anderthalb":
        return Decimal("1.5")
    if w.endswith("einhalb"):
        base = w[: -len("einhalb")]
        value = _DE_UNITS.get(base) if base != "ein" else None
        value = value if value is not None else _DE_TEENS.get(base)
        return None if value is None else value + Decimal("0.5")
    if "tausend" in w:
        left, _, right = w.partition("tausend")
        thousands = 1 if left in ("", "ein") else _de_below1000(left)
        rest = _de_below1000(right) if right else 0
        if thousands is None or rest is None:
            return None
        return Decimal(thousands * 1000 + rest)
    value = _de_below1000(w)
    return None if value is None else Decimal(value)


# ----------------------------------------------------------------------------- English words

_EN_VALUES = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_EU = "one|two|three|four|five|six|seven|eight|nine"
_ETEEN = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
_ETENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_E100 = rf"(?:(?:{_ETENS})(?:[-‐ ](?:{_EU})\b)?|(?:{_ETEEN})|(?:{_EU}))"
_E1000 = rf"(?:(?:{_EU}|a)\s+hundred(?:\s+(?:and\s+)?{_E100})?|{_E100})"
#: An English number in words ("twenty-six", "two hundred and fifty", "a thousand").
EN_WORD_NUMBER = rf"(?:(?:{_E1000}|a)\s+thousand(?:\s+(?:and\s+)?{_E1000})?|{_E1000})"
_EN_SPLIT = re.compile(r"[\s\-‐]+")


def parse_en_words(words: str) -> Decimal | None:
    """Value of an English number in words: ``twenty-six`` -> 26, ``a thousand`` -> 1000."""
    total = current = 0
    seen = False
    for w in _EN_SPLIT.split(words.lower().strip()):
        if w == "and" or not w:
            continue
        if w == "hundred":
            current = (current or 1) * 100
        elif w == "thousand":
            total += (current or 1) * 1000
            current = 0
        elif w in _EN_VALUES:
            current += _EN_VALUES[w]
        else:
            return None
        seen = True
    return Decimal(total + current) if seen else None


def parse_number(text: str, language: str) -> Decimal | None:
    """Value of a number written in digits or words, with an optional scale word.

    A convenience for callers that hold one number ("1,5 Millionen", "zwölf", "$48m" is
    not a number but a figure: use :func:`tracker.extract.figures.find_figures`).

    >>> parse_number("1,5 Millionen", "de"), parse_number("twenty-six", "en")
    (Decimal('1500000.0'), Decimal('26'))
    """
    s = text.strip()
    de_full, en_full, with_scale = _full_res()
    m = with_scale.fullmatch(s)
    if m is None:
        return None
    core, scale = m.group("core"), m.group("scale")
    value: Decimal | None
    if core.lower() in _ARTICLE_ONE:
        value = Decimal(1) if scale else None
    elif core[0].isdigit():
        value = parse_digits(core, language, lenient=scale is not None)
    elif language == "en" or (language != "de" and en_full.fullmatch(core)):
        value = parse_en_words(core)
    else:
        value = parse_de_words(core) if de_full.fullmatch(core) else parse_en_words(core)
    if value is None:
        return None
    if scale:
        factor = scale_value(scale, language)
        if factor is None:
            return None
        value *= factor
    return value


_ARTICLE_ONE = frozenset({"ein", "eine", "einen", "einem", "einer", "eines", "a", "an"})


@cache
def _full_res() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """Regexes for :func:`parse_number`, compiled on first use to keep the import cheap."""
    return (
        re.compile(DE_WORD_NUMBER, re.IGNORECASE),
        re.compile(EN_WORD_NUMBER, re.IGNORECASE),
        re.compile(
            rf"(?P<core>{DIGITS}|{DE_WORD_NUMBER}|{EN_WORD_NUMBER}|ein(?:e[nmrs]?)?|one|an?)"
            rf"(?:\s*(?P<scale>{SCALE}))?",
            re.IGNORECASE,
        ),
    )
