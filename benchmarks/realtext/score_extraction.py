"""Score tracker's extraction against the real-news labels in extraction_labels.jsonl.

Each labelled sentence (or headline) is read back from ../shared/data by its reference
(see corpus.py), the whole article goes through tracker's pure extraction pipeline
(``tracker.extract.pipeline.extract_claims``, no database), and what the pipeline says
about that sentence is compared with the labels:

figures      recall and precision (value equal and at the same place in the sentence;
             optional labels are neither required nor counted against precision), and of
             the figures found: exact value (no binary rounding), unit, approximation,
             negation
claimant     of the claims whose sentence names or points to a claimant: the right one
             (fuzzy name match as benchmarks/dev_scorer.py does; "A | B" in a label
             accepts either name), also per figure; and how often a claimant is named
             where the sentence names none
via          of the claims where the label or tracker names a relay: right
stated time  of the claims tracker made from labelled sentences: the stated day is wrong
             (a label with a year only accepts no day or a day in that year)

Numbers are printed per corpus and overall, for the dev part (used to develop the rules)
and the held-out test part (the measure). ``--verbose`` lists every miss.

    python benchmarks/realtext/score_extraction.py [--split dev|test|all] [--verbose] [--json]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import corpus  # noqa: E402
from rapidfuzz import fuzz  # noqa: E402

from tracker.extract.figures import FigureMention  # noqa: E402
from tracker.extract.pipeline import ClaimDraft, extract_claims  # noqa: E402
from tracker.extract.units import lexicon_unit  # noqa: E402
from tracker.normalise import fold  # noqa: E402

LABELS = Path(__file__).resolve().parent / "extraction_labels.jsonl"
CORPORA = ("zeitgeist", "gnad", "pac")


# ------------------------------------------------------------------------------- matching


def same_name(gold: str | None, predicted: str | None) -> bool:
    """dev_scorer's fuzzy name match; a label "A | B" accepts either name."""
    if gold is None or predicted is None:
        return gold is None and predicted is None
    b = fold(predicted)
    for option in gold.split(" | "):
        a = fold(option)
        if a in b or b in a or fuzz.token_set_ratio(a, b) >= 80:
            return True
    return False


def canonical_gold_unit(unit: str | None) -> str | None:
    """A label's English noun in tracker's vocabulary ("aircraft" and "plane" are one)."""
    if unit is None:
        return None
    entry = lexicon_unit(unit, "en")
    return entry.unit if entry is not None else unit


def gold_value(value: str) -> float:
    return float(Decimal(value))


def same_value(gold: str, predicted: float) -> bool:
    g = gold_value(gold)
    return math.isclose(g, predicted, rel_tol=1e-9, abs_tol=0.006)


def locate(sentence: str, raws: list[str]) -> list[tuple[int, int] | None]:
    """Where each label's raw text stands in the sentence (successive occurrences)."""
    spans: list[tuple[int, int] | None] = []
    used: dict[str, int] = {}
    for raw in raws:
        at = sentence.find(raw, used.get(raw, 0))
        if at < 0:
            at = sentence.lower().find(raw.lower(), used.get(raw, 0))
        if at < 0:
            spans.append(None)
            continue
        used[raw] = at + 1
        spans.append((at, at + len(raw)))
    return spans


def match_figures(
    sentence: str, gold: list[dict[str, Any]], predicted: list[FigureMention]
) -> dict[int, int]:
    """gold index -> predicted index: equal value, at the same place when it can be told."""
    spans = locate(sentence, [g["raw"] for g in gold])
    pairs: dict[int, int] = {}
    used: set[int] = set()
    for strict in (True, False):
        for i, g in enumerate(gold):
            if i in pairs:
                continue
            for j, p in enumerate(predicted):
                if j in used or not same_value(g["value"], p.value):
                    continue
                span = spans[i]
                if strict and span is not None and not (p.start < span[1] and span[0] < p.end):
                    continue
                pairs[i] = j
                used.add(j)
                break
    return pairs


# ------------------------------------------------------------------------------- counting


@dataclass
class Tally:
    gold: int = 0  # required gold figures
    found: int = 0
    predicted: int = 0  # predicted figures, less those matching optional labels
    right: int = 0  # predicted figures that match a label
    exact: int = 0
    unit: int = 0
    approx: int = 0
    negation: int = 0
    gold_negated: int = 0
    negated_found: int = 0
    claims_named: int = 0
    claimant_right: int = 0
    fig_named: int = 0
    fig_claimant_right: int = 0
    unnamed: int = 0
    spurious_claimant: int = 0
    via_items: int = 0
    via_right: int = 0
    timed: int = 0
    time_wrong: int = 0
    no_claim: int = 0
    items: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, other: Tally) -> None:
        for name in self.__dataclass_fields__:
            if name == "misses":
                self.misses.extend(other.misses)
            else:
                setattr(self, name, getattr(self, name) + getattr(other, name))


def ratio(a: int, b: int) -> float | None:
    return a / b if b else None


def metrics(t: Tally) -> dict[str, Any]:
    return {
        "items": t.items,
        "figures": t.gold,
        "figure_recall": ratio(t.found, t.gold),
        "figure_precision": ratio(t.right, t.predicted),
        "value_exact": ratio(t.exact, t.right),
        "unit_accuracy": ratio(t.unit, t.right),
        "approx_accuracy": ratio(t.approx, t.right),
        "negation_accuracy": ratio(t.negation, t.right),
        "negated_found": f"{t.negated_found}/{t.gold_negated}",
        "claimant_accuracy": ratio(t.claimant_right, t.claims_named),
        "claims_naming_one": t.claims_named,
        "claimant_accuracy_figures": ratio(t.fig_claimant_right, t.fig_named),
        "claimant_where_none": ratio(t.spurious_claimant, t.unnamed),
        "via_accuracy": ratio(t.via_right, t.via_items),
        "via_items": t.via_items,
        "stated_time_error": ratio(t.time_wrong, t.timed),
        "sentences_without_claim": t.no_claim,
    }


# ------------------------------------------------------------------------------- scoring


def published_at(record: corpus.Record) -> dt.datetime | None:
    if not record.published:
        return None
    try:
        when = dt.datetime.fromisoformat(record.published)
    except ValueError:
        return None
    return when if when.tzinfo else when.replace(tzinfo=dt.UTC)


def drafts_for(record: corpus.Record) -> list[ClaimDraft]:
    lang = "en" if record.language == "en" else "de"
    return extract_claims(record.text, lang, title=record.title, published_at=published_at(record))


def drafts_of_item(
    item: dict[str, Any], drafts: list[ClaimDraft], sentence: str | None = None
) -> list[ClaimDraft]:
    if item["field"] == "title":
        heads = [d for d in drafts if d.headline]
        if heads:
            return heads
        # the article text opens with its headline: the headline is the first sentence (only
        # when that sentence is the headline, not the article's first sentence of its own)
        first = [d for d in drafts if d.sentence.index == 0 and not d.headline]
        if sentence is not None and first:
            if fold(first[0].sentence.text)[:40] != fold(sentence)[:40]:
                return []
        return first if first and item["start"] == 0 else []
    start, end = item["start"], item["end"]
    return [
        d for d in drafts if not d.headline and d.sentence.start < end and start < d.sentence.end
    ]


def stated_wrong(gold: str | None, predicted: dt.datetime | None) -> bool:
    if gold is None:
        return predicted is not None
    if len(gold) == 4:  # a year: no day, or a day in that year
        return predicted is not None and str(predicted.year) != gold
    return predicted is None or predicted.date().isoformat() != gold


def score_item(item: dict[str, Any], sentence: str, drafts: list[ClaimDraft]) -> Tally:
    t = Tally(items=1)
    mine = drafts_of_item(item, drafts, sentence)
    offset = 0 if item["field"] == "title" else item["start"]
    predicted: list[FigureMention] = []
    for d in mine:
        base = d.sentence.start if d.headline else 0
        for f in d.figures:
            start = f.start + base - offset if d.headline else f.start - offset
            predicted.append(
                FigureMention(
                    f.value,
                    f.unit,
                    f.unit_text,
                    f.approx,
                    f.raw_text,
                    start,
                    start + len(f.raw_text),
                    f.negated,
                )
            )
    gold = item["figures"]
    pairs = match_figures(sentence, gold, predicted)
    matched_predicted = set(pairs.values())
    optional_hits = {j for i, j in pairs.items() if gold[i].get("optional")}
    t.predicted = len(predicted) - len(optional_hits)
    tag = item["id"]
    for i, g in enumerate(gold):
        required = not g.get("optional")
        if required:
            t.gold += 1
            t.gold_negated += g["negated"]
        if i not in pairs:
            if required:
                t.misses.append(f"{tag}: missed figure {g['raw']!r} = {g['value']} {g['unit']}")
            continue
        p = predicted[pairs[i]]
        if not required:
            continue
        t.found += 1
        t.right += 1
        t.exact += float(Decimal(g["value"])) == p.value or g["kind"] == "fraction"
        unit_ok = canonical_gold_unit(g["unit"]) == p.unit
        t.unit += unit_ok
        if not unit_ok:
            t.misses.append(f"{tag}: unit {p.unit!r} for {g['raw']!r} (label {g['unit']})")
        t.approx += p.approx == g["approx"]
        if p.approx != g["approx"]:
            t.misses.append(f"{tag}: approx {p.approx!r} for {g['raw']!r} (label {g['approx']})")
        t.negation += p.negated == g["negated"]
        t.negated_found += g["negated"] and p.negated
        if p.negated != g["negated"]:
            t.misses.append(f"{tag}: negated {p.negated} for {g['raw']!r}")
    for j, p in enumerate(predicted):
        if j not in matched_predicted:
            t.misses.append(f"{tag}: extra figure {p.raw_text!r} = {p.value} {p.unit}")

    draft = max(mine, key=lambda d: len(d.figures)) if mine else None
    if draft is None:
        t.no_claim = 1
    claimant = draft.attribution.claimant if draft else None
    if item["claimant_in_sentence"]:
        t.claims_named = 1
        ok = same_name(item["claimant"], claimant)
        t.claimant_right = int(ok)
        found_required = [i for i in pairs if not gold[i].get("optional")]
        t.fig_named = len(found_required)
        t.fig_claimant_right = len(found_required) if ok else 0
        if not ok:
            t.misses.append(f"{tag}: claimant {claimant!r} (label {item['claimant']!r})")
    else:
        t.unnamed = 1
        if claimant is not None:
            t.spurious_claimant = 1
            t.misses.append(f"{tag}: claimant {claimant!r} where the sentence names none")
    via = draft.attribution.via if draft else None
    if item["via"] or via:
        t.via_items = 1
        t.via_right = int(same_name(item["via"], via))
        if not t.via_right:
            t.misses.append(f"{tag}: via {via!r} (label {item['via']!r})")
    if draft is not None:
        t.timed = 1
        if stated_wrong(item["stated_date"], draft.stated_at):
            t.time_wrong = 1
            got = draft.stated_at.date().isoformat() if draft.stated_at else None
            t.misses.append(f"{tag}: stated {got} (label {item['stated_date']})")
    return t


def load_labels(path: Path = LABELS) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def score(labels: list[dict[str, Any]], data: Path = corpus.DATA) -> dict[str, dict[str, Tally]]:
    """split -> corpus (and "all") -> Tally."""
    tallies: dict[str, dict[str, Tally]] = defaultdict(lambda: defaultdict(Tally))
    by_corpus: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for item in labels:
        by_corpus[item["corpus"]].append(item)
    for name, items in by_corpus.items():
        wanted = {item["key"] for item in items}
        records = {r.key: r for r in corpus.records(name, data) if r.key in wanted}
        cache: dict[str, list[ClaimDraft]] = {}
        for item in items:
            record = records[item["key"]]
            text = corpus.field_text(record, item["field"])
            sentence = text[item["start"] : item["end"]]
            if corpus.short_hash(sentence) != item["hash"]:
                print(f"warning: {item['id']}: the referenced text changed", file=sys.stderr)
                continue
            if record.key not in cache:
                cache[record.key] = drafts_for(record)
            t = score_item(item, sentence, cache[record.key])
            for split in (item["split"], "all"):
                tallies[split][name].add(t)
                tallies[split]["all"].add(t)
    return tallies


# ------------------------------------------------------------------------------- output

ROWS = [
    ("figure recall", "figure_recall"),
    ("figure precision", "figure_precision"),
    ("value exact", "value_exact"),
    ("unit right", "unit_accuracy"),
    ("approximation right", "approx_accuracy"),
    ("negation right", "negation_accuracy"),
    ("negated figures found", "negated_found"),
    ("claimant right (claims)", "claimant_accuracy"),
    ("claimant right (figures)", "claimant_accuracy_figures"),
    ("claimant named where none", "claimant_where_none"),
    ("via right", "via_accuracy"),
    ("stated-time errors", "stated_time_error"),
]


def fmt(value: Any) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:.3f}"
    return str(value)


def report(tallies: dict[str, dict[str, Tally]], splits: list[str]) -> str:
    lines = []
    for split in splits:
        columns = [c for c in (*CORPORA, "all") if c in tallies[split]]
        ms = {c: metrics(tallies[split][c]) for c in columns}
        lines.append(f"\n{split}")
        lines.append(f"{'':28}" + "".join(f"{c:>11}" for c in columns))
        counts = [
            ("sentences", "items"),
            ("figures (required)", "figures"),
            ("claims naming a claimant", "claims_naming_one"),
        ]
        for label, key in counts + ROWS:
            lines.append(f"{label:28}" + "".join(f"{fmt(ms[c][key]):>11}" for c in columns))
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", choices=("dev", "test", "all"), default=None)
    parser.add_argument("--labels", default=str(LABELS))
    parser.add_argument("--data", default=str(corpus.DATA))
    parser.add_argument("--verbose", action="store_true", help="list every miss")
    parser.add_argument("--json", action="store_true", help="print the numbers as JSON")
    args = parser.parse_args()
    data = Path(args.data)
    if not data.exists():
        sys.exit(f"error: {data}: the shared data folder is missing")
    labels = load_labels(Path(args.labels))
    tallies = score(labels, data)
    splits = [args.split] if args.split else ["dev", "test"]
    if args.json:
        out = {s: {c: metrics(t) for c, t in tallies[s].items()} for s in splits}
        print(json.dumps(out, indent=1))
    else:
        print(report(tallies, splits))
    if args.verbose:
        for split in splits:
            print(f"\nmisses ({split}):")
            for miss in tallies[split]["all"].misses:
                print("  " + miss)


if __name__ == "__main__":
    main()
