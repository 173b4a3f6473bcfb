"""Every row of the cue tables (tracker/lexicon/attribution_verbs.tsv and
attribution_phrases.tsv) with its example (attribution_examples.tsv): the example's last
sentence must get the row's claimant (fuzzy, as the benchmarks compare names) and relay.
Adding a cue means adding a row with an example; this test runs it."""

from __future__ import annotations

import pytest
from rapidfuzz import fuzz

from tracker.extract.attribution import attribute_sentences
from tracker.extract.attribution_cues import PHRASE_CUES, VERB_CUES, Example, examples
from tracker.extract.sentences import split_sentences
from tracker.normalise import fold

EXAMPLES: list[tuple[str, str, Example]] = [
    (lang, f"{kind} {cue}", example) for kind, lang, cue, example in examples()
]


def _last(text: str, lang: str) -> tuple[str | None, str | None]:
    sentences = split_sentences(text, lang)
    attribution = attribute_sentences(sentences, lang)[-1]
    return attribution.claimant, attribution.via


def _same(expected: str | None, got: str | None) -> bool:
    """The benchmarks' name match: equal after folding, one inside the other, or close."""
    if expected is None or got is None:
        return expected is got
    a, b = fold(expected), fold(got)
    return a in b or b in a or fuzz.token_set_ratio(a, b) >= 80


@pytest.mark.parametrize(
    ("lang", "row", "example"), EXAMPLES, ids=[f"{r}: {e.text[:40]}" for _, r, e in EXAMPLES]
)
def test_cue_table_example(lang: str, row: str, example: Example) -> None:
    claimant, via = _last(example.text, lang)
    assert _same(example.claimant, claimant), (row, claimant, via)
    assert _same(example.via, via), (row, claimant, via)


def test_every_phrase_row_has_an_example() -> None:
    with_example = {(lang, cue) for kind, lang, cue, _ in examples() if kind == "phrase"}
    assert [row.name for row in PHRASE_CUES if (row.lang, row.name) not in with_example] == []


def test_every_example_names_a_cue_of_its_table() -> None:
    known = {("verb", row.lang, row.label) for row in VERB_CUES} | {
        ("phrase", row.lang, row.name) for row in PHRASE_CUES
    }
    assert [row for row in examples() if row[:3] not in known] == []


def test_verb_rows_have_unique_forms_per_language() -> None:
    seen: dict[tuple[str, str], str] = {}
    for row in VERB_CUES:
        for form in (*row.forms, *row.final, *row.participles):
            key = (row.lang, form)
            assert seen.get(key, row.label) == row.label, (form, seen[key], row.label)
            seen[key] = row.label
