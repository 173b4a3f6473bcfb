"""Extraction speed on full-length German news (10kGNAD test split, 1,028 articles).

Runs the extraction pipeline alone (no database): sentences, attribution, figures,
polarity, stated time; prints articles/s and where the time goes, stage by stage.

Usage:  python benchmarks/extract_speed.py [--file ../shared/data/news-de/10kgnad-test.csv]
"""

from __future__ import annotations

import argparse
import csv
import sys
import time
from collections import defaultdict
from pathlib import Path

from tracker.extract import pipeline
from tracker.extract.attribution import attribute_sentences
from tracker.extract.dates import stated_time
from tracker.extract.figures import find_figures
from tracker.extract.polarity import is_negated
from tracker.extract.sentences import split_sentences

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "data" / "news-de" / "10kgnad-test.csv"


def read_articles(path: Path) -> list[str]:
    with path.open(newline="", encoding="utf-8") as handle:
        return [row[1] for row in csv.reader(handle, delimiter=";", quotechar="'") if len(row) > 1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--file", type=Path, default=DEFAULT)
    args = parser.parse_args()
    if not args.file.exists():
        sys.exit(f"no data at {args.file}: pass --file")
    texts = read_articles(args.file)
    # Warm-up: dictionaries (simplemma) and compiled rules load once per process.
    warm = time.perf_counter()
    pipeline.extract_claims(texts[0], "de")
    warm_up = time.perf_counter() - warm

    stages: dict[str, float] = defaultdict(float)
    claims = figures = sentences_seen = 0
    started = time.perf_counter()
    for text in texts:
        t = time.perf_counter()
        sentences = split_sentences(text, "de")
        stages["sentences"] += time.perf_counter() - t
        t = time.perf_counter()
        attributions = attribute_sentences(sentences, "de")
        stages["attribution"] += time.perf_counter() - t
        sentences_seen += len(sentences)
        for sentence, attribution in zip(sentences, attributions, strict=True):
            t = time.perf_counter()
            found = find_figures(sentence.text, "de")
            stages["figures"] += time.perf_counter() - t
            if not pipeline.is_claim(sentence, attribution, found):
                continue
            t = time.perf_counter()
            is_negated(sentence.text, "de")
            stated_time(sentence.text, "de", None)
            stages["polarity and time"] += time.perf_counter() - t
            claims += 1
            figures += len(found)
    total = time.perf_counter() - started
    print(f"articles            {len(texts)}")
    print(f"sentences           {sentences_seen}")
    print(f"claims              {claims}")
    print(f"figures             {figures}")
    print(f"warm-up (once)      {warm_up:.2f} s")
    print(f"extraction          {total:.2f} s = {len(texts) / total:.0f} articles/s")
    for name, seconds in sorted(stages.items(), key=lambda item: -item[1]):
        print(f"  {name:18} {seconds:6.2f} s  {100 * seconds / total:4.0f}%")


if __name__ == "__main__":
    main()
