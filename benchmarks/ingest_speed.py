"""Article ingest: items/s against a baseline, with each ``--workers`` value, same rows.

Ingests, into fresh databases, back to back and each in a fresh process:

* ``zeitgeist``: the real German news items of ``news-de/zeitgeist.jsonl`` (4,395
  headlines with teasers; the first ``--items N`` in published order), read as
  ``tracker ingest`` reads them;
* ``gnad``: full-length derStandard articles of ``news-de/10kgnad-test.csv`` (1,028;
  the first ``--articles M``), each CSV row's text one article (the file has no
  title, URL or date: an article is known by its text), German;

first with the code of another checkout (``--baseline DIR``, e.g. a worktree of
main, in a child process with that checkout first on the path; once per
``--baseline-workers`` value), then with this
checkout once per ``--workers`` value (the processes that prepare the articles:
reading, sentences, figures, attribution; one process writes and matches) and per
``--write-batch`` value (``TRACKER_WRITE_BATCH``: articles per write transaction; 1 is
a transaction per article).

Prints per run the wall time, items/s, the CPU time of the ingesting process and of
its worker processes, the ratio to the first run, the machine's load, and for every
table its row count and a checksum of its contents (ids included, times left out).
Every run must store the same contents, or the script exits with status 1.

Usage:
    python benchmarks/ingest_speed.py [--items N] [--articles M] [--workers 1,2]
        [--write-batch 1,50] [--baseline DIR] [--baseline-workers 1,2] [--database URL]
        [--sets zeitgeist,gnad]
        [--profile FILE] [--commit-ms MS]

``--items 0`` / ``--articles 0`` take the whole file. ``--database`` is a PostgreSQL URL
whose database is emptied before each run (default: SQLite files in a temporary
folder). ``--profile FILE`` writes a cProfile of this checkout's first run.
``--commit-ms MS`` makes every commit of every run wait MS milliseconds first: a disk
slower to sync than the one at hand (what a transaction per article costs there).
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import inspect
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
# every table an ingest writes; ingest_runs (times, host, process) left out
TABLES = (
    "sources",
    "articles",
    "claimants",
    "claimant_aliases",
    "claims",
    "figures",
    "facts",
    "fact_memberships",
    "relations",
    "verdicts",
    "matcher_settings",
    "index_terms",
    "claim_terms",
    "index_stats",
    "word_terms",
    "claim_words",
    "word_stats",
)
# columns that say when a run happened, not what it stored
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
        names = set(inspect_db(conn).get_table_names())
        for table in TABLES:
            if table not in names:
                continue
            columns = [
                c["name"]
                for c in inspect_db(conn).get_columns(table)
                if c["name"] not in UNCOMPARED
            ]
            digest = hashlib.sha256()
            count = 0
            order = ", ".join(str(i + 1) for i in range(len(columns)))
            rows = conn.execute(text(f"SELECT {', '.join(columns)} FROM {table} ORDER BY {order}"))
            for row in rows:
                count += 1
                digest.update(repr(tuple(_plain(v) for v in row)).encode())
            found[table] = [count, digest.hexdigest()[:16]]
    return found


def _plain(value: Any) -> Any:
    """A value as both backends give it (floats rounded: the last bit may differ)."""
    if isinstance(value, float):
        return round(value, 9)
    return value


def gnad_records(path: Path, limit: int) -> list[Any]:
    """The derStandard articles: one per CSV row (``label;'text'``)."""
    from tracker.readers import ArticleRecord

    records = []
    with path.open(newline="", encoding="utf-8") as handle:
        for line, row in enumerate(csv.reader(handle, delimiter=";", quotechar="'"), start=1):
            if len(row) < 2:
                continue
            records.append(
                ArticleRecord(
                    text=row[1], origin=f"{path.name}:{line}", source="derStandard", language="de"
                )
            )
            if limit and len(records) == limit:
                break
    return records


def zeitgeist_records(path: Path, limit: int) -> list[Any]:
    from tracker.readers import in_time_order, read_inputs

    records = list(in_time_order(read_inputs([str(path)])))
    return records[:limit] if limit else records


def run_once(url: str, kind: str, path: Path, limit: int, workers: int, profile: str) -> Any:
    """One ingest with the code on the path; what it took and what it stored."""
    from tracker.db import open_database
    from tracker.store.ingest import Ingestor, standard_hooks

    db = open_database(url)
    commit_ms = float(os.environ.get("INGEST_SPEED_COMMIT_MS") or 0)
    if commit_ms:
        from sqlalchemy import event

        # a disk on which every commit waits (see --commit-ms)
        event.listen(db.engine, "commit", lambda conn: time.sleep(commit_ms / 1000))
    records = gnad_records(path, limit) if kind == "gnad" else zeitgeist_records(path, limit)
    options: dict[str, Any] = {}
    if "workers" in inspect.signature(Ingestor).parameters:
        options["workers"] = workers
    ingestor = Ingestor(db, standard_hooks(), **options)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    started, cpu = time.perf_counter(), time.process_time()
    if profile:
        import cProfile

        profiler = cProfile.Profile()
        summary = profiler.runcall(ingestor.ingest, records)
        profiler.dump_stats(profile)
    else:
        summary = ingestor.ingest(records)
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    workers_cpu = (after.ru_utime + after.ru_stime) - (children.ru_utime + children.ru_stime)
    found = contents(db)
    db.dispose()
    return {
        "seconds": seconds,
        "cpu": cpu,
        "workers_cpu": workers_cpu,
        "records": len(records),
        "summary": summary.line(),
        "failed": summary.failed,
        "contents": found,
    }


def in_child(
    code: Path | None, arguments: list[str], write_batch: str | None = None
) -> dict[str, Any]:
    """:func:`run_once` in a fresh process, with checkout ``code`` first on the path
    (and ``TRACKER_WRITE_BATCH`` set to ``write_batch``, when given)."""
    env = dict(os.environ)
    if code is not None:
        env["PYTHONPATH"] = str(code)
    if write_batch is not None:
        env["TRACKER_WRITE_BATCH"] = write_batch
    command = [sys.executable, __file__, "--child", *arguments]
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    if done.returncode:
        sys.exit(f"a run failed ({' '.join(arguments)}):\n{done.stderr}")
    return dict(json.loads(done.stdout.splitlines()[-1]))


def main() -> None:
    if sys.argv[1:2] == ["--child"]:
        url, kind, path, limit, workers, profile = sys.argv[2:8]
        print(json.dumps(run_once(url, kind, Path(path), int(limit), int(workers), profile)))
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--items", type=int, default=1000, help="zeitgeist items; 0: all")
    parser.add_argument("--articles", type=int, default=300, help="derStandard articles; 0: all")
    parser.add_argument("--workers", default="1,2", help="comma list (default 1,2)")
    parser.add_argument(
        "--write-batch",
        default="",
        help="comma list of TRACKER_WRITE_BATCH values for this checkout's runs "
        "(articles per write transaction; default: as the environment says)",
    )
    parser.add_argument("--baseline", type=Path, help="a checkout to compare with (e.g. main)")
    parser.add_argument(
        "--baseline-workers",
        default="1",
        help="comma list of --workers values for the baseline's runs (default 1)",
    )
    parser.add_argument("--database", help="a PostgreSQL URL to use (emptied first)")
    parser.add_argument("--sets", default="zeitgeist,gnad")
    parser.add_argument("--profile", default="", help="cProfile of this checkout's first run")
    parser.add_argument(
        "--commit-ms",
        type=float,
        default=0.0,
        help="every run: each commit waits this long first (a disk slower to sync than "
        "this machine's, to see what grouped writes save there)",
    )
    args = parser.parse_args()
    if args.commit_ms:
        os.environ["INGEST_SPEED_COMMIT_MS"] = str(args.commit_ms)
    files = {
        "zeitgeist": (args.data / "news-de" / "zeitgeist.jsonl", args.items),
        "gnad": (args.data / "news-de" / "10kgnad-test.csv", args.articles),
    }
    sets = [s for s in args.sets.split(",") if s]
    for kind in sets:
        if kind not in files or not files[kind][0].exists():
            sys.exit(f"no data for {kind!r} under {args.data}: pass --data (or --sets)")
    workers = [int(w) for w in args.workers.split(",") if w]
    batches = [b.strip() for b in args.write_batch.split(",") if b.strip()]
    backend = "PostgreSQL" if args.database else "SQLite"
    different = False
    with tempfile.TemporaryDirectory() as tmp:
        for kind in sets:
            path, limit = files[kind]
            runs: list[tuple[str, Path | None, int, str | None]] = []
            if args.baseline:
                base = [int(w) for w in args.baseline_workers.split(",") if w]
                runs += [
                    (
                        f"baseline w={w}" if len(base) > 1 else "baseline",
                        args.baseline.resolve(),
                        w,
                        None,
                    )
                    for w in base
                ]
            for w in workers:
                if not batches:
                    runs.append((f"workers={w}", None, w, None))
                runs += [(f"workers={w} batch={b}", None, w, b) for b in batches]
            results: dict[str, dict[str, Any]] = {}
            profile = args.profile
            for n, (name, code, count, batch) in enumerate(runs):
                if args.database:
                    empty(args.database)
                    url = args.database
                else:
                    url = f"sqlite:///{Path(tmp) / f'{kind}{n}.db'}"
                load = os.getloadavg()[0]
                print(f"{kind} {name} (load {load:.1f}) ...", file=sys.stderr, flush=True)
                here = "" if code is not None else profile
                if here:
                    profile = ""
                results[name] = in_child(
                    code, [url, kind, str(path), str(limit), str(count), here], batch
                )
                results[name]["load"] = load
                print(f"  {results[name]['summary']}", file=sys.stderr)
            first = next(iter(results))
            for name, found in results.items():
                ratio = results[first]["seconds"] / found["seconds"]
                cpu_ratio = results[first]["cpu"] / found["cpu"]
                print(
                    f"{backend} {kind:9} {name:17} {found['records']:5d} items "
                    f"{found['seconds']:7.1f} s {found['records'] / found['seconds']:7.1f} items/s "
                    f"cpu {found['cpu']:6.1f} s (+ workers {found['workers_cpu']:5.1f} s)  "
                    f"{ratio:5.2f}x items/s, {cpu_ratio:5.2f}x less cpu than {first}  "
                    f"load {found['load']:.1f}"
                )
            same = all(r["contents"] == results[first]["contents"] for r in results.values())
            different |= not same
            print(
                f"{kind}: rows and contents " + ("the same in every table" if same else "DIFFERENT")
            )
            print(f"  {'table':17} " + " ".join(f"{name:>28}" for name in results))
            for table in TABLES:
                cells = [
                    f"{r['contents'].get(table, [0, '-'])[0]:>11} "
                    f"{r['contents'].get(table, [0, '-'])[1]:>16}"
                    for r in results.values()
                ]
                print(f"  {table:17} " + " ".join(cells))
    if different:
        sys.exit(1)


if __name__ == "__main__":
    main()
