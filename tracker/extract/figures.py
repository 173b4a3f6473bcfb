"""Figures in news text: value, unit, approximation, span, and whether the text rejects it.

``find_figures("Rund 1.200 Menschen wurden evakuiert.", "de")`` finds one figure: 1200
``person``, approx ``about``, raw text ``"Rund 1.200 Menschen"``.

How it works, in one pass over the text and one pass over its candidates:

1. One precompiled regex finds number candidates: digits (German and English formats),
   German and English number words, and the articles "ein"/"a" where they can be numerals
   ("eine Million", "nur ein Mensch", "a dozen").
2. Each candidate reads its neighbourhood with small anchored regexes: a scale word after it
   ("Mio.", "billion"), a currency before it ("$48"), the counted noun after it (skipping
   adjectives: "26 europäische Länder", "120 new teachers") or in a partitive ("18 der Toten"),
   approximation words before it ("rund", "more than"), a negation ("nicht 120", "not 120").
   Non-figures are dropped here: calendar years, dates, times, ordinals, codes and labels
   ("NW180", "Artikel 5", "page 12"), scores ("3:1", "2-1"), phone numbers, ages, decades.
3. Linking (``figure_links``): ranges ("200 bis 300 Menschen", "200-300 people") and
   contrasts that leave the noun out the second time ("95 new teachers, not 120"; "nicht
   zwei, sondern ein Mensch"; "4,318 votes against 4,247 for X") share the unit; so do a
   rejected value and the asserted one before it ("2,100 households were without power, not
   5,000 as ... claimed"), a partitive pronoun and its antecedent ("352 Verletzte, 99
   davon"; "three of them" after the sentence given as ``context``) and a number opening a
   coordinated clause ("Sechs Menschen liegen im Krankenhaus, drei konnten gehen"). A number
   without a noun takes it from a frame earlier in the sentence ("Die Zahl der Evakuierten
   ist auf 3.500 gestiegen", "the death toll rose to 40"). A vote tally ("by 27 votes to
   14", "mit 31 zu 12 Stimmen") is no figure; the first value of a correction ("korrigierte
   ... von elf auf neun") is rejected; "Fahrten"/"Verbindungen" take the vehicle the
   sentence names ("Die Airline strich 800 Verbindungen": flights).

Decisions: ages ("34-Jähriger", "aged 34", "Peter M. (34)") are not figures, they describe a
person rather than claim a quantity; durations ("drei Jahre") are; "a dozen" is 12 ``about``;
a range gives two figures, ``at_least`` and ``at_most``; fractions ("zwei Drittel") are
skipped; "minus 2,5 Grad" and "-5 Grad" are negative; German "Billion" is 10^12; "über"
after a verb that takes it ("verfügt über 300 Betten") is a preposition, not ``more_than``;
refugees, hostages and prisoners keep their own unit (see the unit lexicon). When unsure the
extractor drops a number: a wrong figure costs more than a missed one.

Word lists and regex tables live in ``figure_rules``. Everything is precompiled; lemmas of
nouns the lexicon does not know come from :mod:`tracker.lemmas` (simplemma's answers from a
dictionary that opens in milliseconds).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tracker.extract.figure_links import Cand, ch, link
from tracker.extract.figure_rules import (
    ADDRESS_RE,
    AFTER_NUMBER_DOT_RE,
    AGE_AFTER_RE,
    AGE_BEFORE_RE,
    AGE_GROUP_BEFORE_RE,
    APPROX,
    COORD_AFTER_RE,
    COORD_BEFORE_RE,
    DASHES,
    DATE_AFTER_RE,
    DATE_BEFORE_RE,
    DE_CAP_STOP,
    DE_STOP,
    DETERMINER_RE,
    EIN_TRIGGER_RE,
    EN_STOP,
    FRACTIONS,
    GLUED_RE,
    INFLECTED_RE,
    LABELS,
    MINUS_RE,
    MIT_RE,
    NAME_COMMA_RE,
    NEG_RE,
    NOT_PLURAL,
    NOUN_NEXT_RE,
    OPENERS,
    ORDINAL_PREV,
    PARTITIVE_DE,
    PARTITIVE_EN,
    PHONE_BEFORE_RE,
    PREFIX_CUR_RE,
    PREV_WORD_RE,
    PRICE_DASH_RE,
    RATIO_RE,
    SCALE_RE,
    SENT_END_RE,
    SENT_START_RE,
    SIGNED_KINDS,
    SYMBOL_RE,
    TIME_EN_RE,
    TIME_RE,
    TIME_REF_AFTER,
    TIME_REF_BEFORE,
    TOKEN_RE,
    TURNS_RE,
    UEBER_PREP,
    VAGUE_RE,
    WEATHER_RE,
    WEIGHT_AFTER_RE,
    YEAR_PREV,
    YEARS_AFTER_RE,
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

__all__ = ["FigureMention", "find_figures"]


@dataclass(frozen=True)
class FigureMention:
    """One figure: ``value`` in plain units (20 percent is 20.0, "$48 million" 48000000.0)."""

    value: float
    unit: str | None
    unit_text: str | None
    approx: str | None
    raw_text: str
    start: int
    end: int
    negated: bool = False


def _lang(language: str) -> str:
    return language if language in ("de", "en") else "xx"


def _prev_word(text: str, pos: int) -> tuple[str, int] | None:
    """The word ending right before ``pos`` (only blanks between) and its start."""
    window = text[max(0, pos - 40) : pos]
    m = PREV_WORD_RE.search(window)
    if m is None:
        return None
    word = m.group("w")
    if word.endswith(".") and word.lower() not in LABELS and word.lower() not in APPROX["xx"]:
        return None  # a sentence ended: "diesmal. 28. Sieg"
    return word, pos - len(window) + m.start("w")


def _at_sentence_start(text: str, pos: int) -> bool:
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


def _scan_unit(
    text: str, pos: int, lang: str, value: float
) -> tuple[str | None, str | None, bool, int, int, str | None] | None:
    """The counted noun after a number: (unit, unit_text, lexical, end, skipped, adjective).

    None means "not a figure" (a fraction such as "zwei Drittel"); a unit of None means no
    noun was found. ``skipped`` counts the adjectives stepped over.
    """
    tokens: list[tuple[str, int, int]] = []
    p = pos
    while len(tokens) < 7:
        m = TOKEN_RE.match(text, p)
        if m is None or m.group("w") is None:
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
                    if lookup_phrase([word], "en") is not None:
                        return None  # an English title in German text: "für 45 Years"
                    return lemma_unit(word, "de"), word, False, tokens[i][2], skipped, adjective
                return None, None, False, pos, skipped, None
            if low in DE_STOP or (lang == "xx" and low in EN_STOP):
                break
        else:
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
        hit = lookup_phrase(noun.split(), lang)
        if (
            hit is not None
            and hit[0].kind == "count"
            and not (lang == "de" and not noun[:1].isupper())
        ):
            words = noun.split()[: hit[1]]
            return hit[0].unit, " ".join(words)
    return None


def _find_approx(text: str, pos: int, lang: str) -> tuple[str, int] | None:
    """Approximation phrase ending right before ``pos``: (code, start)."""
    table = APPROX[lang]
    window = text[max(0, pos - 32) : pos]
    stripped = window.rstrip()
    if len(stripped) == len(window) and window:
        return None  # no blank between the words and the number
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


def _analyse(text: str, m: re.Match[str], lang: str) -> Cand | None:
    """Turn one regex candidate into a figure candidate, or None for a non-figure."""
    groups = m.groupdict()
    kind_word = False
    lenient = False
    article = False
    if groups.get("d") is not None:
        core, ns, ne = m.group("d"), m.start("d"), m.end("d")
        value = parse_digits(core, lang)
        if value is None:
            value = parse_digits(core, lang, lenient=True)
            lenient = True
            if value is None:
                return None
        plain_int = core.isdigit()
    else:
        plain_int = False
        kind_word = True
        ns, ne = m.span()
        core = m.group()
        if groups.get("ein") is not None or groups.get("a") is not None:
            article = True
            value = 1.0
        elif groups.get("w") is not None:
            if core[:1].isupper() and not _at_sentence_start(text, ns):
                return None
            if core.lower() == "eins":
                return None
            parsed = parse_de_words(core)
            if parsed is None:
                return None
            value = parsed
        else:
            if core[:1].isupper() and not _at_sentence_start(text, ns):
                return None  # "The Twelve Days of Christmas"
            parsed = parse_en_words(core)
            if parsed is None:
                return None
            value = parsed
    cand = Cand(value, ns, ne, ns, ne)

    # Signs, dashes and codes glued to the number.
    before = text[ns - 1] if ns else ""
    if before and before in DASHES and not kind_word:
        before2 = text[ns - 2] if ns >= 2 else " "
        if before2.isalpha():
            return None  # COVID-19, F-35
        if before2.isdigit():
            cand.dash_prev = True
        elif before in "-−" and (before2.isspace() or before2 in "(["):
            cand.value = -cand.value
            cand.start = cand.num_start = ns - 1
        elif not before2.isspace():
            return None  # "(-20,14,-23,20)": a list of set scores
    if ch(text, ne) in DASHES and ch(text, ne + 1).isalpha():
        return None  # "5-Jahres-Plan", "34-Jährige", "10-year-old"
    if (ch(text, ne) in "’′'" and ch(text, ne + 1).isdigit()) or (
        ch(text, ns - 1) in "’′'" and ch(text, ns - 2).isdigit()
    ):
        return None  # feet and inches: "6’2″"
    cand.dash_next = ch(text, ne) in DASHES and ch(text, ne + 1).isdigit()

    # Currency before, scale word after.
    prefix = None
    cm = PREFIX_CUR_RE.search(text[max(0, cand.start - 6) : cand.start])
    if cm is not None and not article:
        prefix = cm.group("c")
        cand.start -= len(cm.group()) if cand.start >= len(cm.group()) else 0
    suffix = groups.get("suf")
    scale: float | None = None
    pos = ne + len(suffix or "")
    if suffix == "m" and not prefix:
        after = _scan_unit(text, pos, lang, 2.0)
        if after is not None and after[2] and unit_kind(after[0]) == "count":
            prefix_less_million = True  # "2.1m children": million, not metres
        else:
            prefix_less_million = False
    else:
        prefix_less_million = False
    if suffix in ("bn", "mn") or (suffix in ("m", "k") and prefix) or prefix_less_million:
        scale = scale_value(suffix or "", lang)
        suffix = None
    elif suffix == "k":
        return None
    elif suffix == "C":
        window = text[max(0, ns - 80) : ns]
        if lang == "de" or not -90 <= value <= 60 or not WEATHER_RE.search(window):
            return None  # "41.2C" in an English weather report, not "grade 3C"
    if scale is None:
        sm = SCALE_RE.match(text, pos)
        if sm is not None:
            scale = scale_value(sm.group("s"), lang)
            pos = sm.end()
    if article and scale is None and groups.get("a") is not None:
        return None
    if scale is not None:
        if scale == 12.0 and value == 1 and article:
            cand.approx = "about"  # "a dozen", "ein Dutzend"
        cand.value *= scale
        cand.scale = scale
    if PRICE_DASH_RE.match(text, pos):
        pos += 2  # "5,- Euro"
    cand.num_end = pos
    cand.end = pos

    # The unit.
    if prefix is not None:
        code = prefix_currency(prefix)
        cand.unit, cand.unit_text, cand.lexical = code, prefix, True
        skipped = 0
    elif suffix:
        unit = lookup_symbol("°C" if suffix == "C" else suffix)
        cand.unit, cand.unit_text, cand.lexical = unit, suffix, True
        skipped = 0
    else:
        sym = SYMBOL_RE.match(text, pos)
        if sym is not None and not (sym.group("s") == "t" and lang == "en"):
            cand.unit, cand.unit_text, cand.lexical = (
                lookup_symbol(sym.group("s").replace(" ", "")) or lookup_symbol(sym.group("s")),
                sym.group("s"),
                True,
            )
            cand.end = sym.end()
            skipped = 0
        else:
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
            elif not (kind_word and core.lower() == "one"):
                part = _partitive(text, pos, lang)
                if part is not None:
                    cand.unit, cand.unit_text, cand.lexical = part[0], part[1], True
                    cand.partitive = True
    kind = unit_kind(cand.unit)
    if cand.value < 0 and kind not in SIGNED_KINDS:
        return None  # a dash before a count is a bullet or a set score: "(-20,14,-23,20)"
    if lenient and not (scale is not None or (cand.lexical and kind != "time")):
        return None
    if article and not _article_is_numeral(text, cand, kind, scale, groups.get("ein")):
        return None

    # Approximation and negation, read leftwards from the start.
    ap = _find_approx(text, cand.start, lang)
    if ap is not None:
        code, ap_start = ap
        phrase = text[ap_start : cand.start].strip().lower()
        if phrase in ("über", "over") and UEBER_PREP.search(text[max(0, ap_start - 60) : ap_start]):
            ap = None
        elif phrase == "some" and kind_word:
            ap = None
        else:
            if cand.approx is None:
                cand.approx = code
            cand.start = ap_start
    minus = MINUS_RE.search(text[max(0, cand.start - 8) : cand.start])
    if minus is not None and kind in SIGNED_KINDS and cand.value > 0:
        cand.value = -cand.value  # "minus 2,5 Grad"
        cand.start -= len(minus.group())
    neg_window = text[max(0, cand.start - 24) : cand.start]
    if NEG_RE.search(neg_window):
        cand.negated = True

    if not _plausible(text, cand, lang, core, plain_int, kind_word, kind, skipped, ap, prefix):
        return None
    return cand


def _article_is_numeral(
    text: str, cand: Cand, kind: str | None, scale: float | None, ein: str | None
) -> bool:
    """Whether "ein"/"one"/"a" counts: "eine Million", "nur ein Mensch", "ein Prozent"."""
    if scale is not None:
        return True
    if not cand.lexical or cand.unit is None:
        return False
    left = text[max(0, cand.num_start - 30) : cand.num_start]
    if ein is not None:
        if kind in ("money", "measure", "percent"):
            return True
        if re.match(r"\s+einzige", text[cand.num_end : cand.num_end + 10]):
            return True
        if COORD_AFTER_RE.match(text, cand.end) or COORD_BEFORE_RE.search(left):
            return True  # "ein Mann und zwei Frauen", "zwei Frauen und ein Mann"
        return EIN_TRIGGER_RE.search(left) is not None
    return False


def _plausible(
    text: str,
    cand: Cand,
    lang: str,
    core: str,
    plain_int: bool,
    kind_word: bool,
    kind: str | None,
    skipped: int,
    ap: tuple[str, int] | None,
    prefix: str | None,
) -> bool:
    """The non-figure filters: years, dates, times, ordinals, labels, ages, addresses."""
    ns, ne = cand.num_start, cand.num_end
    value = cand.value
    prev = _prev_word(text, cand.start if ap is None else ns)
    prev_low = prev[0].lower() if prev else ""
    left = text[max(0, ns - 30) : ns]
    money_or_measure = kind in ("money", "measure", "percent")

    if not kind_word:
        nxt = text[ne : ne + 1]
        if nxt == "." and lang != "en":
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
        if plain_int and value == int(value) and 1 <= value <= 31:
            if DATE_AFTER_RE.match(text, ne) or DATE_BEFORE_RE.search(left):
                return False
        if TIME_RE.match(text, ne) or (lang != "de" and TIME_EN_RE.match(text, ne)):
            return False
        if plain_int and len(core) == 4 and 1000 <= value <= 2100 and prefix is None:
            if lang == "en" or prev_low in YEAR_PREV:
                if not money_or_measure:
                    return False
            elif not (cand.lexical and cand.inflected):
                return False
        if prev and prev[0] == "§":
            return False
        if PHONE_BEFORE_RE.search(left) or (plain_int and len(core) >= 7 and not cand.lexical):
            return False  # phone numbers and identifiers: "030 1234567", "Az. 4711235"
    direct = cand.lexical and not cand.partitive
    if prev and prev_low in LABELS and ap is None and not direct:
        return False  # "Seite 12", "Warnstufe zwei", "Platz 149 von 180 Staaten"
    if ch(text, ne) in DASHES and ch(text, ne + 1).isspace() and cand.end == ne:
        return False  # a truncated compound: "bei den 30- bis 49-Jährigen"
    if text.startswith(("'s", "’s"), cand.end) and cand.unit is None:
        return False  # a name: "311's first album"
    if kind_word and VAGUE_RE.search(left):
        return False  # "mehrere hundert Meter", "several thousand"
    if RATIO_RE.search(left) or AGE_BEFORE_RE.search(left):
        return False
    if kind == "time" and value < 130 and AGE_AFTER_RE.match(text, cand.end):
        return False  # a person's age; "126 Millionen Jahre alt" stays a figure
    if kind == "time" and lang in TIME_REF_AFTER:
        before = _prev_word(text, cand.start)
        if (before and before[0].lower() in TIME_REF_BEFORE[lang]) or TIME_REF_AFTER[lang].match(
            text, cand.end
        ):
            return False  # "vor zwei Jahren", "zwei Tage nach", "two years ago": when, not what
    if AGE_GROUP_BEFORE_RE.search(text[max(0, ns - 60) : ns]) and YEARS_AFTER_RE.match(text, ne):
        return False  # "Jugendliche zwischen 16 und 21 Jahren": ages
    if cand.unit == "year" and MIT_RE.search(left) and not NOUN_NEXT_RE.match(text, cand.end):
        return False  # "mit 83 Jahren gestorben" is an age, "mit 3 Jahren Verspätung" is not
    if cand.unit is None:
        if ch(text, ns - 1) in "'\"‘’“”„" and ch(text, ne) in "'\"‘’“”":
            return False  # a quoted bare number is a name: "the '33' on the label"
        if ch(text, ns - 1) == "(" and ch(text, ne) in ")," and ap is None and value < 130:
            return False  # "Peter M. (34)", "Porto (10)"
        if TURNS_RE.search(left):
            return False
        if ch(text, ne) == ")" and left.rfind("(") <= left.rfind(")"):
            return False  # an enumeration: "4) Ab 23.25 Uhr: ..."
        if value < 110 and text[ne : ne + 1] == "," and NAME_COMMA_RE.search(left):
            return False  # "Angelika, 41, verdient ...": an age
        if prev and ap is None and prefix is None and not kind_word:
            word, w_start = prev
            if not word.islower() and (
                not _at_sentence_start(text, w_start) or word.lower() not in OPENERS
            ):
                cand.label_risk = True  # "Windows 11", "iOS 17", "Hauptstraße 12"
    if (not cand.lexical) and prev and ap is None and not kind_word and cand.unit is not None:
        word, w_start = prev
        if not word.islower() and not _at_sentence_start(text, w_start) and lang != "de":
            return False  # "Boeing 737 Max"
    if lang != "de" and ADDRESS_RE.match(text, ne) and cand.unit in (None, "road"):
        return False
    if kind_word and core.lower() == "one":
        if not cand.lexical or DETERMINER_RE.search(left):
            return False
        if cand.unit == "day":
            return False
    if cand.unit is None and kind_word and core.lower() in ("ein", "eine", "a", "an"):
        return False
    return True


# ---------------------------------------------------------------------------------- public


def _candidates(text: str, lang: str) -> list[Cand]:
    """The figure candidates of ``text``, linked (see :mod:`tracker.extract.figure_links`)."""
    cands: list[Cand] = []
    last_end = -1
    for m in candidate_re(lang).finditer(text):
        if m.start() < last_end:
            continue
        cand = _analyse(text, m, lang)
        if cand is None:
            continue
        if cands and cand.start < cands[-1].end:
            continue  # overlapping readings: keep the first
        cands.append(cand)
        last_end = cand.end
    return cands


def find_figures(text: str, language: str, *, context: str | None = None) -> list[FigureMention]:
    """All figures in ``text`` in order of appearance. ``language``: "de", "en" or other.

    Offsets are character offsets into ``text``; ``raw_text == text[start:end]`` always.
    For a language other than German or English both languages' rules are tried.
    ``context`` is the sentence before ``text``, if any: a partitive pronoun with no
    antecedent in ``text`` ("Elf von ihnen ...", "Three of them ...") takes the unit of the
    last counted figure there.
    """
    lang = _lang(language)
    cands = _candidates(text, lang)

    def earlier() -> Cand | None:
        if not context:
            return None
        last = context[-300:]
        ends = list(SENT_END_RE.finditer(last))
        if ends:
            last = last[ends[-1].end() :]
        prior = _candidates(last, lang)
        link(last, prior, lang)
        return next(
            (c for c in reversed(prior) if c.keep and c.unit is not None and not c.negated), None
        )

    link(text, cands, lang, earlier)
    return [
        FigureMention(
            value=c.value,
            unit=c.unit,
            unit_text=c.unit_text,
            approx=c.approx,
            raw_text=text[c.start : c.end],
            start=c.start,
            end=c.end,
            negated=c.negated,
        )
        for c in cands
        if c.keep
    ]
