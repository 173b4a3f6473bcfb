"""Options shared by many commands, defined once."""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from typing import Any, TypeVar, cast

import click

from tracker.cli.app import App
from tracker.cli.render import FORMATS

F = TypeVar("F", bound=Callable[..., Any])

pass_app = click.make_pass_decorator(App)


def output_options(function: F) -> F:
    """``--format`` (table, json, jsonl, csv) and ``--width`` for table cells."""
    function = click.option(
        "--width",
        type=click.IntRange(10, 10_000),
        default=60,
        show_default=True,
        help="Longest table cell before it is cut with '…' (table format only).",
    )(function)
    function = click.option(
        "-f",
        "--format",
        "fmt",
        type=click.Choice(FORMATS),
        default="table",
        show_default=True,
        help="Output: a table for people, or json / jsonl / csv for programs.",
    )(function)
    return function


TABLE_LIMIT = 100


def limit_option(function: F) -> F:
    """``-n/--limit N`` and ``--all``. A table shows 100 rows unless told otherwise
    (and says so when there are more); json, jsonl and csv write every row unless
    ``--limit`` is given. The command receives ``limit`` (0: no limit)."""

    @functools.wraps(function)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        everything = kwargs.pop("all_rows")
        limit = kwargs.get("limit")
        if everything:
            limit = 0
        elif limit is None:
            limit = TABLE_LIMIT if kwargs.get("fmt", "table") == "table" else 0
        kwargs["limit"] = limit
        return function(*args, **kwargs)

    decorated = click.option(
        "--all", "all_rows", is_flag=True, help="Every row, however many (same as --limit 0)."
    )(wrapper)
    decorated = click.option(
        "-n",
        "--limit",
        type=click.IntRange(0),
        default=None,
        help=f"Most rows to show (0: all). Default: {TABLE_LIMIT} in a table, "
        "every row in json, jsonl and csv.",
    )(decorated)
    return cast(F, decorated)


def sort_option(choices: Sequence[str], default: str) -> Callable[[F], F]:
    """``--sort KEY``: the order of a listing."""
    return click.option(
        "--sort",
        type=click.Choice(list(choices)),
        default=default,
        show_default=True,
        help="Order of the rows.",
    )


class Timestamp(click.ParamType):
    """A date or date-time on the command line: 2025-03-10, 2025-03-10T08:00+01:00."""

    name = "DATE"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        import datetime as dt

        if isinstance(value, dt.datetime):
            return value
        from tracker.errors import ReadError
        from tracker.readers.record import parse_timestamp

        try:
            return parse_timestamp(value, "date")
        except ReadError as error:
            self.fail(error.problem.removeprefix("date: "), param, ctx)


TIMESTAMP = Timestamp()


def time_options(function: F) -> F:
    """``--since``/``--until`` (stated time, also as ``--stated-after``/``--stated-before``)
    and ``--as-of`` (what the database knew then, by recorded time)."""
    function = click.option(
        "--as-of",
        type=TIMESTAMP,
        help="Answer with what the database knew at this time (recorded time).",
    )(function)
    function = click.option(
        "--until",
        "--stated-before",
        "until",
        type=TIMESTAMP,
        help="Only what was stated before this date.",
    )(function)
    function = click.option(
        "--since",
        "--stated-after",
        "since",
        type=TIMESTAMP,
        help="Only what was stated on or after this date.",
    )(function)
    return function
