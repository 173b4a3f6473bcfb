"""Draw a sample of the updates and contradictions tracker reports, for people to judge.

After ingesting real news (see score_pairs.py), draw up to N automatic relations of each
kind (the ones tracker reports as facts: status auto or confirmed), seeded, and write
references (for the repo) and a work file with the two sentences and their context (for
the people who judge, never for the repo):

    python benchmarks/realtext/sample_relations.py --database zg.db --database en.db \\
        --per-kind 30 --out relations_sample.jsonl --work /tmp/relations-work.jsonl

A judge answers for each: is the relation right (the two figures are one fact and the
kind is right)? `--judged FILE` then prints the share right per kind.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import corpus  # noqa: E402
from sqlalchemy import bindparam, text  # noqa: E402

from tracker.db import open_database  # noqa: E402

QUERY = """
SELECT r.id, r.kind, r.status, r.score, r.components,
       nf.span_start AS n_start, nf.span_end AS n_end, nc.span_start AS n_cstart,
       nc.span_end AS n_cend, na.origin AS n_origin, nc.sentence_index AS n_sentence,
       of.span_start AS o_start, of.span_end AS o_end, oc.span_start AS o_cstart,
       oc.span_end AS o_cend, oa.origin AS o_origin, oc.sentence_index AS o_sentence
FROM relations r
JOIN figures nf ON nf.id = r.newer_figure_id JOIN claims nc ON nc.id = nf.claim_id
JOIN articles na ON na.id = nc.article_id
JOIN figures of ON of.id = r.older_figure_id JOIN claims oc ON oc.id = of.claim_id
JOIN articles oa ON oa.id = oc.article_id
WHERE r.superseded_at IS NULL AND r.status IN :statuses AND r.kind = :kind
"""


def side(
    origin: str, start: int, end: int, cstart: int, cend: int, keys: dict, sentence: int = 0
) -> dict:
    """A reference to a figure in its record; a headline claim (sentence index -1) has
    its spans in the title."""
    path, line = origin.rsplit(":", 1)
    name = "zeitgeist" if path.endswith("zeitgeist.jsonl") else "pac"
    key = keys[name][line]
    return {
        "corpus": name,
        "key": key,
        **({"field": "title"} if sentence < 0 else {}),
        "start": start,
        "end": end,
        "claim_start": cstart,
        "claim_end": cend,
    }


def work_side(ref: dict, records: dict) -> dict:
    rec = records[ref["corpus"]][ref["key"]]
    t = (rec.title or "") if ref.get("field") == "title" else rec.text
    s, e, cs, ce = ref["start"], ref["end"], ref["claim_start"], ref["claim_end"]
    return {
        "sentence": t[cs:s] + "[[" + t[s:e] + "]]" + t[e:ce],
        "title": rec.title,
        "published": rec.published,
        "source": rec.source,
        "before": t[max(0, cs - 500) : cs],
        "after": t[ce : ce + 250],
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--database", action="append", default=[])
    parser.add_argument("--per-kind", type=int, default=30)
    parser.add_argument("--seed", type=int, default=41)
    parser.add_argument("--out")
    parser.add_argument("--work")
    parser.add_argument("--judged", help="a judged work file: print the share right per kind")
    parser.add_argument(
        "--suggested",
        action="store_true",
        help="draw the suggestions waiting for a person instead of what tracker reports",
    )
    args = parser.parse_args()
    if args.judged:
        counts: Counter[tuple[int, str, str, bool]] = Counter()
        with open(args.judged, encoding="utf-8") as f:
            for line in f:
                row = json.loads(line)
                key = (row.get("sample", 1), row.get("status", "auto"), row["kind"])
                counts[(*key, bool(row["right"]))] += 1
        for sample in sorted({k[0] for k in counts}):
            for status in ("auto", "suggested"):
                for kind in ("update", "contradiction"):
                    right = counts[(sample, status, kind, True)]
                    total = right + counts[(sample, status, kind, False)]
                    share = f"{right / total:.0%}" if total else "-"
                    print(
                        f"sample {sample}  {status:9} {kind:13} {right} of {total} right ({share})"
                    )
        return
    keys = {
        name: {str(n): r.key for n, r in enumerate(corpus.records(name), 1)}
        for name in ("zeitgeist", "pac")
    }
    records = {name: corpus.record_map(name) for name in ("zeitgeist", "pac")}
    rng = random.Random(args.seed)
    refs, work = [], []
    for kind in ("update", "contradiction"):
        found = []
        for url in args.database:
            db = open_database(url, create=False)
            with db.reader() as session:
                statuses = ["suggested"] if args.suggested else ["auto", "confirmed"]
                query = text(QUERY).bindparams(bindparam("statuses", expanding=True))
                for r in session.execute(query, {"kind": kind, "statuses": statuses}):
                    found.append(r)
            db.dispose()
        rng.shuffle(found)
        for r in found[: args.per_kind]:
            newer = side(r.n_origin, r.n_start, r.n_end, r.n_cstart, r.n_cend, keys, r.n_sentence)
            older = side(r.o_origin, r.o_start, r.o_end, r.o_cstart, r.o_cend, keys, r.o_sentence)
            rid = f"{kind[:3]}-{corpus.short_hash(json.dumps([newer, older]))}"
            status = r.status
            refs.append({"id": rid, "kind": kind, "status": status, "newer": newer, "older": older})
            reason = json.loads(r.components or "{}").get("reason")
            work.append(
                {
                    "id": rid,
                    "kind": kind,
                    "reason": reason,
                    "probability": r.score,
                    "older": work_side(older, records),
                    "newer": work_side(newer, records),
                }
            )
        print(f"{kind}: {len(found)} reported, {min(len(found), args.per_kind)} drawn")
    if args.out:
        with open(args.out, "w", encoding="utf-8") as f:
            for ref in refs:
                f.write(json.dumps(ref, ensure_ascii=False) + "\n")
    if args.work:
        with open(args.work, "w", encoding="utf-8") as f:
            for item in work:
                f.write(json.dumps(item, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
