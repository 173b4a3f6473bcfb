"""Word lists and regex tables of the attribution rules (see :mod:`tracker.extract.attribution`).

The cues themselves (verbs and phrases, with an example each) are the table in
:mod:`tracker.extract.attribution_cues`; ``CUES``, ``DE_FINITE`` and ``TRANSITIVE`` are
re-exported here. The words (stop words, roles, institutions, groups, media nouns, document
and time nouns, places) are lists in ``tracker/lexicon/attribution.tsv``, the outlets in
``outlets.tsv`` and ``outlet_aliases.tsv``: this module names each list, says what it is
for, and builds the regular expressions on them, once at import.
"""

from __future__ import annotations

import re
from functools import cache

from tracker import lexicon
from tracker.extract.attribution_cues import CUES as CUES
from tracker.extract.attribution_cues import DE_FINITE as DE_FINITE
from tracker.extract.attribution_cues import TRANSITIVE as TRANSITIVE
from tracker.extract.numbers import DE_WORD_NUMBER, EN_WORD_NUMBER
from tracker.lexicon import fold_name


def _words(list_name: str) -> frozenset[str]:
    """A list of ``attribution.tsv`` as a set."""
    return lexicon.words("attribution", list_name)


def _ordered(list_name: str) -> tuple[str, ...]:
    """A list of ``attribution.tsv`` in file order (suffixes tried in order)."""
    return lexicon.word_list("attribution", list_name)


EN_PARTICIPLE_AUX = _words("en_participle_aux")

# finite verbs that take an infinitive: "sagen können", "mitteilen wollen"
DE_MODALS = _words("de_modals")
DE_AUX = _words("de_aux")
PASSIVE_AUX = _words("passive_aux")


# nouns and words of a statement: a date next to them dates the statement ("in a statement
# on Tuesday", "in einer Pressekonferenz am Montag") (see ``dates.stated_time``)
STATEMENT_WORDS = {
    "de": _words("statement_words.de"),
    "en": _words("statement_words.en"),
}

# --- function words that never start or make a name (compared lower-cased)
STOP = _words("stop")
DETERMINERS = _words("determiners")
PRONOUNS = {
    "er": ("m", False),
    "sie": ("f", None),
    "he": ("m", False),
    "she": ("f", False),
    "they": (None, True),
    "it": ("n", False),
    "es": ("n", False),
    "__someone__": (None, False),  # "the 45-year-old": a person of either gender
}
DEMONSTRATIVE_DE = _words("demonstrative_de")
SUBORDINATORS = {
    "de": _words("subordinators.de"),
    "en": _words("subordinators.en"),
}
DE_TRAILING = _words("de_trailing")

# --- roles (person titles and functions); German feminine -in forms are added.
_DE_ROLE_STEMS = _words("de_role_stems")
DE_ROLE_FEMININE_IRREGULAR = _words("de_role_feminine_irregular")
FEMININE_COUNCILLOR = "rätin"
DE_ROLE_EXTRA_MALE = _words("de_role_extra_male")
EN_ROLE_FEMALE = _words("en_role_female")
EN_ROLE_MALE = _words("en_role_male")
EN_ROLES = _words("en_roles") | EN_ROLE_FEMALE | EN_ROLE_MALE
EN_MODIFIERS = _words("en_modifiers")

# --- institutions: heads (folded) and compound suffixes
INSTITUTIONS_DE = _words("institutions_de")
_INSTITUTION_SUFFIXES_DE = _ordered("institution_suffixes_de")
INSTITUTION_SUFFIX_RE = re.compile(
    "(?:" + "|".join(_INSTITUTION_SUFFIXES_DE) + ")(?:e|en|n|s|es)?$"
)
# English institution nouns that are other words in German ("Team", "Bank", "Brigade")
EN_ONLY_INSTITUTIONS = _words("en_only_institutions")
INSTITUTIONS_EN = _words("institutions_en") | EN_ONLY_INSTITUTIONS
# English media nouns that name an outlet only after "news"/"press" ("the coastguard agency")
EN_QUALIFIED_MEDIA = {"agency": frozenset({"news", "press", "wire"})}
PLURAL_INSTITUTIONS = _words("plural_institutions")
GROUPS = _words("groups")
PLURAL_ROLES = _words("plural_roles")
# a dative audience after a German speaker: "erzählt Bohdan Journalisten der Agentur Reuters"
AUDIENCE = _words("audience")
MEDIA_NOUNS = {
    "de": _words("media_nouns.de"),
    "en": _words("media_nouns.en"),
}
_OUTLETS = lexicon.outlets()
OUTLET_RE = re.compile(
    r"(?<![\w-])("
    + "|".join(re.escape(o) for o in sorted(_OUTLETS, key=len, reverse=True))
    + r")(?![\w-])"
)
OUTLET_FOLDED = frozenset(fold_name(o) for o in _OUTLETS)
# an outlet's interview or programme the statement was given in relays it: "im
# ARD-Interview", "im ZDF-Sommerinterview", "in an NBC interview"
OUTLET_INTERVIEW_RE = re.compile(
    r"(?<![\w-])("
    + "|".join(re.escape(o) for o in sorted(_OUTLETS, key=len, reverse=True))
    + r")(?:-(?:\w+-)?(?:[Ii]nterview|[Gg]espräch|[Tt]alkshow|[Tt]alk|[Pp]odcast|[Ss]endung)"
    r"|\s+(?:interview|podcast|broadcast|appearance))\b"
)
# one name for an outlet written several ways ("der Deutschen Presse-Agentur" -> dpa)
OUTLET_ALIASES = {
    fold_name(written): outlet for written, outlet in lexicon.rows("outlet_aliases", 2)
}
CARRIERS = _words("carriers")
DOCUMENT_NOUNS = _words("document_nouns")
DOCUMENT_SUFFIXES = _ordered("document_suffixes")
PRESENTING_VERBS = _words("presenting_verbs")
# a document after a source cue that names no author speaks itself ("laut einem Bericht")
SOURCE_DOCUMENTS = _words("source_documents")
# what a figure is measured by ("laut Buchwert"): compound endings that name no source
SOURCE_BASES = _ordered("source_bases")
TIME_NOUNS = _words("time_nouns")
PLACES = _words("places")
# "WASHINGTON (Reuters) -", "Berlin (dpa) -": wire copy, the agency relays the article
DATELINE_RE = re.compile(
    r"^\s*[A-ZÄÖÜ][\w .,/'-]{1,40}?\s*\(\s*(Reuters|AP|AFP|dpa|DPA|APA|KNA|epd|AFP/dpa|"
    r"dpa/AFP|Bloomberg|Interfax|TASS|Xinhua|Kyodo|Yonhap|ANSA|EFE|PAP)\s*\)\s*[-–—]"
)
SOURCE_RE = re.compile(r"\((?:Quelle|Quellen|Source|Sources)\s*:\s*([^)]{2,80})\)")
KONJ1_RE = re.compile(
    r"\b(?:sei|seien|habe|werde|könne|müsse|dürfe|solle|wolle|möge|gebe|gehe|komme|liege|"
    r"stehe|bleibe|lasse|wisse|brauche|handle|handele|zeige|fehle|hätten|"
    # reported speech where Konjunktiv I looks like the indicative: Konjunktiv II forms,
    # and third persons singular of common verbs
    r"würden|wären|gäbe|betrage|befinde|gelte|plane|erwarte|rechne|steige|sinke|drohe|"
    r"verfüge|bestehe|entstehe|erhalte|arbeite|laufe|zähle|fordere|benötige)\b"
)
# Konjunktiv I only: forms that are reported speech and nothing else
KONJ1_STRICT_RE = re.compile(
    r"\b(?:sei|seien|habe|werde|könne|müsse|dürfe|solle|wolle|möge|gebe|gehe|komme|liege|"
    r"stehe|bleibe|lasse|wisse|brauche|handle|handele|zeige|fehle|betrage|befinde|gelte|"
    r"plane|erwarte|rechne|steige|sinke|drohe|verfüge|bestehe|entstehe|erhalte|arbeite|"
    r"laufe|zähle|fordere|benötige)\b"
)
KONJ1_EXCLUDE_RE = re.compile(
    r"\b(?:sei es|es sei denn|sei dahingestellt|ich \w+|wir hätten|wir würden)\b",
    re.IGNORECASE,
)
REFER_BACK_EN_RE = re.compile(
    r"^(?:That|This)(?:'s|’s| is| was)\s+(?:what|according\s+to)\b"
    r"|\b(?:said|confirmed|reported)\s+(?:so|this|that)\s*[.!]?$"
)


# "not 5,000 as the mayor had claimed", "nicht 640, wie der Betriebsrat behauptet": the cue
# after "as"/"wie" belongs to the rejected value, not to the sentence
# (Both spell out every number word: compiled on first use, not at import.)
@cache
def counter_claim_re() -> re.Pattern[str]:
    return re.compile(
        r"\b(?:not|nicht|statt|anstatt|instead\s+of|rather\s+than)\s+(?:\S+\s+){0,2}?"
        rf"(?:\S*\d\S*|{DE_WORD_NUMBER}|{EN_WORD_NUMBER})\s*,?\s*$",
        re.IGNORECASE,
    )


@cache
def number_token_re() -> re.Pattern[str]:
    """A token that is a number: digits or a German or English number word."""
    return re.compile(rf"\d.*|{DE_WORD_NUMBER}|{EN_WORD_NUMBER}", re.IGNORECASE)


DISPUTE_RE = re.compile(r"\bdass\b|\bVorw[uü]rf|\bBericht|\bAngaben\b|:|\bdies\b|\bdas\b")

# --- organisations: the type a descriptor gives the name next to it ("der Autozulieferer
# Varnholt", "utility Eastmoor Power", "the GZL union"); German descriptors match the end of a
# compound ("Energiekonzern", "Stromversorger")
ORG_DESCRIPTORS_DE = {
    "company": _ordered("org_descriptors_de.company"),
    "union": ("gewerkschaft",),
}
ORG_DESCRIPTORS_EN = {
    "company": _words("org_descriptors_en.company"),
    "union": _words("org_descriptors_en.union"),
}
# a capitalised name ending in one of these is a company ("Eastmoor Power", "Varnholt AG")
COMPANY_NAME_HEADS = _words("company_name_heads")
# --- organisations named by a plural noun.  German: the singular heads whose plural, fixed
# by a name or a capitalised adjective, is one organisation ("Stadtwerke Grünstadt", "Berliner
# Wasserbetriebe", "Vereinte Nationen", "Helios Kliniken", "Wiener Linien"), matched at the end
# of the singular (simplemma lemma) of a compound; and plurals that are one organisation on
# their own ("die Stadtwerke", "die Streitkräfte").  English: plural last words of a capitalised
# name ("Wrenhallow Water Works", "United Nations", "Israel Defense Forces"): the plurals of
# the institution and company nouns, and heads used in the plural only.
PLURAL_ORG_HEADS_DE = _ordered("plural_org_heads_de")
PLURAL_ORGS_DE = _words("plural_orgs_de")


def _en_plural(word: str) -> str:
    if word.endswith("y") and word[-2:-1] not in ("a", "e", "o", "u"):
        return word[:-1] + "ies"
    return word + ("es" if word.endswith(("s", "sh", "ch", "x")) else "s")


PLURAL_ORG_HEADS_EN = frozenset(
    _en_plural(w)
    for w in INSTITUTIONS_EN | ORG_DESCRIPTORS_EN["company"]
    if len(w) > 3 and w.isalpha() and not w.endswith("s")
) | _words("plural_org_heads_en")
# German single-word names of rail companies ("Lindenbahn"; "Autobahn" is a known noun)
RAIL_NAME_SUFFIX = "bahn"
# compound words naming an authority ("Gesundheitsamt", "Innenministerium"); bare "Polizei"
# counts too, so that "die Behörde" stays as written when it could be either
AUTHORITY_HEADS = _ordered("authority_heads")
AUTHORITY_NAMES_EN = _words("authority_names_en")
# generic nouns that may refer back to the one organisation of their type
GENERIC_ORGS = {
    word: list_name.split(".", 1)[1]
    for list_name, words in lexicon.word_lists("attribution").items()
    if list_name.startswith("generic_orgs.")
    for word in words
}
# every company descriptor ("der Discounter", "the retailer") refers back the same way
for _descriptor in (*ORG_DESCRIPTORS_DE["company"], *ORG_DESCRIPTORS_EN["company"]):
    GENERIC_ORGS.setdefault(_descriptor, "company")
SPOKES_ROLES = _words("spokes_roles")
ROLE_RANK_WORDS = _words("role_rank_words")
ADVERBIAL_NOUNS = _words("adverbial_nouns")

# --- word classes: suffixes, name particles, adverbs
COMPANY_SUFFIXES = _words("company_suffixes")
ABSTRACT_SUFFIXES = _ordered("abstract_suffixes")
# German adjective endings: "Slowenischen" (lemma "Slowenische") is an adjective, "Linien"
# (lemma "Linie") a noun
ADJECTIVE_SUFFIXES_DE = _ordered("adjective_suffixes_de")
ADJ_RE = re.compile(r"^[a-zäöüß][a-zäöüß\-]*(?:e|en|er|es|em)$")
NAME_PARTICLES = _words("name_particles")
EN_ADVERBS = _words("en_adverbs")
EN_SKIP_BEFORE_VERB = EN_ADVERBS | _words("en_skip_before_verb")
# "Peskov on Friday denied", "the White House late Tuesday said": a time between subject and
# verb
EN_TIME_BEFORE_VERB = _words("en_time_before_verb")
EN_TIME_LEADS = _words("en_time_leads")
DE_ROLE_RE = re.compile(
    "(" + "|".join(sorted(_DE_ROLE_STEMS, key=len, reverse=True)) + ")(in|en|n|s|es)?$"
)
PLACE_PREPS = _words("place_preps")

# --- clause reading: boundaries, time words after a verb, prepositions, feminine endings
# a US party and state tag after a name: "Chuck Schumer, D-N.Y., said", "(R-Texas)"
PARTY_TAG_RE = re.compile(r"\(?[DRI]-[A-Z][\w.]*\)?\.?")
RELATIVE_PRONOUNS = _words("relative_pronouns")
PUNCT_BOUNDARY = frozenset(",;:()[]–—.!?+")  # "+" marks ticker headlines: "++ X meldet ++"
TIME_WORD_RE = re.compile(
    r"^(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag)"
    r"(?:s|morgen|vormittag|mittag|nachmittag|abend|nacht)?$|^(?:wochenende|nacht|abend|"
    r"morgen|vormittag|nachmittag|rande|anschluss|interview|gespräch|pressekonferenz)$"
)
PREPOSITIONS = _words("prepositions")
DE_SKIP_RIGHT = STOP - DETERMINERS - frozenset(PRONOUNS)
FEMININE_SUFFIXES = _ordered("feminine_suffixes")
MEDIA_NAME_WORDS = _words("media_name_words")  # part of a station's name: "Radio Bremen"
FEMININE_MEDIA = _words("feminine_media")
