"""The read side: plain functions over a Session that return plain rows (dicts).

The CLI renders these rows; exports and the HTML report read through this package too
(``dataset.py``). Claims, figures and their provenance are read from the reporting views
(:mod:`tracker.db.views`; their SQL is in the migrations, documented in docs/sql.md), so
who made a claim (``claimant``) and when (``claimed_at``) have one definition, the one
an analyst's SQL sees. Every listing that can look back takes ``as_of`` (what the
database knew then, by recorded time) and the stated-time filters.
"""

from tracker.query.articles import ARTICLE_COLUMNS, ArticleFilter, article_detail, list_articles
from tracker.query.claims import CLAIM_COLUMNS, ClaimFilter, claim_detail, list_claims
from tracker.query.facts import (
    CONTRADICTION_COLUMNS,
    FACT_COLUMNS,
    RELATION_COLUMNS,
    TIMELINE_COLUMNS,
    TIMELINE_HEADERS,
    FactFilter,
    RelationFilter,
    fact_detail,
    list_contradictions,
    list_facts,
    list_relations,
    relation_detail,
)
from tracker.query.sources import SOURCE_COLUMNS, list_sources

__all__ = [
    "ARTICLE_COLUMNS",
    "CLAIM_COLUMNS",
    "CONTRADICTION_COLUMNS",
    "FACT_COLUMNS",
    "RELATION_COLUMNS",
    "SOURCE_COLUMNS",
    "TIMELINE_COLUMNS",
    "TIMELINE_HEADERS",
    "ArticleFilter",
    "ClaimFilter",
    "FactFilter",
    "RelationFilter",
    "article_detail",
    "claim_detail",
    "fact_detail",
    "list_articles",
    "list_claims",
    "list_contradictions",
    "list_facts",
    "list_relations",
    "list_sources",
    "relation_detail",
]
