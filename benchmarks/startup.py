"""Start-up cost: `tracker --help`, the lemma dictionary, `tracker ingest` of one short article.

Measures this checkout and a baseline in one run, each in fresh processes, interleaved,
and prints medians with the ratio baseline / current:

  help        `tracker --help`
  dictionary  the first German and the first English lemma answered in a fresh process
              (importing the lemmatiser included, the interpreter's own start not):
              tracker.lemmas now, simplemma's own dictionary for the baseline
  ingest      `tracker ingest -` of one short article (a new one every time, from stdin)
              into an existing SQLite database that already holds the examples/ articles

The baseline is the landed code before the start-up work (BASELINE_REF), taken from
git into a temporary folder and run with the same interpreter and packages. Wall times
on a shared machine are noisy: the CPU times (user + system of the child process) and
the ratios are steadier. Bytecode is cached as after ``pip install`` (the warm-up run
writes it). ``--breakdown`` also prints where one ingest of the current code spends
its time.

Usage:  python benchmarks/startup.py [--repeat 7] [--baseline-ref REF | --no-baseline]
                                     [--breakdown]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
import tomllib
from dataclasses import dataclass, field
from io import BytesIO
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
# The landed code the start-up work started from (main before it was merged).
BASELINE_REF = "9629dc8"
TARGET_MS = {"dictionary": 100.0, "ingest": 500.0}

# A short article written for this benchmark; {n} and {m} make every run a new article.
ARTICLE = """Lindenau beschließt Haushalt für {m} Millionen Euro

Der Stadtrat von Lindenau hat am Montag einen Haushalt von {m} Millionen Euro beschlossen, \
teilte Bürgermeisterin Karin Adler mit. Rund {n} Lehrerinnen und Lehrer sollen neu eingestellt \
werden. „Wir investieren in die Schulen“, sagte Adler. Die Opposition nannte die Pläne zu teuer.
"""


DICTIONARY_CURRENT = """
import time
started = time.perf_counter()
from tracker import lemmas
lemmas.lemmatize("Lehrerinnen", "de")
lemmas.lemmatize("teachers", "en")
elapsed = time.perf_counter() - started
assert lemmas.backend("de") == lemmas.backend("en") == "packed", "stale tracker/lemmas files"
print(elapsed)
"""

DICTIONARY_BASELINE = """
import time
started = time.perf_counter()
import simplemma
simplemma.lemmatize("Lehrerinnen", lang="de")
simplemma.lemmatize("teachers", lang="en")
print(time.perf_counter() - started)
"""

BREAKDOWN = """
import gc, json, sys, time
gc.disable()  # as the console script does (tracker/__main__.py)
marks = {}
last = (time.perf_counter(), time.process_time())
def mark(name):
    global last
    now = (time.perf_counter(), time.process_time())
    marks[name] = ((now[0] - last[0]) * 1000, (now[1] - last[1]) * 1000)
    last = now
import click
from tracker.cli import main
mark("import the CLI (click, settings, command modules)")
from tracker.db import open_database
mark("import the database layer (SQLAlchemy core and ORM, engine)")
from tracker.store.ingest import Ingestor, standard_hooks
from tracker.readers import read_inputs
mark("import ingest, ORM models, readers")
hooks = standard_hooks()
mark("import extraction and matching")
db = open_database(sys.argv[1])
from tracker.cli.app import end_of_startup
end_of_startup()
mark("open the database, check its schema revision")
items = list(read_inputs([sys.argv[2]]))
mark("read the article")
from tracker.lemmas import lemmatize
lemmatize("Haus", "de")
mark("open the lemma dictionary")
spent = {}
def timed_call(function, name):
    def run(*args):
        started = (time.perf_counter(), time.process_time())
        try:
            return function(*args)
        finally:
            wall, cpu = spent.get(name, (0.0, 0.0))
            spent[name] = (
                wall + (time.perf_counter() - started[0]) * 1000,
                cpu + (time.process_time() - started[1]) * 1000,
            )
    return run
class Prepared:
    # a two-step hook (prepare outside the write transaction, then store) timed apart
    def __init__(self, hook, name):
        self.prepare = timed_call(hook.prepare, name + ": prepare (before the write)")
        self.store = timed_call(hook.store, name + ": store")
NAMES = {
    "ClaimExtraction": "extract claims (sentences, figures, attribution) and store them",
    "store_record_verdicts": "verdicts of a fact-check record",
    "match_claims": "match: key texts, candidates from the index, scores, relations, facts",
    "index_article_words": "the claims' words into the raw-word index",
}
wrapped = []
for hook in hooks:
    kind = getattr(hook, "__name__", type(hook).__name__)
    name = NAMES.get(kind, kind)
    wrapped.append(Prepared(hook, name) if hasattr(hook, "prepare") else timed_call(hook, name))
hooks = wrapped
summary = Ingestor(db, hooks=hooks).ingest(items)
mark("ingest")
total = marks.pop("ingest")
marks.update(spent)
marks["store the article and the run, commits"] = tuple(
    total[i] - sum(value[i] for value in spent.values()) for i in (0, 1)
)
db.dispose()
print(json.dumps(marks))
"""


@dataclass
class Runs:
    wall: list[float] = field(default_factory=list)
    cpu: list[float] = field(default_factory=list)
    inner: list[float] = field(default_factory=list)

    def median(self, which: str) -> float:
        values = getattr(self, which)
        return statistics.median(values) * 1000 if values else float("nan")


def timed(
    argv: list[str], *, env: dict[str, str], cwd: Path, stdin: str | None = None
) -> tuple[float, float, str]:
    """Wall seconds, CPU seconds (user + system of the child) and stdout of one run."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    result = subprocess.run(
        argv, input=stdin, capture_output=True, text=True, env=env, cwd=cwd, check=False
    )
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if result.returncode != 0:
        raise SystemExit(f"{' '.join(argv[:3])} failed:\n{result.stdout}{result.stderr}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, result.stdout


def baseline_tree(ref: str, into: Path) -> Path:
    """The baseline's tracker/ and migrations/ from git, unpacked into ``into``."""
    archive = subprocess.run(
        ["git", "-C", str(REPO), "archive", "--format=tar", ref]
        + ["tracker", "migrations", "pyproject.toml"],
        capture_output=True,
        check=False,
    )
    if archive.returncode != 0:
        raise SystemExit(f"cannot read {ref} from git: {archive.stderr.decode().strip()}")
    with tarfile.open(fileobj=BytesIO(archive.stdout)) as tar:
        tar.extractall(into, filter="data")
    return into


@dataclass
class Variant:
    name: str
    code: Path
    workdir: Path
    dictionary_script: str
    runs: dict[str, Runs] = field(default_factory=dict)

    @property
    def env(self) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith("TRACKER_")}
        env["PYTHONPATH"] = str(self.code)
        # As installed: pip compiles the package's bytecode, so no run compiles source.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        return env

    @property
    def database(self) -> str:
        return f"sqlite:///{self.workdir / 'tracker.db'}"

    def tracker(self, *args: str) -> list[str]:
        """The ``tracker`` console script as this variant's pyproject.toml declares it."""
        project = tomllib.loads((self.code / "pyproject.toml").read_text(encoding="utf-8"))
        module, _, function = project["project"]["scripts"]["tracker"].partition(":")
        script = f"import sys; sys.argv[0] = 'tracker'; from {module} import {function}; "
        script += f"sys.exit({function}())"
        return [sys.executable, "-c", script, "--database", self.database, *args]

    def prepare(self) -> None:
        self.workdir.mkdir(parents=True, exist_ok=True)
        # An existing database, made (and migrated) by this variant's own code.
        timed(self.tracker("ingest", str(REPO / "examples")), env=self.env, cwd=self.workdir)

    def measure(self, index: int, *, record: bool = True) -> None:
        article = ARTICLE.format(n=100 + index, m=40 + index)
        url = f"https://lindenau.example/haushalt-{self.name}-{index}"
        steps = {
            "help": (self.tracker("--help"), None),
            "dictionary": ([sys.executable, "-c", self.dictionary_script], None),
            "ingest": (
                self.tracker(
                    "ingest", "-", "--source", "Lindenauer Bote", "--url", url,
                    "--published", "2025-03-10T08:00:00+01:00",
                ),
                article,
            ),
        }  # fmt: skip
        for what, (argv, stdin) in steps.items():
            wall, cpu, out = timed(argv, env=self.env, cwd=self.workdir, stdin=stdin)
            if what == "ingest" and "1 new" not in out:
                raise SystemExit(f"{self.name}: the article was not stored as new: {out}")
            if record:
                runs = self.runs.setdefault(what, Runs())
                runs.wall.append(wall)
                runs.cpu.append(cpu)
                if what == "dictionary":
                    runs.inner.append(float(out.strip().splitlines()[-1]))


def breakdown(current: Variant) -> dict[str, tuple[float, float]]:
    marks: dict[str, tuple[float, float]] = {}
    for index in range(5):
        article = current.workdir / f"breakdown-{index}.txt"
        article.write_text(ARTICLE.format(n=900 + index, m=90 + index), encoding="utf-8")
        _, _, out = timed(
            [sys.executable, "-c", BREAKDOWN, current.database, str(article)],
            env=current.env,
            cwd=current.workdir,
        )
        for name, (wall, cpu) in json.loads(out).items():
            best = marks.get(name, (float("inf"), float("inf")))
            marks[name] = (min(best[0], wall), min(best[1], cpu))
    return marks


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--baseline-ref", default=BASELINE_REF)
    parser.add_argument("--no-baseline", action="store_true")
    parser.add_argument("--breakdown", action="store_true", help="time the stages of one ingest")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="tracker-startup-") as tmp:
        root = Path(tmp)
        variants = [Variant("current", REPO, root / "current", DICTIONARY_CURRENT)]
        if not args.no_baseline:
            code = baseline_tree(args.baseline_ref, root / "baseline-code")
            variants.insert(0, Variant("baseline", code, root / "baseline", DICTIONARY_BASELINE))
        for variant in variants:
            variant.prepare()
            variant.measure(-1, record=False)  # warm-up: bytecode caches, OS file cache
        for index in range(args.repeat):
            for variant in variants:
                variant.measure(index)
        marks = breakdown(variants[-1]) if args.breakdown else {}

    load = os.getloadavg()[0]
    print(
        f"start-up, {args.repeat} runs each, medians; machine load {load:.1f} "
        f"on {os.cpu_count()} cores"
    )
    labels = {
        "help": "tracker --help",
        "dictionary": "dictionary: first de + en lemma",
        "ingest": "tracker ingest of one short article",
    }
    current = variants[-1]
    baseline = variants[0] if len(variants) == 2 else None
    header = f"{'what':<38} {'current ms':>11} {'CPU ms':>8}"
    if baseline:
        header += f" {'baseline ms':>12} {'CPU ms':>8} {'ratio':>7}"
    print(header + f" {'target':>8}")
    for what, label in labels.items():
        which = "inner" if what == "dictionary" else "wall"
        now = current.runs[what].median(which)
        line = f"{label:<38} {now:>11.0f} {current.runs[what].median('cpu'):>8.0f}"
        if baseline:
            before = baseline.runs[what].median(which)
            line += f" {before:>12.0f} {baseline.runs[what].median('cpu'):>8.0f}"
            line += f" {before / now:>6.1f}x"
        target = TARGET_MS.get(what)
        verdict = "" if target is None else ("met" if now <= target else "NOT met")
        line += f" {(f'<= {target:.0f}' if target else ''):>8} {verdict}"
        print(line)
    print(
        "dictionary: time inside the process (the interpreter's start is not counted); "
        "CPU ms is the whole child process"
    )
    if marks:
        print("\nwhere one ingest of the current code spends its time (best of 5 runs):")
        print(f"  {'wall ms':>7}  {'CPU ms':>7}")
        for name, (wall, cpu) in marks.items():
            print(f"  {wall:7.1f}  {cpu:7.1f}  {name}")
        total_wall = sum(wall for wall, _ in marks.values())
        total_cpu = sum(cpu for _, cpu in marks.values())
        print(f"  {total_wall:7.1f}  {total_cpu:7.1f}  total after the interpreter's start")


if __name__ == "__main__":
    main()
