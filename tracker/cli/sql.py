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
@output_options
@pass_app
def sql(
    app: App, statement: str, params: tuple[tuple[str, str], ...], fmt: str, width: int
) -> None:
    """Run one read-only SQL statement; writes are refused and roll back.

    Use the reporting views (see docs/sql.md) or the tables. STATEMENT "-" reads it from stdin.

    \b
    Example:
      tracker sql "SELECT title, url FROM articles WHERE language = :lang" -p lang de
    """
    from tracker.db import dialects

    if statement == "-":
        statement = sys.stdin.read()
    columns, rows = dialects.run_read_only(app.db.engine, statement, dict(params))
    output_rows(
        [dict(zip(columns, row, strict=True)) for row in rows], columns, fmt, max_width=width
    )


def register(group: click.Group) -> None:
    group.add_command(sql)
