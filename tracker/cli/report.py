"""`tracker export`, `tracker import`, `tracker report`: the database out to files
(JSON Lines, CSV, ClaimReview and PROV JSON-LD, HTML) and a JSON Lines export back in."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any, TypeVar

import click

from tracker.cli.app import App
from tracker.cli.options import TIMESTAMP, pass_app

F = TypeVar("F", bound=Callable[..., Any])

EXPORT_FORMATS = ("jsonl", "csv", "claimreview", "prov")


def selection_options(function: F) -> F:
    """``--fact``, ``--since``/``--until`` (stated time): which claims to take."""
    function = click.option(
        "--until",
        "--stated-before",
        "until",
        type=TIMESTAMP,
        help="Only claims stated before this date.",
    )(function)
    function = click.option(
        "--since",
        "--stated-after",
        "since",
        type=TIMESTAMP,
        help="Only claims stated on or after this date.",
    )(function)
    function = click.option(
        "--fact", "fact_id", type=int, metavar="ID", help="Only the claims of this fact."
    )(function)
    return function


def _selection(app: App, fact_id: int | None, since: dt.datetime | None, until: Any) -> Any:
    from tracker.query.dataset import Selection
    from tracker.query.facts import require_fact

    if fact_id is not None:
        with app.db.reader() as session:
            require_fact(session, fact_id)
    return Selection(fact_id=fact_id, since=since, until=until)


def _output_option(default: str) -> Callable[[F], F]:
    def decorate(function: F) -> F:
        function = click.option(
            "--force",
            is_flag=True,
            help="Replace the output file if it exists.",
        )(function)
        return click.option(
            "-o",
            "--output",
            default=default,
            show_default=True,
            type=click.Path(dir_okay=False, allow_dash=True),
            help="File to write (a new one, or --force); - for standard output.",
        )(function)

    return decorate


@click.command("export")
@click.option(
    "-f",
    "--format",
    "fmt",
    type=click.Choice(EXPORT_FORMATS),
    default="jsonl",
    show_default=True,
    help="jsonl: everything, for `tracker import`; csv: a row per figure; "
    "claimreview: schema.org ClaimReview (rated claims) and Claim JSON-LD; "
    "prov: W3C PROV-O JSON-LD.",
)
@selection_options
@_output_option("-")
@pass_app
def export(
    app: App,
    fmt: str,
    fact_id: int | None,
    since: dt.datetime | None,
    until: dt.datetime | None,
    output: str,
    force: bool,
) -> None:
    """Export claims with their figures, provenance and relations.

    The jsonl format is complete: `tracker import` recreates the database from it
    without extracting again. Times are ISO 8601 UTC. See docs/reporting.md.

    \b
    Example: tracker export --format jsonl -o claims.jsonl
             tracker export --format claimreview --fact 3 --since 2025-03-01
    """
    selection = _selection(app, fact_id, since, until)
    with app.db.reader() as session, _open(app, output, force) as out:
        message = _write_export(session, selection, fmt, out)
    click.echo(f"exported {message}" + ("" if output == "-" else f" to {output}"), err=True)


def _write_export(session: Any, selection: Any, fmt: str, out: IO[str]) -> str:
    from tracker.report.values import dumps

    if fmt == "jsonl":
        from tracker.report.export_jsonl import export_jsonl

        return export_jsonl(session, selection, out).line()
    if fmt == "csv":
        from tracker.report.export_csv import export_csv

        return f"{export_csv(session, selection, out)} figures"
    if fmt == "claimreview":
        from tracker.report.claimreview import claimreview_document, summary

        document = claimreview_document(session, selection)
        out.write(dumps(document, indent=2) + "\n")
        return summary(document)
    from tracker.report.prov import prov_document

    document = prov_document(session, selection)
    out.write(dumps(document, indent=2) + "\n")
    return f"{len(document['@graph'])} nodes"


@contextmanager
def _open(app: App, output: str, force: bool) -> Iterator[IO[str]]:
    """Standard output, or a new file (``--force``: replaced) that appears only once it
    is complete, and never the database in use."""
    from tracker.cli.files import check_output, open_output
    from tracker.db import dialects

    protected = dialects.database_files(app.settings.database_url)
    check_output(output, force=force, protected=protected)  # before any work is done
    with open_output(output, force=force, protected=protected) as out:
        yield out


@click.command("import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, allow_dash=True))
@pass_app
def import_(app: App, file: str) -> None:
    """Import a `tracker export --format jsonl` file (- for stdin), without extracting again.

    Sources, articles, claimants, claims, figures, facts and relations are
    recreated as they were; what the database already has is left alone, so
    importing the same file twice changes nothing. All or nothing: one transaction.

    Example: tracker --database team.db import claims.jsonl
    """
    from sqlalchemy.exc import DBAPIError

    from tracker.errors import TrackerError
    from tracker.report.jsonl_format import ImportFormatError, read
    from tracker.store.import_jsonl import import_document

    origin = "stdin" if file == "-" else file
    try:
        with click.open_file(file, "r", encoding="utf-8") as stream:
            document = read(stream, origin)
    except UnicodeDecodeError:
        raise ImportFormatError(f"{origin}: not UTF-8 text: is it a tracker export?") from None
    try:
        with app.db_for_writing().session() as session:
            summary = import_document(session, document)
    except DBAPIError as error:
        first = str(error.orig).strip().splitlines()[0] if error.orig else str(error)
        raise TrackerError(f"{origin}: import failed, nothing was imported: {first}") from None
    for problem in summary.skipped:
        click.echo(f"warning: {problem}", err=True)
    click.echo(summary.line())


@click.command("report")
@selection_options
@_output_option("report.html")
@pass_app
def report(
    app: App,
    fact_id: int | None,
    since: dt.datetime | None,
    until: dt.datetime | None,
    output: str,
    force: bool,
) -> None:
    """Write an HTML report: per fact (biggest stories first) a timeline chart of its
    values by source and who said it first and who repeated it, the claims with links
    to their articles; facts with a single claim listed; contradictions; the sources'
    track record as a chart of shares.

    One self-contained file (no scripts, fonts or styles from elsewhere) that opens
    offline and prints.

    Example: tracker report -o report.html --since 2025-03-01
    """
    from tracker.cli.files import check_output
    from tracker.cli.render import display_zone
    from tracker.db import dialects
    from tracker.report.html import report_html

    check_output(output, force=force, protected=dialects.database_files(app.settings.database_url))
    selection = _selection(app, fact_id, since, until)
    with app.db.reader() as session:
        page, charted, listed = report_html(session, selection, display_zone())
    with _open(app, output, force) as out:
        out.write(page)
    if output != "-":
        click.echo(
            f"wrote {output}: {charted} facts charted, {listed} single-claim facts listed",
            err=True,
        )


@click.command("datasette-metadata")
@click.option(
    "--name",
    help="The database's name in Datasette (default: the SQLite file's name without "
    ".db, else the PostgreSQL database name).",
)
@pass_app
def datasette_metadata(app: App, name: str | None) -> None:
    """Print a Datasette metadata.json describing the reporting views and their columns.

    Example: tracker datasette-metadata > metadata.json && datasette tracker.db -m metadata.json
    """
    from sqlalchemy.engine import make_url

    from tracker.report.datasette import metadata
    from tracker.report.values import dumps

    if name is None:
        url = make_url(app.settings.database_url)
        name = Path(url.database).stem if url.database else "tracker"
        if url.get_backend_name() != "sqlite":
            name = url.database or "tracker"
    click.echo(dumps(metadata(name), indent=2))


def register(group: click.Group) -> None:
    group.add_command(export)
    group.add_command(import_)
    group.add_command(report)
    group.add_command(datasette_metadata)
