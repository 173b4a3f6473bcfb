"""Newsroom readers on real text: saved pages, feeds and natural dates (no database).

* pages: each of the 1,028 full German articles of the 10kGNAD test split is put
  into the page template of tests/data/newsroom (navigation, cookie banner, ad,
  reader comments, sidebar, footer around the article's paragraphs) and read back
  as tracker reads a saved page. Prints pages/s, how much of the article came back
  (share of its paragraphs found whole in the extracted text, whitespace aside) and
  how many pages let any boilerplate or comment through (a marker word of the
  template's boilerplate in the text that the article itself does not contain).
* feeds: the 4,395 real headlines and teasers of news-de/zeitgeist.jsonl as one
  RSS feed with German RFC 822 dates ("Mi, 18 Jun 2025 ..."): entries/s and how
  many dates were read.
* dates: the 14,231 dates of the CheckThat! 2022 pool as the fact-checkers wrote
  them ("26 May 2015"): dates/s on distinct values (no cache) and how many were read.

Usage:  python benchmarks/readers.py [--data ../shared/data] [--pages N]
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import html
import json
import re
import sys
import time
from pathlib import Path

from tracker.readers.dates import _parse, parse_timestamp
from tracker.readers.feeds import parse_feed
from tracker.readers.html import read_page

REPO = Path(__file__).resolve().parents[1]
DEFAULT_DATA = REPO.parent / "shared" / "data"
TEMPLATE = REPO / "tests" / "data" / "newsroom" / "bruecke-gesperrt.html"
BOILERPLATE = ("Cookies", "Startseite", "Anzeige", "Kommentare", "20 Millionen", "Meistgelesen")
DAYS = ("Mo", "Di", "Mi", "Do", "Fr", "Sa", "So")
MONTHS = ("Jan", "Feb", "Mär", "Apr", "Mai", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dez")


def page_of(text: str) -> tuple[str, list[str]]:
    """The template page with ``text``'s paragraphs as its article body."""
    template = TEMPLATE.read_text(encoding="utf-8")
    paragraphs = [p.strip() for p in re.split(r"(?<=[.!?“\"])\s+(?=[A-ZÄÖÜ„])", text) if p.strip()]
    # Four sentences a paragraph, as news sites set them.
    grouped = [" ".join(paragraphs[i : i + 4]) for i in range(0, len(paragraphs), 4)]
    body = "\n".join(f"<p>{html.escape(p, quote=False)}</p>" for p in grouped)
    start = template.index('<div class="article-body">') + len('<div class="article-body">')
    end = template.index("</div>", start)
    return template[:start] + "\n" + body + "\n" + template[end:], grouped


def bench_pages(data: Path, limit: int) -> None:
    path = data / "news-de" / "10kgnad-test.csv"
    with path.open(newline="", encoding="utf-8") as handle:
        texts = [r[1] for r in csv.reader(handle, delimiter=";", quotechar="'") if len(r) > 1]
    pages = [page_of(t) for t in texts[:limit]]
    read_page(pages[0][0].encode(), "warm-up")
    found = total = leaked = failed = 0
    started = time.perf_counter()
    for markup, paragraphs in pages:
        try:
            record = read_page(markup.encode("utf-8"), "page")
        except Exception:  # noqa: BLE001 - counted, the benchmark goes on
            failed += 1
            continue
        extracted = " ".join(record.text.split())
        total += len(paragraphs)
        found += sum(" ".join(p.split()) in extracted for p in paragraphs)
        source = " ".join(paragraphs)
        leaked += any(b in extracted and b not in source for b in BOILERPLATE)
    elapsed = time.perf_counter() - started
    print(
        f"pages: {len(pages)} in {elapsed:.1f} s ({len(pages) / elapsed:.0f} pages/s); "
        f"article paragraphs recovered {found / total:.3f}; pages with boilerplate or "
        f"comments in the text {leaked}; pages without text {failed}"
    )


def rfc822_de(when: dt.datetime) -> str:
    return (
        f"{DAYS[when.weekday()]}, {when.day:02d} {MONTHS[when.month - 1]} {when.year} "
        f"{when:%H:%M:%S} +0200"
    )


def bench_feed(data: Path) -> None:
    rows = [json.loads(line) for line in (data / "news-de" / "zeitgeist.jsonl").open()]
    base = dt.datetime(2025, 8, 1, 6, 0)
    items = []
    for i, row in enumerate(rows):
        when = base + dt.timedelta(minutes=97 * i)
        items.append(
            f"<item><title>{html.escape(row.get('title') or '')}</title>"
            f"<link>https://zeitung.example/a/{i}</link><pubDate>{rfc822_de(when)}</pubDate>"
            f"<description>{html.escape('<p>' + (row.get('content') or '') + '</p>')}"
            "</description></item>"
        )
    feed = (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
        "<title>Zeitung – Alles</title><language>de</language>" + "".join(items)
    ) + "</channel></rss>"
    started = time.perf_counter()
    records = list(parse_feed(feed.encode("utf-8"), "feed.rss"))
    elapsed = time.perf_counter() - started
    dated = sum(getattr(r, "published_at", None) is not None for r in records)
    print(
        f"feed: {len(records)} entries in {elapsed:.1f} s ({len(records) / elapsed:.0f} "
        f"entries/s); German RFC 822 dates read {dated}/{len(records)}"
    )


def bench_dates(data: Path) -> None:
    path = data / "checkthat2022" / "verified_claims.jsonl"
    values = [json.loads(line).get("date") for line in path.open(encoding="utf-8")]
    values = [v for v in values if v]
    distinct = sorted(set(values))
    _parse.cache_clear()
    read = 0
    started = time.perf_counter()
    for value in distinct:
        try:
            parse_timestamp(value, "date")
            read += 1
        except Exception:  # noqa: BLE001 - counted
            pass
    elapsed = time.perf_counter() - started
    unread = sorted(v for v in distinct if _unreadable(v))
    print(
        f"dates: {len(values)} values, {len(distinct)} distinct, read {read}/{len(distinct)} "
        f"in {elapsed:.2f} s ({len(distinct) / elapsed:.0f} distinct dates/s, no cache); "
        f"not dates: {[v[:40] for v in unread]}"
    )


def _unreadable(value: str) -> bool:
    try:
        parse_timestamp(value, "date")
    except Exception:  # noqa: BLE001
        return True
    return False


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--pages", type=int, default=1028)
    args = parser.parse_args()
    if not args.data.exists():
        sys.exit(f"no data at {args.data}: pass --data")
    bench_pages(args.data, args.pages)
    bench_feed(args.data)
    bench_dates(args.data)


if __name__ == "__main__":
    main()
