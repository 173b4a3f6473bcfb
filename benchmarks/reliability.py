"""Reliability under stress, on SQLite and PostgreSQL: parallel writers, kill -9,
bad input, and every `tracker sql` escape of issue 11. Prints the figures README's
"Reliability" section quotes.

Experiments (all by default, or name some):

* ``parallel``: 4 `tracker ingest` processes at once on one new database, each with
  its own items and items shared by all (``--own``, ``--shared``), against the same
  inputs ingested one after another: exit codes, articles, claims, claimants,
  duplicates, and whether both databases hold the same.
* ``kill``: `tracker ingest` of ``--items`` items killed with SIGKILL at ``--kills``
  random moments (seeded), then run to the end; compared with one uninterrupted run:
  articles and claims lost or duplicated, runs marked ``interrupted``.
* ``bad``: one `tracker ingest` per kind of bad input (deep JSON, a broken CSV quote,
  1.2 MB of one repeated sentence, a 100 MB single line, a 60 MB text, NUL bytes, an
  over-long URL, an unpaired surrogate, a binary file): exit status, wall time, peak
  memory (of the process), and the message.
* ``sql``: every escape on both backends, with its side effect checked.

Items come from ``news-de/zeitgeist.jsonl`` in the shared data folder when it is
there, else from a generator of short German articles. PostgreSQL databases are made
and dropped on the server at ``--postgres`` (default: $TRACKER_TEST_POSTGRES_URL, else
postgresql://postgres@127.0.0.1:5432/test); ``--no-postgres`` runs SQLite only.

Usage:
    python benchmarks/reliability.py [parallel] [kill] [bad] [sql] [--own 500] [--shared 100]
        [--items 2000] [--kills 14] [--seed 11]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from tracker.db.dialects import reader_role_name

ROOT = Path(__file__).resolve().parents[1]
ZEITGEIST = ROOT.parent / "shared" / "data" / "news-de" / "zeitgeist.jsonl"
DEFAULT_PG = os.environ.get(
    "TRACKER_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)
TRACKER = str(Path(sys.executable).with_name("tracker"))


# -- databases -------------------------------------------------------------------------------


@contextmanager
def database(backend: str, folder: Path, admin: str, name: str) -> Iterator[str]:
    """A new, empty database of ``backend``; dropped afterwards (PostgreSQL)."""
    if backend == "sqlite":
        yield f"sqlite:///{folder / (name + '.db')}"
        return
    db_name = f"tracker_bench_{name}_{uuid.uuid4().hex[:8]}"
    engine = create_engine(admin, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{db_name}"'))
    try:
        yield make_url(admin).set(database=db_name).render_as_string(hide_password=False)
    finally:
        with engine.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{db_name}" WITH (FORCE)'))
            conn.execute(text(f'DROP ROLE IF EXISTS "{reader_role_name(db_name)}"'))
        engine.dispose()


def snapshot(url: str) -> dict[str, Any]:
    """What a database holds, independent of ids and of the order it was stored in."""
    engine = create_engine(url)
    with engine.connect() as conn:
        one = lambda sql: conn.execute(text(sql)).all()  # noqa: E731
        result = {
            # (URL, text): which text of a URL is version 1 depends on arrival order
            "articles": Counter(tuple(r) for r in one("SELECT url, sha256 FROM articles")),
            "claims": Counter(
                tuple(r)
                for r in one(
                    "SELECT a.url, a.sha256, c.span_start, c.span_end FROM claims c "
                    "JOIN articles a ON a.id = c.article_id"
                )
            ),
            "claimants": Counter(r[0] for r in one("SELECT name_key FROM claimants")),
            "claimant_names": Counter(r[0] for r in one("SELECT name FROM claimants")),
            "runs": Counter(r[0] for r in one("SELECT status FROM ingest_runs")),
        }
    engine.dispose()
    return result


def duplicates(counter: Counter[Any]) -> int:
    return sum(n - 1 for n in counter.values() if n > 1)


# -- inputs ------------------------------------------------------------------------------------


def items(count: int, seed: int) -> list[dict[str, Any]]:
    """``count`` news items: real ones from the shared data when present."""
    if ZEITGEIST.exists():
        found = []
        with ZEITGEIST.open(encoding="utf-8") as handle:
            for line in handle:
                found.append(json.loads(line))
                if len(found) == count:
                    break
        return found
    rng = random.Random(seed)
    names = ["Petra Vogt", "Jürgen Weiß", "Anna Schmidt", "Karl Berger", "Mia Roth", "Olaf Kern"]
    towns = ["Mittelau", "Grünstadt", "Nordhafen", "Altdorf", "Seeheim", "Talheim"]
    return [
        {
            "url": f"https://news.example/{n}",
            "source": rng.choice(["Blatt Ost", "Blatt West", "Wire"]),
            "title": f"Lage in {rng.choice(towns)}",
            "published": f"2025-03-{1 + n % 28:02d}T{n % 24:02d}:00:00Z",
            "language": "de",
            "text": f"In {rng.choice(towns)} wurden rund {rng.randint(10, 5000)} Menschen "
            f"evakuiert, sagte {rng.choice(names)}. Die Feuerwehr war mit "
            f"{rng.randint(5, 300)} Kräften im Einsatz.",
        }
        for n in range(count)
    ]


def write_jsonl(path: Path, records: list[dict[str, Any]]) -> Path:
    path.write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8"
    )
    return path


def ingest_command(url: str, *paths: Path | str) -> list[str]:
    return [TRACKER, "-d", url, "ingest", *map(str, paths), "--no-progress", "-q"]


# -- experiments ---------------------------------------------------------------------------------


def parallel(
    backends: list[str], admin: str, folder: Path, own: int, shared: int, seed: int
) -> None:
    pool = items(4 * own + shared, seed)
    common, rest = pool[:shared], pool[shared:]
    rng = random.Random(seed)
    inputs = []
    for writer in range(4):
        mine = rest[writer * own : (writer + 1) * own] + common
        rng.shuffle(mine)
        inputs.append(write_jsonl(folder / f"writer{writer}.jsonl", mine))
    print(f"\n## 4 parallel writers ({own} own + {shared} shared items each)\n")
    print(
        "Sequential: the same four inputs one after another; reverse: in the other order. "
        "A claimant's name is the first spelling that arrives (Costa, then Antonio Costa), "
        "so names can differ with the order, also between the two sequential runs.\n"
    )
    print(
        "| backend | exit codes | wall s | articles | claims | claimants "
        "| duplicate articles / claimants | articles and claims as sequential "
        "| claimant names not in sequential (reverse) |"
    )
    print("|---|---|---:|---:|---:|---:|---:|---|---:|")
    for backend in backends:
        with (
            database(backend, folder, admin, "parallel") as url,
            database(backend, folder, admin, "sequential") as reference,
            database(backend, folder, admin, "reverse") as reverse,
        ):
            started = time.perf_counter()
            processes = [
                subprocess.Popen(
                    ingest_command(url, path), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
                )
                for path in inputs
            ]
            codes = [p.wait() for p in processes]
            wall = time.perf_counter() - started
            for process in processes:
                assert process.stderr is not None
                for line in process.stderr.read().decode().splitlines()[:3]:
                    print(f"    {backend}: {line}", file=sys.stderr)
            for path in inputs:
                subprocess.run(ingest_command(reference, path), capture_output=True, check=False)
            for path in reversed(inputs):
                subprocess.run(ingest_command(reverse, path), capture_output=True, check=False)
            got, want, other = snapshot(url), snapshot(reference), snapshot(reverse)
            same = all(got[k] == want[k] for k in ("articles", "claims"))
            names = sum((got["claimants"] - want["claimants"]).values())
            names_reverse = sum((other["claimants"] - want["claimants"]).values())
            print(
                f"| {backend} | {' '.join(map(str, codes))} | {wall:.0f} "
                f"| {sum(got['articles'].values()):,} | {sum(got['claims'].values()):,} "
                f"| {sum(got['claimants'].values()):,} "
                f"| {duplicates(got['articles'])} / {duplicates(got['claimants'])} "
                f"| {'yes' if same else 'NO'} ({sum(want['articles'].values()):,} articles, "
                f"{sum(want['claims'].values()):,} claims, "
                f"{sum(want['claimants'].values()):,} claimants) "
                f"| {names} ({names_reverse}) |"
            )


def kill(backends: list[str], admin: str, folder: Path, count: int, kills: int, seed: int) -> None:
    path = write_jsonl(folder / "kill.jsonl", items(count, seed))
    print(f"\n## kill -9 during an ingest of {count:,} items ({kills} kills, seed {seed})\n")
    print(
        "| backend | kills | runs interrupted | articles (reference) | claims (reference) "
        "| lost | duplicated | articles without claims |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for backend in backends:
        rng = random.Random(seed)
        with (
            database(backend, folder, admin, "killed") as url,
            database(backend, folder, admin, "whole") as reference,
        ):
            started = time.perf_counter()
            subprocess.run(ingest_command(reference, path), capture_output=True, check=False)
            whole = time.perf_counter() - started
            done = 0
            while True:
                process = subprocess.Popen(
                    ingest_command(url, path), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
                )
                if done < kills:
                    # a random moment of the run (start-up included), soon enough that
                    # all the kills fall before the ingest is done
                    try:
                        process.wait(timeout=rng.uniform(2.0, max(4.0, whole / (kills + 1))))
                    except subprocess.TimeoutExpired:
                        os.kill(process.pid, signal.SIGKILL)
                        process.wait()
                        done += 1
                        continue
                process.wait()
                break
            got, want = snapshot(url), snapshot(reference)
            lost = sum((want["claims"] - got["claims"]).values()) + sum(
                (want["articles"] - got["articles"]).values()
            )
            doubled = duplicates(got["articles"]) + duplicates(got["claims"])
            engine = create_engine(url)
            with engine.connect() as conn:
                empty = conn.execute(
                    text(
                        "SELECT count(*) FROM articles a WHERE NOT EXISTS "
                        "(SELECT 1 FROM claims c WHERE c.article_id = a.id)"
                    )
                ).scalar()
                empty_reference = create_engine(reference)
                with empty_reference.connect() as other:
                    expected_empty = other.execute(
                        text(
                            "SELECT count(*) FROM articles a WHERE NOT EXISTS "
                            "(SELECT 1 FROM claims c WHERE c.article_id = a.id)"
                        )
                    ).scalar()
                empty_reference.dispose()
            engine.dispose()
            print(
                f"| {backend} | {done} | {got['runs']['interrupted']} "
                f"| {sum(got['articles'].values()):,} ({sum(want['articles'].values()):,}) "
                f"| {sum(got['claims'].values()):,} ({sum(want['claims'].values()):,}) "
                f"| {lost} | {doubled} | {empty} ({expected_empty}) |"
            )


def _bad_inputs(folder: Path) -> list[tuple[str, Path, list[str]]]:
    deep = folder / "deep.jsonl"
    good = json.dumps({"url": "https://ok.example/1", "text": "Rund 300 Menschen kamen."})
    deep.write_text(
        good + "\n" + '{"text": ' + "[" * 10_000 + "]" * 10_000 + "}\n", encoding="utf-8"
    )
    csv_file = folder / "quote.csv"
    csv_file.write_text(
        'id,text\n1,"Rund 300 Menschen."\n2,"Etwa 40 Schulen\n3,Mehr als 12 Brücken.\n',
        encoding="utf-8",
    )
    repeated = folder / "repeated.txt"
    repeated.write_text("Titel\n\n" + "26 Länder. " * 110_000, encoding="utf-8")
    line = folder / "one-line.jsonl"
    with line.open("w", encoding="utf-8") as out:
        out.write('{"text": "' + "Wort " * (20 * 2**20) + '"}\n' + good + "\n")
    text_100 = folder / "one-line.txt"
    with text_100.open("w", encoding="utf-8") as out:
        out.write("Wort " * (20 * 2**20))
    text_60 = folder / "sixty.txt"
    with text_60.open("w", encoding="utf-8") as out:
        for n in range(860_000):
            out.write(f"Am Montag wurden in Mittelau rund {n} Menschen evakuiert, sagte Vogt.\n")
    nul = folder / "nul.jsonl"
    nul.write_text(json.dumps({"text": "Null\u0000Byte."}) + "\n" + good + "\n", encoding="utf-8")
    long_url = folder / "url.jsonl"
    long_url.write_text(
        json.dumps({"url": "https://x.example/" + "a" * 3000, "text": "Gut."}) + "\n",
        encoding="utf-8",
    )
    surrogate = folder / "surrogate.jsonl"
    surrogate.write_text('{"text": "Halb \\ud800 Zeichen."}\n', encoding="utf-8")
    binary = folder / "scan.txt"
    binary.write_bytes(b"%PDF-1.7\n" + os.urandom(4096))
    return [
        ("JSON nested 10,000 deep (line 2 of 2)", deep, []),
        ("CSV with an unbalanced quote (3 rows)", csv_file, ["--as-claims"]),
        ("1.2 MB of '26 Länder.' repeated", repeated, []),
        ("100 MB on one JSON line (+1 good line)", line, []),
        ("100 MB text on one line", text_100, []),
        ("60 MB text file", text_60, []),
        ("NUL byte in a text (+1 good line)", nul, []),
        ("URL of 3,018 characters", long_url, []),
        ("unpaired surrogate", surrogate, []),
        ("binary file (PDF)", binary, []),
    ]


# Started by a small Python of its own, which forks and execs the command and writes
# the command's peak memory (KB, from wait4) to the file named first. Measured from this
# script directly, a child's peak would include this process's own (Linux carries the
# high-water mark of the memory a child starts with across exec, all of it after a
# vfork): the files written above took it past 200 MB.
_PEAK_LAUNCHER = """
import os, sys
pid = os.fork()
if pid == 0:
    os.execv(sys.argv[2], sys.argv[2:])
_, status, usage = os.wait4(pid, 0)
with open(sys.argv[1], "w") as peak:
    peak.write(str(usage.ru_maxrss))
sys.exit(os.waitstatus_to_exitcode(status))
"""


def _run_measured(command: list[str]) -> tuple[int, bytes, bytes, float]:
    """Run a command; exit status, output, and its own peak memory in MB."""
    with (
        tempfile.TemporaryFile() as out,
        tempfile.TemporaryFile() as err,
        tempfile.TemporaryDirectory() as scratch,
    ):
        peak = Path(scratch) / "peak"
        launcher = [sys.executable, "-c", _PEAK_LAUNCHER, str(peak)]
        code = subprocess.run([*launcher, *command], stdout=out, stderr=err).returncode
        out.seek(0)
        err.seek(0)
        return code, out.read(), err.read(), int(peak.read_text()) / 1024


def bad(backends: list[str], admin: str, folder: Path) -> None:
    cases = _bad_inputs(folder)
    print("\n## bad input, one `tracker ingest` each\n")
    print("| input | backend | exit | wall s | peak MB | stored | first message |")
    print("|---|---|---:|---:|---:|---|---|")
    for backend in backends:
        with database(backend, folder, admin, "bad") as url:
            subprocess.run([TRACKER, "-d", url, "db", "upgrade"], capture_output=True, check=True)
            for label, path, extra in cases:
                started = time.perf_counter()
                code, out, err, peak = _run_measured([*ingest_command(url, path), *extra])
                wall = time.perf_counter() - started
                lines = err.decode().strip().splitlines()
                message = next(
                    (m for m in lines if m.startswith("error:")), lines[0] if lines else ""
                )
                message = message.replace(str(folder) + "/", "")[:120]
                summary = out.decode().strip().split(": ", 1)[-1].split(" (run")[0]
                stored = ", ".join(p for p in summary.split(", ") if not p.startswith("0 "))
                print(
                    f"| {label} | {backend} | {code} | {wall:.1f} | {peak:.0f} | {stored} "
                    f"| `{message}` |"
                )


def sql(backends: list[str], admin: str, folder: Path) -> None:
    print("\n## tracker sql escapes\n")
    print("| statement | backend | exit | s | outcome | side effect |")
    print("|---|---|---:|---:|---|---|")
    proof = folder / "proof.txt"
    attached = folder / "attached.db"
    feed = write_jsonl(folder / "sql.jsonl", items(20, 3))
    for backend in backends:
        with database(backend, folder, admin, "sql") as url:
            subprocess.run(ingest_command(url, feed), capture_output=True, check=False)
            victim = create_engine(url)
            with victim.connect() as conn:
                pid = (
                    conn.exec_driver_sql("SELECT pg_backend_pid()").scalar()
                    if backend != "sqlite"
                    else 1
                )
                statements = [
                    f"COPY (SELECT 1) TO PROGRAM 'id > {proof}'",
                    "SELECT pg_read_file('/etc/passwd', 0, 200)",
                    f"SELECT pg_terminate_backend({pid})",
                    "SELECT pg_sleep(100)",
                    "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) "
                    "SELECT count(*) FROM c",
                    f"ATTACH DATABASE '{attached}' AS x",
                    f"VACUUM INTO '{attached}'",
                    "SELECT load_extension('mod_spatialite')",
                    "PRAGMA writable_schema = 1",
                    "DELETE FROM articles",
                    "UPDATE articles SET title = 'x'",
                    "DROP TABLE articles",
                    "WITH gone AS (DELETE FROM articles RETURNING id) SELECT count(*) FROM gone",
                    "SELECT set_config('role', 'postgres', false)",
                    "SELECT count(*) FROM generate_series(1, 10000000)",
                ]
                for statement in statements:
                    started = time.perf_counter()
                    result = subprocess.run(
                        [TRACKER, "-d", url, "sql", statement, "--timeout", "5", "--max-rows", "3"],
                        capture_output=True,
                        check=False,
                    )
                    wall = time.perf_counter() - started
                    outcome = (result.stderr.decode().strip().splitlines() or ["ok"])[0]
                    outcome = outcome.replace(str(folder) + "/", "")[:100]
                    effects = []
                    if proof.exists():
                        effects.append("PROGRAM RAN")
                    if attached.exists():
                        effects.append("FILE CREATED")
                    try:
                        conn.exec_driver_sql("SELECT 1")
                    except Exception:  # noqa: BLE001
                        effects.append("SESSION KILLED")
                    counts = create_engine(url)
                    with counts.connect() as check:
                        articles = check.exec_driver_sql("SELECT count(*) FROM articles").scalar()
                    counts.dispose()
                    if articles != 20:
                        effects.append(f"ARTICLES NOW {articles}")
                    short = statement.replace(str(folder) + "/", "")
                    short = short if len(short) < 60 else short[:57] + "..."
                    short = short.replace("|", "\\|")
                    print(
                        f"| `{short}` | {backend} | {result.returncode} | {wall:.1f} "
                        f"| {outcome.replace('|', '/')} | {', '.join(effects) or 'none'} |"
                    )
            victim.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "experiments", nargs="*", metavar="EXPERIMENT", help="parallel, kill, bad, sql (all)"
    )
    parser.add_argument("--own", type=int, default=500)
    parser.add_argument("--shared", type=int, default=100)
    parser.add_argument("--items", type=int, default=2_000)
    parser.add_argument("--kills", type=int, default=14)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--postgres", default=DEFAULT_PG)
    parser.add_argument("--no-postgres", action="store_true")
    args = parser.parse_args()
    chosen = args.experiments or ["parallel", "kill", "bad", "sql"]
    unknown = set(chosen) - {"parallel", "kill", "bad", "sql"}
    if unknown:
        parser.error(f"unknown experiment(s): {', '.join(sorted(unknown))}")
    backends = ["sqlite"] if args.no_postgres else ["sqlite", "postgresql"]
    if not Path(TRACKER).exists():
        sys.exit(f"no tracker command next to {sys.executable}: pip install -e . first")
    data = "news-de/zeitgeist.jsonl" if ZEITGEIST.exists() else "generated German articles"
    print(f"# reliability ({data}; backends: {', '.join(backends)})")
    folder = Path(tempfile.mkdtemp(prefix="tracker-reliability-"))
    try:
        if "parallel" in chosen:
            parallel(backends, args.postgres, folder, args.own, args.shared, args.seed)
        if "kill" in chosen:
            kill(backends, args.postgres, folder, args.items, args.kills, args.seed)
        if "bad" in chosen:
            bad(backends, args.postgres, folder)
        if "sql" in chosen:
            sql(backends, args.postgres, folder)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
