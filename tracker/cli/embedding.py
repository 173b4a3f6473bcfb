"""Embedding what an ingest stored (the semantic extra), after the write.

Runs after :class:`tracker.store.ingest.Ingestor` has committed the articles, never inside
their transactions: the model's time does not hold the database's write lock. On
when the extra is installed, unless ``TRACKER_SEMANTIC=off``; ``tracker embed`` does
the same for claims stored before (or with it off).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import click

from tracker.cli.app import App

BATCH = 64  # claims per model call and transaction


def embed_after_ingest(
    app: App, article_ids: Sequence[int], *, show_progress: bool, quiet: bool = False
) -> int:
    """Vectors for the claims of the articles an ingest stored; how many were made."""
    if app.settings.semantic is False or not article_ids:
        return 0
    from tracker.match.semantic import load_model
    from tracker.store.vectors import count_missing, embed_missing

    model = load_model()
    if model is None:
        if app.settings.semantic:
            click.echo(
                "warning: TRACKER_SEMANTIC is on but the model is not installed: "
                "pip install 'tracker[semantic]'",
                err=True,
            )
        return 0
    db = app.db_for_writing()
    first = min(article_ids)
    with db.reader() as session:
        total = count_missing(session, model.name, first)
    if not total:
        return 0
    advance: Any = None
    bar: Any = None
    if show_progress:
        from tracker.cli.progress import DelayedProgress

        bar = DelayedProgress(lambda: progress_columns(), total=total, delay=0.5)
        advance = bar.__enter__().advance
    try:
        done = embed_missing(db.session, model, batch=BATCH, on_batch=advance, from_article=first)
    finally:
        if bar is not None:
            bar.__exit__(None, None, None)
    if not quiet:
        click.echo(f"embedded {done} claims with {model.name}", err=True)
    return done


def progress_columns() -> list[Any]:
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    return [
        TextColumn("embedding"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("claims"),
        TimeElapsedColumn(),
        TextColumn("· left"),
        TimeRemainingColumn(),
    ]
