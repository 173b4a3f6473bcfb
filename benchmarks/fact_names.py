"""Fact names people recognise (issue 16): a seeded sample of real-news facts with two
or more claims, their names as tracker's naming gives them, and a score from names
judged by reading the claims.

A name is *recognisable* when a person who reads only the name knows which fact it is:
what is counted (with its predicate: "Tote", "Flüge gestrichen", "people killed") and
the subject, event, place or time it is about. A sentence fragment without the measure
or without anything that says which event, a number left in the name (the value of one
claim, or another figure's), a weekday or pronoun standing for the subject is not. A name
is judged by reading the fact's claims; ugly wording that still says measure and subject
passes.

Facts are referred to by a stable ``ref`` (the first 12 hex digits of sha1 over the
sorted sha1s of its claims' texts, each with its figure's words), never by database
ids, so the judgements survive a re-ingest. A fact is in the ``test`` half when the
first eight hex digits of sha1("corpus:ref") are odd, else ``dev``. Rules were
developed on ``dev``; ``test`` names were judged once before and once after the change.

Judgements live in ``fact_names_judged.jsonl`` next to this script, one name per line:
``{"corpus", "ref", "half", "name", "ok", "round"}`` (``round``: ``before`` or
``after`` the first issue 16 naming rules; ``before2`` / ``after2`` the second round,
``before3`` / ``after3`` the third, ``before4`` / ``after4`` the fourth, ``before5`` /
``after5`` the fifth).
They hold the name only, no article text.

The second round judged a fresh sample first (``--fresh --seed 1602``: 70 zeitgeist facts
none of the first round's judgements name, half ``fresh``; pac has no unjudged fact with
two claims left), developed its rules on the first round's dev and test halves (both
read by then), and scored the fresh names once at its end. The third round did the same
with ``--fresh --seed 1603`` (facts judged in rounds 1 and 2 left out), developing on
all facts judged before. The fourth round drew ``--fresh --seed 1604`` (facts judged in
rounds 1-3 left out): 70 zeitgeist facts and the 8 pac facts with two claims that later
extraction rounds made and nobody had judged, and developed on every fact judged in
rounds 1-3 (``--judged``). The fifth round (the issue 16 audit) drew ``--fresh --round 5
--seed 1605 --per-corpus 30`` (30 zeitgeist facts, 5 pac facts) and developed on every fact
judged in rounds 1-4 (``--judged --round 5``).

Usage (databases made with ``tracker -d DB ingest ../shared/data/news-de/zeitgeist.jsonl``
and ``tracker -d DB ingest ../shared/data/news-en/pac-dev.jsonl``):

    python benchmarks/fact_names.py show --db zeitgeist=zg.db --db pac=pac.db [--half dev]
        [--unjudged]     # names with their claims, to judge
    python benchmarks/fact_names.py score --db zeitgeist=zg.db --db pac=pac.db
        # shares per round and half from the judgements; then the current code's names
        # against the judgements (a name nobody judged yet is listed, not guessed)
    python benchmarks/fact_names.py score --fresh --round 2 --seed 1602 --db zeitgeist=zg.db
        # the second round's fresh sample (facts judged in round 1 left out)
    python benchmarks/fact_names.py score --fresh --round 3 --seed 1603 --db zeitgeist=zg.db
        # the third round's fresh sample (facts judged in rounds 1 and 2 left out)
    python benchmarks/fact_names.py score --fresh --seed 1604 --db zeitgeist=zg.db --db pac=pac.db
        # the fourth round's fresh sample (facts judged in rounds 1-3 left out)
    python benchmarks/fact_names.py score --judged --db zeitgeist=zg.db --db pac=pac.db
        # every fact judged before round 4 that the database holds (the development set;
        # a sample of a re-ingested database can differ from the one judged)
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import text

from tracker.db import open_database
from tracker.match.naming import fact_name
from tracker.store.facts import named_claims

JUDGED = Path(__file__).resolve().parent / "fact_names_judged.jsonl"
SEED = 16
FRESH = "fresh"  # the half of a fresh sample (``--fresh``): facts not judged before
PER_CORPUS = 70
ROUND = 4  # the latest round: ``--fresh`` leaves out every fact judged before it


@dataclass
class Sampled:
    corpus: str
    ref: str
    half: str
    fact_id: int
    stored: str  # the name stored at ingest
    name: str  # the name the current code gives
    claims: list[tuple[str, str, str, str]]  # (day, language, text with [figure], title)


def sha1(value: str) -> str:
    return hashlib.sha1(value.encode("utf-8")).hexdigest()


def half_of(corpus: str, ref: str) -> str:
    return "test" if int(sha1(f"{corpus}:{ref}")[:8], 16) % 2 else "dev"


def draw(
    corpus: str,
    url: str,
    per_corpus: int = PER_CORPUS,
    seed: int = SEED,
    exclude: frozenset[tuple[str, str]] = frozenset(),
    only: dict[tuple[str, str], str] | None = None,
) -> Iterator[Sampled]:
    """``per_corpus`` facts of ``corpus`` drawn with ``seed``; with ``exclude`` (pairs of
    corpus and ref judged before) a fresh sample of facts nobody has looked at, all in
    the half ``fresh``; with ``only`` (pairs of corpus and ref, each with its half)
    every fact it names that the database holds, in its half (the development set)."""
    db = open_database(url, create=False)
    with db.reader() as session:
        conn = session.connection()
        rows = conn.execute(
            text(
                "SELECT f.id, f.label, c.text, g.span_start - c.span_start, "
                "g.span_end - c.span_start FROM facts f "
                "JOIN figures g ON g.fact_id = f.id AND NOT g.negated "
                "JOIN claims c ON c.id = g.claim_id"
            )
        ).all()
        texts: dict[int, set[str]] = defaultdict(set)
        figures: dict[int, set[str]] = defaultdict(set)
        stored: dict[int, str] = {}
        for fact_id, label, claim_text, start, end in rows:
            texts[fact_id].add(claim_text)
            # the figure's own words too: two figures of the same sentences are two facts
            figures[fact_id].add(f"{claim_text}\x00{claim_text[start:end]}")
            stored[fact_id] = label
        refs = {
            fact_id: sha1(" ".join(sorted(sha1(t) for t in figures[fact_id])))[:12]
            for fact_id, found in texts.items()
            if len(found) >= 2
        }
        ordered = [
            f for f in sorted(refs, key=lambda f: refs[f]) if (corpus, refs[f]) not in exclude
        ]
        if only is not None:
            chosen = [f for f in ordered if (corpus, refs[f]) in only]
        else:
            chosen = random.Random(seed).sample(ordered, min(per_corpus, len(ordered)))
        for fact_id in sorted(chosen, key=lambda f: refs[f]):
            named = named_claims(session, fact_id)
            claims = []
            for claim in named:
                title = conn.execute(
                    text(
                        "SELECT a.title FROM articles a JOIN claims c ON c.article_id = a.id "
                        "WHERE c.id = :c"
                    ),
                    {"c": claim.claim_id},
                ).scalar()
                marked = (
                    claim.text[: claim.start]
                    + "["
                    + claim.text[claim.start : claim.end]
                    + "]"
                    + claim.text[claim.end :]
                )
                day = f"{claim.time:%Y-%m-%d}" if claim.time else "?"
                claims.append((day, claim.language, marked, title or ""))
            if only is not None:
                half = only[(corpus, refs[fact_id])]
            else:
                half = FRESH if exclude else half_of(corpus, refs[fact_id])
            yield Sampled(
                corpus,
                refs[fact_id],
                half,
                fact_id,
                stored[fact_id],
                fact_name(named),
                claims,
            )


def judgements() -> list[dict[str, object]]:
    if not JUDGED.exists():
        return []
    return [json.loads(line) for line in JUDGED.read_text("utf-8").splitlines() if line]


def databases(pairs: list[str]) -> list[tuple[str, str]]:
    found = []
    for pair in pairs:
        corpus, _, path = pair.partition("=")
        if not path:
            sys.exit(f"--db wants CORPUS=PATH, not {pair!r}")
        found.append((corpus, path if "://" in path else f"sqlite:///{path}"))
    return found


def round_of(judged_round: str) -> int:
    """The round a judgement was made in: ``before``/``after`` 1, ``before2`` 2, ..."""
    digits = judged_round.lstrip("abcdefghijklmnopqrstuvwxyz")
    return int(digits) if digits else 1


def sample(args: argparse.Namespace, corpus: str, url: str) -> Iterator[Sampled]:
    if args.judged:
        # every fact judged in a round before --round: the development set, each in the
        # half ("dev", "test", "fresh") and round it was first judged in
        only: dict[tuple[str, str], str] = {}
        for j in judgements():
            key = (str(j["corpus"]), str(j["ref"]))
            if round_of(str(j["round"])) < args.round and key not in only:
                only[key] = f"{j['half']}{round_of(str(j['round']))}"
        return draw(corpus, url, exclude=frozenset(), only=only)
    exclude: frozenset[tuple[str, str]] = frozenset()
    if args.fresh:
        # a fresh sample of round N leaves out every fact judged in an earlier round
        exclude = frozenset(
            (str(j["corpus"]), str(j["ref"]))
            for j in judgements()
            if round_of(str(j["round"])) < args.round
        )
    return draw(corpus, url, args.per_corpus, args.seed, exclude)


def show(args: argparse.Namespace) -> None:
    judged = {(j["corpus"], j["ref"], j["name"]) for j in judgements()}
    for corpus, url in databases(args.db):
        for fact in sample(args, corpus, url):
            if args.half and fact.half != args.half:
                continue
            if args.unjudged and (corpus, fact.ref, fact.name) in judged:
                continue
            print(f"== {corpus} {fact.ref} {fact.half} (fact {fact.fact_id})")
            print(f"   name:   {fact.name}")
            if fact.stored != fact.name:
                print(f"   stored: {fact.stored}")
            for day, language, marked, title in fact.claims[: args.claims]:
                print(f"   - {day} {language} {marked}")
                if args.titles:
                    print(f"     ({title})")
            print()


def score(args: argparse.Namespace) -> None:
    found = judgements()
    by_round: dict[tuple[str, str], list[bool]] = defaultdict(list)
    verdict: dict[tuple[str, str, str], bool] = {}
    for j in found:
        by_round[(str(j["round"]), str(j["half"]))].append(bool(j["ok"]))
        verdict[(str(j["corpus"]), str(j["ref"]), str(j["name"]))] = bool(j["ok"])
    print("names judged in each round (a name unchanged by a round is judged once)")
    for (round_, half), oks in sorted(by_round.items()):
        print(f"  {round_:7} {half:5} {sum(oks):3}/{len(oks):3} = {sum(oks) / len(oks):.2f}")
    if not args.db:
        return
    current: dict[str, list[bool]] = defaultdict(list)
    unjudged = []
    for corpus, url in databases(args.db):
        for fact in sample(args, corpus, url):
            if args.half and fact.half != args.half:
                continue
            ok = verdict.get((corpus, fact.ref, fact.name))
            if ok is None:
                unjudged.append(f"{corpus} {fact.ref} {fact.half}: {fact.name}")
            else:
                current[fact.half].append(ok)
                current[f"{fact.half} {corpus}"].append(ok)
    print("current code's names, recognisable share")
    for half, oks in sorted(current.items()):
        print(f"  {half:15} {sum(oks):3}/{len(oks):3} = {sum(oks) / len(oks):.2f}")
    if unjudged:
        print(f"{len(unjudged)} names not judged yet:")
        for line in unjudged:
            print(f"  {line}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    for name in ("show", "score"):
        command = sub.add_parser(name)
        command.add_argument("--db", action="append", default=[], help="CORPUS=PATH or URL")
        command.add_argument("--per-corpus", type=int, default=PER_CORPUS)
        command.add_argument("--seed", type=int, default=SEED)
        command.add_argument(
            "--fresh",
            action="store_true",
            help="leave out facts judged in rounds before --round: a fresh sample (half 'fresh')",
        )
        command.add_argument(
            "--judged",
            action="store_true",
            help="every fact judged in a round before --round (the development set)",
        )
        command.add_argument(
            "--round",
            type=int,
            default=ROUND,
            help=f"with --fresh, the round whose fresh sample to draw (default {ROUND})",
        )
    for name in ("show", "score"):
        sub.choices[name].add_argument(
            "--half", help="dev, test, fresh (with --judged: dev1, test1, fresh2, ...)"
        )
    shown = sub.choices["show"]
    shown.add_argument("--unjudged", action="store_true")
    shown.add_argument("--claims", type=int, default=6, help="claims shown per fact")
    shown.add_argument("--titles", action="store_true", help="show the articles' headlines")
    args = parser.parse_args()
    (show if args.command == "show" else score)(args)


if __name__ == "__main__":
    main()
