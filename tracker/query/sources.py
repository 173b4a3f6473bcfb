"""Sources (outlets and relays), one entry per outlet however it was spelt, and each
outlet's track record (`tracker sources --stats`) as shares of its figures.

**Aliases.** A relay named in a text ("Iswestija berichtete ...") becomes a source
row of its own, and so does a feed's host name ("blitz.example"). Sources are
grouped like claimants: by a key that ignores case, diacritics, a leading article,
the top-level domain of a host name and the spellings that differ between German
and English transliteration (w/v, s/z, j/i): `Iswestija` and `Izvestia` are one
source, `Blitz` and `blitz.example` too. The group is named after the spelling
with the most articles.

**Track record**, per source, over the figures in its articles:

* ``said_first``: figures that independent others went on to repeat, this one
  being the first statement of the value (the older side of an independent
  ``repeat``);
* ``contradicted``: figures a later claim from another source contradicted;
* ``corrected``: figures the source itself later corrected (a later claim of the
  same source that denies or corrects, linked by an update or contradiction);
* each with its share of the source's figures (``said_first_share`` ...).

Updates that follow a story's progress ("now 4,100 evacuated") are not held
against anyone: they count nowhere. Relations a person rejected, and relations
replaced by re-matching, do not count. ``syndicated`` counts the source's articles
that are copies of another article, ``copied`` the copies others made of its
articles, ``relayed`` the claims that name it as the relay.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from tracker.db.models import Article, Claim, Figure, Relation, Source
from tracker.lexicon import fold_name

Row = dict[str, Any]

SOURCE_COLUMNS = [
    "id",
    "name",
    "articles",
    "relayed",
    "first_published",
    "last_published",
    "aliases",
]
STATS_COLUMNS = [
    "id",
    "name",
    "articles",
    "figures",
    "said_first",
    "contradicted",
    "corrected",
    "syndicated",
    "copied",
]
# The table shows a share with its count: "25% (3)".
STATS_TABLE_COLUMNS = [
    "id",
    "name",
    "articles",
    "figures",
    "said_first_text",
    "contradicted_text",
    "corrected_text",
    "syndicated",
    "copied",
]
STATS_HEADERS = {
    "said_first_text": "said first",
    "contradicted_text": "contradicted",
    "corrected_text": "corrected by itself",
}
SHARES = ("said_first", "contradicted", "corrected")

_ARTICLES = frozenset("the die der das la le el il".split())
_KEY_RULES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(p), r)
    for p, r in (
        (r"schtsch|shch", "shch"),
        (r"tsch", "ch"),
        (r"sch", "sh"),
        (r"zh", "sh"),
        (r"kh", "ch"),
        (r"w", "v"),
        (r"z", "s"),
        (r"j", "i"),
        (r"y", "i"),
        (r"ck", "k"),
        (r"(.)\1+", r"\1"),
    )
)
_HOST = re.compile(r"^(?:[a-z][a-z0-9+.-]*://)?(?:www\d?\.)?([a-z0-9-]+(?:\.[a-z0-9-]+)+)/?.*$")


def _is_host(name: str) -> bool:
    """A host name or URL ("blitz.example"), not the outlet's own name."""
    return " " not in name.strip() and bool(_HOST.match(name.strip().casefold()))


def source_key(name: str) -> str:
    """The key that makes two spellings of one outlet the same source."""
    raw = name.strip().casefold()
    host = _HOST.match(raw) if " " not in raw else None
    if host:
        labels = host.group(1).split(".")
        drop = 2 if len(labels) > 2 and len(labels[-1]) == 2 and len(labels[-2]) <= 3 else 1
        raw = labels[: len(labels) - drop][-1]
    tokens = fold_name(raw).split()
    if len(tokens) > 1 and tokens[0] in _ARTICLES:
        tokens = tokens[1:]
    key = "".join(tokens)
    for pattern, replacement in _KEY_RULES:
        key = pattern.sub(replacement, key)
    return key or raw


@dataclass
class SourceGroup:
    """One outlet: every source row whose name has the same key."""

    key: str
    ids: list[int] = field(default_factory=list)
    names: dict[int, str] = field(default_factory=dict)
    articles: Counter[int] = field(default_factory=Counter)

    @property
    def id(self) -> int:
        """The id of the spelling the group is named after."""
        return min(self.ids, key=lambda i: (-self.articles[i], _is_host(self.names[i]), i))

    @property
    def name(self) -> str:
        return self.names[self.id]

    @property
    def aliases(self) -> list[str]:
        return sorted({n for i, n in self.names.items() if i != self.id} - {self.name})


class SourceGroups:
    """Source rows grouped into outlets (see the module doc)."""

    def __init__(self, rows: list[tuple[int, str, int]]) -> None:
        by_key: dict[str, SourceGroup] = {}
        self.of: dict[int, SourceGroup] = {}
        for source_id, name, articles in rows:
            key = source_key(name)
            group = by_key.setdefault(key, SourceGroup(key))
            group.ids.append(source_id)
            group.names[source_id] = name
            group.articles[source_id] = articles
            self.of[source_id] = group
        self.groups = list(by_key.values())

    @classmethod
    def load(cls, session: Session) -> SourceGroups:
        stmt = (
            select(Source.id, Source.name, func.count(Article.id))
            .outerjoin(Article, Article.source_id == Source.id)
            .group_by(Source.id, Source.name)
            .order_by(Source.id)
        )
        return cls([(r[0], r[1], r[2]) for r in session.execute(stmt)])

    def key(self, source_id: int | None) -> str | None:
        """The outlet a source row belongs to (None for no source)."""
        if source_id is None:
            return None
        group = self.of.get(source_id)
        return group.key if group else str(source_id)

    def name(self, source_id: int | None) -> str | None:
        group = self.of.get(source_id) if source_id is not None else None
        return group.name if group else None


def list_sources(session: Session, *, limit: int = 0) -> list[Row]:
    """Outlets by name, each with its articles, the claims relayed through it, the
    first and last published time, and the other spellings of its name."""
    groups = SourceGroups.load(session)
    published: dict[int, tuple[Any, Any]] = {}
    for source_id, first, last in session.execute(
        select(Source.id, func.min(Article.published_at), func.max(Article.published_at))
        .join(Article, Article.source_id == Source.id)
        .group_by(Source.id)
    ):
        published[source_id] = (_time(first), _time(last))
    relayed = Counter(
        {
            r[0]: r[1]
            for r in session.execute(
                select(Claim.via_source_id, func.count(Claim.id))
                .where(Claim.via_source_id.is_not(None))
                .group_by(Claim.via_source_id)
            )
        }
    )
    urls = dict(session.execute(select(Source.id, Source.url)).all())
    rows: list[Row] = []
    for group in groups.groups:
        firsts = [published[i][0] for i in group.ids if i in published and published[i][0]]
        lasts = [published[i][1] for i in group.ids if i in published and published[i][1]]
        rows.append(
            {
                "id": group.id,
                "name": group.name,
                "articles": sum(group.articles.values()),
                "relayed": sum(relayed[i] for i in group.ids),
                "first_published": min(firsts) if firsts else None,
                "last_published": max(lasts) if lasts else None,
                "aliases": group.aliases,
                "url": next((urls[i] for i in sorted(group.ids) if urls.get(i)), None),
                "source_ids": sorted(group.ids),
            }
        )
    rows.sort(key=lambda r: (r["name"].casefold(), r["id"]))
    return rows[:limit] if limit else rows


def _time(value: Any) -> dt.datetime | None:
    """Aggregates lose the column type on SQLite."""
    if isinstance(value, str):
        from tracker.db.base import to_utc

        return to_utc(dt.datetime.fromisoformat(value))
    result: dt.datetime | None = value
    return result


def source_stats(session: Session, *, limit: int = 0) -> list[Row]:
    """Every outlet with its track record (see the module doc), most figures first."""
    groups = SourceGroups.load(session)
    rows = list_sources(session)
    key_of = groups.key

    article_source = dict(session.execute(select(Article.id, Article.source_id)).all())
    claims: Counter[str | None] = Counter()
    for source_id, n in session.execute(
        select(Article.source_id, func.count(Claim.id))
        .join(Claim, Claim.article_id == Article.id)
        .group_by(Article.source_id)
    ):
        claims[key_of(source_id)] += n
    figures: Counter[str | None] = Counter()
    for source_id, n in session.execute(
        select(Article.source_id, func.count(Figure.id))
        .join(Claim, Claim.article_id == Article.id)
        .join(Figure, Figure.claim_id == Claim.id)
        .group_by(Article.source_id)
    ):
        figures[key_of(source_id)] += n

    found: dict[str, dict[str | None, set[int]]] = {name: defaultdict(set) for name in SHARES}
    newer_claim, older_claim = aliased(Claim), aliased(Claim)
    newer_article, older_article = aliased(Article), aliased(Article)
    correcting = (
        select(Figure.id)
        .where(Figure.claim_id == newer_claim.id, Figure.negated.is_(True))
        .exists()
    )
    stmt = (
        select(
            Relation.kind,
            Relation.independent,
            Relation.older_figure_id,
            older_article.source_id.label("older_source"),
            newer_article.source_id.label("newer_source"),
            (newer_claim.negated | correcting).label("correction"),
        )
        .join(older_claim, older_claim.id == Relation.older_claim_id)
        .join(older_article, older_article.id == older_claim.article_id)
        .join(newer_claim, newer_claim.id == Relation.newer_claim_id)
        .join(newer_article, newer_article.id == newer_claim.article_id)
        .where(
            Relation.status != "rejected",
            Relation.alive(),
            Relation.older_figure_id.is_not(None),
        )
    )
    for r in session.execute(stmt):
        older, newer = key_of(r.older_source), key_of(r.newer_source)
        if r.kind == "repeat" and r.independent:
            found["said_first"][older].add(r.older_figure_id)
        elif r.kind in ("update", "contradiction") and older == newer and r.correction:
            found["corrected"][older].add(r.older_figure_id)
        elif r.kind == "contradiction" and older != newer:
            found["contradicted"][older].add(r.older_figure_id)

    syndicated: Counter[str | None] = Counter()
    copied: Counter[str | None] = Counter()
    for article_id, original_id in session.execute(
        select(Article.id, Article.syndicated_from_id).where(
            Article.syndicated_from_id.is_not(None)
        )
    ):
        copier = key_of(article_source.get(article_id))
        original = key_of(article_source.get(original_id or 0))
        syndicated[copier] += 1
        if copier != original or copier is None:
            copied[original] += 1

    for row in rows:
        key = key_of(row["id"])
        row["claims"] = claims[key]
        row["figures"] = figures[key]
        for name in SHARES:
            count = len(found[name][key])
            share = count / row["figures"] if row["figures"] else None
            row[name] = count
            row[f"{name}_share"] = round(share, 4) if share is not None else None
            row[f"{name}_text"] = f"{share:.0%} ({count})" if share is not None else "-"
        row["syndicated"] = syndicated[key]
        row["copied"] = copied[key]
    rows.sort(key=lambda r: (-r["figures"], -r["articles"], r["name"].casefold()))
    return rows[:limit] if limit else rows
