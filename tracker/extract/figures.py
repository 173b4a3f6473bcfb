"""Figures in news text: value, unit, approximation, span, and whether the text rejects it.

``find_figures("Rund 1.200 Menschen wurden evakuiert.", "de")`` finds one figure: 1200
``person``, approx ``about``, raw text ``"Rund 1.200 Menschen"``.

How it works, in one pass over the text and one pass over its candidates:

1. One precompiled regex finds number candidates: digits (German and English formats),
   German and English number words, and the articles "ein"/"a" where they can be numerals
   ("eine Million", "nur ein Mensch", "a dozen"). The forms of :mod:`figure_forms` add
   fractions ("ein Drittel", "jeder fünfte", "half of"), ranks ("auf dem dritten Platz",
   "third-largest") and German compounds of a number word ("zweijährige").
2. Each candidate reads its neighbourhood with small anchored regexes, one step after the
   other (:func:`_read_number`, :func:`_read_glued`, :func:`_read_scale`, :func:`_read_unit`,
   :func:`_read_left`): a scale word after it ("Mio.", "billion", "half a million"), a
   currency before it ("$48"), a compound it opens ("34-Jähriger", "15-minute"), the counted
   noun after it (skipping adjectives: "26 europäische Länder", "120 new teachers") or in a
   partitive ("18 der Toten"), approximation words before it ("rund", "more than",
   "höchstens aber"), a negation ("nicht 120", "not 120"). Non-figures are dropped here
   (:mod:`figure_filters`): calendar years, dates, times, ordinals, codes and labels ("NW180",
   "Artikel 5", "page 12"), scores ("3:1", "2-1"), phone numbers, decades, counts of sources
   ("citing two unnamed officials"); ages and ranks become figures of their own units.
3. Linking (``figure_links``): ranges ("200 bis 300 Menschen", "200-300 people") and
   contrasts that leave the noun out the second time ("95 new teachers, not 120"; "nicht
   zwei, sondern ein Mensch"; "4,318 votes against 4,247 for X") share the unit; so do a
   rejected value and the asserted one before it ("2,100 households were without power, not
   5,000 as ... claimed"), a partitive pronoun and its antecedent ("352 Verletzte, 99
   davon"; "three of them" after the sentence given as ``context``) and a number opening a
   coordinated clause ("Sechs Menschen liegen im Krankenhaus, drei konnten gehen"). A number
   without a noun takes it from a frame earlier in the sentence ("Die Zahl der Evakuierten
   ist auf 3.500 gestiegen", "the death toll rose to 40", "raising the age to 21"). A vote
   tally ("by 27 votes to 14", "mit 31 zu 12 Stimmen") is no figure; the first value of a
   correction ("korrigierte ... von elf auf neun") is rejected; "Fahrten"/"Verbindungen" take
   the vehicle the sentence names ("Die Airline strich 800 Verbindungen": flights).

Decisions: values are computed in :class:`decimal.Decimal` and turned into a float once, so
"4,1 Millionen" is exactly 4100000; an age is a figure with unit ``age`` ("ein
34-Jähriger", "aged 34", "Peter M. (34)"), a rank one with unit ``rank`` ("Rang vier"), a
fraction of a group a percentage ("ein Drittel" 33.33); durations ("drei Jahre", "a 10-day
strike") are figures, spans that say when are not ("vor zwei Jahren", "a 40-year high");
"a dozen" is 12 ``about``; a range gives two figures, ``at_least`` and ``at_most``; vague
plurals ("Tausende", "dozens of") are not figures; "ein"/"one"/"a" is an article unless a
word makes it a count ("nur ein Mensch", "ein Mann und zwei Frauen") or it is money or a
percentage ("ein Prozent"): "ein Liter Super kostet 2,15 Euro" has one figure; "minus 2,5
Grad" and "-5 Grad" are negative; German "Billion" is 10^12; "über" after a verb that takes
it ("verfügt über 300 Betten") is a preposition, not ``more_than``; refugees, hostages and
prisoners keep their own unit (see the unit lexicon). When unsure the extractor drops a
number: a wrong figure costs more than a missed one.

Word lists and regex tables live in ``figure_rules`` and ``figure_forms``. Everything is
precompiled; lemmas of nouns the lexicon does not know come from :mod:`tracker.lemmas`
(simplemma's answers from a dictionary that opens in milliseconds).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from tracker.extract.figure_filters import (
    NumberRead,
    article_is_numeral,
    at_sentence_start,
    plausible,
)
from tracker.extract.figure_forms import (
    RANK,
    FormHit,
    compound_unit,
    special_candidates,
)
from tracker.extract.figure_links import FigureCandidate, ch, link, noun_cand
from tracker.extract.figure_rules import (
    APPROX,
    APPROX_PARTICLE_RE,
    DASHES,
    DE_CAP_STOP,
    DE_STOP,
    EN_STOP,
    FRACTIONS,
    GLUED_RE,
    HALF_SCALE_RE,
    INFLECTED_RE,
    MINUS_RE,
    NEG_RE,
    NOT_PLURAL,
    NUMBER_IDIOM_RE,
    PARTITIVE_DE,
    PARTITIVE_EN,
    PREFIX_CUR_RE,
    PRICE_DASH_RE,
    SCALE_RE,
    SENT_END_RE,
    SIGNED_KINDS,
    SYMBOL_RE,
    TOKEN_RE,
    TRUNCATED_LINK_RE,
    UEBER_PREP,
    WEATHER_RE,
    WEIGHT_AFTER_RE,
    candidate_re,
)
from tracker.extract.numbers import (
    parse_de_words,
    parse_digits,
    parse_en_words,
    scale_value,
)
from tracker.extract.units import (
    UnitEntry,
    currency_for_adjective,
    lemma_unit,
    lookup_phrase,
    lookup_symbol,
    prefix_currency,
    unit_kind,
)

__all__ = ["FigureMention", "figure_kind", "find_figures"]


@dataclass(frozen=True)
class FigureMention:
    """One figure: ``value`` in plain units (20 percent is 20.0, "$48 million" 48000000.0).

    ``kind`` says what the figure is: ``count``, ``money``, ``percent``, ``measure``,
    ``duration``, ``age``, ``rank`` or ``fraction`` (a share of a group, as a percentage);
    None for a number without a unit. It is derived from the unit and the form; the
    database does not store it (the unit says it, but for ``fraction``).
    """

    value: float
    unit: str | None
    unit_text: str | None
    approx: str | None
    raw_text: str
    start: int
    end: int
    negated: bool = False
    kind: str | None = None


_KIND_NAMES = {"time": "duration"}


def figure_kind(unit: str | None, form: str | None = None) -> str | None:
    """The kind of a figure with this unit (see :class:`FigureMention`)."""
    if form == "fraction":
        return "fraction"
    if unit is None:
        return None
    kind = unit_kind(unit)
    return _KIND_NAMES.get(kind or "", kind)


def _lang(language: str) -> str:
    return language if language in ("de", "en") else "xx"


def _scan_unit(
    text: str, pos: int, lang: str, value: Decimal
) -> tuple[str | None, str | None, bool, int, int, str | None] | None:
    """The counted noun after a number: (unit, unit_text, lexical, end, skipped, adjective).

    None means "not a figure" (a fraction such as "zwei Drittel"); a unit of None means no
    noun was found. ``skipped`` counts the adjectives stepped over.
    """
    tokens: list[tuple[str, int, int]] = []
    p = pos
    while len(tokens) < 7:
        m = TOKEN_RE.match(text, p)
        if m is None:
            break
        if m.group("w") is None:
            if tokens and m.group("o") in ("-", "‐") and m.start("o") == tokens[-1][2]:
                p = m.end()  # the hyphen of "Staats- und Regierungschefs"
                continue
            break
        tokens.append((m.group("w"), m.start("w"), m.end("w")))
        p = m.end()
    skipped = 0
    adjective: str | None = None
    fallback: tuple[UnitEntry, int, int] | None = None
    i = 0
    while i < len(tokens):
        word, w_start, w_end = tokens[i]
        glued = GLUED_RE.match(word)
        if glued is not None:  # a missing space in the source: "30 SchiffeNeue Gespräche"
            word, w_end = glued.group(1), w_start + glued.end(1)
            tokens[i] = (word, w_start, w_end)
            del tokens[i + 1 :]
        low = word.lower()
        if low in FRACTIONS:
            return None
        if text[w_end : w_end + 1] in ("-", "‐") and text[w_end + 1 : w_end + 2].isspace():
            # "zwei Dutzend weitere Staats- und Regierungschefs": the head comes later
            if i + 1 < len(tokens) and tokens[i + 1][0] in ("und", "oder"):
                i += 1
            skipped, i = skipped + 1, i + 1
            continue
        german = lang == "de" or (lang == "xx" and word[:1].isupper())
        hit = lookup_phrase([t[0] for t in tokens[i : i + 4]], lang)
        if german and not word[:1].isupper() and hit is not None and hit[0].kind != "money":
            hit = None  # lowercase German words are adjectives ("verletzte Polizisten")
        if hit is not None and hit[0].singular and value != 1 and i + hit[1] < len(tokens):
            nxt_low = tokens[i + hit[1]][0].lower()
            if nxt_low not in EN_STOP and not nxt_low.endswith("ed"):
                fallback = fallback or (hit[0], i, hit[1])
                hit = None  # "three terrorist attacks": a modifier, not the counted noun
        if hit is not None:
            entry, n = hit
            if entry.weak and i + n < len(tokens):
                after = lookup_phrase([t[0] for t in tokens[i + n : i + n + 4]], lang)
                if after is not None and not after[0].weak:
                    adjective, i = word, i + n
                    entry, n = after
            return (
                entry.unit,
                _span_text(text, tokens, i, n),
                True,
                tokens[i + n - 1][2],
                skipped,
                (adjective),
            )
        if german:
            if word[:1].isupper() and "-" in word and word.rsplit("-", 1)[1][:1].islower():
                skipped, adjective, i = skipped + 1, word, i + 1  # "zwei US-israelische Angriffe"
                continue
            if word[:1].isupper():
                if word in DE_CAP_STOP:
                    return None, None, False, pos, skipped, None
                nxt = tokens[i + 1][0] if i + 1 < len(tokens) else ""
                if low.endswith("er") and nxt[:1].isupper() and skipped < 3:
                    skipped, adjective, i = skipped + 1, word, i + 1  # "3 Berliner Bezirke"
                    continue
                if lang == "de":
                    english = lookup_phrase([word], "en")
                    if english is not None:
                        if unit_kind(english[0].unit) == "time":
                            return None  # an English title in German text: "für 45 Years"
                        # a loanword: "zehn Millionen User", "drei Tweets"
                        return english[0].unit, word, True, tokens[i][2], skipped, adjective
                    return lemma_unit(word, "de"), word, False, tokens[i][2], skipped, adjective
                return None, None, False, pos, skipped, None
            if lang == "de" and low in _ATTRIBUTE_PREPS and not 1000 <= value <= 2100:
                found = _extended_attribute(tokens, i, lang)
                if found is not None:  # "Drei aus Deutschland angereiste Urlauber"
                    entry, k = found
                    return entry.unit, tokens[k][0], True, tokens[k][2], skipped, None
            if low in DE_STOP or (lang == "xx" and low in EN_STOP):
                break
        else:
            if low in ("other", "more", "additional", "further", "extra") and i + 1 < len(tokens):
                skipped, adjective, i = skipped + 1, word, i + 1  # "16 other states"
                continue
            if low in EN_STOP:
                break
            if (
                lang == "en"
                and value != 1
                and len(low) > 3
                and low.endswith("s")
                and not low.endswith(("ss", "us", "is", "'s", "’s"))
                and low not in NOT_PLURAL
            ):
                return lemma_unit(low, "en"), word, False, tokens[i][2], skipped, adjective
        skipped += 1
        adjective = word
        if skipped > 3 or w_start - pos > 60:
            break
        i += 1
    if fallback is not None:
        entry, i, n = fallback
        return entry.unit, _span_text(text, tokens, i, n), True, tokens[i + n - 1][2], i, None
    return None, None, False, pos, skipped, None


# articles and quantifiers between "of" and the noun of a partitive: "of the", "of all the"
_PARTITIVE_LEADS = frozenset("the these those its their his her our my your all about some".split())
# prepositions that open an extended attribute between a number and its noun: "drei aus
# Deutschland angereiste Urlauber", "500 von der Flut betroffene Häuser"
_ATTRIBUTE_PREPS = frozenset("aus von vom in im nach bei mit an am auf durch".split())
_PARTICIPLE_RE = re.compile(r"[a-zäöüß]+(?:te|ne|de|ende|ene|ete)n?$")


def _extended_attribute(
    tokens: list[tuple[str, int, int]], i: int, lang: str
) -> tuple[UnitEntry, int] | None:
    """The counted noun after a German extended attribute that starts at token ``i``: a
    prepositional phrase, a lower-case participle, then the noun ("aus Deutschland
    angereiste Urlauber"); None when the words do not read so."""
    noun_seen = False
    for k in range(i + 1, min(i + 5, len(tokens) - 1)):
        word = tokens[k][0]
        if word[:1].isupper() or word.lower() in DE_STOP:
            noun_seen = noun_seen or word[:1].isupper()
            continue  # the phrase's own noun and article: "aus (der) Ukraine"
        if not _PARTICIPLE_RE.fullmatch(word) or not noun_seen:
            return None  # "8.300 in der namensgebenden Stadtgemeinde": the phrase's noun
        noun = tokens[k + 1][0]
        hit = lookup_phrase([noun], lang) if noun[:1].isupper() else None
        if hit is not None and hit[0].kind == "count" and not hit[0].weak:
            return hit[0], k + 1
        return None
    return None


def _span_text(text: str, tokens: list[tuple[str, int, int]], i: int, n: int) -> str:
    return text[tokens[i][1] : tokens[i + n - 1][2]]


def _partitive(text: str, pos: int, lang: str) -> tuple[str, str] | None:
    """Unit from a partitive after the number: "18 der Toten", "3 of the 26 countries"."""
    regexes = {"de": (PARTITIVE_DE,), "en": (PARTITIVE_EN,)}.get(lang, (PARTITIVE_DE, PARTITIVE_EN))
    for regex in regexes:
        m = regex.match(text, pos)
        if m is None:
            continue
        noun = m.group("n")
        words = noun.split()
        if regex is PARTITIVE_EN:
            # the words after "of" and its articles up to the next function word: the
            # regex may have taken the noun among its modifiers ("of the officers were hurt")
            words = m.group().split()[1:]
            while words and words[0].lower() in _PARTITIVE_LEADS:
                words = words[1:]
            cut = next((k for k, w in enumerate(words) if w.lower() in EN_STOP), len(words))
            words = words[:cut]
        for j in range(len(words) if regex is PARTITIVE_EN else 1):
            # "of the most recent GOP-appointed Supreme Court justices": the first words
            # the vocabulary knows
            hit = lookup_phrase(words[j:], lang)
            if (
                hit is not None
                and hit[0].kind == "count"
                and not (regex is PARTITIVE_DE and not noun[:1].isupper())
            ):
                return hit[0].unit, " ".join(words[j : j + hit[1]])
        if regex is PARTITIVE_EN:
            plural = next(
                (
                    w
                    for w in words
                    if len(w) > 3
                    and w.endswith("s")
                    and not w.endswith("ss")
                    and w.islower()
                    and w not in EN_STOP
                    and w not in NOT_PLURAL
                ),
                None,
            )
            unit = lemma_unit(plural, "en") if plural is not None else None
            if unit is not None and plural is not None:  # "all three of the justices"
                return unit, plural
    return None


def _find_approx(text: str, pos: int, lang: str) -> tuple[str, int] | None:
    """Approximation phrase ending right before ``pos``: (code, start). A particle may stand
    between the phrase and the number: "höchstens aber 500", "at most, however, 500"."""
    table = APPROX[lang]
    window = text[max(0, pos - 44) : pos]
    stripped = window.rstrip()
    if len(stripped) == len(window) and window:
        return None  # no blank between the words and the number
    particle = APPROX_PARTICLE_RE.search(stripped)
    if particle is not None:
        stripped = stripped[: particle.start()]
        window = window[: len(stripped)] + " " * (len(window) - len(stripped))
    words = stripped.split()
    for n in (4, 3, 2, 1):
        if len(words) < n:
            continue
        phrase = " ".join(words[-n:]).lower().lstrip('(„"“')
        code = table.get(phrase)
        if code is not None:
            start = pos - len(window) + stripped.lower().rfind(phrase)
            return code, start
    return None


# ---------------------------------------------------------------------------------- reading


def _read_number(text: str, m: re.Match[str], lang: str) -> NumberRead | None:
    """The value of a regex candidate, or None when it is not a number here."""
    groups = m.groupdict()
    if groups.get("d") is not None:
        core, ns, ne = m.group("d"), m.start("d"), m.end("d")
        value = parse_digits(core, lang)
        lenient = False
        if value is None:
            value, lenient = parse_digits(core, lang, lenient=True), True
            if value is None:
                return None
        return NumberRead(
            value, ns, ne, core, core.isdigit(), lenient=lenient, suffix=groups["suf"]
        )
    ns, ne = m.span()
    core = m.group()
    if groups.get("ein") is not None or groups.get("a") is not None:
        return NumberRead(
            Decimal(1),
            ns,
            ne,
            core,
            kind_word=True,
            article=True,
            ein=groups.get("ein"),
            a=groups.get("a") is not None,
        )
    if core[:1].isupper() and not at_sentence_start(text, ns):
        return None  # "The Twelve Days of Christmas", "Zwei-Staaten-Lösung" inside a name
    if groups.get("w") is not None:
        parsed = None if core.lower() == "eins" else parse_de_words(core)
    else:
        parsed = parse_en_words(core)
    if parsed is None:
        return None
    return NumberRead(parsed, ns, ne, core, kind_word=True)


def _read_glued(text: str, num: NumberRead, cand: FigureCandidate, lang: str) -> bool:
    """Signs, dashes and compounds glued to the number; False when it is no figure."""
    ns, ne = num.start, num.end
    before = text[ns - 1] if ns else ""
    if before and before in DASHES and not num.kind_word:
        before2 = text[ns - 2] if ns >= 2 else " "
        if before2.isalpha():
            return False  # COVID-19, F-35
        if before2.isdigit():
            cand.dash_prev = True
        elif before in "-−" and (before2.isspace() or before2 in "(["):
            cand.value = -cand.value
            cand.start = cand.num_start = ns - 1
        elif not before2.isspace():
            return False  # "(-20,14,-23,20)": a list of set scores
    if ch(text, ne) in DASHES and TRUNCATED_LINK_RE.match(text, ne + 1):
        cand.truncated = True  # "30- bis 49-Jährige", "nine- and ten-year-old": see link()
        return True
    if ch(text, ne) in DASHES and ch(text, ne + 1).isalpha():
        # "34-Jähriger", "15-minute speech", "60-vote threshold"; "5-Punkte-Plan" is a name
        compound = compound_unit(text, ne + 1, lang, digits=not num.kind_word)
        if compound is None:
            return False
        cand.unit, cand.unit_text, cand.lexical = compound.unit, text[ne + 1 : compound.end], True
        cand.end = compound.end
        cand.compound = True
        return True
    if (ch(text, ne) in "’′'" and ch(text, ne + 1).isdigit()) or (
        ch(text, ns - 1) in "’′'" and ch(text, ns - 2).isdigit()
    ):
        return False  # feet and inches: "6’2″"
    cand.dash_next = ch(text, ne) in DASHES and ch(text, ne + 1).isdigit()
    return True


def _read_scale(
    text: str, num: NumberRead, cand: FigureCandidate, lang: str
) -> tuple[int, str | None] | None:
    """Currency before, scale word after: (position after the number, currency prefix).

    Sets ``num.suffix`` to None when the glued suffix was a scale ("$3bn"). None: no figure.
    """
    prefix = None
    cm = PREFIX_CUR_RE.search(text[max(0, cand.start - 6) : cand.start])
    if cm is not None and not num.article:
        prefix = cm.group("c")
        cand.start -= len(cm.group()) if cand.start >= len(cm.group()) else 0
    if cand.compound:
        return cand.end, prefix
    suffix = num.suffix
    scale: Decimal | None = None
    pos = num.end + len(suffix or "")
    million_m = False
    if suffix == "m" and not prefix:
        after = _scan_unit(text, pos, lang, Decimal(2))
        million_m = after is not None and after[2] and unit_kind(after[0]) == "count"
    if suffix in ("bn", "mn") or (suffix in ("m", "k") and prefix) or million_m:
        scale = scale_value(suffix or "", lang)  # "2.1m children": million, not metres
        num.suffix = None
    elif suffix == "k":
        return None
    elif suffix == "C":
        window = text[max(0, num.start - 80) : num.start]
        if lang == "de" or not -90 <= num.value <= 60 or not WEATHER_RE.search(window):
            return None  # "41.2C" in an English weather report, not "grade 3C"
    if scale is None:
        sm = SCALE_RE.match(text, pos)
        if sm is not None:
            scale = scale_value(sm.group("s"), lang)
            pos = sm.end()
    if num.article and scale is None and num.a:
        return None
    if scale is not None:
        if scale == 12 and num.value == 1 and num.article:
            cand.approx = "about"  # "a dozen", "ein Dutzend"
        cand.value *= scale
        cand.scale = scale
    if PRICE_DASH_RE.match(text, pos):
        pos += 2  # "5,- Euro"
    cand.num_end = pos
    cand.end = pos
    return pos, prefix


_CLOSING_QUOTES = frozenset('«»“”"')
# a quotation that opens right before the figure, approximation words at most between
_QUOTED_FIGURE_RE = re.compile(r"[»„“«\"](?:[a-zäöüß]+\s+){0,3}$")


def _read_unit(
    text: str, num: NumberRead, cand: FigureCandidate, lang: str, pos: int, prefix: str | None
) -> int | None:
    """The counted noun, symbol or currency: sets the unit; returns the adjectives skipped,
    or None when the number is no figure (a fraction: "zwei Drittel")."""
    if cand.compound:
        return 0
    if prefix is not None:
        cand.unit, cand.unit_text, cand.lexical = prefix_currency(prefix), prefix, True
        return 0
    if num.suffix:
        unit = lookup_symbol("°C" if num.suffix == "C" else num.suffix)
        cand.unit, cand.unit_text, cand.lexical = unit, num.suffix, True
        return 0
    sym = SYMBOL_RE.match(text, pos)
    if sym is not None and not (sym.group("s") == "t" and lang == "en"):
        symbol = sym.group("s")
        cand.unit = lookup_symbol(symbol.replace(" ", "")) or lookup_symbol(symbol)
        cand.unit_text, cand.lexical = symbol, True
        cand.end = sym.end()
        return 0
    if (
        text[pos : pos + 1] in _CLOSING_QUOTES
        and text[pos + 1 : pos + 2] == " "
        and _QUOTED_FIGURE_RE.search(text, max(0, num.start - 30), num.start) is not None
    ):
        pos += 1  # a quoted figure before its noun: "»weit mehr als 5.000« US-Soldaten"
    scanned = _scan_unit(text, pos, lang, cand.value)
    if scanned is None:
        return None
    unit, unit_text, lexical, end, skipped, adjective = scanned
    if unit is not None:
        cand.unit, cand.unit_text, cand.lexical, cand.end = unit, unit_text, lexical, end
        cand.inflected = skipped == 0 or (
            skipped == 1 and INFLECTED_RE.search(adjective or "") is not None
        )
        if adjective and unit_kind(unit) == "money":
            cand.unit = currency_for_adjective(unit, adjective) or unit
        if unit == "GBP" and WEIGHT_AFTER_RE.match(text, end):
            cand.unit = "pound"  # "300 pounds of cocaine" is a weight
    elif not (num.kind_word and num.core.lower() == "one"):
        part = _partitive(text, pos, lang)
        if part is not None:
            cand.unit, cand.unit_text, cand.lexical = part[0], part[1], True
            cand.partitive = True
    return skipped


def _read_left(
    text: str, cand: FigureCandidate, lang: str, kind_word: bool
) -> tuple[str, int] | None:
    """Approximation, minus and negation words before the number; returns the approximation
    phrase found (code, start) or None."""
    ap = _find_approx(text, cand.start, lang)
    if ap is not None:
        code, ap_start = ap
        phrase = text[ap_start : cand.start].strip().lower()
        if phrase in ("über", "over") and (
            UEBER_PREP.search(text[max(0, ap_start - 60) : ap_start])
            and not _PREP_BEFORE_RE.search(text[max(0, ap_start - 12) : ap_start])
            or phrase == "über"
            and unit_kind(cand.unit) == "money"
            and re.search(r"[A-ZÄÖÜ]\w+\s+$", text[max(0, ap_start - 30) : ap_start])
        ):
            ap = None  # "verfügt über 300 Betten", "ein Darlehen über 90 Milliarden Euro"
        elif phrase == "some" and kind_word:
            ap = None
        else:
            if (
                code == "more_than"
                and lang == "en"
                and _CANNOT_BEFORE_RE.search(text[max(0, ap_start - 30) : ap_start])
            ):
                code = "at_most"  # "cannot donate more than $5,000": a limit
            if cand.approx is None or cand.scale == 12:
                cand.approx = code  # "more than a dozen": the words before say how
            cand.start = ap_start
    kind = unit_kind(cand.unit)
    minus = MINUS_RE.search(text[max(0, cand.start - 8) : cand.start])
    if minus is not None and kind in SIGNED_KINDS and cand.value > 0:
        cand.value = -cand.value  # "minus 2,5 Grad"
        cand.start -= len(minus.group())
    if NEG_RE.search(text[max(0, cand.start - 24) : cand.start]):
        cand.negated = True
    return ap


# "sprechen von über 110": a preposition right before "über" makes "über" the approximation
_PREP_BEFORE_RE = re.compile(r"\b(?:von|mit|auf|um|bei|of|with|by)\s+$", re.IGNORECASE)
# a modal negated right before "more than": the figure is a limit ("cannot donate more than")
_CANNOT_BEFORE_RE = re.compile(
    r"\b(?:cannot|can't|can’t|could not|couldn't|may not|must not|shall not|will not|won't)"
    r"(?:\s+[a-z]+){0,2}\s+$"
)


def _figure(text: str, num: NumberRead, lang: str) -> FigureCandidate | None:
    """A figure candidate from a number, or None for a non-figure."""
    cand = FigureCandidate(num.value, num.start, num.end, num.start, num.end)
    if not _read_glued(text, num, cand, lang):
        return None
    read = _read_scale(text, num, cand, lang)
    if read is None:
        return None
    pos, prefix = read
    skipped = _read_unit(text, num, cand, lang, pos, prefix)
    if skipped is None:
        return None
    kind = unit_kind(cand.unit)
    if cand.value < 0 and kind not in SIGNED_KINDS:
        return None  # a dash before a count is a bullet or a set score: "(-20,14,-23,20)"
    if num.lenient and not (cand.scale is not None or (cand.lexical and kind != "time")):
        return None
    if num.article and not article_is_numeral(text, cand, kind, cand.scale, num.ein):
        return None
    ap = _read_left(text, cand, lang, num.kind_word)
    if not plausible(text, cand, lang, num, skipped, ap, prefix):
        return None
    if cand.unit == RANK and cand.approx is None and cand.start < cand.num_start:
        bound = _find_approx(text, cand.start, lang)  # "Mehr als Platz drei"
        if bound is not None:
            cand.approx, cand.start = bound
    return cand


# ---------------------------------------------------------------------------------- public


def _half_scales(text: str) -> list[NumberRead]:
    """ "half a million", "eine halbe Million": 0.5 before a scale word."""
    out = []
    for m in HALF_SCALE_RE.finditer(text):
        out.append(
            NumberRead(Decimal("0.5"), m.start(), m.end(), m.group().strip(), kind_word=True)
        )
    return out


def _form_figure(text: str, hit: FormHit, lang: str) -> FigureCandidate:
    cand = FigureCandidate(
        hit.value, hit.start, hit.end, hit.start, hit.end, hit.unit, text[hit.start : hit.end]
    )
    cand.lexical = True
    cand.form = "fraction" if hit.unit == "percent" else hit.form
    cand.compound = hit.form == "compound"
    _read_left(text, cand, lang, kind_word=True)
    return cand


def _candidates(text: str, lang: str) -> list[FigureCandidate]:
    """The figure candidates of ``text``, linked (see :mod:`tracker.extract.figure_links`)."""
    found: list[FigureCandidate] = []
    last_end = -1
    for m in candidate_re(lang).finditer(text):
        if m.start() < last_end:
            continue
        num = _read_number(text, m, lang)
        cand = _figure(text, num, lang) if num is not None else None
        if cand is not None:
            found.append(cand)
            last_end = cand.end
    for num in _half_scales(text):
        cand = _figure(text, num, lang)
        if cand is not None:
            found.append(cand)
    found.extend(_form_figure(text, hit, lang) for hit in special_candidates(text, lang))
    found.sort(key=lambda c: (c.start, c.start - c.end, c.form != "span"))
    idioms = [m.span() for m in NUMBER_IDIOM_RE.finditer(text)] if found else []
    cands: list[FigureCandidate] = []
    for cand in found:
        if cands and cand.start < cands[-1].end:
            continue  # overlapping readings: keep the first, and the longer one
        if any(a <= cand.num_start < b for a, b in idioms):
            continue  # "one step forward, two steps back": a saying, no figure
        cands.append(cand)
    return cands


def find_figures(text: str, language: str, *, context: str | None = None) -> list[FigureMention]:
    """All figures in ``text`` in order of appearance. ``language``: "de", "en" or other.

    Offsets are character offsets into ``text``; ``raw_text == text[start:end]`` always.
    For a language other than German or English both languages' rules are tried.
    ``context`` is the sentence before ``text``, if any: a number without a noun ("Elf von
    ihnen ...", "Three of them ...", "Die Polizei sprach von etwa 1.600") takes the unit of
    the last counted figure or count noun there.
    """
    lang = _lang(language)
    cands = _candidates(text, lang)

    def earlier() -> FigureCandidate | None:
        """The last counted figure or noun in the (up to two) sentences before."""
        if not context:
            return None
        window = context[-600:]
        cuts = [0, *(m.end() for m in SENT_END_RE.finditer(window)), len(window)]
        pieces = [window[a:b] for a, b in zip(cuts, cuts[1:], strict=False) if window[a:b].strip()]
        for piece in reversed(pieces[-2:]):
            prior = _candidates(piece, lang)
            link(piece, prior, lang)
            found = next(
                (c for c in reversed(prior) if c.keep and c.unit is not None and not c.negated),
                None,
            )
            found = found or noun_cand(piece, len(piece), lang)
            if found is not None:
                return found
        return None

    link(text, cands, lang, earlier)
    return [
        FigureMention(
            value=float(c.value),
            unit=c.unit,
            unit_text=c.unit_text,
            approx=c.approx,
            raw_text=text[c.start : c.end],
            start=c.start,
            end=c.end,
            negated=c.negated,
            kind=figure_kind(c.unit, c.form),
        )
        for c in cands
        if c.keep
    ]
