"""Typed SQLAlchemy models. Alembic migrations are the only way these tables are made."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from tracker.db.base import Base, intpk, utcnow


class Source(Base):
    """An outlet or publisher: "Tageblatt Ost", "Continental Press", "Telegram"."""

    __tablename__ = "sources"

    id: Mapped[intpk]
    name: Mapped[str] = mapped_column(String(300), unique=True)
    url: Mapped[str | None] = mapped_column(String(2000))
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)

    articles: Mapped[list[Article]] = relationship(back_populates="source")


class IngestRun(Base):
    """One `tracker ingest` invocation: when, what, how it went."""

    __tablename__ = "ingest_runs"

    id: Mapped[intpk]
    started_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    finished_at: Mapped[dt.datetime | None]
    tracker_version: Mapped[str] = mapped_column(String(40))
    command: Mapped[str] = mapped_column(Text)
    inputs: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(20), default="running")
    new_count: Mapped[int] = mapped_column(Integer, default=0)
    unchanged_count: Mapped[int] = mapped_column(Integer, default=0)
    version_count: Mapped[int] = mapped_column(Integer, default=0)
    failed_count: Mapped[int] = mapped_column(Integer, default=0)


class Article(Base):
    """One text from a source, exactly as it was ingested.

    The same URL with a different text is a new row (``version`` + 1) whose
    ``previous_version_id`` points at the text it replaces; nothing is overwritten.
    """

    __tablename__ = "articles"
    __table_args__ = (
        UniqueConstraint("url", "version", name="uq_articles_url_version"),
        Index("ix_articles_published_at", "published_at"),
    )

    id: Mapped[intpk]
    source_id: Mapped[int | None] = mapped_column(ForeignKey("sources.id"), index=True)
    url: Mapped[str | None] = mapped_column(String(2000), index=True)
    external_id: Mapped[str | None] = mapped_column(String(300))
    title: Mapped[str | None] = mapped_column(Text)
    author: Mapped[str | None] = mapped_column(String(300))
    language: Mapped[str] = mapped_column(String(16), default="unknown")
    published_at: Mapped[dt.datetime | None]
    retrieved_at: Mapped[dt.datetime | None]
    recorded_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    text: Mapped[str] = mapped_column(Text)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    version: Mapped[int] = mapped_column(Integer, default=1)
    previous_version_id: Mapped[int | None] = mapped_column(ForeignKey("articles.id"))
    origin: Mapped[str | None] = mapped_column(Text)
    ingest_run_id: Mapped[int | None] = mapped_column(ForeignKey("ingest_runs.id"))

    source: Mapped[Source | None] = relationship(back_populates="articles")
