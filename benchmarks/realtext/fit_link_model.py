"""Fit the link model on the labelled real-news pairs (fit part), check it on the test part.

Needs a database that holds the labelled corpora, ingested by tracker (the pairs'
figures are found in it; their claims give the comparison levels):

    tracker -d zg.db ingest ../shared/data/news-de/zeitgeist.jsonl
    tracker -d en.db ingest ../shared/data/news-en/pac-dev.jsonl
    python benchmarks/realtext/fit_link_model.py --database zg.db --database en.db \
        [--write]        # writes tracker/match/link_model.json

A logistic model over one-hot comparison levels (the reference level of each
comparison weighs 0), L2-regularised; the penalty is chosen by 5-fold
cross-validation on the fit part. Prints the weights and, on the test part, precision
and recall of "same fact" at the auto and suggest probabilities.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from pairs import Pair, load_pairs, located  # noqa: E402

from tracker.config import normalise_database_url  # noqa: E402
from tracker.db import open_database  # noqa: E402
from tracker.match.compare import COMPARISONS, blocked, compare  # noqa: E402
from tracker.match.model import LinkModel, logistic  # noqa: E402
from tracker.match.settings import MatchSettings  # noqa: E402
from tracker.store.linking import Linker  # noqa: E402

MODEL_FILE = Path(__file__).resolve().parents[2] / "tracker" / "match" / "link_model.json"
REFERENCE = {
    "measure": "none",
    "subject": "none",
    "story": "none",
    "event": "none",
    "time": "unknown",
    "value": "different",
    "lexical": "low",
    "change": "none",
}
# Thresholds: the lowest probability at which links on the fit part are this precise.
AUTO_PRECISION = 0.95
SUGGEST_PRECISION = 0.5
FEATURES = [
    (name, level)
    for name, levels in COMPARISONS.items()
    for level in levels
    if level != REFERENCE[name]
]


def pair_levels(urls: list[str]) -> list[tuple[Pair, dict[str, str] | None]]:
    """Comparison levels of every labelled pair found in the databases (None: blocked)."""
    out = []
    pairs = load_pairs()
    for url in urls:
        db = open_database(normalise_database_url(url), create=False)
        with db.reader() as session:
            linker = Linker(session, MatchSettings())
            for pair, a, b in located(session.connection(), pairs):
                views = {v.id: v for v in linker.load_views([a.claim_id, b.claim_id])}
                old, new = views[a.claim_id], views[b.claim_id]
                old_figure = next(f for f in old.figures if f.id == a.figure_id)
                new_figure = next(f for f in new.figures if f.id == b.figure_id)
                if blocked(new, new_figure, old, old_figure):
                    out.append((pair, None))
                else:
                    out.append((pair, compare(new, new_figure, old, old_figure, linker.idf)))
        db.dispose()
    return out


def story_levels(data: Path, gold_path: Path) -> list[tuple[Pair, dict[str, str] | None]]:
    """Every pair of figures of one unit in a story set, labelled by its gold facts:
    one fact (same gold fact) or not (another gold fact, or none)."""
    import tempfile

    from sqlalchemy import text

    from tracker.readers import read_inputs
    from tracker.store.ingest import Ingestor, standard_hooks

    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    facts = {(f["article"], float(f["value"])): f["fact"] for f in gold["figures"]}
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(f"sqlite:///{folder}/stories.db")
        records = sorted(
            read_inputs([str(data)]), key=lambda r: (r.published_at is None, r.published_at)
        )
        Ingestor(db, standard_hooks()).ingest(records)
        out = []
        with db.reader() as session:
            linker = Linker(session, MatchSettings())
            rows = session.execute(
                text(
                    "SELECT f.id, f.claim_id, a.external_id, f.value, f.unit FROM figures f "
                    "JOIN claims c ON c.id = f.claim_id JOIN articles a ON a.id = c.article_id "
                    "WHERE NOT f.negated AND NOT f.previous AND f.unit IS NOT NULL"
                )
            ).all()
            views = {v.id: v for v in linker.load_views(sorted({r[1] for r in rows}))}
            for i, a in enumerate(rows):
                for b in rows[i + 1 :]:
                    if a[4] != b[4] or a[1] == b[1]:
                        continue
                    fact_a, fact_b = facts.get((a[2], a[3])), facts.get((b[2], b[3]))
                    if (a[2], a[3]) not in facts or (b[2], b[3]) not in facts:
                        continue
                    va, vb = views[a[1]], views[b[1]]
                    if vb.order < va.order:
                        (a, va), (b, vb) = (b, vb), (a, va)
                    fa = next(f for f in va.figures if f.id == a[0])
                    fb = next(f for f in vb.figures if f.id == b[0])
                    same = fact_a is not None and fact_a == fact_b
                    pair = Pair(
                        f"story-{a[0]}-{b[0]}",
                        "fit",
                        "story-set",
                        "yes" if same else "no",
                        None,
                        None,
                        "",
                        {},
                        {},
                    )
                    levels = (
                        None if blocked(vb, fb, va, fa) else compare(vb, fb, va, fa, linker.idf)
                    )
                    out.append((pair, levels))
        db.dispose()
    return out


def matrix(rows: list[dict[str, str]]) -> np.ndarray:
    x = np.zeros((len(rows), len(FEATURES)))
    index = {f: i for i, f in enumerate(FEATURES)}
    for r, levels in enumerate(rows):
        for name, level in levels.items():
            i = index.get((name, level))
            if i is not None:
                x[r, i] = 1.0
    return x


def fit(
    x: np.ndarray, y: np.ndarray, penalty: float, weight: np.ndarray | None = None
) -> tuple[float, np.ndarray]:
    """L2-regularised logistic regression by Newton's method (the intercept is free);
    ``weight``: how much each pair counts (1 for a labelled real-news pair)."""
    n, k = x.shape
    sw = np.ones(n) if weight is None else weight
    xb = np.hstack([np.ones((n, 1)), x])
    w = np.zeros(k + 1)
    reg = np.eye(k + 1) * penalty
    reg[0, 0] = 0.0
    for _ in range(100):
        p = 1 / (1 + np.exp(-xb @ w))
        gradient = xb.T @ (sw * (p - y)) + reg @ w
        hessian = xb.T @ (xb * (sw * p * (1 - p))[:, None]) + reg + np.eye(k + 1) * 1e-9
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return float(w[0]), w[1:]


def log_loss(x: np.ndarray, y: np.ndarray, intercept: float, w: np.ndarray) -> float:
    p = np.clip(1 / (1 + np.exp(-(intercept + x @ w))), 1e-9, 1 - 1e-9)
    return float(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)))


def choose_penalty(x: np.ndarray, y: np.ndarray, weight: np.ndarray, seed: int = 7) -> float:
    order = list(range(len(y)))
    random.Random(seed).shuffle(order)
    folds = [order[i::5] for i in range(5)]
    best = (float("inf"), 1.0)
    for penalty in (0.3, 1.0, 2.0, 4.0, 8.0, 16.0):
        losses = []
        for fold in folds:
            held = np.zeros(len(y), dtype=bool)
            held[fold] = True
            b, w = fit(x[~held], y[~held], penalty, weight[~held])
            losses.append(log_loss(x[held], y[held], b, w))
        loss = float(np.mean(losses))
        if loss < best[0]:
            best = (loss, penalty)
    print(f"cross-validated log loss on the fit part: {best[0]:.4f} (penalty {best[1]})")
    return best[1]


def choose_threshold(
    rows: list[tuple[Pair, dict[str, str] | None]], model: LinkModel, precision: float
) -> float:
    """The lowest probability at which links on the fit part are this precise."""
    for step in range(20, 100):
        threshold = step / 100
        linked = [p for p, lv in rows if lv is not None and model.probability(lv) >= threshold]
        if linked and sum(p.positive for p in linked) / len(linked) >= precision:
            return threshold
    return 0.99


def choose_suggest_threshold(
    rows: list[tuple[Pair, dict[str, str] | None]], model: LinkModel, auto: float, precision: float
) -> float:
    """The lowest probability from which the suggestions alone (the band below the auto
    threshold) are this precise on the fit part: a person's review queue where at least
    every other item is a real link."""
    for step in range(5, 100):
        threshold = step / 100
        if threshold >= auto:
            break
        band = [p for p, lv in rows if lv is not None and threshold <= model.probability(lv) < auto]
        if band and sum(p.positive for p in band) / len(band) >= precision:
            return threshold
    return auto


def report(name: str, rows: list[tuple[Pair, dict[str, str] | None]], model: LinkModel) -> None:
    settings = MatchSettings(model=model)
    for threshold_name, threshold in (
        ("auto", settings.auto_probability),
        ("suggest", settings.suggest_probability),
    ):
        tp = fp = fn = tn = 0
        for pair, levels in rows:
            linked = levels is not None and model.probability(levels) >= threshold
            if linked and pair.positive:
                tp += 1
            elif linked:
                fp += 1
            elif pair.positive:
                fn += 1
            else:
                tn += 1
        precision = tp / (tp + fp) if tp + fp else float("nan")
        recall = tp / (tp + fn) if tp + fn else float("nan")
        print(
            f"{name:5} P >= {threshold:.2f} ({threshold_name:7}): precision {precision:.3f} "
            f"recall {recall:.3f} false links on negatives {fp / max(1, fp + tn):.3f} "
            f"(tp {tp} fp {fp} fn {fn} tn {tn})"
        )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--database", action="append", required=True)
    parser.add_argument("--write", action="store_true", help="write tracker/match/link_model.json")
    parser.add_argument("--version", default=f"real-{dt.date.today():%Y%m%d}")
    parser.add_argument(
        "--stories",
        nargs=2,
        metavar=("JSONL", "GOLD"),
        help="a story set with gold facts whose figure pairs join the fit part",
    )
    parser.add_argument(
        "--story-weight", type=float, default=0.5, help="how much a story-set pair counts"
    )
    parser.add_argument(
        "--min-suggest",
        type=float,
        default=0.35,
        help="the lowest suggest probability (judged relations of a fresh ingest: "
        "suggestions below 0.35 were 3 of 26 right, from 0.35 15 of 43)",
    )
    parser.add_argument(
        "--max-auto",
        type=float,
        default=0.66,
        help="the highest auto probability: the pairwise choice (fit pairs as precise as "
        "0.95) ignores what a fact adds (corroboration, vetoes); end to end on the fit part, "
        "auto 0.74 -> 0.66 linked 15 more pairs, 12 of them right, and of the relations "
        "judged between 0.66 and 0.74, 5 of 6 updates were right",
    )
    args = parser.parse_args()
    rows = pair_levels(args.database)
    if args.stories:
        story_rows = story_levels(Path(args.stories[0]), Path(args.stories[1]))
        print(
            f"story set: {len(story_rows)} pairs "
            f"({sum(p.positive for p, _ in story_rows)} one fact) join the fit part"
        )
        rows += story_rows
    fit_rows = [(p, lv) for p, lv in rows if p.part == "fit"]
    test_rows = [(p, lv) for p, lv in rows if p.part == "test"]
    trainable = [(p, lv) for p, lv in fit_rows if lv is not None]
    x = matrix([lv for _, lv in trainable])
    y = np.array([1.0 if p.positive else 0.0 for p, _ in trainable])
    weight = np.array(
        [args.story_weight if p.stratum == "story-set" else 1.0 for p, _ in trainable]
    )
    penalty = choose_penalty(x, y, weight)
    intercept, w = fit(x, y, penalty, weight)
    weights: dict[str, dict[str, float]] = {}
    for (name, level), value in zip(FEATURES, w, strict=True):
        weights.setdefault(name, {})[level] = round(float(value), 4)
    model = LinkModel(
        version=args.version,
        intercept=round(intercept, 4),
        weights=weights,
    )
    real_fit = [r for r in fit_rows if r[0].stratum != "story-set"]
    auto = min(choose_threshold(real_fit, model, AUTO_PRECISION), args.max_auto)
    suggest = max(
        choose_suggest_threshold(real_fit, model, auto, SUGGEST_PRECISION), args.min_suggest
    )
    model = LinkModel(
        version=args.version,
        intercept=round(intercept, 4),
        weights=weights,
        auto_probability=auto,
        suggest_probability=min(suggest, auto),
        about=(
            f"logistic, L2 penalty {penalty}, fitted on {len(trainable)} labelled pairs "
            f"({int(y.sum())} same fact): benchmarks/realtext/pairs_labels.jsonl (part=fit)"
            + (
                f" and the figure pairs of the dev story set (weight {args.story_weight})"
                if args.stories
                else ""
            )
        ),
    )
    print(f"found {len(rows)} labelled pairs ({len(fit_rows)} fit, {len(test_rows)} test)")
    print(f"penalty {penalty}; intercept {intercept:+.3f} (prior {logistic(intercept):.3f})")
    print(f"thresholds from the fit part: auto {auto:.2f}, suggest {min(suggest, auto):.2f}")
    for name, levels in weights.items():
        print(f"  {name:9} " + "  ".join(f"{lv} {wt:+.2f}" for lv, wt in levels.items()))
    report("fit", [r for r in fit_rows if r[0].stratum != "story-set"], model)
    report("story", [r for r in fit_rows if r[0].stratum == "story-set"], model)
    report("test", test_rows, model)
    if args.write:
        MODEL_FILE.write_text(json.dumps(model.as_dict(), indent=2) + "\n", encoding="utf-8")
        print(f"wrote {MODEL_FILE.name}")


if __name__ == "__main__":
    main()
