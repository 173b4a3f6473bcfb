"""Fact tracking commands: facts, one fact's timeline, relations, contradictions,
reviewing suggestions, and re-matching."""

from __future__ import annotations

import datetime as dt
from typing import Any

import click

from tracker.cli.app import App
from tracker.cli.options import (
    TIMESTAMP,
    limit_option,
    output_options,
    pass_app,
    sort_option,
    time_options,
)
from tracker.cli.render import cell, format_table, output_object, output_rows

KINDS = ("repeat", "update", "contradiction", "related")
FACT_SORTS = ("recent", "claims", "sources", "oldest")
RELATION_SORTS = ("newest", "oldest", "score")
STATUSES = ("auto", "suggested", "confirmed", "rejected")


@click.command("facts")
@click.option("--unit", help="Only facts counting this unit (person, country, EUR, percent, ...).")
@click.option("--contains", "text", help="Label or one of its claims contains this text.")
@click.option("--has-contradiction", is_flag=True, help="Only facts with an open contradiction.")
@click.option(
    "--min-claims",
    type=click.IntRange(0),
    default=0,
    metavar="N",
    help="Only facts with N+ claims.",
)
@click.option(
    "--min-sources",
    type=click.IntRange(0),
    default=0,
    metavar="N",
    help="Only facts carried by N+ sources (outlets).",
)
@time_options
@sort_option(FACT_SORTS, "recent")
@limit_option
@output_options
@pass_app
def facts(
    app: App,
    unit: str | None,
    text: str | None,
    has_contradiction: bool,
    min_claims: int,
    min_sources: int,
    since: dt.datetime | None,
    until: dt.datetime | None,
    as_of: dt.datetime | None,
    sort: str,
    limit: int,
    fmt: str,
    width: int,
) -> None:
    """List facts (what groups of claims measure) with their current value, the
    sources (outlets) that carried them and their independent origins.

    --since/--until keep facts last seen on or after / first seen before a date.
    --sort recent (last seen, the default), claims, sources or oldest (first seen).

    \b
    Examples:
      tracker facts --unit person --has-contradiction
      tracker facts --min-sources 2 --sort sources
    """
    from tracker import query

    flt = query.FactFilter(
        unit,
        text,
        since,
        until,
        has_contradiction,
        as_of,
        limit,
        min_claims=min_claims,
        min_sources=min_sources,
        sort=sort,
    )
    with app.db.reader() as session:
        rows = query.list_facts(session, flt)
    columns = query.FACT_COLUMNS if fmt == "table" else None
    output_rows(rows, columns, fmt, max_width=width, empty_message="no facts match")


@click.command("fact")
@click.argument("fact_id", type=int)
@time_options
@click.option(
    "--chart/--no-chart", default=True, help="Draw the values over time (table format only)."
)
@output_options
@pass_app
def fact(
    app: App,
    fact_id: int,
    since: dt.datetime | None,
    until: dt.datetime | None,
    as_of: dt.datetime | None,
    chart: bool,
    fmt: str,
    width: int,
) -> None:
    """A fact's timeline: a step chart of its values over time (contradictions
    marked), then each value with claimant, source, stated time, rank and its
    relation to the earlier value. csv and json give the values as numbers.

    Example: tracker fact 3 --format csv
    """
    from tracker import query

    with app.db.reader() as session:
        detail = query.fact_detail(session, fact_id, as_of)
    if as_of is not None and not detail["timeline"]:
        raise click.ClickException(f"fact {fact_id} had no figures yet as of {as_of.isoformat()}")
    detail["timeline"] = [
        row
        for row in detail["timeline"]
        if (since is None or (row["stated_at"] is not None and row["stated_at"] >= since))
        and (until is None or (row["stated_at"] is not None and row["stated_at"] < until))
    ]
    if fmt == "csv":
        from tracker.query.facts import TIMELINE_CSV_COLUMNS

        output_rows(detail["timeline"], TIMELINE_CSV_COLUMNS, fmt)
        return
    if fmt == "jsonl":
        output_rows(detail["timeline"], None, fmt)
        return
    color = fmt == "table" and _color()
    output_object(detail, fmt, fact_text_view(detail, width, chart=chart, color=color))


def _color() -> bool:
    import sys

    return sys.stdout.isatty()


def fact_text_view(
    detail: dict[str, Any], width: int = 60, *, chart: bool = True, color: bool = False
) -> str:
    from tracker import query
    from tracker.cli.chart import step_chart

    header = [
        f"fact {detail['id']}: {detail['label']}",
        f"  current   {detail['current'] or '—'} {detail['unit'] or ''}".rstrip(),
        f"  claims    {detail['claims']} from {_plural(detail['sources'], 'source')}"
        f" ({detail['origins']} independent origin{'' if detail['origins'] == 1 else 's'})",
        f"  seen      {cell(detail['first_seen']) or '?'} .. {cell(detail['last_seen']) or '?'}",
    ]
    if detail["contradicted"]:
        header.append("  contradicted: yes (see `tracker contradictions`)")
    if detail.get("merged_into"):
        header.append(
            f"  merged    into fact {detail['merged_into']}: a claim showed they are one"
            f" (`tracker fact {detail['merged_into']}`; --as-of shows this one before)"
        )
    elif not detail["timeline"] and detail["claims"] == 0:
        header.append("  empty     its figures went to other facts (--as-of shows it before)")
    drawn = step_chart(detail["timeline"], color=color) if chart else []
    if drawn:
        header += ["", *("  " + line for line in drawn)]
    table = format_table(
        detail["timeline"], query.TIMELINE_COLUMNS, width, headers=query.TIMELINE_HEADERS
    )
    return "\n".join([*header, "", table])


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}" + ("" if count == 1 else "s")


@click.command("relations")
@click.option("--kind", type=click.Choice(KINDS), help="Only relations of this kind.")
@click.option("--status", type=click.Choice(STATUSES), help="Only relations with this status.")
@click.option("--fact", "fact_id", type=int, help="Only relations inside this fact.")
@click.option("--claim", "claim_id", type=int, help="Only relations from or to this claim.")
@time_options
@sort_option(RELATION_SORTS, "newest")
@limit_option
@output_options
@pass_app
def relations(
    app: App,
    kind: str | None,
    status: str | None,
    fact_id: int | None,
    claim_id: int | None,
    since: dt.datetime | None,
    until: dt.datetime | None,
    as_of: dt.datetime | None,
    sort: str,
    limit: int,
    fmt: str,
    width: int,
) -> None:
    """List relations between claims (newer -> older), newest first
    (--sort oldest|score).

    Example: tracker relations --kind update --format csv
    """
    from tracker import query

    flt = query.RelationFilter(kind, status, fact_id, claim_id, as_of, since, until, limit, sort)
    with app.db.reader() as session:
        rows = query.list_relations(session, flt)
    columns = query.RELATION_COLUMNS if fmt == "table" else None
    output_rows(rows, columns, fmt, max_width=width, empty_message="no relations match")


@click.command("contradictions")
@click.option("--fact", "fact_id", type=int, help="Only contradictions inside this fact.")
@click.option(
    "--status",
    type=click.Choice((*STATUSES, "open")),
    help="Only contradictions with this status (default: auto and confirmed; "
    "open: those and the suggested ones).",
)
@time_options
@sort_option(RELATION_SORTS, "newest")
@limit_option
@output_options
@pass_app
def contradictions(
    app: App,
    fact_id: int | None,
    status: str | None,
    since: dt.datetime | None,
    until: dt.datetime | None,
    as_of: dt.datetime | None,
    sort: str,
    limit: int,
    fmt: str,
    width: int,
) -> None:
    """List open contradictions: which value contradicts which, and who said each;
    newest first (--sort oldest|score). Only the ones that stand (made automatically
    or confirmed); the matcher's suggestions wait in `tracker review`
    (or: --status suggested).

    Example: tracker contradictions --since 2025-03-01
    """
    from tracker import query

    flt = query.RelationFilter(None, status, fact_id, None, as_of, since, until, limit, sort)
    with app.db.reader() as session:
        rows = query.list_contradictions(session, flt)
    columns = query.CONTRADICTION_COLUMNS if fmt == "table" else None
    output_rows(rows, columns, fmt, max_width=width, empty_message="no open contradictions")
    if rows.suggested and fmt == "table":
        noun = "contradiction awaits" if rows.suggested == 1 else "contradictions await"
        click.echo(
            f"{rows.suggested} suggested {noun} a person's decision: "
            "tracker review (or --status suggested)",
            err=True,
        )


@click.command("rematch")
@click.option("--since", type=TIMESTAMP, help="Only articles published on or after this date.")
@pass_app
def rematch(app: App, since: dt.datetime | None) -> None:
    """Recompute automatic relations and fact assignments (after a matcher change),
    article by article in time order. Decisions people made are kept.

    Example: tracker rematch --since 2025-03-01
    """
    from tracker.store.rematch import rematch as run

    result = run(app.db, app.settings.match, since)
    click.echo(
        f"rematched {result.articles} articles with {result.matcher_version}: "
        f"{result.relations} relations, {result.facts_emptied} facts left empty "
        "(kept, pointing to where their figures went)"
    )


def register(group: click.Group) -> None:
    for command in (facts, fact, relations, contradictions, rematch):
        group.add_command(command)
