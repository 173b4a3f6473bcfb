"""The link model: comparison levels in, a match probability and its explanation out.

A logistic model over the levels of :mod:`tracker.match.compare`: every level has a
match weight (log-odds, the same quantity a Fellegi-Sunter model calls the match
weight of a comparison level), the intercept is the prior, and the probability is the
logistic of their sum. Why logistic and not m/u probabilities estimated by EM: the
comparisons are strongly correlated (the same words make lexical, measure and subject
agree), which a Fellegi-Sunter model counts several times and turns into over-confident
probabilities; a model fitted on labelled pairs learns the overlap away and keeps the
same per-comparison explanation (docs/matching.md).

The weights live in ``link_model.json`` next to this module, fitted by
``benchmarks/realtext/fit_link_model.py`` on one part of the labelled real-news pairs
and checked on the other. A missing level weighs 0 (the reference level).
"""

from __future__ import annotations

import json
import math
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from typing import Any


@dataclass(frozen=True)
class Contribution:
    comparison: str
    level: str
    weight: float


@dataclass(frozen=True)
class Explanation:
    """A link's waterfall: the prior, then one match weight per comparison."""

    model: str
    prior: float
    contributions: tuple[Contribution, ...]

    @property
    def log_odds(self) -> float:
        return self.prior + sum(c.weight for c in self.contributions)

    @property
    def probability(self) -> float:
        return logistic(self.log_odds)

    def as_dict(self) -> dict[str, Any]:
        return {
            "model": self.model,
            "prior": round(self.prior, 4),
            "comparisons": [
                {"comparison": c.comparison, "level": c.level, "weight": round(c.weight, 4)}
                for c in self.contributions
            ],
            "probability": round(self.probability, 4),
        }

    @property
    def levels(self) -> dict[str, str]:
        return {c.comparison: c.level for c in self.contributions}


def logistic(x: float) -> float:
    if x >= 0:
        return 1.0 / (1.0 + math.exp(-x))
    z = math.exp(x)
    return z / (1.0 + z)


@dataclass(frozen=True)
class LinkModel:
    version: str
    intercept: float
    weights: Mapping[str, Mapping[str, float]] = field(default_factory=dict)
    about: str = ""
    # The thresholds chosen with the model (on the labels it was fitted on).
    auto_probability: float = 0.8
    suggest_probability: float = 0.4

    def explain(self, levels: Mapping[str, str]) -> Explanation:
        contributions = tuple(
            Contribution(name, level, self.weights.get(name, {}).get(level, 0.0))
            for name, level in levels.items()
        )
        return Explanation(self.version, self.intercept, contributions)

    def probability(self, levels: Mapping[str, str]) -> float:
        return self.explain(levels).probability

    def as_dict(self) -> dict[str, Any]:
        return {
            "version": self.version,
            "intercept": self.intercept,
            "weights": {k: dict(v) for k, v in self.weights.items()},
            "about": self.about,
            "auto_probability": self.auto_probability,
            "suggest_probability": self.suggest_probability,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> LinkModel:
        return cls(
            version=str(data["version"]),
            intercept=float(data["intercept"]),
            weights={
                str(name): {str(level): float(w) for level, w in levels.items()}
                for name, levels in data.get("weights", {}).items()
            },
            about=str(data.get("about", "")),
            auto_probability=float(data.get("auto_probability", 0.8)),
            suggest_probability=float(data.get("suggest_probability", 0.4)),
        )


@cache
def default_model() -> LinkModel:
    """The fitted model shipped with tracker."""
    # next to this module; plain open(): importlib.resources.files() imports zipfile
    with open(os.path.join(os.path.dirname(__file__), "link_model.json"), encoding="utf-8") as f:
        return LinkModel.from_dict(json.load(f))
