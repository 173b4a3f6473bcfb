"""Settings: where the database is, how matching decides, and the limits that keep
tracker's time and memory bounded.

The database URL comes from ``--database`` (highest), then ``TRACKER_DATABASE_URL``,
then the default ``tracker.db`` in the current folder. A bare file path is accepted
and means an SQLite file. Every other setting is an environment variable; a value
that is not a number where one is expected is a :class:`ConfigError` at start-up.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from pathlib import Path

from tracker.errors import ConfigError
from tracker.match.settings import MatchSettings

DEFAULT_DATABASE = "tracker.db"
ENV_DATABASE_URL = "TRACKER_DATABASE_URL"
# The URL `tracker sql` connects with (PostgreSQL): a role that may only read.
ENV_READ_DATABASE_URL = "TRACKER_READ_DATABASE_URL"


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


MB = 1024 * 1024


@dataclass(frozen=True)
class ReadLimits:
    """How much of the input tracker holds at once (see README, "Reliability").

    ``max_file_bytes``: the largest file read whole (JSON arrays, claim collections,
    stdin); JSON Lines are streamed a line at a time and have no file limit.
    ``max_text_bytes``: the largest single article (a text or Markdown file, one JSON
    line, one record); a longer JSON line is skipped without being read whole.
    """

    max_file_bytes: int = 200 * MB
    max_text_bytes: int = 10 * MB

    @classmethod
    def from_env(cls) -> ReadLimits:
        return cls(
            max_file_bytes=_env_megabytes("TRACKER_MAX_FILE_MB", cls.max_file_bytes),
            max_text_bytes=_env_megabytes("TRACKER_MAX_TEXT_MB", cls.max_text_bytes),
        )


@dataclass(frozen=True)
class SQLSettings:
    """`tracker sql`: the read URL (PostgreSQL), a time limit per statement and the
    most rows it returns."""

    read_url: str | None = None
    timeout_s: float = 30.0
    max_rows: int = 10_000

    @classmethod
    def from_env(cls) -> SQLSettings:
        read_url = os.environ.get(ENV_READ_DATABASE_URL) or None
        timeout = _env_float("TRACKER_SQL_TIMEOUT", cls.timeout_s)
        if timeout <= 0:
            raise ConfigError("TRACKER_SQL_TIMEOUT must be a number of seconds above 0")
        max_rows = _env_int("TRACKER_SQL_MAX_ROWS", cls.max_rows)
        if max_rows < 1:
            raise ConfigError("TRACKER_SQL_MAX_ROWS must be a whole number of rows above 0")
        return cls(
            read_url=normalise_database_url(read_url) if read_url else None,
            timeout_s=timeout,
            max_rows=max_rows,
        )


@dataclass(frozen=True)
class WriteBatch:
    """How ingest groups articles into write transactions (see docs/performance.md).

    ``articles``: the most articles in one transaction (``TRACKER_WRITE_BATCH``; 1: a
    transaction per article); ``seconds``: a transaction is committed once it has been
    writing this long, before the next article (``TRACKER_WRITE_BATCH_SECONDS``), which
    bounds how long other writers wait for it. Each article is written in a savepoint of
    its own, so that a bad one fails alone.
    """

    articles: int = 50
    seconds: float = 0.5

    @classmethod
    def from_env(cls) -> WriteBatch:
        articles = _env_int("TRACKER_WRITE_BATCH", cls.articles)
        if articles < 1:
            raise ConfigError("TRACKER_WRITE_BATCH must be a whole number of articles, 1 or more")
        seconds = _env_float("TRACKER_WRITE_BATCH_SECONDS", cls.seconds)
        if seconds <= 0:
            raise ConfigError("TRACKER_WRITE_BATCH_SECONDS must be a number of seconds above 0")
        return cls(articles=articles, seconds=seconds)


@dataclass(frozen=True)
class Settings:
    database_url: str
    match: MatchSettings = field(default_factory=MatchSettings)
    limits: ReadLimits = field(default_factory=ReadLimits)
    sql: SQLSettings = field(default_factory=SQLSettings)
    write: WriteBatch = field(default_factory=WriteBatch)
    # Embed what ingest stores (the semantic extra): None = when the model is installed.
    semantic: bool | None = None

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
        return cls(
            database_url=normalise_database_url(url),
            match=match,
            limits=ReadLimits.from_env(),
            sql=SQLSettings.from_env(),
            write=WriteBatch.from_env(),
            semantic=_env_switch("TRACKER_SEMANTIC"),
        )


def _env_switch(name: str) -> bool | None:
    """``on``/``off`` (1/0, true/false, yes/no); unset, empty or ``auto``: None."""
    raw = (os.environ.get(name) or "").strip().lower()
    if raw in ("", "auto"):
        return None
    if raw in ("1", "on", "true", "yes"):
        return True
    if raw in ("0", "off", "false", "no"):
        return False
    raise ConfigError(f"{name}={os.environ.get(name)!r} is not on, off or auto")


def _env_probability(name: str, default: float) -> float:
    value = _env_float(name, default)
    if not 0.0 <= value <= 1.0:
        raise ConfigError(f"{name}={os.environ.get(name)!r} is not a probability between 0 and 1")
    return value


def _env_float(name: str, default: float) -> float:
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        value = float(raw)
    except ValueError:
        raise ConfigError(f"{name}={raw!r} is not a number") from None
    if value != value or value in (float("inf"), float("-inf")):
        raise ConfigError(f"{name}={raw!r} is not a finite number")
    return value


def _env_int(name: str, default: int) -> int:
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        return int(raw.strip().replace("_", ""))
    except ValueError:
        raise ConfigError(f"{name}={raw!r} is not a whole number") from None


def _env_megabytes(name: str, default_bytes: int) -> int:
    megabytes = _env_float(name, default_bytes / MB)
    if megabytes <= 0:
        raise ConfigError(f"{name}={os.environ.get(name)!r} must be a size in MB above 0")
    return int(megabytes * MB)
