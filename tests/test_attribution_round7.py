"""Attribution rules of the seventh real-text round (issue 12), on made-up sentences: a
dateline is no subject, an organisation noun refers to the organisation that just spoke, a
generic noun in a genitive after "aus Kreisen" is named by what follows it, a place after
"in der" is no extended attribute, a headline kicker that comes back after the colon is a
topic, a poll's compound before a headline colon speaks, "wird es demnach"."""

from __future__ import annotations

import pytest

from tracker.extract.pipeline import extract_claims


def claimant_of(text: str, fragment: str, lang: str = "de", title: str | None = None) -> str | None:
    hits = [d for d in extract_claims(text, lang, title=title) if fragment in d.text]
    assert len(hits) == 1, f"{fragment!r} matched {len(hits)} claims"
    return hits[0].attribution.claimant


def headline_claimant(title: str, text: str, lang: str = "de") -> str | None:
    heads = [d for d in extract_claims(text, lang, title=title) if d.headline]
    assert len(heads) == 1
    return heads[0].attribution.claimant


def test_a_dateline_is_not_what_a_later_organisation_noun_refers_to():
    text = (
        "Lindau – Bei einem Brand in einer Halle sind 40 Tiere verendet. "
        "Wie die Organisation mitteilte, waren 12 Helfer im Einsatz."
    )
    assert claimant_of(text, "12 Helfer") != "Lindau"


def test_an_organisation_noun_is_the_organisation_that_spoke_just_before():
    text = (
        "Nordhafen – Nach Angaben der Nordischen Beobachtungsstelle für Seevögel sind 300 "
        "Möwen verendet. Wie die Organisation am Montag mitteilte, wurden 40 Nester gezählt."
    )
    assert claimant_of(text, "40 Nester") == "Nordische Beobachtungsstelle"


def test_circles_of_a_generic_organisation_named_by_what_follows():
    text = (
        "Die Stoffe seien in 3 Fällen verwendet worden, verlautete aus Kreisen der "
        "Organisation für das Verbot von Chemiewaffen."
    )
    assert claimant_of(text, "3 Fällen") == "Organisation für das Verbot von Chemiewaffen"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Richter in der Hauptstadt Lindau bestätigten 30 Fälle.", "Richter"),
        # an extended attribute still names the subject after it
        ("Die in Lindau ansässige Stiftung Seeblick hatte 30 Fälle gemeldet.", "Stiftung Seeblick"),
    ],
)
def test_a_place_after_in_der_is_no_extended_attribute(text: str, expected: str):
    assert claimant_of(text, "30 Fälle") == expected


@pytest.mark.parametrize(
    "title",
    [
        "Lufthansa: Lufthansa streicht rund 1.400 Stellen",
        "Lufthansa: Aktionäre genehmigen 40 Millionen Euro für Lufthansa-Chef",
    ],
)
def test_a_kicker_that_comes_back_after_the_colon_is_a_topic(title: str):
    text = "Der Konzern Lufthansa will bis zu 1.400 Menschen entlassen."
    assert headline_claimant(title, text) is None


def test_a_person_before_a_headline_colon_still_speaks():
    text = "Der ukrainische Präsident Wolodymyr Selenskyj sagte, 26 Länder seien bereit."
    title = "Selenskyj: 26 Länder wollen Truppen schicken"
    assert headline_claimant(title, text) == "Wolodymyr Selenskyj"


def test_a_poll_compound_before_a_headline_colon_speaks():
    title = "ZDF-Politbarometer: Jeder Zweite rechnet mit einem Ende der Koalition"
    assert headline_claimant(title, "Immer mehr Bürger zweifeln.") == "ZDF-Politbarometer"


def test_demnach_after_a_pronoun_brings_the_speaker_before():
    text = (
        "Der Wetterdienst warnt am Donnerstag vor Hitze. "
        "Im Süden wird es demnach bis zu 39 Grad heiß."
    )
    assert claimant_of(text, "39 Grad") == "Wetterdienst"


def test_statisticians_are_a_group_that_speaks():
    text = '"Das führte zu 30 zusätzlichen Arbeitstagen", erklärten die Statistiker.'
    assert claimant_of(text, "30 zusätzlichen") == "Statistiker"


def test_a_document_before_the_colon_of_a_ticker_line_speaks():
    text = "Die wichtigsten Entwicklungen. 20:36 Uhr - Bericht: Berater hielten 3 Minister fern"
    assert claimant_of(text, "Berater hielten") == "Bericht"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Das Robert Koch-Institut stellte am Montag seinen Bericht vor. Demnach gab es 300 Fälle.",
            "Robert Koch-Institut",
        ),
        (
            "Die Stiftung Seeblick veröffentlichte eine Studie. Demnach sind 40 Prozent betroffen.",
            "Stiftung Seeblick",
        ),
        # no document presented: "Demnach" names nobody
        ("Die Stiftung Seeblick feierte ihr Jubiläum. Demnach sind 40 Prozent betroffen.", None),
    ],
)
def test_demnach_after_a_document_presented_is_the_presenters(text: str, expected: str | None):
    assert claimant_of(text, "Demnach") == expected


@pytest.mark.parametrize(
    ("text", "via"),
    [
        ("Die Krone berichtete, 100 Anträge würden angenommen.", None),  # the outlet speaks
        ('"Es sind 30 Fälle", sagte Anna Berg der Krone.', "Kronen Zeitung"),
        ('"Es gibt 30 Fälle", sagte Anna Berg im Gespräch mit der Krone.', "Kronen Zeitung"),
        # joined to another noun, not told to it
        ('"Es gibt 30 Fälle zwischen der Polizei und der Krone", sagte Anna Berg.', None),
        ('"Wir haben uns mit der Krone auf 30 Fälle geeinigt", sagte Anna Berg.', None),
    ],
)
def test_an_outlet_relays_only_when_told(text: str, via: str | None):
    hits = [d for d in extract_claims(text, "de") if "30 Fälle" in d.text or "100" in d.text]
    assert len(hits) == 1
    assert hits[0].attribution.via == via
