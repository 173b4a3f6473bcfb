from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from tracker.extract.dates import stated_time

BERLIN = ZoneInfo("Europe/Berlin")
TUESDAY = dt.datetime(2025, 3, 11, 9, 40, tzinfo=BERLIN)
FRIDAY_EN = dt.datetime(2025, 5, 9, 18, 0, tzinfo=dt.timezone(dt.timedelta(hours=-5)))

CASES = [
    # German, article from Tuesday 11 March 2025
    ("de", "Das teilte Landrätin Petra Vogt am Montagmorgen mit.", TUESDAY, dt.date(2025, 3, 10)),
    ("de", "Vogt sprach am Dienstag von der schwersten Flut.", TUESDAY, dt.date(2025, 3, 11)),
    # a date inside what is claimed is not when it was said: the published time
    ("de", "Am Sonntag wurden 300 Menschen evakuiert.", TUESDAY, dt.date(2025, 3, 11)),
    ("de", "Wie Selenskyj am Freitag erklärte, sei die Lage ernst.", TUESDAY, dt.date(2025, 3, 7)),
    (
        "de",
        "Nach dem 11. September 2001 habe sich alles geändert, sagte er.",
        TUESDAY,
        dt.date(2025, 3, 11),
    ),
    # a separable cue counts only with its particle: "Stellen" is no "stellte ... klar"
    (
        "de",
        "Am 3. März wurden 3.000 Stellen geschaffen, sagte der Minister.",
        TUESDAY,
        dt.date(2025, 3, 11),
    ),
    (
        "de",
        "Am Sonntag würden zwei Flugzeuge erwartet, berichtete der Sender RTP.",
        TUESDAY,
        dt.date(2025, 3, 11),
    ),
    (
        "de",
        "Am Montag hatte die Behörde bestätigt: Am 2. März sei es passiert.",
        TUESDAY,
        dt.date(2025, 3, 10),
    ),
    ("de", "Vergangenen Dienstag sagte er das.", TUESDAY, dt.date(2025, 3, 4)),
    ("de", "Gestern sagte er das.", TUESDAY, dt.date(2025, 3, 10)),
    ("de", "Vorgestern sagte er das.", TUESDAY, dt.date(2025, 3, 9)),
    ("de", "Heute Morgen sagte er das.", TUESDAY, dt.date(2025, 3, 11)),
    ("de", "Am 3. Oktober sagte sie das.", TUESDAY, dt.date(2024, 10, 3)),
    ("de", "Am 3. Oktober 2023 sagte sie das.", TUESDAY, dt.date(2023, 10, 3)),
    ("de", "Am 1.3. kam es zum Streit.", TUESDAY, dt.date(2025, 3, 11)),
    # nothing in the past: the published time
    ("de", "Rund 1.200 Menschen wurden evakuiert.", TUESDAY, dt.date(2025, 3, 11)),
    ("de", "Am Wochenende sollen die Temperaturen steigen.", TUESDAY, dt.date(2025, 3, 11)),
    ("de", "Am kommenden Montag wird entschieden.", TUESDAY, dt.date(2025, 3, 11)),
    ("de", "Morgen wird entschieden.", TUESDAY, dt.date(2025, 3, 11)),
    ("de", "Das Treffen ist am 20. März.", TUESDAY, dt.date(2025, 3, 11)),
    # "sich bereit erklären" agrees, it states nothing: the article's date
    (
        "de",
        "26 Länder hatten sich am 3. März bereit erklärt, Truppen zu entsenden.",
        TUESDAY,
        dt.date(2025, 3, 11),
    ),
    ("de", "Die Ausstellung ist montags geschlossen.", TUESDAY, dt.date(2025, 3, 11)),
    # English, article from Friday 9 May 2025: "on Friday" is that same day
    ("en", "The mayor said on Friday that the plan works.", FRIDAY_EN, dt.date(2025, 5, 9)),
    ("en", "The council on Thursday approved the budget.", FRIDAY_EN, dt.date(2025, 5, 9)),
    ("en", "It happened last Friday, she said.", FRIDAY_EN, dt.date(2025, 5, 9)),
    ("en", "She said last Friday that it happened.", FRIDAY_EN, dt.date(2025, 5, 2)),
    (
        "en",
        "Kremlin spokesman Dmitry Peskov on Friday denied that.",
        FRIDAY_EN,
        dt.date(2025, 5, 9),
    ),
    (
        "en",
        "He said the agency would allow the sale from June 1 to Sept. 15.",
        FRIDAY_EN,
        dt.date(2025, 5, 9),
    ),
    ("en", "Police said yesterday that two people died.", FRIDAY_EN, dt.date(2025, 5, 8)),
    ("en", "He spoke on March 3.", FRIDAY_EN, dt.date(2025, 3, 3)),
    ("en", "He spoke on 3 March 2024.", FRIDAY_EN, dt.date(2024, 3, 3)),
    ("en", "The vote is next Monday.", FRIDAY_EN, dt.date(2025, 5, 9)),
    ("en", "You may 3 times ask.", FRIDAY_EN, dt.date(2025, 5, 9)),
]


@pytest.mark.parametrize(("lang", "text", "published", "expected"), CASES)
def test_stated_time(lang: str, text: str, published: dt.datetime, expected: dt.date) -> None:
    got = stated_time(text, lang, published)
    assert got is not None
    assert got.tzinfo is not None
    assert got.date() == expected
    # the clock time and zone of the publication are kept
    assert (got.hour, got.minute, got.utcoffset()) == (
        published.hour,
        published.minute,
        published.replace(year=got.year, month=got.month, day=got.day).utcoffset(),
    )


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", '"I am embarrassed," Abbott tweeted in 2015.'),
        ("en", "The institute reported last year that 22 states have such laws."),
        ("de", "Im Jahr 2008 warf Kaczyński Wałęsa Spionage vor."),
    ],
)
def test_a_statement_dated_only_coarsely_has_no_day(lang: str, text: str) -> None:
    assert stated_time(text, lang, TUESDAY) is None


def test_a_later_year_is_what_is_forecast_not_when_it_was_said() -> None:
    # a statement cannot be made in a year after the article: the forecast is stated now
    text = "Im Jahr 2027 geht die Bundesregierung demnach von 1,4 Prozent Wachstum aus."
    assert stated_time(text, "de", TUESDAY) == TUESDAY


def test_no_published_time() -> None:
    assert stated_time("Gestern sagte er das.", "de", None) is None
    assert stated_time("Am 3. Oktober 2024 sagte er das.", "de", None) == dt.datetime(
        2024, 10, 3, tzinfo=dt.UTC
    )


def test_naive_published_time_is_utc() -> None:
    got = stated_time("Gestern sagte er das.", "de", dt.datetime(2025, 1, 1, 10, 0))
    assert got == dt.datetime(2024, 12, 31, 10, 0, tzinfo=dt.UTC)
