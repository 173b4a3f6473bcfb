"""`tracker export --format jsonl`: claims with figures, provenance and relations,
and everything `tracker import` needs to recreate them (see :mod:`jsonl_format`)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import IO, Any

from sqlalchemy.orm import Session

import tracker
from tracker.query.dataset import (
    Dataset,
    Ref,
    Row,
    Selection,
    article_refs,
    article_texts,
    claimant_anchors,
    fact_anchors,
    figure_refs,
    load,
    matcher_settings,
    time_key,
)
from tracker.report.jsonl_format import FORMAT, VERSION, plain_fields
from tracker.report.values import Verbatim, dumps, iso, plain


@dataclass
class Written:
    articles: int = 0
    claims: int = 0
    figures: int = 0
    relations: int = 0
    verdicts: int = 0

    def line(self) -> str:
        verdicts = f"{self.verdicts} verdicts, " if self.verdicts else ""
        return (
            f"{self.claims} claims ({self.figures} figures, {verdicts}{self.relations} "
            f"relations) from {self.articles} articles"
        )


def export_jsonl(session: Session, selection: Selection, out: IO[str]) -> Written:
    data = load(session, selection)
    written = Written()
    for line in JsonlWriter(session, data).lines(written):
        out.write(dumps(line))
        out.write("\n")
    return written


class JsonlWriter:
    def __init__(self, session: Session, data: Dataset) -> None:
        self.session = session
        self.data = data
        self.fact_refs = fact_anchors(session, data.facts)
        self.claimant_refs = claimant_anchors(session, data.claimants)
        wanted_figures = {f["current_figure_id"] for f in data.facts.values()}
        wanted_figures |= {
            d["figure_id"] for made in data.decisions.values() for d in made if d["figure_id"]
        }
        self.figure_refs = figure_refs(
            session, {f for f in wanted_figures if f is not None} - set(data.figure_by_id)
        )
        linked = {
            a[key]
            for a in data.articles.values()
            for key in ("previous_version_id", "syndicated_from_id")
            if a[key] is not None
        }
        self.article_refs = article_refs(session, linked - set(data.articles))

    def lines(self, written: Written) -> Iterator[dict[str, Any]]:
        data = self.data
        selection = data.selection
        yield {
            "type": "header",
            "format": FORMAT,
            "version": VERSION,
            "tracker_version": tracker.__version__,
            "selection": {
                "fact": selection.fact_id,
                "since": iso(selection.since),
                "until": iso(selection.until),
            },
            # the parameters of every matcher version that made the links exported
            "matcher_settings": [
                {
                    "version": r["version"],
                    "settings": json.loads(r["settings"]),
                    "created_at": iso(r["created_at"]),
                }
                for r in matcher_settings(self.session)
            ],
        }
        for source in sorted(data.sources.values(), key=lambda s: s["name"]):
            yield {"type": "source", "id": source["id"], **plain_fields("sources", source)}
        facts = sorted(
            data.facts.values(),
            key=lambda f: (
                time_key(f["first_seen_at"]),
                _ref_order(self.fact_refs.get(f["id"])),
                f["label"],
            ),
        )
        for fact in facts:
            if self.fact_refs.get(fact["id"]) is not None:  # a fact with no figure has no name
                yield self.fact_line(fact)
        texts = article_texts(self.session, data.article_order)
        by_article: dict[int, list[int]] = {}
        for claim_id in data.selected:
            by_article.setdefault(data.claims[claim_id]["article_id"], []).append(claim_id)
        for article_id in data.article_order:
            written.articles += 1
            yield self.article_line(article_id, texts[article_id])
            for claim_id in by_article.get(article_id, []):
                line = self.claim_line(claim_id)
                written.claims += 1
                written.figures += len(line["figures"])
                written.verdicts += len(line["verdicts"])
                written.relations += len(line["relations"])
                yield line

    # -- lines ------------------------------------------------------------------

    def fact_line(self, fact: Row) -> dict[str, Any]:
        current = fact["current_figure_id"]
        return {
            "type": "fact",
            "id": fact["id"],
            "ref": self.fact_refs.get(fact["id"]),
            **plain_fields("facts", fact),
            "current_figure": (
                {"id": current, "ref": self.any_figure_ref(current)} if current else None
            ),
        }

    def article_line(self, article_id: int, text: str) -> dict[str, Any]:
        data = self.data
        article = data.articles[article_id]
        fields = plain_fields("articles", {**article, "text": text})
        return {
            "type": "article",
            "id": article_id,
            "ref": data.article_ref(article_id),
            "source": data.source_name(article_id),
            **fields,
            "previous_version": self.linked_article(article["previous_version_id"]),
            "syndicated_from": self.linked_article(article["syndicated_from_id"]),
        }

    def linked_article(self, article_id: int | None) -> dict[str, Any] | None:
        if article_id is None:
            return None
        if article_id in self.data.articles:
            return {"id": article_id, "ref": self.data.article_ref(article_id)}
        return {"id": article_id, "ref": self.article_refs.get(article_id)}

    def claim_line(self, claim_id: int) -> dict[str, Any]:
        data = self.data
        claim = data.claims[claim_id]
        article = data.articles[claim["article_id"]]
        via_source = data.sources.get(claim["via_source_id"])
        claimant = data.claimants.get(claim["claimant_id"])
        return {
            "type": "claim",
            "id": claim_id,
            "ref": data.claim_ref(claim_id),
            **plain_fields("claims", claim),
            "span": [claim["span_start"], claim["span_end"]],
            "article": {
                "id": article["id"],
                **{
                    key: plain(article[key])
                    for key in (
                        "url",
                        "title",
                        "author",
                        "published_at",
                        "language",
                        "sha256",
                        "version",
                    )
                },
            },
            "source": data.source_name(article["id"]),
            "claimant": (
                {
                    "id": claimant["id"],
                    "ref": self.claimant_refs.get(claimant["id"]),
                    **plain_fields("claimants", claimant),
                    "aliases": claimant["aliases"],
                }
                if claimant
                else None
            ),
            "claimant_label": data.claimant_label(claim_id),
            "via": (
                {
                    "text": claim["via_text"],
                    "source": via_source["name"] if via_source else None,
                }
                if claim["via_text"] or via_source
                else None
            ),
            "figures": [self.figure(f) for f in data.figures.get(claim_id, [])],
            "verdicts": [
                {"id": v["id"], **plain_fields("verdicts", v)}
                for v in sorted(data.verdicts.get(claim_id, []), key=_verdict_order)
            ],
            "relations": self.relations(claim_id),
        }

    def figure(self, figure: Row) -> dict[str, Any]:
        fact = self.data.facts.get(figure["fact_id"])
        return {
            "id": figure["id"],
            **plain_fields("figures", figure),
            "span": [figure["span_start"], figure["span_end"]],
            "fact": self.fact_link(fact["id"]) if fact else None,
        }

    def fact_link(self, fact_id: int | None) -> dict[str, Any] | None:
        fact = self.data.facts.get(fact_id) if fact_id is not None else None
        if fact is None:
            return None
        return {"id": fact["id"], "label": fact["label"], "ref": self.fact_refs.get(fact["id"])}

    def relations(self, claim_id: int) -> list[dict[str, Any]]:
        data = self.data
        found = []
        for relation in (r for r in data.relations if r["newer_claim_id"] == claim_id):
            newer_figure = data.figure_by_id.get(relation["newer_figure_id"])
            older_figure = relation["older_figure_id"]
            found.append(
                {
                    "id": relation["id"],
                    **plain_fields("relations", relation),
                    "components": Verbatim(json.loads(relation["components"] or "{}")),
                    "older_claim": {
                        "id": relation["older_claim_id"],
                        "ref": data.claim_ref(relation["older_claim_id"]),
                    },
                    "newer_figure": (
                        {
                            "id": newer_figure["id"],
                            "span": [newer_figure["span_start"], newer_figure["span_end"]],
                        }
                        if newer_figure
                        else None
                    ),
                    "older_figure": (
                        {"id": older_figure, "ref": self.any_figure_ref(older_figure)}
                        if older_figure
                        else None
                    ),
                    "fact": self.fact_link(relation["fact_id"]),
                    "decisions": [self.decision(d) for d in data.decisions.get(relation["id"], [])],
                }
            )
        found.sort(
            key=lambda r: (
                r["kind"],
                _ref_order(r["older_claim"]["ref"]),
                r["newer_figure"]["span"] if r["newer_figure"] else [],
                _ref_order(r["older_figure"]["ref"] if r["older_figure"] else None),
            )
        )
        return found

    def decision(self, decision: Row) -> dict[str, Any]:
        figure = decision["figure_id"]
        return {
            "id": decision["id"],
            **plain_fields("decisions", decision),
            "figure": {"id": figure, "ref": self.any_figure_ref(figure)} if figure else None,
            "fact": self.fact_link(decision["fact_id"]),
        }

    def any_figure_ref(self, figure_id: int) -> Ref | None:
        if figure_id in self.data.figure_by_id:
            return self.data.figure_ref(figure_id)
        return self.figure_refs.get(figure_id)


def _verdict_order(verdict: Row) -> tuple[Any, ...]:
    """Verdicts oldest first, by what they are, never by id."""
    return (
        time_key(verdict["recorded_at"]),
        time_key(verdict["reviewed_at"]),
        verdict["reviewer"] or "",
        verdict["rating"] or "",
        verdict["review_url"] or "",
    )


def _ref_order(ref: Ref | None) -> tuple[Any, ...]:
    """References in a fixed order (missing ones last)."""
    if ref is None:
        return (True,)
    return (
        False,
        ref.get("url") or "",
        ref.get("source") or "",
        ref.get("external_id") or "",
        ref["sha256"],
        tuple(ref.get("span") or ()),
    )
