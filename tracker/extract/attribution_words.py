"""Tokens, quotation masking and word classes for attribution.

What one word can be: a role ("Landrätin", "mayor"), an institution ("Landratsamt",
"-ministerium"), a media noun, a place, a possible part of a name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from tracker import lemmas
from tracker.extract.attribution_lexicon import (
    ABSTRACT_SUFFIXES,
    ADJECTIVE_SUFFIXES_DE,
    CUES,
    DE_ROLE_EXTRA_MALE,
    DE_ROLE_FEMININE_IRREGULAR,
    DE_ROLE_RE,
    DOCUMENT_NOUNS,
    DOCUMENT_SUFFIXES,
    EN_ONLY_INSTITUTIONS,
    EN_ROLE_FEMALE,
    EN_ROLE_MALE,
    EN_ROLES,
    FEMININE_COUNCILLOR,
    FEMININE_MEDIA,
    FEMININE_SUFFIXES,
    GROUPS,
    INSTITUTION_SUFFIX_RE,
    INSTITUTIONS_DE,
    INSTITUTIONS_EN,
    MEDIA_NOUNS,
    NAME_PARTICLES,
    PLACES,
    PLURAL_INSTITUTIONS,
    PLURAL_ORG_HEADS_DE,
    PLURAL_ORG_HEADS_EN,
    PLURAL_ORGS_DE,
    ROLE_RANK_WORDS,
    STOP,
    TIME_NOUNS,
)
from tracker.extract.names import first_name_gender
from tracker.extract.sentences import QuoteSpan
from tracker.extract.units import NATIONAL_UNITS, lexicon_unit

_TOKEN_RE = re.compile(r"[^\W\d_](?:[\w'’.\-]*[^\W_])?|\d+(?:[.,]\d+)*|\S")
# =========================================================================== tokens


@dataclass(slots=True)
class Token:
    text: str
    start: int
    end: int
    low: str
    cap: bool
    word: bool


def tokenize(masked: str) -> list[Token]:
    tokens: list[Token] = []
    for m in _TOKEN_RE.finditer(masked):
        t = m.group()
        w = t[0].isalpha()
        tokens.append(Token(t, m.start(), m.end(), t.lower(), w and t[0].isupper(), w))
    return tokens


_AFTER_QUOTE_RE = re.compile(r"\s*,?\s*(\w+)(?:\s+(\w+))?(?:\s+(\w+))?")


def _is_speech(text: str, q: QuoteSpan, inner: str, lang: str) -> bool:
    """A short quotation is speech (not a name or a scare quote) when a cue verb is attached:
    '"Es reicht", sagte Ott' / 'sagte: "Nein"'."""
    if not any(w[:1].islower() for w in inner.split()):
        return False  # "Iswestija", "Telegram": a name in quotes
    if text[: max(q.start, 0)].rstrip().endswith(":"):
        return True
    m = _AFTER_QUOTE_RE.match(text, q.end)
    return m is not None and any(w and w.lower() in CUES[lang] for w in m.groups())


def mask(text: str, spans: list[QuoteSpan], lang: str) -> tuple[str, list[QuoteSpan]]:
    """Blank out quotations of speech; returns the masked text and their spans."""
    chars = list(text)
    long_spans: list[QuoteSpan] = []
    for q in spans:
        a = q.start + 1 if q.start >= 0 else 0
        b = q.end - 1 if q.closed else q.end
        inner = text[a:b]
        n_words = len(inner.split())
        if (
            q.continued
            or not q.closed
            or n_words >= 4
            or any(c in inner for c in ".!?")
            or _is_speech(text, q, inner, lang)
        ):
            long_spans.append(q)
            for i in range(a, b):
                chars[i] = " "
    return "".join(chars), long_spans


def last_part(low: str) -> str:
    return low.rsplit("-", 1)[-1]


@lru_cache(maxsize=65536)
def _role_key(low: str, cap: bool, lang: str) -> tuple[str, str | None] | None:
    if low in GROUPS or low in PLURAL_INSTITUTIONS:
        return None
    if lang == "en" or not cap:
        key = low.rstrip(".")
        if key in EN_ROLES:
            gender = "f" if key in EN_ROLE_FEMALE else "m" if key in EN_ROLE_MALE else None
            return key, gender
        return None
    part = last_part(low)
    if part in DE_ROLE_FEMININE_IRREGULAR or part.endswith(FEMININE_COUNCILLOR):
        return part, "f"  # "Landrätin", "Betriebsrätin": a person, where "-rat" is a council
    if part in DE_ROLE_EXTRA_MALE:
        return part.removesuffix("en"), "m"
    m = DE_ROLE_RE.search(part)
    if m is None:
        return None
    stem, rest = m.group(1), m.group(2) or ""
    key = part[: m.end(1)]  # the whole compound: "kremlchef", "ministerpräsident"
    rank = last_part(low[: -len(part)].rstrip("-")) if "-" in low else ""
    if rank in ROLE_RANK_WORDS:
        key = rank + key  # "Vize-Präsident", "Ex-Kanzler": another office than the role
    if rest == "in":
        return key + "in", "f"
    return key, "m" if stem not in ("vorsitzender", "experte") else None


def role_info(tok: Token, lang: str) -> tuple[str, str | None] | None:
    """(role key, gender) when the token is a person role or title, else None."""
    return _role_key(tok.low, tok.cap, lang)


_UMLAUTS = "äöü"
_AUXILIARIES = frozenset(
    "werden haben sein können müssen dürfen mögen sollen wollen lassen".split()
)


def subjunctive_verb(low: str, konjunktiv2: bool = True) -> bool:
    """A German verb form of reported speech the word lists miss: Konjunktiv I of the third
    person singular ("ergebe", "liege", "koste": the infinitive without its "n") and, with
    ``konjunktiv2``, Konjunktiv II with an umlaut the infinitive lacks ("lägen", "käme",
    "stünden")."""
    if not low.isalpha() or not low.endswith(("e", "en")) or len(low) < 4:
        return False
    lemma = de_lemma(low)
    if lemma == low or not lemma.endswith("en") or not lemma.isalpha() or lemma in _AUXILIARIES:
        return False  # "würde", "hätte", "könnte" also narrate: the word lists decide
    if low == lemma[:-1]:
        return True
    if not konjunktiv2:
        return False
    umlaut = next((c for c in low if c in _UMLAUTS), None)
    return umlaut is not None and umlaut not in lemma


def ranked_role(info: tuple[str, str | None], before: Token | None) -> tuple[str, str | None]:
    """A role with the rank word just before it: "Vice President" -> "vice president",
    "Former President" -> "former president" (another office than "the president")."""
    if before is not None and before.low in ROLE_RANK_WORDS:
        return f"{before.low} {info[0]}", info[1]
    return info


def other_office(role: str, wanted: str) -> bool:
    """Whether a registered ``role`` that ends with ``wanted`` names another office:
    "vizepräsident", "ministerpräsident", "vice president" for "präsident", "president"."""
    prefix = role[: len(role) - len(wanted)].rstrip(" -")
    return any(prefix.endswith(w) for w in ROLE_RANK_WORDS)


@lru_cache(maxsize=65536)
def is_institution_word(low: str, lang: str) -> bool:
    if low in INSTITUTIONS_DE or (
        low in INSTITUTIONS_EN and (lang == "en" or low not in EN_ONLY_INSTITUTIONS)
    ):
        return True
    if lang != "de":
        return False
    part = last_part(low)
    return part in INSTITUTIONS_DE or INSTITUTION_SUFFIX_RE.search(part) is not None


@lru_cache(maxsize=65536)
def de_lemma(word: str) -> str:
    return lemmas.lemmatize(word, "de")


@lru_cache(maxsize=65536)
def inflected_noun(word: str) -> bool:
    """German: a capitalised word that is an inflected form of a known noun ("Zölle",
    "Wahlen", "Journalisten"); surnames are rarely inflected ("Vogt", "Merkel")."""
    if first_gender(word):
        return False
    lemma = de_lemma(word).lower()
    low = word.lower()
    if lemma.startswith(low) and lemma[len(low) :] in ("e", "en"):
        return False  # "Schwalb" is no form of "Schwalbe": inflection adds, never drops
    return lemma != low and low not in (lemma + "s", lemma + "es")


@lru_cache(maxsize=65536)
def known_en(word: str) -> bool:
    return lemmas.is_known(word, "en")


@lru_cache(maxsize=65536)
def known_de(word: str) -> bool:
    return lemmas.is_known(word, "de")


def name_token(tok: Token, lang: str, pos: int) -> bool:
    """Whether tok can be the pos-th token of a person name."""
    if not nameish(tok, lang):
        return False
    if lang == "de":
        if inflected_noun(tok.text):
            return False
        if pos >= 2 and known_de(tok.text):
            return False
    return True


@lru_cache(maxsize=65536)
def strip_genitive(word: str, lang: str) -> str:
    """German genitive singular to base form: Landratsamts -> Landratsamt, Kremls -> Kreml."""
    if lang != "de":
        return word
    low = word.lower()
    for suffix in ("es", "s"):
        n = len(suffix)
        if low.endswith(suffix) and len(low) > n + 3:
            stem = low[:-n]
            if is_institution_word(stem, lang) or is_media(stem):
                return word[:-n]
            info = _role_key(stem, True, lang)
            if info is not None and last_part(stem).endswith(info[0]):
                return word[:-n]
            if de_lemma(word).lower() == stem:
                return word[:-n]
    return word


@lru_cache(maxsize=65536)
def plural_org_noun(word: str, lang: str) -> str | None:
    """The nominative of ``word`` when it is the plural of an organisation noun, else None.

    German: a plural (its simplemma lemma is the singular) whose singular ends in an
    organisation head ("Stadtwerke", "Verkehrsbetrieben" -> "Verkehrsbetriebe", "Kliniken",
    "Nationen"), or a plural that is one organisation ("Streitkräfte"); English: the plural
    of an institution or company noun, or a plural-only head ("Works", "Nations", "Forces").
    English institution words ("Authorities") are read as institutions already."""
    if not word[:1].isupper():
        return None
    if lang != "de":
        low = word.lower()
        return word if low in PLURAL_ORG_HEADS_EN and not is_institution_word(low, lang) else None
    prefix, dash, part = word.rpartition("-")
    low = part.lower()
    lemma = de_lemma(part).lower()
    if lemma == low or low in (lemma + "s", lemma + "es") or not part[:1].isupper():
        return None  # a singular ("Werk", genitive "Werkes")
    if low.endswith("n") and low[:-1] != lemma and de_lemma(part[:-1]).lower() == lemma:
        part = part[:-1]  # dative plural: "den Wasserbetrieben"
    if part.lower() in PLURAL_ORGS_DE or lemma.endswith(PLURAL_ORG_HEADS_DE):
        return prefix + dash + part
    return None


def base_adjective(word: str) -> str:
    """German capitalised adjective to its form after a definite article:
    "Statistischen" -> "Statistische", "Europäischen" -> "Europäische"."""
    low = word.lower()
    if low.endswith(("en", "em", "er", "es")):
        lemma = de_lemma(word).lower()
        if lemma == low[:-2] or (
            low.endswith("en")
            and (
                lemma == low[:-1]
                and lemma[:-1].endswith(ADJECTIVE_SUFFIXES_DE)
                or lemma.endswith("er")
                and lemma[:-2] == low[:-2]
            )
        ):
            # "Deutschen" (lemma "Deutscher"), "Slowenischen" (lemma "Slowenische")
            return word[:-2] + "e"
    return word


# heads of German closed compounds that name an outlet: "Rundfunksender", "Lokalzeitung"
_DE_MEDIA_HEADS = ("zeitung", "sender", "magazin", "rundfunk", "fernsehen", "portal")


def is_media(low: str, lang: str = "de") -> bool:
    nouns = MEDIA_NOUNS["de" if lang == "de" else "en"]
    if low in nouns or last_part(low) in nouns:
        return True
    return lang == "de" and len(low) > 8 and low.endswith(_DE_MEDIA_HEADS)


@lru_cache(maxsize=65536)
def _nameish_word(text: str, lang: str) -> bool:
    if len(text) < 2 or not text[0].isupper():
        return False
    low = text.lower()
    if low in STOP or low in GROUPS or is_media(low, lang):
        return False
    if low.endswith(("'s", "’s")):
        return False
    if _role_key(low, True, lang) is not None or is_institution_word(low, lang):
        return False
    if low in DOCUMENT_NOUNS or low in TIME_NOUNS:
        return False
    if lang == "de":
        if is_institution_word(strip_genitive(text, lang).lower(), lang):
            return False
        if low.endswith(DOCUMENT_SUFFIXES) and not first_gender(text):
            return False
        if de_lemma(text)[:1].islower():
            return False  # "Dabei", "Seinerseits", "Gestern": not nouns, so not names
    return True


def nameish(tok: Token, lang: str) -> bool:
    return tok.word and _nameish_word(tok.text, lang)


def is_place(low: str, places: set[str]) -> bool:
    return low in PLACES or low in places or (low.endswith("s") and low[:-1] in places)


@lru_cache(maxsize=65536)
def first_gender(word: str) -> str | None:
    return first_name_gender(word) if word[:1].isupper() else None


def particle_ok(tokens: list[Token], j: int, limit: int, lang: str) -> bool:
    """A lower-case name particle inside a name: "von der Leyen", "de Gaulle", "bin Salman"."""
    t = tokens[j]
    if t.low not in NAME_PARTICLES or j == 0 or j + 1 >= limit:
        return False
    prev = tokens[j - 1]
    if t.low in ("der", "den", "la", "le", "del"):
        # "von der Leyen", "de la Cruz"; "Le Pen", "Le Maire" after a given name
        french = t.low in ("la", "le", "del") and t.cap and first_gender(prev.text.split("-")[0])
        if prev.low not in ("von", "van", "de", "di", "da") and not french:
            return False
    elif not first_gender(prev.text.split("-")[0]):
        return False  # particles follow a given name: "Ursula von", "Mohammed bin"
    nxt = tokens[j + 1]
    return nameish(nxt, lang) or (nxt.low in NAME_PARTICLES and j + 2 < limit)


def det_gender(det: str | None) -> str | None:
    return {"der": "m", "die": "f", "das": "n", "ein": "m", "eine": "f"}.get(det or "")


def feminine(low: str) -> bool:
    """German nouns that are feminine by their ending ("der Botschaft" is then a dative)."""
    if _role_key(low, True, "de") is not None:
        return low.endswith("in")  # "der Gouverneur" is no dative, "der Ministerin" is
    return last_part(low) in FEMININE_MEDIA or low.endswith(FEMININE_SUFFIXES)


PERSON_NOUN_RE = re.compile(
    r"(?:er|erin|in|ist|istin|ent|entin|ant|antin|eur|eurin|or|orin|ling|mann|frau|ian|ee)$"
)


def person_noun(tok: Token, lang: str) -> bool:
    """Whether a noun names a person ("Anwalt", "Schulaufsichtsbeamtin", "Partner"), not a
    topic ("Eigenkapital", "Haussanierung"): a role, or a person's ending."""
    if role_info(tok, lang) is not None:
        return True
    return PERSON_NOUN_RE.search(tok.low) is not None and not tok.low.endswith(ABSTRACT_SUFFIXES)


def demonym(word: str) -> bool:
    """A German noun for a person by where they come from: "Franzose", "Österreicherin"
    (the nationals of the unit lexicon), "Wiener", "Tiroler" (a known place + er/erin),
    "Indonesier", "Italienerin" (a place in -ien)."""
    if not word[:1].isupper() or "-" in word:
        return False
    entry = lexicon_unit(word, "de")
    if entry is not None:
        return entry.unit in NATIONAL_UNITS
    low = word.lower()
    stem = low[:-2] if low.endswith("in") and low[-3:-2] in "re" else low
    if stem.endswith("ier"):
        return stem[:-3] + "ien" in PLACES
    if stem.endswith("ener"):
        return stem[:-2] in PLACES  # "Italiener" <- "Italien"
    return stem.endswith("er") and len(stem) > 5 and stem[:-2] in PLACES
