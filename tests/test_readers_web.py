"""Newsroom inputs without a database: saved HTML pages, RSS/Atom feeds, ClaimReview
JSON-LD, natural dates, markup in JSON fields, claim collections with verdicts, and
what a folder walk skips. The fixtures in tests/data/newsroom/ were written for
these tests."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import re
import shutil
from pathlib import Path

import pytest

from tests.conftest import REPO
from tracker.errors import ReadError
from tracker.readers import ArticleRecord, Skipped, read_inputs
from tracker.readers.collections import read_claim_records
from tracker.readers.dates import parse_timestamp, read_date
from tracker.readers.markup import plain_text

NEWSROOM = REPO / "tests" / "data" / "newsroom"
PAGE = NEWSROOM / "bruecke-gesperrt.html"
PAGE_URL = "https://rundschau.example/lindenau/alte-mainbruecke-gesperrt"
MARKUP = re.compile(r"<[a-zA-Z/!][^>]*>|&[a-z]+;|&#\d+;|og:|@type|\{\"")
CEST = dt.timezone(dt.timedelta(hours=2))


def records(*paths: str | Path, **kwargs) -> list:  # type: ignore[no-untyped-def]
    return list(read_inputs([str(p) for p in paths], **kwargs))


# -- HTML -------------------------------------------------------------------------------


def test_html_page_gives_main_text_and_metadata() -> None:
    [page] = records(PAGE)
    assert isinstance(page, ArticleRecord), page
    assert page.title == "Alte Mainbrücke bleibt bis Oktober gesperrt"
    assert page.url == PAGE_URL  # the canonical link
    assert (page.author, page.source, page.language) == (
        "Clara Hoffmann",
        "Lindenauer Rundschau",
        "de",
    )
    assert page.published_at == dt.datetime(2025, 6, 17, 9, 30, tzinfo=CEST)  # with the time
    assert page.file_sha256 == hashlib.sha256(PAGE.read_bytes()).hexdigest()
    assert page.text.startswith("Die Alte Mainbrücke in Lindenau bleibt mindestens bis Oktober")
    assert "sagte Baudezernentin Miriam Koch." in page.text
    assert page.text.endswith("längeren Fahrzeiten rechnen.")
    assert page.warnings == []


@pytest.mark.parametrize(
    ("head", "source"),
    [
        # a headline with a dot (a German thousands separator, a full stop) before the
        # site's name in <title> is not the site's name: the host is
        ("<title>Evakuierte: jetzt 3.500 | Tageblatt Ost</title>", "tageblatt.example"),
        ("<title>Kudos to the mayor for using fame. | Daily Post</title>", "tageblatt.example"),
        (
            '<meta property="og:site_name" content="Tageblatt Ost"><title>Jetzt 3.500</title>',
            "Tageblatt Ost",
        ),
    ],
)
def test_html_source_is_the_site_not_the_headline(tmp_path: Path, head: str, source: str) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        f'<html lang="de"><head><meta charset="utf-8">{head}'
        '<link rel="canonical" href="https://www.tageblatt.example/mittelau/evakuierung">'
        "</head><body><article><h1>Jetzt 3.500 Evakuierte</h1>"
        + "<p>In Mittelau sind nach Angaben des Landratsamts inzwischen 3.500 Menschen "
        "evakuiert worden, sagte Landrat Peter Vogt am Dienstagmorgen.</p>"
        * 3
        + "</article></body></html>",
        encoding="utf-8",
    )
    [record] = records(page)
    assert isinstance(record, ArticleRecord), record
    assert record.source == source


@pytest.mark.parametrize(
    "boilerplate",
    [
        "Cookies",  # consent banner
        "Startseite",  # navigation and breadcrumb
        "Abo",
        "Anzeige",  # advertisement inside the article
        "20 Millionen",  # a reader comment
        "30 Jahren",  # another comment
        "Kommentare",
        "Meistgelesen",  # sidebar teasers
        "900 Läufer",
        "Newsletter",
        "Impressum",  # footer
        "dataLayer",  # scripts and styles
        "font-family",
        "Teilen",
    ],
)
def test_html_boilerplate_and_comments_are_not_text(boilerplate: str) -> None:
    [page] = records(PAGE)
    assert boilerplate not in page.text
    assert not MARKUP.search(page.text)


def test_html_declared_charset_and_stdin(tmp_path: Path) -> None:
    page = (
        '<html lang="de"><head><meta charset="iso-8859-1"><title>Grüße</title></head><body>'
        "<article><h1>Grüße aus Köln</h1><p>Der Kölner Stadtrat hat am Montag 12 neue Brücken "
        "beschlossen, teilte die Stadt mit. Die Kosten liegen bei 48 Millionen Euro.</p>"
        "</article></body></html>"
    ).encode("latin-1")
    path = tmp_path / "koeln.htm"
    path.write_bytes(page)
    [record] = records(path)
    assert "Der Kölner Stadtrat" in record.text and record.warnings == []
    [piped] = records("-", stdin=io.BytesIO(PAGE.read_bytes()))
    assert piped.url == PAGE_URL and "Cookies" not in piped.text


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b"", "empty file: nothing to ingest"),
        (b"%PDF-1.7 saved as html", "binary file (a PDF document), not text: refused"),
        (
            b"<html><head><title>Nur Navigation</title></head><body></body></html>",
            "no article text found in the page (only navigation or an empty page?)",
        ),
    ],
)
def test_html_refusals_are_one_line(tmp_path: Path, content: bytes, problem: str) -> None:
    path = tmp_path / "page.html"
    path.write_bytes(content)
    [error] = records(path)
    assert isinstance(error, ReadError)
    assert str(error) == f"{path}: {problem}"


# -- RSS and Atom -------------------------------------------------------------------------


def test_rss_entries_with_german_dates_and_the_saved_page(tmp_path: Path) -> None:
    shutil.copy(NEWSROOM / "rundschau.rss", tmp_path)
    alone = records(tmp_path / "rundschau.rss")
    assert [r.published_at for r in alone] == [
        dt.datetime(2025, 6, 17, 9, 30, tzinfo=CEST),  # "Di, 17 Jun 2025 09:30:00 +0200"
        dt.datetime(2025, 6, 16, 18, 0, tzinfo=CEST),  # "Mo, ..."
        dt.datetime(2025, 6, 18, 7, 15, tzinfo=dt.UTC),
    ]
    assert {r.source for r in alone} == {"Lindenauer Rundschau"}  # not "... – Lokales"
    assert {r.language for r in alone} == {"de"}
    # Without the page, the first entry is its summary, without markup or "Weiterlesen »".
    assert alone[0].text == "Gutachter finden 14 Risse im Tragwerk. Weiterlesen »"
    assert alone[0].author == "Clara Hoffmann"
    assert alone[1].text == (
        "Der Stadtrat hat am Montag einen Haushalt von 310 Millionen Euro beschlossen, "
        "sagte Kämmerer Jonas Weber.\nDie Neuverschuldung liegt bei 12 Millionen Euro."
    )
    # content:encoded is longer than the description; its script is dropped.
    assert alone[2].text == (
        "Das Freibad Lindenau öffnet am Samstag. Der Eintritt kostet nach Angaben der "
        "Stadtwerke 4 Euro, für Kinder 2 Euro.\nÖffnungszeiten: 9 bis 20 Uhr"
    )
    assert alone[2].external_id is None and alone[1].external_id == alone[1].url

    # With the entry's page saved in the same folder (the feed's link carries utm_
    # parameters), the entry is that page: its full text, URL and file hash.
    shutil.copy(PAGE, tmp_path)
    with_page = records(tmp_path / "rundschau.rss")
    [page] = records(tmp_path / PAGE.name)
    first = with_page[0]
    assert (first.text, first.url, first.file_sha256) == (page.text, PAGE_URL, page.file_sha256)
    assert first.origin == f"{tmp_path / PAGE.name} (entry {tmp_path / 'rundschau.rss'}[0])"
    assert [r.text for r in with_page[1:]] == [r.text for r in alone[1:]]


def test_atom_entries() -> None:
    first, second = records(NEWSROOM / "mainvalley.atom")
    assert first.title == "Lindenau bridge closed until October after 14 cracks found"
    assert first.url == "https://mainvalleypost.example/2025/06/17/lindenau-bridge"
    assert first.published_at == dt.datetime(2025, 6, 17, 14, 0, tzinfo=CEST)
    assert (first.author, first.source, first.language) == ("Tom Baker", "Main Valley Post", "en")
    assert first.text.startswith("The Old Main Bridge in Lindenau will stay closed")
    assert "About 12,000 vehicles" in first.text  # the content, not the short summary
    # Only <updated>: that is when it was published, as far as the feed tells.
    assert second.published_at == dt.datetime(2025, 6, 16, 20, 0, tzinfo=dt.UTC)
    assert second.text == (
        "The council approved a budget of 310 million euros, treasurer Jonas Weber said."
    )


def test_feed_edge_cases(tmp_path: Path) -> None:
    headline_only = tmp_path / "eil.rss"
    headline_only.write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Eilmeldungen</title>'
        "<item><title>Eilmeldung: Brücke in Lindenau gesperrt</title>"
        "<pubDate>irgendwann</pubDate></item></channel></rss>",
        encoding="utf-8",
    )
    [record] = records(headline_only)
    assert record.text == record.title == "Eilmeldung: Brücke in Lindenau gesperrt"
    assert record.published_at is None
    assert record.warnings == [
        f"{headline_only}[0]: published: 'irgendwann' is not a date tracker understands "
        "(use ISO 8601, e.g. 2025-03-10T08:15:00+01:00, or 10 March 2025); stored without it"
    ]
    broken = tmp_path / "broken.rss"
    broken.write_text("<rss version='2.0'><channel><title>x</title><item>", encoding="utf-8")
    [error] = records(broken)
    assert str(error).startswith(f"{broken}: broken feed: no element found at line ")
    broken.write_text(
        "<rss version='2.0'><channel><title>x</title><item><title>Eins</title></item>"
        "<item><title>Zwei & drei</title></item></channel></rss>",
        encoding="utf-8",
    )
    first, second = records(broken)  # what feedparser could read, with a warning
    assert (first.text, second.text) == ("Eins", "Zwei & drei")
    [warning] = first.warnings
    assert warning.startswith(f"{broken}: broken feed (not well-formed (invalid token) at line")
    assert warning.endswith("): stored what could be read")
    sitemap = tmp_path / "sitemap.xml"
    sitemap.write_text('<?xml version="1.0"?><urlset><url>x</url></urlset>', encoding="utf-8")
    [error] = records(sitemap)
    assert str(error).startswith(f"{sitemap}: not an RSS or Atom feed")


# -- ClaimReview --------------------------------------------------------------------------


def test_claimreview_data_feed_gives_claims_with_verdicts() -> None:
    reviews = records(NEWSROOM / "faktencheck.jsonld")
    assert [r.as_claim for r in reviews] == [True, True, True]
    first = reviews[0]
    assert first.text == "Die Sanierung der Alten Mainbrücke kostet 40 Millionen Euro."
    assert first.claimant == "Peter Brandt"  # itemReviewed.author, a name not a dict
    assert first.claimant_kind == "person"  # its @type Person
    assert first.published_at == dt.datetime(2025, 6, 18, tzinfo=dt.UTC)  # "18. Juni 2025"
    assert (first.source, first.url) == ("social.example", None)
    assert first.external_id == "https://faktencheck.example/2025/06/mainbruecke-kosten"
    [verdict] = first.verdicts
    assert (verdict.rating, verdict.rating_value, verdict.best_rating, verdict.worst_rating) == (
        "Falsch",
        1.0,
        5.0,
        1.0,
    )
    assert (verdict.reviewer, verdict.reviewer_url) == (
        "Faktencheck Lindenau",
        "https://faktencheck.example",
    )
    assert verdict.review_url == "https://faktencheck.example/2025/06/mainbruecke-kosten"
    assert verdict.appearance_url == "https://social.example/pbrandt/status/1789"
    assert verdict.reviewed_at == dt.datetime(2025, 6, 19, tzinfo=dt.UTC)
    # A second claim reviewed on the same page is told apart by its position.
    assert reviews[1].external_id == "https://faktencheck.example/2025/06/mainbruecke-kosten#2"
    assert reviews[1].claimant == "Stadtverwaltung Lindenau"
    assert reviews[1].claimant_kind == "institution"  # its @type Organization
    third = reviews[2]
    assert third.text == "About 50,000 vehicles cross Lindenau's Old Main Bridge every day."
    assert third.published_at == dt.datetime(2025, 6, 18, tzinfo=dt.UTC)  # "June 18, 2025"
    assert third.verdicts[0].rating == "Misleading" and third.verdicts[0].rating_value is None


def test_claimreview_shapes(tmp_path: Path) -> None:
    review = {
        "@type": "ClaimReview",
        "url": "https://check.example/r/1",
        "claimReviewed": "Die Fähre fasst 300 Fahrgäste.",
        "datePublished": "2025-06-20",
        "author": {"@id": "#checker"},
        "reviewRating": {"@type": "Rating", "ratingValue": "2", "alternateName": "Falsch"},
        "itemReviewed": {"@id": "#claim"},
    }
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            review,
            {"@id": "#checker", "@type": "Organization", "name": "Fährcheck"},
            {
                "@id": "#claim",
                "@type": "Claim",
                "author": {"@type": "Person", "name": "K. Fähr"},
                "datePublished": "19.06.2025",
            },
        ],
    }
    single = {"@context": "https://schema.org", **review, "author": {"name": "Fährcheck"}}
    google = {
        "claims": [
            {
                "text": "Die Fähre fasst 300 Fahrgäste.",
                "claimant": "K. Fähr",
                "claimDate": "2025-06-19T08:00:00Z",
                "claimReview": [
                    {
                        "publisher": {"name": "Fährcheck", "site": "check.example"},
                        "url": "https://check.example/r/1",
                        "title": "Fasst die Fähre 300 Fahrgäste?",
                        "reviewDate": "2025-06-20T00:00:00Z",
                        "textualRating": "Falsch",
                        "languageCode": "de",
                    }
                ],
            }
        ]
    }
    for name, data in {"graph.json": graph, "single.jsonld": single, "api.json": google}.items():
        path = tmp_path / name
        path.write_text(json.dumps(data), encoding="utf-8")
        [record] = records(path)
        assert isinstance(record, ArticleRecord), (name, record)
        assert record.as_claim and record.text == "Die Fähre fasst 300 Fahrgäste.", name
        assert record.verdicts[0].rating == "Falsch", name
        assert record.verdicts[0].reviewer == "Fährcheck", name
        assert record.verdicts[0].review_url == "https://check.example/r/1", name
        if name != "single.jsonld":
            assert record.claimant == "K. Fähr", name
            assert record.published_at is not None and record.published_at.day == 19, name
    # Also one review per JSON line, and forced with --format claimreview.
    lines = tmp_path / "reviews.jsonl"
    lines.write_text(json.dumps(single) + "\n", encoding="utf-8")
    [record] = records(lines)
    assert record.as_claim and record.origin == f"{lines}:1"
    [forced] = records(tmp_path / "single.jsonld", format="claimreview")
    assert forced.verdicts[0].rating_value == 2.0


def test_claimreview_problems(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonld"
    path.write_text(
        json.dumps(
            [
                {"@type": "ClaimReview", "url": "https://c.example/1"},
                {"@type": "ClaimReview", "claimReviewed": "Ohne Bewertung: 3 Fähren."},
            ]
        ),
        encoding="utf-8",
    )
    error, unrated = records(path)
    assert str(error) == f"{path}[0]: ClaimReview without claimReviewed: no claim text"
    assert unrated.verdicts == []
    assert unrated.warnings == [
        f"{path}[1]: the ClaimReview has no reviewRating: stored without a verdict"
    ]
    path.write_text('{"@type": "ClaimReview", "claimReviewed": ', encoding="utf-8")
    [error] = records(path)
    assert str(error).startswith(f"{path}: broken JSON")


# -- dates ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2025-03-10T08:15:00+01:00", dt.datetime(2025, 3, 10, 7, 15, tzinfo=dt.UTC)),
        ("20250310", dt.datetime(2025, 3, 10, tzinfo=dt.UTC)),
        ("Tue, 11 Mar 2025 08:15:00 GMT", dt.datetime(2025, 3, 11, 8, 15, tzinfo=dt.UTC)),
        ("Di, 11 Mär 2025 09:15:00 +0100", dt.datetime(2025, 3, 11, 8, 15, tzinfo=dt.UTC)),
        ("Mi, 18 Jun 2025 07:15:00 +0200", dt.datetime(2025, 6, 18, 5, 15, tzinfo=dt.UTC)),
        ("26 May 2015", dt.datetime(2015, 5, 26, tzinfo=dt.UTC)),
        ("May 26, 2015", dt.datetime(2015, 5, 26, tzinfo=dt.UTC)),
        ("26.05.2015", dt.datetime(2015, 5, 26, tzinfo=dt.UTC)),
        ("10. März 2025", dt.datetime(2025, 3, 10, tzinfo=dt.UTC)),
        ("3. Okt. 2024", dt.datetime(2024, 10, 3, tzinfo=dt.UTC)),
        ("Tuesday, 26th May 2015", dt.datetime(2015, 5, 26, tzinfo=dt.UTC)),
        ("26-May-2015", dt.datetime(2015, 5, 26, tzinfo=dt.UTC)),
        ("2015/05/26", dt.datetime(2015, 5, 26, tzinfo=dt.UTC)),
        ("26/05/2015", dt.datetime(2015, 5, 26, tzinfo=dt.UTC)),
        ("05/26/2015", dt.datetime(2015, 5, 26, tzinfo=dt.UTC)),
        ("10. März 2025, 14:30 Uhr", dt.datetime(2025, 3, 10, 14, 30, tzinfo=dt.UTC)),
        ("26 May 2015 2:30 pm CEST", dt.datetime(2015, 5, 26, 12, 30, tzinfo=dt.UTC)),
        ("May 26th 2015 10:00 EDT", dt.datetime(2015, 5, 26, 14, 0, tzinfo=dt.UTC)),
        ("le 26 mai 2015", dt.datetime(2015, 5, 26, tzinfo=dt.UTC)),
    ],
)
def test_dates_as_people_write_them(value: str, expected: dt.datetime) -> None:
    assert parse_timestamp(value, "date") == expected


@pytest.mark.parametrize(
    ("value", "problem"),
    [
        ("2025-02-30", "is an impossible date (day is out of range for month)"),
        ("31.02.2025", "is an impossible date (day is out of range for month)"),
        ("05/06/2015", "is ambiguous (day/month or month/day?)"),
        ("gestern", "is not a date tracker understands"),
        ("May 2015", "is not a date tracker understands"),
    ],
)
def test_unreadable_dates_are_named(value: str, problem: str) -> None:
    with pytest.raises(ReadError, match=re.escape(f"date: {value!r} {problem}")):
        parse_timestamp(value, "date", "claims.csv:4")
    warnings: list[str] = []
    assert read_date(value, "date", "claims.csv:4", warnings) is None
    [warning] = warnings
    assert warning.startswith(f"claims.csv:4: date: {value!r} {problem}")
    assert warning.endswith("; stored without it")


def test_natural_dates_and_markup_in_jsonl() -> None:
    items = records(NEWSROOM / "meldungen.jsonl")
    assert [r.published_at for r in items] == [
        dt.datetime(2025, 6, 17, tzinfo=dt.UTC),
        dt.datetime(2025, 6, 18, tzinfo=dt.UTC),
        dt.datetime(2025, 6, 18, tzinfo=dt.UTC),
        dt.datetime(2025, 6, 19, 8, 0, tzinfo=CEST),
        None,  # "irgendwann im Juni": named in a warning, the article stored without it
    ]
    assert items[4].warnings and "irgendwann im Juni" in items[4].warnings[0]
    assert items[1].text == (
        "Die Buslinien 3 und 7 fahren ab Mittwoch über die Nordbrücke.\n"
        "Die Verkehrsbetriebe setzen nach eigenen Angaben 4 zusätzliche Busse ein."
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Plain text with 3 < 4 and a > b.", "Plain text with 3 < 4 and a > b."),
        ("Tom &amp; Jerry", "Tom & Jerry"),
        ("<p>One.</p><p>Two <b>bold</b><br>three</p>", "One.\nTwo bold\nthree"),
        ("<div>Keep<script>alert(1)</script> this<!-- not this --></div>", "Keep this"),
        (
            "<!DOCTYPE html><html><body><nav>Home</nav><article><p>"
            + "The council approved 12 new bridges on Monday, the city said. " * 3
            + "</p></article></body></html>",
            ("The council approved 12 new bridges on Monday, the city said. " * 3).strip(),
        ),
    ],
)
def test_plain_text(text: str, expected: str) -> None:
    assert plain_text(text) == expected


# -- claim collections --------------------------------------------------------------------


def test_collection_verdict_columns_and_natural_dates(tmp_path: Path) -> None:
    path = tmp_path / "checks.csv"
    path.write_text(
        "id,claim,speaker,date,rating,url,reviewer,review_date\n"
        'c1,Die Fähre fasst 300 Fahrgäste.,K. Fähr,26 May 2015,False,https://c.example/1,Fährcheck,"May 28, 2015"\n'
        "c2,Die Brücke ist 120 Jahre alt.,,10. März 2025,,,,\n"
        "c3,Die Brücke trägt 40 Tonnen.,,sometime,Mostly true,https://c.example/3,,\n",
        encoding="utf-8",
    )
    first, second, third = read_claim_records([str(path)], mapping={"claimant": "speaker"})
    assert first.published_at == dt.datetime(2015, 5, 26, tzinfo=dt.UTC)
    assert first.claimant == "K. Fähr"
    [verdict] = first.verdicts
    assert (verdict.rating, verdict.reviewer, verdict.review_url, verdict.reviewed_at) == (
        "False",
        "Fährcheck",
        "https://c.example/1",
        dt.datetime(2015, 5, 28, tzinfo=dt.UTC),
    )
    assert second.published_at == dt.datetime(2025, 3, 10, tzinfo=dt.UTC)
    assert second.verdicts == []
    assert third.published_at is None and third.verdicts[0].rating == "Mostly true"
    assert third.warnings == [
        f"{path}:4: date: 'sometime' is not a date tracker understands "
        "(use ISO 8601, e.g. 2025-03-10T08:15:00+01:00, or 10 March 2025); stored without it"
    ]
    columns = tmp_path / "liar.tsv"
    columns.write_text("statement\tlabel\tchecked\nDie Fähre fasst 3 Autos.\tbarely-true\tX\n")
    [record] = read_claim_records(
        [str(columns)], mapping={"text": "statement", "reviewer": "checked"}
    )
    assert (record.verdicts[0].rating, record.verdicts[0].reviewer) == ("barely-true", "X")


def test_claimreview_as_a_claim_collection() -> None:
    reviews = list(read_claim_records([str(NEWSROOM / "faktencheck.jsonld")]))
    assert [r.claimant for r in reviews] == [
        "Peter Brandt",
        "Stadtverwaltung Lindenau",
        "Lindenau Drivers' Club",
    ]
    assert all(r.verdicts and r.as_claim for r in reviews)


# -- folders ------------------------------------------------------------------------------


def test_folder_walk_names_what_it_skips(tmp_path: Path) -> None:
    for name in ("a.html", "b.rss", "c.jsonld", "d.txt"):
        shutil.copy(NEWSROOM / "meldungen.jsonl", tmp_path / name)
    for name in ("scan.pdf", "memo.pdf", "letter.docx", "Makefile", ".hidden.pdf"):
        (tmp_path / name).write_bytes(b"x")
    (tmp_path / "sitemap.xml").write_text('<?xml version="1.0"?><urlset/>', encoding="utf-8")
    skipped = Skipped()
    list(read_inputs([str(tmp_path)], skipped=skipped))
    assert skipped.line() == (
        "5 files skipped: 2 .pdf, 1 .docx, 1 no extension (no reader); 1 .xml (not a feed)"
    )
    only_pdf = Skipped()
    (tmp_path / "letter.docx").unlink()
    (tmp_path / "Makefile").unlink()
    (tmp_path / "sitemap.xml").unlink()
    list(read_inputs([str(tmp_path)], skipped=only_pdf))
    assert only_pdf.line() == "2 files skipped: .pdf (no reader)"
    claims_only = Skipped()
    list(read_claim_records([str(tmp_path)], skipped=claims_only))
    assert claims_only.line() == "5 files skipped: 2 .pdf, 1 .html, 1 .rss, 1 .txt (no reader)"
