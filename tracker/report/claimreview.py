"""`tracker export --format claimreview`: schema.org ``Claim`` objects as JSON-LD.

One ``Claim`` per claim, except that claims which repeat one another (``repeat``
relations that nobody rejected, followed transitively) are one ``Claim`` whose
``appearance`` lists every article that carried it and whose ``firstAppearance``
is the earliest. ``author`` is who made the claim first (a ``Person`` or an
``Organization``), ``datePublished`` when it was first stated.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from tracker.report.dataset import Dataset, Selection, load, time_key
from tracker.report.values import iso

CONTEXT = "https://schema.org"


def claimreview_document(session: Session, selection: Selection) -> dict[str, Any]:
    data = load(session, selection)
    order = {claim_id: i for i, claim_id in enumerate(data.selected)}

    def when(claim_id: int) -> tuple[Any, ...]:
        return (*time_key(data.claim_time(claim_id)), order[claim_id])

    graph = []
    for group in repeat_groups(data):
        members = sorted(group, key=when)
        graph.append((when(members[0]), claim_node(data, members)))
    graph.sort(key=lambda item: item[0])
    return {"@context": CONTEXT, "@graph": [node for _, node in graph]}


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
    claimant = data.claimants.get(claim["claimant_id"])
    if claimant is not None:
        kind = "Person" if claimant["kind"] == "person" else "Organization"
        return {"@type": kind, "name": claimant["name"]}
    if claim["attribution"] != "author":
        return None
    article = data.articles[claim["article_id"]]
    if article["author"]:
        return {"@type": "Person", "name": article["author"]}
    source = data.source_name(article["id"])
    return {"@type": "Organization", "name": source} if source else None


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
