"""Score tracker against the hand-made story set (../shared/data/stories).

Ingests ``dev.jsonl`` in time order into a fresh SQLite database (or --database),
then compares what tracker stored with ``dev.gold.json``:

extraction   figure recall and precision (article, value and unit must agree),
             approximation accuracy, claimant accuracy (fuzzy name match). The expected
             answers cover the article texts: claims read from headlines (sentence index -1)
             are left out here (benchmarks/realtext/score_extraction.py scores headlines);
             in relations a headline figure stands for its article's figure of the same
             value
facts        share of gold relations found with the right kind (a repeat found
             transitively through the same fact counts), must-not-link violations,
             fact purity and completeness, syndicated copy recognised

Usage:  python benchmarks/dev_scorer.py [--data DIR] [--set NAME] [--database URL] [--verbose]

``--data benchmarks/stories --set own`` scores the story set written for this
project (benchmarks/stories/README.md).
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import tempfile
import time
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz
from sqlalchemy import text

from tracker.db import open_database
from tracker.normalise import fold
from tracker.readers import read_inputs
from tracker.store.ingest import Ingestor, standard_hooks

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "stories"


@dataclass
class Stored:
    figure_id: int
    claim_id: int
    article: str
    value: float
    unit: str | None
    approx: str | None
    claimant: str | None
    negated: bool
    fact_id: int | None
    headline: bool = False


def load_sorted(path: Path, order: str = "time") -> list[Any]:
    """The records in time order (as the issue asks), or reversed / as in the file,
    to check that matching does not depend on the order articles arrive in."""
    records = [r for r in read_inputs([str(path)])]
    if order == "file":
        return records
    ordered = sorted(records, key=lambda r: (r.published_at is None, r.published_at))
    return ordered[::-1] if order == "reverse" else ordered


def stored_figures(conn: Any) -> list[Stored]:
    rows = conn.execute(
        text(
            """
            SELECT f.id, f.claim_id, a.external_id, f.value, f.unit, f.approx,
                   cl.name, f.negated, f.fact_id, c.sentence_index
            FROM figures f JOIN claims c ON c.id = f.claim_id
            JOIN articles a ON a.id = c.article_id
            LEFT JOIN claimants cl ON cl.id = c.claimant_id
            """
        )
    ).all()
    return [
        Stored(r[0], r[1], r[2], r[3], r[4], r[5], r[6], bool(r[7]), r[8], r[9] < 0) for r in rows
    ]


def same_name(gold: str | None, predicted: str | None) -> bool:
    if gold is None or predicted is None:
        return gold is None and predicted is None
    a, b = fold(gold), fold(predicted)
    return a in b or b in a or fuzz.token_set_ratio(a, b) >= 80


def find(
    figures: list[Stored], article: str, value: float, unit: str | None = None
) -> list[Stored]:
    return [
        f
        for f in figures
        if f.article == article
        and math.isclose(f.value, value)
        and (unit is None or f.unit == unit)
    ]


def score(
    data: Path, database: str | None, verbose: bool, name: str = "dev", order: str = "time"
) -> dict[str, float]:
    gold = json.loads((data / f"{name}.gold.json").read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as tmp:
        url = database or f"sqlite:///{Path(tmp) / 'dev.db'}"
        db = open_database(url)
        started = time.perf_counter()
        records = load_sorted(data / f"{name}.jsonl", order)
        summary = Ingestor(db, hooks=standard_hooks()).ingest(records)
        elapsed = time.perf_counter() - started
        if summary.failures:
            for failure in summary.failures:
                print(f"ingest failure: {failure}", file=sys.stderr)
        with db.engine.connect() as conn:
            all_figures = stored_figures(conn)
            # the expected answers cover the article texts; a headline claim stands for the
            # text's claim of the same value in relations (see the module doc)
            figures = [f for f in all_figures if not f.headline]
            relations = conn.execute(
                text("SELECT kind, newer_figure_id, older_figure_id, status FROM relations")
            ).all()
            articles = dict(conn.execute(text("SELECT external_id, id FROM articles")).all())
            syndicated = dict(
                conn.execute(text("SELECT id, syndicated_from_id FROM articles")).all()
            )
        db.dispose()

    results: dict[str, float] = {}
    # -- extraction -----------------------------------------------------------
    matched: dict[int, int] = {}  # gold index -> stored figure id
    used: set[int] = set()
    for i, g in enumerate(gold["figures"]):
        options = [
            f for f in find(figures, g["article"], g["value"], g["unit"]) if f.figure_id not in used
        ]
        if options:
            matched[i] = options[0].figure_id
            used.add(options[0].figure_id)
    required = [i for i, g in enumerate(gold["figures"]) if not g.get("optional")]
    found_required = [i for i in required if i in matched]
    results["figure_recall"] = len(found_required) / len(required)
    results["figure_precision"] = len(used) / len(figures) if figures else 0.0
    by_id = {f.figure_id: f for f in figures}
    approx_ok = [i for i in matched if by_id[matched[i]].approx == gold["figures"][i]["approx"]]
    results["approx_accuracy"] = len(approx_ok) / len(matched) if matched else 0.0
    claimant_ok = [
        i for i in matched if same_name(gold["figures"][i]["claimant"], by_id[matched[i]].claimant)
    ]
    results["claimant_accuracy"] = len(claimant_ok) / len(matched) if matched else 0.0
    if verbose:
        for i, g in enumerate(gold["figures"]):
            if i not in matched and not g.get("optional"):
                print(f"  missed figure: {g}")
        for f in figures:
            if f.figure_id not in used:
                print(f"  extra figure: {f}")
        for i in matched:
            g, f = gold["figures"][i], by_id[matched[i]]
            if f.approx != g["approx"]:
                print(f"  approx {f.approx!r} for {g}")
            if not same_name(g["claimant"], f.claimant):
                print(f"  claimant {f.claimant!r} for {g}")

    # -- facts and relations ----------------------------------------------------
    kinds = defaultdict(set)
    for kind, newer, older, status in relations:
        if status != "rejected":
            kinds[(newer, older)].add(kind)

    def figure_of(ref: list[Any]) -> Stored | None:
        options = find(figures, ref[0], ref[1])
        options.sort(key=lambda f: f.negated)
        return options[0] if options else None

    def with_headlines(figure: Stored) -> list[Stored]:
        """The figure and the headline figures of its article with the same value."""
        return [figure] + [
            f
            for f in all_figures
            if f.headline
            and f.article == figure.article
            and math.isclose(f.value, figure.value)
            and not f.negated
        ]

    right = 0
    for rel in gold["relations"]:
        newer, older = figure_of(rel["newer"]), figure_of(rel["older"])
        accepted = {rel["kind"], *rel.get("also", [])}
        ok = False
        if newer and older:
            ok = any(
                kinds.get((n.figure_id, o.figure_id), set()) & accepted
                for n in with_headlines(newer)
                for o in with_headlines(older)
            )
            if not ok and rel["kind"] == "repeat":
                ok = newer.fact_id is not None and newer.fact_id == older.fact_id
        right += ok
        if verbose and not ok:
            got = kinds.get((newer.figure_id, older.figure_id)) if newer and older else None
            print(
                f"  relation missed: {rel} (found {got}, facts "
                f"{newer.fact_id if newer else None}/{older.fact_id if older else None})"
            )
    results["relations_right_kind"] = right / len(gold["relations"])

    violations = 0
    for a_ref, b_ref in gold["must_not_link"]:
        a, b = figure_of(a_ref), figure_of(b_ref)
        if a is None or b is None:
            continue
        linked = (a.fact_id is not None and a.fact_id == b.fact_id) or any(
            (x.figure_id, y.figure_id) in kinds
            for p, q in ((a, b), (b, a))
            for x in with_headlines(p)
            for y in with_headlines(q)
        )
        if linked:
            violations += 1
            if verbose:
                print(f"  must-not-link violated: {a_ref} ~ {b_ref}")
    results["must_not_link_violations"] = violations

    members: dict[str, list[int | None]] = defaultdict(list)
    for i, g in enumerate(gold["figures"]):
        if g["fact"] and i in matched:
            members[g["fact"]].append(by_id[matched[i]].fact_id)
    completeness = [
        Counter(f for f in ids if f is not None).most_common(1)[0][1] / len(ids)
        if any(f is not None for f in ids)
        else 0.0
        for ids in members.values()
    ]
    results["fact_completeness"] = sum(completeness) / len(completeness) if completeness else 0.0
    predicted: dict[int, list[str | None]] = defaultdict(list)
    for i, g in enumerate(gold["figures"]):
        if i in matched and by_id[matched[i]].fact_id is not None:
            predicted[by_id[matched[i]].fact_id].append(g["fact"])
    purity = [Counter(v).most_common(1)[0][1] / len(v) for v in predicted.values() if len(v) > 1]
    results["fact_purity"] = sum(purity) / len(purity) if purity else 1.0
    copies = [
        syndicated.get(articles.get(copy)) == articles.get(original)
        for copy, original in gold["syndicated"]
    ]
    results["syndication_recognised"] = sum(copies) / len(copies) if copies else 1.0
    results["ingest_seconds"] = round(elapsed, 2)
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument(
        "--set", default="dev", help="story set name: NAME.jsonl and NAME.gold.json in --data"
    )
    parser.add_argument("--database", help="database URL (default: a temporary SQLite file)")
    parser.add_argument(
        "--order",
        choices=("time", "reverse", "file"),
        default="time",
        help="ingest order (default: by published time)",
    )
    parser.add_argument("--verbose", "-v", action="store_true", help="list every miss")
    args = parser.parse_args()
    if not (args.data / f"{args.set}.jsonl").exists():
        sys.exit(f"no story set {args.set} at {args.data}: pass --data and --set")
    results = score(args.data, args.database, args.verbose, args.set, args.order)
    for name, value in results.items():
        print(f"{name:26} {value:.3f}" if isinstance(value, float) else f"{name:26} {value}")


if __name__ == "__main__":
    main()
