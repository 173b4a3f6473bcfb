"""`tracker db ...`: schema migrations, thin wrappers over Alembic."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

import click

from tracker.cli.app import App
from tracker.cli.options import pass_app

if TYPE_CHECKING:
    from sqlalchemy import Engine


@click.group("db")
def db_group() -> None:
    """Create, upgrade and check the database schema (Alembic migrations)."""


def _engine(app: App, *, create: bool = False) -> Engine:
    """An engine on the database; without ``create``, a missing SQLite file is refused."""
    from tracker.cli.app import end_of_startup
    from tracker.db import create_engine_for, dialects
    from tracker.errors import MissingDatabase

    missing = dialects.missing_database(app.settings.database_url)
    if missing is not None and not create:
        raise MissingDatabase(str(missing))
    engine = create_engine_for(app.settings.database_url)
    end_of_startup()
    return engine


@db_group.command("upgrade")
@click.argument("revision", default="head")
@pass_app
def upgrade(app: App, revision: str) -> None:
    """Upgrade the schema to REVISION (default: the newest).

    Example: tracker db upgrade
    """
    from tracker.db import migrate
    from tracker.db.engine import display_url

    engine = _engine(app, create=True)
    try:
        before = migrate.current_revision(engine)
        migrate.upgrade(engine, revision)
        after = migrate.current_revision(engine)
    finally:
        engine.dispose()
    if before == after:
        click.echo(f"{display_url(engine)}: already at {after}")
    else:
        click.echo(f"{display_url(engine)}: upgraded {before or 'empty'} -> {after}")


@db_group.command("downgrade")
@click.argument("revision")
@click.option("--yes", is_flag=True, help="Drop what the downgrade drops without asking.")
@pass_app
def downgrade(app: App, revision: str, yes: bool) -> None:
    """Downgrade the schema to REVISION ("base" drops everything tracker made).

    First says what the downgrade drops (rows and values, counted), then asks; --yes
    answers for you. All or nothing: one transaction.

    Example: tracker db downgrade 0001 --yes
    """
    from tracker.db import migrate
    from tracker.db.engine import display_url

    engine = _engine(app)
    try:
        before = migrate.current_revision(engine)
        if before is None:
            raise click.ClickException(f"{display_url(engine)} has no tracker schema")
        if revision != "base" and revision not in migrate.known_revisions(engine):
            raise click.ClickException(f"unknown revision {revision!r}: see `tracker db current`")
        losses = migrate.downgrade_plan(engine, revision)
        if losses:
            click.echo(f"Downgrading {display_url(engine)} from {before} to {revision} drops:")
            for loss in losses:
                click.echo(f"  {loss.revision}  {loss.describe()}")
        else:
            click.echo(
                f"Downgrading {display_url(engine)} from {before} to {revision} drops no data."
            )
        if not yes:
            if losses and not sys.stdin.isatty():
                raise click.ClickException("the downgrade drops data: pass --yes to go ahead")
            click.confirm("Go ahead?", abort=True)
        migrate.downgrade(engine, revision)
        after = migrate.current_revision(engine)
    finally:
        engine.dispose()
    click.echo(f"{display_url(engine)}: downgraded {before} -> {after or 'base'}")


@db_group.command("current")
@pass_app
def current(app: App) -> None:
    """Print the schema revision of the database and the newest one known.

    Example: tracker db current
    """
    from tracker.db import migrate

    engine = _engine(app)
    try:
        now = migrate.current_revision(engine)
        head = migrate.head_revision(engine)
    finally:
        engine.dispose()
    state = "up to date" if now == head else "run `tracker db upgrade`"
    click.echo(f"current: {now or 'none (empty database)'}\nhead:    {head} ({state})")


@db_group.command("check")
@pass_app
def check(app: App) -> None:
    """Report drift between the models and the migrated schema (exit 1 if any).

    Example: tracker db check
    """
    from tracker.db import migrate

    engine = _engine(app)
    try:
        now = migrate.current_revision(engine)
        head = migrate.head_revision(engine)
        if now != head:
            raise click.ClickException(
                f"the database is at {now or 'no revision'}, not {head}: "
                "run `tracker db upgrade` first"
            )
        diffs = migrate.check(engine)
    finally:
        engine.dispose()
    if diffs:
        for diff in diffs:
            click.echo(diff)
        raise click.ClickException(f"{len(diffs)} difference(s) between models and migrations")
    click.echo("no drift: the schema matches the models")


def register(group: click.Group) -> None:
    group.add_command(db_group)
