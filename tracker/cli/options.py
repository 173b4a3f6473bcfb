"""Options shared by many commands, defined once."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

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


def limit_option(function: F) -> F:
    return click.option(
        "-n",
        "--limit",
        type=click.IntRange(0),
        default=100,
        show_default=True,
        help="Most rows to show (0: all).",
    )(function)


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
