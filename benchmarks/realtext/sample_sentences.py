"""Draw the extraction sample: sentences and headlines with a number in them.

A sentence is drawn when it has a digit or a number word, decided by a plain
regular expression (not by tracker's extractor, so that recall can be measured).
The draw is seeded; it writes references only (see corpus.py), plus, with
``--work``, a file with the text and context for the people who annotate it.

    python benchmarks/realtext/sample_sentences.py --work /tmp/extract-work.jsonl
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import corpus  # noqa: E402

from tracker.extract.sentences import split_sentences  # noqa: E402

NUMBER = re.compile(
    r"\d|\b(?:zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|\w*(?:zehn|zig|ßig)|"
    r"hundert\w*|tausend\w*|million\w*|milliard\w*|hälfte|halbe[nr]?|drittel|viertel|"
    r"dutzend\w*|jede[rs]? (?:zweite|dritte|vierte|fünfte|zehnte)|"
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|"
    r"eighty|ninety|hundreds?|thousands?|millions?|billions?|half|third|quarter|dozens?)\b",
    re.I,
)
PLAN = {  # corpus -> (body sentences, headlines)
    "zeitgeist": (100, 40),
    "gnad": (60, 0),
    "pac": (120, 10),
}


def candidates(rec: corpus.Record, field: str) -> list[tuple[int, int, str]]:
    text = corpus.field_text(rec, field)
    if not text.strip():
        return []
    if field == "title":
        stripped = text.strip()
        start = text.index(stripped)
        return [(start, start + len(stripped), stripped)] if NUMBER.search(stripped) else []
    lang = "en" if rec.language == "en" else "de"
    found = []
    for s in split_sentences(text, lang):
        if 20 <= len(s.text) <= 600 and NUMBER.search(s.text):
            found.append((s.start, s.end, s.text))
    return found


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seed", type=int, default=12)
    parser.add_argument("--out", default=str(Path(__file__).parent / "extraction_sample.jsonl"))
    parser.add_argument("--work", help="also write text and context for annotators here")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    refs, work = [], []
    for name, (n_body, n_title) in PLAN.items():
        recs = list(corpus.records(name))
        rng.shuffle(recs)
        for field, wanted in (("text", n_body), ("title", n_title)):
            taken = 0
            for rec in recs:
                if taken >= wanted:
                    break
                found = candidates(rec, field)
                if not found:
                    continue
                per_record = -(-wanted // len(recs)) + (1 if wanted > len(recs) else 0)
                for start, end, sentence in rng.sample(found, min(per_record, len(found))):
                    if taken >= wanted:
                        break
                    ref = {
                        "id": f"{name}:{rec.key}:{field}:{start}",
                        "corpus": name,
                        "key": rec.key,
                        "field": field,
                        "start": start,
                        "end": end,
                        "hash": corpus.short_hash(sentence),
                    }
                    refs.append(ref)
                    body = corpus.field_text(rec, field)
                    work.append(
                        {
                            **ref,
                            "sentence": sentence,
                            "language": rec.language,
                            "published": rec.published,
                            "source": rec.source,
                            "title": rec.title,
                            "before": body[max(0, start - 600) : start],
                            "after": body[end : end + 200],
                        }
                    )
                    taken += 1
    with open(args.out, "w", encoding="utf-8") as f:
        for ref in refs:
            f.write(json.dumps(ref, ensure_ascii=False) + "\n")
    if args.work:
        with open(args.work, "w", encoding="utf-8") as f:
            for item in work:
                f.write(json.dumps(item, ensure_ascii=False) + "\n")
    print(f"{len(refs)} sentences -> {args.out}")


if __name__ == "__main__":
    main()
