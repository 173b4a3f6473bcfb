"""Sources' track record (`tracker sources --stats`): what each outlet said, and how
it held up.

Per source:

* ``claims`` and ``figures`` in its articles;
* ``said_first``: repeats of its claims by independent others (``repeat``
  relations whose older claim is from this source and whose newer claim is an
  independent corroboration): how often it was the earliest independent source
  of something others went on to say;
* ``contradicted`` / ``updated``: contradiction and update relations whose older
  claim (the value contradicted or replaced) is from this source;
* ``syndicated``: its articles that are syndicated copies of another article;
  ``copied``: copies other sources made of its articles.

Relations a person rejected do not count.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, aliased

from tracker.db.models import Article, Claim, Figure, Relation
from tracker.query.articles import list_sources

Row = dict[str, Any]

STATS_COLUMNS = [
    "id",
    "name",
    "articles",
    "claims",
    "figures",
    "said_first",
    "contradicted",
    "updated",
    "syndicated",
    "copied",
]
COUNTS = STATS_COLUMNS[3:]


def source_stats(session: Session, *, limit: int = 0) -> list[Row]:
    """Every source (by name) with its article counts and its track record."""
    rows = list_sources(session, limit=limit)
    counts: dict[str, Counter[int | None]] = {name: Counter() for name in COUNTS}

    for source_id, n in session.execute(
        select(Article.source_id, func.count(Claim.id))
        .join(Claim, Claim.article_id == Article.id)
        .group_by(Article.source_id)
    ):
        counts["claims"][source_id] = n
    for source_id, n in session.execute(
        select(Article.source_id, func.count(Figure.id))
        .join(Claim, Claim.article_id == Article.id)
        .join(Figure, Figure.claim_id == Claim.id)
        .group_by(Article.source_id)
    ):
        counts["figures"][source_id] = n

    older_claim = aliased(Claim)
    older_article = aliased(Article)
    for source_id, kind, independent, n in session.execute(
        select(
            older_article.source_id,
            Relation.kind,
            Relation.independent,
            func.count(Relation.id),
        )
        .join(older_claim, older_claim.id == Relation.older_claim_id)
        .join(older_article, older_article.id == older_claim.article_id)
        .where(Relation.status != "rejected", Relation.alive())
        .group_by(older_article.source_id, Relation.kind, Relation.independent)
    ):
        if kind == "repeat" and independent:
            counts["said_first"][source_id] += n
        elif kind == "contradiction":
            counts["contradicted"][source_id] += n
        elif kind == "update":
            counts["updated"][source_id] += n

    for source_id, n in session.execute(
        select(Article.source_id, func.count(Article.id))
        .where(Article.syndicated_from_id.is_not(None))
        .group_by(Article.source_id)
    ):
        counts["syndicated"][source_id] = n
    original = aliased(Article)
    for source_id, n in session.execute(
        select(original.source_id, func.count(Article.id))
        .join(original, original.id == Article.syndicated_from_id)
        .where(
            or_(Article.source_id.is_(None), Article.source_id != original.source_id),
        )
        .group_by(original.source_id)
    ):
        counts["copied"][source_id] = n

    for row in rows:
        for name in COUNTS:
            row[name] = counts[name][row["id"]]
    return rows
