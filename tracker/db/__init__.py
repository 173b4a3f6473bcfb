"""Storage: engine and sessions, dialect differences, models and migrations."""

from tracker.db.engine import Database, create_engine_for, open_database

__all__ = ["Database", "create_engine_for", "open_database"]
