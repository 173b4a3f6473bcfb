"""Counted nouns -> canonical units, German and English into one English vocabulary.

``canonical_unit("Bundesländern", "de") == "federal state"`` and
``canonical_unit("federal states", "en") == "federal state"``: claims in both languages meet
on the same unit. The vocabulary is ``tracker/lexicon/units.tsv`` (row format below); this
module expands its inflections into lookup tables once at import (a few milliseconds), resolves
German compounds by their head noun ("Rettungskräfte", "Corona-Fälle") where that is safe,
and for nouns the lexicon does not know falls back to a lowercased simplemma lemma, so that
same-language claims still share a unit (:mod:`tracker.lemmas`, simplemma's answers from a
dictionary that opens in milliseconds).

Every row of ``units.tsv`` maps the German and English nouns for one counted thing to ONE
canonical English singular (``person``, ``country``, ``teacher``), to ``percent``, or to an
ISO 4217 code for money: ``canonical<TAB>kind<TAB>German forms<TAB>English forms``.

kind: ``count`` (things and people), ``money``, ``measure`` (metres, tonnes, degrees),
``time`` (durations), ``percent``.

German forms (comma separated; inflections are generated, over-generation is harmless):
  ``Sg|Pl``   singular and plural; adds dative plural (-n), genitive singular (-s, -es)
  ``|Pl``     plural only (``|Leute``)
  ``Sg``      singular and plural alike (``Meter``, ``Lehrer``)
  ``~Adj``    nominalised adjective/participle ending in -e (``~Tote``: Tote, Toten, Toter, ...)

English forms: ``sg|pl`` or ``sg`` (regular plural added); a leading ``!`` marks a weak form
(an adjective used as a noun: "40 injured") that yields to a following noun
("40 injured police officers" counts police officers).

Principle for people: nouns that say what happened to people (dead, injured, missing,
evacuated, homeless, infected, arrested, displaced) are ``person``, because the event lives
in the rest of the sentence; occupations, roles and legal statuses (teacher, soldier,
refugee, prisoner, hostage, suspect, civilian, child) keep their own unit.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from tracker import lemmas, lexicon

__all__ = [
    "UnitEntry",
    "canonical_unit",
    "currency_for_adjective",
    "lemma_unit",
    "lexicon_unit",
    "lookup_phrase",
    "lookup_symbol",
    "prefix_currency",
    "unit_kind",
]


@dataclass(frozen=True)
class UnitEntry:
    """One lexicon hit: the canonical unit, its kind, and whether the form is weak.

    A weak form is an adjective used as a noun ("40 injured"); it yields to a noun that
    follows it ("40 injured police officers"). ``singular`` marks English singular forms,
    which after a plural number are usually modifiers ("three terrorist attacks").
    """

    unit: str
    kind: str
    weak: bool = False
    singular: bool = False


# Symbols and abbreviations, matched case-sensitively right after a number ("10 %", "5 km").
SYMBOLS: dict[str, str] = {symbol: unit for symbol, unit in lexicon.rows("unit_symbols", 2)}
# Currency symbols and codes written before the number ("$48 million", "CHF 10").
PREFIX_CURRENCIES: dict[str, str] = {
    symbol: currency for symbol, currency in lexicon.rows("currency_prefixes", 2)
}
# A nationality adjective before a currency noun picks the right ISO code ("kanadische
# Dollar" is CAD, not USD): currency -> lower-case adjective stem -> ISO code.
CURRENCY_ADJECTIVES: dict[str, dict[str, str]] = {}
for _currency, _adjective, _code in lexicon.rows("currency_adjectives", 3):
    CURRENCY_ADJECTIVES.setdefault(_currency, {})[_adjective] = _code
# Nationals: people counted by their nationality ("zwei Deutsche", "three Americans").
NATIONAL_UNITS = frozenset(row[0] for row in lexicon.rows("unit_nationals", 1))
# People: the units of the people sections of units.tsv ("minister" is "politician", a
# role; "-jährige" before one of them is an age, see figure_forms)
PEOPLE_UNITS = (
    frozenset(row[0] for row in lexicon.rows_before("units", "places and organisations"))
    | NATIONAL_UNITS
)

_DE: dict[str, UnitEntry] = {}
_EN: dict[str, UnitEntry] = {}
_KINDS: dict[str, str] = {}
_MAX_WORDS = {"de": 1, "en": 1}

# Heads that must not be used for a compound fallback: too short, too ambiguous as the
# last part of unrelated words ("Antworten" is not a place, "Direktoren" scores no goals).
_BLOCKED_HEADS = frozenset(
    """stelle stellen platz plätze plätzen punkt punkte punkten stück stücke häuser häusern
    haus hauses meter metern meters grad fall fälle fällen ort orte orten ortes tor tore toren
    tat taten kraft kräfte kräften lager lagern werk werke werken anlage anlagen land landes
    tag tage tagen tages jahr jahre jahren jahres woche wochen zug züge zügen akte akten
    folge folgen beitrag beiträge beiträgen gramm klasse klassen geschäft geschäfte
    geschäften rand lira yen yuan krone kronen rubel franken pfund zloty forint schekel rupie
    rupien bitcoin""".split()
)
_ALLOWED_MONEY_HEADS = frozenset({"EUR", "USD", "cent"})
_MIN_PREFIX = 4
_MIN_HEAD = 5

_EXTRA_KINDS = {
    "age": "age",  # "ein 34-Jähriger": a person's age in years (figure_forms)
    "rank": "rank",  # "Platz drei", "third-largest" (figure_forms)
    "per mille": "percent",
    "kilowatt": "measure",
    "megawatt hour": "measure",
    "gigawatt hour": "measure",
    "horsepower": "measure",
    "degree Fahrenheit": "measure",
    "pound": "measure",
}


def _de_forms(spec: str) -> list[str]:
    """Inflected forms of one German lexicon spec (see the module docstring)."""
    if spec.startswith("~"):
        base = spec[1:]
        stem = base[:-1] if base.endswith("e") else base
        return [stem + "e", stem + "en", stem + "er", stem + "es", stem + "em"]
    if "|" in spec:
        sg, pl = spec.split("|", 1)
    else:
        sg, pl = spec, spec
    forms = [pl]
    if not pl.endswith(("n", "s")):
        forms.append(pl + "n")
    if sg:
        forms += [sg, sg + "s", sg + "es"]
        if not sg.endswith(("n", "s")):
            forms.append(sg + "n")
    return forms


def _en_plural(word: str) -> str:
    if re.search(r"[^aeiou]y$", word):
        return word[:-1] + "ies"
    if word.endswith(("s", "sh", "ch", "x", "z")):
        return word + "es"
    return word + "s"


def _en_forms(spec: str) -> list[str]:
    if "|" in spec:
        sg, pl = spec.split("|", 1)
        return [f for f in (sg, pl) if f]
    words = spec.split(" ")
    return [spec, " ".join(words[:-1] + [_en_plural(words[-1])])]


def _load() -> None:
    for canonical, kind, de_part, en_part in lexicon.rows("units", 4):
        _KINDS[canonical] = kind
        german = UnitEntry(canonical, kind)  # one (immutable) entry for all its forms
        for spec in lexicon.items(de_part):
            for form in _de_forms(spec):
                _DE.setdefault(form.lower(), german)
                _MAX_WORDS["de"] = max(_MAX_WORDS["de"], form.count(" ") + 1)
        for spec in lexicon.items(en_part):
            weak = spec.startswith("!")
            forms = _en_forms(spec.lstrip("!"))
            for n, form in enumerate(forms):
                singular = n == 0 and not spec.startswith("|") and form != forms[-1]
                if form.lower() not in _EN:
                    _EN[form.lower()] = UnitEntry(canonical, kind, weak, singular)
                _MAX_WORDS["en"] = max(_MAX_WORDS["en"], form.count(" ") + 1)
    for unit in list(SYMBOLS.values()) + list(PREFIX_CURRENCIES.values()):
        _KINDS.setdefault(unit, _EXTRA_KINDS.get(unit, "money" if unit.isupper() else "measure"))
    for unit, kind in _EXTRA_KINDS.items():
        _KINDS.setdefault(unit, kind)


_load()

# German generic heads: head form -> (unit without a fitting modifier, (modifier, unit) pairs,
# longest modifier first).
_GENERIC: dict[str, tuple[str | None, tuple[tuple[str, str], ...]]] = {}


def _load_generic() -> None:
    for forms, default, modifiers in lexicon.rows("unit_compound_heads", 3):
        pairs = sorted(
            ((m, u.replace("_", " ")) for m, u in (item.split("=") for item in modifiers.split())),
            key=lambda pair: -len(pair[0]),
        )
        for form in forms.split():
            _GENERIC[form] = (None if default == "-" else default, tuple(pairs))


_load_generic()
_GENERIC_BY_LENGTH = sorted(_GENERIC, key=len, reverse=True)

# Lexicon heads a German compound may end in, longest first.
_DE_HEADS = {
    form: entry
    for form, entry in _DE.items()
    if " " not in form
    and len(form) >= _MIN_HEAD
    and form not in _BLOCKED_HEADS
    and (entry.kind != "money" or entry.unit in _ALLOWED_MONEY_HEADS)
}


def unit_kind(unit: str | None) -> str | None:
    """``count``, ``money``, ``measure``, ``time``, ``percent``, ``age`` or ``rank``; None for
    no unit.

    Units that came from the lemma fallback are counts.
    """
    if unit is None:
        return None
    kind = _KINDS.get(unit)
    if kind is not None:
        return kind
    return "money" if len(unit) == 3 and unit.isupper() else "count"


def _generic_compound(low: str) -> tuple[bool, UnitEntry | None]:
    """(True, entry) when ``low`` is a compound on a generic head ("zugfahrten"): the entry
    its modifier selects, the head's default, or None; (False, None) for other words."""
    for head in _GENERIC_BY_LENGTH:
        if not low.endswith(head):
            continue
        modifier = low[: -len(head)].rstrip("-")
        if len(modifier) < 2:
            return False, None
        default, pairs = _GENERIC[head]
        for stem in (modifier, modifier[:-1] if modifier.endswith("s") else modifier):
            for key, unit in pairs:
                if stem.endswith(key):
                    return True, UnitEntry(unit, _KINDS.get(unit, "count"))
        return True, (UnitEntry(default, _KINDS.get(default, "count")) if default else None)
    return False, None


def _compound_head(word: str) -> UnitEntry | None:
    """The lexicon entry of a German compound's head noun, when that is safe."""
    generic, entry = _generic_compound(word.lower())
    if generic:
        return entry
    if "-" in word:
        head = word.rsplit("-", 1)[1]
        if head and head[:1].isupper():
            # "Corona-Fälle"; a head that is a compound itself: "Weltcup-Gesamtsiege"
            return _DE.get(head.lower()) or (_compound_head(head) if "-" not in head else None)
        return None
    low = word.lower()
    for i in range(_MIN_PREFIX, len(low) - _MIN_HEAD + 1):
        entry = _DE_HEADS.get(low[i:])
        if entry is not None:
            return entry
    return None


def lexicon_unit(noun: str, language: str) -> UnitEntry | None:
    """The lexicon entry for one noun or multi-word phrase as written, or None.

    German nouns must be capitalised (a lowercase word in German is an adjective or a
    verb: "26 europäische Länder"); compounds fall back to their head noun. Symbols and
    abbreviations ("%", "km", "€") are matched case-sensitively in every language.
    """
    symbol = SYMBOLS.get(noun)
    if symbol is not None:
        return UnitEntry(symbol, unit_kind(symbol) or "measure")
    languages = ("de", "en") if language not in ("de", "en") else (language,)
    for lang in languages:
        if lang == "de":
            if not noun[:1].isupper():
                continue
            entry = _DE.get(noun.lower())
            if entry is None and " " not in noun:
                entry = _compound_head(noun)
        else:
            entry = _EN.get(noun.lower())
        if entry is not None:
            return entry
    return None


def lookup_phrase(words: list[str], language: str) -> tuple[UnitEntry, int] | None:
    """Longest lexicon phrase at the start of ``words``: (entry, number of words used)."""
    longest = max(_MAX_WORDS["de"], _MAX_WORDS["en"])
    for n in range(min(longest, len(words)), 0, -1):
        entry = lexicon_unit(" ".join(words[:n]), language)
        if entry is not None:
            return entry, n
    return None


def lookup_symbol(symbol: str) -> str | None:
    """Canonical unit of a symbol or abbreviation written after a number ("%", "km")."""
    return SYMBOLS.get(symbol)


def prefix_currency(symbol: str) -> str | None:
    """ISO code of a currency symbol or code written before a number ("$", "CHF")."""
    return PREFIX_CURRENCIES.get(symbol)


def currency_for_adjective(unit: str, adjective: str) -> str | None:
    """The ISO code a nationality adjective selects ("kanadische" + USD -> CAD), or None."""
    table = CURRENCY_ADJECTIVES.get(unit)
    if not table:
        return None
    low = adjective.lower()
    for stem, code in table.items():
        if low.startswith(stem):
            return code
    return None


@lru_cache(maxsize=50_000)
def lemma_unit(noun: str, language: str) -> str | None:
    """Lowercased simplemma lemma of a noun the lexicon does not know.

    Same-language claims still meet ("Sandsäcke" and "Sandsäcken" -> "sandsack");
    cross-language matching needs the lexicon.
    """
    word = noun.strip()
    if not word or not any(ch.isalpha() for ch in word):
        return None
    lang = language if language in ("de", "en") else ("de" if word[:1].isupper() else "en")
    return lemmas.lemmatize(word if lang == "de" else word.lower(), lang).lower()


def canonical_unit(noun: str, language: str) -> str | None:
    """Canonical unit of a noun as written: lexicon, then compound head, then lemma.

    >>> canonical_unit("Bundesländern", "de")
    'federal state'
    >>> canonical_unit("Länder", "de"), canonical_unit("countries", "en")
    ('country', 'country')
    """
    entry = lexicon_unit(noun, language)
    if entry is not None:
        return entry.unit
    if language == "de" and noun[:1].islower():
        entry = lexicon_unit(noun[:1].upper() + noun[1:], language)
        if entry is not None:
            return entry.unit
    return lemma_unit(noun, language)
