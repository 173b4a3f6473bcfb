"""Roles, relays and names in attribution (issue 12, fourth round of real-news rules):
each case fails without its rule."""

from __future__ import annotations

import pytest

from tracker.extract.attribution import attribute_sentences
from tracker.extract.sentences import split_sentences


def _attributions(text: str, lang: str) -> list[tuple[str | None, str | None]]:
    sentences = split_sentences(text, lang)
    return [(a.claimant, a.via) for a in attribute_sentences(sentences, lang)]


def _last_claimant(text: str, lang: str) -> str | None:
    return _attributions(text, lang)[-1][0]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a role noun is the person the article names in that role ...
        (
            "US-Präsident Donald Trump reiste nach Kiew. Der Präsident sagte, 30 Länder kämen.",
            "de",
            "Donald Trump",
        ),
        # ... never somebody named in another office: a vice-president, an ex-president,
        # a Ministerpräsident is not "der Präsident"; with nobody named so the role stays
        (
            "Vizepräsident JD Vance reiste nach Kiew. Der Präsident sagte, 30 Länder kämen.",
            "de",
            "Präsident",
        ),
        (
            "Ex-Präsident Donald Trump reiste nach Kiew. Der Präsident sagte, 30 Länder kämen.",
            "de",
            "Präsident",
        ),
        (
            "Ministerpräsident Markus Söder reiste nach Kiew. Der Präsident sagte, 30 Länder "
            "kämen.",
            "de",
            "Präsident",
        ),
        (
            "Vice President JD Vance traveled to Kyiv. The president said 30 countries would come.",
            "en",
            "president",
        ),
        (
            "Former President Donald Trump spoke first. President Joe Biden spoke later. "
            "Former President Donald Trump spoke again. The president said 30 countries would "
            "come.",
            "en",
            "Joe Biden",
        ),
        # the other office finds its own holder
        (
            "Vizepräsident JD Vance reiste nach Kiew. Der Vizepräsident sagte, 30 Länder kämen.",
            "de",
            "JD Vance",
        ),
        (
            "Former President Donald Trump spoke. President Joe Biden spoke later. The former "
            "president said 20 countries would come.",
            "en",
            "Donald Trump",
        ),
    ],
)
def test_a_role_noun_is_the_person_named_in_that_role(text: str, lang: str, expected: str) -> None:
    assert _last_claimant(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a role, a genitive, then the name: the name is the person of the role
        (
            "Das sagte der Chef des Gasmonopolisten Naftogas Andrej Kobolew, 20 Prozent fehlten.",
            "Andrej Kobolew",
        ),
        (
            "Der Chef des Gasmonopolisten Naftogas Andrej Kobolew sagte, 20 Prozent fehlten.",
            "Andrej Kobolew",
        ),
        # a person named before, by the surname
        (
            "Andrej Kobolew leitet Naftogas. Der Chef des Konzerns Kobolew sagte, 20 Prozent "
            "fehlten.",
            "Andrej Kobolew",
        ),
        # the genitive is a role of its own: the name is that role's, not the speaker's
        (
            "Das sagte der Sprecher des Präsidenten Wolodymyr Selenskyj, 20 Prozent fehlten.",
            "Sprecher",
        ),
    ],
)
def test_a_name_closing_the_genitive_after_a_role(text: str, expected: str) -> None:
    assert _last_claimant(text, "de") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "bei der" / "beim" before an outlet's own name: where somebody works, no relay
        (
            "Bezos hat bei der Washington Post den Abbau von 300 Stellen verkündet.",
            ("Bezos", None),
        ),
        (
            'Jeff Bezos hat bei der "Washington Post" den Abbau von 300 Stellen verkündet.',
            ("Jeff Bezos", None),
        ),
        # a broadcast without an article, or a media noun, still relays
        ("Bezos sagte bei CNN, 300 Stellen fielen weg.", ("Bezos", "CNN")),
        ("Bezos sagte beim Sender CNN, 300 Stellen fielen weg.", ("Bezos", "CNN")),
        # an outlet in the genitive after a role is the speaker's employer, no relay
        (
            "Der Chef der Washington Post, Will Lewis, verkündete den Abbau von 300 Stellen.",
            ("Will Lewis", None),
        ),
        # a named subject before the verb: "der" + an outlet after it is a dative audience
        (
            "Selenskyj sagte der Washington Post, 300 Drohnen seien abgeschossen worden.",
            ("Selenskyj", "Washington Post"),
        ),
        # no subject before the verb: "der Spiegel" is the subject
        (
            "Am Freitag berichtete der Spiegel, 300 Drohnen seien abgeschossen worden.",
            ("Der Spiegel", None),
        ),
    ],
)
def test_an_outlet_as_employer_or_audience(
    text: str, expected: tuple[str | None, str | None]
) -> None:
    assert _attributions(text, "de")[-1] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # German reported speech in forms the word lists miss: Konjunktiv I of the third
        # person ("ergebe") and Konjunktiv II with an umlaut ("lägen") continue the source
        (
            "Der ifo-Analyse zufolge ist die Schuldenaufnahme um 24,3 Milliarden Euro erhöht "
            "worden. Die Investitionen lägen aber nur um 1,3 Milliarden Euro höher. Damit "
            "ergebe sich eine Lücke von 23 Milliarden Euro.",
            ["ifo", "ifo", "ifo"],
        ),
        # "würde", "hätte" narrate too: they continue nobody by themselves
        (
            "Der ifo-Analyse zufolge fehlen 23 Milliarden Euro. Ein Ausgleich würde lange dauern.",
            ["ifo", None],
        ),
        # an adjective before its noun is no verb: "faule Kredite"
        (
            "Der ifo-Analyse zufolge fehlen 23 Milliarden Euro. Als Gründe werden faule "
            "Kredite genannt.",
            ["ifo", None],
        ),
    ],
)
def test_subjunctive_forms_continue_reported_speech(text: str, expected: list[str | None]) -> None:
    assert [c for c, _via in _attributions(text, "de")] == expected


def test_they_after_a_coordinated_subject() -> None:
    # "they" is the two people the sentence before opened with, not an older group
    text = (
        "The lawmakers wrote a letter. Sens. Kyrsten Sinema and Mark Kelly, both Arizona "
        'Democrats, issued a similar warning last week. "We urge you not to make 3 changes," '
        "they said."
    )
    assert _attributions(text, "en")[-1] == ("Kyrsten Sinema and Mark Kelly", None)


def test_the_platform_x_ends_a_sentence() -> None:
    # "im Onlinedienst X." is no initial: the next sentence has its own source
    text = (
        '"Es ist vollbracht", schrieb der Außenminister Jean-Noel Barrot im Onlinedienst X. '
        "EU-Vertretern zufolge wurden mindestens sieben Siedler sanktioniert."
    )
    (first, first_via), (second, second_via) = _attributions(text, "de")
    assert (first, first_via) == ("Jean-Noel Barrot", "X")
    assert second is not None and second.startswith("EU-Vertreter") and second_via is None


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # one of a group speaks: the group's noun, or the institution it belongs to
        ("Einer der Anwälte sagte, 5 Zeugen fehlten.", "de", "Anwälte"),
        ("Eine der Zeuginnen sagt, sie sei fünf Meter entfernt gewesen.", "de", "Zeuginnen"),
        ("Einer der Sprecher der Polizei sagte, 5 Zeugen fehlten.", "de", "Polizei"),
        ("One of the lawyers said 5 witnesses were missing.", "en", "lawyers"),
        # no person: "one of the reasons" speaks not; "einer von ihnen" is left to the pronoun
        ("Einer der Gründe sei, dass 5 Zeugen fehlten.", "de", None),
        ("One of the reasons is that 5 people were missing.", "en", None),
        # "die Exekutive" (the police, in Austrian usage) closing the sentence speaks
        (
            "Der Arzt stellte drei Stiche fest, berichtete die Exekutive.",
            "de",
            "Exekutive",
        ),
    ],
)
def test_one_of_a_group_speaks(text: str, lang: str, expected: str | None) -> None:
    assert _last_claimant(text, lang) == expected
