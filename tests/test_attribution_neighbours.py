"""Attribution carried between neighbouring sentences (issue 12, real-news dev sentences):
each case fails without its rule."""

from __future__ import annotations

import pytest

from tracker.extract.attribution import attribute_sentences
from tracker.extract.sentences import split_sentences


def _claimants(text: str, lang: str) -> list[str | None]:
    sentences = split_sentences(text, lang)
    return [a.claimant for a in attribute_sentences(sentences, lang)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # German text that lost its quotation marks: first-person sentences next to one a
        # speaker frames are his, both ways
        (
            "Ich habe stetige Fortschritte gemacht, bin aber nicht bei 100 Prozent. Ich glaube, "
            "es wäre ein Risiko, erklärte Federer am Donnerstag. Wir wollen 3 Titel.",
            ["Federer", "Federer", "Federer"],
        ),
        # narration in between ends the run
        (
            "Ich glaube, es wäre ein Risiko, erklärte Federer. Das Turnier hat 128 Spieler. "
            "Wir wollen 3 Titel.",
            ["Federer", None, None],
        ),
        # "Ich habe ... gesagt" right after X's statement: X goes on speaking
        (
            "Die Türkei sei am Limit, sagte Erdogan. Ich habe den Norwegern gesagt: 8.000 "
            "Menschen sind zu viele für euch.",
            ["Erdogan", "Erdogan"],
        ),
        # no first person: the outlet narrates
        (
            "Das Turnier hat 128 Spieler. Es sei ein Risiko, erklärte Federer.",
            [None, "Federer"],
        ),
    ],
)
def test_first_person_neighbours_de(text: str, expected: list[str | None]) -> None:
    assert _claimants(text, "de") == expected


def test_first_person_is_german_only() -> None:
    # English keeps its quotation marks: an unquoted "I" is the author's
    text = "I think 3 titles are possible. It would be a risk, Federer said."
    assert _claimants(text, "en") == [None, "Federer"]


def test_a_known_person_and_a_colon_open_a_statement_in_body_text() -> None:
    # derStandard interviews: "Poposki: ..." names the person the article introduced
    text = (
        "Der mazedonische Innenminister Mitko Poposki sprach in Wien. Poposki: 100 "
        "ausländische Beamte sind bereits gekommen."
    )
    assert _claimants(text, "de") == [None, "Mitko Poposki"]
    # a kicker or a word before a colon is no speaker
    assert _claimants("Ukraine: 100 Beamte sind gekommen. Fazit: 3 Tage.", "de") == [None, None]
