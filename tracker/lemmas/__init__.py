"""Lemmas and dictionary membership exactly as simplemma gives them, without its start-up.

tracker asks simplemma two questions, in German and English: the lemma of a word
(``lemmatize``) and whether a word is in its dictionary (``is_known``). simplemma
answers them from a dictionary that it decompresses and decodes into a Python dict on
first use (1.1 million German entries: 2 to 5 seconds in every process, before the
first article), and importing it compiles the rules of all its languages.

Here the same entries come pre-built (``de.lemmas`` and ``en.lemmas`` next to this
file, written by ``python -m tracker.lemmas.build`` from the installed simplemma) in a
sorted, block-front-coded file that is memory-mapped and searched by bisection
(:mod:`tracker.lemmas.packed`, a few milliseconds to open), and simplemma's German and
English code path runs over it (:mod:`tracker.lemmas.pipeline`). The answers are
simplemma's answers: the tests compare them over every token of the development
corpora.

Three layers, each used only when it is exact:

1. the packed file was built from the installed simplemma's dictionary file (same
   sha256) and the installed simplemma is the version the pipeline follows: packed
   file + :mod:`tracker.lemmas.pipeline`, simplemma is not imported;
2. only the dictionary matches: simplemma's own code over the packed file;
3. otherwise, and for other languages: simplemma as it is (slow to start, same answers).
"""

from __future__ import annotations

import hashlib
import importlib.util
import re
import threading
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path
from typing import Any

from tracker.lemmas import pipeline
from tracker.lemmas.packed import PackedDictionary, PackedFileError

PACKED_LANGUAGES = pipeline.LANGUAGES
_HERE = Path(__file__).resolve().parent
_VERSION = re.compile(r"""^__version__\s*=\s*["']([^"']+)["']""", re.M)


def packed_path(language: str) -> Path:
    return _HERE / f"{language}.lemmas"


@lru_cache(maxsize=1)
def simplemma_dir() -> Path | None:
    """Where the installed simplemma lives, found without importing it."""
    spec = importlib.util.find_spec("simplemma")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


@lru_cache(maxsize=1)
def simplemma_version() -> str | None:
    where = simplemma_dir()
    try:
        text = (where / "__metadata__.py").read_text(encoding="utf-8") if where else ""
    except OSError:
        return None
    found = _VERSION.search(text)
    return found.group(1) if found else None


@lru_cache(maxsize=8)
def simplemma_source(language: str) -> dict[str, str] | None:
    """What identifies the installed simplemma's dictionary for ``language``."""
    where = simplemma_dir()
    if where is None:
        return None
    path = where / "strategies" / "dictionaries" / "data" / f"{language}.plzma"
    try:
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None
    return {
        "package": "simplemma",
        "version": simplemma_version() or "unknown",
        "file": path.name,
        "sha256": digest,
    }


def _open_packed(language: str) -> PackedDictionary | None:
    """The shipped packed dictionary, if it holds the installed simplemma's entries."""
    if language not in PACKED_LANGUAGES:
        return None
    current = simplemma_source(language)
    if current is None:
        return None
    try:
        packed = PackedDictionary(packed_path(language))
    except (OSError, PackedFileError):
        return None
    built_from = packed.header.get("source") or {}
    if built_from.get("sha256") != current["sha256"]:
        return None
    return packed


class Dictionaries:
    """simplemma's ``DictionaryFactory``: the packed file where it is current,
    simplemma's own dictionary elsewhere."""

    __slots__ = ("_lock", "_loaded", "_packed")

    def __init__(self) -> None:
        self._loaded: dict[str, Mapping[str, str]] = {}
        self._packed: dict[str, PackedDictionary | None] = {}
        self._lock = threading.Lock()

    def packed(self, lang: str) -> PackedDictionary | None:
        """The packed dictionary for ``lang``, or None if it cannot be used."""
        if lang not in self._packed:
            with self._lock:
                if lang not in self._packed:
                    self._packed[lang] = _open_packed(lang)
        return self._packed[lang]

    def get_dictionary(self, lang: str) -> Mapping[str, str]:
        dictionary = self._loaded.get(lang)
        if dictionary is None:
            dictionary = self.packed(lang)
            if dictionary is None:
                from simplemma.strategies.dictionaries import DEFAULT_DICTIONARY_FACTORY

                # Raises ValueError for a language simplemma does not have.
                dictionary = DEFAULT_DICTIONARY_FACTORY.get_dictionary(lang)
            self._loaded[lang] = dictionary
        return dictionary


DICTIONARIES = Dictionaries()


def _native_dictionary(lang: str) -> Mapping[str, str]:
    packed = DICTIONARIES.packed(lang)
    assert packed is not None  # checked by _native before the first lookup
    return packed


_NATIVE = pipeline.Lemmatizer(_native_dictionary)


@lru_cache(maxsize=8)
def _native(lang: str) -> bool:
    """Can ``lang`` be answered by the packed file and tracker's copy of the code path?"""
    return (
        lang in PACKED_LANGUAGES
        and simplemma_version() == pipeline.SIMPLEMMA_VERSION
        and DICTIONARIES.packed(lang) is not None
    )


@lru_cache(maxsize=1)
def _simplemma() -> tuple[Any, Any]:
    """simplemma's default lemmatiser and lookup (what ``simplemma.lemmatize`` and
    ``simplemma.is_known`` use), over :data:`DICTIONARIES`."""
    from simplemma import Lemmatizer
    from simplemma.strategies import DefaultStrategy, DictionaryLookupStrategy

    strategy = DefaultStrategy(greedy=False, dictionary_factory=DICTIONARIES)
    return Lemmatizer(lemmatization_strategy=strategy), DictionaryLookupStrategy(DICTIONARIES)


@lru_cache(maxsize=65536)
def _native_lemma(token: str, lang: str) -> str:
    return _NATIVE.lemmatize(token, lang)


def lemmatize(token: str, lang: str | tuple[str, ...]) -> str:
    """``simplemma.lemmatize(token, lang=lang)``: the same answer, the same errors."""
    if isinstance(lang, str) and isinstance(token, str) and _native(lang):
        return _native_lemma(token, lang)
    return str(_simplemma()[0].lemmatize(token, lang))


def is_known(token: str, lang: str | tuple[str, ...]) -> bool:
    """``simplemma.is_known(token, lang=lang)``: the same answer, the same errors."""
    if isinstance(lang, str) and _native(lang):
        return _NATIVE.is_known(token, lang)
    from simplemma.utils import normalize_token, validate_lang_input

    lookup = _simplemma()[1]
    if not isinstance(token, str):
        raise TypeError(f"Wrong input type, expected string, got {type(token)}")
    if token == "":
        raise ValueError("Wrong input value: empty string")
    token = normalize_token(token)
    return any(lookup.get_lemma(token, code) is not None for code in validate_lang_input(lang))


def backend(language: str) -> str:
    """How ``language`` is answered: ``"packed"`` (packed file, tracker's code path),
    ``"packed+simplemma"`` (packed file, simplemma's code) or ``"simplemma"``."""
    if _native(language):
        return "packed"
    if DICTIONARIES.packed(language) is not None:
        return "packed+simplemma"
    return "simplemma"
