"""`tracker sql`: read-only SQL on either backend, through the shared renderer."""

from __future__ import annotations

import sys

import click

from tracker.cli.app import App
from tracker.cli.options import output_options, pass_app
from tracker.cli.render import output_rows


@click.command("sql")
@click.argument("statement")
@click.option(
    "-p",
    "--param",
    "params",
    nargs=2,
    multiple=True,
    metavar="NAME VALUE",
    help="Bind :NAME in the statement to VALUE (never formatted into the SQL).",
)
@click.option(
    "--timeout",
    type=click.FloatRange(min=0, min_open=True),
    metavar="SECONDS",
    help="Stop the query after this long (default: $TRACKER_SQL_TIMEOUT, else 30).",
)
@click.option(
    "--max-rows",
    type=click.IntRange(min=1),
    metavar="N",
    help="Return at most N rows (default: $TRACKER_SQL_MAX_ROWS, else 10000).",
)
@output_options
@pass_app
def sql(
    app: App,
    statement: str,
    params: tuple[tuple[str, str], ...],
    timeout: float | None,
    max_rows: int | None,
    fmt: str,
    width: int,
) -> None:
    """Run one read-only query; anything else is refused and changes nothing.

    SQLite: the file is opened read-only, ATTACH and extensions are refused.
    PostgreSQL: the query runs as a role that may only read (see docs/cli.md).
    Use the reporting views (see docs/sql.md) or the tables. STATEMENT "-" reads it
    from stdin.

    \b
    Example:
      tracker sql "SELECT title, url FROM articles WHERE language = :lang" -p lang de
    """
    from tracker.db import dialects

    if statement == "-":
        statement = sys.stdin.read()
    settings = app.settings.sql
    limits = dialects.QueryLimits(
        timeout_s=timeout if timeout is not None else settings.timeout_s,
        max_rows=max_rows if max_rows is not None else settings.max_rows,
    )
    app.db  # noqa: B018 - the schema gate: a database that exists and is up to date
    engine = dialects.read_only_engine(app.settings.database_url, settings.read_url, limits)
    try:
        result = dialects.run_read_only(engine, statement, dict(params), limits)
    finally:
        engine.dispose()
    output_rows(
        [dict(zip(result.columns, row, strict=True)) for row in result.rows],
        result.columns,
        fmt,
        max_width=width,
    )
    if result.truncated:
        click.echo(
            f"warning: only the first {limits.max_rows:,} rows are shown "
            "(raise the limit with --max-rows)",
            err=True,
        )


def register(group: click.Group) -> None:
    group.add_command(sql)
