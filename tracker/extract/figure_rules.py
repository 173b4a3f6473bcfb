"""Word lists and regex tables of the figure rules (see :mod:`tracker.extract.figures`).

Approximation words, stop words, labels before a number ("Seite", "page"), ordinal and year
contexts, the candidate regex, and the anchored regexes that read a number's neighbourhood
(dates, times, ages, phone numbers, partitives, frames, links between numbers).
"""

from __future__ import annotations

import re
from functools import cache

from tracker import lexicon
from tracker.extract.numbers import (
    DE_WORD_NUMBER,
    DIGITS,
    EN_WORD_NUMBER,
    SCALE,
)

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
    "at_most": "bis_zu höchstens maximal nicht_mehr_als bis bis_maximal nicht_über "
    "bis_zur_höhe_von bis_zu_einer_höhe_von",
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


APPROX = {
    "de": _approx_table(_APPROX_DE),
    "en": _approx_table(_APPROX_EN),
    "xx": _approx_table(_APPROX_DE, _APPROX_EN),
}

DE_STOP = lexicon.words("figures", "de_stop")
EN_STOP = lexicon.words("figures", "en_stop")
DE_CAP_STOP = lexicon.words("figures", "de_cap_stop")
NOT_PLURAL = lexicon.words("figures", "not_plural")
FRACTIONS = lexicon.words("figures", "fractions")
LABELS = lexicon.words("figures", "labels")
# Capitalised words that may open a sentence right before a bare number ("Insgesamt 40").
OPENERS = DE_STOP | EN_STOP | lexicon.words("figures", "openers_extra")
ORDINAL_PREV = lexicon.words("figures", "ordinal_prev")
YEAR_PREV = lexicon.words("figures", "year_prev")
_MONTHS = (
    r"Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember"
    r"|January|February|March|May|June|July|October|December"
    r"|Jan\.?|Feb\.?|Mär\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Okt\.?|Oct\.?|Nov\.?|Dez\.?|Dec\.?"
)
UEBER_PREP = re.compile(
    r"\b(?:bericht|sprech|sprach|sprich|diskut|entscheid|entschied|verfüg|informier|verhandel"
    r"|berat|beriet|abstimm|stimmt\w*\s+ab|urteil|klag|nachdenk|nachgedacht|redet|reden|spekul"
    r"|freu|ärger|beschwer|streit|stritt|einig|geeinigt|wach|herrsch|schreib|schrieb|erfahr"
    r"|argue|fight|fought|disput|clash|worr|concern)\w*\s+(?:\S+\s+){0,6}$",
    re.IGNORECASE,
)

# ------------------------------------------------------------------------------ regexes

_SUFFIX = r"km/h|kmh|km²|kWh|MWh|GWh|TWh|bn|mn|km|kg|cm|mm|m²|m³|ha|kW|MW|GW|mph|m|k|(?-i:C)"
WEATHER_RE = re.compile(
    r"temperat|heat|hot|cold|warm|degree|freez|frost|weather|forecast|high\s+of|low\s+of"
    r"|reach|soar|climb|rose|fell|drop|record",
    re.IGNORECASE,
)
_DIGIT_ALT = (
    rf"(?<![\w.,:/+#@&])(?P<d>{DIGITS})(?P<suf>{_SUFFIX})?(?![\w]|[.,]\d|:\d|/\d|[ \u00a0]\d)"
)
# a number word may open a compound ("six-week ban", "Drei-Punkte-Plan"): the compound
# decides whether it is a figure (``figure_forms.compound_unit``)
_DE_WORD_ALT = rf"(?<![\w-])(?P<w>{DE_WORD_NUMBER})(?![\w])"
_EN_WORD_ALT = rf"(?<![\w-])(?P<e>{EN_WORD_NUMBER})(?![\w])"
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
def candidate_re(lang: str) -> re.Pattern[str]:
    """The candidate regex for one language, compiled on first use (import stays cheap)."""
    return re.compile(rf"\b(?=[{_FIRST[lang]}])(?:{_ALTERNATIVES[lang]})", re.IGNORECASE)


SCALE_RE = re.compile(rf"[ \u00a0\u202f]*(?P<s>{SCALE})(?![^\W\d_])")
VAGUE_RE = re.compile(
    r"\b(?:mehrere|einige|ein\s+paar|viele|etliche|zig|several|a\s+few|many|few)\s+$",
    re.IGNORECASE,
)
PREFIX_CUR_RE = re.compile(
    r"(?P<c>US-?\$|AU?\$|CA?\$|HK\$|NZ\$|\$|€|£|¥|₽|₴|₹|₪"
    r"|(?<![A-Za-z])(?:EUR|USD|GBP|CHF|JPY|CNY|RUB|UAH|PLN|sFr\.|Fr\.))[ \u00a0]?$"
)
SYMBOL_RE = re.compile(
    r"[ \u00a0\u202f]?(?P<s>%|‰|°\s?[CF]\b|°|€|\$|£|¥|₽|₴|₹|₪|¢|zł"
    r"|(?:EUR|USD|GBP|CHF|JPY|CNY|RMB|RUB|UAH|PLN|Ct\.|ct|km/h|kmh|km²|km|m²|m³|mm|cm|m|ha|kg|t"
    r"|kWh|MWh|GWh|TWh|kW|MW|GW|mph|PS|qkm|qm|sFr\.)(?!\w))"
)
TOKEN_RE = re.compile(
    r"[ \t\u00a0\u202f]*(?:(?P<w>[^\W\d_](?:[\w'’]*\w)?(?:[-‐][\w'’]*\w)*)|(?P<o>\S|\n))"
)
PREV_WORD_RE = re.compile(r"(?P<w>§|[^\W\d_][\w'’.-]*)[ \u00a0]*$")
NEG_RE = re.compile(
    r"(?:\bnicht|\bnot|\bstatt|\banstatt|\banstelle\s+von|\binstead\s+of|\brather\s+than|\bnor)"
    r"\s+(?:(?:der|die|den|the)\s+)?$",
    re.IGNORECASE,
)
AFTER_NUMBER_DOT_RE = re.compile(r"(?P<w>[^\W\d_]+)\s+\d[\d.,]*\.\s+$")
SENT_START_RE = re.compile(r"(?:^|(?<!\d)[.!?:;]['\"“”»«)]?\s+|['\"„“«»(\[–—-]\s*|\n\s*)$")
TIME_RE = re.compile(
    r"\s*(?:Uhr\b|Ortszeit|MEZ|MESZ|GMT|UTC|CET|CEST|EST|EDT|PST|BST|a\.m\.|p\.m\.|o'clock)"
)
TIME_EN_RE = re.compile(r"\s*(?:am|pm|AM|PM)\b")
DATE_AFTER_RE = re.compile(rf"\.?\s*(?:{_MONTHS})(?![\w])")
DATE_BEFORE_RE = re.compile(rf"(?:{_MONTHS})\s*$")
AS_YOUNG_RE = re.compile(r"\bas\s+(young|old)\s+as\s+$", re.I)
AGE_AFTER_RE = re.compile(r"\s+(?:alt|alte[nmrs]?|jung|old)\b")
AGE_BEFORE_RE = re.compile(
    r"(?:\baged?|\bages|\bage\s+of|\bAlter(?:\s+von|\s+zwischen|:)?)\s+"
    r"(?:(?:etwa|rund|knapp|fast|about|around|nearly|almost|just)\s+)?"
    r"(?:\d+\s+(?:und|bis|and|to)\s+)?$",
    re.I,
)
# "I was almost 47", "sie ist 57", "er wäre 90 geworden": a person's age
AGE_COPULA_RE = re.compile(
    r"\b(?:I|[Hh]e|[Ss]he|[Ii]ch|[Ee]r|[Ss]ie)\s+(?:was|is|am|war|ist|bin|wäre)\s+"
    r"(?:(?:almost|nearly|about|just|only|barely|fast|knapp|erst|gerade|etwa|rund)\s+)?$"
)
AGE_GROUP_UNDER_RE = re.compile(
    r"\b(?:Kind|Kinder|Kindern|Jugendliche|Jugendlichen|Menschen|Personen|Person|Schüler|Schülern"
    r"|Erwachsene|Erwachsenen|Senioren|Kids|children|kids|people|adults|teenagers|girls|boys"
    r"|students|minors|persons|person|anyone|those|someone)\s+"
    r"(?:under|over|below|above|unter|über|ab)\s+$"
)
PHONE_BEFORE_RE = re.compile(r"(?:^|[^\d.,])(?:\+\d+|0\d+)[ /\-]?$")
GLUED_RE = re.compile(r"([A-ZÄÖÜ][a-zäöüß]{2,})[A-ZÄÖÜ][a-zäöüß]")
WEIGHT_AFTER_RE = re.compile(r"\s+(?:of|overweight|underweight|heavier|lighter)\b")
PRICE_DASH_RE = re.compile(r",[-–](?=\s*(?:Euro|EUR|€|CHF|Fr\.|DM|$|[.;)]))")
MINUS_RE = re.compile(r"\b(?:minus|Minus)\s+$")
SIGNED_KINDS = frozenset({"measure", "percent", "money"})
INFLECTED_RE = re.compile(r"(?:e|en|er|es|em)$")
AGE_GROUP_BEFORE_RE = re.compile(
    r"(?:Kinder|Jugendliche|Männer|Frauen|Mädchen|Jungen|Menschen|Personen|Schüler|Erwachsene"
    r"|Senioren|Patienten|Bürger|Kids|children|kids|men|women|people|adults|teenagers|girls"
    r"|boys|students|minors|persons|anyone|those)\w*\s+"
    r"(?:im\s+Alter\s+|aged\s+)?(?:zwischen|von|ab|unter|über|bis|between|from|under|over)\s+"
    r"(?:\d+\s*(?:und|bis|and|to|-|–)\s*)?$"
)
YEARS_AFTER_RE = re.compile(r"(?:\s*(?:und|bis|and|to|-|–)\s*\d+)?\s+(?:Jahre|Jahren|years)\b")
MIT_RE = re.compile(r"\b[Mm]it\s+$")
NOUN_NEXT_RE = re.compile(r"\s+[A-ZÄÖÜ]")
NAME_COMMA_RE = re.compile(r"[A-ZÄÖÜ][\w.-]+,\s*$")
TURNS_RE = re.compile(r"\b(?:wird|wurde|turns|turned|turning|turn)\s+$")
# "höchstens aber 500", "mindestens jedoch 300": a particle between approximation and number
APPROX_PARTICLE_RE = re.compile(
    r",?\s+(?:aber|jedoch|doch|allerdings|wohl|however|though|still)\s*,?$", re.IGNORECASE
)
# "half a million people", "eine halbe Million Menschen": 0.5 before a scale word
HALF_SCALE_RE = re.compile(
    r"(?<![\w-])(?:(?:a|one)\s+)?half\s+an?\s+(?=(?:million|billion|trillion)\b)"
    r"|(?<![\w-])[Ee]ine?[rn]?\s+halbe[n]?\s+(?=(?:Million|Milliarde|Billion)\b)",
    re.IGNORECASE,
)
# "citing two unnamed officials", "according to three people familiar with", "unter Berufung auf
# zwei Insider": a count of the outlet's sources, not a claim
SOURCING_BEFORE_RE = re.compile(
    r"\b(?:citing|according\s+to|told|unter\s+Berufung\s+auf|laut|nach\s+Angaben\s+von)"
    r"(?:\s+(?:at\s+least|mindestens|the|den|die))?\s+$",
    re.IGNORECASE,
)
SOURCE_UNITS = frozenset({"official", "source", "person", "insider", "expert"})
# "..., say two officials familiar with the planning": the outlet's sources after its verb
SAY_SOURCES_BEFORE_RE = re.compile(r"\b(?:say|says|said|sagen|sagten)\s+$", re.IGNORECASE)
SOURCES_AFTER_RE = re.compile(
    r"\s*(?:[,.;]|familiar\b|close\s+to\b|with\s+(?:direct\s+)?knowledge\b|briefed\b"
    r"|who\s+(?:spoke|requested|asked|were\s+not\s+authori[sz]ed)\b|aus\s+\w*[Kk]reisen\b)"
)
# capitalised names of legal provisions before a number: "Title 42", "Section 8"
LEGAL_LABELS = frozenset("Title Section Chapter Paragraph Artikel Article Absatz Kapitel".split())
# the hyphen of a truncated compound: "30- bis 49-Jährige", "nine- and ten-year-old"
TRUNCATED_LINK_RE = re.compile(r"\s*(?:and|or|to|und|oder|bis|bzw\.)\s+", re.IGNORECASE)
RATIO_RE = re.compile(r"\b(?:one|1|einer?)\s+(?:in|out\s+of)\s+(?:every\s+)?$", re.IGNORECASE)
ADDRESS_RE = re.compile(
    r"\s+(?:[A-Z][\w'-]+\s+){1,2}(?:Street|St\.|Road|Rd\.|Avenue|Ave\.|Lane|Boulevard|Drive"
    r"|Place|Square|Way)\b"
)
DETERMINER_RE = re.compile(
    r"\b(?:the|this|that|any|every|no|each|which|another|only\s+the)\s+$", re.IGNORECASE
)
_SMALL = r"(?:\d[\d.,]*|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|\w+zig)"
COORD_AFTER_RE = re.compile(rf"\s*(?:,|und|sowie|oder)\s+(?:weitere\s+)?{_SMALL}\s", re.I)
COORD_BEFORE_RE = re.compile(rf"\b{_SMALL}\s+[A-ZÄÖÜ]\w+\s+(?:und|sowie|oder)\s+$", re.I)
EIN_TRIGGER_RE = re.compile(
    r"\b(?:nur|lediglich|genau|exakt|sondern|mindestens|höchstens|maximal|knapp|mehr\s+als"
    r"|weniger\s+als|bloß|gerade\s+einmal|gerade\s+mal|only|just|exactly|at\s+least"
    r"|at\s+most|more\s+than|fewer\s+than|less\s+than|nearly|but)\s+$",
    re.IGNORECASE,
)
_NUM_IN = r"(?:\d[\d.,]*\d|\d)"
PARTITIVE_DE = re.compile(
    r"\s+(?:der|unter|von(?=\s+(?:den|insgesamt|\d)))\s+"
    r"(?:(?:den|insgesamt|rund|etwa|mehr\s+als|knapp|über|allen|aller|bislang|bisher)\s+)*"
    rf"(?:{_NUM_IN}\s+(?:[a-zäöüß]+\s+)?|[a-zäöüß]+\s+){{0,2}}(?P<n>[A-ZÄÖÜ][\w-]*)"
)
PARTITIVE_EN = re.compile(
    r"\s+of\s+(?:(?:the|these|those|its|their|all|about|some|more\s+than|nearly|around"
    r"|approximately|roughly|an\s+estimated)\s+)*(?:[a-z]+['’]s\s+)?"
    rf"(?:{_NUM_IN}\s+(?:[a-z]+\s+)?|[a-z]+\s+){{0,2}}(?P<n>[A-Za-z][\w-]*(?:\s+[a-z]+)?)"
)
FRAME_DE = re.compile(
    r"\b(?:[Aa]n)?[Zz]ahl\s+(?:der|an|von)\s+(?:[a-zäöüß]+\s+){0,3}"
    r"(?P<n>[A-ZÄÖÜ][\w-]*)"
    r"|\b(?P<c>[A-ZÄÖÜ][a-zäöüß]+?)(?:zahl|zahlen)\b"
    r"|\b(?P<a>(?:Mindest|Renten|Wahl|Eintritts)alter|Alter(?:sgrenze)?)\b"
)
FRAME_EN = re.compile(
    r"\bnumber\s+of\s+(?:[a-z]+\s+){0,2}?(?P<n>[a-z]+(?:\s+[a-z]+)?)"
    r"|\b(?P<t>death\s+toll|casualty\s+toll|toll)\b"
    r"|\b(?P<a>(?:minimum|legal|voting|retirement|drinking|purchasing)\s+age|age)\b",
    re.IGNORECASE,
)
# "a mother of three", "Vater von zwei Kindern": children
PARENT_OF_RE = re.compile(r"\b(?:mother|father|parent|mom|dad|Mutter|Vater)\s+(?:of|von)\s+$")
# "eine Frau getötet, zehn weitere Menschen verletzt": "ein" is a count beside "weitere"
# "Ein Mensch sei getötet und 14 seien verletzt worden", "one was killed and 14 were
# injured": a count beside a second number whose noun is left out
CONTRAST_COUNT_RE = re.compile(
    r"[^.;:,]{0,40}?\b(?:und|sowie|and)\s+(?:\d[\d.,]*|zwei|drei|vier|fünf|sechs"
    r"|sieben|acht|neun|zehn|elf|zwölf|\w+zig|two|three|four|five|six|seven|eight|nine|ten"
    r"|eleven|twelve)\s+(?:seien|sind|wurden|waren|werden|wären|were|are|have|had)\b",
    re.IGNORECASE,
)
FURTHER_COUNT_RE = re.compile(
    r"\b(?:\d[\d.,]*|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|\w+zig)"
    r"\s+(?:weitere|weiteren|andere|anderen|more|other|further)\b",
    re.IGNORECASE,
)
# a bare number right after a verb that happens to people: "fire injures 14", "kills 3"
PEOPLE_VERB_BEFORE_RE = re.compile(
    r"\b(?:kill|kills|killed|killing|injure|injures|injured|injuring|wound|wounds|wounded"
    r"|evacuate|evacuates|evacuated|evacuating|displace|displaces|displaced|rescue|rescues"
    r"|rescued|arrest|arrests|arrested|detain|detains|detained|sicken|sickens|sickened"
    r"|tötet|töteten|verletzt|verletzte|verletzten|evakuiert|evakuierte|evakuierten)\s+$",
    re.IGNORECASE,
)
SENT_END_RE = re.compile(r"[.!?][\"“”»«')]*\s+(?=[A-ZÄÖÜ\"„“«»(])|\n")
DASHES = "-‐–−"


# ---------------------------------------------------------------------------------- linking

GAP_RANGE_DASH = re.compile(r"\s?[-‐–]\s?")
GAP_TO = re.compile(r"\s+(?:to|zu)\s+")
GAP_BIS = re.compile(r"\s+bis(?:\s+zu)?\s+|\s*[-–]\s*")
GAP_AND = re.compile(r"\s+(?:und|and)\s+")
# "16 oder 17 Tage", "two or three weeks": alternatives that bound a value
GAP_OR = re.compile(r"\s+(?:oder|or)\s+")
GAP_CHANGE = re.compile(r"\s+(?:auf|to)\s+")
_LINK_WORDS = (
    r"sondern|but|aber|und|and|oder|or|bzw\.|beziehungsweise|statt|anstatt|instead\s+of"
    r"|rather\s+than|nicht|not|sogar|even|nur|only|against|gegenüber|versus|vs\."
    r"|compared\s+(?:with|to)|verglichen\s+mit|im\s+Vergleich\s+zu"
)
GAP_LINK = re.compile(rf"[\s,;]*(?:(?:{_LINK_WORDS})[\s,]+)+")
# a part of a counted whole: "five of the six justices", "drei der fünf Richter"
GAP_PART_OF = re.compile(r"\s+(?:of\s+(?:the|these|those|its|their|his|her)|der|von\s+den)\s+")
FROM_RE = re.compile(r"\b(?:from|von|vom)\s+$", re.IGNORECASE)
BETWEEN_RE = re.compile(r"\b(?:zwischen|between)\s+$", re.IGNORECASE)
# a tally: "by 27 votes to 14", "mit 31 zu 12 Stimmen", "mit 31 gegen 12 Stimmen"
GAP_TALLY = re.compile(r"\s+(?:to|zu|gegen|against|versus|vs\.?)\s+")
TALLY_UNITS = frozenset({"vote"})
# "4,318 votes against 4,247 for Dransfeld": two candidates' results, not one tally
FOR_AFTER_RE = re.compile(r"\s+(?:for|für)\s+(?:[\w-]+\s+){0,3}[A-ZÄÖÜ]")
# a partitive pronoun after a bare number: "99 davon", "Elf von ihnen", "three of them"
PRONOUN_PARTITIVE_RE = re.compile(
    r"\s+(?:davon|von\s+ihnen|unter\s+ihnen|of\s+(?:them|those|these|whom|which)"
    r"|among\s+them)\b",
    re.IGNORECASE,
)
# the same, the pronoun before the number: "Davon seien noch 200 obdachlos", "Of those, 40 were"
PARTITIVE_BEFORE_RE = re.compile(
    r"\b(?:davon|darunter|von\s+ihnen|unter\s+ihnen|of\s+(?:them|those|these|whom)"
    r"|among\s+(?:them|those|these))\b[^.;:!?\d]{0,60}$",
    re.IGNORECASE,
)
# a change whose target leaves the noun out: "von einst rund 2.000 obdachlosen Asylwerbern
# ... auf nun 200", "from 1,200 staff ... to just 800"
CHANGE_SOURCE_RE = re.compile(r"\b(?:from|von|vom)\s+(?:[a-zäöüß]+\s+){0,2}$", re.IGNORECASE)
CHANGE_TARGET_RE = re.compile(
    r"\b(?:auf|to)\s+(?:(?:nun|jetzt|zuletzt|nur|noch|now|just|only)\s+){0,2}$",
    re.IGNORECASE,
)
# a bare number opening a coordinated clause: "Sechs Menschen liegen im Krankenhaus, drei
# konnten ..." / "six people were hurt and three were arrested"
ELLIPSIS_BEFORE_RE = re.compile(
    r"(?:[,;]|[,;]?\s+(?:und|and|while|whereas|während|aber|but|jedoch|doch|sondern))\s+"
    r"(?:(?:nur|noch|weitere|only|another|a\s+further)\s+)?$",
    re.IGNORECASE,
)
ELLIPSIS_AFTER_RE = re.compile(r"\s+(?!(?:und|oder|sowie|bis|and|or|to)\b)[a-zäöüß]")
ELLIPSIS_SPAN = 120  # characters between the counted figure and the bare number
# "Sieben weitere seien verletzt worden", "insgesamt sind es 33": a number that refers to
# what was counted before
SHARED_AFTER_RE = re.compile(r"\s+(?:weitere|weiteren|andere|more|others|other)\b", re.IGNORECASE)
ES_BEFORE_RE = re.compile(r"\b(?:sind|waren|seien|wären|werden)\s+es\s+$", re.IGNORECASE)
ELLIPSIS_GAP_STOP = frozenset("()[]:")  # "(317 Sitze), 51 zur CHP": another frame
# "Fahrten", "Verbindungen", "journeys" say nothing of the vehicle; a mode named in the same
# sentence does ("Die Airline strich 800 Verbindungen" -> flight)
GENERIC_TRIP_UNIT = "trip"
TRIP_MODES = (
    (
        "train",
        re.compile(
            r"\b(?:Zug|Züge[n]?|Bahn|Bahnen|S-Bahn\w*|U-Bahn\w*|Bahnhof|Bahnhöfe[n]?|Lokführer\w*"
            r"|Regionalexpress|ICE|IC|(?i:trains?|rail|railways?|railroad))\b"
            r"|\b(?!Auto)[A-ZÄÖÜ][a-zäöüß]+bahn\b"
        ),
    ),
    (
        "flight",
        re.compile(
            r"\b(?:Flug|Flüge[n]?|Flughafen|Flughäfen|Airline|Airlines|Fluggesellschaft\w*"
            r"|Fluglinie\w*|(?i:flights?|airlines?|airports?|airways))\b"
        ),
    ),
    ("bus", re.compile(r"\b(?:Bus|Busse[n]?|Buslinie\w*|(?i:bus|buses|coach\s+services?))\b")),
)
# a correction: the first value of "von elf auf neun" / "from 11 to 9" is rejected
CORRECTION_RE = re.compile(
    r"\b(?:korrigier\w*|berichtig\w*|corrected|correcting|corrects|revised|revising|revises)\b",
    re.IGNORECASE,
)

# A span of time that places the claim rather than counts something: "vor zwei Jahren",
# "nach zehn Tagen", "in den nächsten vier Jahren", "zwei Tage später", "two years ago",
# "within three months". "dauert drei Wochen" and "zu fünf Jahren Haft" stay figures.
TIME_REF_BEFORE = {
    "de": lexicon.words("figures", "time_ref_before.de"),
    "en": frozenset(
        "in within after since next past last coming previous following first every".split()
    ),
}
# "for two years" after a perfect ("it has been ... for two years", "has served for"): since
# when, not what
PERFECT_FOR_RE = re.compile(r"\b(?:has|have|had|'s|’s)\s+(?:\w+\s+){0,6}?(?:been|\w+ed)\b[^.;!?]*$")
# the word before a list of numbers that ends at the figure: "vor 70, 80 und 90 Jahren"
TIME_LIST_BEFORE_RE = re.compile(
    r"(\w+)\s+(?:\d+(?:\s*,\s*\d+)*\s*(?:,|und|oder|bis|and|or|to)\s*)$", re.IGNORECASE
)
# the rest of such a list after its first number: ", 80 und 90 Jahren"
TIME_LIST_AFTER_RE = re.compile(
    r"(?:\s*,\s*\d+)*\s*(?:,|und|oder|bis|and|or|to)\s*\d+\s+(?:Jahren?|Monaten?|Tagen?"
    r"|Wochen|Stunden|Minuten|years?|months?|days?|weeks?|hours?|minutes?)\b"
)
# the word before the first number of such a list: "vor" in "vor 70, 80"
TIME_LIST_LEAD_RE = re.compile(r"(\w+)\s+(?:\d+\s*,\s*)*$")
# "30 Jahre und diverse Verbrechen später": a when-span with its coordinated noun
TIME_REF_AFTER_AND_RE = re.compile(r"\s+und\s+(?:\w+\s+){1,3}(?:später|danach|zuvor)\b")
TIME_REF_AFTER = {
    "de": re.compile(r"\s+(?:nach|vor|später|zuvor|danach|lang|früher|zurück)\b"),
    "en": re.compile(r"\s+(?:ago|later|earlier|after|before|on)\b"),
}
