"""Read commands: `tracker articles`, `tracker sources`, `tracker show ...`."""

from __future__ import annotations

import datetime as dt
from typing import Any

import click

from tracker.cli.app import App
from tracker.cli.options import TIMESTAMP, limit_option, output_options, pass_app
from tracker.cli.render import cell, output_object, output_rows


@click.command("articles")
@click.option("--source", help="Only articles from this source (name, any case).")
@click.option("--language", help="Only articles in this language (de, en, unknown, ...).")
@click.option("--since", type=TIMESTAMP, help="Published at or after this date.")
@click.option("--until", type=TIMESTAMP, help="Published before this date.")
@click.option("--contains", "text", help="Title or text contains this (any case).")
@click.option("--url", help="Only this URL.")
@click.option("--all-versions", is_flag=True, help="Also list replaced versions of an article.")
@limit_option
@output_options
@pass_app
def articles(
    app: App,
    source: str | None,
    language: str | None,
    since: dt.datetime | None,
    until: dt.datetime | None,
    text: str | None,
    url: str | None,
    all_versions: bool,
    limit: int,
    fmt: str,
    width: int,
) -> None:
    """List ingested articles, oldest first (the latest version of each URL).

    Example: tracker articles --language de --since 2025-03-01 --format csv
    """
    from tracker import query

    flt = query.ArticleFilter(source, language, since, until, text, url, all_versions, limit)
    with app.db.reader() as session:
        rows = query.list_articles(session, flt)
    columns = query.ARTICLE_COLUMNS if fmt == "table" else None
    output_rows(
        rows,
        columns,
        fmt,
        max_width=width,
        empty_message="no articles yet: see `tracker ingest --help`",
    )


@click.command("sources")
@click.option(
    "--stats",
    is_flag=True,
    help="Track record as shares of each source's figures: said first (repeated by "
    "independent others), contradicted by others, corrected by itself.",
)
@limit_option
@output_options
@pass_app
def sources(app: App, stats: bool, limit: int, fmt: str, width: int) -> None:
    """List sources (outlets and relays, one row per outlet however it is spelt) with
    their articles, or with --stats their track record.

    Example: tracker sources --stats --format csv
    """
    from tracker.query import sources as found
    from tracker.query.rows import Rows

    with app.db.reader() as session:
        if stats:
            every = found.source_stats(session)
            table_columns, headers = found.STATS_TABLE_COLUMNS, found.STATS_HEADERS
        else:
            every = found.list_sources(session)
            table_columns, headers = found.SOURCE_COLUMNS, {}
    rows = Rows(every[: limit or None], total=len(every))
    if fmt != "table":
        for row in rows:
            for key in [k for k in row if k.endswith("_text")]:
                del row[key]
    columns = table_columns if fmt == "table" else None
    output_rows(
        rows, columns, fmt, max_width=width, empty_message="no sources yet", headers=headers
    )


@click.group("show")
def show() -> None:
    """Show one article (later also claims, facts, relations) in full."""


@show.command("article")
@click.argument("article_id", type=int)
@output_options
@pass_app
def show_article(app: App, article_id: int, fmt: str, width: int) -> None:
    """Metadata, provenance (file, ingest run, versions) and the text of an article.

    Example: tracker show article 1
    """
    from tracker import query

    with app.db.reader() as session:
        detail = query.article_detail(session, article_id)
    output_object(detail, fmt, article_text_view(detail))


def article_text_view(detail: dict[str, Any]) -> str:
    fields = [
        ("title", detail["title"]),
        ("source", detail["source"]),
        ("url", detail["url"]),
        ("author", detail["author"]),
        ("published", detail["published_at"]),
        ("language", detail["language"]),
        ("version", f"{detail['version']} of {len(detail['versions'])}"),
        ("from", detail["origin"]),
        ("recorded", detail["recorded_at"]),
        ("ingest run", detail["ingest_run"]["id"] if detail["ingest_run"] else None),
        ("sha256", detail["sha256"]),
    ]
    lines = [f"article {detail['id']}"]
    lines += [f"  {name:<11} {cell(value)}" for name, value in fields if value not in (None, "")]
    if len(detail["versions"]) > 1:
        lines.append("  versions:")
        for v in detail["versions"]:
            mark = "*" if v["id"] == detail["id"] else " "
            lines.append(
                f"   {mark} v{v['version']}  article {v['id']}  recorded {cell(v['recorded_at'])}"
                f"  sha256 {v['sha256']}"
            )
    lines += ["", detail["text"]]
    return "\n".join(lines)


def register(group: click.Group) -> None:
    group.add_command(articles)
    group.add_command(sources)
    group.add_command(show)
