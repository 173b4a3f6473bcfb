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

from sqlalchemy import Boolean, Float, Integer, TableClause, Text, column, table

from tracker.db.base import UTCDateTime

_TYPES = {"int": Integer, "text": Text, "float": Float, "bool": Boolean, "time": UTCDateTime}


def _view(name: str, columns: str) -> TableClause:
    """A view from ``"name:type name:type ..."`` (types: int, text, float, bool, time)."""
    parts = [part.split(":") for part in columns.split()]
    return table(name, *(column(col, _TYPES[kind]()) for col, kind in parts))


claim_provenance = _view(
    "claim_provenance",
    """claim_id:int claim_text:text claimant:text via:text attribution:text negated:bool
    article_id:int article_url:text article_title:text source_name:text published_at:time
    stated_at:time recorded_at:time language:text span_start:int span_end:int fact_id:int
    claimant_id:int claimant_text:text claimant_kind:text sentence_index:int
    article_version:int syndicated_from_id:int extractor_version:text matcher_version:text
    claimed_at:time claimant_from:text""",
)

claim_figures = _view(
    "claim_figures",
    """figure_id:int claim_id:int article_id:int article_url:text source_name:text
    published_at:time value:float unit:text approx:text raw_text:text fact_id:int
    negated:bool previous:bool unit_text:text span_start:int span_end:int stated_at:time
    claimant:text language:text rank:text rank_reason:text claimed_at:time claim_text:text
    recorded_at:time attribution:text""",
)

claim_relations = _view(
    "claim_relations",
    """relation_id:int kind:text newer_claim_id:int older_claim_id:int score:float
    status:text independent:bool created_at:time newer_figure_id:int older_figure_id:int
    fact_id:int matcher_version:text components:text""",
)

fact_timeline = _view(
    "fact_timeline",
    """fact_id:int fact_label:text unit:text value:float approx:text claim_id:int
    claimant:text source_name:text stated_at:time published_at:time rank:text figure_id:int
    negated:bool rank_reason:text recorded_at:time article_id:int article_url:text
    claimed_at:time claim_text:text raw_text:text previous:bool attribution:text""",
)

contradictions = _view(
    "contradictions",
    """relation_id:int fact_id:int fact_label:text newer_claim_id:int newer_value:float
    newer_source:text older_claim_id:int older_value:float older_source:text score:float
    status:text unit:text newer_approx:text older_approx:text created_at:time""",
)

claim_verdicts = _view(
    "claim_verdicts",
    """verdict_id:int claim_id:int claim_text:text claimant:text rating:text
    rating_value:float best_rating:float worst_rating:float reviewer:text review_url:text
    reviewed_at:time latest:bool reviewer_url:text review_title:text review_language:text
    appearance_url:text recorded_at:time external_id:text stated_at:time language:text
    article_id:int article_url:text published_at:time source_name:text claimed_at:time""",
)

VIEWS = (
    claim_provenance,
    claim_figures,
    claim_relations,
    fact_timeline,
    contradictions,
    claim_verdicts,
)
