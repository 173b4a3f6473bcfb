"""Figure rules added from the real-news dev labels (issue 12): each case would fail without
its rule."""

from __future__ import annotations

import pytest

from tracker.extract.figures import find_figures
from tracker.extract.units import canonical_unit

Found = list[tuple[float, str | None, str | None]]


def _found(language: str, text: str) -> Found:
    return [(f.value, f.unit, f.approx) for f in find_figures(text, language)]


CASES: list[tuple[str, str, Found]] = [
    # an age range: both ends are ages, the low end a bound too
    (
        "de",
        "Männer im Alter von 18 bis 22 Jahren dürfen ausreisen.",
        [(18, "age", "at_least"), (22, "age", "at_most")],
    ),
    # alternatives bound a value: "16 oder 17 Tage", "two or three weeks"
    ("de", "Es müssten 16 oder 17 Tage sein.", [(16, "day", "at_least"), (17, "day", "at_most")]),
    ("en", "It takes two or three weeks.", [(2, "week", "at_least"), (3, "week", "at_most")]),
    # a span after "innerhalb von" says when, like "binnen 30 Tagen"
    ("de", "Das zwingt den Rat zu einer Entscheidung innerhalb von 30 Tagen.", []),
    ("de", "Ein Urlaub von 30 Tagen kostet 200 Euro.", [(30, "day", None), (200, "EUR", None)]),
    # a clock time in words
    ("de", "Die Gruppe soll um neun Uhr abreisen.", []),
    ("en", "They left at nine o'clock with nine people.", [(9, "person", None)]),
    # a part of a counted whole takes the whole's noun
    (
        "en",
        "Five of the six justices were appointed.",
        [(5, "justice", None), (6, "justice", None)],
    ),
    ("de", "Drei der fünf Richter stimmten zu.", [(3, "judge", None), (5, "judge", None)]),
    # a quoted figure before its noun
    (
        "de",
        "Trump will »weit mehr als 5.000« US-Soldaten abziehen.",
        [(5000, "soldier", "more_than")],
    ),
    ("en", '"We counted 300" people said.', [(300, None, None)]),
    # "ein Kind unter 18 Jahren" is an age
    ("de", "Anspruch hat, wer ein Kind unter 18 Jahren hat.", [(18, "age", "less_than")]),
    # "ein" is a count beside a second number whose noun is left out
    (
        "de",
        "Ein Mensch sei getötet und 14 seien verletzt worden.",
        [(1, "person", None), (14, "person", None)],
    ),
    ("de", "Ein Mann sagte, 14 seien verletzt worden.", [(14, None, None)]),
    # third round (annotator D's dev sentences)
    # a bare number after a preposition and a name repeats the frame of the figure before
    (
        "de",
        "Auf Portugal entfielen 134 Stimmen, auf Österreich 131 und auf Deutschland 104.",
        [(134, "vote", None), (131, "vote", None), (104, "vote", None)],
    ),
    # a frequency says when: "alle fünf Jahre", "every three days"
    ("de", "Alle fünf Jahre kommt der Bericht.", []),
    ("en", "Every 3 days 40 people die.", [(40, "person", None)]),
    # "for two years" after a perfect says since when; after a sentence it is the claim
    ("en", "It has been the reality of everyday life for two years.", []),
    ("en", "He was sentenced for two years.", [(2, "year", None)]),
    # ranks: "the second most" with its noun left out; "in the first place" is an idiom
    (
        "en",
        "The PAC spent the second most, at $250 million.",
        [(2, "rank", None), (250e6, "USD", None)],
    ),
    ("en", "It should never have been paid in the first place.", []),
    # an upper bound: "bis zur Höhe von"
    (
        "de",
        "Das Land trägt das Risiko bis zur Höhe von 225 Millionen Euro.",
        [(225e6, "EUR", "at_most")],
    ),
    # a bound before a rank: "Mehr als Platz drei"; a place in a ranking list: "(ATP-37.)"
    ("de", "Mehr als Platz drei will er nicht ausrufen.", [(3, "rank", "more_than")]),
    ("de", "Er trifft auf Martin Klizan (ATP-37.).", [(37, "rank", None)]),
    ("de", "Am 12. Mai spielten 3 Teams.", [(3, "team", None)]),
    # every number of a list that says when: "vor 70, 80 und 90 Jahren", "3 or 4 years ago"
    ("de", "Die Trends traten in Deutschland vor 70, 80 und 90 Jahren auf.", []),
    ("en", "It happened 3 or 4 years ago.", []),
    ("de", "Die Haft dauert 2 bis 3 Jahre.", [(2, "year", "at_least"), (3, "year", "at_most")]),
    ("de", "30 Jahre und diverse Verbrechen später verrät er seine Freunde.", []),
    # an age bound: "as young as 5"
    ("en", "Students as young as 5 are taught.", [(5, "age", "at_least")]),
    # the outlet's sources after its verb; a count of people who died is a claim
    ("en", "The rule will be lifted, say two officials familiar with the planning.", []),
    ("en", "Police said two people were killed.", [(2, "person", None)]),
    # a provision's name: "Title 42 order"
    ("en", "If the CDC rescinds its Title 42 order, 3 towns would suffer.", [(3, "city", None)]),
    # a product name with its number opens the sentence: "Windows 11 runs" counts no runs;
    # a word that opens sentences before counts stays a count
    ("en", "Windows 11 runs on 400 million devices.", [(400000000, "device", None)]),
    ("en", "Only 11 runs were scored.", [(11, "run", None)]),
    ("en", "Many 11 people came.", [(11, "person", None)]),
    # a value compared with the figure before it takes its noun
    (
        "en",
        "It processed 89 million tax returns, up from 83.7 million last year.",
        [(89000000, "tax return", None), (83700000, "tax return", None)],
    ),
    (
        "de",
        "Es kamen 500 Menschen, nach 400 im Vorjahr.",
        [(500, "person", None), (400, "person", None)],
    ),
    (
        "en",
        "Inflation rose to 8 percent, up from 7.5.",
        [(8, "percent", None), (7.5, "percent", None)],
    ),
    # an age range with "to"; "from 18 to 21" is a change of a limit, no range
    (
        "en",
        "It would enhance background checks for people ages 18 to 21.",
        [(18, "age", "at_least"), (21, "age", "at_most")],
    ),
    (
        "en",
        "Biden wants to raise the age of purchase from 18 to 21.",
        [(18, "age", None), (21, "age", None)],
    ),
    # "under the age of 21", "over the age of 65": bounds
    ("en", "Many shooters have been under the age of 21.", [(21, "age", "less_than")]),
    ("en", "Anyone over the age of 65 can vote.", [(65, "age", "more_than")]),
    # a negated modal before "more than" makes a limit
    ("en", "Members cannot donate more than $5,000.", [(5000, "USD", "at_most")]),
    ("en", "Members can donate more than $5,000.", [(5000, "USD", "more_than")]),
    # a verb of ranking before an ordinal: a rank
    (
        "en",
        "The fund ranked 24th and spent $29.3 million.",
        [(24, "rank", None), (29300000, "USD", None)],
    ),
    ("en", "The state ranks 2nd in the nation.", [(2, "rank", None)]),
]


@pytest.mark.parametrize(("language", "text", "expected"), CASES, ids=[c[1][:40] for c in CASES])
def test_figure_rule(language: str, text: str, expected: Found) -> None:
    assert _found(language, text) == expected


@pytest.mark.parametrize(
    ("word", "language", "unit"),
    [
        ("Siegen", "de", "win"),
        ("victories", "en", "win"),
        ("Saisonrennen", "de", "race"),
        ("Vereinbarungen", "de", "agreement"),
        ("Verstöße", "de", "violation"),
        ("Anhänger", "de", "supporter"),
        ("Nationalgardisten", "de", "national guardsman"),
        ("Asylwerbern", "de", "asylum seeker"),
        ("Runden", "de", "round"),
        ("Niederlagen", "de", "defeat"),
        # third round
        ("Söhne", "de", "son"),
        ("Szenen", "de", "scene"),
        ("Kameras", "de", "camera"),
        ("Fassungen", "de", "version"),
        ("Kollisionen", "de", "collision"),
        ("Milliardäre", "de", "billionaire"),
        ("Bekennerschreiben", "de", "letter"),
        ("Weltcup-Gesamtsiegen", "de", "win"),  # a hyphenated compound whose head is one
        ("novels", "en", "novel"),
        ("Auflagen", "de", "edition"),
        ("Kontaktpersonen", "de", "contact"),
        ("Parteien", "de", "party"),
        ("Wettkämpfen", "de", "competition"),
        ("Exemplaren", "de", "copy"),
        ("Amtszeiten", "de", "term of office"),
        ("Kabinettsmitglieder", "de", "cabinet member"),
        ("tax returns", "en", "tax return"),
        ("background checks", "en", "background check"),
        ("Kommissionen", "de", "commission"),
        # fourth round
        ("Geschwister", "de", "sibling"),
        ("Brüder", "de", "brother"),
        ("Siedler", "de", "settler"),
        ("Pavillons", "de", "pavilion"),
        ("Meldungen", "de", "report"),
    ],
)
def test_new_unit_rows(word: str, language: str, unit: str) -> None:
    assert canonical_unit(word, language) == unit


@pytest.mark.parametrize(
    ("word", "unit"),
    [
        ("Marokkaner", "Moroccan"),
        ("Infrastrukturziele", "target"),  # a compound by its head
        ("Reservistinnen", "reservist"),
        ("Wehrpflichtige", "conscript"),
        ("Japaner", "Japanese"),
    ],
)
def test_more_unit_rows(word: str, unit: str) -> None:
    assert canonical_unit(word, "de") == unit
