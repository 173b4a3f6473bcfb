"""What every export and the HTML report read: the selected claims with everything
around them, loaded in a few bulk queries.

Each claim row is the claim's stored columns (the jsonl export writes them all) plus
``claimant_label``, ``claimant_from`` and ``claimed_at`` from the view
``claim_provenance``: the read model's one definition of who makes a claim (and whether
that is a named claimant, the article's author or its source) and when it was made.

A :class:`Selection` picks claims (by fact and by stated time); :func:`load` returns
a :class:`Dataset` with those claims, their articles, sources, claimants (with
aliases), figures, facts, fact-checkers' verdicts and the relations from them to
earlier claims. Claims on
the older side of a relation that fall outside the selection are loaded as
*context* (``Dataset.claims`` holds them too, ``Dataset.selected`` does not).

Stable references (:func:`article_ref`, :func:`span_ref`) name articles, claims and
figures by what they are (URL + SHA-256 of the text + character span) instead of
database ids, so they mean the same thing in another database.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Select, Table, exists, func, select
from sqlalchemy.orm import Session

from tracker.db import (
    models,  # noqa: F401  (the tables below are the models')
    views,
)
from tracker.db.base import Base
from tracker.query.verdicts import verdicts_by_claim

Row = dict[str, Any]
Ref = dict[str, Any]
CHUNK = 500


def table(name: str) -> Table:
    return Base.metadata.tables[name]


@dataclass(frozen=True)
class Selection:
    """Which claims an export or report covers: all, or those of one fact, or those
    stated in ``[since, until)`` (stated time, else the article's published time)."""

    fact_id: int | None = None
    since: dt.datetime | None = None
    until: dt.datetime | None = None

    @property
    def everything(self) -> bool:
        return self.fact_id is None and self.since is None and self.until is None


@dataclass
class Dataset:
    selection: Selection
    selected: list[int]  # claim ids, in export order
    claims: dict[int, Row]  # selected and context claims
    articles: dict[int, Row]  # articles of those claims (no text unless asked for)
    article_order: list[int]  # the selected claims' articles (all articles when unfiltered)
    sources: dict[int, Row]
    claimants: dict[int, Row]  # each with "aliases": sorted spellings
    figures: dict[int, list[Row]]  # claim id -> its figures by span
    figure_by_id: dict[int, Row]
    facts: dict[int, Row]
    relations: list[Row]  # relations whose newer claim is selected, by id
    decisions: dict[int, list[Row]] = field(default_factory=dict)  # relation id -> decisions
    verdicts: dict[int, list[Row]] = field(default_factory=dict)  # claim id -> newest first

    def source_name(self, article_id: int) -> str | None:
        source_id = self.articles[article_id]["source_id"]
        return self.sources[source_id]["name"] if source_id in self.sources else None

    def claim_time(self, claim_id: int) -> dt.datetime | None:
        """When a claim was made (``claimed_at`` of the view ``claim_provenance``)."""
        when: dt.datetime | None = self.claims[claim_id]["claimed_at"]
        return when

    def claimant_label(self, claim_id: int) -> str | None:
        """Who makes a claim (``claimant`` of the view ``claim_provenance``)."""
        label: str | None = self.claims[claim_id]["claimant_label"]
        return label

    def claimant_from(self, claim_id: int) -> str | None:
        """Where the claimant's name comes from (``claimant_from`` of the view
        ``claim_provenance``): ``claimant``, ``author`` or ``source``; None when nobody."""
        origin: str | None = self.claims[claim_id]["claimant_from"]
        return origin

    def article_ref(self, article_id: int) -> Ref:
        article = self.articles[article_id]
        return article_ref(article, self.source_name(article_id))

    def claim_ref(self, claim_id: int) -> Ref:
        claim = self.claims[claim_id]
        return span_ref(self.article_ref(claim["article_id"]), claim)

    def figure_ref(self, figure_id: int) -> Ref:
        figure = self.figure_by_id[figure_id]
        article_id = self.claims[figure["claim_id"]]["article_id"]
        return span_ref(self.article_ref(article_id), figure)

    @property
    def live_relations(self) -> list[Row]:
        """Relations in force now: not superseded by re-matching (the jsonl export
        keeps the superseded ones too, as history)."""
        return [r for r in self.relations if r.get("superseded_at") is None]


def article_ref(article: Row, source_name: str | None) -> Ref:
    """An article by URL and text hash; without a URL, by source, external id and hash."""
    if article["url"]:
        return {"url": article["url"], "sha256": article["sha256"]}
    return {
        "source": source_name,
        "external_id": article["external_id"],
        "sha256": article["sha256"],
    }


def span_ref(article: Ref, row: Row) -> Ref:
    """A claim or figure: its article's reference plus its character span in the text."""
    return {**article, "span": [row["span_start"], row["span_end"]]}


def ref_key(ref: Ref) -> tuple[Any, ...]:
    """A hashable form of a reference (article, claim or figure)."""
    span = ref.get("span")
    return (
        ref.get("url"),
        ref.get("source"),
        ref.get("external_id"),
        ref.get("sha256"),
        tuple(span) if span else None,
    )


def time_key(when: dt.datetime | None) -> tuple[bool, float]:
    return (when is None, when.timestamp() if when else 0.0)


def article_sort_key(article: Row, source_name: str | None) -> tuple[Any, ...]:
    """Articles in publication order; ties broken by what they are, never by id."""
    return (
        *time_key(article["published_at"] or article["retrieved_at"]),
        article["url"] or "",
        source_name or "",
        article["external_id"] or "",
        article["version"],
        article["sha256"],
    )


def chunks(ids: Iterable[int]) -> Iterator[list[int]]:
    ordered = sorted(set(ids))
    for start in range(0, len(ordered), CHUNK):
        yield ordered[start : start + CHUNK]


def rows_in(session: Session, stmt: Select[Any], column: Any, ids: Iterable[int]) -> list[Row]:
    """``stmt WHERE column IN ids``, a chunk at a time."""
    found: list[Row] = []
    for chunk in chunks(ids):
        found.extend(dict(r._mapping) for r in session.execute(stmt.where(column.in_(chunk))))
    return found


def claim_rows() -> Select[Any]:
    """Claims: every stored column, and who makes each and when (``claimant_label``,
    ``claimed_at``) from the view ``claim_provenance``."""
    claims, provenance = table("claims"), views.claim_provenance.c
    return select(
        claims,
        provenance.claimant.label("claimant_label"),
        provenance.claimant_from,
        provenance.claimed_at,
    ).join(views.claim_provenance, provenance.claim_id == claims.c.id)


def _claim_filter(stmt: Select[Any], selection: Selection) -> Select[Any]:
    claims, figures = table("claims"), table("figures")
    when = views.claim_provenance.c.claimed_at
    if selection.since is not None:
        stmt = stmt.where(when >= selection.since)
    if selection.until is not None:
        stmt = stmt.where(when < selection.until)
    if selection.fact_id is not None:
        stmt = stmt.where(
            exists(
                select(figures.c.id).where(
                    figures.c.claim_id == claims.c.id, figures.c.fact_id == selection.fact_id
                )
            )
        )
    return stmt


def article_columns() -> list[Any]:
    """Every column of ``articles`` but the text (exports that need it load it apart)."""
    return [c for c in table("articles").c if c.name != "text"]


def load(session: Session, selection: Selection) -> Dataset:
    """Everything an export of ``selection`` needs, in a few queries per table."""
    claims_t, articles_t = table("claims"), table("articles")
    figures_t, relations_t = table("figures"), table("relations")
    claims = {
        r["id"]: r
        for r in (dict(m._mapping) for m in session.execute(_claim_filter(claim_rows(), selection)))
    }
    selected_ids = set(claims)
    if selection.everything:
        articles = {
            r["id"]: r
            for r in (dict(m._mapping) for m in session.execute(select(*article_columns())))
        }
    else:
        articles = {
            r["id"]: r
            for r in rows_in(
                session,
                select(*article_columns()),
                articles_t.c.id,
                {c["article_id"] for c in claims.values()},
            )
        }
    relations = sorted(
        rows_in(session, select(relations_t), relations_t.c.newer_claim_id, selected_ids),
        key=lambda r: r["id"],
    )
    context_ids = {r["older_claim_id"] for r in relations} - selected_ids
    for row in rows_in(session, claim_rows(), claims_t.c.id, context_ids):
        claims[row["id"]] = row
    missing_articles = {c["article_id"] for c in claims.values()} - set(articles)
    context_articles = rows_in(
        session, select(*article_columns()), articles_t.c.id, missing_articles
    )
    selected_article_ids = set(articles) if selection.everything else None
    for row in context_articles:
        articles[row["id"]] = row

    figures: dict[int, list[Row]] = defaultdict(list)
    figure_by_id: dict[int, Row] = {}
    for row in rows_in(session, select(figures_t), figures_t.c.claim_id, set(claims)):
        figures[row["claim_id"]].append(row)
        figure_by_id[row["id"]] = row
    for found in figures.values():
        found.sort(key=lambda f: (f["span_start"], f["span_end"]))

    decisions: dict[int, list[Row]] = defaultdict(list)
    decisions_t = table("decisions")
    for row in rows_in(
        session, select(decisions_t), decisions_t.c.relation_id, [r["id"] for r in relations]
    ):
        decisions[row["relation_id"]].append(row)
    for made in decisions.values():
        made.sort(key=lambda d: (time_key(d["created_at"]), d["id"]))

    fact_ids = {f["fact_id"] for f in figure_by_id.values() if f["fact_id"] is not None}
    fact_ids |= {r["fact_id"] for r in relations if r["fact_id"] is not None}
    fact_ids |= {d["fact_id"] for made in decisions.values() for d in made if d["fact_id"]}
    facts_t = table("facts")
    facts = {r["id"]: r for r in rows_in(session, select(facts_t), facts_t.c.id, fact_ids)}

    sources = _sources(session, articles.values(), claims.values())
    claimants = _claimants(session, {c["claimant_id"] for c in claims.values()})
    verdicts = verdicts_by_claim(session, selected_ids)

    def article_key(article_id: int) -> tuple[Any, ...]:
        article = articles[article_id]
        source = sources.get(article["source_id"])
        return article_sort_key(article, source["name"] if source else None)

    if selected_article_ids is None:
        selected_article_ids = {claims[c]["article_id"] for c in selected_ids}
    article_order = sorted(selected_article_ids, key=article_key)
    rank = {article_id: i for i, article_id in enumerate(article_order)}
    selected = sorted(
        selected_ids,
        key=lambda c: (
            rank[claims[c]["article_id"]],
            claims[c]["span_start"],
            claims[c]["span_end"],
        ),
    )
    return Dataset(
        selection=selection,
        selected=selected,
        claims=claims,
        articles=articles,
        article_order=article_order,
        sources=sources,
        claimants=claimants,
        figures=dict(figures),
        figure_by_id=figure_by_id,
        facts=facts,
        relations=relations,
        decisions=dict(decisions),
        verdicts=verdicts,
    )


def _sources(session: Session, articles: Iterable[Row], claims: Iterable[Row]) -> dict[int, Row]:
    sources_t = table("sources")
    ids = {a["source_id"] for a in articles if a["source_id"] is not None}
    ids |= {c["via_source_id"] for c in claims if c["via_source_id"] is not None}
    return {r["id"]: r for r in rows_in(session, select(sources_t), sources_t.c.id, ids)}


def _claimants(session: Session, ids: set[int | None]) -> dict[int, Row]:
    claimants_t, aliases_t = table("claimants"), table("claimant_aliases")
    wanted = {i for i in ids if i is not None}
    claimants = {
        r["id"]: r for r in rows_in(session, select(claimants_t), claimants_t.c.id, wanted)
    }
    spellings: dict[int, set[str]] = defaultdict(set)
    for row in rows_in(
        session,
        select(aliases_t.c.claimant_id, aliases_t.c.alias),
        aliases_t.c.claimant_id,
        wanted,
    ):
        spellings[row["claimant_id"]].add(row["alias"])
    for claimant_id, claimant in claimants.items():
        claimant["aliases"] = sorted(spellings.get(claimant_id, ()))
    return claimants


# -- references to rows that may lie outside the selection ---------------------------


def figure_refs(session: Session, figure_ids: Iterable[int]) -> dict[int, Ref]:
    """Stable references of any figures, by id."""
    figures_t, claims_t = table("figures"), table("claims")
    rows = rows_in(
        session,
        select(
            figures_t.c.id,
            figures_t.c.span_start,
            figures_t.c.span_end,
            claims_t.c.article_id,
        ).join(claims_t, claims_t.c.id == figures_t.c.claim_id),
        figures_t.c.id,
        figure_ids,
    )
    articles = article_refs(session, {r["article_id"] for r in rows})
    return {r["id"]: span_ref(articles[r["article_id"]], r) for r in rows}


def article_refs(session: Session, article_ids: Iterable[int]) -> dict[int, Ref]:
    articles_t, sources_t = table("articles"), table("sources")
    rows = rows_in(
        session,
        select(
            articles_t.c.id,
            articles_t.c.url,
            articles_t.c.sha256,
            articles_t.c.external_id,
            sources_t.c.name.label("source"),
        ).outerjoin(sources_t, sources_t.c.id == articles_t.c.source_id),
        articles_t.c.id,
        article_ids,
    )
    return {r["id"]: article_ref(r, r["source"]) for r in rows}


def first_stated(rows: Sequence[Row], articles: dict[int, Ref]) -> Row:
    """The row stated earliest (ties: by article reference and span, never by id)."""

    def key(row: Row) -> tuple[Any, ...]:
        ref = articles[row["article_id"]]
        return (
            *time_key(row["time"]),
            *(str(part) for part in ref_key(ref)[:4]),
            row["span_start"],
            row["span_end"],
        )

    return min(rows, key=key)


def fact_anchors(session: Session, fact_ids: Iterable[int]) -> dict[int, Ref]:
    """Each fact's stable name: the reference of the figure that stated it first
    (over the whole database, whatever the selection)."""
    figures = views.claim_figures.c
    rows = rows_in(
        session,
        select(
            figures.fact_id,
            figures.span_start,
            figures.span_end,
            figures.article_id,
            figures.claimed_at.label("time"),
        ),
        figures.fact_id,
        fact_ids,
    )
    return _anchors(session, rows, "fact_id")


def claimant_anchors(session: Session, claimant_ids: Iterable[int]) -> dict[int, Ref]:
    """Each claimant's stable name: the reference of its earliest claim."""
    claims = views.claim_provenance.c
    rows = rows_in(
        session,
        select(
            claims.claimant_id,
            claims.span_start,
            claims.span_end,
            claims.article_id,
            claims.claimed_at.label("time"),
        ),
        claims.claimant_id,
        claimant_ids,
    )
    return _anchors(session, rows, "claimant_id")


def _anchors(session: Session, rows: list[Row], owner: str) -> dict[int, Ref]:
    articles = article_refs(session, {r["article_id"] for r in rows})
    grouped: dict[int, list[Row]] = defaultdict(list)
    for row in rows:
        grouped[row[owner]].append(row)
    anchors = {}
    for key, members in grouped.items():
        first = first_stated(members, articles)
        anchors[key] = span_ref(articles[first["article_id"]], first)
    return anchors


# -- what exports and the report read besides the selection ---------------------------


def article_texts(session: Session, article_ids: Iterable[int]) -> dict[int, str]:
    """The text of each article, by id."""
    articles = table("articles")
    rows = rows_in(session, select(articles.c.id, articles.c.text), articles.c.id, article_ids)
    return {r["id"]: r["text"] for r in rows}


def matcher_settings(session: Session) -> list[Row]:
    """The parameters of every matcher version that linked anything, oldest first."""
    settings = table("matcher_settings")
    stmt = select(settings.c.version, settings.c.settings, settings.c.created_at).order_by(
        settings.c.created_at
    )
    return [dict(r._mapping) for r in session.execute(stmt)]


def last_recorded(session: Session) -> dt.datetime | None:
    """When the newest claim was recorded: how current a report is."""
    when: dt.datetime | None = session.scalar(select(func.max(table("claims").c.recorded_at)))
    return when
