"""A bilingual vocabulary so that German and English claims meet in one key-text space.

Two lookups, both built once (lazily, on first use) from the tables ``concepts.tsv``
(with ``concepts_unmapped_de.tsv``) and ``places.tsv`` in this folder:

* :func:`concept` maps a simplemma lemma, German or English, to ONE canonical English
  concept: ``evakuieren``, ``Evakuierte``, ``Evakuierung``, ``evacuation`` and ``evacuee`` all
  become ``evacuate``; ``Gemeinde`` becomes ``municipality``; ``Pegel`` becomes
  ``water_level``. Unknown lemmas fall through lower-cased, so a key text never loses a word.
  :func:`find_phrases` does the same for multi-word expressions ("ums Leben kommen",
  "district administrator", "cut off", "state of emergency"), which one lemma cannot carry.
* :func:`place` and :func:`find_places` map the names of countries, regions, cities and
  organisations, in German, English and common short forms, to one canonical name
  (``Kiew``/``Kyiv``/``Kiev`` -> ``kyiv``; ``Vereinigte Staaten``/``USA``/``US`` ->
  ``united_states``). Places are the shared anchors of the cross-language match, so they are
  looked up on the *surface* tokens (before lemmatisation: simplemma turns ``US`` into ``we``
  and ``WHO`` into ``who``).

Folding (:func:`tracker.lexicon.fold`): look-ups ignore case, ``ß``/``ss``, umlauts
(``ü``/``ue``) and other accents (``Zürich``/``Zuerich``/``Zurich``). Short forms that are
also ordinary words (``US``, ``WHO``, ``IS``, ``Grüne``, ``Island``) are case-sensitive: they
only match as written in the table.

German lemmas that the table lacks get a few conservative second chances (see
:func:`concept`): feminine ``-in``/``-innen`` endings, one inflectional ending (the forms
simplemma leaves alone, such as ``Verletzter`` or lower-cased ``gemeinden``) and the head of a
hyphenated compound (``AfD-Politiker`` -> ``Politiker``).

Both tables also ship pre-built (``vocabulary.marshal``, written by ``python -m
tracker.lexicon.build``): loading it takes a few milliseconds where parsing the tables
takes tens. It is used only when it was built from the very files it is built from (a
digest of the tables, this module, the folding code and the Unicode version); otherwise
the tables are parsed as before. ``tests/test_lexicon.py`` checks that it is current.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from functools import cache, lru_cache
from typing import Any

from tracker.lexicon import fold, items, rows, rows_before

LANGUAGES = ("de", "en")

# Words skipped inside multi-word expressions, so that "state of emergency" also matches a
# key text whose stop words are already gone ("state emergency") and vice versa.
_GLUE: dict[str, frozenset[str]] = {
    "de": frozenset(
        "der die das des dem den ein eine einer eines einem einen um ums zum zur im am vom "
        "von in an auf für mit und".split()
    ),
    "en": frozenset(
        "the a an of to for in on at by and into their his her its our your my".split()
    ),
}

# German second chances, tried in order on the folded lemma: (ending, replacement).
_GERMAN_ENDINGS = (
    ("innen", "in"),
    ("innen", ""),
    ("in", ""),
    ("es", ""),
    ("en", ""),
    ("n", ""),
    ("r", ""),
    ("s", ""),
    ("e", ""),
)
_MIN_STEM = 4
_ADJECTIVE_ENDINGS = ("e", "en", "er", "es", "em")


# ---------------------------------------------------------------------------- concepts


class ConceptTable:
    """The parsed concept table: per language, folded lemma -> concept, and phrases."""

    def __init__(self) -> None:
        self.words: dict[str, dict[str, str]] = {"de": {}, "en": {}}
        self.phrases: dict[str, dict[tuple[str, ...], str]] = {"de": {}, "en": {}}
        self.concepts: set[str] = set()
        self.unmapped: frozenset[str] = frozenset()
        # (language, key, first concept, second concept) for every key claimed twice.
        self.conflicts: list[tuple[str, str, str, str]] = []

    def add(self, language: str, text: str, target: str) -> None:
        glue = _GLUE[language]
        tokens = [t for t in map(fold, text.split()) if t not in glue]
        if not tokens:
            return
        if len(tokens) == 1:
            key = tokens[0]
            previous = self.words[language].setdefault(key, target)
        else:
            phrase = tuple(tokens)
            previous = self.phrases[language].setdefault(phrase, target)
            key = " ".join(phrase)
        if previous != target:
            self.conflicts.append((language, key, previous, target))


def parse_concepts(
    concept_rows: Iterable[Sequence[str]], unmapped: Iterable[str] = ()
) -> ConceptTable:
    """Build the table from rows ``(concept, German lemmas, English lemmas)``, the lemmas
    comma separated (the columns of ``concepts.tsv``).

    The concept name itself is an English lemma of the concept (``water_level`` also as
    "water level"). ``unmapped`` lists German lemmas that must fall through instead of taking
    a second chance.
    """
    table = ConceptTable()
    table.unmapped = frozenset(fold(w) for w in unmapped)
    for name, german, english in concept_rows:
        target = name.strip()
        table.concepts.add(target)
        table.add("en", target.replace("_", " "), target)
        for language, cell in (("de", german), ("en", english)):
            for item in items(cell):
                table.add(language, item, target)
    return table


def build_concepts() -> ConceptTable:
    """The concept table parsed from ``concepts.tsv`` and ``concepts_unmapped_de.tsv``."""
    return parse_concepts(rows("concepts", 3), (row[0] for row in rows("concepts_unmapped_de", 1)))


@cache
def _concepts() -> ConceptTable:
    packed = load_packed()
    if packed is None:
        return build_concepts()
    table = ConceptTable()
    (table.words, table.phrases, table.concepts, table.unmapped, table.conflicts) = packed[
        "concepts"
    ]
    return table


def _lookup(lemma: str, language: str) -> str | None:
    table = _concepts()
    words = table.words.get(language)
    if words is None:
        return None
    key = fold(lemma.strip())
    found = words.get(key)
    if found is not None or language != "de" or not key or key in table.unmapped:
        return found
    return _german_second_chance(key, words)


def _german_second_chance(key: str, words: dict[str, str]) -> str | None:
    if "-" in key:
        head = key.rsplit("-", 1)[1]
        if head:
            return words.get(head) or _german_second_chance(head, words)
        return None
    for ending, replacement in _GERMAN_ENDINGS:
        if key.endswith(ending) and len(key) - len(ending) >= _MIN_STEM:
            found = words.get(key[: -len(ending)] + replacement)
            if found is not None:
                return found
    return None


def concept(lemma: str, language: str) -> str:
    """The canonical English concept of a simplemma ``lemma`` in ``language`` ("de"/"en").

    >>> concept("Evakuierte", "de"), concept("evacuation", "en"), concept("Gemeinde", "de")
    ('evacuate', 'evacuate', 'municipality')

    Case, umlauts and accents do not matter. A lemma the vocabulary does not know comes back
    lower-cased (``concept("Mittelau", "de") == "mittelau"``), as does any lemma of another
    language.
    """
    return _lookup(lemma, language) or lemma.strip().lower()


def is_known(lemma: str, language: str) -> bool:
    """Whether :func:`concept` maps ``lemma`` through the vocabulary (not a fall-through)."""
    return _lookup(lemma, language) is not None


def known_concepts() -> frozenset[str]:
    """Every canonical concept name in the vocabulary."""
    return frozenset(_concepts().concepts)


def find_phrases(lemmas: Sequence[str], language: str) -> list[tuple[int, int, str]]:
    """Multi-word expressions in a lemma sequence: ``(start, end, concept)``, end exclusive.

    Longest match first, left to right, without overlaps. Glue words ("of", "the", "ums",
    "der") inside a phrase are optional, so the lemmas may come before or after stop-word
    removal: ``["ums", "Leben", "kommen"]`` and ``["Leben", "kommen"]`` both give ``death``.

    >>> find_phrases(["five", "municipality", "be", "cut", "off"], "en")
    [(3, 5, 'cut')]
    """
    phrases = _concepts().phrases.get(language)
    if not phrases:
        return []
    glue = _GLUE[language]
    longest = _longest_phrase(language)
    folded = [fold(lemma) for lemma in lemmas]
    found: list[tuple[int, int, str]] = []
    i = 0
    while i < len(folded):
        if folded[i] in glue:
            i += 1
            continue
        content: list[str] = []
        ends: list[int] = []
        j = i
        while j < len(folded) and len(content) < longest:
            if folded[j] not in glue:
                content.append(folded[j])
                ends.append(j + 1)
            j += 1
        match = None
        for size in range(len(content), 1, -1):
            hit = phrases.get(tuple(content[:size]))
            if hit is not None:
                match = (i, ends[size - 1], hit)
                break
        if match is None:
            i += 1
        else:
            found.append(match)
            i = match[1]
    return found


@cache
def _longest_phrase(language: str) -> int:
    return max((len(p) for p in _concepts().phrases.get(language, {})), default=0)


# ---------------------------------------------------------------------------- places


class PlaceTable:
    """The parsed place table: token tuples -> canonical name."""

    def __init__(self) -> None:
        self.folded: dict[tuple[str, ...], str] = {}
        self.exact: dict[tuple[str, ...], str] = {}
        self.canonical: set[str] = set()
        self.conflicts: list[tuple[str, str, str]] = []
        # First words of all names, to skip most tokens of a text at once.
        self.starts: set[str] = set()
        self.longest = 0

    def add(self, name: str, canonical: str, *, case_sensitive: bool) -> None:
        index = self.exact if case_sensitive else self.folded
        for tokens in _name_variants(name, case_sensitive=case_sensitive):
            previous = index.setdefault(tokens, canonical)
            if previous != canonical:
                self.conflicts.append((" ".join(tokens), previous, canonical))
            self.starts.add(tokens[0])
            self.longest = max(self.longest, len(tokens))

    def may_start(self, exact: str, folded: str) -> bool:
        """Whether a name can begin with this token (also as a genitive: "Deutschlands")."""
        return (
            exact in self.starts
            or folded in self.starts
            or folded.endswith("s")
            and (folded[:-1] in self.starts or folded[:-2] in self.starts)
        )


@lru_cache(maxsize=200_000)
def _place_token(token: str, *, case_sensitive: bool) -> str:
    token = unicodedata.normalize("NFC", token.strip())
    for suffix in ("'s", "’s"):
        if token.endswith(suffix) or token.endswith(suffix.upper()):
            token = token[: -len(suffix)]
    if not case_sensitive:
        token = fold(token)
    return "".join(c for c in token if c.isalnum() or c in "-+/")


def _name_variants(name: str, *, case_sensitive: bool) -> set[tuple[str, ...]]:
    """Token tuples under which a name is found: as written, hyphens split, German adjective
    inflections of the words before the last ("Vereinigte" -> "Vereinigten")."""
    spaced = [_place_token(t, case_sensitive=case_sensitive) for t in name.split()]
    split = [p for t in spaced for p in t.split("-") if p]
    variants: set[tuple[str, ...]] = set()
    for tokens in (spaced, split):
        tokens = [t for t in tokens if t]
        if not tokens:
            continue
        choices = [_inflections(t) for t in tokens[:-1]] + [[tokens[-1]]]
        for combination in _product(choices):
            variants.add(combination)
    return variants


def _inflections(token: str) -> list[str]:
    if not token.isalpha():
        return [token]
    for ending in ("en", "er", "es", "em", "e"):
        stem = token[: -len(ending)]
        if token.endswith(ending) and len(stem) >= 3:
            return [token] + [stem + e for e in _ADJECTIVE_ENDINGS if stem + e != token]
    return [token]


def _product(choices: list[list[str]]) -> Iterator[tuple[str, ...]]:
    if not choices:
        yield ()
        return
    for head in choices[0]:
        for tail in _product(choices[1:]):
            yield (head, *tail)


def parse_places(place_rows: Iterable[Sequence[str]]) -> PlaceTable:
    """Build the table from rows ``(canonical, names)``, the names comma separated (the
    columns of ``places.tsv``); a leading ``=`` makes a name case-sensitive (``=US``,
    ``=WHO``)."""
    table = PlaceTable()
    for canonical, names in place_rows:
        canonical = canonical.strip()
        table.canonical.add(canonical)
        for name in items(names):
            if name.startswith("="):
                table.add(name[1:].strip(), canonical, case_sensitive=True)
            else:
                table.add(name, canonical, case_sensitive=False)
    return table


def build_places() -> PlaceTable:
    """The place table parsed from ``places.tsv`` and ``organisations.tsv``."""
    return parse_places((*rows("places", 2), *rows("organisations", 2)))


@cache
def _places() -> PlaceTable:
    packed = load_packed()
    if packed is None:
        return build_places()
    table = PlaceTable()
    (
        table.folded,
        table.exact,
        table.canonical,
        table.conflicts,
        table.starts,
        table.longest,
    ) = packed["places"]
    return table


# ------------------------------------------------------------------ the pre-built tables

_HERE = os.path.dirname(os.path.abspath(__file__))
PACKED_PATH = os.path.join(_HERE, "vocabulary.marshal")
# What the tables are made from: a change to any of these makes the packed file stale.
_SOURCES = (
    "concepts.tsv",
    "concepts_unmapped_de.tsv",
    "places.tsv",
    "organisations.tsv",
    "vocabulary.py",
    "__init__.py",
)


def source_digest() -> str:
    """sha256 of the files the tables are built from and of the Unicode version (folding)."""
    digest = hashlib.sha256(unicodedata.unidata_version.encode())
    for name in _SOURCES:
        with open(os.path.join(_HERE, name), "rb") as handle:
            data = handle.read()
        digest.update(f"{name}\0{len(data)}\0".encode())
        digest.update(data)
    return digest.hexdigest()


def packed_tables() -> dict[str, object]:
    """Both tables as plain dicts, sets and tuples (what ``vocabulary.marshal`` holds)."""
    concepts = build_concepts()
    places = build_places()
    return {
        "digest": source_digest(),
        "concepts": (
            concepts.words,
            concepts.phrases,
            concepts.concepts,
            concepts.unmapped,
            concepts.conflicts,
        ),
        "places": (
            places.folded,
            places.exact,
            places.canonical,
            places.conflicts,
            places.starts,
            places.longest,
        ),
    }


def load_packed() -> dict[str, Any] | None:
    """The pre-built tables, or None when the file is missing or was built from other files."""
    try:
        with open(PACKED_PATH, "rb") as handle:
            packed = marshal.loads(handle.read())
    except (OSError, EOFError, ValueError, TypeError):
        return None
    if not isinstance(packed, dict) or packed.get("digest") != source_digest():
        return None
    return packed


def _place_at(table: PlaceTable, exact: Sequence[str], folded: Sequence[str]) -> str | None:
    if not all(folded):
        return None
    hit = table.exact.get(tuple(exact)) or table.folded.get(tuple(folded))
    if hit is not None:
        return hit
    # German genitive on the last word: "Deutschlands", "des Weißen Hauses".
    last = folded[-1]
    for ending in ("es", "s"):
        if last.endswith(ending) and len(last) - len(ending) >= 3:
            hit = table.folded.get((*folded[:-1], last[: -len(ending)]))
            if hit is not None:
                return hit
    return None


def find_places(tokens: Sequence[str], *, compounds: bool = True) -> list[tuple[int, int, str]]:
    """Places named in a token list: ``(start, end, canonical)``, end exclusive.

    Longest match first, left to right, without overlaps. Pass the surface tokens (before
    lemmatisation) with their original case, so that case-sensitive short forms (``US``,
    ``WHO``) are found. With ``compounds`` (the default) a hyphenated word whose first part(s)
    name a place also counts (``US-Präsident``, ``Nato-Gipfel`` -> ``united_states``, ``nato``).

    >>> find_places("Flut im Landkreis Mittelau , Nordrhein-Westfalen und Bayern".split())
    [(5, 6, 'north_rhine_westphalia'), (7, 8, 'bavaria')]
    """
    table = _places()
    exact = [_place_token(t, case_sensitive=True) for t in tokens]
    folded = [_place_token(t, case_sensitive=False) for t in tokens]
    found: list[tuple[int, int, str]] = []
    i = 0
    while i < len(tokens):
        match = None
        if table.may_start(exact[i], folded[i]):
            for size in range(min(table.longest, len(tokens) - i), 0, -1):
                hit = _place_at(table, exact[i : i + size], folded[i : i + size])
                if hit is not None:
                    match = (i, i + size, hit)
                    break
        if match is None and compounds and "-" in folded[i]:
            exact_parts = exact[i].split("-")
            folded_parts = folded[i].split("-")
            for size in range(len(folded_parts) - 1, 0, -1):
                hit = _place_at(table, exact_parts[:size], folded_parts[:size])
                if hit is not None:
                    match = (i, i + 1, hit)
                    break
        if match is None:
            i += 1
        else:
            found.append(match)
            i = match[1]
    return found


def place(name: str) -> str | None:
    """The canonical name of a place or organisation, or None when the name is not known.

    >>> place("Kiew"), place("Vereinigte Staaten"), place("North Rhine-Westphalia")
    ('kyiv', 'united_states', 'north_rhine_westphalia')
    """
    tokens = name.split()
    matches = find_places(tokens, compounds=False)
    if len(matches) == 1 and matches[0][:2] == (0, len(tokens)):
        return matches[0][2]
    return None


@cache
def canonical_places() -> frozenset[str]:
    """Every canonical place name in the vocabulary (organisations included: they are
    found like places)."""
    return frozenset(_places().canonical)


@cache
def broad_places() -> frozenset[str]:
    """Canonical places that hold many others: countries, territories and regions, seas,
    continents, German and Austrian Länder and Swiss cantons (the sections of
    ``places.tsv`` before its cities). Two reports naming only broad places may be about
    one town; two naming two towns are not."""
    return frozenset(row[0].strip() for row in rows_before("places", "cities"))


@cache
def organisations() -> frozenset[str]:
    """The canonical names of ``organisations.tsv``: who, not where."""
    return frozenset(row[0].strip() for row in rows("organisations", 2))
