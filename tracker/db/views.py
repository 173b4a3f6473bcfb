"""The reporting views as SQLAlchemy Core tables: what ``tracker/query/`` reads.

The views themselves are made by the migrations (their SQL is frozen there, see
``migrations/versions/0013_readmodel.py``) and documented in ``docs/sql.md``. This module
only names their columns with types, so that queries can select from them as from a
table and get aware UTC datetimes, booleans and floats back on both backends.
``tests/test_sql.py`` checks that every column named here exists in the migrated view.

Two columns carry the read model's single definitions:

* ``claimant``: the claimant's name; for the article's own statement (``attribution =
  'author'``) without a named claimant, the article's author, else its source.
* ``claimed_at``: when the claim was made: its stated time, else the article's published
  time, else when the article was retrieved.
"""

from __future__ import annotations

from sqlalchemy import Boolean, Float, Integer, Text, column, table

from tracker.db.base import UTCDateTime

claim_provenance = table(
    "claim_provenance",
    column("claim_id", Integer),
    column("claim_text", Text),
    column("claimant", Text),
    column("via", Text),
    column("attribution", Text),
    column("negated", Boolean),
    column("article_id", Integer),
    column("article_url", Text),
    column("article_title", Text),
    column("source_name", Text),
    column("published_at", UTCDateTime),
    column("stated_at", UTCDateTime),
    column("recorded_at", UTCDateTime),
    column("language", Text),
    column("span_start", Integer),
    column("span_end", Integer),
    column("fact_id", Integer),
    column("claimant_id", Integer),
    column("claimant_text", Text),
    column("claimant_kind", Text),
    column("sentence_index", Integer),
    column("article_version", Integer),
    column("syndicated_from_id", Integer),
    column("extractor_version", Text),
    column("matcher_version", Text),
    column("claimed_at", UTCDateTime),
    column("claimant_from", Text),
)

claim_figures = table(
    "claim_figures",
    column("figure_id", Integer),
    column("claim_id", Integer),
    column("article_id", Integer),
    column("article_url", Text),
    column("source_name", Text),
    column("published_at", UTCDateTime),
    column("value", Float),
    column("unit", Text),
    column("approx", Text),
    column("raw_text", Text),
    column("fact_id", Integer),
    column("negated", Boolean),
    column("previous", Boolean),
    column("unit_text", Text),
    column("span_start", Integer),
    column("span_end", Integer),
    column("stated_at", UTCDateTime),
    column("claimant", Text),
    column("language", Text),
    column("rank", Text),
    column("rank_reason", Text),
    column("claimed_at", UTCDateTime),
    column("claim_text", Text),
    column("recorded_at", UTCDateTime),
    column("attribution", Text),
)

claim_relations = table(
    "claim_relations",
    column("relation_id", Integer),
    column("kind", Text),
    column("newer_claim_id", Integer),
    column("older_claim_id", Integer),
    column("score", Float),
    column("status", Text),
    column("independent", Boolean),
    column("created_at", UTCDateTime),
    column("newer_figure_id", Integer),
    column("older_figure_id", Integer),
    column("fact_id", Integer),
    column("matcher_version", Text),
    column("components", Text),
)

fact_timeline = table(
    "fact_timeline",
    column("fact_id", Integer),
    column("fact_label", Text),
    column("unit", Text),
    column("value", Float),
    column("approx", Text),
    column("claim_id", Integer),
    column("claimant", Text),
    column("source_name", Text),
    column("stated_at", UTCDateTime),
    column("published_at", UTCDateTime),
    column("rank", Text),
    column("figure_id", Integer),
    column("negated", Boolean),
    column("rank_reason", Text),
    column("recorded_at", UTCDateTime),
    column("article_id", Integer),
    column("article_url", Text),
    column("claimed_at", UTCDateTime),
    column("claim_text", Text),
    column("raw_text", Text),
    column("previous", Boolean),
    column("attribution", Text),
)

contradictions = table(
    "contradictions",
    column("relation_id", Integer),
    column("fact_id", Integer),
    column("fact_label", Text),
    column("newer_claim_id", Integer),
    column("newer_value", Float),
    column("newer_source", Text),
    column("older_claim_id", Integer),
    column("older_value", Float),
    column("older_source", Text),
    column("score", Float),
    column("status", Text),
    column("unit", Text),
    column("newer_approx", Text),
    column("older_approx", Text),
    column("created_at", UTCDateTime),
)

claim_verdicts = table(
    "claim_verdicts",
    column("verdict_id", Integer),
    column("claim_id", Integer),
    column("claim_text", Text),
    column("claimant", Text),
    column("rating", Text),
    column("rating_value", Float),
    column("best_rating", Float),
    column("worst_rating", Float),
    column("reviewer", Text),
    column("review_url", Text),
    column("reviewed_at", UTCDateTime),
    column("latest", Boolean),
    column("reviewer_url", Text),
    column("review_title", Text),
    column("review_language", Text),
    column("appearance_url", Text),
    column("recorded_at", UTCDateTime),
    column("external_id", Text),
    column("stated_at", UTCDateTime),
    column("language", Text),
    column("article_id", Integer),
    column("article_url", Text),
    column("published_at", UTCDateTime),
    column("source_name", Text),
    column("claimed_at", UTCDateTime),
)

VIEWS = (
    claim_provenance,
    claim_figures,
    claim_relations,
    fact_timeline,
    contradictions,
    claim_verdicts,
)
