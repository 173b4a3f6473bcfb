"""The bilingual vocabulary: German and English lemmas meet in one concept space."""

from __future__ import annotations

import re

import pytest

from tracker import lemmas
from tracker.lexicon import fold, rows, vocabulary
from tracker.lexicon.vocabulary import (
    canonical_places,
    concept,
    find_phrases,
    find_places,
    is_known,
    known_concepts,
    parse_concepts,
    parse_places,
    place,
)

CONCEPTS = rows("concepts", 3)
PLACES = rows("places", 2)
UNMAPPED_DE = [row[0] for row in rows("concepts_unmapped_de", 1)]


def lemma_concept(token: str, language: str, *, lower: bool = False) -> str:
    """What the key-text pipeline does with one token: lemmatise, then map."""
    word = token.lower() if lower else token
    return concept(lemmas.lemmatize(word, language), language)


def key_concepts(sentence: str, language: str) -> set[str]:
    return {
        lemma_concept(token, language)
        for token in re.findall(r"[^\W\d_]+", sentence)
        if len(token) > 2
    }


# Inflected German forms, as they appear in news text -> the concept after lemmatisation.
GERMAN_FORMS = [
    ("Evakuierten", "evacuate"),
    ("evakuiert", "evacuate"),
    ("evakuierten", "evacuate"),
    ("Evakuierung", "evacuate"),
    ("Verletzten", "injure"),
    ("verletzt", "injure"),
    ("Schwerverletzte", "injure"),
    ("Toten", "death"),
    ("starben", "death"),
    ("getötet", "death"),
    ("Todesopfer", "death"),
    ("festgenommen", "arrest"),
    ("Festnahme", "arrest"),
    ("zugestimmt", "approve"),
    ("billigte", "approve"),
    ("abgelehnt", "reject"),
    ("lehnte", "reject"),
    ("gestiegen", "increase"),
    ("stieg", "increase"),
    ("sank", "decrease"),
    ("gesunken", "decrease"),
    ("geschlossen", "close"),
    ("gesperrt", "close"),
    ("abgeschnitten", "cut"),
    ("finanziert", "fund"),
    ("Haushalts", "budget"),
    ("Etats", "budget"),
    ("Lehrern", "teacher"),
    ("Lehrkräfte", "teacher"),
    ("Schulen", "school"),
    ("Bürgermeisterin", "mayor"),
    ("Landrätin", "district_administrator"),
    ("Landrat", "district_administrator"),
    ("Landkreis", "district"),
    ("Kreis", "district"),
    ("Gemeinden", "municipality"),
    ("Stadtrat", "city_council"),
    ("Pegel", "water_level"),
    ("Pegelstand", "water_level"),
    ("Länder", "country"),
    ("Flut", "flood"),
    ("Hochwassers", "flood"),
    ("Polizei", "police"),
    ("Kriege", "war"),
    ("Waffenruhe", "ceasefire"),
    ("Zölle", "tariff"),
    ("Renten", "pension"),
    ("Flüchtlinge", "refugee"),
    ("Wahlen", "election"),
    ("Aktuell", "current"),
    ("eventuell", "possible"),
]

ENGLISH_FORMS = [
    ("evacuated", "evacuate"),
    ("evacuation", "evacuate"),
    ("evacuees", "evacuate"),
    ("died", "death"),
    ("killed", "death"),
    ("dead", "death"),
    ("deaths", "death"),
    ("fatalities", "death"),
    ("injured", "injure"),
    ("wounded", "injure"),
    ("arrested", "arrest"),
    ("detained", "arrest"),
    ("approved", "approve"),
    ("agreed", "approve"),
    ("rejected", "reject"),
    ("refused", "reject"),
    ("rose", "increase"),
    ("climbed", "increase"),
    ("fell", "decrease"),
    ("dropped", "decrease"),
    ("municipalities", "municipality"),
    ("teachers", "teacher"),
    ("budgets", "budget"),
    ("mayors", "mayor"),
    ("countries", "country"),
    ("flooding", "flood"),
    ("funded", "fund"),
    ("councils", "council"),
    ("tariffs", "tariff"),
]


@pytest.mark.parametrize(("token", "expected"), GERMAN_FORMS)
def test_german_forms_map_to_their_concept(token: str, expected: str) -> None:
    assert lemma_concept(token, "de") == expected


@pytest.mark.parametrize(
    ("token", "expected"),
    [
        ("Evakuierten", "evacuate"),
        ("Gemeinden", "municipality"),
        ("Verletzten", "injure"),
        ("Krieg", "war"),
        ("Land", "country"),
        ("Haushalt", "budget"),
        ("Opfer", "victim"),
    ],
)
def test_german_forms_map_also_when_lowercased_before_lemmatisation(
    token: str, expected: str
) -> None:
    # simplemma returns other lemmas for lower-cased nouns ("krieg" -> "kriegen",
    # "gemeinden" -> "gemeinden"); the vocabulary covers both ways of calling it.
    assert lemma_concept(token, "de", lower=True) == expected


@pytest.mark.parametrize(("token", "expected"), ENGLISH_FORMS)
def test_english_forms_map_to_their_concept(token: str, expected: str) -> None:
    assert lemma_concept(token, "en") == expected


@pytest.mark.parametrize(
    ("german", "english"),
    [
        ("evakuieren", "evacuate"),
        ("sterben", "die"),
        ("Todesopfer", "fatality"),
        ("Gemeinde", "municipality"),
        ("Landrätin", "district administrator"),
        ("Stadtrat", "city council"),
        ("Pegel", "water level"),
        ("Haushalt", "budget"),
        ("Etat", "budget"),
        ("Lehrer", "teacher"),
        ("zustimmen", "approve"),
        ("ablehnen", "reject"),
        ("festnehmen", "arrest"),
        ("Waldbrand", "wildfire"),
        ("Krankenhaus", "hospital"),
        ("Arbeitslosigkeit", "unemployment"),
    ],
)
def test_german_and_english_meet(german: str, english: str) -> None:
    english_concept = (
        find_phrases(english.split(), "en")[0][2] if " " in english else concept(english, "en")
    )
    assert concept(german, "de") == english_concept


@pytest.mark.parametrize(
    ("one", "other"),
    [
        (("zustimmen", "de"), ("ablehnen", "de")),
        (("approve", "en"), ("reject", "en")),
        (("steigen", "de"), ("sinken", "de")),
        (("rise", "en"), ("fall", "en")),
        (("bestätigen", "de"), ("dementieren", "de")),
        (("confirm", "en"), ("deny", "en")),
        (("gewinnen", "de"), ("verlieren", "de")),
        (("öffnen", "de"), ("schließen", "de")),
        (("Anstieg", "de"), ("Rückgang", "de")),
        (("Überschuss", "de"), ("Defizit", "de")),
    ],
)
def test_opposite_polarity_never_shares_a_concept(
    one: tuple[str, str], other: tuple[str, str]
) -> None:
    assert concept(*one) != concept(*other)


@pytest.mark.parametrize(
    ("lemma", "language", "expected"),
    [
        ("Mittelau", "de", "mittelau"),
        ("Riverton", "en", "riverton"),
        ("Qwertzuiop", "de", "qwertzuiop"),
        ("  Vogt ", "de", "vogt"),
        ("evacuation", "fr", "evacuation"),
        ("Gemeinde", "en", "gemeinde"),  # a German word is not English
        ("rat", "en", "rat"),  # false friend: Rat (council) is German only
        ("gift", "en", "gift"),
    ],
)
def test_unknown_lemmas_fall_through_lower_cased(lemma: str, language: str, expected: str) -> None:
    assert concept(lemma, language) == expected
    assert not is_known(lemma, language)


@pytest.mark.parametrize("lemma", ["bereits", "heißen", "sorgen", "Lager", "sondern", "falls"])
def test_words_that_only_look_inflected_fall_through(lemma: str) -> None:
    # Without the exception list the ending rules would read bereit+s, heiß+en, Lage+r.
    assert concept(lemma, "de") == lemma.lower()


@pytest.mark.parametrize(
    ("lemma", "expected"),
    [
        ("BÜRGERMEISTER", "mayor"),
        ("Buergermeister", "mayor"),
        ("bürgermeister", "mayor"),
        ("Strasse", "road"),
        ("Straße", "road"),
        ("Verletzter", "injure"),  # simplemma leaves the nominalised participle alone
        ("Lehrerinnen", "teacher"),
        ("Landrätinnen", "district_administrator"),
        ("AfD-Politiker", "politics"),  # the head of a hyphenated compound
        ("Ukraine-Krieg", "war"),
    ],
)
def test_german_lookup_is_case_umlaut_and_ending_tolerant(lemma: str, expected: str) -> None:
    assert concept(lemma, "de") == expected


@pytest.mark.parametrize(
    ("lemmas", "language", "expected"),
    [
        (["zwei", "Mensch", "ums", "Leben", "kommen"], "de", [(3, 5, "death")]),
        (["Mensch", "Leben", "kommen"], "de", [(1, 3, "death")]),
        (["five", "municipality", "be", "cut", "off"], "en", [(3, 5, "cut")]),
        (["district", "administrator", "Petra", "Vogt"], "en", [(0, 2, "district_administrator")]),
        (["the", "city", "council", "approve"], "en", [(1, 3, "city_council")]),
        (["a", "state", "of", "emergency"], "en", [(1, 4, "emergency")]),
        (["state", "emergency"], "en", [(0, 2, "emergency")]),
        (["the", "water", "level", "of", "the", "river"], "en", [(1, 3, "water_level")]),
        (["two", "people", "lose", "their", "life"], "en", [(2, 5, "death")]),
        (["nothing", "to", "see"], "en", []),
        ([], "en", []),
        (["cut", "off"], "fr", []),
    ],
)
def test_multi_word_expressions(
    lemmas: list[str], language: str, expected: list[tuple[int, int, str]]
) -> None:
    assert find_phrases(lemmas, language) == expected


def test_the_dev_story_sentences_share_their_claim_words() -> None:
    german = key_concepts(
        "Die Zahl der Evakuierten im Landkreis Mittelau ist auf 3.500 gestiegen. "
        "Inzwischen sind fünf Gemeinden von der Außenwelt abgeschnitten.",
        "de",
    )
    english = key_concepts(
        "About 3,500 people have been evacuated in the German district of Mittelau. "
        "Five municipalities were cut off, local authorities said.",
        "en",
    )
    assert {"evacuate", "district", "mittelau", "municipality", "cut"} <= german & english


PLACES_TABLE = [
    ("Deutschland", "germany"),
    ("Germany", "germany"),
    ("BRD", "germany"),
    ("Deutschlands", "germany"),
    ("Germany's", "germany"),
    ("Kiew", "kyiv"),
    ("Kyiv", "kyiv"),
    ("Kiev", "kyiv"),
    ("Kiews", "kyiv"),
    ("Moskau", "moscow"),
    ("Vereinigte Staaten", "united_states"),
    ("Vereinigten Staaten", "united_states"),
    ("Vereinigte Staaten von Amerika", "united_states"),
    ("USA", "united_states"),
    ("US", "united_states"),
    ("U.S.", "united_states"),
    ("United States", "united_states"),
    ("Amerika", "united_states"),
    ("EU", "european_union"),
    ("Europäische Union", "european_union"),
    ("Europäischen Union", "european_union"),
    ("Vereinte Nationen", "united_nations"),
    ("Vereinten Nationen", "united_nations"),
    ("UN", "united_nations"),
    ("UNO", "united_nations"),
    ("Bayern", "bavaria"),
    ("Bavaria", "bavaria"),
    ("Nordrhein-Westfalen", "north_rhine_westphalia"),
    ("NRW", "north_rhine_westphalia"),
    ("North Rhine-Westphalia", "north_rhine_westphalia"),
    ("North Rhine Westphalia", "north_rhine_westphalia"),
    ("Zürich", "zurich"),
    ("Zuerich", "zurich"),
    ("Zurich", "zurich"),
    ("München", "munich"),
    ("Muenchen", "munich"),
    ("Munich", "munich"),
    ("Weißes Haus", "white_house"),
    ("Weissen Hauses", "white_house"),
    ("White House", "white_house"),
    ("WHO", "who"),
    ("Weltgesundheitsorganisation", "who"),
    ("IWF", "imf"),
    ("IMF", "imf"),
    ("OSZE", "osce"),
    ("EZB", "ecb"),
    ("Nato", "nato"),
    ("Großbritannien", "united_kingdom"),
    ("UK", "united_kingdom"),
    ("Straße von Hormus", "strait_of_hormuz"),
    ("Gazastreifen", "gaza"),
    ("Saudi-Arabien", "saudi_arabia"),
    ("Saudi Arabien", "saudi_arabia"),
    ("Côte d'Ivoire", "ivory_coast"),
    ("Cote d'Ivoire", "ivory_coast"),
    ("Elfenbeinküste", "ivory_coast"),
    ("Island", "iceland"),
    ("Niederösterreich", "lower_austria"),
    ("Genf", "geneva"),
    ("Wien", "vienna"),
    ("Grüne", "greens"),
]


@pytest.mark.parametrize(("name", "expected"), PLACES_TABLE)
def test_place_names_in_german_english_and_short_forms(name: str, expected: str) -> None:
    assert place(name) == expected


@pytest.mark.parametrize(
    "name",
    [
        "us",  # the pronoun, not the country: short forms are case-sensitive
        "who",
        "island",  # English "island", not Iceland
        "grüne",  # the adjective, not the party
        "Mittelau",
        "Riverton",
        "",
        "Berlin Moskau",  # two places are not one place
        "US-Präsident",  # a compound names a person, not a place
    ],
)
def test_unknown_or_ambiguous_names_are_not_places(name: str) -> None:
    assert place(name) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Flut im Landkreis Mittelau , Nordrhein-Westfalen und Bayern",
            [(5, 6, "north_rhine_westphalia"), (7, 8, "bavaria")],
        ),
        (
            "Botschafter der Vereinigten Staaten von Amerika in Kiew",
            [(2, 6, "united_states"), (7, 8, "kyiv")],
        ),
        (
            "the United Nations and the US met in New York",
            [(1, 3, "united_nations"), (5, 6, "united_states"), (8, 10, "new_york")],
        ),
        ("let us ask who is in North Rhine Westphalia", [(6, 9, "north_rhine_westphalia")]),
        ("US-Präsident Trump und der Nato-Gipfel", [(0, 1, "united_states"), (4, 5, "nato")]),
        ("Sprecher des Weißen Hauses", [(2, 4, "white_house")]),
        ("", []),
    ],
)
def test_find_places_longest_match_first(text: str, expected: list[tuple[int, int, str]]) -> None:
    assert find_places(text.split()) == expected


def test_find_places_can_leave_compounds_alone() -> None:
    assert find_places(["US-Präsident", "Trump"], compounds=False) == []


def test_fold_ignores_case_umlauts_and_accents() -> None:
    assert fold("Zürich") == fold("ZUERICH") == "zuerich"
    assert fold("Straße") == "strasse"
    assert fold("Côte") == "cote"


def test_the_tables_have_no_conflicting_entries() -> None:
    concepts = parse_concepts(CONCEPTS, UNMAPPED_DE)
    places = parse_places(PLACES)
    assert concepts.conflicts == []
    assert places.conflicts == []


def test_the_tables_are_large_enough() -> None:
    concepts = parse_concepts(CONCEPTS, UNMAPPED_DE)
    assert len(concepts.words["de"]) >= 1500
    assert len(concepts.words["en"]) >= 1500
    assert len(known_concepts()) >= 500
    assert len(canonical_places()) >= 500


def test_unmapped_words_are_not_table_entries() -> None:
    concepts = parse_concepts(CONCEPTS, UNMAPPED_DE)
    assert concepts.unmapped
    assert not concepts.unmapped & concepts.words["de"].keys()


def test_concept_and_place_names_are_identifiers() -> None:
    for name in known_concepts() | canonical_places():
        assert re.fullmatch(r"[a-z][a-z0-9_]*", name), name


def test_every_concept_name_is_its_own_english_lemma() -> None:
    for name in known_concepts():
        if "_" in name:
            assert find_phrases(name.split("_"), "en") == [(0, name.count("_") + 1, name)]
        else:
            assert concept(name, "en") == name


def test_parsers_report_conflicts() -> None:
    table = parse_concepts([("a", "Wort", "word"), ("b", "Wort", "other"), ("c", "x", "word")])
    assert ("de", "wort", "a", "b") in table.conflicts
    assert ("en", "word", "a", "c") in table.conflicts
    places = parse_places([("one", "Foo, =BAR"), ("two", "foo, =BAR")])
    assert len(places.conflicts) == 2


def test_tables_are_built_once() -> None:
    assert vocabulary._concepts() is vocabulary._concepts()
    assert vocabulary._places() is vocabulary._places()
