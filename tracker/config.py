"""Settings: where the database is and how matching decides.

The database URL comes from ``--database`` (highest), then ``TRACKER_DATABASE_URL``,
then the default ``tracker.db`` in the current folder. A bare file path is accepted
and means an SQLite file.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from pathlib import Path

from tracker.errors import ConfigError
from tracker.match.settings import MatchSettings

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
class Settings:
    database_url: str
    match: MatchSettings = field(default_factory=MatchSettings)

    @classmethod
    def from_env(cls, database: str | None = None) -> Settings:
        url = database or os.environ.get(ENV_DATABASE_URL) or DEFAULT_DATABASE
        defaults = MatchSettings()
        auto = _env_probability("TRACKER_AUTO_PROBABILITY", defaults.auto_probability)
        suggest = _env_probability("TRACKER_SUGGEST_PROBABILITY", defaults.suggest_probability)
        if suggest > auto:
            raise ConfigError(
                "TRACKER_SUGGEST_PROBABILITY must not be above TRACKER_AUTO_PROBABILITY"
            )
        match = replace(defaults, auto_probability=auto, suggest_probability=suggest)
        return cls(database_url=normalise_database_url(url), match=match)


def _env_probability(name: str, default: float) -> float:
    raw = os.environ.get(name)
    if raw is None or raw == "":
        return default
    try:
        value = float(raw)
    except ValueError:
        raise ConfigError(f"{name}={raw!r} is not a number") from None
    if not 0.0 <= value <= 1.0:
        raise ConfigError(f"{name}={raw!r} is not a probability between 0 and 1")
    return value
