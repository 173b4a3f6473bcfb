"""Score fact tracking on the labelled real-news pairs, end to end.

Ingest the corpora with tracker, then ask of every labelled pair whether tracker put
the two figures into one fact, and how it relates them:

    tracker -d zg.db ingest ../shared/data/news-de/zeitgeist.jsonl
    tracker -d en.db ingest ../shared/data/news-en/pac-dev.jsonl
    python benchmarks/realtext/score_pairs.py --database zg.db --database en.db [--part test]

Reports, per part (fit / test / all):

* pair precision: of the labelled pairs tracker linked (one fact), the share that are
  one fact by the labels;
* recall: of the pairs labelled one fact, the share tracker linked;
* false links on negatives, and on hard negatives (another incident, another measure);
* relation-kind accuracy: of the linked true pairs, the share whose relation (repeat /
  update / contradiction) tracker got right.

A pair whose figures tracker did not extract counts as not linked.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from pairs import FigureLocator, Pair, StoredFigure, load_pairs  # noqa: E402
from sqlalchemy import Connection, text  # noqa: E402

from tracker.config import normalise_database_url  # noqa: E402
from tracker.db import open_database  # noqa: E402

HARD = ("other_incident", "other_measure")


def relation_kind(conn: Connection, a: StoredFigure, b: StoredFigure) -> str | None:
    """How tracker relates two figures of one fact: the relation between them, else the
    relation the newer one has in the fact (repeat when the values agree)."""
    rows = conn.execute(
        text(
            "SELECT kind FROM relations WHERE superseded_at IS NULL AND status IN "
            "('auto', 'confirmed') AND ((newer_figure_id = :a AND older_figure_id = :b) "
            "OR (newer_figure_id = :b AND older_figure_id = :a))"
        ),
        {"a": a.figure_id, "b": b.figure_id},
    ).all()
    if rows:
        return str(rows[0][0])
    if abs(a.value - b.value) <= 1e-9 * max(1.0, abs(a.value)):
        return "repeat"
    rows = conn.execute(
        text(
            "SELECT kind FROM relations WHERE superseded_at IS NULL AND status IN "
            "('auto', 'confirmed') AND newer_figure_id = :b"
        ),
        {"b": b.figure_id},
    ).all()
    return str(rows[0][0]) if rows else None


def score(urls: list[str], verbose: str | None) -> None:
    pairs = load_pairs()
    outcome: dict[str, tuple[bool, str | None, Pair]] = {}
    for url in urls:
        db = open_database(normalise_database_url(url), create=False)
        with db.reader() as session:
            conn = session.connection()
            locator = FigureLocator(conn)
            for pair in pairs:
                if pair.id in outcome:
                    continue
                a, b = locator.find(pair.a), locator.find(pair.b)
                if a is None or b is None:
                    continue
                linked = a.fact_id is not None and a.fact_id == b.fact_id
                kind = relation_kind(conn, a, b) if linked else None
                outcome[pair.id] = (linked, kind, pair)
        db.dispose()
    for pair in pairs:
        outcome.setdefault(pair.id, (False, None, pair))
    for part in ("fit", "test", "all"):
        chosen = [v for v in outcome.values() if part == "all" or v[2].part == part]
        tp = sum(1 for linked, _, p in chosen if linked and p.positive)
        fp = sum(1 for linked, _, p in chosen if linked and not p.positive)
        positives = sum(1 for _, _, p in chosen if p.positive)
        negatives = [(linked, p) for linked, _, p in chosen if not p.positive]
        hard = [(linked, p) for linked, p in negatives if p.negative in HARD]
        kinds = [(kind, p.relation) for linked, kind, p in chosen if linked and p.positive]
        right = sum(1 for kind, label in kinds if kind == label)
        precision = tp / (tp + fp) if tp + fp else float("nan")
        print(
            f"{part:4}  pairs {len(chosen):3}  precision {precision:.3f} ({tp}/{tp + fp})  "
            f"recall {tp / max(1, positives):.3f} ({tp}/{positives})  "
            f"false links: negatives {sum(x for x, _ in negatives) / max(1, len(negatives)):.3f} "
            f"hard {sum(x for x, _ in hard) / max(1, len(hard)):.3f} "
            f"({sum(x for x, _ in hard)}/{len(hard)})  "
            f"relation kind {right / max(1, len(kinds)):.3f} ({right}/{len(kinds)})"
        )
    by_stratum: Counter[tuple[str, str]] = Counter()
    for linked, _, p in outcome.values():
        by_stratum[(p.stratum, ("linked " if linked else "apart ") + p.same_fact)] += 1
    print("by stratum: " + ", ".join(f"{s}/{k}: {n}" for (s, k), n in sorted(by_stratum.items())))
    if verbose:
        for linked, kind, p in sorted(outcome.values(), key=lambda v: v[2].id):
            wrong = linked != p.positive or (linked and p.positive and kind != p.relation)
            if wrong and verbose in ("all", p.part):
                print(
                    f"  {p.id} {p.part} label={p.same_fact}/{p.relation or p.negative} "
                    f"tracker={'linked/' + str(kind) if linked else 'apart'}: {p.why}"
                )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--database", action="append", required=True)
    parser.add_argument(
        "--verbose",
        nargs="?",
        const="fit",
        choices=("fit", "test", "all"),
        help="list the pairs tracker got wrong, of the fit part unless another part is named "
        "(look at the fit part only while changing the matcher: the test part is the measure)",
    )
    args = parser.parse_args()
    score(args.database, args.verbose)


if __name__ == "__main__":
    main()
