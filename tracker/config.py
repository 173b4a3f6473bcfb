"""Settings: where the database is and how matching decides.

The database URL comes from ``--database`` (highest), then ``TRACKER_DATABASE_URL``,
then the default ``tracker.db`` in the current folder. A bare file path is accepted
and means an SQLite file.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from tracker.errors import ConfigError

DEFAULT_DATABASE = "tracker.db"
ENV_DATABASE_URL = "TRACKER_DATABASE_URL"


def normalise_database_url(value: str) -> str:
    """Turn what a user typed into an SQLAlchemy URL.

    ``tracker.db`` and ``/data/x.sqlite`` become ``sqlite:///...``; ``postgresql://``
    and ``postgres://`` use psycopg 3; anything with ``://`` is kept.
    """
    value = value.strip()
    if not value:
        raise ConfigError("the database URL is empty: pass --database URL or a file path")
    if value.startswith("postgres://"):
        value = "postgresql://" + value[len("postgres://") :]
    if value.startswith("postgresql://"):
        return "postgresql+psycopg://" + value[len("postgresql://") :]
    if "://" in value:
        return value
    if value == ":memory:":
        return "sqlite://"
    return f"sqlite:///{Path(value).expanduser()}"


@dataclass(frozen=True)
class MatchSettings:
    """Thresholds for relations: at or above ``auto_threshold`` a link is made
    automatically; between ``suggest_threshold`` and it, the link is a suggestion."""

    auto_threshold: float = 0.44
    suggest_threshold: float = 0.34


@dataclass(frozen=True)
class Settings:
    database_url: str
    match: MatchSettings = field(default_factory=MatchSettings)

    @classmethod
    def from_env(cls, database: str | None = None) -> Settings:
        url = database or os.environ.get(ENV_DATABASE_URL) or DEFAULT_DATABASE
        match = MatchSettings(
            auto_threshold=_env_float("TRACKER_AUTO_THRESHOLD", MatchSettings.auto_threshold),
            suggest_threshold=_env_float(
                "TRACKER_SUGGEST_THRESHOLD", MatchSettings.suggest_threshold
            ),
        )
        if match.suggest_threshold > match.auto_threshold:
            raise ConfigError("TRACKER_SUGGEST_THRESHOLD must not be above TRACKER_AUTO_THRESHOLD")
        return cls(database_url=normalise_database_url(url), match=match)


def _env_float(name: str, default: float) -> float:
    raw = os.environ.get(name)
    if raw is None or raw == "":
        return default
    try:
        return float(raw)
    except ValueError:
        raise ConfigError(f"{name}={raw!r} is not a number") from None
