"""Claim-collection import (``ingest --as-claims``): batched against one record at a time.

Imports the first N records of the CheckThat! 2022 pool (``verified_claims.jsonl``,
14,231 claims; the ``--map`` of ``checkthat.py``) into a fresh database twice, back to
back in one process: through the batched path (what ``tracker ingest --as-claims`` does)
and through the one-record-per-transaction article path (the same hooks in a plain
list). Prints wall time and claims/s of each, their ratio, and the row counts of every
table both wrote (they must be equal).

Usage:
    python benchmarks/import_speed.py [--records N] [--no-old] [--database URL]
        [--batch-size B]

``--records 0`` takes the whole pool (the old path then takes about a quarter of an
hour). ``--database`` is a PostgreSQL URL whose database is emptied and used for both
runs (default: SQLite files in a temporary folder).
"""

from __future__ import annotations

import argparse
import itertools
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, text

from tracker.db import open_database
from tracker.readers import in_time_order
from tracker.readers.collections import read_claim_records
from tracker.store.ingest import CLAIM_BATCH, Ingestor, standard_hooks

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
MAPPING = {"text": "vclaim", "title": "title", "id": "vclaim_id"}
TABLES = (
    "articles",
    "claims",
    "figures",
    "facts",
    "fact_memberships",
    "relations",
    "claim_terms",
    "index_terms",
    "claim_words",
    "word_terms",
    "verdicts",
    "claimants",
)


def empty(url: str) -> None:
    """Drop every table of a PostgreSQL database (the run makes the schema again)."""
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()


def run(url: str, path: Path, hooks: Any, batch_size: int) -> tuple[float, int, dict[str, int]]:
    db = open_database(url)
    records = list(in_time_order(read_claim_records([str(path)], mapping=MAPPING)))
    started = time.perf_counter()
    summary = Ingestor(db, hooks, batch_size=batch_size).ingest(records)
    seconds = time.perf_counter() - started
    with db.reader() as session:
        counts = {
            t: session.execute(text(f"SELECT COUNT(*) FROM {t}")).scalar_one() for t in TABLES
        }
    db.dispose()
    print(f"  {summary.line()}", file=sys.stderr)
    return seconds, len(records), counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--records", type=int, default=2000, help="first N records; 0: all")
    parser.add_argument("--no-old", action="store_true", help="only the batched path")
    parser.add_argument("--database", help="a PostgreSQL URL to use (emptied first)")
    parser.add_argument("--batch-size", type=int, default=CLAIM_BATCH)
    args = parser.parse_args()
    pool = args.data / "checkthat2022" / "verified_claims.jsonl"
    if not pool.exists():
        sys.exit(f"no CheckThat! 2022 pool at {pool}: pass --data")
    with tempfile.TemporaryDirectory() as tmp:
        sample = Path(tmp) / "verified_claims.jsonl"
        with pool.open(encoding="utf-8") as handle:
            lines = itertools.islice(handle, args.records) if args.records else handle
            sample.write_text("".join(lines), encoding="utf-8")
        results = {}
        paths = [("batched", standard_hooks())]
        if not args.no_old:
            paths.append(("one by one", list(standard_hooks())))
        for name, hooks in paths:
            if args.database:
                empty(args.database)
                url = args.database
            else:
                url = f"sqlite:///{Path(tmp) / name.replace(' ', '_')}.db"
            print(f"{name}:", file=sys.stderr)
            results[name] = run(url, sample, hooks, args.batch_size)
    backend = "PostgreSQL" if args.database else "SQLite"
    for name, (seconds, count, _) in results.items():
        print(
            f"{backend} {name:11} {count:6d} claims  {seconds:7.1f} s  "
            f"{count / seconds:7.1f} claims/s"
        )
    if len(results) == 2:
        new, old = results["batched"], results["one by one"]
        print(f"batched / one by one: {old[0] / new[0]:.2f}x the claims/s")
        same = new[2] == old[2]
        print("rows: " + ("the same in every table" if same else "DIFFERENT"))
        for table in TABLES:
            print(f"  {table:17} {old[2][table]:8d} {new[2][table]:8d}")
        if not same:
            sys.exit(1)


if __name__ == "__main__":
    main()
