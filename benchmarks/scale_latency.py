"""Latency of `tracker match` as a library call on a large database, against a naive scan.

Usage:
    python benchmarks/scale_latency.py --database sqlite:////tmp/scale-1m.db \\
        [--queries 200] [--warmup 20] [--naive 20] [--out /tmp/scale-1m-sqlite.json] [--profile]
    python benchmarks/scale_latency.py --report /tmp/scale-*.json   # markdown table

The database is one filled by ``scale_generate.py`` (its seed and size are read from it).
The query set is deterministic: half are paraphrases of stored claims (another attribution
frame, often another sentence pattern or number format, sometimes without the date, typos),
half are new claims from the same generator with another seed (``--query-seed``). After
``--warmup`` queries (not counted), every query is timed around
``Retriever(session).search(text, top=5)``, the call behind `tracker match`, with one
retriever per session as `tracker match --file` uses it. It prints p50, p95 and mean in
ms, and recall@5 (and @1) of the original claim for the paraphrases.

Naive baseline on the same data: all claim texts in memory (load time excluded) and
``rapidfuzz.process.extract(query, texts, scorer=fuzz.token_set_ratio,
processor=default_process, limit=5)``, timed on the first ``--naive`` queries (half
paraphrases, half new); also a variant with the texts pre-processed once (the scan's
best case). The speed-up is naive p50 / indexed p50.

``--out FILE`` writes the numbers as JSON; ``--report FILE...`` prints the combined
markdown table (size x backend, with the 1M/100k ratio per backend) and the targets of
the scale issue, met or missed. ``--profile`` adds two more passes over the same queries
(never mixed into the timed one): the steps of ``search`` timed one by one (prepare,
candidates, load, rank) with, for the slowest queries, the terms looked up, their
document frequencies, the postings read and the candidates loaded; and a cProfile.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import pstats
import random
import statistics
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _scale_text as gen  # noqa: E402
from sqlalchemy import select  # noqa: E402

from tracker.db import open_database  # noqa: E402
from tracker.db.models import Claim, IndexStats  # noqa: E402


@dataclass(frozen=True)
class Query:
    text: str
    kind: str  # "paraphrase" or "new"
    original_id: int | None = None  # the stored claim a paraphrase says again


def percentile(values: Sequence[float], q: float) -> float:
    """Linear interpolation between closest ranks (numpy's default)."""
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    position = (len(ordered) - 1) * q
    low = int(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def database_info(session: Any) -> tuple[int, int]:
    """(claims indexed, generator seed) of a database made by scale_generate.py."""
    claims = session.scalar(select(IndexStats.claims).where(IndexStats.id == 1)) or 0
    first = session.scalar(select(Claim.external_id).order_by(Claim.id).limit(1)) or ""
    if not claims or not first.startswith("scale-"):
        raise SystemExit("this database was not filled by benchmarks/scale_generate.py")
    return int(claims), int(first.split("-")[1])


def build_queries(
    session: Any, seed: int, claims: int, count: int, query_seed: int, offset: int = 0
) -> list[Query]:
    """``count`` queries: paraphrases of random stored claims and new claims, interleaved."""
    rng = random.Random(f"scale-latency:{seed}:{claims}:{offset}")
    paraphrases = count // 2
    indices = rng.sample(range(claims), paraphrases)
    ids = dict(
        session.execute(
            select(Claim.external_id, Claim.id).where(
                Claim.external_id.in_([f"scale-{seed}-{i}" for i in indices])
            )
        ).all()
    )
    made: list[Query] = []
    for i in indices:
        spec = gen.spec_at(seed, i)
        made.append(Query(gen.paraphrase(spec, rng), "paraphrase", ids[spec.external_id]))
    new = [
        Query(gen.render(spec), "new")
        for spec in gen.specs(query_seed, offset, offset + count - paraphrases)
    ]
    queries: list[Query] = []
    for a, b in zip(made, new, strict=False):
        queries.extend((a, b))
    queries.extend(made[len(new) :])
    queries.extend(new[len(made) :])
    return queries


def recall(results: list[tuple[Query, list[int]]], k: int) -> float:
    relevant = [(q, ids) for q, ids in results if q.kind == "paraphrase"]
    if not relevant:
        return float("nan")
    return sum(q.original_id in ids[:k] for q, ids in relevant) / len(relevant)


def time_indexed(
    retriever: Any, queries: list[Query], cpu: list[float] | None = None
) -> tuple[list[float], list[list[int]]]:
    """Wall ms per query (and this process's CPU ms into ``cpu``: steadier than the wall
    time when other work shares the machine)."""
    times, found = [], []
    for query in queries:
        started, started_cpu = time.perf_counter(), time.process_time()
        matches = retriever.search(query.text, top=5)
        times.append((time.perf_counter() - started) * 1000)
        if cpu is not None:
            cpu.append((time.process_time() - started_cpu) * 1000)
        found.append([m.claim_id for m in matches])
    return times, found


def time_naive(
    queries: list[Query], ids: list[int], texts: list[str], processed: list[str] | None
) -> tuple[list[float], list[list[int]]]:
    from rapidfuzz import fuzz, process
    from rapidfuzz.utils import default_process

    times, found = [], []
    for query in queries:
        started = time.perf_counter()
        if processed is None:
            best = process.extract(
                query.text, texts, scorer=fuzz.token_set_ratio, processor=default_process, limit=5
            )
        else:
            best = process.extract(
                default_process(query.text), processed, scorer=fuzz.token_set_ratio, limit=5
            )
        times.append((time.perf_counter() - started) * 1000)
        found.append([ids[index] for _, _, index in best])
    return times, found


def phases(retriever: Any, queries: list[Query]) -> tuple[dict[str, list[float]], list[dict]]:
    """The steps of Retriever.search timed apart (as ``Retriever.scored`` and ``search``
    run them), with what the index lookups did."""
    from tracker import normalise
    from tracker.match import retrieval

    times: dict[str, list[float]] = {
        "prepare": [],
        "words": [],
        "keys": [],
        "load": [],
        "rank": [],
    }
    details = []
    for query in queries:
        t0 = time.perf_counter()
        prepared = retrieval.prepare(query.text)
        t1 = time.perf_counter()
        word_stats = retriever.words.term_stats(prepared.words)
        from_words = retriever.words.candidates(
            prepared.words,
            limit=retrieval.BASE_CANDIDATES,
            max_terms=retrieval.QUERY_TERMS,
            stats=word_stats,
        )
        t2 = time.perf_counter()
        units = sorted({normalise.unit_token(u) for u, _ in prepared.values if u})
        key_stats = retriever.index.term_stats([*prepared.terms, *units])
        from_keys = retriever.index.candidates(
            prepared.terms,
            limit=retrieval.CANDIDATES,
            required=units,
            max_terms=retrieval.QUERY_TERMS,
            stats=key_stats,
        )
        t3 = time.perf_counter()
        ids = list(dict.fromkeys([c.claim_id for c in (*from_words, *from_keys)]))
        stored, documents = retriever._load(ids)
        retriever._bm25_words(prepared, documents, word_stats)
        t4 = time.perf_counter()
        retriever.search(query.text, top=5)  # the whole search again, less the steps above
        t5 = time.perf_counter()
        rank = max(0.0, (t5 - t4) - (t4 - t0))
        for name, seconds in zip(times, (t1 - t0, t2 - t1, t3 - t2, t4 - t3, rank), strict=True):
            times[name].append(seconds * 1000)
        plan = retriever.index.plan(prepared.terms, required=units, max_terms=retrieval.QUERY_TERMS)
        word_plan = retriever.words.plan(prepared.words, max_terms=retrieval.QUERY_TERMS)
        details.append(
            {
                "text": query.text,
                "ms": (t4 - t0 + rank) * 1000,
                "terms": [(t.term, t.df) for t in plan],
                "word_terms": [(t.term, t.df) for t in word_plan],
                "postings_read": sum(t.reads for t in plan) + sum(t.reads for t in word_plan),
                "capped_terms": sum(t.capped for t in plan) + sum(t.capped for t in word_plan),
                "candidates": len(ids),
                "views": len(stored),
            }
        )
    return times, details


def run(args: argparse.Namespace) -> dict[str, Any]:
    from tracker.store.retrieval import Retriever

    db = open_database(args.database, create=False)
    backend = db.engine.dialect.name
    with db.reader() as session:
        claims, seed = database_info(session)
        queries = build_queries(session, seed, claims, args.queries, args.query_seed)
        warmup = build_queries(session, seed, claims, args.warmup, args.query_seed, 10**7)
    print(
        f"{backend}, {claims:,} claims (seed {seed}): {len(queries)} queries "
        f"({sum(q.kind == 'paraphrase' for q in queries)} paraphrases), {len(warmup)} warm-up",
        file=sys.stderr,
    )
    profiler = cProfile.Profile() if args.profile else None
    phase_times: dict[str, list[float]] = {}
    details: list[dict[str, Any]] = []
    with db.reader() as session:
        retriever = Retriever(session)
        time_indexed(retriever, warmup)
        cpu: list[float] = []
        times, found = time_indexed(retriever, queries, cpu)
        if profiler:
            # Apart from the timed pass: the steps timed one by one, then under cProfile.
            phase_times, details = phases(retriever, queries)
            profiler.enable()
            time_indexed(retriever, queries)
            profiler.disable()
    results = list(zip(queries, found, strict=True))
    summary: dict[str, Any] = {
        "backend": backend,
        "claims": claims,
        "queries": len(queries),
        "load_average": round(os.getloadavg()[0], 2),  # other work on the machine
        "p50_ms": round(percentile(times, 0.5), 2),
        "p95_ms": round(percentile(times, 0.95), 2),
        "mean_ms": round(statistics.fmean(times), 2),
        "cpu_p50_ms": round(percentile(cpu, 0.5), 2),
        "max_ms": round(max(times), 2),
        "recall5": round(recall(results, 5), 4),
        "recall1": round(recall(results, 1), 4),
        "p50_paraphrase_ms": round(
            percentile([t for t, q in zip(times, queries, strict=True) if q.kind != "new"], 0.5), 2
        ),
        "p50_new_ms": round(
            percentile([t for t, q in zip(times, queries, strict=True) if q.kind == "new"], 0.5), 2
        ),
    }
    print(
        f"indexed: p50 {summary['p50_ms']} ms, p95 {summary['p95_ms']} ms, "
        f"mean {summary['mean_ms']} ms, max {summary['max_ms']} ms, CPU p50 "
        f"{summary['cpu_p50_ms']} ms; "
        f"recall@5 {summary['recall5']:.3f}, recall@1 {summary['recall1']:.3f} (paraphrases); "
        f"load average {summary['load_average']}"
    )
    if args.naive:
        sample = queries[: args.naive]
        with db.reader() as session:
            rows = session.execute(select(Claim.id, Claim.text).order_by(Claim.id)).all()
        ids = [r[0] for r in rows]
        texts = [r[1] for r in rows]
        del rows
        naive_times, naive_found = time_naive(sample, ids, texts, None)
        naive_results = list(zip(sample, naive_found, strict=True))
        from rapidfuzz.utils import default_process

        processed = [default_process(t) for t in texts]
        pre_times, _ = time_naive(sample, ids, texts, processed)
        indexed_sample = times[: len(sample)]
        summary["naive"] = {
            "queries": len(sample),
            "p50_ms": round(percentile(naive_times, 0.5), 1),
            "p95_ms": round(percentile(naive_times, 0.95), 1),
            "recall5": round(recall(naive_results, 5), 4),
            "preprocessed_p50_ms": round(percentile(pre_times, 0.5), 1),
            "indexed_p50_ms_same_queries": round(percentile(indexed_sample, 0.5), 2),
            "indexed_recall5_same_queries": round(recall(results[: len(sample)], 5), 4),
        }
        summary["speedup"] = round(summary["naive"]["p50_ms"] / summary["p50_ms"], 1)
        summary["speedup_vs_preprocessed"] = round(
            summary["naive"]["preprocessed_p50_ms"] / summary["p50_ms"], 1
        )
        n = summary["naive"]
        print(
            f"naive rapidfuzz scan ({n['queries']} queries): p50 {n['p50_ms']} ms, "
            f"p95 {n['p95_ms']} ms, recall@5 {n['recall5']:.3f} "
            f"(indexed on the same queries: {n['indexed_recall5_same_queries']:.3f}); "
            f"texts pre-processed once: p50 {n['preprocessed_p50_ms']} ms"
        )
        print(
            f"speed-up naive/indexed (p50): {summary['speedup']}x "
            f"({summary['speedup_vs_preprocessed']}x against the pre-processed scan)"
        )
    if profiler:
        report_profile(profiler, phase_times, details)
        summary["phases_p50_ms"] = {
            name: round(percentile(values, 0.5), 2) for name, values in phase_times.items()
        }
        slow = sorted(details, key=lambda d: -d["ms"])
        summary["postings_read_p50"] = percentile([d["postings_read"] for d in details], 0.5)
        summary["slowest"] = slow[:5]
    db.dispose()
    return summary


def report_profile(
    profiler: cProfile.Profile, phase_times: dict[str, list[float]], details: list[dict]
) -> None:
    print("\nwhere the time goes (second pass, the steps of Retriever.search timed apart):")
    for name, values in phase_times.items():
        print(
            f"  {name:<11} p50 {percentile(values, 0.5):7.2f} ms   "
            f"p95 {percentile(values, 0.95):7.2f} ms   mean {statistics.fmean(values):7.2f} ms"
        )
    postings = [d["postings_read"] for d in details]
    print(
        f"  postings read per query: p50 {percentile(postings, 0.5):,.0f}, "
        f"p95 {percentile(postings, 0.95):,.0f}, max {max(postings):,}; "
        f"candidates loaded: p50 {percentile([d['views'] for d in details], 0.5):.0f}"
    )
    print("\nslowest queries:")
    for d in sorted(details, key=lambda d: -d["ms"])[:5]:
        terms = ", ".join(f"{t}:{df:,}" for t, df in d["terms"])
        word_terms = ", ".join(f"{t}:{df:,}" for t, df in d["word_terms"])
        print(
            f"  {d['ms']:7.1f} ms  postings {d['postings_read']:,} "
            f"({d['capped_terms']} capped terms), candidates {d['candidates']}\n"
            f"           {d['text']}\n           key terms (df): {terms}\n"
            f"           words (df): {word_terms}"
        )
    print("\ncProfile of the timed searches (top 25 by cumulative time):")
    pstats.Stats(profiler, stream=sys.stdout).sort_stats("cumulative").print_stats(25)


def report(paths: Sequence[str]) -> str:
    """The combined markdown table of several --out files."""
    runs = [json.loads(Path(p).read_text()) for p in paths]
    runs.sort(key=lambda r: (r["backend"], r["claims"]))
    smallest: dict[str, dict[str, Any]] = {}
    for r in runs:
        smallest.setdefault(r["backend"], r)
    lines = [
        "| backend | claims | p50 ms | p95 ms | mean ms | recall@5 | naive p50 ms "
        "| naive recall@5 | speed-up (p50) | p50 / p50 at smallest size |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in runs:
        naive = r.get("naive", {})
        base = smallest[r["backend"]]
        ratio = r["p50_ms"] / base["p50_ms"] if base is not r else 1.0
        lines.append(
            f"| {r['backend']} | {r['claims']:,} | {r['p50_ms']:.1f} | {r['p95_ms']:.1f} "
            f"| {r['mean_ms']:.1f} | {r['recall5']:.3f} "
            f"| {naive.get('p50_ms', float('nan')):,.0f} "
            f"| {naive.get('recall5', float('nan')):.3f} "
            f"| {r.get('speedup', float('nan')):,.1f}x | {ratio:.2f}x |"
        )
    lines.append("")
    lines.extend(targets(runs))
    return "\n".join(lines)


# The targets of the scale issue, at 1M claims.
TARGET_P50_MS = 20.0  # SQLite
TARGET_SPEEDUP = 20.0
TARGET_GROWTH = 3.0  # p50 at 1M / p50 at 100k


def targets(runs: list[dict[str, Any]]) -> list[str]:
    """One line per target of the issue, met or missed, for the largest size per backend."""
    lines = []
    for backend in sorted({r["backend"] for r in runs}):
        mine = sorted((r for r in runs if r["backend"] == backend), key=lambda r: r["claims"])
        big, small = mine[-1], mine[0]
        n = f"{big['claims']:,}"
        if backend == "sqlite":
            ok = big["p50_ms"] <= TARGET_P50_MS
            lines.append(
                f"- {backend}: p50 at {n} = {big['p50_ms']:.1f} ms "
                f"(target <= {TARGET_P50_MS:.0f} ms): {'met' if ok else 'MISSED'}"
            )
        if "speedup" in big:
            ok = big["speedup"] >= TARGET_SPEEDUP
            lines.append(
                f"- {backend}: naive / indexed p50 at {n} = {big['speedup']:.1f}x "
                f"(target >= {TARGET_SPEEDUP:.0f}x): {'met' if ok else 'MISSED'}"
            )
        if big is not small:
            growth = big["p50_ms"] / small["p50_ms"]
            ok = growth <= TARGET_GROWTH
            lines.append(
                f"- {backend}: p50 at {n} / p50 at {small['claims']:,} = {growth:.2f}x "
                f"(target <= {TARGET_GROWTH:.0f}x): {'met' if ok else 'MISSED'}"
            )
    return lines


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--database", help="SQLAlchemy URL of a scale_generate.py database")
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--warmup", type=int, default=20)
    parser.add_argument(
        "--naive", type=int, default=20, help="queries for the naive scan (0: skip)"
    )
    parser.add_argument("--query-seed", type=int, default=2, help="generator seed of new claims")
    parser.add_argument("--out", help="write the numbers to this JSON file")
    parser.add_argument("--profile", action="store_true", help="cProfile and per-query details")
    parser.add_argument("--report", nargs="+", metavar="JSON", help="print the combined table")
    args = parser.parse_args(argv)
    if args.report:
        print(report(args.report))
        return
    if not args.database:
        parser.error("--database is required (or --report)")
    summary = run(args)
    if args.out:
        Path(args.out).write_text(json.dumps(summary, indent=2, ensure_ascii=False) + "\n")
        print(f"wrote {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
