"""simplemma's lemmatisation for German and English, over any dictionary mapping.

This is the code path ``simplemma.lemmatize(token, lang="de"|"en")`` and
``simplemma.is_known(...)`` take in simplemma 2.0.0 (default, non-greedy strategy),
step for step: dictionary lookup with the case flipped and apostrophe variants,
English enclitics (``n't``, ``'s``, ...), hyphenated words, the German and English
suffix rules, German separable prefixes, and the unchanged token as the fallback.
Importing simplemma compiles the rules of all of its 50-odd languages; this module
compiles the four patterns German needs. The tests check it answer for answer against
the installed simplemma, and :mod:`tracker.lemmas` uses it only when that simplemma
is the version named in :data:`SIMPLEMMA_VERSION`.

Adapted from simplemma 2.0.0, MIT License, Copyright (c) 2021, Adrien Barbaresi
(simplemma/strategies/: default, dictionary_lookup, clitic_decomposition,
hyphen_removal, prefix_decomposition, defaultprefixes, defaultrules/de, defaultrules/en).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Mapping

SIMPLEMMA_VERSION = "2.0.0"
LANGUAGES = ("de", "en")

# --- apostrophes (simplemma.utils) ----------------------------------------------------

_FOLDED_APOSTROPHES = ("’", "ʼ")


def _normalize_apostrophes(text: str) -> str:
    for glyph in _FOLDED_APOSTROPHES:
        text = text.replace(glyph, "'")
    return text


def _has_apostrophe(text: str) -> bool:
    return "'" in text or "’" in text or "ʼ" in text


def _apostrophe_variants(token: str) -> tuple[str, ...]:
    straight = _normalize_apostrophes(token)
    if "'" not in straight:
        return (token,)
    folded = (straight.replace("'", glyph) for glyph in _FOLDED_APOSTROPHES)
    return tuple(dict.fromkeys((token, straight, *folded)))


def _strip_diacritics(word: str) -> str:
    decomposed = unicodedata.normalize("NFD", word)
    return unicodedata.normalize(
        "NFC", "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    )


# --- German rules (simplemma.strategies.defaultrules.de) ----------------------------

_NOUN_ENDINGS_DE = re.compile(
    r"(?:erei|heit|keit|ion|schaft|tät|[^jlz]ung)(en)?$|"
    r"(?:euse|icen|logie)(n)?$|"
    r"(?:bold|[^hkl]ling|ment)(e?[ns]?)?$|"
    r"(?:ikus)(sen?)?$|"
    r"(?:erl|iker|[^e]iter)([ns])?$|"
    r"(?:gramm|[^ä]nom)(e?s|en)?$|"
    r"(?:eur)(en?|s)?$|"
    r"(?:ar|lein|stan|um)(s)?$",
    re.I,
)
_ADJ_ENDINGS_DE = re.compile(
    r"^(.{4,})"
    r"(artig|esk|oid|op|phil|phob|selig|schig)"
    r"(?:er|e?st)?(?:e|em|en|er|es)?$"
)
_PLUR_ORTH_DE = re.compile(r"(?:Innen|\*innen|\*Innen|-innen|_innen)$")
_PP_DE = re.compile(r"^(.{2,}ge.+?[^aes]t)(?:e|em|er|es)$")
_PP_VERB_STOPS_DE = frozenset(
    {"abgespeckt", "mitgeliefert", "angewandt", "herausgebracht", "angekratzt"}
)
_ERINNEN_STOPS_DE = frozenset({"Bardierinnen", "Gerinnen"})
_PART_END_DE = re.compile(r"^(.{2,}end)(?:em|es|er)$")
_PART_END_NOUN_STOPS_DE = ("anwend", "vorsitzend")
_ENDING_CHARS_DE = {"e", "m", "n", "r", "s"}
_NOUN_STOPS_DE = frozenset(
    {
        "Reutlingen",
        "Solingen",
        "Flözlingen",
        "Überlingen",
        "Tuttlingen",
        "Kaufbeuren",
        "Ländereien",
        "Départements",
    }
)


def _rules_de(token: str) -> str | None:
    if len(token) < 7:
        return None
    if token[0].isupper():
        if token in _NOUN_STOPS_DE:
            return None
        if match := _NOUN_ENDINGS_DE.search(token):
            ending = next((g for g in match.groups() if g), None)
            return token[: -len(ending)] if ending else token
        if _PLUR_ORTH_DE.search(token):
            return _PLUR_ORTH_DE.sub(":innen", token)
        if token.endswith("erinnen") and token not in _ERINNEN_STOPS_DE:
            return token[:-3]
    elif token[-1] in _ENDING_CHARS_DE:
        if adj_match := _ADJ_ENDINGS_DE.match(token):
            return (adj_match[1] + adj_match[2]).lower()
        if pp_match := _PP_DE.match(token):
            stem = pp_match[1].lower()
            if stem not in _PP_VERB_STOPS_DE:
                return stem
        if part_match := _PART_END_DE.match(token):
            if not part_match[1].lower().endswith(_PART_END_NOUN_STOPS_DE):
                return part_match[1]
    return None


# --- English rules (simplemma.strategies.defaultrules.en) ---------------------------

_ENGLISH_IES_ENDING = ("cies",)
_ENGLISH_S_ENDING = ("doms", "isms", "ists", "ments", "nces", "ships", "tions", "ums")


def _rules_en(token: str) -> str | None:
    if len(token) > 7 and token.endswith(_ENGLISH_IES_ENDING):
        return token[:-3] + "y"
    if token.endswith(_ENGLISH_S_ENDING):
        return token[:-1]
    if token.endswith("ized"):
        return token[:-4] + "ize"
    if token.endswith("erves"):
        return token[:-1]
    return None


_RULES: dict[str, Callable[[str], str | None]] = {"de": _rules_de, "en": _rules_en}

# --- German prefixes (simplemma.strategies.defaultprefixes) -------------------------

_PREFIXES_DE = [
    "ab", "an", "auf", "aus", "be", "da", "durch", "ein", "ent", "er", "gegen", "heim",
    "her", "hin", "hinzu", "innen", "los", "miss", "mit", "nach", "neben", "nieder", "ran",
    "raus", "rein", "rum", "runter", "über", "um", "unter", "ver", "vor", "weg", "weiter",
    "wieder", "zer",
]  # fmt: skip
_PREFIX_DE = re.compile(
    r"^(" + "|".join(sorted(_PREFIXES_DE, key=len, reverse=True)) + r")" + r"(?!zu)"
)

# --- English enclitics (simplemma.strategies.clitic_decomposition) ------------------

_CLITICS_EN = tuple(sorted(("n't", "'re", "'ve", "'ll", "'m", "'s", "'d"), key=len, reverse=True))
_IRREGULAR_CONTRACTIONS_EN = frozenset({"can't", "won't", "shan't"})
_MAX_CLITICS = 2

_HYPHEN_SPLIT = re.compile(r"([-_])")


class Lemmatizer:
    """simplemma's default German and English lemmatisation over ``dictionaries``."""

    __slots__ = ("_dictionaries",)

    def __init__(self, dictionaries: Callable[[str], Mapping[str, str]]) -> None:
        self._dictionaries = dictionaries

    # DictionaryLookupStrategy.get_lemma
    def lookup(self, token: str, lang: str) -> str | None:
        dictionary = self._dictionaries(lang)
        if (result := dictionary.get(token)) is not None:
            return result
        cased = token.lower() if token[:1].isupper() else token.capitalize()
        if (result := dictionary.get(cased)) is not None:
            return result
        if not _has_apostrophe(token):
            return None
        for variant in _apostrophe_variants(token)[1:]:
            if (result := dictionary.get(variant)) is not None:
                return result
            cased = variant.lower() if variant[:1].isupper() else variant.capitalize()
            if (result := dictionary.get(cased)) is not None:
                return result
        return None

    # CliticDecompositionStrategy (English enclitics; German has none)
    def _clitic(self, token: str, lang: str) -> str | None:
        if lang != "en":
            return None
        token = _normalize_apostrophes(token)
        if token.lower() in _IRREGULAR_CONTRACTIONS_EN:
            return None
        stem = token
        for _ in range(_MAX_CLITICS):
            stripped = None
            for suffix in _CLITICS_EN:
                if stem.endswith(suffix) and len(stem) - len(suffix) >= 1:
                    stripped = stem[: -len(suffix)]
                    break
            if stripped is None:
                return None
            stem = stripped
            lemma = self.lookup(stem, lang)
            if lemma is None:
                folded = _strip_diacritics(stem)
                if folded != stem:
                    lemma = self.lookup(folded, lang)
            if lemma is not None:
                return lemma
        return None

    # HyphenRemovalStrategy
    def _hyphen(self, token: str, lang: str) -> str | None:
        if "-" not in token and "_" not in token:
            return None
        parts = _HYPHEN_SPLIT.split(token)
        if not parts[-1]:
            return None
        candidate = "".join([t for t in parts if t not in ("-", "_")]).lower()
        if token[0].isupper():
            candidate = candidate.capitalize()
        lemma = self.lookup(candidate, lang)
        if lemma is not None:
            return lemma
        last = self.lookup(parts[-1], lang)
        if last is not None:
            return "".join(parts[:-1] + [last])
        return None

    # PrefixDecompositionStrategy (German only)
    def _prefix(self, token: str, lang: str) -> str | None:
        if lang != "de":
            return None
        match = _PREFIX_DE.match(token)
        if not match or match[1] == token:
            return None
        prefix = match[1]
        subword = self.lookup(token[len(prefix) :], lang)
        if not subword:
            return None
        return prefix + subword.lower()

    # DefaultStrategy._search_pipeline (affix and morpheme decomposition, apostrophe
    # boundaries and the greedy round are not used for German or English)
    def search(self, token: str, lang: str) -> str | None:
        if token.isnumeric():
            return token
        return (
            self.lookup(token, lang)
            or self._clitic(token, lang)
            or self._hyphen(token, lang)
            or _RULES[lang](token)
            or self._prefix(token, lang)
            or None
        )

    def lemmatize(self, token: str, lang: str) -> str:
        """``simplemma.lemmatize(token, lang)`` for ``lang`` "de" or "en"."""
        token = unicodedata.normalize("NFC", token)
        if token == "":
            raise ValueError("Wrong input value: empty string")
        candidate = self.search(token, lang)
        return candidate if candidate is not None else token

    def is_known(self, token: str, lang: str) -> bool:
        """``simplemma.is_known(token, lang)`` for ``lang`` "de" or "en"."""
        if not isinstance(token, str):
            raise TypeError(f"Wrong input type, expected string, got {type(token)}")
        if token == "":
            raise ValueError("Wrong input value: empty string")
        return self.lookup(unicodedata.normalize("NFC", token), lang) is not None
