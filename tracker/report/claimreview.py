"""`tracker export --format claimreview`: fact-checks as schema.org JSON-LD.

A claim that a fact-checker rated becomes a ``ClaimReview`` per current verdict
(one per reviewer), with the properties fact-check markup requires:
``claimReviewed`` (the claim's text), ``reviewRating`` (``alternateName``, and
``ratingValue``/``bestRating``/``worstRating`` when known), ``itemReviewed`` (the
``Claim``, with ``author`` and ``datePublished``), ``url`` (the review),
``author`` (the fact-checker) and ``datePublished`` (the review's date).

Every other claim is a schema.org ``Claim``. Claims which repeat one another
(``repeat`` relations that nobody rejected, followed transitively) are one
``Claim`` whose ``appearance`` lists every article that carried it and whose
``firstAppearance`` is the earliest. ``author`` is who made the claim first (a
``Person`` or an ``Organization``), ``datePublished`` when it was first stated.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from sqlalchemy.orm import Session

from tracker.query.dataset import Dataset, Row, Selection, load, time_key
from tracker.report.values import iso

CONTEXT = "https://schema.org"
# What fact-check markup needs of a ClaimReview (dotted: inside a nested node).
REQUIRED = (
    "claimReviewed",
    "reviewRating.alternateName",
    "itemReviewed.author.name",
    "itemReviewed.datePublished",
    "url",
    "author.name",
    "datePublished",
)


def claimreview_document(session: Session, selection: Selection) -> dict[str, Any]:
    data = load(session, selection)
    order = {claim_id: i for i, claim_id in enumerate(data.selected)}

    def when(claim_id: int) -> tuple[Any, ...]:
        return (*time_key(data.claim_time(claim_id)), order[claim_id])

    graph = []
    for group in repeat_groups(data):
        members = sorted(group, key=when)
        claim = claim_node(data, members)
        reviews = [
            review_node(data, claim_id, verdict, claim)
            for claim_id in members
            for verdict in data.verdicts.get(claim_id, [])
            if verdict["latest"]
        ]
        graph += [(when(members[0]), node) for node in reviews or [claim]]
    graph.sort(key=lambda item: item[0])
    return {"@context": CONTEXT, "@graph": [node for _, node in graph]}


def review_node(
    data: Dataset, claim_id: int, verdict: Row, claim: dict[str, Any]
) -> dict[str, Any]:
    """A ``ClaimReview`` of one claim: ``claim`` (its repeat group's ``Claim``) is
    what was reviewed; where the reviewer saw it comes first among its appearances."""
    item = dict(claim)
    if verdict["appearance_url"]:
        seen = {"@type": "CreativeWork", "url": verdict["appearance_url"]}
        others = [a for a in item.get("appearance", []) if a.get("url") not in (None, seen["url"])]
        item["appearance"] = [seen, *others]
        item["firstAppearance"] = seen
    rating = {
        "@type": "Rating",
        "alternateName": verdict["rating"] or _scale(verdict),
        "ratingValue": verdict["rating_value"],
        "bestRating": verdict["best_rating"],
        "worstRating": verdict["worst_rating"],
    }
    reviewer = {
        "@type": "Organization",
        "name": verdict["reviewer"],
        "url": verdict["reviewer_url"],
    }
    return _without_none(
        {
            "@type": "ClaimReview",
            "url": verdict["review_url"],
            "name": verdict["review_title"],
            "claimReviewed": data.claims[claim_id]["text"],
            "inLanguage": verdict["language"] or data.claims[claim_id]["language"],
            "datePublished": iso(verdict["reviewed_at"]),
            "author": _without_none(reviewer) if verdict["reviewer"] else None,
            "reviewRating": _without_none(rating),
            "itemReviewed": item,
        }
    )


def _scale(verdict: Row) -> str | None:
    """``1/5`` for a verdict given as a number only."""
    value, best = verdict["rating_value"], verdict["best_rating"]
    if value is None:
        return None
    return f"{value:g}/{best:g}" if best is not None else f"{value:g}"


def missing_fields(node: dict[str, Any]) -> list[str]:
    """The :data:`REQUIRED` properties a ``ClaimReview`` node lacks."""
    missing = []
    for path in REQUIRED:
        value: Any = node
        for part in path.split("."):
            value = value.get(part) if isinstance(value, dict) else None
        if value in (None, "", [], {}):
            missing.append(path)
    return missing


def summary(document: dict[str, Any]) -> str:
    """``3 ClaimReview, 20 Claim (1 ClaimReview lacks author.name)``."""
    kinds = Counter(node["@type"] for node in document["@graph"])
    text = ", ".join(f"{kinds[k]} {k}" for k in ("ClaimReview", "Claim") if kinds[k])
    lacking: Counter[str] = Counter()
    for node in document["@graph"]:
        if node["@type"] == "ClaimReview":
            lacking.update(missing_fields(node))
    if lacking:
        text += (
            " ("
            + ", ".join(
                f"{n} ClaimReview {'lacks' if n == 1 else 'lack'} {f}" for f, n in lacking.items()
            )
            + ")"
        )
    return text or "nothing"


def repeat_groups(data: Dataset) -> list[list[int]]:
    """The selected claims, grouped by the repeats that link them."""
    parent = {claim_id: claim_id for claim_id in data.selected}

    def root(claim_id: int) -> int:
        while parent[claim_id] != claim_id:
            parent[claim_id] = parent[parent[claim_id]]
            claim_id = parent[claim_id]
        return claim_id

    for relation in data.live_relations:
        newer, older = relation["newer_claim_id"], relation["older_claim_id"]
        if relation["kind"] != "repeat" or relation["status"] == "rejected":
            continue
        if newer in parent and older in parent:
            a, b = root(newer), root(older)
            if a != b:
                parent[max(a, b)] = min(a, b)
    groups: dict[int, list[int]] = {}
    for claim_id in data.selected:
        groups.setdefault(root(claim_id), []).append(claim_id)
    return list(groups.values())


def claim_node(data: Dataset, members: list[int]) -> dict[str, Any]:
    first = members[0]
    claim = data.claims[first]
    appearances: dict[int, dict[str, Any]] = {}
    for claim_id in members:
        article_id = data.claims[claim_id]["article_id"]
        appearances.setdefault(article_id, article_node(data, article_id))
    node: dict[str, Any] = {
        "@type": "Claim",
        "name": claim["text"],
        "text": claim["text"],
        "inLanguage": claim["language"],
        "datePublished": iso(data.claim_time(first)),
        "firstAppearance": appearances[claim["article_id"]],
        "appearance": list(appearances.values()),
    }
    author = author_node(data, first)
    if author is not None:
        node["author"] = author
    return _without_none(node)


def author_node(data: Dataset, claim_id: int) -> dict[str, Any] | None:
    """The claimant as a schema.org ``Person`` or ``Organization``."""
    claim = data.claims[claim_id]
    origin = data.claimant_from(claim_id)
    if origin == "claimant":
        claimant = data.claimants[claim["claimant_id"]]
        kind = "Person" if claimant["kind"] == "person" else "Organization"
        return {"@type": kind, "name": claimant["name"]}
    if origin == "author":
        return {"@type": "Person", "name": data.articles[claim["article_id"]]["author"]}
    if origin == "source":
        return {"@type": "Organization", "name": data.claimant_label(claim_id)}
    return None


def article_node(data: Dataset, article_id: int) -> dict[str, Any]:
    article = data.articles[article_id]
    source = data.source_name(article_id)
    return _without_none(
        {
            "@type": "NewsArticle",
            "url": article["url"],
            "headline": article["title"],
            "datePublished": iso(article["published_at"]),
            "inLanguage": article["language"],
            "author": {"@type": "Person", "name": article["author"]} if article["author"] else None,
            "publisher": {"@type": "Organization", "name": source} if source else None,
        }
    )


def _without_none(node: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in node.items() if v is not None}
