"""The unit lexicon: German and English nouns meet on one canonical English vocabulary."""

from __future__ import annotations

import pytest

from tracker.extract import units
from tracker.extract.units import canonical_unit, lexicon_unit, lookup_phrase, unit_kind


@pytest.mark.parametrize(
    ("noun", "language", "unit"),
    [
        ("Länder", "de", "country"),
        ("Staaten", "de", "country"),
        ("countries", "en", "country"),
        ("nations", "en", "country"),
        ("Menschen", "de", "person"),
        ("Personen", "de", "person"),
        ("Leute", "de", "person"),
        ("people", "en", "person"),
        ("Evakuierten", "de", "person"),
        ("evacuees", "en", "person"),
        ("Todesopfer", "de", "person"),
        ("Verletzte", "de", "person"),
        ("Gemeinden", "de", "municipality"),
        ("Kommunen", "de", "municipality"),
        ("municipalities", "en", "municipality"),
        ("Flüge", "de", "flight"),
        ("flights", "en", "flight"),
        ("Flughäfen", "de", "airport"),
        ("Bundesländern", "de", "federal state"),
        ("federal states", "en", "federal state"),
        ("Lehrkräfte", "de", "teacher"),
        ("Lehrern", "de", "teacher"),
        ("teachers", "en", "teacher"),
        ("Helfern", "de", "helper"),
        ("Metern", "de", "metre"),
        ("m", "de", "metre"),
        ("km", "en", "kilometre"),
        ("Grad", "de", "degree"),
        ("°C", "en", "degree"),
        ("Prozent", "de", "percent"),
        ("%", "en", "percent"),
        ("per cent", "en", "percent"),
        ("Euro", "de", "EUR"),
        ("€", "de", "EUR"),
        ("US-Dollar", "de", "USD"),
        ("$", "en", "USD"),
        ("Pfund", "de", "GBP"),
        ("pounds", "en", "GBP"),
        ("Franken", "de", "CHF"),
        ("Rubel", "de", "RUB"),
        ("Hrywnja", "de", "UAH"),
        ("Yuan", "de", "CNY"),
        ("Soldaten", "de", "soldier"),
        ("police officers", "en", "police officer"),
        ("Arbeitsplätze", "de", "job"),
        ("Jahre", "de", "year"),
        ("days", "en", "day"),
        ("Tonnen", "de", "tonne"),
        ("Hektar", "de", "hectare"),
        ("Flüchtlinge", "de", "refugee"),
        ("refugees", "en", "refugee"),
    ],
)
def test_canonical_unit(noun: str, language: str, unit: str) -> None:
    assert canonical_unit(noun, language) == unit


@pytest.mark.parametrize(
    ("noun", "unit"),
    [
        ("Rettungskräfte", "emergency worker"),  # listed
        ("Feuerwehrleute", "firefighter"),  # listed: an occupation, not "Leute"
        ("Grenzübergänge", "border crossing"),
        ("Nachbarländern", "country"),  # compound head
        ("Schwerverletzte", "person"),
        ("Gewaltdelikte", "crime"),  # compound head
        ("Corona-Fälle", "case"),  # head after the hyphen
        ("Kriegsgefangene", "prisoner"),
    ],
)
def test_german_compounds(noun: str, unit: str) -> None:
    assert canonical_unit(noun, "de") == unit


@pytest.mark.parametrize("noun", ["Ausländer", "Antworten", "Direktoren", "Beratungsstellen"])
def test_unsafe_compound_heads_are_not_used(noun: str) -> None:
    entry = lexicon_unit(noun, "de")
    assert entry is None or entry.unit not in ("country", "municipality", "goal", "job")


def test_german_nouns_must_be_capitalised() -> None:
    assert lexicon_unit("verletzte", "de") is None
    assert lexicon_unit("Verletzte", "de") is not None


def test_lemma_fallback_for_unknown_nouns() -> None:
    assert canonical_unit("Sandsäcken", "de") == canonical_unit("Sandsäcke", "de") == "sandsack"
    assert canonical_unit("lifeboats", "en") == "lifeboat"


def test_multi_word_phrases_take_the_longest_match() -> None:
    hit = lookup_phrase(["fighter", "jets", "arrived"], "en")
    assert hit is not None and hit[0].unit == "aircraft" and hit[1] == 2


@pytest.mark.parametrize(
    ("unit", "kind"),
    [
        ("person", "count"),
        ("EUR", "money"),
        ("CAD", "money"),
        ("percent", "percent"),
        ("metre", "measure"),
        ("year", "time"),
        ("sandsack", "count"),
        (None, None),
    ],
)
def test_unit_kind(unit: str | None, kind: str | None) -> None:
    assert unit_kind(unit) == kind


def test_lexicon_is_large_and_bilingual() -> None:
    canonical = {entry.unit for entry in units._DE.values()} & {e.unit for e in units._EN.values()}
    assert len(canonical) >= 180
    assert len(units._DE) >= 2000 and len(units._EN) >= 800


@pytest.mark.parametrize(
    ("noun", "language", "unit"),
    [
        ("Kollegen", "de", "employee"),
        ("Kolleginnen", "de", "employee"),
        ("colleagues", "en", "employee"),
        ("Beschäftigten", "de", "employee"),
        ("Proben", "de", "sample"),
        ("Wasserproben", "de", "sample"),
        ("samples", "en", "sample"),
        ("Tests", "de", "test"),
        ("train services", "en", "train"),
        ("rail services", "en", "train"),
        ("bus services", "en", "bus"),
        ("job losses", "en", "job"),
        ("job cuts", "en", "job"),
        ("redundancies", "en", "job"),
        ("flight cancellations", "en", "flight"),
        ("Flugausfälle", "de", "flight"),
        ("Zugausfälle", "de", "train"),
        ("security forces", "en", "security officer"),
    ],
)
def test_workforce_samples_and_services(noun: str, language: str, unit: str) -> None:
    assert canonical_unit(noun, language) == unit


@pytest.mark.parametrize(
    ("noun", "unit"),
    [
        # the modifier of a generic head decides
        ("Zugfahrten", "train"),
        ("Busfahrten", "bus"),
        ("Lkw-Fahrten", "truck"),
        ("S-Bahn-Fahrten", "train"),
        ("Zugverbindungen", "train"),
        ("Bahnverbindungen", "train"),
        ("Busverbindungen", "bus"),
        ("Fährverbindungen", "ship"),
        ("Bundespolizeikräfte", "police officer"),
        ("Ordnungskräften", "police officer"),
        ("Reinigungskräfte", "worker"),
        ("Lehrerstellen", "job"),
        ("Teilzeitstellen", "job"),
        # no fitting modifier: the head's own unit, or the lemma
        ("Dienstfahrten", "trip"),
        ("Datenverbindungen", "datenverbindung"),
        ("Baustellen", "baustelle"),
        ("Wasserkraft", "wasserkraft"),
        # listed words come first
        ("Einsatzkräfte", "emergency worker"),
        ("Haltestellen", "station"),
        ("Flugverbindungen", "flight"),
    ],
)
def test_german_generic_heads(noun: str, unit: str) -> None:
    assert canonical_unit(noun, "de") == unit
