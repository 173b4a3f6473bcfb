"""Fact names (issue 16): the measure and the subject, no leftover of one sentence."""

from __future__ import annotations

import datetime as dt

import pytest

from tracker.match.naming import NamedClaim, fact_name, measure_phrase

DAY = dt.datetime(2026, 8, 11, 8, tzinfo=dt.UTC)


def claim(
    text: str,
    figure: str,
    names: tuple[str, ...] = (),
    *,
    language: str = "de",
    title: str = "",
    title_names: tuple[str, ...] = (),
    claimant: str | None = None,
    claim_id: int = 1,
) -> NamedClaim:
    start = text.index(figure)
    return NamedClaim(
        claim_id,
        text,
        start,
        start + len(figure),
        language,
        names,
        DAY,
        ("death",),
        title,
        title_names,
        claimant,
    )


@pytest.mark.parametrize(
    ("text", "figure", "language", "phrase"),
    [
        # who said it is not what is measured
        (
            "Nach Regierungsangaben sind mindestens 20 Menschen gestorben.",
            "mindestens 20 Menschen",
            "de",
            "Menschen gestorben",
        ),
        (
            "Dabei wurden nach Angaben der örtlichen Behörden sechs Menschen getötet.",
            "sechs Menschen",
            "de",
            "Menschen getötet",
        ),
        # no pronoun or "es gab": the counted noun is the measure
        ("Es gab mindestens sieben Tote.", "mindestens sieben Tote", "de", "Tote"),
        # another figure's number and words stay out of the name
        (
            "Mindestens zehn Menschen sollen getötet und fast 100 weitere verletzt worden sein.",
            "Mindestens zehn Menschen",
            "de",
            "Menschen getötet",
        ),
        (
            "A gunman killed 19 children and two adults were killed in the school.",
            "two adults",
            "en",
            "adults killed in the school",
        ),
        # a number glued to a word leaves the word
        (
            "Die Regierung will eine steuerfreie 1.000-Euro-Prämie bezahlen.",
            "1.000-Euro",
            "de",
            "Regierung eine steuerfreie Euro-Prämie bezahlen",
        ),
        # no weekday (nor its preposition)
        ("Am Donnerstag soll es bis zu 39 Grad heiß werden.", "bis zu 39 Grad", "de", "Grad heiß"),
        # an age is what the figure measures
        (
            "Die Schauspielerin Brigitte Bardot ist mit 91 Jahren gestorben.",
            "91 Jahren",
            "de",
            "Alter Schauspielerin Brigitte Bardot",
        ),
        ("An 18-year-old gunman entered the school.", "18-year-old", "en", "age gunman"),
    ],
)
def test_the_measure_phrase_says_what_is_counted(
    text: str, figure: str, language: str, phrase: str
) -> None:
    start = text.index(figure)
    assert measure_phrase(text, start, start + len(figure), language) == phrase


def test_a_name_holds_no_number_and_no_weekday() -> None:
    tuesday = claim(
        "In Tuesday's shooting at Robb Elementary School, 19 children and two adults were killed.",
        "two adults",
        ("Tuesday", "Robb Elementary School"),
        language="en",
    )
    name = fact_name([tuesday])
    assert name == "adults killed, Robb Elementary School, 11 Aug 2026"
    assert not any(ch.isdigit() for ch in name.split(",")[0])


def test_the_subject_comes_from_other_claims_then_the_headline() -> None:
    bare = claim("Dabei wurden mindestens sechs Menschen getötet.", "mindestens sechs Menschen")
    other = claim(
        "In Saporischschja wurden sechs Menschen getötet.",
        "sechs Menschen",
        ("Saporischschja",),
        claim_id=2,
    )
    assert fact_name([bare]) == "Menschen getötet, 11 Aug 2026"
    assert fact_name([bare, other]).startswith("Menschen getötet, Saporischschja")
    headline = claim(
        "Dabei wurden mindestens sechs Menschen getötet.",
        "mindestens sechs Menschen",
        title="Angriff auf Saporischschja",
        title_names=("Saporischschja",),
    )
    assert fact_name([headline]) == "Menschen getötet, Saporischschja, 11 Aug 2026"
    # an English headline In Title Case names nothing by its capitals
    title_case = claim(
        "The bill would raise the age to buy such rifles.",
        "rifles",
        language="en",
        title="House Passes Bill Raising Age For Rifles",
        title_names=("House Passes Bill Raising Age For Rifles",),
    )
    assert "House" not in fact_name([title_case])


def test_who_said_it_is_not_the_subject_unless_a_place() -> None:
    said = claim(
        "Vier Menschen wurden getötet, sagte Petra Vogt.",
        "Vier Menschen",
        ("Petra Vogt",),
        claimant="Petra Vogt",
    )
    assert fact_name([said]) == "Menschen getötet, 11 Aug 2026"
    utility = claim(
        "In Grünstadt sind 4.000 Haushalte ohne Strom, teilten die Stadtwerke Grünstadt mit.",
        "4.000 Haushalte",
        ("Grünstadt",),
        claimant="Stadtwerke Grünstadt",
    )
    assert fact_name([utility]) == "Haushalte ohne Strom, Grünstadt, 11 Aug 2026"
