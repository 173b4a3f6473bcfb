"""`tracker claims` and `tracker show claim|relation`: claims with their provenance."""

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
from tracker.cli.render import cell, explanation_rows, output_object, output_rows

CLAIM_SORTS = ("newest", "oldest", "recorded")


@click.command("claims")
@click.option("--article", "article_id", type=int, help="Only claims of this article id.")
@click.option("--source", help="Only claims from this source (name, any case).")
@click.option("--claimant", help="Claimant name (any spelling that was seen).")
@click.option("--language", help="Only claims in this language (de, en, ...).")
@click.option("--contains", "text", help="Claim text contains this (any case).")
@click.option("--fact", "fact_id", type=int, help="Only claims with a figure of this fact.")
@click.option("--with-figures", is_flag=True, help="Only claims that carry a figure.")
@time_options
@sort_option(CLAIM_SORTS, "newest")
@limit_option
@output_options
@pass_app
def claims(
    app: App,
    article_id: int | None,
    source: str | None,
    claimant: str | None,
    language: str | None,
    text: str | None,
    fact_id: int | None,
    with_figures: bool,
    since: dt.datetime | None,
    until: dt.datetime | None,
    as_of: dt.datetime | None,
    sort: str,
    limit: int,
    fmt: str,
    width: int,
) -> None:
    """List claims, newest first by stated time (--sort oldest|recorded).

    Example: tracker claims --claimant Selenskyj --with-figures --format json
    """
    from tracker import query

    flt = query.ClaimFilter(
        article_id=article_id,
        source=source,
        claimant=claimant,
        language=language,
        stated_after=since,
        stated_before=until,
        text=text,
        fact_id=fact_id,
        has_figures=with_figures,
        as_of=as_of,
        limit=limit,
        sort=sort,
    )
    with app.db.reader() as session:
        rows = query.list_claims(session, flt)
    columns = query.CLAIM_COLUMNS if fmt == "table" else None
    output_rows(rows, columns, fmt, max_width=width, empty_message="no claims match")


@click.command("claim")
@click.argument("claim_id", type=int)
@output_options
@pass_app
def show_claim(app: App, claim_id: int, fmt: str, width: int) -> None:
    """The provenance chain of a claim: claimant -> via -> article -> source, the
    sentence highlighted in its paragraph, its figures and facts, fact-checkers'
    verdicts on it, its relations.

    Example: tracker show claim 12
    """
    from tracker import query

    with app.db.reader() as session:
        detail = query.claim_detail(session, claim_id)
    output_object(detail, fmt, claim_text_view(detail, color=_color()))


def _color() -> bool:
    import sys

    return sys.stdout.isatty()


def highlight(paragraph: str, start: int, end: int, *, color: bool) -> str:
    sentence = paragraph[start:end]
    marked = click.style(sentence, bold=True, underline=True) if color else f"»{sentence}«"
    return paragraph[:start] + marked + paragraph[end:]


def claim_text_view(detail: dict[str, Any], *, color: bool = False) -> str:
    article = detail["article"]
    claimant = detail["claimant"]
    lines = [
        f"claim {detail['id']}  ({detail['attribution'].replace('_', ' ')}"
        + (", denies or corrects" if detail["negated"] else "")
        + ")"
    ]
    if claimant:
        also = [a for a in claimant["aliases"] if a != claimant["name"]]
        who = f"{claimant['name']} ({claimant['kind']}"
        who += f"; also written: {', '.join(also)})" if also else ")"
    else:
        who = f"{detail['claimant_label']} (author or outlet)" if detail["claimant_label"] else "—"
    source = detail["source"]["name"] if detail["source"] else "unknown source"
    title = f'"{article["title"]}"' if article["title"] else "(untitled)"
    chain = [
        claimant["name"] if claimant else (detail["claimant_label"] or "?"),
        *([detail["via"]["name"]] if detail["via"] else []),
        f"article {article['id']}",
        source,
    ]
    fields = [
        ("chain", " -> ".join(chain)),
        ("claimant", who),
        ("via", detail["via"]["name"] if detail["via"] else None),
        ("article", f"{article['id']} {title}"),
        ("url", article["url"]),
        ("published", cell(article["published_at"]) or None),
        ("version", f"{article['version']} of {article['versions']}"),
        ("source", source),
        ("stated", cell(detail["stated_at"]) or None),
        ("recorded", cell(detail["recorded_at"])),
        ("from", article["origin"]),
        (
            "copy of",
            f"article {article['syndicated_from_id']}" if article["syndicated_from_id"] else None,
        ),
    ]
    lines += [f"  {name:<10} {value}" for name, value in fields if value]
    start, end = detail["sentence_in_paragraph"]
    lines += ["", "  " + highlight(detail["paragraph"], start, end, color=color)]
    if detail["figures"]:
        lines += ["", "  figures"]
        for f in detail["figures"]:
            fact = f"fact {f['fact_id']}: {f['fact_label']}" if f["fact_id"] else "no fact"
            lines.append(f"    {f['text']:<28} {fact}  [{f['rank']}]  ({f['raw_text']})")
    if detail["verdicts"]:
        from tracker.query.verdicts import describe

        lines += ["", "  verdicts"]
        for v in detail["verdicts"]:
            lines.append("    " + describe(v) + ("" if v["latest"] else "  (superseded)"))
            lines += [f"      {link}" for link in (v["review_url"],) if link]
            if v["appearance_url"]:
                lines.append(f"      claim seen at {v['appearance_url']}")
    if detail["relations"]:
        lines += ["", "  relations"]
        for r in detail["relations"]:
            lines.append("    " + relation_line(r))
    return "\n".join(lines)


def relation_line(r: dict[str, Any]) -> str:
    arrow = "->" if r["direction"] == "to older" else "<-"
    independent = {True: ", independent", False: ", not independent"}.get(r["independent"], "")
    return (
        f"{r['kind']} {arrow} claim {r['other_claim_id']} ({r['other_source'] or '?'}), "
        f"score {r['score']:.2f} [{r['status']}{independent}] relation {r['id']}"
    )


@click.command("relation")
@click.argument("relation_id", type=int)
@output_options
@pass_app
def show_relation(app: App, relation_id: int, fmt: str, width: int) -> None:
    """Why two claims are linked: both claims, the score and its components, the
    matcher version, and any decisions people made about it.

    Example: tracker show relation 3
    """
    from tracker import query

    with app.db.reader() as session:
        detail = query.relation_detail(session, relation_id)
    output_object(detail, fmt, relation_text_view(detail))


def relation_text_view(d: dict[str, Any]) -> str:
    lines = [
        f"relation {d['id']}: {d['kind']} [{d['status']}]"
        + ({True: ", independent", False: ", not independent"}.get(d["independent"], "")),
        f"  newer   claim {d['newer_claim_id']}: {d['newer']}  stated {cell(d['newer_stated_at'])}",
        f"          {d['newer_text']}",
        f"  older   claim {d['older_claim_id']}: {d['older']}  stated {cell(d['older_stated_at'])}",
        f"          {d['older_text']}",
    ]
    if d["fact_id"]:
        lines.append(f"  fact    {d['fact_id']}: {d['fact_label']}")
    components = d["components"] or {}
    if "comparisons" in components:
        lines.append(f"  matcher {d['matcher_version']}")
        lines += waterfall(components)
        lines += joined_lines(d, components)
        return "\n".join(lines + decision_lines(d))
    lines.append(f"  score   {d['score']:.3f} by {d['matcher_version']}")
    rows = explanation_rows(components)
    pad = max((len(name) for name, _ in rows), default=0)
    for name, value in rows:
        lines.append(f"          {name:<{pad}}  {value}")
    return "\n".join(lines + decision_lines(d))


_JOINED = {
    "auto": "automatically",
    "kept": "as a person placed it",
    "sibling": "with the value its claim asserts",
    "reference": "as the value its claim answers",
}


def joined_lines(d: dict[str, Any], components: dict[str, Any]) -> list[str]:
    """How the newer figure came into the fact, when that is not this pair's doing: a
    figure joins through its best match in the fact, so a repeat of an earlier claim can
    stand in the fact with a pair probability below the auto threshold."""
    placement = d.get("newer_placement")
    probability = d.get("newer_placement_probability")
    pair = components.get("probability")
    if placement not in _JOINED or d.get("fact_id") is None:
        return []
    if placement == "auto" and (
        probability is None or pair is None or abs(float(probability) - float(pair)) < 0.0005
    ):
        return []
    how = _JOINED[placement]
    at = f" at probability {float(probability):.3f}" if probability is not None else ""
    return [
        f"  joined  fact {d['fact_id']} {how}{at}, through the newer figure's best match",
        "          in the fact (the waterfall above is this pair alone)",
    ]


def decision_lines(d: dict[str, Any]) -> list[str]:
    return [
        f"  decided {cell(decision['at'])} by {decision['actor']}: {decision['action']}"
        + (f" ({decision['note']})" if decision["note"] else "")
        for decision in d["decisions"]
    ]


def waterfall(components: dict[str, Any]) -> list[str]:
    """The link model's explanation: the prior, then each comparison's match weight
    (log-odds), the running total, and the probability it adds up to."""
    import math

    total = float(components.get("prior", 0.0))
    lines = [f"  why     {'prior':<10} {'':<18} {total:+7.2f}  = {total:+6.2f}"]
    for item in components.get("comparisons", []):
        weight = float(item["weight"])
        total += weight
        name, level = item["comparison"], item["level"]
        lines.append(f"          {name:<10} {level:<18} {weight:+7.2f}  = {total:+6.2f}")
    probability = components.get("probability", 1 / (1 + math.exp(-total)))
    lines.append(
        f"          {'probability':<29} {probability:7.3f}  (model {components.get('model')})"
    )
    extra = {
        k: v
        for k, v in components.items()
        if k not in ("prior", "comparisons", "probability", "model")
    }
    for name, value in sorted(extra.items()):
        lines.append(f"          {name:<29} {value}")
    return lines


def register(group: click.Group) -> None:
    group.add_command(claims)
    show = group.commands["show"]
    assert isinstance(show, click.Group)
    show.add_command(show_claim)
    show.add_command(show_relation)


__all__ = ["TIMESTAMP", "register"]
