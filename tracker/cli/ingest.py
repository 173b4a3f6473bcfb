"""`tracker ingest`: files, folders, globs or stdin into the database."""

from __future__ import annotations

import datetime as dt
import shlex
import sys
from collections.abc import Callable
from contextlib import ExitStack
from typing import Any

import click

from tracker.cli.app import App
from tracker.cli.options import TIMESTAMP, pass_app

INPUT_FORMATS = (
    "text",
    "markdown",
    "jsonl",
    "json",
    "html",
    "rss",
    "atom",
    "claimreview",
    "csv",
    "tsv",
)


@click.command("ingest")
@click.argument("inputs", nargs=-1, required=True, metavar="PATH...")
@click.option(
    "--format",
    "input_format",
    type=click.Choice(INPUT_FORMATS),
    help="Input format; default: by extension (.txt .md .jsonl .json .jsonld .html .rss .atom "
    ".xml .csv .tsv), else by content.",
)
@click.option(
    "--as-claims",
    is_flag=True,
    help="Each record (JSONL, JSON, CSV, TSV, ClaimReview) is one claim, verbatim: a claim "
    "collection.",
)
@click.option(
    "--map",
    "mapping",
    multiple=True,
    metavar="FIELD=COLUMN,...",
    help="With --as-claims: column names for id, text, claimant, date, source, url, title, "
    "rating, rating_value, reviewer, review_url, review_date.",
)
@click.option("--source", help="Source (outlet) name for every article; overrides the files.")
@click.option("--url", help="URL of the article (for a single article).")
@click.option("--published", type=TIMESTAMP, help="Published time, e.g. 2025-03-10T08:15:00+01:00.")
@click.option(
    "--language", help="Language code (de, en, ...); default: from the file, else detected."
)
@click.option(
    "--order",
    type=click.Choice(["time", "input"]),
    default="time",
    show_default=True,
    help="Store articles by published time (best for matching) or as read.",
)
@click.option(
    "--progress/--no-progress",
    default=None,
    help="Progress bar once a run takes a second (default: on a terminal).",
)
@click.option(
    "--workers",
    type=click.IntRange(min=1),
    default=None,
    help="Processes that prepare the articles or claim records (reading the text, "
    "sentences, figures, attribution; with --as-claims also key texts) ahead of the one "
    "that matches and writes them, in input order: the same result as 1, all in this "
    "process.  [default: the number of cores]",
)
@click.option("-q", "--quiet", is_flag=True, help="Only errors and the summary line.")
@pass_app
def ingest(
    app: App,
    inputs: tuple[str, ...],
    input_format: str | None,
    as_claims: bool,
    mapping: tuple[str, ...],
    source: str | None,
    url: str | None,
    published: dt.datetime | None,
    language: str | None,
    order: str,
    progress: bool | None,
    workers: int | None,
    quiet: bool,
) -> None:
    """Read articles from PATH... (files, folders, globs, or - for stdin) and store them.

    Plain text (first line is the title), Markdown with front matter, JSON Lines and
    JSON arrays, saved web pages (.html: the article's main text, without navigation
    or comments), RSS and Atom feeds (each entry an article) and ClaimReview JSON-LD
    (fact-checks: claims with their verdicts). Dates are read as people write them
    ("26 May 2015", "10. März 2025"). The same URL and text again is left unchanged;
    a changed text under the same URL is stored as a new version. Bad files or lines
    are reported one per line and the rest goes on; the exit status is 1 when
    anything failed. Files in a folder that no reader takes are named in the summary.

    \b
    Examples:
      tracker ingest examples/
      tracker ingest saved-pages/ feeds/rundschau.rss factchecks.jsonld
      tracker ingest 'feeds/**/*.jsonl' --source "Tageblatt Ost"
      cat article.txt | tracker ingest - --url https://example.org/a --published 2025-03-10
      tracker ingest --as-claims factchecks.tsv --map id=claim_id,text=claim
      tracker ingest --as-claims pool.jsonl --workers 4
      tracker ingest feeds/ --workers 2
    """
    from tracker.readers import Overrides, Skipped, in_time_order, read_inputs
    from tracker.store.ingest import Ingestor, Outcome, StoredArticle

    overrides = Overrides(source=source, url=url, published=published, language=language)
    show_progress = progress if progress is not None else (sys.stderr.isatty() and not quiet)
    skipped = Skipped()
    if as_claims:
        from tracker.readers.collections import parse_mapping, read_claim_records

        if input_format in ("text", "markdown", "html", "rss", "atom"):
            raise click.UsageError(
                f"--as-claims reads claim collections (jsonl, json, csv, tsv, claimreview), "
                f"not {input_format}"
            )
        try:
            columns = parse_mapping(mapping)
        except ValueError as error:
            raise click.BadParameter(str(error), param_hint="--map") from None
        items = read_claim_records(
            inputs,
            mapping=columns,
            format=input_format,
            overrides=overrides,
            stdin=sys.stdin.buffer,
            skipped=skipped,
            limits=app.settings.limits,
        )
    elif input_format in ("csv", "tsv") or mapping:
        raise click.UsageError("CSV/TSV input and --map are for claim collections: add --as-claims")
    else:
        items = read_inputs(
            inputs,
            format=input_format,
            overrides=overrides,
            stdin=sys.stdin.buffer,
            skipped=skipped,
            limits=app.settings.limits,
        )
    if order == "time":
        items = in_time_order(items)

    with ExitStack() as stack:
        advance: Callable[[], None] | None = None
        if show_progress:
            from tracker.cli.progress import DelayedProgress

            total = None if as_claims else count_records(inputs, input_format)
            noun = "claims" if as_claims else "articles"
            bar = DelayedProgress(lambda: progress_columns(total, noun), total=total)
            advance = stack.enter_context(bar).advance

        stored: list[int] = []

        def report(result: StoredArticle) -> None:
            if result.outcome in (Outcome.NEW, Outcome.VERSION) and result.article_id:
                stored.append(result.article_id)
            if advance is not None:
                advance()
            if result.outcome is Outcome.FAILED:
                click.echo(f"error: {result.origin}: {result.message}", err=True)
            elif not quiet and result.outcome is Outcome.VERSION:
                click.echo(
                    f"{result.origin}: new version of an earlier article "
                    f"(article {result.article_id})",
                    err=True,
                )

        from tracker.store.preparation import default_workers

        summary = Ingestor(
            app.db_for_writing(),
            hooks=app.article_hooks(),
            limits=app.settings.limits,
            workers=workers or default_workers(),
        ).ingest(
            items,
            command=shlex.join(app.command_args or ["ingest", *inputs]),
            inputs=inputs,
            on_result=report,
            as_claims=as_claims,
        )
    from tracker.cli.embedding import embed_after_ingest

    embed_after_ingest(app, stored, show_progress=show_progress, quiet=quiet)
    for run_id in summary.interrupted_runs:
        click.echo(f"warning: run {run_id} was interrupted (its process is gone)", err=True)
    for warning in summary.warnings:
        click.echo(f"warning: {warning}", err=True)
    click.echo(f"ingested {summary.line()}" + (f"; {skipped.line()}" if skipped.count else ""))
    if summary.failed:
        sys.exit(1)


def progress_columns(total: int | None, noun: str = "articles") -> list[Any]:
    """What the progress bar shows: with a known total, done/total, the time so far
    and the time left; without one, a count and the time so far."""
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        SpinnerColumn,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    if total is None:
        return [
            SpinnerColumn(),
            TextColumn("ingesting"),
            BarColumn(),
            TextColumn("{task.completed} " + noun),
            TimeElapsedColumn(),
        ]
    return [
        TextColumn("ingesting"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn(noun),
        TimeElapsedColumn(),
        TextColumn("· left"),
        TimeRemainingColumn(),
    ]


def count_records(inputs: tuple[str, ...], input_format: str | None) -> int | None:
    """How many articles the inputs hold, when that is known before reading them:
    a text, Markdown or HTML file is one, a JSON Lines file one per non-blank line.
    None for stdin, JSON arrays and feeds (the bar then counts without a total)."""
    from pathlib import Path

    from tracker.errors import ReadError
    from tracker.readers import FORMATS, expand_inputs

    total = 0
    for target in expand_inputs(inputs):
        if isinstance(target, ReadError):
            total += 1
            continue
        if not isinstance(target, Path):
            return None
        suffix = target.suffix.lower()
        kind = input_format or next((k for k, exts in FORMATS.items() if suffix in exts), None)
        if kind in ("text", "markdown", "html"):
            total += 1
        elif kind == "jsonl":
            try:
                with target.open("rb") as handle:
                    total += sum(1 for line in handle if line.strip())
            except OSError:
                total += 1
        else:
            return None
    return total


def register(group: click.Group) -> None:
    group.add_command(ingest)
