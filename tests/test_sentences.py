from __future__ import annotations

import csv
import time
from pathlib import Path

import pytest

from tracker.extract.sentences import scan_quotes, split_sentences

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"

SPLITS = [
    # abbreviations, ordinals and dates do not split
    (
        "de",
        "Vogt sagte das am 3. Oktober in Berlin. Dr. Müller kam ca. 10 Min. später.",
        ["Vogt sagte das am 3. Oktober in Berlin.", "Dr. Müller kam ca. 10 Min. später."],
    ),
    (
        "de",
        "Das kostet z. B. 48 Mio. Euro bzw. mehr. Die U.S. Army kam.",
        ["Das kostet z. B. 48 Mio. Euro bzw. mehr.", "Die U.S. Army kam."],
    ),
    (
        "de",
        "Das geschah am 1. Mai. Der 2. Weltkrieg endete. Seit dem 12. März gilt das.",
        ["Das geschah am 1. Mai.", "Der 2. Weltkrieg endete.", "Seit dem 12. März gilt das."],
    ),
    (
        "de",
        "Laut Art. 5 Abs. 2 gilt das. Es waren 76.500. Im Jahr davor weniger.",
        ["Laut Art. 5 Abs. 2 gilt das.", "Es waren 76.500.", "Im Jahr davor weniger."],
    ),
    # a closing quote moved by pysbd is handed back
    (
        "de",
        "»Wir sind froh.« Das sagte sie.",
        ["»Wir sind froh.«", "Das sagte sie."],
    ),
    (
        "de",
        'Macron sagte: "Wir hatten einen Anruf... Die Ergebnisse sind einfach."',
        ['Macron sagte: "Wir hatten einen Anruf...', 'Die Ergebnisse sind einfach."'],
    ),
    # a quotation over two sentences followed by ", sagte X" keeps the attribution
    (
        "de",
        '"Das ist gut. Wir sind froh", sagte Vogt. "Wir tun alles."',
        ['"Das ist gut.', 'Wir sind froh", sagte Vogt.', '"Wir tun alles."'],
    ),
    (
        "de",
        "„Die Lage ist ernst.“ Vogt sagte das.",
        ["„Die Lage ist ernst.“", "Vogt sagte das."],
    ),
    (
        "de",
        '"Was nun?", fragte er. Wer kommt? Niemand!',
        ['"Was nun?", fragte er.', "Wer kommt?", "Niemand!"],
    ),
    (
        "en",
        '"This budget pays for 120 new teachers," Mayor Ellen Park said. Mr. Smith met '
        "Dr. Jones at 3 p.m. on Jan. 5. George W. Bush came.",
        [
            '"This budget pays for 120 new teachers," Mayor Ellen Park said.',
            "Mr. Smith met Dr. Jones at 3 p.m. on Jan. 5.",
            "George W. Bush came.",
        ],
    ),
    (
        "en",
        'He said: "It is fine. We agree." Then he left.',
        ['He said: "It is fine.', 'We agree."', "Then he left."],
    ),
    # plural titles before names end no sentence (issue 12)
    (
        "en",
        "Texas Democratic Reps. Henry Cuellar and Vincente Gonzalez signed. Sens. Kyrsten "
        "Sinema and Mark Kelly agreed.",
        [
            "Texas Democratic Reps. Henry Cuellar and Vincente Gonzalez signed.",
            "Sens. Kyrsten Sinema and Mark Kelly agreed.",
        ],
    ),
    # a broadcaster's byline glued to the sentence after it ends where a capital follows
    # a lower-case letter
    (
        "de",
        "Die Lage ist ernst. Von Kathrin Schmid, ARD BrüsselAlle fünf Jahre kommt der Bericht.",
        [
            "Die Lage ist ernst.",
            "Von Kathrin Schmid, ARD Brüssel",
            "Alle fünf Jahre kommt der Bericht.",
        ],
    ),
    # unknown language: English rules
    ("fr", "Il est venu. Elle est partie.", ["Il est venu.", "Elle est partie."]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), SPLITS)
def test_split(lang: str, text: str, expected: list[str]) -> None:
    assert [s.text for s in split_sentences(text, lang)] == expected


def test_offsets_index_and_paragraphs() -> None:
    text = "  Erster Satz. Zweiter Satz.\n\nDritter Satz.\nVierter Satz!  \n"
    sents = split_sentences(text, "de")
    assert [s.text for s in sents] == [
        "Erster Satz.",
        "Zweiter Satz.",
        "Dritter Satz.",
        "Vierter Satz!",
    ]
    assert [s.paragraph for s in sents] == [0, 0, 1, 2]
    assert [s.index for s in sents] == [0, 1, 2, 3]
    for s in sents:
        assert text[s.start : s.end] == s.text


def test_empty() -> None:
    assert split_sentences("", "de") == []
    assert split_sentences(" \n\n ", "en") == []


QUOTES = [
    ('Er sagte: "Ja." Gut.', (), [(10, 15, True)], ()),
    ("„Ja“ und »nein« und «oui»", (), [(0, 4, True), (9, 15, True), (20, 25, True)], ()),
    ('Wir sind froh", sagte Vogt.', ('"',), [(-1, 14, True)], ()),
    ('Er sagte: "Ja. Und', (), [(10, 18, False)], ('"',)),
    ('"This," he said, "is it."', (), [(0, 7, True), (17, 25, True)], ()),
]


@pytest.mark.parametrize(("text", "stack", "spans", "end_stack"), QUOTES)
def test_scan_quotes(
    text: str,
    stack: tuple[str, ...],
    spans: list[tuple[int, int, bool]],
    end_stack: tuple[str, ...],
) -> None:
    got, new_stack = scan_quotes(text, stack)
    assert [(q.start, q.end, q.closed) for q in got] == spans
    assert new_stack == end_stack


def _gnad() -> list[str]:
    path = DATA / "news-de" / "10kgnad-test.csv"
    if not path.exists():
        pytest.skip(f"{path} not available")
    with path.open(encoding="utf-8") as fh:
        return [row[1] for row in csv.reader(fh, delimiter=";", quotechar="'")]


def test_real_articles_offsets() -> None:
    for text in _gnad()[:150]:
        sents = split_sentences(text, "de")
        assert sents
        for s in sents:
            assert text[s.start : s.end] == s.text
            assert s.text == s.text.strip()
        assert all(a.end <= b.start for a, b in zip(sents, sents[1:], strict=False))


@pytest.mark.slow
def test_speed_full_gnad() -> None:
    articles = _gnad()
    split_sentences("Warm. Up.", "de")
    start = time.perf_counter()
    n = sum(len(split_sentences(text, "de")) for text in articles)
    elapsed = time.perf_counter() - start
    print(f"{len(articles)} articles, {n} sentences, {elapsed:.1f} s, {n / elapsed:.0f}/s")
    assert elapsed < 20


def test_platform_x_is_no_initial() -> None:
    texts = [
        s.text
        for s in split_sentences("Er schrieb auf X. Dann ging er. Donald J. Trump kam.", "de")
    ]
    assert texts == ["Er schrieb auf X.", "Dann ging er.", "Donald J. Trump kam."]
    texts = [s.text for s in split_sentences("He wrote on X. The post got 3 million views.", "en")]
    assert texts == ["He wrote on X.", "The post got 3 million views."]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Die wichtigsten Entwicklungen im Überblick:Israels Kabinett will die "
            "Staatsanwältin entlassenIsrael meldet abgefangene Rakete",
            [
                "Die wichtigsten Entwicklungen im Überblick:",
                "Israels Kabinett will die Staatsanwältin entlassen",
                "Israel meldet abgefangene Rakete",
            ],
        ),
        (
            "Merz beruft Ukraine-Konferenz einSelenskyj glaubt nicht an "
            "GebietsabtretungenZahl der Toten steigt",
            [
                "Merz beruft Ukraine-Konferenz ein",
                "Selenskyj glaubt nicht an Gebietsabtretungen",
                "Zahl der Toten steigt",
            ],
        ),
        (
            "Leichen von zwei Geiseln geborgen19:32 Uhr - Armee: IS-Terrorist getötet",
            ["Leichen von zwei Geiseln geborgen", "19:32 Uhr - Armee: IS-Terrorist getötet"],
        ),
        (
            "Im Überblick:EU sagt Libanon Hilfsgelder zuWadephul in Katar eingetroffen",
            ["Im Überblick:", "EU sagt Libanon Hilfsgelder zu", "Wadephul in Katar eingetroffen"],
        ),
        # camel-case names are no joints, nor a colon in an address
        (
            "BlackRock investiert 10 Milliarden, sagte ein Sprecher von MasterCard.",
            ["BlackRock investiert 10 Milliarden, sagte ein Sprecher von MasterCard."],
        ),
        (
            "Die iPhone-Verkäufe von eBay stiegen, siehe https://example.com/a:Bc dazu.",
            ["Die iPhone-Verkäufe von eBay stiegen, siehe https://example.com/a:Bc dazu."],
        ),
    ],
)
def test_headlines_glued_together_are_sentences(text: str, expected: list[str]) -> None:
    assert [s.text for s in split_sentences(text, "de")] == expected
