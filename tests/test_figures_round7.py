"""Figure rules of the seventh real-text round (issue 12), on made-up sentences: an age
before any person noun of the unit lexicon, "ein oder zwei" / "one or two" as a range, a
rank after "#", "Over two centuries," saying when, a number whose noun comes once after
the next number ("Podemos 65 und Ciudadanos 40 Sitze"), and nouns the lexicon gained."""

from __future__ import annotations

import pytest

from tracker.extract.figures import find_figures


def read(text: str, lang: str) -> list[tuple[float, str | None, str | None, str]]:
    return [(f.value, f.unit, f.approx, f.raw_text) for f in find_figures(text, lang)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a role of the unit lexicon ("Ministerin" is a politician) or a compound of "Chef"
        ("Die 45-jährige Ministerin trat zurück.", [(45, "age", None, "45-jährige")]),
        ("Der Besuch des 45-jährigen Regierungschefs endete.", [(45, "age", None, "45-jährigen")]),
        ("Ein 17-jähriger Lehrling schrieb das.", [(17, "age", None, "17-jähriger")]),
        # a thing after "-jährig" stays a duration
        ("Der 30-jährige Vertrag gilt weiter.", [(30, "year", None, "30-jährige")]),
    ],
)
def test_german_age_before_a_person_noun(text: str, expected: list) -> None:
    assert read(text, "de") == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Die Polizei sprach von ein oder zwei Drohnen.",
            "de",
            [(1, "drone", "at_least", "ein"), (2, "drone", "at_most", "zwei Drohnen")],
        ),
        (
            "Police saw one or two drones.",
            "en",
            [(1, "drone", "at_least", "one"), (2, "drone", "at_most", "two drones")],
        ),
        # "ein oder zwei der Männer": "ein" is no range end before a partitive
        ("Ein oder zwei der Männer kamen.", "de", [(2, "man", None, "zwei")]),
        (
            "Ein Mann oder zwei Frauen kamen.",
            "de",
            [(1, "man", None, "Ein Mann"), (2, "woman", None, "zwei Frauen")],
        ),
    ],
)
def test_one_or_two_is_a_range(text: str, lang: str, expected: list) -> None:
    assert read(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Texas # 2 in nation for new gun purchases.", [(2, "rank", None, "# 2")]),
        ("The #1 seed won the final.", [(1, "rank", None, "#1")]),
        ("The bug#12 was fixed.", []),
    ],
)
def test_a_number_after_a_hash_is_a_rank(text: str, expected: list) -> None:
    assert read(text, "en") == expected


def test_over_a_span_opening_a_sentence_says_when() -> None:
    assert read("Over two centuries, the nation has changed.", "en") == []
    assert read("The strike lasted over two weeks, the union said.", "en") == [
        (2, "week", "more_than", "over two weeks")
    ]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Die PSOE kam auf 89 Sitze, Podemos stellt 65 und Ciudadanos 40 Sitze.",
            "de",
            [
                (89, "seat", None, "89 Sitze"),
                (65, "seat", None, "65"),
                (40, "seat", None, "40 Sitze"),
            ],
        ),
        (
            "Die SPÖ erhielt 52 und die ÖVP 40 Prozent.",
            "de",
            [(52, "percent", None, "52"), (40, "percent", None, "40 Prozent")],
        ),
        (
            "Smith won 65 and Jones 40 votes.",
            "en",
            [(65, "vote", None, "65"), (40, "vote", None, "40 votes")],
        ),
    ],
)
def test_a_noun_said_once_for_two_numbers(text: str, lang: str, expected: list) -> None:
    assert read(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Das Abwasser von 46 Klärwerken wurde untersucht.", "sewage plant"),
        ("Es wurden 18 Leichen gefunden.", "body"),
        ("Die Firma hat 40 Dienstnehmer.", "employee"),
        ("Mehr als 60.000 Nordkoreaner arbeiten im Ausland.", "North Korean"),
        ("Es kamen zwei der bedeutendsten Künstler.", "artist"),
    ],
)
def test_nouns_the_unit_lexicon_gained(text: str, unit: str) -> None:
    assert [f.unit for f in find_figures(text, "de")] == [unit]
