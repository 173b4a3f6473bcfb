"""tracker: a claim fact-tracking and provenance database."""

__version__ = "0.1.0"
