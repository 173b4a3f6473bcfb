"""`tracker review`: suggested relations a person decides, with both sentences side by
side; `review confirm|reject ID...`; `review -i` asks y/n/skip for each pair."""

from __future__ import annotations

import os
import shutil
import textwrap
from typing import Any

import click

from tracker.cli.app import App
from tracker.cli.options import limit_option, output_options, pass_app, sort_option
from tracker.cli.render import cell, explanation_rows, output_rows

OPEN, CLOSE = "»", "«"  # the figure in its sentence, without colour


@click.group("review", invoke_without_command=True)
@click.option(
    "-i",
    "--interactive",
    is_flag=True,
    help="Ask for each pair: y (confirm), n (reject), s (skip), q (quit).",
)
@click.option("--note", help="With -i: kept with every decision made.")
@sort_option(("newest", "oldest", "score"), "newest")
@limit_option
@output_options
@click.pass_context
def review(
    ctx: click.Context,
    interactive: bool,
    note: str | None,
    sort: str,
    limit: int,
    fmt: str,
    width: int,
) -> None:
    """Suggested relations waiting for a person: both sentences side by side with
    the figure marked, claimant, source, time and why the matcher suggests the link.
    Decide with `confirm` / `reject`, or one pair after another with -i.

    \b
    Examples:
      tracker review
      tracker review -i
      tracker review confirm 12 14 --note "same report"
    """
    if ctx.invoked_subcommand is not None:
        return
    from tracker.query.review import review_queue

    app: App = ctx.find_object(App)  # type: ignore[assignment]
    if interactive:
        everything = ctx.get_parameter_source("limit") in (None, click.core.ParameterSource.DEFAULT)
        with app.db.reader() as session:
            queue = review_queue(session, limit=0 if everything else limit, sort=sort)
        _interactive(app, queue, note)
        return
    with app.db.reader() as session:
        queue = review_queue(session, limit=limit, sort=sort)
    if fmt != "table" or not queue:
        output_rows(queue, None, fmt, max_width=width, empty_message="nothing to review")
        return
    columns = _columns()
    color = _color()
    for entry in queue:
        click.echo(pair_view(entry, columns, color=color))
        click.echo(
            f"  decide: tracker review confirm {entry['relation_id']}"
            f"  |  tracker review reject {entry['relation_id']}\n"
        )
    if queue.total > len(queue):
        click.echo(f"showing {len(queue)} of {queue.total} (--limit N, --all)", err=True)


def _columns() -> int:
    return max(80, min(shutil.get_terminal_size((120, 24)).columns, 200))


def _color() -> bool:
    import sys

    return sys.stdout.isatty()


def pair_view(entry: dict[str, Any], columns: int = 120, *, color: bool = False) -> str:
    """One suggested relation: a heading, the two claims side by side (newer left,
    older right) with the figure marked, then the explanation as name/value rows."""
    side_width = (columns - 5) // 2
    fact = f"fact {entry['fact_id']}: {entry['fact_label']}" if entry["fact_id"] else "no fact"
    lines = [
        f"relation {entry['relation_id']}: {entry['kind']}? "
        f"(suggested, score {entry['score']:.3f})  {fact}"
    ]
    sides = [_side(entry, "newer", side_width), _side(entry, "older", side_width)]
    height = max(len(sides[0]), len(sides[1]))
    for left, right in zip(*(s + [""] * (height - len(s)) for s in sides), strict=True):
        shown_left = _paint(left, color)
        padding = " " * (side_width - len(left))
        lines.append(f"  {shown_left}{padding} │ {_paint(right, color)}".rstrip())
    parts = explanation_parts(entry["explanation"] or {})
    if parts:
        why = f"why ({entry['matcher_version']}): " + " · ".join(parts)
        lines += textwrap.wrap(
            why, width=columns - 2, initial_indent="  ", subsequent_indent="    "
        )
    return "\n".join(lines)


def explanation_parts(explanation: dict[str, Any]) -> list[str]:
    """The stored explanation, name by name: the link model's comparisons first, each
    with its level and match weight ("subject same_place +1.31"), then the rest."""
    parts = [
        f"{item['comparison']} {item['level']} {float(item['weight']):+.2f}"
        for item in explanation.get("comparisons") or []
        if isinstance(item, dict) and {"comparison", "level", "weight"} <= item.keys()
    ]
    rest = {k: v for k, v in explanation.items() if not (k == "comparisons" and parts)}
    return parts + [f"{name} {value}" for name, value in explanation_rows(rest)]


def _side(entry: dict[str, Any], side: str, width: int) -> list[str]:
    from tracker.query.claims import format_value

    claim = entry[side]
    value = format_value(claim["value"], entry["unit"], claim["approx"]) or "—"
    text = claim["text"]
    if claim["figure_span"]:
        start, end = claim["figure_span"]
        if 0 <= start < end <= len(text):
            text = text[:start] + OPEN + text[start:end] + CLOSE + text[end:]
    head = [
        f"{side} · claim {claim['claim_id']} · {value}",
        f"{claim['claimant'] or '?'} · {claim['source'] or 'unknown source'}",
        cell(claim["stated_at"]) or "undated",
        "",
    ]
    wrapped = textwrap.wrap(text, width=width, break_long_words=True) or [""]
    return [line[:width] for line in head] + wrapped


def _paint(line: str, color: bool) -> str:
    """On a terminal the marked figure is shown in colour, without the marks."""
    if not color or (OPEN not in line and CLOSE not in line):
        return line
    out = []
    inside = False
    for char in line:
        if char == OPEN:
            inside = True
            continue
        if char == CLOSE:
            inside = False
            continue
        out.append(click.style(char, fg="black", bg="yellow", bold=True) if inside else char)
    return "".join(out)


def _interactive(app: App, queue: list[dict[str, Any]], note: str | None) -> None:
    from tracker.store.review import decide

    if not queue:
        click.echo("nothing to review")
        return
    counts = {"confirmed": 0, "rejected": 0, "skipped": 0}
    actions = {"y": "confirm", "n": "reject"}
    columns, color = _columns(), _color()
    for number, entry in enumerate(queue, 1):
        click.echo(f"[{number}/{len(queue)}] " + pair_view(entry, columns, color=color))
        try:
            answer = click.prompt(
                "  same fact, link right? y(es, confirm) / n(o, reject) / s(kip) / q(uit)",
                type=click.Choice(["y", "n", "s", "q"], case_sensitive=False),
                show_choices=False,
            ).lower()
        except click.Abort:
            click.echo()
            break
        if answer == "q":
            break
        if answer == "s":
            counts["skipped"] += 1
            continue
        with app.db.session() as session:
            relation = decide(session, entry["relation_id"], actions[answer], _actor(), note)
            status = relation.status
        counts[status] += 1
        click.echo(f"  relation {entry['relation_id']}: {entry['kind']} {status}\n")
    left = len(queue) - sum(counts.values())
    click.echo(
        f"reviewed: {counts['confirmed']} confirmed, {counts['rejected']} rejected, "
        f"{counts['skipped']} skipped, {left} left"
    )


def _actor() -> str:
    import getpass  # here: it imports termios, and only review asks who decides

    return os.environ.get("TRACKER_USER") or getpass.getuser()


@review.command("confirm")
@click.argument("relation_ids", nargs=-1, required=True, type=int, metavar="ID...")
@click.option("--note", help="Why (kept with each decision).")
@pass_app
def confirm(app: App, relation_ids: tuple[int, ...], note: str | None) -> None:
    """Confirm relations; a confirmed suggestion moves the figure into the fact.
    All or nothing: an unknown id decides none of them.

    Example: tracker review confirm 12 14 --note "same report, checked"
    """
    _decide_all(app, relation_ids, "confirm", note)


@review.command("reject")
@click.argument("relation_ids", nargs=-1, required=True, type=int, metavar="ID...")
@click.option("--note", help="Why (kept with each decision).")
@pass_app
def reject(app: App, relation_ids: tuple[int, ...], note: str | None) -> None:
    """Reject relations; re-matching will never make them again. All or nothing.

    Example: tracker review reject 12 15 --note "different district"
    """
    _decide_all(app, relation_ids, "reject", note)


def _decide_all(app: App, relation_ids: tuple[int, ...], action: str, note: str | None) -> None:
    from tracker.store.review import decide_all

    with app.db.session() as session:
        decided = decide_all(session, relation_ids, action, _actor(), note)
        lines = [f"relation {r.id}: {r.kind} {r.status}" for r in decided]
    for line in lines:
        click.echo(line)


def register(group: click.Group) -> None:
    group.add_command(review)
