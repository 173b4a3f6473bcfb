"""ClaimReview JSON-LD in: fact-checks become claims with a verdict.

Shapes read: a single ``ClaimReview`` object, a list of them, an ``@graph``, the
``DataFeed`` fact-check sites publish (``dataFeedElement`` -> ``item``), nodes
referred to by ``@id``, and the Google Fact Check Tools API answer
(``{"claims": [{"text", "claimant", "claimDate", "claimReview": [...]}]}``).

Each review is one claim record (``as_claim``): ``claimReviewed`` is the text,
``itemReviewed.author`` the claimant, ``itemReviewed.datePublished`` the stated
time and ``appearance``/``firstAppearance`` where it was made: the record's source
is the appearance's publisher or host, and its URL is kept with the verdict (the
record itself has no URL, so it never collides with an article of that URL).
The review itself (``reviewRating.alternateName``/``ratingValue`` and its scale,
``author`` = the fact-checker, ``url``, ``datePublished``, ``name``) is the
record's verdict. A record is identified by the review's ``@id``, else its URL
(with ``#2``, ``#3``, ... for further claims reviewed on the same page).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Mapping
from typing import Any
from urllib.parse import urlsplit

from tracker.errors import ReadError
from tracker.readers.dates import read_date
from tracker.readers.markup import plain_text
from tracker.readers.record import ArticleRecord, VerdictRecord, language_code, source_name

__all__ = ["claim_records", "is_claimreview"]

Node = Mapping[str, Any]
_CONTAINERS = ("@graph", "dataFeedElement", "item", "itemListElement", "mainEntity")


def is_claimreview(data: Any) -> bool:
    """Whether a JSON document holds ClaimReview (any shape above)."""
    if isinstance(data, Mapping) and _google_claims(data) is not None:
        return True
    return next(_reviews(data), None) is not None


def claim_records(
    data: Any, origin: str, default_source: str | None = None
) -> Iterator[ArticleRecord | ReadError]:
    """One claim record per review in ``data`` (errors per review, in the stream)."""
    google = _google_claims(data) if isinstance(data, Mapping) else None
    if google is not None:
        for index, claim in enumerate(google):
            where = f"{origin}[{index}]"
            try:
                yield _google_record(claim, where, default_source)
            except ReadError as error:
                yield error
        return
    ids = _ids(data)
    reviews = list(_reviews(data))
    if not reviews:
        yield ReadError(origin, "no ClaimReview in this JSON-LD")
        return
    per_url = Counter(_str(r.get("url")) for r in reviews)
    seen: Counter[str | None] = Counter()
    for index, review in enumerate(reviews):
        where = f"{origin}[{index}]" if len(reviews) > 1 else origin
        url = _str(review.get("url"))
        seen[url] += 1
        external_id = _str(review.get("@id"))
        if external_id is None and url is not None:
            external_id = url if per_url[url] == 1 or seen[url] == 1 else f"{url}#{seen[url]}"
        try:
            yield _review_record(review, where, external_id, ids, default_source)
        except ReadError as error:
            yield error


def _review_record(
    review: Node,
    where: str,
    external_id: str | None,
    ids: dict[str, Node],
    default_source: str | None,
) -> ArticleRecord:
    item = _node(review.get("itemReviewed"), ids)
    text = _str(_first(review.get("claimReviewed"))) or _str(item.get("text"))
    text = plain_text(text) if text else ""
    if not text:
        raise ReadError(where, "ClaimReview without claimReviewed: no claim text")
    warnings: list[str] = []
    appearance = _node(_first(item.get("firstAppearance") or item.get("appearance")), ids)
    appearance_url = _url(appearance)
    stated = item.get("datePublished") or item.get("dateCreated")
    stated = stated or appearance.get("datePublished")
    reviewer = _node(review.get("author") or review.get("publisher"), ids)
    verdict = _verdict(review, reviewer, ids, where, warnings)
    verdict.appearance_url = appearance_url
    publisher = _name(_node(appearance.get("publisher") or appearance.get("author"), ids))
    source, source_url = source_name(publisher or _site(appearance_url))
    if source is None:
        source, source_url = source_name(verdict.reviewer or default_source)
    claimant = _node(item.get("author") or item.get("creator"), ids)
    return ArticleRecord(
        text=text,
        origin=where,
        title=_str(review.get("name") or review.get("headline")),
        source=source,
        source_url=source_url,
        language=_language(review.get("inLanguage") or item.get("inLanguage")),
        published_at=read_date(stated, "itemReviewed.datePublished", where, warnings),
        external_id=external_id,
        as_claim=True,
        claimant=_name(claimant),
        claimant_kind=_kind(claimant),
        verdicts=[verdict] if verdict.rating or verdict.rating_value is not None else [],
        warnings=warnings,
    )


def _verdict(
    review: Node, reviewer: Node, ids: dict[str, Node], where: str, warnings: list[str]
) -> VerdictRecord:
    rating = _node(_first(review.get("reviewRating")), ids)
    verdict = VerdictRecord(
        rating=_str(rating.get("alternateName") or rating.get("name")),
        rating_value=_number(rating.get("ratingValue")),
        best_rating=_number(rating.get("bestRating")),
        worst_rating=_number(rating.get("worstRating")),
        reviewer=_name(reviewer),
        reviewer_url=_url(reviewer),
        review_url=_str(review.get("url")),
        review_title=_str(review.get("name") or review.get("headline")),
        reviewed_at=read_date(review.get("datePublished"), "datePublished", where, warnings),
        language=_language(review.get("inLanguage")),
    )
    if verdict.rating is None and verdict.rating_value is None:
        warnings.append(f"{where}: the ClaimReview has no reviewRating: stored without a verdict")
    return verdict


def _google_claims(data: Node) -> list[Any] | None:
    claims = data.get("claims")
    if isinstance(claims, list) and any(
        isinstance(c, Mapping) and "claimReview" in c for c in claims
    ):
        return claims
    return None


def _google_record(claim: Any, where: str, default_source: str | None) -> ArticleRecord:
    """A claim of the Fact Check Tools API: ``text``, ``claimant``, ``claimDate`` and
    its ``claimReview`` list (publisher, url, title, reviewDate, textualRating)."""
    if not isinstance(claim, Mapping):
        raise ReadError(where, f"expected a JSON object, got {type(claim).__name__}")
    text = plain_text(_str(claim.get("text")) or "")
    if not text:
        raise ReadError(where, "claim without text")
    warnings: list[str] = []
    verdicts = []
    for review in claim.get("claimReview") or []:
        if not isinstance(review, Mapping):
            continue
        publisher = _node(review.get("publisher"))
        site = _str(publisher.get("site"))
        verdicts.append(
            VerdictRecord(
                rating=_str(review.get("textualRating")),
                reviewer=_str(publisher.get("name")) or site,
                reviewer_url=f"https://{site}" if site and "://" not in site else site,
                review_url=_str(review.get("url")),
                review_title=_str(review.get("title")),
                reviewed_at=read_date(review.get("reviewDate"), "reviewDate", where, warnings),
                language=language_code(_str(review.get("languageCode"))),
            )
        )
    first = verdicts[0] if verdicts else VerdictRecord()
    source, source_url = source_name(first.reviewer or default_source)
    return ArticleRecord(
        text=text,
        origin=where,
        title=first.review_title,
        source=source,
        source_url=source_url,
        language=first.language,
        published_at=read_date(claim.get("claimDate"), "claimDate", where, warnings),
        external_id=first.review_url,
        as_claim=True,
        claimant=_str(claim.get("claimant")),
        verdicts=[v for v in verdicts if v.rating],
        warnings=warnings,
    )


# -- JSON-LD helpers -------------------------------------------------------------------


def _types(node: Node) -> set[str]:
    kind = node.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return {re.split(r"[/#:]", k)[-1] for k in kinds if isinstance(k, str)}


def _kind(node: Node) -> str | None:
    """A schema.org author's kind as tracker names claimants': a ``Person`` is a person,
    an ``Organization`` (or one of its kinds: ``NewsMediaOrganization``,
    ``GovernmentOrganization`` ...) an institution."""
    types = _types(node)
    if "Person" in types:
        return "person"
    if any(t.endswith("Organization") for t in types):
        return "institution"
    return None


def _reviews(data: Any) -> Iterator[Node]:
    """ClaimReview nodes in document order, wherever the known shapes hold them."""
    if isinstance(data, list):
        for item in data:
            yield from _reviews(item)
    elif isinstance(data, Mapping):
        if "ClaimReview" in _types(data):
            yield data
            return
        for key in _CONTAINERS:
            if key in data:
                yield from _reviews(data[key])


def _ids(data: Any) -> dict[str, Node]:
    """Every node with an ``@id`` and more than the id, by id."""
    found: dict[str, Node] = {}
    stack = [data]
    while stack:
        value = stack.pop()
        if isinstance(value, list):
            stack.extend(value)
        elif isinstance(value, Mapping):
            if isinstance(value.get("@id"), str) and len(value) > 1:
                found.setdefault(value["@id"], value)
            stack.extend(v for v in value.values() if isinstance(v, list | Mapping))
    return found


def _node(value: Any, ids: dict[str, Node] | None = None) -> Node:
    """A JSON-LD node; a bare ``{"@id": ...}`` reference resolved; a string becomes
    ``{"name": ...}``."""
    value = _first(value)
    if isinstance(value, str):
        return {"name": value}
    if not isinstance(value, Mapping):
        return {}
    if ids and set(value) == {"@id"}:
        return ids.get(value["@id"], value)
    return value


def _first(value: Any) -> Any:
    if isinstance(value, list):
        return next((v for v in value if v not in (None, "", {})), None)
    return value


def _name(node: Node) -> str | None:
    return _str(node.get("name") or node.get("alternateName"))


def _language(value: Any) -> str | None:
    """``"de"``, ``"de-DE"`` or a ``Language`` node with a name like ``de``."""
    value = _first(value)
    return language_code(_name(value) if isinstance(value, Mapping) else _str(value))


def _url(node: Node) -> str | None:
    for key in ("url", "@id", "sameAs"):
        value = _str(_first(node.get(key)))
        if value and re.match(r"^https?://", value, re.I):
            return value
    return None


def _site(url: str | None) -> str | None:
    """``https://social.example/a/status/1`` -> ``https://social.example/``."""
    if not url:
        return None
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}/"


def _str(value: Any) -> str | None:
    if value is None or isinstance(value, Mapping | list):
        return None
    text = " ".join(str(value).split())
    return text or None


def _number(value: Any) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value)
    if isinstance(value, str):
        try:
            return float(value.strip().replace(",", "."))
        except ValueError:
            return None
    return None
