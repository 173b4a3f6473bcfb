"""Real German news end to end: ingest ``news-de/zeitgeist.jsonl`` (4,395 items) and
report what fact tracking found, with a sample of relations to check by hand.

Prints: articles, claims, figures, facts (and facts with more than one claim),
relations by kind and status, open contradictions, syndicated copies, failures,
articles/s; then ``--sample N`` random relations (seeded) with both sentences.

Usage:
    python benchmarks/news_de.py [--database sqlite:///zg.db] [--sample 20] [--seed 7]

An existing database is reused (nothing is ingested twice: ingest is idempotent).
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import text

from tracker.db import open_database
from tracker.readers import in_time_order, read_inputs
from tracker.store.ingest import Ingestor, standard_hooks

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "data" / "news-de" / "zeitgeist.jsonl"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--file", type=Path, default=DEFAULT)
    parser.add_argument("--database")
    parser.add_argument("--sample", type=int, default=20)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    if not args.file.exists():
        sys.exit(f"no data at {args.file}: pass --file")
    with tempfile.TemporaryDirectory() as tmp:
        url = args.database or f"sqlite:///{Path(tmp) / 'news.db'}"
        db = open_database(url)
        started = time.perf_counter()
        items = in_time_order(read_inputs([str(args.file)]))
        summary = Ingestor(db, hooks=standard_hooks()).ingest(items, command="news_de benchmark")
        elapsed = time.perf_counter() - started
        for failure in summary.failures:
            print(f"failed: {failure}", file=sys.stderr)
        total = sum(summary.counts.values())
        print(f"ingest              {summary.line()} in {elapsed:.0f} s")
        print(f"                    {total / elapsed:.1f} articles/s")
        with db.engine.connect() as conn:
            one = lambda sql: conn.execute(text(sql)).scalar()  # noqa: E731
            print(f"articles            {one('SELECT count(*) FROM articles')}")
            print(f"claims              {one('SELECT count(*) FROM claims')}")
            print(f"figures             {one('SELECT count(*) FROM figures')}")
            print(f"facts               {one('SELECT count(*) FROM facts WHERE claim_count > 0')}")
            print(f"  with 2+ claims    {one('SELECT count(*) FROM facts WHERE claim_count > 1')}")
            for kind, status, n in conn.execute(
                text(
                    "SELECT kind, status, count(*) FROM claim_relations "
                    "GROUP BY kind, status ORDER BY kind, status"
                )
            ):
                print(f"relations {kind:13} {status:9} {n}")
            print(f"open contradictions {one('SELECT count(*) FROM contradictions')}")
            print(
                "syndicated copies   "
                f"{one('SELECT count(*) FROM articles WHERE syndicated_from_id IS NOT NULL')}"
            )
            rows = conn.execute(
                text(
                    "SELECT r.relation_id, r.kind, r.status, r.score, n.claim_text, o.claim_text, "
                    "n.source_name, o.source_name FROM claim_relations r "
                    "JOIN claim_provenance n ON n.claim_id = r.newer_claim_id "
                    "JOIN claim_provenance o ON o.claim_id = r.older_claim_id "
                    "ORDER BY r.relation_id"
                )
            ).all()
        db.dispose()
    for row in random.Random(args.seed).sample(rows, min(args.sample, len(rows))):
        relation_id, kind, status, score, newer, older, newer_source, older_source = row
        print(f"\n#{relation_id} {kind} [{status}] score {score:.2f}")
        print(f"  newer ({newer_source}): {newer}")
        print(f"  older ({older_source}): {older}")


if __name__ == "__main__":
    main()
