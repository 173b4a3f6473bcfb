"""Claim-collection import (``ingest --as-claims``): speed, against a baseline, same rows.

Imports the first N records of the CheckThat! 2022 pool (``verified_claims.jsonl``,
14,231 claims; the ``--map`` of ``checkthat.py``) into fresh databases, back to back:

* ``--baseline DIR``: the batched import with the code of another checkout (e.g. a
  worktree of main), run in a child process with that checkout first on the path;
* this checkout's batched import, once per ``--workers`` value (processes preparing
  the records; 1: all in the ingesting process);
* unless ``--no-old``, the one-record-per-transaction article path (the same hooks in
  a plain list).

Prints wall time, claims/s and the CPU time of the ingesting process of each, the
ratios, and for every table its row count and a checksum of its contents (ids
included; times left out): the batched runs must store the same contents and every
run the same row counts (the one-by-one path numbers terms in another order), or the
run exits with status 1.

Usage:
    python benchmarks/import_speed.py [--records N] [--workers 1,2] [--baseline DIR]
        [--no-old] [--database URL] [--batch-size B]

``--records 0`` takes the whole pool (the old path then takes about a quarter of an
hour). ``--database`` is a PostgreSQL URL whose database is emptied before each run
(default: SQLite files in a temporary folder).
"""

from __future__ import annotations

import argparse
import hashlib
import inspect
import itertools
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

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
    "claimant_aliases",
    "sources",
    "index_stats",
    "word_stats",
)
# columns that say when or where a run happened, not what it stored
UNCOMPARED = {"created_at", "recorded_at", "updated_at", "superseded_at"}


def empty(url: str) -> None:
    """Drop every table of a PostgreSQL database (the run makes the schema again)."""
    from sqlalchemy import create_engine, text

    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()


def contents(db: Any) -> dict[str, list[Any]]:
    """Row count and a checksum of the contents of every table."""
    from sqlalchemy import inspect as inspect_db
    from sqlalchemy import text

    found = {}
    with db.reader() as session:
        conn = session.connection()
        for table in TABLES:
            columns = [
                c["name"]
                for c in inspect_db(conn).get_columns(table)
                if c["name"] not in UNCOMPARED
            ]
            digest = hashlib.sha256()
            count = 0
            rows = conn.execute(text(f"SELECT {', '.join(columns)} FROM {table} ORDER BY 1"))
            for row in rows:
                count += 1
                digest.update(repr(tuple(row)).encode())
            found[table] = [count, digest.hexdigest()[:16]]
    return found


def run_once(url: str, path: Path, old: bool, batch_size: int, workers: int) -> dict[str, Any]:
    """One import with the code on the path; what it took and what it stored."""
    from tracker.db import open_database

    try:
        from tracker.store.ingest import Ingestor, standard_hooks
    except ImportError:  # a baseline from before the write side moved to tracker/store/
        from tracker.ingest import Ingestor, standard_hooks  # type: ignore[no-redef]
    from tracker.readers import in_time_order
    from tracker.readers.collections import read_claim_records

    db = open_database(url)
    records = list(in_time_order(read_claim_records([str(path)], mapping=MAPPING)))
    hooks = list(standard_hooks()) if old else standard_hooks()
    options: dict[str, Any] = {"batch_size": batch_size}
    if "workers" in inspect.signature(Ingestor).parameters:
        options["workers"] = workers  # (a baseline without workers prepares in process)
    started, cpu = time.perf_counter(), time.process_time()
    summary = Ingestor(db, hooks, **options).ingest(records)
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    found = contents(db)
    db.dispose()
    return {
        "seconds": seconds,
        "cpu": cpu,
        "records": len(records),
        "summary": summary.line(),
        "contents": found,
    }


def in_child(code: Path, url: str, path: Path, batch_size: int) -> dict[str, Any]:
    """:func:`run_once` with the tracker of checkout ``code`` (batched, in process)."""
    env = {**os.environ, "PYTHONPATH": str(code)}
    command = [sys.executable, __file__, "--child", url, str(path), str(batch_size)]
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    if done.returncode:
        sys.exit(f"the baseline run failed:\n{done.stderr}")
    return dict(json.loads(done.stdout.splitlines()[-1]))


def main() -> None:
    if sys.argv[1:2] == ["--child"]:
        url, path, batch_size = sys.argv[2], Path(sys.argv[3]), int(sys.argv[4])
        print(json.dumps(run_once(url, path, False, batch_size, 1)))
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--records", type=int, default=3000, help="first N records; 0: all")
    parser.add_argument("--workers", default="", help="comma list; default: the cores")
    parser.add_argument("--baseline", type=Path, help="a checkout to compare with (e.g. main)")
    parser.add_argument("--no-old", action="store_true", help="not the one-by-one path")
    parser.add_argument("--database", help="a PostgreSQL URL to use (emptied first)")
    parser.add_argument("--batch-size", type=int, default=1000)
    args = parser.parse_args()
    from tracker.store.preparation import default_workers

    workers = [int(w) for w in args.workers.split(",") if w] or [default_workers()]
    pool = args.data / "checkthat2022" / "verified_claims.jsonl"
    if not pool.exists():
        sys.exit(f"no CheckThat! 2022 pool at {pool}: pass --data")
    results: dict[str, dict[str, Any]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        sample = Path(tmp) / "verified_claims.jsonl"
        with pool.open(encoding="utf-8") as handle:
            lines = itertools.islice(handle, args.records) if args.records else handle
            sample.write_text("".join(lines), encoding="utf-8")
        runs: list[tuple[str, Any]] = []
        if args.baseline:
            runs.append(("baseline", None))
        runs += [(f"workers={w}", w) for w in workers]
        if not args.no_old:
            runs.append(("one by one", 1))
        for n, (name, count) in enumerate(runs):
            if args.database:
                empty(args.database)
                url = args.database
            else:
                url = f"sqlite:///{Path(tmp) / f'run{n}.db'}"
            print(f"{name} ...", file=sys.stderr, flush=True)
            if name == "baseline":
                results[name] = in_child(args.baseline.resolve(), url, sample, args.batch_size)
            else:
                old = name == "one by one"
                results[name] = run_once(url, sample, old, args.batch_size, count)
            print(f"  {results[name]['summary']}", file=sys.stderr)
    backend = "PostgreSQL" if args.database else "SQLite"
    first = next(iter(results))
    for name, found in results.items():
        ratio = results[first]["seconds"] / found["seconds"]
        print(
            f"{backend} {name:11} {found['records']:6d} claims {found['seconds']:7.1f} s "
            f"{found['records'] / found['seconds']:7.1f} claims/s  cpu {found['cpu']:6.1f} s  "
            f"{ratio:5.2f}x the claims/s of {first}"
        )
    # the one-by-one path numbers terms and postings in another order: rows counted only
    batched = [r["contents"] for name, r in results.items() if name != "one by one"]
    same = all(c == batched[0] for c in batched)
    counts = [{t: c[0] for t, c in r["contents"].items()} for r in results.values()]
    same_counts = all(c == counts[0] for c in counts)
    print(
        "batched runs, rows and contents: "
        + ("the same in every table" if same else "DIFFERENT")
        + "; row counts of all runs: "
        + ("the same" if same_counts else "DIFFERENT")
    )
    print(f"  {'table':17} " + " ".join(f"{name:>28}" for name in results))
    for table in TABLES:
        cells = [
            f"{r['contents'][table][0]:>11} {r['contents'][table][1]}" for r in results.values()
        ]
        print(f"  {table:17} " + " ".join(cells))
    if not (same and same_counts):
        sys.exit(1)


if __name__ == "__main__":
    main()
