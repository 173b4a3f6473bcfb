"""Statements continued from an earlier sentence and speakers named by reference to one
(issue 12, sixth round): each row is a made-up article and the claimant of every sentence
in order, and fails without its rule. The rules are in ``tracker.extract.attribution``
(the article pass) and ``attribution_clauses``."""

from __future__ import annotations

import pytest

from tracker.extract.attribution import attribute_sentences
from tracker.extract.sentences import split_sentences


def _claimants(text: str, lang: str) -> list[str | None]:
    sentences = split_sentences(text, lang)
    return [a.claimant for a in attribute_sentences(sentences, lang)]


CASES = [
    # a quotation that opens right after X's reported speech is X's
    (
        "de",
        "Die Abgeordnete Isabel Cademartori sagte, die Konzerne seien gescheitert. "
        '"Offen blieb auch die Frage, ob sie 2026 Rekordgewinne erwarten."',
        ["Isabel Cademartori", "Isabel Cademartori"],
    ),
    (
        "en",
        "Senator Chris Murphy told reporters the group can make progress on 3 bills. "
        '"We have a number of areas that we think we can make progress on."',
        ["Chris Murphy", "Chris Murphy"],
    ),
    # a source phrase frames no speech: the quotation after it stays unattributed
    (
        "de",
        'Laut Polizei wurden 20 Menschen verletzt. "Das ist eine Katastrophe."',
        ["Polizei", None],
    ),
    # German reported speech looks back over up to two narrated sentences for its speaker,
    # when its Konjunktiv stands in the main clause
    (
        "de",
        "Das Kraftwerk koste 300 Millionen Euro, sagte Vorstand Christian Purrer. Der Bau "
        "beginnt im Mai. In der Bauzeit seien rund 280 Arbeitsplätze gesichert.",
        ["Christian Purrer", None, "Christian Purrer"],
    ),
    (
        "de",
        "Das Kraftwerk koste 300 Millionen Euro, sagte Vorstand Christian Purrer. Der Bau "
        "beginnt im Mai. Pfeiffer konnte 60 Millionen nicht aufbringen, zumal Zielpunkt "
        "Verluste bauen werde.",
        ["Christian Purrer", None, None],
    ),
    # ... not over a sentence that brings another person into view, nor for a Konjunktiv II
    # that narrates what would be
    (
        "de",
        "Das Kraftwerk koste 300 Millionen Euro, sagte Vorstand Christian Purrer. Der Bau "
        "beginnt im Mai mit Bürgermeister Karl Berg. In der Bauzeit seien rund 280 "
        "Arbeitsplätze gesichert.",
        ["Christian Purrer", None, None],
    ),
    (
        "de",
        "Das Kraftwerk koste 300 Millionen Euro, sagte Vorstand Christian Purrer. Der Bau "
        "beginnt im Mai. Gemäß Gesetz wären 7 Prozent zu zahlen.",
        ["Christian Purrer", None, None],
    ),
    # three narrated sentences end the account
    (
        "de",
        "Das Kraftwerk koste 300 Millionen Euro, sagte Vorstand Christian Purrer. Der Bau "
        "beginnt im Mai. Er dauert zwei Jahre. Die Stadt zahlt mit. In der Bauzeit seien "
        "rund 280 Arbeitsplätze gesichert.",
        ["Christian Purrer", None, None, None, None],
    ),
    # a given name of either gender ("Robin") gives no pronoun a gender: "she continued"
    # goes on with Robin Sertell, not with the woman named before her
    (
        "en",
        'Amy Miles founded the network in 2012. "I was 9 years old," Robin Sertell said. '
        '"There are likely 10,000 of us," she continued.',
        [None, "Robin Sertell", "Robin Sertell"],
    ),
    # two people named together speak together; "the lawmakers" right after them are they
    (
        "en",
        "Texas Democratic Reps. Henry Cuellar and Vincente Gonzalez signed a letter, warning "
        'that ending the order would bring 20,000 more migrants. "DHS appears unprepared," '
        "the lawmakers wrote.",
        ["Henry Cuellar and Vincente Gonzalez", "Henry Cuellar and Vincente Gonzalez"],
    ),
    # with nobody named before, "the lawmakers" stay as written
    (
        "en",
        'Lawmakers met on Tuesday. "We need 20 more judges," the lawmakers wrote.',
        [None, "lawmakers"],
    ),
    # "the group" is the organisation the sentence before was about; "a group of
    # residents" are the residents
    (
        "en",
        "The NRA opposed the bill. The group said in a statement that 20 percent agree.",
        [None, "NRA"],
    ),
    ("en", "A group of residents said 20 homes were flooded.", ["residents"]),
    # a spokesperson of nobody named speaks for the organisation a sentence before was about
    (
        "de",
        "Die Deutsche Bahn streicht 200 Verbindungen. Ein Sprecher sagte, der Grund sei "
        "Personalmangel.",
        [None, "Deutsche Bahn"],
    ),
    (
        "en",
        "Ryanair cancelled 50 flights on Monday. A spokesperson said the strike cost 2 "
        "million euros.",
        [None, "Ryanair"],
    ),
    # with no organisation named, "ein Sprecher" names nobody and "der Sprecher" its role
    (
        "de",
        "Der Sturm traf 20 Orte. Ein Sprecher sagte, drei Menschen seien gestorben. Vier "
        "Häuser brannten, sagte der Sprecher.",
        [None, None, "Sprecher"],
    ),
    # a spokesperson "des ORF" speaks for the broadcaster (a genitive, not a dative)
    ("de", "Die 3 Anfragen kommentierte ein Sprecher des ORF nicht.", ["ORF"]),
    # "nach ihren Angaben": whoever "ihren" stands for, not the subject after the cue
    (
        "de",
        "Die Polizei nahm 20 Menschen fest. Nach ihren Angaben wurden 3 Beamte verletzt.",
        [None, "Polizei"],
    ),
    ("de", "Zwei Millionen Euro hat die FPÖ nach ihren Angaben investiert.", ["FPÖ"]),
    # "hieß es weiter": the statement goes on
    (
        "de",
        "Wie die Polizei mitteilte, wurden 20 Menschen festgenommen. Drei Beamte wurden "
        "verletzt, hieß es weiter.",
        ["Polizei", "Polizei"],
    ),
    # "der Norweger" is the person the article introduced as "der Norweger ...", not the
    # last speaker
    (
        "de",
        "Der Norweger Aksel Lund Svindal gewann die Abfahrt vor Hannes Reichelt. Svindal "
        "sei in Form, so Reichelt. Da habe ich 3 Sekunden gewonnen, gestand der Norweger.",
        [None, "Reichelt", "Aksel Lund Svindal"],
    ),
    # ... else the one person the sentence before named
    (
        "de",
        "Svindal sei in Form, so Hannes Reichelt. Der 28. Sieg von Lars Svindal kam "
        "früh. Da habe ich 3 Sekunden gewonnen, gestand der Norweger.",
        ["Hannes Reichelt", None, "Lars Svindal"],
    ),
    # "He added" after a sentence about a single name no rule typed: that name
    (
        "en",
        "Zelensky spoke in Kyiv on Friday. He added that 26 countries were ready.",
        [None, "Zelensky"],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES)
def test_continued_statements(lang: str, text: str, expected: list[str | None]) -> None:
    assert _claimants(text, lang) == expected
