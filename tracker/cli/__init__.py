"""The `tracker` command: a thin shell over the library.

The root group builds an :class:`App` (settings; the database opens on first use)
and every command module adds its commands here. Errors that tracker raises on
purpose are printed as one line, never as a traceback.
"""

from __future__ import annotations

from typing import Any

import click

import tracker
from tracker.cli.app import App
from tracker.config import ENV_DATABASE_URL, Settings
from tracker.errors import MissingDatabase, TrackerError


class TrackerGroup(click.Group):
    def resolve_command(
        self, ctx: click.Context, args: list[str]
    ) -> tuple[str | None, click.Command | None, list[str]]:
        # What follows the root options, as typed: `tracker -d DB ingest x` -> ingest x.
        ctx.meta["tracker.command_args"] = list(args)
        return super().resolve_command(ctx, args)

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except MissingDatabase as error:
            click.echo(f"error: {error}", err=True)
            ctx.exit(2)
        except TrackerError as error:
            raise click.ClickException(str(error)) from None
        except Exception as error:
            from sqlalchemy.exc import OperationalError

            if isinstance(error, OperationalError):
                first = str(error.orig).strip().splitlines()[0] if error.orig else str(error)
                raise click.ClickException(f"database error: {first}") from None
            raise


@click.group(cls=TrackerGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--database",
    "-d",
    metavar="URL",
    help=f"Database URL or SQLite file (default: ${ENV_DATABASE_URL}, else tracker.db here). "
    "Example: postgresql://postgres@127.0.0.1:5432/test",
)
@click.option(
    "--tz",
    "zone",
    metavar="ZONE",
    envvar="TRACKER_TZ",
    help="Show times in this time zone (default: $TRACKER_TZ, else UTC); "
    "storage stays UTC. Example: Europe/Berlin",
)
@click.version_option(tracker.__version__, prog_name="tracker")
@click.pass_context
def main(ctx: click.Context, database: str | None, zone: str | None) -> None:
    """Track claims in news: who claimed a figure first, who repeated it, when it
    changed, and who contradicts it.

    \b
    Examples:
      tracker ingest articles/            # files, folders, globs or - for stdin
      tracker articles --format csv
      tracker sql "SELECT * FROM articles LIMIT 5"
    """
    try:
        settings = Settings.from_env(database)
    except TrackerError as error:
        raise click.ClickException(str(error)) from None
    from tracker.cli.render import set_display_zone

    set_display_zone(_zone(zone))
    app = App(settings, command_args=ctx.meta.get("tracker.command_args", []))
    ctx.obj = app
    ctx.call_on_close(app.close)
    ctx.call_on_close(lambda: set_display_zone(None))


def _zone(name: str | None) -> Any:
    """The display time zone by IANA name; None for UTC."""
    if not name or name.strip().upper() in ("UTC", "Z"):
        return None
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        return ZoneInfo(name.strip())
    except (ZoneInfoNotFoundError, ValueError):
        raise click.BadParameter(
            f"unknown time zone {name!r}: use a name like Europe/Berlin or UTC",
            param_hint="--tz / TRACKER_TZ",
        ) from None


def _register() -> None:
    from tracker.cli import browse, claims, db, facts, ingest, match, review, sql

    for module in (ingest, browse, claims, facts, review, match, sql, db):
        module.register(main)
    from tracker.cli import report

    report.register(main)


_register()
