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
3. Linking: ranges ("200 bis 300 Menschen", "200-300 people") and contrasts that leave the
   noun out the second time ("95 new teachers, not 120"; "nicht zwei, sondern ein Mensch")
   share the unit; a number without a noun takes it from a frame earlier in the sentence
   ("Die Zahl der Evakuierten ist auf 3.500 gestiegen", "the death toll rose to 40").

Decisions: ages ("34-Jähriger", "aged 34", "Peter M. (34)") are not figures, they describe a
person rather than claim a quantity; durations ("drei Jahre") are; "a dozen" is 12 ``about``;
a range gives two figures, ``at_least`` and ``at_most``; fractions ("zwei Drittel") are
skipped; "minus 2,5 Grad" and "-5 Grad" are negative; German "Billion" is 10^12; "über"
after a verb that takes it ("verfügt über 300 Betten") is a preposition, not ``more_than``;
refugees, hostages and prisoners keep their own unit (see the unit lexicon). When unsure the
extractor drops a number: a wrong figure costs more than a missed one.

Everything is precompiled; the only heavy library, simplemma, is loaded on the first noun the
lexicon does not know (about 1.7 s once per process).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from tracker.extract.numbers import (
    DE_WORD_NUMBER,
    DIGITS,
    EN_WORD_NUMBER,
    SCALE,
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


# ------------------------------------------------------------------------------ word lists

_APPROX_DE = {
    "about": "rund etwa ungefähr ca. circa zirka cirka annähernd schätzungsweise geschätzt "
    "geschätzte|geschätzten|gegen_etwa",
    "more_than": "mehr_als über gut weit_über deutlich_über deutlich_mehr_als weit_mehr_als "
    "knapp_über knapp_mehr_als etwas_mehr_als gut_über",
    "less_than": "knapp fast beinahe nahezu weniger_als unter knapp_unter keine nicht_einmal "
    "nicht_ganz knapp_weniger_als etwas_weniger_als deutlich_weniger_als weit_weniger_als "
    "deutlich_unter",
    "at_least": "mindestens wenigstens zumindest nicht_weniger_als nicht_unter",
    "at_most": "bis_zu höchstens maximal nicht_mehr_als bis bis_maximal nicht_über",
}
_APPROX_EN = {
    "about": "about around roughly approximately approx. some an_estimated estimated circa "
    "ca. round_about",
    "more_than": "more_than over above upwards_of in_excess_of well_over just_over just_above "
    "well_above greater_than",
    "less_than": "nearly almost less_than fewer_than under below just_under just_below "
    "well_under close_to not_quite not_even just_shy_of shy_of",
    "at_least": "at_least no_fewer_than no_less_than not_less_than a_minimum_of",
    "at_most": "up_to at_most no_more_than not_more_than a_maximum_of as_many_as",
}


def _approx_table(*tables: dict[str, str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for table in tables:
        for code, words in table.items():
            for word in re.split(r"[\s|]+", words):
                if word:
                    out[word.replace("_", " ")] = code
    return out


_APPROX = {
    "de": _approx_table(_APPROX_DE),
    "en": _approx_table(_APPROX_EN),
    "xx": _approx_table(_APPROX_DE, _APPROX_EN),
}

_DE_STOP = frozenset(
    """und oder aber sondern der die das den dem des ein eine einen einem einer eines in im an
    am auf aus bei beim mit nach von vom vor zu zum zur über unter um für gegen ohne durch bis
    seit wegen als wie so dass ob wenn weil ist sind war waren wurde wurden werden wird worden
    hat haben hatte hatten habe hätten seien sei soll sollen sollte sollten kann können konnte
    konnten muss müssen musste mussten will wollen wollte wollten darf dürfen mehr weniger pro
    je jeweils insgesamt bereits schon noch nur auch sogar etwa rund nicht kein keine keinen es
    sie er wir ihr man sich da hier dort heute gestern morgen jetzt nun dann damit davon
    darunter zufolge laut zwischen hinzu gibt gab kamen kommen kommt sowie bzw mal gegenüber
    statt innerhalb außerhalb oberhalb unterhalb binnen während nach seitdem zuvor seiner seine
    seinen seinem seines ihrer ihre ihren ihrem ihres unser unsere unserer unseren unserem
    dieser diese diesen diesem dieses jener jene jenen welche welcher meiner meine deren
    dessen""".split()
)
_EN_STOP = frozenset(
    """and or but nor of the a an in on at to from by with for as than that which who whom
    whose were was is are be been being have has had will would could should may might can
    must did do does said says say more less fewer per each this these those their his her its
    our your my they we he she it them us not no so such about after before during since until
    into onto over under between among against like including while when where if because
    across through ago last next out up down off also already still just only even now then
    there here all both other another same via around some any every what how why again too
    far away back total overall respectively apiece each""".split()
)
_DE_CAP_STOP = frozenset(
    """Januar Februar März April Mai Juni Juli August September Oktober November Dezember
    Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag Uhr Ende Anfang Mitte""".split()
)
_NOT_PLURAL = frozenset(
    """overseas perhaps always towards afterwards sometimes besides whereas nowadays news
    series species lens bus gas""".split()
)
_FRACTIONS = frozenset(
    """drittel viertel fünftel sechstel achtel zehntel hälfte third thirds quarter quarters
    fifth fifths sixth sixths tenth tenths half halves""".split()
)
_LABELS = frozenset(
    """paragraf paragraph paragraphen artikel art. seite seiten s. page pages p. pp. nr. nr no.
    nummer number bus buslinie linie line route tram straßenbahn platz rang gleis kapitel
    chapter abschnitt section absatz abs. ziffer zimmer room raum saal halle hall terminal gate
    flug flight zug stufe warnstufe alarmstufe level kategorie category klasse class version
    staffel season folge episode teil part band vol. volume heft ausgabe issue jahrgang
    bundesstraße autobahn landesstraße kreisstraße highway interstate tel. tel telefon fax
    phone top formel formula liga league gruppe group kanal channel block reaktor reactor sektor
    sector zone spieltag matchday runde round etappe stage minute schritt step windstärke
    ebene phase modell model typ type tag woche stärke kategorie dial call calling dialing
    dialling dialed wählen wählte game
    spiel psalm vers verse lane gleis""".split()
)
# Capitalised words that may open a sentence right before a bare number ("Insgesamt 40").
_OPENERS = (
    _DE_STOP
    | _EN_STOP
    | frozenset(
        """insgesamt bislang bisher zuletzt zudem damals heute mittlerweile inzwischen allein
        weitere weiteren demnach davon darunter zusammen total altogether another nur only
        knapp fast rund etwa über mehr nearly almost about around exakt genau exactly
        mindestens höchstens maximal""".split()
    )
)
_ORDINAL_PREV = frozenset(
    """der die das den dem des am im zum zur vom beim ihr ihre ihrem ihren sein seine seinem
    seinen jeder jede jedes dieser diese diesem diesen ab bis""".split()
)
_YEAR_PREV = frozenset(
    """seit im in bis ab von vom jahr jahres jahre jahren ende anfang mitte sommer herbst
    winter frühjahr frühling since until by from year early late mid spring summer autumn fall
    winter during januar februar märz april mai juni juli august september oktober november
    dezember january february march may june july october december zwischen between""".split()
)
_MONTHS = (
    r"Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember"
    r"|January|February|March|May|June|July|October|December"
    r"|Jan\.?|Feb\.?|Mär\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Okt\.?|Oct\.?|Nov\.?|Dez\.?|Dec\.?"
)
_UEBER_PREP = re.compile(
    r"\b(?:bericht|sprech|sprach|sprich|diskut|entscheid|entschied|verfüg|informier|verhandel"
    r"|berat|beriet|abstimm|stimmt\w*\s+ab|urteil|klag|nachdenk|nachgedacht|redet|reden|spekul"
    r"|freu|ärger|beschwer|streit|stritt|einig|geeinigt|wach|herrsch|schreib|schrieb|erfahr"
    r"|argue|fight|fought|disput|clash|worr|concern)\w*\s+(?:\S+\s+){0,6}$",
    re.IGNORECASE,
)

# ------------------------------------------------------------------------------ regexes

_SUFFIX = r"km/h|kmh|km²|kWh|MWh|GWh|TWh|bn|mn|km|kg|cm|mm|m²|m³|ha|kW|MW|GW|mph|m|k|(?-i:C)"
_WEATHER_RE = re.compile(
    r"temperat|heat|hot|cold|warm|degree|freez|frost|weather|forecast|high\s+of|low\s+of"
    r"|reach|soar|climb|rose|fell|drop|record",
    re.IGNORECASE,
)
_DIGIT_ALT = (
    rf"(?<![\w.,:/+#@&])(?P<d>{DIGITS})(?P<suf>{_SUFFIX})?(?![\w]|[.,]\d|:\d|/\d|[ \u00a0]\d)"
)
_DE_WORD_ALT = rf"(?<![\w-])(?P<w>{DE_WORD_NUMBER})(?![\w]|[-‐]\w)"
_EN_WORD_ALT = rf"(?<![\w-])(?P<e>{EN_WORD_NUMBER})(?![\w]|[-‐]\w)"
_EIN_ALT = r"(?<![\w-])(?P<ein>(?-i:[Ee]in(?:e[nmrs]?)?))(?=\s+(?-i:[A-ZÄÖÜ%€$]|einzig))"
_A_ALT = r"(?<![\w-])(?P<a>an?)(?=\s+(?:million|billion|trillion|dozen)\b)"
# Each alternative starts at a word boundary with one of these characters: checking them
# first lets the regex engine skip most positions cheaply (the scan dominates the run time).
_FIRST = {"de": "0-9adefhnstvz", "en": "0-9aefnostw", "xx": "0-9adefhnostvwz"}
_ALTERNATIVES = {
    "de": f"{_DIGIT_ALT}|{_DE_WORD_ALT}|{_EIN_ALT}",
    "en": f"{_DIGIT_ALT}|{_EN_WORD_ALT}|{_A_ALT}",
    "xx": f"{_DIGIT_ALT}|{_DE_WORD_ALT}|{_EN_WORD_ALT}|{_EIN_ALT}|{_A_ALT}",
}


@cache
def _candidate_re(lang: str) -> re.Pattern[str]:
    """The candidate regex for one language, compiled on first use (import stays cheap)."""
    return re.compile(rf"\b(?=[{_FIRST[lang]}])(?:{_ALTERNATIVES[lang]})", re.IGNORECASE)


_SCALE_RE = re.compile(rf"[ \u00a0\u202f]*(?P<s>{SCALE})(?![^\W\d_])")
_VAGUE_RE = re.compile(
    r"\b(?:mehrere|einige|ein\s+paar|viele|etliche|zig|several|a\s+few|many|few)\s+$",
    re.IGNORECASE,
)
_PREFIX_CUR_RE = re.compile(
    r"(?P<c>US-?\$|AU?\$|CA?\$|HK\$|NZ\$|\$|€|£|¥|₽|₴|₹|₪"
    r"|(?<![A-Za-z])(?:EUR|USD|GBP|CHF|JPY|CNY|RUB|UAH|PLN|sFr\.|Fr\.))[ \u00a0]?$"
)
_SYMBOL_RE = re.compile(
    r"[ \u00a0\u202f]?(?P<s>%|‰|°\s?[CF]\b|°|€|\$|£|¥|₽|₴|₹|₪|¢|zł"
    r"|(?:EUR|USD|GBP|CHF|JPY|CNY|RMB|RUB|UAH|PLN|Ct\.|ct|km/h|kmh|km²|km|m²|m³|mm|cm|m|ha|kg|t"
    r"|kWh|MWh|GWh|TWh|kW|MW|GW|mph|PS|qkm|qm|sFr\.)(?!\w))"
)
_TOKEN_RE = re.compile(
    r"[ \t\u00a0\u202f]*(?:(?P<w>[^\W\d_](?:[\w'’]*\w)?(?:[-‐][\w'’]*\w)*)|(?P<o>\S|\n))"
)
_PREV_WORD_RE = re.compile(r"(?P<w>§|[^\W\d_][\w'’.-]*)[ \u00a0]*$")
_NEG_RE = re.compile(
    r"(?:\bnicht|\bnot|\bstatt|\banstatt|\banstelle\s+von|\binstead\s+of|\brather\s+than|\bnor)"
    r"\s+(?:(?:der|die|den|the)\s+)?$",
    re.IGNORECASE,
)
_AFTER_NUMBER_DOT_RE = re.compile(r"(?P<w>[^\W\d_]+)\s+\d[\d.,]*\.\s+$")
_SENT_START_RE = re.compile(r"(?:^|(?<!\d)[.!?:;]['\"“”»«)]?\s+|['\"„“«»(\[–—-]\s*|\n\s*)$")
_TIME_RE = re.compile(
    r"\s*(?:Uhr\b|Ortszeit|MEZ|MESZ|GMT|UTC|CET|CEST|EST|EDT|PST|BST|a\.m\.|p\.m\.|o'clock)"
)
_TIME_EN_RE = re.compile(r"\s*(?:am|pm|AM|PM)\b")
_DATE_AFTER_RE = re.compile(rf"\.?\s*(?:{_MONTHS})(?![\w])")
_DATE_BEFORE_RE = re.compile(rf"(?:{_MONTHS})\s*$")
_AGE_AFTER_RE = re.compile(r"\s+(?:alt|alte[nmrs]?|jung|old)\b")
_AGE_BEFORE_RE = re.compile(
    r"(?:\baged?|\bages|\bage\s+of|\bAlter(?:\s+von|\s+zwischen|:)?)\s+(?:\d+\s+(?:und|bis|and|to)\s+)?$",
    re.I,
)
_PHONE_BEFORE_RE = re.compile(r"(?:^|[^\d.,])(?:\+\d+|0\d+)[ /\-]?$")
_GLUED_RE = re.compile(r"([A-ZÄÖÜ][a-zäöüß]{2,})[A-ZÄÖÜ][a-zäöüß]")
_WEIGHT_AFTER_RE = re.compile(r"\s+(?:of|overweight|underweight|heavier|lighter)\b")
_PRICE_DASH_RE = re.compile(r",[-–](?=\s*(?:Euro|EUR|€|CHF|Fr\.|DM|$|[.;)]))")
_MINUS_RE = re.compile(r"\b(?:minus|Minus)\s+$")
_SIGNED_KINDS = frozenset({"measure", "percent", "money"})
_INFLECTED_RE = re.compile(r"(?:e|en|er|es|em)$")
_AGE_GROUP_BEFORE_RE = re.compile(
    r"(?:Kinder|Jugendliche|Männer|Frauen|Mädchen|Jungen|Menschen|Personen|Schüler|Erwachsene"
    r"|Senioren|Patienten|Bürger|children|men|women|people|adults|teenagers|girls|boys)\w*\s+"
    r"(?:im\s+Alter\s+|aged\s+)?(?:zwischen|von|ab|unter|über|bis|between|from|under|over)\s+"
    r"(?:\d+\s*(?:und|bis|and|to|-|–)\s*)?$"
)
_YEARS_AFTER_RE = re.compile(r"(?:\s*(?:und|bis|and|to|-|–)\s*\d+)?\s+(?:Jahre|Jahren|years)\b")
_MIT_RE = re.compile(r"\b[Mm]it\s+$")
_NOUN_NEXT_RE = re.compile(r"\s+[A-ZÄÖÜ]")
_NAME_COMMA_RE = re.compile(r"[A-ZÄÖÜ][\w.-]+,\s*$")
_TURNS_RE = re.compile(r"\b(?:wird|wurde|turns|turned|turning)\s+$")
_RATIO_RE = re.compile(r"\b(?:one|1|einer?)\s+(?:in|out\s+of)\s+(?:every\s+)?$", re.IGNORECASE)
_ADDRESS_RE = re.compile(
    r"\s+(?:[A-Z][\w'-]+\s+){1,2}(?:Street|St\.|Road|Rd\.|Avenue|Ave\.|Lane|Boulevard|Drive"
    r"|Place|Square|Way)\b"
)
_DETERMINER_RE = re.compile(
    r"\b(?:the|this|that|any|every|no|each|which|another|only\s+the)\s+$", re.IGNORECASE
)
_SMALL = r"(?:\d[\d.,]*|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|\w+zig)"
_COORD_AFTER_RE = re.compile(rf"\s*(?:,|und|sowie|oder)\s+(?:weitere\s+)?{_SMALL}\s", re.I)
_COORD_BEFORE_RE = re.compile(rf"\b{_SMALL}\s+[A-ZÄÖÜ]\w+\s+(?:und|sowie|oder)\s+$", re.I)
_EIN_TRIGGER_RE = re.compile(
    r"\b(?:nur|lediglich|genau|exakt|sondern|mindestens|höchstens|maximal|knapp|mehr\s+als"
    r"|weniger\s+als|bloß|gerade\s+einmal|gerade\s+mal)\s+$",
    re.IGNORECASE,
)
_NUM_IN = r"(?:\d[\d.,]*\d|\d)"
_PARTITIVE_DE = re.compile(
    r"\s+(?:der|unter|von(?=\s+(?:den|insgesamt|\d)))\s+"
    r"(?:(?:den|insgesamt|rund|etwa|mehr\s+als|knapp|über|allen|aller|bislang|bisher)\s+)*"
    rf"(?:{_NUM_IN}\s+(?:[a-zäöüß]+\s+)?|[a-zäöüß]+\s+){{0,2}}(?P<n>[A-ZÄÖÜ][\w-]*)"
)
_PARTITIVE_EN = re.compile(
    r"\s+of\s+(?:(?:the|these|those|its|their|all|about|some|more\s+than|nearly|around"
    r"|approximately|roughly|an\s+estimated)\s+)*"
    rf"(?:{_NUM_IN}\s+(?:[a-z]+\s+)?|[a-z]+\s+){{0,2}}(?P<n>[A-Za-z][\w-]*(?:\s+[a-z]+)?)"
)
_FRAME_DE = re.compile(
    r"\b(?:[Aa]n)?[Zz]ahl\s+(?:der|an|von)\s+(?:[a-zäöüß]+(?:e|en|er|es|em)\s+){0,2}"
    r"(?P<n>[A-ZÄÖÜ][\w-]*)"
    r"|\b(?P<c>[A-ZÄÖÜ][a-zäöüß]+?)(?:zahl|zahlen)\b"
)
_FRAME_EN = re.compile(
    r"\bnumber\s+of\s+(?:[a-z]+\s+){0,2}?(?P<n>[a-z]+(?:\s+[a-z]+)?)"
    r"|\b(?P<t>death\s+toll|casualty\s+toll|toll)\b",
    re.IGNORECASE,
)
_SENT_END_RE = re.compile(r"[.!?][\"“”»«')]*\s+(?=[A-ZÄÖÜ\"„“«»(])|\n")
_DASHES = "-‐–−"


@dataclass
class _Cand:
    value: float
    start: int
    end: int
    num_start: int
    num_end: int
    unit: str | None = None
    unit_text: str | None = None
    lexical: bool = False
    approx: str | None = None
    negated: bool = False
    scale: float | None = None
    dash_prev: bool = False
    dash_next: bool = False
    label_risk: bool = False
    partitive: bool = False
    inflected: bool = True
    keep: bool = True


def _lang(language: str) -> str:
    return language if language in ("de", "en") else "xx"


def _ch(text: str, i: int) -> str:
    """The character at ``i``, or NUL outside the text (never ``in`` any character set)."""
    return text[i] if 0 <= i < len(text) else "\x00"


def _prev_word(text: str, pos: int) -> tuple[str, int] | None:
    """The word ending right before ``pos`` (only blanks between) and its start."""
    window = text[max(0, pos - 40) : pos]
    m = _PREV_WORD_RE.search(window)
    if m is None:
        return None
    word = m.group("w")
    if word.endswith(".") and word.lower() not in _LABELS and word.lower() not in _APPROX["xx"]:
        return None  # a sentence ended: "diesmal. 28. Sieg"
    return word, pos - len(window) + m.start("w")


def _at_sentence_start(text: str, pos: int) -> bool:
    """Whether ``pos`` starts a sentence (or a quote, a bracket, a line).

    After "N. " it does only when N ended a sentence ("stieg auf 40. Drei ..."), not in a
    ranking ("36. Rehrl") or a date ("am 3. Oktober").
    """
    if _SENT_START_RE.search(text[max(0, pos - 6) : pos]) is not None:
        return True
    m = _AFTER_NUMBER_DOT_RE.search(text[max(0, pos - 40) : pos])
    if m is None:
        return False
    word = m.group("w")
    return word.islower() and word not in _ORDINAL_PREV


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
        m = _TOKEN_RE.match(text, p)
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
        glued = _GLUED_RE.match(word)
        if glued is not None:  # a missing space in the source: "30 SchiffeNeue Gespräche"
            word, w_end = glued.group(1), w_start + glued.end(1)
            tokens[i] = (word, w_start, w_end)
            del tokens[i + 1 :]
        low = word.lower()
        if low in _FRACTIONS:
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
            if nxt_low not in _EN_STOP and not nxt_low.endswith("ed"):
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
                if word in _DE_CAP_STOP:
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
            if low in _DE_STOP or (lang == "xx" and low in _EN_STOP):
                break
        else:
            if low in _EN_STOP:
                break
            if (
                lang == "en"
                and value != 1
                and len(low) > 3
                and low.endswith("s")
                and not low.endswith(("ss", "us", "is", "'s", "’s"))
                and low not in _NOT_PLURAL
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
    regexes = {"de": (_PARTITIVE_DE,), "en": (_PARTITIVE_EN,)}.get(
        lang, (_PARTITIVE_DE, _PARTITIVE_EN)
    )
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
    table = _APPROX[lang]
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


def _analyse(text: str, m: re.Match[str], lang: str) -> _Cand | None:
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
    cand = _Cand(value, ns, ne, ns, ne)

    # Signs, dashes and codes glued to the number.
    before = text[ns - 1] if ns else ""
    if before and before in _DASHES and not kind_word:
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
    if _ch(text, ne) in _DASHES and _ch(text, ne + 1).isalpha():
        return None  # "5-Jahres-Plan", "34-Jährige", "10-year-old"
    if (_ch(text, ne) in "’′'" and _ch(text, ne + 1).isdigit()) or (
        _ch(text, ns - 1) in "’′'" and _ch(text, ns - 2).isdigit()
    ):
        return None  # feet and inches: "6’2″"
    cand.dash_next = _ch(text, ne) in _DASHES and _ch(text, ne + 1).isdigit()

    # Currency before, scale word after.
    prefix = None
    cm = _PREFIX_CUR_RE.search(text[max(0, cand.start - 6) : cand.start])
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
        if lang == "de" or not -90 <= value <= 60 or not _WEATHER_RE.search(window):
            return None  # "41.2C" in an English weather report, not "grade 3C"
    if scale is None:
        sm = _SCALE_RE.match(text, pos)
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
    if _PRICE_DASH_RE.match(text, pos):
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
        sym = _SYMBOL_RE.match(text, pos)
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
                    skipped == 1 and _INFLECTED_RE.search(adjective or "") is not None
                )
                if adjective and unit_kind(unit) == "money":
                    cand.unit = currency_for_adjective(unit, adjective) or unit
                if unit == "GBP" and _WEIGHT_AFTER_RE.match(text, end):
                    cand.unit = "pound"  # "300 pounds of cocaine" is a weight
            elif not (kind_word and core.lower() == "one"):
                part = _partitive(text, pos, lang)
                if part is not None:
                    cand.unit, cand.unit_text, cand.lexical = part[0], part[1], True
                    cand.partitive = True
    kind = unit_kind(cand.unit)
    if cand.value < 0 and kind not in _SIGNED_KINDS:
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
        if phrase in ("über", "over") and _UEBER_PREP.search(
            text[max(0, ap_start - 60) : ap_start]
        ):
            ap = None
        elif phrase == "some" and kind_word:
            ap = None
        else:
            if cand.approx is None:
                cand.approx = code
            cand.start = ap_start
    minus = _MINUS_RE.search(text[max(0, cand.start - 8) : cand.start])
    if minus is not None and kind in _SIGNED_KINDS and cand.value > 0:
        cand.value = -cand.value  # "minus 2,5 Grad"
        cand.start -= len(minus.group())
    neg_window = text[max(0, cand.start - 24) : cand.start]
    if _NEG_RE.search(neg_window):
        cand.negated = True

    if not _plausible(text, cand, lang, core, plain_int, kind_word, kind, skipped, ap, prefix):
        return None
    return cand


def _article_is_numeral(
    text: str, cand: _Cand, kind: str | None, scale: float | None, ein: str | None
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
        if _COORD_AFTER_RE.match(text, cand.end) or _COORD_BEFORE_RE.search(left):
            return True  # "ein Mann und zwei Frauen", "zwei Frauen und ein Mann"
        return _EIN_TRIGGER_RE.search(left) is not None
    return False


def _plausible(
    text: str,
    cand: _Cand,
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
                _ch(rest, 0) in ")],;:/+"
                or re.match(r"\s+[a-zäöüß]|\s*\d", rest)
                or _DATE_AFTER_RE.match(rest)
            ):
                return False
            if prev_low in _ORDINAL_PREV:
                return False
            if re.match(r"\s+[A-ZÄÖÜ]", rest) and prev is None:
                return False  # list ranks: "(AUT) 2. Sara Takanashi", "Gruppe E – 7. Runde"
        if plain_int and value == int(value) and 1 <= value <= 31:
            if _DATE_AFTER_RE.match(text, ne) or _DATE_BEFORE_RE.search(left):
                return False
        if _TIME_RE.match(text, ne) or (lang != "de" and _TIME_EN_RE.match(text, ne)):
            return False
        if plain_int and len(core) == 4 and 1000 <= value <= 2100 and prefix is None:
            if lang == "en" or prev_low in _YEAR_PREV:
                if not money_or_measure:
                    return False
            elif not (cand.lexical and cand.inflected):
                return False
        if prev and prev[0] == "§":
            return False
        if _PHONE_BEFORE_RE.search(left) or (plain_int and len(core) >= 7 and not cand.lexical):
            return False  # phone numbers and identifiers: "030 1234567", "Az. 4711235"
    direct = cand.lexical and not cand.partitive
    if prev and prev_low in _LABELS and ap is None and not direct:
        return False  # "Seite 12", "Warnstufe zwei", "Platz 149 von 180 Staaten"
    if _ch(text, ne) in _DASHES and _ch(text, ne + 1).isspace() and cand.end == ne:
        return False  # a truncated compound: "bei den 30- bis 49-Jährigen"
    if text.startswith(("'s", "’s"), cand.end) and cand.unit is None:
        return False  # a name: "311's first album"
    if kind_word and _VAGUE_RE.search(left):
        return False  # "mehrere hundert Meter", "several thousand"
    if _RATIO_RE.search(left) or _AGE_BEFORE_RE.search(left):
        return False
    if kind == "time" and value < 130 and _AGE_AFTER_RE.match(text, cand.end):
        return False  # a person's age; "126 Millionen Jahre alt" stays a figure
    if _AGE_GROUP_BEFORE_RE.search(text[max(0, ns - 60) : ns]) and _YEARS_AFTER_RE.match(text, ne):
        return False  # "Jugendliche zwischen 16 und 21 Jahren": ages
    if cand.unit == "year" and _MIT_RE.search(left) and not _NOUN_NEXT_RE.match(text, cand.end):
        return False  # "mit 83 Jahren gestorben" is an age, "mit 3 Jahren Verspätung" is not
    if cand.unit is None:
        if _ch(text, ns - 1) in "'\"‘’“”„" and _ch(text, ne) in "'\"‘’“”":
            return False  # a quoted bare number is a name: "the '33' on the label"
        if _ch(text, ns - 1) == "(" and _ch(text, ne) in ")," and ap is None and value < 130:
            return False  # "Peter M. (34)", "Porto (10)"
        if _TURNS_RE.search(left):
            return False
        if _ch(text, ne) == ")" and left.rfind("(") <= left.rfind(")"):
            return False  # an enumeration: "4) Ab 23.25 Uhr: ..."
        if value < 110 and text[ne : ne + 1] == "," and _NAME_COMMA_RE.search(left):
            return False  # "Angelika, 41, verdient ...": an age
        if prev and ap is None and prefix is None and not kind_word:
            word, w_start = prev
            if not word.islower() and (
                not _at_sentence_start(text, w_start) or word.lower() not in _OPENERS
            ):
                cand.label_risk = True  # "Windows 11", "iOS 17", "Hauptstraße 12"
    if (not cand.lexical) and prev and ap is None and not kind_word and cand.unit is not None:
        word, w_start = prev
        if not word.islower() and not _at_sentence_start(text, w_start) and lang != "de":
            return False  # "Boeing 737 Max"
    if lang != "de" and _ADDRESS_RE.match(text, ne) and cand.unit in (None, "road"):
        return False
    if kind_word and core.lower() == "one":
        if not cand.lexical or _DETERMINER_RE.search(left):
            return False
        if cand.unit == "day":
            return False
    if cand.unit is None and kind_word and core.lower() in ("ein", "eine", "a", "an"):
        return False
    return True


# ---------------------------------------------------------------------------------- linking

_GAP_RANGE_DASH = re.compile(r"\s?[-‐–]\s?")
_GAP_TO = re.compile(r"\s+(?:to|zu)\s+")
_GAP_BIS = re.compile(r"\s+bis(?:\s+zu)?\s+|\s*[-–]\s*")
_GAP_AND = re.compile(r"\s+(?:und|and)\s+")
_GAP_CHANGE = re.compile(r"\s+(?:auf|to)\s+")
_LINK_WORDS = (
    r"sondern|but|aber|und|and|oder|or|bzw\.|beziehungsweise|statt|anstatt|instead\s+of"
    r"|rather\s+than|nicht|not|sogar|even|nur|only"
)
_GAP_LINK = re.compile(rf"[\s,;]*(?:(?:{_LINK_WORDS})[\s,]+)+")
_FROM_RE = re.compile(r"\b(?:from|von|vom)\s+$", re.IGNORECASE)
_BETWEEN_RE = re.compile(r"\b(?:zwischen|between)\s+$", re.IGNORECASE)


def _same_sentence(text: str, a: int, b: int) -> bool:
    return _SENT_END_RE.search(text, a, b) is None


def _inherit(target: _Cand, source: _Cand, *, scale: bool = True) -> None:
    """Give ``target`` the unit (and, in a range, the scale word) of ``source``."""
    target.unit, target.unit_text, target.lexical = source.unit, source.unit_text, source.lexical
    if scale:
        _inherit_scale(target, source)


def _inherit_scale(target: _Cand, source: _Cand) -> None:
    """ "20 bis 30 Mrd. Euro": the first number shares the scale word of the second."""
    if target.scale is None and source.scale is not None and abs(target.value) < 1000:
        target.value *= source.scale
        target.scale = source.scale


def _link(text: str, cands: list[_Cand], lang: str) -> None:
    """Ranges, tallies, contrasts and frames: figures that share or lack a noun."""
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
        if a.unit is not None or not _same_sentence(text, a.end, b.start):
            continue
        gap_start, gap_end = a.end, b.start
        if _GAP_RANGE_DASH.fullmatch(text, gap_start, b.num_start) and b.dash_prev:
            if b.lexical and b.unit is not None and a.value < b.value:
                _inherit(a, b)
                a.approx = a.approx or "at_least"
                b.approx = b.approx or "at_most"
            else:
                a.keep = b.keep = False  # a score ("won 1-0 games") or a code
            b.dash_prev = False
        elif _GAP_TO.fullmatch(text, gap_start, gap_end):
            left = text[max(0, a.start - 8) : a.start]
            if b.unit is None or b.unit == "vote":
                if not _FROM_RE.search(left):
                    a.keep = b.keep = False
            else:
                _inherit(a, b)
        elif _GAP_BIS.fullmatch(text, gap_start, b.num_start) and (b.unit or b.scale):
            _inherit(a, b)
            a.approx = a.approx or "at_least"
            b.approx = "at_most"
        elif _GAP_AND.fullmatch(text, gap_start, gap_end) and (b.unit or b.scale):
            _inherit(a, b)
            if _BETWEEN_RE.search(text[max(0, a.start - 12) : a.start]):
                a.approx = a.approx or "at_least"
                b.approx = b.approx or "at_most"
        elif _GAP_CHANGE.fullmatch(text, gap_start, gap_end) and b.unit is not None:
            _inherit(a, b)
    kept = [c for c in cands if c.keep]
    for i, a in enumerate(kept):
        if a.unit is not None:
            continue
        if i + 1 < len(kept):
            b = kept[i + 1]
            if b.unit is not None and _GAP_LINK.fullmatch(text, a.end, b.start):
                _inherit(a, b)
                continue
        if i > 0:
            p = kept[i - 1]
            if p.unit is not None and _GAP_LINK.fullmatch(text, p.end, a.start):
                _inherit(a, p)
                continue
        _frame(text, a, lang)
    for c in kept:
        if c.label_risk and c.unit is None:
            c.keep = False


def _frame(text: str, cand: _Cand, lang: str) -> None:
    """Unit from "Die Zahl der Evakuierten ... auf 3.500" / "the number of deaths ... 40"."""
    lo = max(0, cand.start - 200)
    window = text[lo : cand.start]
    ends = list(_SENT_END_RE.finditer(window))
    if ends:
        window = window[ends[-1].end() :]
    found: tuple[str, str] | None = None
    if lang in ("de", "xx"):
        for m in _FRAME_DE.finditer(window):
            if m.group("n"):
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
        for m in _FRAME_EN.finditer(window):
            if m.group("t"):
                found = ("person", m.group("t"))
                continue
            words = m.group("n").split()
            for j in range(len(words)):
                hit = lookup_phrase(words[j:], "en")
                if hit is not None:
                    found = (hit[0].unit, " ".join(words[j : j + hit[1]]))
                    break
    if found is not None:
        cand.unit, cand.unit_text, cand.lexical = found[0], found[1], True


# ---------------------------------------------------------------------------------- public


def find_figures(text: str, language: str) -> list[FigureMention]:
    """All figures in ``text`` in order of appearance. ``language``: "de", "en" or other.

    Offsets are character offsets into ``text``; ``raw_text == text[start:end]`` always.
    For a language other than German or English both languages' rules are tried.
    """
    lang = _lang(language)
    cands: list[_Cand] = []
    last_end = -1
    for m in _candidate_re(lang).finditer(text):
        if m.start() < last_end:
            continue
        cand = _analyse(text, m, lang)
        if cand is None:
            continue
        if cands and cand.start < cands[-1].end:
            continue  # overlapping readings: keep the first
        cands.append(cand)
        last_end = cand.end
    _link(text, cands, lang)
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
