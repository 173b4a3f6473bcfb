"""Key texts: what a claim says, without its value, in a vocabulary both languages share.

A key text is a list of terms:

* content words, case- and accent-folded, lemmatised (simplemma) and mapped to a
  shared English concept (``evakuiert`` and ``evacuated`` both become ``evacuate``);
* stop words and the attribution frame ("sagte Vogt", "officials said") removed;
* places and organisations as canonical names (``Kiew`` -> ``kyiv``);
* every figure replaced by a placeholder that keeps its unit (``#person``); its
  value becomes a separate value term (``=person:3500``) that retrieval may use.

The same function serves tweets, fact-checks and article sentences: URLs, @handles,
hashtags and emoji are reduced to words or dropped.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from tracker import lemmas, lexicon
from tracker.lexicon import fold as fold
from tracker.lexicon import vocabulary

_TOKEN = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*", re.UNICODE)
_URL = re.compile(r"https?://\S+|www\.\S+", re.I)
_HANDLE = re.compile(r"(?<!\w)@\w+")
_HASHTAG = re.compile(r"(?<!\w)#(\w+)")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")

STOP_WORDS: dict[str, frozenset[str]] = {
    "de": lexicon.words("key_texts", "stop_words.de"),
    "en": lexicon.words("key_texts", "stop_words.en"),
}


# Calendar words: when a claim was made is its stated time, not part of what it says.
TIME_WORDS = lexicon.words("key_texts", "time_words")
_WEEKDAY_PREFIX = re.compile(
    r"^(montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)(s?morgen|s?abend|"
    r"s?nacht|s?mittag|s?vormittag|s?nachmittag)$"
)
# Multi-word expressions that one concept says better, applied before tokenising.
_PHRASES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\bums\s+Leben\s+(?:ge)?(?:kommen|kam|kamen)\b", re.I), " starben "),
    (re.compile(r"\bums\s+Leben\b", re.I), " starben "),
    (re.compile(r"\bvon\s+der\s+Au(?:ß|ss)enwelt\s+abgeschnitten\b", re.I), " abgeschnitten "),
    (re.compile(r"\bcut\s+off\b", re.I), " cut "),
    (re.compile(r"\bdeath\s+toll\b", re.I), " death "),
)
# Expressions whose words may stand apart, around a figure or a separable verb's
# particle: found in the whole sentence, they add their concept to the key text.
_SENTENCE_CONCEPTS: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        re.compile(
            r"\b(?:Häuser|Häusern|Wohnungen|Wohnung|Haus|Heime?n?)\s+"
            r"(?:verlassen|räumen|geräumt)\b",
            re.I,
        ),
        "evacuate",
    ),
    (
        re.compile(
            r"\b(?:forced|driven|fled|flee|fleeing)\b[^.;]{0,40}?\b(?:their|his|her)\s+homes?\b",
            re.I,
        ),
        "evacuate",
    ),
    (
        re.compile(
            r"\bfiel(?:en)?\b[^.;,]{0,60}?\baus\b|\bfall(?:en|t)\b[^.;,]{0,60}?\baus\b", re.I
        ),
        "cancel",
    ),
)


# Concepts of the attribution frame ("bekräftigte", "a spokesman said", "according
# to"): who says it and how is kept apart from what is said.
FRAME_CONCEPTS = lexicon.words("key_texts", "frame_concepts")


def is_time_word(folded: str) -> bool:
    return folded in TIME_WORDS or bool(_WEEKDAY_PREFIX.match(folded))


@dataclass(frozen=True)
class FigureSlot:
    """Where a figure sits in the text being keyed, and what it counts."""

    start: int
    end: int
    unit: str | None
    value: float
    unit_text: str | None = None  # the counted noun as written ("Evakuierten")


@dataclass(frozen=True)
class KeyText:
    terms: tuple[str, ...]  # content terms and unit placeholders, in text order
    values: tuple[str, ...]  # value terms, e.g. "=person:3500"
    places: frozenset[str]  # canonical places and organisations

    @property
    def text(self) -> str:
        return " ".join(self.terms)

    def index_terms(self) -> list[str]:
        """Everything the inverted index should hold for this text."""
        return [*self.terms, *self.values]


@lru_cache(maxsize=4)
def folded_stop_words(language: str) -> frozenset[str]:
    return frozenset(fold(word) for word in STOP_WORDS.get(language, STOP_WORDS["en"]))


def unit_token(unit: str | None) -> str:
    return "#" + (unit.replace(" ", "_") if unit else "number")


def value_token(unit: str | None, value: float) -> str:
    number = f"{value:.6g}" if not float(value).is_integer() else str(int(value))
    return f"={unit.replace(' ', '_') if unit else 'number'}:{number}"


def clean_social(text: str) -> str:
    """URLs and @handles dropped, #HashTags split into words, emoji and symbols dropped.
    A trailing "— Name (@handle) date" signature of an embedded tweet is removed."""
    text = re.sub(r"\s[—–-]\s[^—–\n]{0,80}\(@\w+\)\s*\w*\s*\d{0,2},?\s*\d{0,4}\s*$", " ", text)
    text = _URL.sub(" ", text)
    text = _HANDLE.sub(" ", text)
    text = _HASHTAG.sub(lambda m: " " + _CAMEL.sub(" ", m.group(1)) + " ", text)
    return text


@lru_cache(maxsize=200_000)
def _lemma(token: str, language: str) -> str:
    if language not in ("de", "en"):
        return token.lower()
    try:
        return lemmas.lemmatize(token, language)
    except ValueError:
        return token.lower()


def key_text(
    text: str,
    language: str | None,
    figures: Sequence[FigureSlot] = (),
    drop_names: Iterable[str] = (),
    drop_phrases: Iterable[str] = (),
) -> KeyText:
    """The key text of ``text``; ``figures`` spans are relative to ``text``.

    ``drop_names`` (people) are left out word by word, so that "Vogt" goes with "Petra
    Vogt"; ``drop_phrases`` (organisations, outlets) only where the whole name stands, so
    that "In Grünstadt" keeps its place when "die Stadtwerke Grünstadt" speak."""
    language = language if language in ("de", "en") else "en"
    stop = folded_stop_words(language)
    dropped = {fold(part) for name in drop_names if name for part in _TOKEN.findall(name)}
    dropped_stems = tuple(d for d in dropped if len(d) >= 5)
    phrases = [
        words
        for phrase in drop_phrases
        if phrase and (words := tuple(fold(t) for t in _TOKEN.findall(phrase)))
    ]
    terms: list[str] = []
    values: list[str] = []
    places: set[str] = set()
    ordered = sorted(figures, key=lambda f: f.start)
    position = 0
    pieces: list[tuple[str, FigureSlot | None]] = []
    for figure in ordered:
        if figure.start < position:
            continue
        pieces.append((text[position : figure.start], None))
        pieces.append(("", figure))
        position = figure.end
    pieces.append((text[position:], None))
    extra = [concept for pattern, concept in _SENTENCE_CONCEPTS if pattern.search(text)]
    for chunk, slot in pieces:
        if slot is not None:
            figure = slot
            terms.append(unit_token(figure.unit))
            values.append(value_token(figure.unit, figure.value))
            # "3.500 Evakuierte" counts persons, but says what happened to them.
            if figure.unit == "person" and figure.unit_text and _TOKEN.fullmatch(figure.unit_text):
                said = fold(vocabulary.concept(_lemma(figure.unit_text, language), language))
                if said not in stop and said != fold(figure.unit or "") and len(said) > 2:
                    terms.append(said)
            continue
        cleaned = clean_social(chunk)
        for pattern, replacement in _PHRASES:
            cleaned = pattern.sub(replacement, cleaned)
        tokens = _TOKEN.findall(cleaned)
        folded_tokens = [fold(t) for t in tokens]
        i = 0
        found = vocabulary.find_places(tokens)
        spans = {start: (end, canonical) for start, end, canonical in found}
        while i < len(tokens):
            if i in spans:
                end, canonical = spans[i]
                places.add(canonical)
                terms.append(canonical)
                i = end
                continue
            skip = next((len(words) for words in phrases if _phrase_at(folded_tokens, i, words)), 0)
            if skip:
                i += skip
                continue
            token, folded = tokens[i], folded_tokens[i]
            i += 1
            if (
                folded in stop
                or folded in dropped
                or (len(folded) < 2 and not folded.isdigit())
                or is_time_word(folded)
                or (dropped_stems and folded.startswith(dropped_stems))
            ):
                continue
            if token.isdigit():
                # A number the figure extractor did not count (a year, a code): keep it
                # as a plain term; it often names the thing ("COVID 19", "2024").
                terms.append(token)
                continue
            if _is_name(token, language):
                # A name, written in several ways across languages ("Selenskyj",
                # "Zelensky"): one spelling for all.
                terms.append(name_term(token))
                continue
            lemma = _lemma(token, language)
            if fold(lemma) in stop:
                continue
            said = fold(vocabulary.concept(lemma, language))
            if said in FRAME_CONCEPTS:
                continue
            terms.append(said)
    terms.extend(c for c in extra if c not in terms)
    return KeyText(tuple(terms), tuple(values), frozenset(places))


def claim_key(
    text: str,
    language: str | None,
    figures: Sequence[FigureSlot],
    claimant: str | None = None,
    claimant_kind: str | None = None,
    via: str | None = None,
    title: str | None = None,
) -> KeyText:
    """The key text of a claim: what it says without who says it or relays it.

    A person's name goes word by word ("Vogt" for "Petra Vogt"); an organisation's or
    an outlet's only where the whole name stands ("In Grünstadt" stays a place when
    "die Stadtwerke Grünstadt" speak). ``title``: the headline of a claim that is its
    record's whole text, which says the same in other words and is keyed too."""
    person = claimant_kind in (None, "person", "unknown")
    names = [claimant] if person and claimant else []
    phrases = [n for n in (claimant, via) if n and n not in names]
    key = key_text(text, language, figures, names, phrases)
    if title:
        headline = key_text(title, language)
        key = KeyText(key.terms + headline.terms, key.values, key.places | headline.places)
    return key


_CASE_ENDINGS = ("s", "es", "n", "en", "e", "er", "em")


@lru_cache(maxsize=100_000)
def _is_name(token: str, language: str) -> bool:
    """A capitalised word no dictionary knows, and no compound of known words."""
    if not token[:1].isupper() or len(token) < 3:
        return False
    if _known(token, language) or vocabulary.is_known(token, language):
        return False
    return not (language == "de" and _german_compound(token))


@lru_cache(maxsize=100_000)
def name_term(token: str) -> str:
    from tracker.extract.names import name_skeleton

    return name_skeleton(token).replace(" ", "-")


def _phrase_at(folded: Sequence[str], i: int, words: tuple[str, ...]) -> bool:
    """Whether the folded ``words`` stand at ``folded[i]``, each word perhaps with a
    German case ending ("der Technischen Werke", "des Wahlamts"); a name shorter than
    four letters only as it is ("EU" is not "Euro")."""
    found = folded[i : i + len(words)]
    if len(found) < len(words):
        return False
    return all(
        seen == word
        or (len(word) >= 4 and seen.startswith(word) and seen[len(word) :] in _CASE_ENDINGS)
        for seen, word in zip(found, words, strict=True)
    )


_STOP_CAPITALISED = lexicon.words("key_texts", "stop_capitalised")


def name_tokens(*names: str | None) -> frozenset[str]:
    """Folded word tokens of names (claimants, relays), to tell them from subjects."""
    return frozenset(fold(t) for name in names if name for t in _TOKEN.findall(name))


@lru_cache(maxsize=200_000)
def _known(token: str, language: str) -> bool:
    try:
        return lemmas.is_known(token, language)
    except ValueError:
        return False


# German place names end like this far more often than common nouns do. (Not "-ow": in
# news it ends Russian and Ukrainian surnames, Peskow, Lawrow, Fedorow, far more often
# than places, Güstrow, Pskow; known places come from the gazetteer.)
_GERMAN_TOPONYM = re.compile(
    r"\w{3,}(?:hafen|berg|burg|dorf|feld|felde|hausen|heim|ingen|stadt|stedt|au|bach|brück|"
    r"brücken|brunn|born|furt|hagen|hof|horst|kirchen|leben|rode|see|tal|thal|walde|wald|"
    r"werder|witz|zig|itz|ach)$"
)
_SENTENCE_END = re.compile(r"(?<=[.!?:])\s+|\n+")


@lru_cache(maxsize=100_000)
def is_common_word(folded: str) -> bool:
    """Is this folded anchor an ordinary English or German word ("german", "mayor")
    rather than a name? Places and people are rarely in the dictionary."""
    return _known(folded, "en") or _known(folded.capitalize(), "de")


def anchors(text: str, language: str | None) -> frozenset[str]:
    """Names and places in ``text``: canonical places and organisations, capitalised
    words the dictionary does not know (Mittelau, Riverton, Selenskyj), German words
    shaped like place names (Nordhafen, Felsbrunn), and in English every capitalised
    word inside a sentence (Park, Council)."""
    language = language if language in ("de", "en") else "en"
    found: set[str] = set()
    for sentence in _SENTENCE_END.split(clean_social(text)):
        tokens = _TOKEN.findall(sentence)
        covered: set[int] = set()
        for start, end, canonical in vocabulary.find_places(tokens):
            found.add(canonical)
            covered.update(range(start, end))
        for i, token in enumerate(tokens):
            if i in covered or not token[:1].isupper() or len(token) < 2:
                continue
            folded = fold(token)
            if (
                folded in _STOP_CAPITALISED
                or folded in folded_stop_words(language)
                or is_time_word(folded)
            ):
                continue
            if language == "de":
                if (
                    i > 0
                    and _GERMAN_TOPONYM.match(token) is not None
                    and not vocabulary.is_known(token, "de")
                    and not _common_compound(fold(token))
                ) or (not _known(token, language) and not _german_compound(token)):
                    found.add(folded)
            elif not _known(token, language) or i > 0:
                found.add(folded)
    return frozenset(found)


@lru_cache(maxsize=100_000)
def _german_compound(token: str) -> bool:
    """Is this unknown capitalised German word a compound of ordinary words
    ("Zusatzzölle", "Niedrigwasser-Konferenz", "Hitzetote")? Then it is a noun, not a
    name: its last part is a known noun of four letters or more."""
    word = token.split("-")[-1] if "-" in token else token
    if "-" in token and len(word) >= 4 and _known(word.capitalize(), "de"):
        return True
    for split in range(3, len(word) - 3):
        head = word[split:].capitalize()
        if _known(head, "de"):
            return True
    return False


_PLACE_SHAPE = re.compile(
    r"\w{3,}(?:hafen|berg|burg|dorf|feld|felde|hausen|heim|ingen|stadt|stedt|bach|bruecken|"
    r"brunn|born|furt|hagen|hof|horst|kirchen|leben|rode|see|tal|thal|walde|wald|werder|witz|"
    r"itz|au|ach)$"
)


# Endings of place names that common nouns end in as often: a word that ends in one of
# these and in a known noun of five letters or more is that noun ("Parteivorsitz",
# "Nachrichtenportal", "Eigenkapital", "Personalumbau", "Sicherheitsniveau"), not a
# place. (Strong endings, -burg, -stadt, -dorf, -wald, keep a compound a place:
# "Freiburg", "Schwarzwald".)
_WEAK_PLACE_ENDINGS = ("itz", "tal", "au", "ach")
_STRONG_PLACE_ENDINGS = ("witz", "bach", "thal")


@lru_cache(maxsize=100_000)
def _common_compound(folded: str) -> bool:
    """Is this folded word shaped like a place only by a weak ending, and a compound
    whose last part is a known noun of five letters or more?"""
    ending = next((e for e in _WEAK_PLACE_ENDINGS if folded.endswith(e)), None)
    if ending is None or folded.endswith(_STRONG_PLACE_ENDINGS):
        return False
    for split in range(2, len(folded) - 4):
        head = folded[split:]  # five letters or more: the dictionary knows odd short ones
        if _known(head.capitalize(), "de"):
            return True
    return False


@lru_cache(maxsize=100_000)
def is_place(anchor: str) -> bool:
    """Is this (folded) anchor a place: a known place or organisation of the gazetteer,
    or a name shaped like a German place name (and not a compound noun that only ends
    like one)? (Asked of the same anchors for every pair of claims compared.)"""
    if anchor in vocabulary.canonical_places():
        return True
    return _PLACE_SHAPE.match(anchor) is not None and not _common_compound(anchor)


def is_geographic(anchor: str) -> bool:
    """A place that says where (a country, region, city), not an organisation that says who
    ("Bundesrat", "Google")."""
    return is_place(anchor) and anchor not in vocabulary.organisations()
