"""Real-text records from ../shared/data, addressed by a stable reference.

The labels in this folder never copy the publishers' text: they point into the
shared data by (corpus, record key, field, character span) and keep a short hash of
the referenced text, so a scorer can read the text back and notice when it moved.
"""

from __future__ import annotations

import csv
import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

DATA = Path(__file__).resolve().parents[2].parent / "shared" / "data"
CORPORA = {
    "zeitgeist": "news-de/zeitgeist.jsonl",
    "gnad": "news-de/10kgnad-test.csv",
    "pac": "news-en/pac-dev.jsonl",
}


@dataclass(frozen=True)
class Record:
    corpus: str
    key: str  # zeitgeist: line number; gnad: line number; pac: document id
    title: str
    text: str
    url: str | None
    published: str | None  # ISO date
    source: str | None
    language: str
    story: str | None = None


def short_hash(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:10]


def data_path(corpus: str, data: Path = DATA) -> Path:
    return data / CORPORA[corpus]


def records(corpus: str, data: Path = DATA) -> Iterator[Record]:
    path = data_path(corpus, data)
    if corpus == "zeitgeist":
        with path.open(encoding="utf-8") as f:
            for number, line in enumerate(f, 1):
                row = json.loads(line)
                yield Record(
                    corpus,
                    str(number),
                    row.get("title") or "",
                    row.get("content") or "",
                    row.get("url"),
                    row.get("published_date") or row.get("gathered_date"),
                    row.get("source"),
                    row.get("language") or "de",
                )
    elif corpus == "gnad":
        with path.open(encoding="utf-8", newline="") as f:
            for number, row in enumerate(csv.reader(f, delimiter=";", quotechar="'"), 1):
                if len(row) < 2:
                    continue
                yield Record(corpus, str(number), "", row[1], None, None, "derStandard", "de")
    elif corpus == "pac":
        with path.open(encoding="utf-8") as f:
            for line in f:
                row = json.loads(line)
                yield Record(
                    corpus,
                    row["id"],
                    row.get("title") or "",
                    row.get("text") or "",
                    row.get("url"),
                    row.get("published"),
                    row.get("source"),
                    "en",
                    row.get("story"),
                )
    else:
        raise ValueError(f"unknown corpus {corpus!r}")


def record_map(corpus: str, data: Path = DATA) -> dict[str, Record]:
    return {r.key: r for r in records(corpus, data)}


def field_text(record: Record, field: str) -> str:
    return record.title if field == "title" else record.text
