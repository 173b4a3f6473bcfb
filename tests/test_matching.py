"""Matching pieces, table-driven, both languages: key texts, value agreement, pair
scores, relation rules."""

from __future__ import annotations

import datetime as dt

import pytest

from tracker.match.relate import Member, decide, independent
from tracker.match.score import ClaimView, FigureView, score_claims, values_agree
from tracker.normalise import FigureSlot, anchors, key_text

# -- key texts -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "figures", "expected"),
    [
        (
            "Im Kreis Talheim wurden rund 200 Menschen evakuiert, sagte Landrat Bernd Kuhn.",
            "de",
            [FigureSlot(28, 42, "person", 200)],
            {"district", "talheim", "#person", "evacuate"},
        ),
        (
            "About 200 people were evacuated in Talheim district, officials said.",
            "en",
            [FigureSlot(0, 16, "person", 200)],
            {"#person", "evacuate", "talheim", "district"},
        ),
    ],
)
def test_key_text_meets_across_languages(text, language, figures, expected) -> None:  # type: ignore[no-untyped-def]
    key = key_text(text, language, figures, drop_names=["Bernd Kuhn"])
    assert expected <= set(key.terms), key.terms
    assert "=person:200" in key.values
    # the attribution frame and the claimant are not what is claimed
    assert not {"sagen", "say", "kuhn", "bernd", "official"} & set(key.terms)


def test_key_text_drops_calendar_words_and_keeps_event_of_counted_noun() -> None:
    key = key_text(
        "Am Dienstagabend meldete die Polizei 3.500 Evakuierte.",
        "de",
        [FigureSlot(37, 53, "person", 3500, "Evakuierte")],
    )
    assert "evacuate" in key.terms and "#person" in key.terms
    assert not any(t.startswith("dienstag") for t in key.terms)


def test_key_text_drops_an_organisation_only_where_its_whole_name_stands() -> None:
    text = "In Grünstadt sind 6.500 Haushalte ohne Strom, teilten die Stadtwerke Grünstadt mit."
    slots = [FigureSlot(18, 33, "household", 6500)]
    key = key_text(text, "de", slots, drop_phrases=["Stadtwerke Grünstadt"])
    assert "gruenstadt" in key.terms  # the place the sentence is about stays
    assert "stadtwerke" not in key.terms
    # a person's name goes word by word: "Kuhn" alone is the speaker too
    key = key_text("Kuhn sagte, 200 Menschen seien in Grünstadt.", "de", (), ["Bernd Kuhn"])
    assert "kuhn" not in key.terms and "gruenstadt" in key.terms
    # a case ending on the organisation's last word: "nach Angaben des Wahlamts"
    key = key_text(
        "Nach Angaben des Wahlamts lagen 96 Stimmen dazwischen.", "de", (), (), ["Wahlamt"]
    )
    assert not any(t.startswith("wahlamt") for t in key.terms)
    # every word may carry a case ending; a short name only as it is
    text = "Nach Angaben der Technischen Werke Mittelau sind 300 Haushalte betroffen."
    key = key_text(text, "de", (), (), ["Technische Werke Mittelau"])
    assert not {"mittelau", "technology", "technisch"} & set(key.terms)
    key = key_text("Der Rat nannte eine Rate von 5 Prozent.", "de", (), (), ["Rat"])
    assert "rate" in key.terms


def test_anchors_are_names_and_places() -> None:
    found = anchors("Landrätin Petra Kowalczyk besuchte Felsbrunn und Berlin.", "de")
    assert {"kowalczyk", "felsbrunn", "berlin"} <= found
    assert "landraetin" not in found


# -- values ----------------------------------------------------------------------


def fig(value: float, approx: str | None = None, unit: str = "person", **kw) -> FigureView:  # type: ignore[no-untyped-def]
    return FigureView(
        kw.pop("id", int(value * 10) % 100000),
        kw.pop("claim_id", 1),
        value,
        unit,
        approx,
        kw.pop("negated", False),
        **kw,
    )


@pytest.mark.parametrize(
    ("a", "b", "agree"),
    [
        (fig(1200, "about"), fig(1250), True),
        (fig(1200, "about"), fig(1400), False),
        (fig(3500), fig(3500, "about"), True),
        (fig(37, "at_least"), fig(52), False),  # a bound and a later count: news
        (fig(10000, "more_than"), fig(3500), False),
        (fig(2, "less_than"), fig(2, "more_than"), False),  # opposite bounds
        (fig(2, "at_most"), fig(2), True),
        (fig(26, unit="country"), fig(26, unit="degree"), False),
    ],
)
def test_values_agree(a: FigureView, b: FigureView, agree: bool) -> None:
    assert values_agree(a, b) is agree


# -- pair scores -------------------------------------------------------------------

T0 = dt.datetime(2025, 3, 10, 8, tzinfo=dt.UTC)


def view(
    claim_id: int,
    text: str,
    terms: str,
    *,
    article: int | None = None,
    context: str = "",
    anchors_: str = "",
    time: dt.datetime | None = T0,
    language: str = "de",
    figures: list[FigureView] | None = None,
    claimant: int | None = None,
    source: int = 1,
    negated: bool = False,
) -> ClaimView:
    return ClaimView(
        id=claim_id,
        article_id=article or claim_id,
        source_id=source,
        claimant_id=claimant,
        text=text,
        terms=tuple(terms.split()),
        anchors=frozenset(anchors_.split()),
        context=frozenset(context.split()),
        time=time,
        negated=negated,
        order=(time.timestamp() if time else float("inf"), claim_id),
        language=language,
        figures=figures or [],
    )


def idf(term: str) -> float:
    return 2.0


def test_same_sentence_about_another_town_is_not_the_same_fact() -> None:
    a = view(
        1,
        "Die Temperaturen steigen in Talheim auf 23 Grad.",
        "temperature talheim increase #degree",
        context="talheim",
        figures=[fig(23, unit="degree", claim_id=1)],
    )
    b = view(
        2,
        "Die Temperaturen steigen in Felsbrunn auf 23 Grad.",
        "temperature felsbrunn increase #degree",
        context="felsbrunn",
        figures=[fig(23, unit="degree", claim_id=2)],
    )
    score = score_claims(b, a, idf, b.figures[0], a.figures[0])
    assert score.total == 0.0 and score.components["elsewhere"] == 1.0


def test_unrelated_claims_sharing_a_value_stay_apart() -> None:
    a = view(
        1,
        "26 Länder sagten Hilfe zu.",
        "approve aid #country",
        context="ukraine",
        figures=[fig(26, unit="country", claim_id=1)],
    )
    b = view(
        2,
        "26 countries sent delegations to the fair.",
        "send delegation fair #country",
        context="riverton ukraine",
        language="en",
        figures=[fig(26, unit="country", claim_id=2)],
    )
    assert score_claims(b, a, idf, b.figures[0], a.figures[0]).total == 0.0


def test_same_value_same_story_other_language_is_bridged() -> None:
    a = view(
        1,
        "Rund 390 Menschen mussten ihre Häuser verlassen.",
        "#person evacuate",
        context="wrenhallow",
        figures=[fig(390, "about", claim_id=1)],
    )
    b = view(
        2,
        "The number of evacuees rose to about 390.",
        "evacuate increase #person",
        context="wrenhallow ketterby",
        language="en",
        figures=[fig(390, "about", claim_id=2)],
    )
    score = score_claims(b, a, idf, b.figures[0], a.figures[0])
    assert score.total >= 0.5


def test_same_value_same_story_different_event_is_not_bridged() -> None:
    a = view(
        1,
        "Zwölf Menschen wurden verletzt.",
        "#person injure",
        context="talheim",
        figures=[fig(12, claim_id=1)],
    )
    b = view(
        2,
        "Police arrested twelve people.",
        "police arrest #person",
        context="talheim",
        language="en",
        figures=[fig(12, claim_id=2)],
    )
    assert score_claims(b, a, idf, b.figures[0], a.figures[0]).total == 0.0


# -- relation rules --------------------------------------------------------------

DAY = dt.timedelta(days=1)


def member(
    claim_id: int,
    value: float,
    time: dt.datetime,
    approx: str | None = None,
    claimant: int | None = None,
    text: str = "x",
) -> Member:
    f = fig(value, approx, id=claim_id * 10, claim_id=claim_id)
    return Member(f, view(claim_id, text, "a", time=time, figures=[f], claimant=claimant))


def new(
    value: float,
    time: dt.datetime,
    text: str,
    *,
    claimant: int | None = None,
    language: str = "de",
    negated: bool = False,
    rejected: list[FigureView] | None = None,
):  # type: ignore[no-untyped-def]
    f = fig(value, id=999, claim_id=99)
    return f, view(
        99,
        text,
        "a",
        time=time,
        figures=[f, *(rejected or [])],
        claimant=claimant,
        language=language,
        negated=negated,
    )


@pytest.mark.parametrize(
    ("value", "offset", "text", "claimant", "expected"),
    [
        # an earlier value said again, with no sign of change, also contradicts the newer one
        (200, DAY, "Es sind 200 Menschen.", None, [("repeat", 1), ("contradiction", 2)]),
        (450, DAY, "Die Zahl ist auf 450 gestiegen.", None, [("update", 2)]),
        (450, DAY, "The number now stands at 450.", None, [("update", 2)]),
        (450, dt.timedelta(hours=2), "Es sind 450 Menschen.", 7, [("update", 2)]),  # same claimant
        (2000, dt.timedelta(hours=2), "Mehr als 2000 Menschen.", None, [("contradiction", 2)]),
        (2000, 2 * DAY, "Es sind 2000 Menschen.", None, [("update", 2)]),  # a later revision
    ],
)
def test_decide(value, offset, text, claimant, expected) -> None:  # type: ignore[no-untyped-def]
    members = [member(1, 200, T0), member(2, 300, T0 + dt.timedelta(hours=20), claimant=7)]
    figure, claim = new(value, T0 + dt.timedelta(hours=20) + offset, text, claimant=claimant)
    drafts = decide(figure, claim, members, [])
    assert [(d.kind, d.older.claim.id) for d in drafts] == expected


def test_denial_contradicts_the_claim_of_the_rejected_value() -> None:
    members = [member(1, 120, T0, claimant=5), member(2, 130, T0 + DAY, claimant=6)]
    rejected = fig(120, id=998, claim_id=99, negated=True)
    figure, claim = new(
        95,
        T0 + 2 * DAY,
        "95 teachers, not 120 as the mayor claimed",
        language="en",
        negated=True,
        rejected=[rejected],
    )
    drafts = decide(figure, claim, members, [rejected])
    assert [(d.kind, d.older.claim.id) for d in drafts] == [("contradiction", 1)]


def test_correction_by_the_same_claimant_is_an_update() -> None:
    members = [member(1, 2, T0, claimant=5)]
    rejected = fig(2, id=998, claim_id=99, negated=True)
    figure, claim = new(
        1, T0 + DAY, "nicht zwei, sondern ein Mensch", claimant=5, negated=True, rejected=[rejected]
    )
    assert [(d.kind, d.reason) for d in decide(figure, claim, members, [rejected])] == [
        ("update", "correction")
    ]


def test_an_old_value_asserted_again_contradicts_the_newer_one() -> None:
    members = [member(1, 120, T0, claimant=5), member(2, 95, T0 + DAY, claimant=6)]
    figure, claim = new(
        120, T0 + 2 * DAY, "The budget funds 120 teachers.", claimant=5, language="en"
    )
    kinds = [(d.kind, d.older.claim.id) for d in decide(figure, claim, members, [])]
    assert kinds == [("repeat", 1), ("contradiction", 2)]


def test_undated_claims_only_repeat() -> None:
    members = [member(1, 26, T0)]
    figure, claim = new(27, None, "27 Länder")  # type: ignore[arg-type]
    assert decide(figure, claim, members, []) == []
    figure, claim = new(26, None, "26 Länder")  # type: ignore[arg-type]
    assert [d.kind for d in decide(figure, claim, members, [])] == ["repeat"]


def test_independence() -> None:
    original = view(1, "a", "a", article=10, source=1, claimant=None)
    copy = view(2, "a", "a", article=11, source=2)
    copy.syndicated_from_id = 10
    assert independent(copy, original) is False
    other = view(3, "a", "a", article=12, source=3)
    assert independent(other, original) is True
    same_speaker = view(4, "a", "a", article=13, source=3, claimant=8)
    assert independent(same_speaker, view(5, "a", "a", article=14, source=4, claimant=8)) is False
