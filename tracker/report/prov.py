"""`tracker export --format prov`: the provenance of claims as W3C PROV-O in JSON-LD.

* a claim is a ``prov:Entity`` (its sentence is its ``prov:value``),
  ``prov:wasAttributedTo`` its claimant (a ``prov:Agent``: ``prov:Person`` or
  ``prov:Organization``) and ``prov:wasQuotedFrom`` the article it stands in;
* the relay ("Iswestija berichtete ...", "via Telegram") is an entity of its own that
  the claim ``prov:wasDerivedFrom``, attributed to the relaying source;
* an article is a ``prov:Entity`` ``prov:wasAttributedTo`` its source (a
  ``prov:Organization``); a new version ``prov:wasRevisionOf`` the one it replaced and
  a syndicated copy ``prov:wasDerivedFrom`` its original;
* between claims: an update ``prov:wasRevisionOf`` the value it replaced, a repeat is
  ``prov:alternateOf`` the claim it repeats (contradictions are in the jsonl export);
* ``prov:generatedAtTime`` is the recorded time (when this database learnt it);
  stated and published times are ``schema:dateCreated`` / ``schema:datePublished``.

Articles are named by their text (RFC 6920 ``ni:///sha-256;...``), claims by their
character span in it (RFC 5147 ``#char=start,end``); agents are blank nodes.
"""

from __future__ import annotations

import base64
from typing import Any

from sqlalchemy.orm import Session

from tracker.query.dataset import Dataset, Selection, load
from tracker.report.values import iso

PROV = "http://www.w3.org/ns/prov#"
CONTEXT: dict[str, Any] = {
    "prov": PROV,
    "schema": "http://schema.org/",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    **{
        term: {"@type": "@id"}
        for term in (
            "prov:wasAttributedTo",
            "prov:wasQuotedFrom",
            "prov:wasDerivedFrom",
            "prov:wasRevisionOf",
            "prov:alternateOf",
            "schema:url",
        )
    },
    **{
        term: {"@type": "xsd:dateTime"}
        for term in ("prov:generatedAtTime", "schema:dateCreated", "schema:datePublished")
    },
}
AGENT_TYPES = {"person": "prov:Person"}


def prov_document(session: Session, selection: Selection) -> dict[str, Any]:
    data = load(session, selection)
    return {"@context": CONTEXT, "@graph": ProvGraph(data).nodes()}


def article_iri(sha256: str) -> str:
    """RFC 6920 named information: the article is the text with this hash."""
    digest = base64.urlsafe_b64encode(bytes.fromhex(sha256)).decode("ascii").rstrip("=")
    return f"ni:///sha-256;{digest}"


class ProvGraph:
    def __init__(self, data: Dataset) -> None:
        self.data = data
        self.graph: dict[str, dict[str, Any]] = {}

    def nodes(self) -> list[dict[str, Any]]:
        data = self.data
        for claim_id in data.selected:
            self.claim(claim_id)
        for relation in data.live_relations:
            if relation["status"] == "rejected":
                continue
            link = {"update": "prov:wasRevisionOf", "repeat": "prov:alternateOf"}.get(
                relation["kind"]
            )
            if link:
                newer = self.graph[self.claim_iri(relation["newer_claim_id"])]
                older = self.claim_iri(relation["older_claim_id"])
                if older not in self.graph:  # a claim outside the selection
                    self.claim(relation["older_claim_id"])
                _add(newer, link, older)
        for node in self.graph.values():
            for key, value in node.items():
                if isinstance(value, list):
                    node[key] = sorted(value)
        return [self.graph[key] for key in sorted(self.graph)]

    def claim_iri(self, claim_id: int) -> str:
        claim = self.data.claims[claim_id]
        article = self.data.articles[claim["article_id"]]
        if claim.get("sentence_index", 0) < 0:  # a headline claim: its span is in the title
            return f"{article_iri(article['sha256'])}#title"
        return f"{article_iri(article['sha256'])}#char={claim['span_start']},{claim['span_end']}"

    def claim(self, claim_id: int) -> None:
        data = self.data
        claim = data.claims[claim_id]
        iri = self.claim_iri(claim_id)
        node: dict[str, Any] = {
            "@id": iri,
            "@type": "prov:Entity",
            "prov:value": claim["text"],
            "prov:wasQuotedFrom": self.article(claim["article_id"]),
            "prov:generatedAtTime": iso(claim["recorded_at"]),
            "schema:dateCreated": iso(data.claim_time(claim_id)),
            "schema:inLanguage": claim["language"],
        }
        agent = self.claimant(claim_id)
        if agent:
            node["prov:wasAttributedTo"] = agent
        if claim["via_text"] or claim["via_source_id"]:
            node["prov:wasDerivedFrom"] = self.relay(claim_id)
        self.graph[iri] = node

    def claimant(self, claim_id: int) -> str | None:
        data = self.data
        claim = data.claims[claim_id]
        origin = data.claimant_from(claim_id)
        if origin == "claimant":
            claimant = data.claimants[claim["claimant_id"]]
            return self.agent(
                f"_:claimant-{claimant['id']}",
                claimant["name"],
                AGENT_TYPES.get(claimant["kind"], "prov:Organization"),
            )
        article = data.articles[claim["article_id"]]
        if origin == "author":
            return self.agent(f"_:author-{article['id']}", article["author"], "prov:Person")
        if origin == "source":
            return self.source(article["source_id"])
        return None

    def relay(self, claim_id: int) -> str:
        """The report a claim was relayed through, attributed to the relaying source."""
        claim = self.data.claims[claim_id]
        iri = f"_:relay-{claim_id}"
        agent = self.source(claim["via_source_id"]) or self.agent(
            f"_:relayer-{claim_id}", claim["via_text"], "prov:Agent"
        )
        self.graph[iri] = {
            "@id": iri,
            "@type": "prov:Entity",
            "rdfs:label": f"relayed by {claim['via_text'] or self._source_name(agent)}",
            "prov:wasAttributedTo": agent,
        }
        return iri

    def article(self, article_id: int) -> str:
        article = self.data.articles[article_id]
        iri = article_iri(article["sha256"])
        if iri in self.graph:
            return iri
        node: dict[str, Any] = {
            "@id": iri,
            "@type": ["prov:Entity", "schema:NewsArticle"],
            "prov:generatedAtTime": iso(article["recorded_at"]),
            "schema:datePublished": iso(article["published_at"]),
            "schema:headline": article["title"],
            "schema:url": article["url"],
            "schema:author": article["author"],
            "schema:inLanguage": article["language"],
        }
        source = self.source(article["source_id"])
        if source:
            node["prov:wasAttributedTo"] = source
        for column, link in (
            ("previous_version_id", "prov:wasRevisionOf"),
            ("syndicated_from_id", "prov:wasDerivedFrom"),
        ):
            other = self.data.articles.get(article[column]) if article[column] else None
            if other is not None:
                node[link] = article_iri(other["sha256"])
        self.graph[iri] = {k: v for k, v in node.items() if v is not None}
        return iri

    def source(self, source_id: int | None) -> str | None:
        source = self.data.sources.get(source_id) if source_id is not None else None
        if source is None:
            return None
        iri = self.agent(f"_:source-{source['id']}", source["name"], "prov:Organization")
        if source["url"]:
            self.graph[iri]["schema:url"] = source["url"]
        return iri

    def agent(self, iri: str, name: str | None, kind: str) -> str:
        types = ["prov:Agent"] if kind == "prov:Agent" else ["prov:Agent", kind]
        self.graph.setdefault(iri, {"@id": iri, "@type": types, "schema:name": name})
        return iri

    def _source_name(self, iri: str) -> str:
        name: str = self.graph[iri].get("schema:name") or "?"
        return name


def _add(node: dict[str, Any], key: str, value: str) -> None:
    """Add a value to a property that may hold several."""
    found = node.get(key)
    if found is None:
        node[key] = [value]
    elif isinstance(found, list):
        if value not in found:
            found.append(value)
    elif found != value:
        node[key] = [found, value]
