"""The pure extraction pipeline: headlines as claims, exact values, stated time."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from tracker.extract.pipeline import extract_claims, headline_sentence

PUBLISHED = dt.datetime(2025, 9, 5, 14, 30, tzinfo=dt.UTC)


def _headline(drafts):
    heads = [d for d in drafts if d.headline]
    assert len(heads) <= 1
    return heads[0] if heads else None


def test_headline_is_a_claim_of_the_outlet_stated_at_the_article_time():
    title = "Mindestens fünf Tote bei Angriff auf Kiew"
    text = "Bei einem russischen Angriff sind in der Nacht Menschen getötet worden."
    drafts = extract_claims(text, "de", title=title, published_at=PUBLISHED)
    head = _headline(drafts)
    assert head is not None
    assert head.sentence.index == -1 and head.sentence.paragraph == -1
    assert head.stated_at == PUBLISHED
    assert head.attribution.claimant is None  # the outlet's own claim
    (figure,) = head.figures
    assert figure.value == 5 and figure.approx == "at_least"
    # the span points into the title
    assert title[figure.start : figure.end].lower().startswith("mindestens fünf")


def test_headline_names_its_speaker_before_a_colon():
    title = "Selenskyj: 26 Länder wollen Truppen stellen"
    text = "Paris (dpa) - Die Ukraine bekommt nach Angaben von Präsident Selenskyj Zusagen."
    head = _headline(extract_claims(text, "de", title=title, published_at=PUBLISHED))
    assert head is not None
    assert head.attribution.claimant == "Selenskyj"
    assert [f.value for f in head.figures] == [26]


def test_a_headline_is_no_claim_twice_when_the_text_opens_with_it():
    title = "14 Verletzte bei Großbrand im Hafen"
    text = "14 Verletzte bei Großbrand im Hafen. Die Feuerwehr war mit 80 Kräften im Einsatz."
    assert headline_sentence(title, text) is None
    drafts = extract_claims(text, "de", title=title, published_at=PUBLISHED)
    assert _headline(drafts) is None
    assert sum(1 for d in drafts for f in d.figures if f.value == 14) == 1


def test_no_title_no_headline_claim():
    drafts = extract_claims("Der Zug hatte 40 Minuten Verspätung.", "de", published_at=PUBLISHED)
    assert _headline(drafts) is None
    assert headline_sentence("   ", "x") is None


def test_headline_with_no_figure_nor_speaker_is_no_claim():
    drafts = extract_claims(
        "Die Ministerin reiste am Morgen ab.",
        "de",
        title="Besuch in Rom beendet",
        published_at=PUBLISHED,
    )
    assert _headline(drafts) is None


def test_scaled_values_are_exact():
    drafts = extract_claims(
        "The agency said 4.1 million people were affected. Damage was put at 2,3 Mrd. Euro.",
        "en",
        published_at=PUBLISHED,
    )
    values = [f.value for d in drafts for f in d.figures]
    assert 4_100_000 in values
    assert all(v == int(v) for v in values if v >= 1000)
    # decimal arithmetic all through: no 4099999.9999999995
    assert Decimal(str(values[0])) == Decimal("4100000")


def test_a_date_inside_the_content_is_not_when_it_was_said():
    english = "The county said the burn ban runs from June 1 to Sept. 15 and covers 40 parks."
    german = "Nach dem 11. September 2001 wurden 3.000 Stellen geschaffen, sagte der Minister."
    drafts = [
        *extract_claims(english, "en", published_at=PUBLISHED),
        *extract_claims(german, "de", published_at=PUBLISHED),
    ]
    assert len(drafts) == 2
    assert all(d.stated_at in (None, PUBLISHED) for d in drafts)


def test_a_date_attached_to_the_cue_is_when_it_was_said():
    text = "Kremlin spokesman Dmitry Peskov on Friday denied that 300 soldiers had been killed."
    (draft,) = extract_claims(text, "en", published_at=PUBLISHED)
    assert draft.attribution.claimant == "Dmitry Peskov"
    assert draft.stated_at is not None and draft.stated_at.date() == dt.date(2025, 9, 5)


def test_a_quoted_title_before_a_place_does_not_break_attribution():
    # a noun phrase that is only a quoted title has no words to look back at
    for text in (
        'Der "Tatort" aus dem Schwarzwald zeigt einen Täter mit 90.000 Euro.',
        'Ein deutliches "No thanks" aus Grönland. Es gebe 3 Schiffe.',
    ):
        extract_claims(text, "de", published_at=PUBLISHED)


@pytest.mark.parametrize(
    ("lang", "title", "claimant"),
    [
        # a document before the colon, with no author named, says it (issue 12)
        ("de", "Bericht: 20.000 Stellen fallen weg", "Bericht"),
        ("de", "Neue Studie: Jeder fünfte Deutsche ist einsam", "Studie"),
        ("en", "Poll: 40% of voters back the ban", "Poll"),
        # a topic before the colon says nothing
        ("de", "Haushalt: 20 Milliarden Euro fehlen", None),
        # an amount after the verb is no speaker ("0,2 Prozent Wachstum")
        ("de", "Wirtschaftsweise erwarten 0,2 Prozent Wachstum", None),
    ],
)
def test_headline_sources(lang: str, title: str, claimant: str | None) -> None:
    text = "Der Text hat 3 Sätze. Er ist kurz. Ende." if lang == "de" else "It is short."
    head = _headline(extract_claims(text, lang, title=title, published_at=PUBLISHED))
    assert head is not None
    assert head.attribution.claimant == claimant
