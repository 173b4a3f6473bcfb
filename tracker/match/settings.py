"""Everything the matcher decides with, in one typed object, and the names it decides in.

:class:`MatchSettings` holds the link model (its match weights), every threshold (as
probabilities), and the rules' constants. Its :attr:`MatchSettings.version` names this
exact set of parameters; the write side stores ``as_dict()`` under that version, and
every relation and fact membership records it, so a link can be replayed.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from tracker.fact_rules import AUTOMATIC as AUTOMATIC
from tracker.fact_rules import Rank as Rank
from tracker.fact_rules import RelationKind as RelationKind
from tracker.fact_rules import RelationStatus as RelationStatus
from tracker.match.model import LinkModel, default_model

MATCHER_NAME = "match-3"


class Placement(StrEnum):
    """How a figure came into its fact."""

    AUTO = "auto"  # the model was sure enough
    NEW = "new"  # nothing matched well enough: a fact of its own
    SUGGESTED = "suggested"  # a fact of its own, with a suggestion to join another
    KEPT = "kept"  # placed by a person; re-matching leaves it
    SIBLING = "sibling"  # a rejected or earlier value, in the fact of its claim's value
    REFERENCE = "reference"  # the claim names the value it answers ("not 120 as ...")


@dataclass(frozen=True)
class MatchSettings:
    """Thresholds are match probabilities from the link model."""

    # A figure joins the fact of its best candidate at or above this probability ...
    # (None: the threshold chosen with the model, see link_model.json)
    auto_probability: float = None  # type: ignore[assignment]
    # ... and between this and auto it starts its own fact with a suggested link.
    suggest_probability: float = None  # type: ignore[assignment]
    # A pair with no sign of its slot beyond value, time and story (no shared measure,
    # place, name, incident or words) joins automatically only from this probability.
    unanchored_auto_probability: float = 0.74
    # A claim that names the value it answers ("95, not 120 as the mayor claimed", "von
    # 58 auf 63 Euro") joins the fact of that value from this probability: the named
    # value says which claim it means.
    reference_probability: float = 0.02
    # A contradiction is made automatically only between figures this sure to share a slot.
    contradiction_probability: float = 0.9
    # Two statements this close in time are "at the same time": a conflicting value is a
    # contradiction only within this window ...
    same_time: dt.timedelta = dt.timedelta(hours=36)
    # ... and a changed value stated this much later is a later revision (an update).
    later_than: dt.timedelta = dt.timedelta(hours=12)
    # A value this many times off the current one is an outlier: never current on its own.
    outlier_ratio: float = 10.0
    # How much a second claim of a fact with the same value adds to the best one's
    # probability (1: as independent evidence, 0: nothing).
    corroboration: float = 0.5
    # A fact whose members of the figure's value are on average below this probability
    # is not joined through its one close twin (its other claims of that value differ);
    # and a value a claim names as answered merges its fact from this probability.
    twin_probability: float = 0.2
    # A figure that joins one fact surely and is as sure of a one-claim fact of the same
    # value (that fell just short when it came) merges the two (decide._split_twins).
    mend_splits: bool = True
    # A member of the candidate fact this unlikely to share the slot vetoes joining it.
    veto_probability: float = 0.05
    candidates_per_claim: int = 50
    # Statements without figures: nearly the same words, enough of them.
    text_repeat_fuzzy: float = 0.9
    text_repeat_terms: float = 0.7
    text_repeat_min_shared: int = 3
    # A syndicated copy: this share of its claims near-verbatim (rapidfuzz ratio) in one article.
    near_copy_ratio: float = 90.0
    syndication_share: float = 0.5
    model: LinkModel = field(default_factory=default_model)

    def __post_init__(self) -> None:
        if self.auto_probability is None:
            object.__setattr__(self, "auto_probability", self.model.auto_probability)
        if self.suggest_probability is None:
            object.__setattr__(
                self,
                "suggest_probability",
                min(self.model.suggest_probability, self.auto_probability),
            )
        if not 0 <= self.suggest_probability <= self.auto_probability <= 1:
            raise ValueError("need 0 <= suggest probability <= auto probability <= 1")

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for name in self.__dataclass_fields__:
            value = getattr(self, name)
            if isinstance(value, dt.timedelta):
                value = value.total_seconds()
            elif isinstance(value, LinkModel):
                value = value.as_dict()
            out[name] = value
        return out

    @property
    def version(self) -> str:
        """``match-3/<model version>/<hash of every parameter>``."""
        digest = hashlib.sha256(
            json.dumps(self.as_dict(), sort_keys=True).encode("utf-8")
        ).hexdigest()[:8]
        return f"{MATCHER_NAME}/{self.model.version}/{digest}"
