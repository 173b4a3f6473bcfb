"""tracker.lemmas gives simplemma's answers, from a dictionary that opens in milliseconds."""

from __future__ import annotations

import csv
import json
import random
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import simplemma
from simplemma.strategies.dictionaries import DefaultDictionaryFactory

from tests.conftest import REPO, SHARED_DATA
from tracker import lemmas
from tracker.lemmas import pipeline
from tracker.lemmas.packed import PackedDictionary, PackedFileError, write_packed
from tracker.normalise import _TOKEN


@pytest.fixture(scope="module")
def simplemma_dictionaries() -> dict[str, dict[bytes, bytes]]:
    """simplemma's own dictionaries, decoded the slow way (the reference)."""
    factory = DefaultDictionaryFactory()
    return {
        lang: {k.encode(): v.encode() for k, v in factory.get_dictionary(lang).items()}
        for lang in lemmas.PACKED_LANGUAGES
    }


def outcome(function: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    """The answer, or the kind of error and its message."""
    try:
        return function(*args, **kwargs)
    except Exception as error:  # noqa: BLE001
        return (type(error).__name__, str(error))


def assert_same_answers(words: list[str], languages: tuple[Any, ...] = ("de", "en")) -> None:
    differences = []
    for word in words:
        for lang in languages:
            ours = (outcome(lemmas.lemmatize, word, lang), outcome(lemmas.is_known, word, lang))
            theirs = (
                outcome(simplemma.lemmatize, word, lang=lang),
                outcome(simplemma.is_known, word, lang=lang),
            )
            if ours != theirs:
                differences.append((word, lang, ours, theirs))
    assert not differences, differences[:20]


def test_the_shipped_files_are_current_and_used() -> None:
    for lang in lemmas.PACKED_LANGUAGES:
        header = PackedDictionary(lemmas.packed_path(lang)).header
        assert header["source"] == lemmas.simplemma_source(lang), (
            f"{lang}.lemmas was built from another simplemma: run python -m tracker.lemmas.build"
        )
        assert lemmas.backend(lang) == "packed"
    assert lemmas.simplemma_version() == simplemma.__version__ == pipeline.SIMPLEMMA_VERSION


@pytest.mark.slow
def test_the_packed_files_hold_exactly_simplemmas_dictionary(
    simplemma_dictionaries: dict[str, dict[bytes, bytes]],
) -> None:
    for lang, reference in simplemma_dictionaries.items():
        packed = PackedDictionary(lemmas.packed_path(lang))
        assert len(packed) == len(reference)
        assert list(packed.raw_items()) == sorted(reference.items())


@pytest.mark.slow
def test_lookups_find_every_sampled_key_and_no_other(
    simplemma_dictionaries: dict[str, dict[bytes, bytes]],
) -> None:
    rng = random.Random(15)
    for lang, reference in simplemma_dictionaries.items():
        packed = PackedDictionary(lemmas.packed_path(lang))
        keys = sorted(reference)
        sample = rng.sample(keys, 5000) + keys[:20] + keys[-20:]
        for key in sample:
            assert packed.get(key.decode()) == reference[key].decode()
            for near in (key + b"x", key[:-1], b"\x00" + key, key + b"\xc3\xbf"):
                text = near.decode(errors="ignore")
                if text:
                    expected = reference.get(text.encode())
                    assert packed.get(text) == (expected.decode() if expected else None)
        assert packed.get("\U0010ffff" * 3) is None
        assert "" not in packed


def corpus_words() -> Iterator[str]:
    """Every token of the development texts at hand, plus its lower-cased and
    capitalised forms (the call sites lemmatise both)."""
    texts: list[str] = []
    for path in [*REPO.glob("examples/*"), REPO / "benchmarks" / "stories" / "own.jsonl"]:
        texts.append(path.read_text(encoding="utf-8"))
    for relative in ("news-de/zeitgeist.jsonl", "news-en/pac-dev.jsonl", "stories/dev.jsonl"):
        path = SHARED_DATA / relative
        if path.exists():
            for line in path.read_text(encoding="utf-8").splitlines():
                record = json.loads(line)
                texts.append(
                    " ".join(str(record.get(f) or "") for f in ("title", "text", "content"))
                )
    words: set[str] = set()
    for text in texts:
        words.update(_TOKEN.findall(text))
    for word in words:
        yield from {word, word.lower(), word.capitalize()}


@pytest.mark.slow
def test_same_lemmas_and_dictionary_answers_as_simplemma_on_every_corpus_token() -> None:
    words = sorted(set(corpus_words()))
    if not (SHARED_DATA / "news-de" / "zeitgeist.jsonl").exists():
        assert len(words) > 1000  # the repository's own texts still make a sample
    else:
        assert len(words) > 50_000
    assert_same_answers(words)


@pytest.mark.slow
def test_same_answers_on_full_length_articles() -> None:
    path = SHARED_DATA / "news-de" / "10kgnad-test.csv"
    if not path.exists():
        pytest.skip("shared data news-de/10kgnad-test.csv is not available")
    with path.open(newline="", encoding="utf-8") as handle:
        rows = [row[1] for row in csv.reader(handle, delimiter=";", quotechar="'") if len(row) > 1]
    words = sorted({w for text in rows[::10] for w in _TOKEN.findall(text)})
    assert_same_answers(words, ("de",))


@pytest.mark.slow
def test_same_answers_on_the_rare_paths() -> None:
    """Apostrophes, enclitics, hyphens, suffix rules, prefixes, numbers, Unicode forms."""
    words = [
        *"don't Don't it's can't won't shan't Peter's O’Brien they’re we'll I'm isn't".split(),
        *"rock'n'roll 's ' '' ’ ʼ".split(),
        *"Corona-Fälle -abc abc- a--b __x x_y Nord-Süd E-Mail-Adressen US-Präsident".split(),
        *"3-jährige - _ 12 ½ ² ① １２ 12a".split(),
        "Ha\u0308user",  # decomposed umlaut: NFC first
        *"Lehrerinnen LehrerInnen Lehrer*innen Lehrer_innen Bardierinnen abgespeckte".split(),
        *"bedeutendem Vorsitzendem herausgebrachte anzukündigen abzuholen".split(),
        *"wiederaufgebaut zerstörten Überlingen Reutlingen countries agencies realized".split(),
        *"reserves freedoms ß SS İstanbul ǅ ﬁnanzen Ärztinnen".split(),
        " ",
        "a b",
        "x" * 300,
    ]
    rng = random.Random(7)
    alphabet = "abcdefghijkläöüßABCDEFGHIJKÄÖÜ'’ʼ-_0123é\u0301 "
    words += ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 12))) for _ in range(3000)]
    assert_same_answers(words)


def test_same_errors_and_other_languages_as_simplemma() -> None:
    assert_same_answers(
        ["", "Häuser", "houses", "Maison"], ("de", "en", "fr", "unknown", ("de", "en"), ())
    )
    for bad in (5, None, b"x"):
        for lang in ("de", "en", "unknown"):
            assert outcome(lemmas.lemmatize, bad, lang) == outcome(
                simplemma.lemmatize, bad, lang=lang
            )
            assert outcome(lemmas.is_known, bad, lang) == outcome(
                simplemma.is_known, bad, lang=lang
            )


def test_lemmatising_german_and_english_does_not_import_simplemma() -> None:
    code = (
        "import sys\n"
        "from tracker import lemmas\n"
        "assert lemmas.lemmatize('Länder', 'de') == 'Land'\n"
        "assert lemmas.is_known('countries', 'en')\n"
        "print('simplemma' in sys.modules)\n"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert run.stdout.strip() == "False"


def test_a_packed_file_from_other_data_is_not_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    stale = tmp_path / "de.lemmas"
    write_packed(stale, [(b"Haus", b"Maus")], {"sha256": "not the installed data"})
    monkeypatch.setattr(lemmas, "packed_path", lambda language: stale)
    assert lemmas._open_packed("de") is None


def test_pack_and_read_back(tmp_path: Path) -> None:
    long_key = "Donaudampfschifffahrtsgesellschaftskapitän" * 4  # length varints
    items = {
        "a": "a",
        "ab": "",
        "Häuser": "Haus",
        "ging": "gehen",
        long_key: long_key[:-3] + "ä" * 200,
        **{f"k{i:04d}": f"v{i}" for i in range(100)},  # several blocks
    }
    path = tmp_path / "t.lemmas"
    header = write_packed(
        path, [(k.encode(), v.encode()) for k, v in items.items()], {"package": "test"}
    )
    packed = PackedDictionary(path)
    assert header["entries"] == len(packed) == len(items)
    assert packed.header["source"] == {"package": "test"}
    assert dict(packed.items()) == items
    for key, value in items.items():
        assert packed[key] == value
        assert packed.get(key + "z") is None
    assert packed.get("0") is None and "zzz" not in packed
    with pytest.raises(KeyError):
        packed["missing"]


def test_broken_files_are_refused(tmp_path: Path) -> None:
    good = tmp_path / "good.lemmas"
    write_packed(good, [(b"a", b"b"), (b"c", b"d")], {})
    data = good.read_bytes()
    for name, content in (
        ("empty", b""),
        ("other", b"PK\x03\x04 not a dictionary"),
        ("truncated", data[:-1]),
        ("header", data.replace(b'"blocks"', b'"blockz"')),
    ):
        path = tmp_path / name
        path.write_bytes(content)
        with pytest.raises(PackedFileError):
            PackedDictionary(path)
    with pytest.raises(ValueError):
        write_packed(tmp_path / "x", [(b"a\nb", b"c")], {})
    with pytest.raises(ValueError):
        write_packed(tmp_path / "y", [(b"a", b"c"), (b"a", b"d")], {})
