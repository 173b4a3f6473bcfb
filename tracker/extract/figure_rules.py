"""Word lists and regex tables of the figure rules (see :mod:`tracker.extract.figures`).

Approximation words, stop words, labels before a number ("Seite", "page"), ordinal and year
contexts, the candidate regex, and the anchored regexes that read a number's neighbourhood
(dates, times, ages, phone numbers, partitives, frames, links between numbers).

The words and patterns are package data: the word lists in ``tracker/lexicon/figures.tsv``,
the regular expressions in ``tracker/lexicon/figure_patterns.tsv`` (one row per constant
below, with its comment there). This module names them.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any, cast

from tracker import lexicon
from tracker.extract.numbers import (
    DE_WORD_NUMBER,
    DIGITS,
    EN_WORD_NUMBER,
    SCALE,
)

# ------------------------------------------------------------------------------ word lists


def _approx_table(*languages: str) -> dict[str, str]:
    """Approximation word or phrase -> its kind (``about``, ``more_than``, ...), from the lists
    ``approx.<language>.<kind>`` of figures.tsv; a later language wins a shared word."""
    out: dict[str, str] = {}
    lists = lexicon.word_lists("figures")
    for language in languages:
        prefix = f"approx.{language}."
        for list_name, words in lists.items():
            if list_name.startswith(prefix):
                for word in words:
                    out[word.replace("_", " ")] = list_name[len(prefix) :]
    return out


APPROX = {
    "de": _approx_table("de"),
    "en": _approx_table("en"),
    "xx": _approx_table("de", "en"),
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
# capitalised names of legal provisions before a number: "Title 42", "Section 8"
LEGAL_LABELS = lexicon.words("figures", "legal_labels")
# A span of time that places the claim rather than counts something: "vor zwei Jahren",
# "nach zehn Tagen", "in den nächsten vier Jahren", "zwei Tage später", "two years ago",
# "within three months". "dauert drei Wochen" and "zu fünf Jahren Haft" stay figures.
TIME_REF_BEFORE = {
    "de": lexicon.words("figures", "time_ref_before.de"),
    "en": lexicon.words("figures", "time_ref_before.en"),
}

# ------------------------------------------------------------------------------ regexes

_FLAGS = {"": 0, "i": re.IGNORECASE}
_PATTERNS = {
    name: (pattern, _FLAGS[flags])
    for name, flags, pattern in lexicon.patterns(
        "figure_patterns",
        3,
        DIGITS=DIGITS,
        DE_WORD_NUMBER=DE_WORD_NUMBER,
        EN_WORD_NUMBER=EN_WORD_NUMBER,
        SCALE=SCALE,
    )
}


class _LazyPattern:
    """A regex compiled when it is first used: most rules never run for one article (an
    English rule for a German text), and compiling all of them took a tenth of an ingest's
    start. The first look-up of a method compiles the pattern and puts the compiled
    pattern's attributes on the instance, so later calls cost what the pattern's own do."""

    def __init__(self, pattern: str, flags: int) -> None:
        self._source = (pattern, flags)

    def __getattr__(self, name: str) -> Any:  # only for attributes not set yet
        if name.startswith("__"):
            raise AttributeError(name)
        compiled = self.__dict__.get("_compiled")
        if compiled is None:
            compiled = self.__dict__["_compiled"] = re.compile(*self._source)
            for attribute in ("search", "match", "fullmatch", "finditer", "findall", "sub"):
                self.__dict__[attribute] = getattr(compiled, attribute)
        return getattr(compiled, name)


def _regex(name: str) -> re.Pattern[str]:
    pattern, flags = _PATTERNS[name]
    return cast("re.Pattern[str]", _LazyPattern(pattern, flags))


@cache
def candidate_re(lang: str) -> re.Pattern[str]:
    """The candidate regex for one language, compiled on first use (import stays cheap)."""
    return _regex(f"CANDIDATE.{lang}")


UEBER_PREP = _regex("UEBER_PREP")
NUMBER_IDIOM_RE = _regex("NUMBER_IDIOM_RE")
WEATHER_RE = _regex("WEATHER_RE")
SCALE_RE = _regex("SCALE_RE")
VAGUE_RE = _regex("VAGUE_RE")
PREFIX_CUR_RE = _regex("PREFIX_CUR_RE")
SYMBOL_RE = _regex("SYMBOL_RE")
TOKEN_RE = _regex("TOKEN_RE")
PREV_WORD_RE = _regex("PREV_WORD_RE")
NEG_RE = _regex("NEG_RE")
AFTER_NUMBER_DOT_RE = _regex("AFTER_NUMBER_DOT_RE")
SENT_START_RE = _regex("SENT_START_RE")
TIME_RE = _regex("TIME_RE")
TIME_EN_RE = _regex("TIME_EN_RE")
DATE_AFTER_RE = _regex("DATE_AFTER_RE")
DATE_BEFORE_RE = _regex("DATE_BEFORE_RE")
AS_YOUNG_RE = _regex("AS_YOUNG_RE")
AGE_AFTER_RE = _regex("AGE_AFTER_RE")
AGE_BEFORE_RE = _regex("AGE_BEFORE_RE")
AGE_COPULA_RE = _regex("AGE_COPULA_RE")
AGE_GROUP_UNDER_RE = _regex("AGE_GROUP_UNDER_RE")
PHONE_BEFORE_RE = _regex("PHONE_BEFORE_RE")
GLUED_RE = _regex("GLUED_RE")
WEIGHT_AFTER_RE = _regex("WEIGHT_AFTER_RE")
PRICE_DASH_RE = _regex("PRICE_DASH_RE")
MINUS_RE = _regex("MINUS_RE")
INFLECTED_RE = _regex("INFLECTED_RE")
AGE_GROUP_BEFORE_RE = _regex("AGE_GROUP_BEFORE_RE")
YEARS_AFTER_RE = _regex("YEARS_AFTER_RE")
MIT_RE = _regex("MIT_RE")
NOUN_NEXT_RE = _regex("NOUN_NEXT_RE")
NAME_COMMA_RE = _regex("NAME_COMMA_RE")
TURNS_RE = _regex("TURNS_RE")
APPROX_PARTICLE_RE = _regex("APPROX_PARTICLE_RE")
HALF_SCALE_RE = _regex("HALF_SCALE_RE")
SOURCING_BEFORE_RE = _regex("SOURCING_BEFORE_RE")
SAY_SOURCES_BEFORE_RE = _regex("SAY_SOURCES_BEFORE_RE")
SOURCES_AFTER_RE = _regex("SOURCES_AFTER_RE")
TRUNCATED_LINK_RE = _regex("TRUNCATED_LINK_RE")
RATIO_RE = _regex("RATIO_RE")
ADDRESS_RE = _regex("ADDRESS_RE")
DETERMINER_RE = _regex("DETERMINER_RE")
COORD_AFTER_RE = _regex("COORD_AFTER_RE")
COORD_BEFORE_RE = _regex("COORD_BEFORE_RE")
EIN_TRIGGER_RE = _regex("EIN_TRIGGER_RE")
ONE_RANGE_AFTER_RE = _regex("ONE_RANGE_AFTER_RE")
RANK_HASH_BEFORE_RE = _regex("RANK_HASH_BEFORE_RE")
PARTITIVE_DE = _regex("PARTITIVE_DE")
PARTITIVE_EN = _regex("PARTITIVE_EN")
FRAME_DE = _regex("FRAME_DE")
FRAME_EN = _regex("FRAME_EN")
PARENT_OF_RE = _regex("PARENT_OF_RE")
CONTRAST_COUNT_RE = _regex("CONTRAST_COUNT_RE")
FURTHER_COUNT_RE = _regex("FURTHER_COUNT_RE")
PEOPLE_VERB_BEFORE_RE = _regex("PEOPLE_VERB_BEFORE_RE")
SENT_END_RE = _regex("SENT_END_RE")
GAP_RANGE_DASH = _regex("GAP_RANGE_DASH")
GAP_TO = _regex("GAP_TO")
GAP_BIS = _regex("GAP_BIS")
GAP_AND = _regex("GAP_AND")
GAP_OR = _regex("GAP_OR")
GAP_CHANGE = _regex("GAP_CHANGE")
GAP_LINK = _regex("GAP_LINK")
GAP_PART_OF = _regex("GAP_PART_OF")
GAP_GAPPED = _regex("GAP_GAPPED")
FROM_RE = _regex("FROM_RE")
BETWEEN_RE = _regex("BETWEEN_RE")
GAP_TALLY = _regex("GAP_TALLY")
FOR_AFTER_RE = _regex("FOR_AFTER_RE")
PRONOUN_PARTITIVE_RE = _regex("PRONOUN_PARTITIVE_RE")
PARTITIVE_BEFORE_RE = _regex("PARTITIVE_BEFORE_RE")
CHANGE_SOURCE_RE = _regex("CHANGE_SOURCE_RE")
CHANGE_TARGET_RE = _regex("CHANGE_TARGET_RE")
COMPARED_BEFORE_RE = _regex("COMPARED_BEFORE_RE")
ELLIPSIS_BEFORE_RE = _regex("ELLIPSIS_BEFORE_RE")
ELLIPSIS_AFTER_RE = _regex("ELLIPSIS_AFTER_RE")
SHARED_AFTER_RE = _regex("SHARED_AFTER_RE")
ES_BEFORE_RE = _regex("ES_BEFORE_RE")
CORRECTION_RE = _regex("CORRECTION_RE")
PERFECT_FOR_RE = _regex("PERFECT_FOR_RE")
TIME_LIST_BEFORE_RE = _regex("TIME_LIST_BEFORE_RE")
TIME_LIST_AFTER_RE = _regex("TIME_LIST_AFTER_RE")
TIME_LIST_LEAD_RE = _regex("TIME_LIST_LEAD_RE")
TIME_REF_AFTER_AND_RE = _regex("TIME_REF_AFTER_AND_RE")

SIGNED_KINDS = frozenset({"measure", "percent", "money"})
SOURCE_UNITS = frozenset({"official", "source", "person", "insider", "expert"})
TALLY_UNITS = frozenset({"vote"})
DASHES = "-‐–−"
ELLIPSIS_SPAN = 120  # characters between the counted figure and the bare number
ELLIPSIS_GAP_STOP = frozenset("()[]:")  # "(317 Sitze), 51 zur CHP": another frame
# "Fahrten", "Verbindungen", "journeys" say nothing of the vehicle; a mode named in the same
# sentence does ("Die Airline strich 800 Verbindungen" -> flight)
GENERIC_TRIP_UNIT = "trip"
TRIP_MODES = tuple((unit, _regex(f"TRIP_MODES.{unit}")) for unit in ("train", "flight", "bus"))
TIME_REF_AFTER = {lang: _regex(f"TIME_REF_AFTER.{lang}") for lang in ("de", "en")}
