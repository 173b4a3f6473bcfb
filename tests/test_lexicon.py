"""The word lists under tracker/lexicon/: well-formed, no duplicate keys, consistent between
the extractor and the matcher, and one fold() for every layer."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from pathlib import Path

import pytest

from tracker import lexicon, normalise
from tracker.extract import figure_forms, figure_rules, names, polarity, units
from tracker.extract.attribution_cues import phrase_regex
from tracker.lexicon import fold, fold_name, vocabulary
from tracker.match import slots
from tracker.match.values import BROADER_UNIT

LEXICON = Path(lexicon.__file__).parent

# Tables: file -> number of columns, and whether the first column is a key.
TABLES = {
    "concepts": 3,
    "concepts_unmapped_de": 1,
    "places": 2,
    "organisations": 2,
    "units": 4,
    "unit_compound_heads": 3,
    "unit_symbols": 2,
    "unit_nationals": 1,
    "currency_prefixes": 2,
    "currency_adjectives": 3,
    "outlets": 1,
    "outlet_aliases": 2,
    "attribution_verbs": 10,
    "attribution_examples": 6,
}
# The cells that make a row's key, where it is not the first cell alone.
KEYS = {
    "currency_adjectives": 2,
    # "fragen" is a strong verb (frug) and a weak one (fragt): the flags tell them apart
    "attribution_verbs": 3,
    "attribution_examples": 4,
}
WORD_LISTS = ("attribution", "figures", "key_texts", "language")
# Pattern tables (tracker.lexicon.patterns): file -> number of columns (the last: a regex).
PATTERN_TABLES = {"attribution_phrases": 5, "polarity": 2, "figure_patterns": 3}

# Concepts of opposite polarity (see tracker.lexicon.vocabulary): no word may lead to both.
OPPOSITES = [
    ("approve", "reject"),
    ("increase", "decrease"),
    ("confirm", "deny"),
    ("win", "lose"),
    ("open", "close"),
    ("arrest", "release"),
    ("import", "export"),
    ("profit", "loss"),
    ("start", "stop"),
    ("allow", "ban"),
    ("buy", "sell"),
    ("high", "low"),
    ("include", "exclude"),
    ("majority", "minority"),
    ("birth", "death"),
    ("peace", "war"),
]


def _data_lines(name: str) -> list[str]:
    text = (LEXICON / f"{name}.tsv").read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if not line.startswith("#")]
    assert all(line.strip() for line in lines), f"{name}.tsv has a blank line"
    return lines


def test_every_file_in_the_folder_is_a_known_table_or_word_list() -> None:
    files = {path.stem for path in LEXICON.glob("*.tsv")}
    assert files == set(TABLES) | set(WORD_LISTS) | set(PATTERN_TABLES)


@pytest.mark.parametrize(("name", "columns"), sorted(TABLES.items()))
def test_tables_have_their_columns_and_no_duplicate_keys(name: str, columns: int) -> None:
    lines = _data_lines(name)
    assert lines
    for line in lines:
        cells = line.split("\t")
        assert len(cells) <= columns, line
        assert cells[0], line
        assert all(cell == cell.strip() for cell in cells), f"spaces around a cell: {line!r}"
    keys = [
        row[0] if name not in KEYS else row[: KEYS[name]] for row in lexicon.rows(name, columns)
    ]
    duplicates = [key for key, count in Counter(keys).items() if count > 1]
    assert duplicates == []


@pytest.mark.parametrize("name", WORD_LISTS)
def test_word_lists_have_no_duplicate_words(name: str) -> None:
    for line in _data_lines(name):
        cells = line.split("\t")
        assert len(cells) == 2 and all(cell == cell.strip() for cell in cells), line
    for list_name, words in lexicon.word_lists(name).items():
        duplicates = [word for word, count in Counter(words).items() if count > 1]
        assert duplicates == [], list_name


@pytest.mark.parametrize(("name", "columns"), sorted(PATTERN_TABLES.items()))
def test_pattern_tables_have_their_columns_and_compile(name: str, columns: int) -> None:
    for line in _data_lines(name):
        cells = line.split("\t")
        assert len(cells) == columns and cells[-1], line
        assert all(cell == cell.strip() for cell in cells[:-1]), f"spaces around a cell: {line!r}"
    compiled = {
        "attribution_phrases": lambda: [p for lang in ("de", "en") for _, p in phrase_regex(lang)],
        "polarity": lambda: [*polarity._rules("de"), *polarity._rules("en")],
        # compiled on first use in tracker (figure_rules._LazyPattern): all of them here
        "figure_patterns": lambda: [re.compile(*p) for p in figure_rules._PATTERNS.values()],
    }[name]()
    assert compiled and all(isinstance(p, re.Pattern) for p in compiled)


def test_a_pattern_runs_over_rows_and_names_pieces(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "sample_patterns.tsv").write_text(
        "# name\tpattern\n"
        "{WORD}\t\\b(?:eins|zwei\n"
        "\t|drei)\\b\n"
        "numbers\t{WORD}\\s+{WORD}{0,2}\n"
        "\t|{OUTSIDE}\n"
        "plain\tx{2}\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(lexicon, "_HERE", str(tmp_path))
    assert lexicon.patterns("sample_patterns", 2, OUTSIDE="[0-9]+") == (
        ("numbers", r"\b(?:eins|zwei|drei)\b\s+\b(?:eins|zwei|drei)\b{0,2}|[0-9]+"),
        ("plain", "x{2}"),
    )
    with pytest.raises(ValueError, match="no piece {OUTSIDE}"):
        lexicon.patterns("sample_patterns", 2)


def test_a_missing_list_says_which_file() -> None:
    with pytest.raises(KeyError, match="attribution.tsv"):
        lexicon.word_list("attribution", "no such list")


def test_files_are_read_once() -> None:
    assert lexicon.rows("units", 4) is lexicon.rows("units", 4)
    assert lexicon.word_lists("attribution") is lexicon.word_lists("attribution")


# ------------------------------------------------------------------------------ fold


def test_there_is_one_fold() -> None:
    assert normalise.fold is fold
    assert vocabulary.fold is fold
    assert names.fold_name is fold_name


def test_fold_on_composed_text_is_what_each_of_the_three_folds_gave() -> None:
    """The three former folds (vocabulary, key texts, names) agreed on composed (NFC) text,
    which is what the readers store; fold() and fold_name() give the same."""
    umlauts = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue"})
    key_text = str.maketrans(
        {"ß": "ss", "ä": "ae", "ö": "oe", "ü": "ue", "Ä": "ae", "Ö": "oe", "Ü": "ue"}
    )
    name_letters = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "æ": "ae", "ø": "oe"})

    def strip(text: str) -> str:
        decomposed = unicodedata.normalize("NFKD", text)
        return "".join(c for c in decomposed if not unicodedata.combining(c))

    def vocabulary_fold(text: str) -> str:
        return strip(unicodedata.normalize("NFC", text).casefold().translate(umlauts))

    def key_text_fold(text: str) -> str:
        return strip(text.translate(key_text).casefold())

    def old_fold_name(text: str) -> str:
        import re

        text = re.sub(r"['’]s\b", "", strip(text.casefold().translate(name_letters)))
        return " ".join(re.sub(r"[^\w]+", " ", text).replace("_", " ").split())

    samples = ["Zürich", "STRASSE", "Straße", "İstanbul", "ǅ", "ﬁ", "Ørsted's", "ÆØÅ", "Ελλάς"]
    samples += [chr(i) for i in range(0x20, 0x3000)]
    for text in samples:
        for sample in (text, f"A{text}b", f"{text}'s Haus"):
            if unicodedata.normalize("NFC", sample) != sample:
                continue
            assert fold(sample) == vocabulary_fold(sample) == key_text_fold(sample), sample
            assert fold_name(sample) == old_fold_name(sample), sample


def test_decomposed_umlauts_fold_like_composed_ones() -> None:
    decomposed = unicodedata.normalize("NFD", "Müller")
    assert fold(decomposed) == fold("Müller") == "mueller"
    assert fold_name(decomposed) == fold_name("Müller") == "mueller"


# ------------------------------------------------------------------------------ units


def _unit_rows() -> dict[str, str]:
    return {row[0]: row[1] for row in lexicon.rows("units", 4)}


def _claimed_forms() -> dict[str, str]:
    """Every word form units.tsv gives a unit, lower-cased -> the unit."""
    return {
        **{form: entry.unit for form, entry in units._DE.items()},
        **{form: entry.unit for form, entry in units._EN.items()},
    }


def test_every_unit_the_matcher_names_is_a_unit_of_the_extractor() -> None:
    known = _unit_rows()
    for narrow, broad in BROADER_UNIT.items():
        assert narrow in known and broad in known, (narrow, broad)
        assert known[narrow] == known[broad] == "count"


def test_every_unit_the_figure_rules_name_can_come_out_of_the_extractor() -> None:
    """A rule's unit is a canonical unit, or a lemma no lexicon row claims for another unit
    (a form of another unit never comes out as itself)."""
    known = _unit_rows()
    claimed = _claimed_forms()
    named = set(figure_rules.SOURCE_UNITS) | set(figure_forms._PERSON_UNITS) | {"person"}
    for unit in named:
        assert unit in known or claimed.get(unit, unit) == unit, unit
    for unit in figure_forms._PERSON_UNITS:
        assert known.get(unit, "count") == "count", unit


def test_nationals_and_symbols_name_units_of_their_kind() -> None:
    for row in lexicon.rows("unit_nationals", 1):
        assert units.lexicon_unit(row[0], "en") is not None, row
    for symbol, unit in lexicon.rows("unit_symbols", 2):
        assert units.unit_kind(unit) in ("money", "measure", "percent", "count"), symbol
    for _currency, _adjective, code in lexicon.rows("currency_adjectives", 3):
        assert len(code) == 3 and code.isupper(), code


def test_a_canonical_unit_written_in_english_is_that_unit() -> None:
    # "state" (a US state, written "US state") also is a common word for a country.
    for name, kind in _unit_rows().items():
        if kind != "money" and name != "state":
            assert units.canonical_unit(name, "en") == name, name


# ------------------------------------------------------------------------------ concepts


def _words_of(concept_name: str) -> set[tuple[str, str]]:
    table = vocabulary._concepts()
    found = set()
    for language in ("de", "en"):
        found |= {(language, w) for w, c in table.words[language].items() if c == concept_name}
        found |= {
            (language, " ".join(p)) for p, c in table.phrases[language].items() if c == concept_name
        }
    return found


@pytest.mark.parametrize(("one", "other"), OPPOSITES)
def test_no_word_leads_to_both_sides_of_an_opposite_pair(one: str, other: str) -> None:
    assert {one, other} <= vocabulary.known_concepts()
    words_one, words_other = _words_of(one), _words_of(other)
    assert words_one and words_other
    assert words_one.isdisjoint(words_other)
    for language, word in words_one:
        if " " not in word:
            assert vocabulary.concept(word, language) == one, word
    for language, word in words_other:
        if " " not in word:
            assert vocabulary.concept(word, language) == other, word


def test_the_matchers_directions_are_an_opposite_pair() -> None:
    assert tuple(sorted(slots.DIRECTIONS)) in {tuple(sorted(pair)) for pair in OPPOSITES}


def test_every_predicate_of_the_matcher_is_a_concept() -> None:
    assert set(slots.PREDICATES) <= vocabulary.known_concepts()


def test_the_prebuilt_vocabulary_tables_are_current() -> None:
    """vocabulary.marshal holds what parsing the tables gives (python -m tracker.lexicon.build
    rewrites it), and a process uses it."""
    from tracker.lexicon import build

    assert build.is_current(), "stale: run python -m tracker.lexicon.build"
    packed = vocabulary.load_packed()
    assert packed is not None
    concepts = vocabulary.build_concepts()
    assert packed["concepts"] == (
        concepts.words,
        concepts.phrases,
        concepts.concepts,
        concepts.unmapped,
        concepts.conflicts,
    )
    assert vocabulary._concepts().words == concepts.words
    assert vocabulary._places().folded == vocabulary.build_places().folded


def test_a_stale_prebuilt_vocabulary_is_not_used(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(vocabulary, "source_digest", lambda: "another")
    assert vocabulary.load_packed() is None
