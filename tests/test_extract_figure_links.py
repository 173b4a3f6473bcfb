"""Figures whose noun is elsewhere: tallies, contrasts, partitive pronouns, left-out nouns."""

from __future__ import annotations

import pytest

from tracker.extract.figures import find_figures

# (language, text, [(value, unit, negated), ...])
Case = tuple[str, str, list[tuple[float, str | None, bool]]]

LINKED: list[Case] = [
    # a vote tally is one result, not two figures
    ("en", "The motion passed by 19 votes to 6 after a long debate.", []),
    ("en", "Lawmakers backed the bill by 230 votes against 180.", []),
    ("de", "Der Gemeinderat lehnte den Antrag mit 17 zu 9 Stimmen ab.", []),
    ("de", "Das Gesetz wurde mit 402 gegen 188 Stimmen verabschiedet.", []),
    # ... but two candidates' results are two figures
    (
        "en",
        "The incumbent won 8,112 votes against 7,904 for her rival Tom Parr.",
        [(8112, "vote", False), (7904, "vote", False)],
    ),
    ("de", "Die Kandidatin erhielt 2.318 Stimmen.", [(2318, "vote", False)]),
    (
        "en",
        "Support fell from 40 votes to 31 votes within a year.",
        [(40, "vote", False), (31, "vote", False)],
    ),
    # the rejected value takes the unit of the asserted one
    (
        "en",
        "Some 870 homes were flooded, not 1,400 as the mayor had said.",
        [(870, "house", False), (1400, "house", True)],
    ),
    (
        "de",
        "Betroffen sind 320 Haushalte und nicht 900, wie zunächst gemeldet.",
        [(320, "household", False), (900, "household", True)],
    ),
    (
        "en",
        "The outage hit 640 households, not 1,200 as first reported.",
        [(640, "household", False), (1200, "household", True)],
    ),
    (
        "de",
        "Die Station meldete einen Rückgang von 14 auf 9 Patienten.",
        [(14, "patient", False), (9, "patient", False)],
    ),
    # a corrected value is rejected
    (
        "de",
        "Die Klinik korrigierte die Zahl der Patienten von 14 auf 12.",
        [(14, "patient", True), (12, "patient", False)],
    ),
    (
        "en",
        "Officials revised the number of casualties from 30 to 24.",
        [(30, "person", True), (24, "person", False)],
    ),
    (
        "de",
        "Die Zahl der Gäste stieg von 80 auf 95.",
        [(80, "visitor", False), (95, "visitor", False)],
    ),
    # partitive pronouns: the unit of the antecedent
    (
        "de",
        "Bei dem Unglück wurden 42 Menschen verletzt, acht davon schwer.",
        [(42, "person", False), (8, "person", False)],
    ),
    (
        "de",
        "Rund 900 Schüler nahmen teil, 120 von ihnen aus dem Ausland.",
        [(900, "student", False), (120, "student", False)],
    ),
    (
        "en",
        "Police detained 15 protesters and released four of them.",
        [(15, "protester", False), (4, "protester", False)],
    ),
    (
        "en",
        "Nineteen passengers were hurt, two of whom remain in hospital.",
        [(19, "passenger", False), (2, "passenger", False)],
    ),
    (
        "de",
        "Die Stadt gibt 12 Millionen Euro aus, drei davon für Schulen.",
        [(12e6, "EUR", False), (3e6, "EUR", False)],
    ),
    # a noun left out in a coordinated clause
    (
        "de",
        "Vier Touristen wurden gerettet, zwei mussten ins Krankenhaus.",
        [(4, "visitor", False), (2, "visitor", False)],
    ),
    (
        "de",
        "Elf Feuerwehrleute wurden leicht verletzt und drei kamen in eine Klinik.",
        [(11, "firefighter", False), (3, "firefighter", False)],
    ),
    (
        "en",
        "Eight people were injured and three were taken to hospital.",
        [(8, "person", False), (3, "person", False)],
    ),
    # a range whose upper end is itself approximate
    (
        "de",
        "Kostenpunkt: Von 1.800 bis über 3.000 Euro.",
        [(1800, "EUR", False), (3000, "EUR", False)],
    ),
    # a bound after a figure: "acht Stunden, höchstens aber zehn"
    (
        "de",
        "Die Normalarbeitszeit beträgt acht Stunden, höchstens aber zehn.",
        [(8, "hour", False), (10, "hour", False)],
    ),
    # the target of a change leaves its noun out: "von ... 2.000 Asylwerbern ... auf nun 200"
    (
        "de",
        "Von einst rund 2.000 obdachlosen Asylwerbern sei man auf nun 200 gekommen.",
        [(2000, "asylum seeker", False), (200, "asylum seeker", False)],
    ),
    (
        "en",
        "The firm cut its staff from 1,200 workers to just 800.",
        [(1200, "worker", False), (800, "worker", False)],
    ),
    # ... but not across a parenthesis, nor as part of an enumeration
    (
        "de",
        "Die Liste nennt 40 Kandidaten (elf Parteien), 25 stehen fest.",
        [(40, "candidate", False), (11, "party", False), (25, None, False)],
    ),
]


def _found(language: str, text: str) -> list[tuple[float, str | None, bool]]:
    return [(f.value, f.unit, f.negated) for f in find_figures(text, language)]


@pytest.mark.parametrize(("language", "text", "expected"), LINKED, ids=[c[1][:40] for c in LINKED])
def test_linked_figures(
    language: str, text: str, expected: list[tuple[float, str | None, bool]]
) -> None:
    assert _found(language, text) == expected


@pytest.mark.parametrize(
    ("language", "text", "unit"),
    [
        ("de", "Die Airline musste 650 Verbindungen streichen.", "flight"),
        ("de", "Die Bahn strich am Morgen 230 Verbindungen.", "train"),
        ("de", "Bei der Ostseebahn fielen 75 Fahrten aus.", "train"),
        ("en", "Coach services were hit and 40 journeys were cancelled.", "bus"),
        ("de", "Wegen des Streiks fielen 75 Fahrten aus.", "trip"),  # no mode named
        ("de", "Auf der Autobahn zählte man 75 Fahrten.", "trip"),  # a road is no railway
        ("de", "Der Flughafen und der Bahnhof meldeten 75 Verbindungen.", "trip"),  # two modes
    ],
)
def test_generic_trips_take_the_mode_of_the_sentence(language: str, text: str, unit: str) -> None:
    assert [f.unit for f in find_figures(text, language)] == [unit]


def test_an_enumeration_is_no_left_out_noun() -> None:
    figures = find_figures("Sie hat drei Enkel (zwei, fünf und sieben Jahre alt).", "de")
    assert (figures[0].value, figures[0].unit) == (3, "child")
    assert all(f.unit != "child" for f in figures[1:])


def test_partitive_pronoun_takes_its_antecedent_from_the_context() -> None:
    text = "Sieben von ihnen kamen ins Krankenhaus."
    assert [f.unit for f in find_figures(text, "de")] == [None]
    context = "Am Wochenende sind 58 Menschen erkrankt."
    assert [f.unit for f in find_figures(text, "de", context=context)] == ["person"]
    # the two sentences before count ("Das teilte X mit." may stand between), not three
    context = "Am Wochenende sind 58 Menschen erkrankt. Das Labor prüft die Ursache."
    assert [f.unit for f in find_figures(text, "de", context=context)] == ["person"]
    context = "Am Wochenende sind 58 Menschen erkrankt. Das Labor prüft. Es wartet."
    assert [f.unit for f in find_figures(text, "de", context=context)] == [None]
    english = find_figures("Three of them were released.", "en", context="Police held 9 men.")
    assert [(f.value, f.unit) for f in english] == [(3, "man")]


def test_a_partitive_pronoun_before_the_number_takes_the_noun_counted_before() -> None:
    context = "In Traiskirchen hielten sich 3.400 Flüchtlinge auf."
    text = "Davon seien noch 200 obdachlos gewesen."
    assert [(f.value, f.unit) for f in find_figures(text, "de", context=context)] == [
        (200, "refugee")
    ]
    english = find_figures("Of those, 40 were charged.", "en", context="Police held 300 people.")
    assert [(f.value, f.unit) for f in english] == [(40, "person")]
