"""Typed SQLAlchemy models. Alembic migrations are the only way these tables are made."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    ColumnElement,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
    and_,
    or_,
)
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
    # Who runs it, so that a later start can tell a run whose process died
    # (marked ``interrupted``) from one still running.
    host: Mapped[str | None] = mapped_column(String(255))
    pid: Mapped[int | None] = mapped_column(Integer)
    new_count: Mapped[int] = mapped_column(Integer, default=0)
    unchanged_count: Mapped[int] = mapped_column(Integer, default=0)
    version_count: Mapped[int] = mapped_column(Integer, default=0)
    failed_count: Mapped[int] = mapped_column(Integer, default=0)


class Article(Base):
    """One text from a source, exactly as it was ingested.

    The same URL with a different text is a new row (``version`` + 1) whose
    ``previous_version_id`` points at the text it replaces; nothing is overwritten.
    ``identity_key`` names what makes two records the same article (the URL; a
    collection's record id within its source; else the text's hash, see
    :func:`tracker.store.ingest.article_identity`): it is unique with the version, so two
    processes can never store the same article or version twice.
    """

    __tablename__ = "articles"
    __table_args__ = (
        Index("ix_articles_published_at", "published_at"),
        Index("ix_articles_external_id", "external_id"),
        UniqueConstraint("identity_key", "version"),
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
    # SHA-256 of the file the text was extracted from (a saved HTML page), when the
    # stored text is not the file itself; ``sha256`` is always the stored text's.
    file_sha256: Mapped[str | None] = mapped_column(String(64), index=True)
    version: Mapped[int] = mapped_column(Integer, default=1)
    previous_version_id: Mapped[int | None] = mapped_column(ForeignKey("articles.id"))
    origin: Mapped[str | None] = mapped_column(Text)
    ingest_run_id: Mapped[int | None] = mapped_column(ForeignKey("ingest_runs.id"))
    syndicated_from_id: Mapped[int | None] = mapped_column(ForeignKey("articles.id"))
    syndication_score: Mapped[float | None]
    anchors: Mapped[str | None] = mapped_column(Text)
    identity_key: Mapped[str] = mapped_column(String(64))

    source: Mapped[Source | None] = relationship(back_populates="articles")


class Claimant(Base):
    """Who makes claims: a person ("Petra Vogt"), an institution ("Polizei"), an outlet.

    One row per real-world claimant; every spelling seen is an alias
    (Selensky / Selenskyj / Wolodymyr Selenskyj). ``name_key`` is the folded name
    (:func:`tracker.store.claimants.claimant_key`), unique: one claimant per name.
    """

    __tablename__ = "claimants"

    id: Mapped[intpk]
    name: Mapped[str] = mapped_column(String(300))
    name_key: Mapped[str] = mapped_column(String(300), unique=True)
    kind: Mapped[str] = mapped_column(String(20), default="unknown")
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)

    aliases: Mapped[list[ClaimantAlias]] = relationship(back_populates="claimant")


class ClaimantAlias(Base):
    """A spelling of a claimant's name, folded for lookup (ß -> ss, umlauts, case).

    ``block_key`` is a short key of the surname (see ``tracker.extract.names``) so
    that a new name is compared only with the few aliases that could be the same
    person; an alias has one row per block key it falls under.
    """

    __tablename__ = "claimant_aliases"
    __table_args__ = (
        UniqueConstraint(
            "claimant_id", "key", "block_key", name="uq_claimant_aliases_claimant_key"
        ),
    )

    id: Mapped[intpk]
    claimant_id: Mapped[int] = mapped_column(ForeignKey("claimants.id", ondelete="CASCADE"))
    alias: Mapped[str] = mapped_column(String(300))
    key: Mapped[str] = mapped_column(String(300), index=True)
    block_key: Mapped[str] = mapped_column(String(100), index=True)

    claimant: Mapped[Claimant] = relationship(back_populates="aliases")


class Claim(Base):
    """One checkable statement inside an article, with the span it came from."""

    __tablename__ = "claims"
    __table_args__ = (
        Index("ix_claims_article_sentence", "article_id", "sentence_index"),
        Index("ix_claims_stated_at", "stated_at"),
    )

    id: Mapped[intpk]
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"))
    sentence_index: Mapped[int] = mapped_column(Integer)
    paragraph_index: Mapped[int] = mapped_column(Integer, default=0)
    span_start: Mapped[int] = mapped_column(Integer)
    span_end: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    language: Mapped[str] = mapped_column(String(16))
    claimant_id: Mapped[int | None] = mapped_column(ForeignKey("claimants.id"), index=True)
    claimant_text: Mapped[str | None] = mapped_column(String(300))
    attribution: Mapped[str] = mapped_column(String(20))
    attribution_cue: Mapped[str | None] = mapped_column(String(100))
    via_text: Mapped[str | None] = mapped_column(String(300))
    via_source_id: Mapped[int | None] = mapped_column(ForeignKey("sources.id"))
    has_quote: Mapped[bool] = mapped_column(default=False)
    negated: Mapped[bool] = mapped_column(default=False)
    stated_at: Mapped[dt.datetime | None]
    recorded_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    extractor_version: Mapped[str] = mapped_column(String(40))
    key_text: Mapped[str | None] = mapped_column(Text)
    anchors: Mapped[str | None] = mapped_column(Text)
    matcher_version: Mapped[str | None] = mapped_column(String(40))
    # Its scene for the matcher: key terms of the headline and the text just before it,
    # and (prefixed "@") the names and places there.
    scene: Mapped[str | None] = mapped_column(Text)
    # A claim imported from a collection (ingest --as-claims) keeps the record's id.
    external_id: Mapped[str | None] = mapped_column(String(300), index=True)

    figures: Mapped[list[Figure]] = relationship(
        back_populates="claim", order_by="Figure.span_start"
    )


class Verdict(Base):
    """A fact-checker's verdict on a claim: the rating, who gave it, where and when.

    Read from ClaimReview (``reviewRating``, ``author``, ``url``, ``datePublished``)
    or a claim collection's columns. Verdicts are only ever added: a changed rating
    is a new row, and the one recorded last (then reviewed last) is the reviewer's
    current one.
    """

    __tablename__ = "verdicts"

    id: Mapped[intpk]
    claim_id: Mapped[int] = mapped_column(ForeignKey("claims.id", ondelete="CASCADE"), index=True)
    rating: Mapped[str | None] = mapped_column(String(300))
    rating_value: Mapped[float | None]
    best_rating: Mapped[float | None]
    worst_rating: Mapped[float | None]
    reviewer: Mapped[str | None] = mapped_column(String(300))
    reviewer_url: Mapped[str | None] = mapped_column(String(2000))
    review_url: Mapped[str | None] = mapped_column(String(2000))
    review_title: Mapped[str | None] = mapped_column(Text)
    language: Mapped[str | None] = mapped_column(String(16))
    # Where the reviewed claim was made, as the reviewer says (ClaimReview appearance).
    appearance_url: Mapped[str | None] = mapped_column(String(2000))
    reviewed_at: Mapped[dt.datetime | None]
    recorded_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class Figure(Base):
    """A number inside a claim, normalised: value, unit, approximation, raw text and span."""

    __tablename__ = "figures"
    __table_args__ = (Index("ix_figures_unit_value", "unit", "value"),)

    id: Mapped[intpk]
    claim_id: Mapped[int] = mapped_column(ForeignKey("claims.id", ondelete="CASCADE"), index=True)
    value: Mapped[float]
    unit: Mapped[str | None] = mapped_column(String(100))
    unit_text: Mapped[str | None] = mapped_column(String(100))
    approx: Mapped[str | None] = mapped_column(String(20))
    raw_text: Mapped[str] = mapped_column(String(300))
    span_start: Mapped[int] = mapped_column(Integer)
    span_end: Mapped[int] = mapped_column(Integer)
    negated: Mapped[bool] = mapped_column(default=False)
    # Named as the earlier value of a change ("up from 12 million", "von 11 auf 9").
    previous: Mapped[bool] = mapped_column(default=False)
    fact_id: Mapped[int | None] = mapped_column(ForeignKey("facts.id"), index=True)
    rank: Mapped[str] = mapped_column(String(20), default="normal")
    rank_reason: Mapped[str | None] = mapped_column(String(100))

    claim: Mapped[Claim] = relationship(back_populates="figures")


class Fact(Base):
    """What a group of claims is about, apart from its value: "people evacuated in Mittelau".

    ``current_value`` and the counts are derived from the fact's figures and
    relations and refreshed whenever they change; the history stays in the figures.
    """

    __tablename__ = "facts"

    id: Mapped[intpk]
    label: Mapped[str] = mapped_column(String(300))
    unit: Mapped[str | None] = mapped_column(String(100), index=True)
    current_value: Mapped[float | None]
    current_approx: Mapped[str | None] = mapped_column(String(20))
    current_figure_id: Mapped[int | None] = mapped_column(Integer)
    first_seen_at: Mapped[dt.datetime | None]
    last_seen_at: Mapped[dt.datetime | None]
    claim_count: Mapped[int] = mapped_column(Integer, default=0)
    source_count: Mapped[int] = mapped_column(Integer, default=0)
    has_contradiction: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    # The machine-readable key of the fact (unit and key terms), kept beside the label.
    key: Mapped[str | None] = mapped_column(String(300))
    # A fact is never deleted: when re-matching or a decision moved all its figures into
    # one other fact, this points there.
    merged_into_id: Mapped[int | None] = mapped_column(ForeignKey("facts.id"))


class FactMembership(Base):
    """Which fact a figure belonged to, from when until when (history of ``Figure.fact_id``).

    ``Figure.fact_id`` is the current membership; these rows keep the past so that
    ``--as-of`` answers with the facts as they were.
    """

    __tablename__ = "fact_memberships"
    __table_args__ = (
        Index("ix_fact_memberships_fact_id", "fact_id"),
        Index("ix_fact_memberships_figure_id", "figure_id"),
    )

    id: Mapped[intpk]
    figure_id: Mapped[int] = mapped_column(ForeignKey("figures.id", ondelete="CASCADE"))
    fact_id: Mapped[int] = mapped_column(ForeignKey("facts.id"))
    placement: Mapped[str] = mapped_column(String(20))
    probability: Mapped[float | None]
    matcher_version: Mapped[str | None] = mapped_column(String(40))
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    superseded_at: Mapped[dt.datetime | None]

    @classmethod
    def alive(cls, as_of: dt.datetime | None = None) -> ColumnElement[bool]:
        if as_of is None:
            return cls.superseded_at.is_(None)
        return and_(
            cls.created_at <= as_of, or_(cls.superseded_at.is_(None), cls.superseded_at > as_of)
        )


class MatcherSettingsRecord(Base):
    """The parameters of one matcher version (link model weights, thresholds), stored the
    first time that version links anything, so every link can be replayed."""

    __tablename__ = "matcher_settings"

    version: Mapped[str] = mapped_column(String(40), primary_key=True)
    settings: Mapped[str] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class Relation(Base):
    """A typed, scored link from a newer claim to an older one.

    ``components`` holds the score's parts (JSON) and ``matcher_version`` the
    matcher that made it, so every link can be explained and recomputed. Relations
    made by the matcher have status ``auto`` or ``suggested``; a person's decision
    (``confirmed`` / ``rejected``) is recorded in ``decisions`` and never overwritten.
    """

    __tablename__ = "relations"
    __table_args__ = (
        Index("ix_relations_newer", "newer_claim_id"),
        Index("ix_relations_older", "older_claim_id"),
        Index("ix_relations_kind_status", "kind", "status"),
    )

    id: Mapped[intpk]
    kind: Mapped[str] = mapped_column(String(20))
    newer_claim_id: Mapped[int] = mapped_column(ForeignKey("claims.id", ondelete="CASCADE"))
    older_claim_id: Mapped[int] = mapped_column(ForeignKey("claims.id", ondelete="CASCADE"))
    newer_figure_id: Mapped[int | None] = mapped_column(
        ForeignKey("figures.id", ondelete="CASCADE")
    )
    older_figure_id: Mapped[int | None] = mapped_column(
        ForeignKey("figures.id", ondelete="CASCADE")
    )
    fact_id: Mapped[int | None] = mapped_column(ForeignKey("facts.id"), index=True)
    score: Mapped[float]
    components: Mapped[str] = mapped_column(Text, default="{}")
    matcher_version: Mapped[str] = mapped_column(String(40))
    status: Mapped[str] = mapped_column(String(20), default="auto")
    independent: Mapped[bool | None]
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    # Set when re-matching replaced this automatic relation: the row stays, so what
    # the database said at any earlier time can still be answered.
    superseded_at: Mapped[dt.datetime | None] = mapped_column(index=True)

    @classmethod
    def alive(cls, as_of: dt.datetime | None = None) -> ColumnElement[bool]:
        """Relations in force now, or at ``as_of`` (made by then, not yet superseded)."""
        if as_of is None:
            return cls.superseded_at.is_(None)
        return and_(
            cls.created_at <= as_of, or_(cls.superseded_at.is_(None), cls.superseded_at > as_of)
        )


class Decision(Base):
    """A person's decision about a relation or a figure's fact, kept as an event.

    Automatic re-matching reads these and never overrides them.
    """

    __tablename__ = "decisions"

    id: Mapped[intpk]
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    actor: Mapped[str] = mapped_column(String(100))
    action: Mapped[str] = mapped_column(String(30))
    relation_id: Mapped[int | None] = mapped_column(ForeignKey("relations.id"), index=True)
    figure_id: Mapped[int | None] = mapped_column(ForeignKey("figures.id"), index=True)
    fact_id: Mapped[int | None] = mapped_column(ForeignKey("facts.id"))
    previous_status: Mapped[str | None] = mapped_column(String(20))
    note: Mapped[str | None] = mapped_column(Text)


class IndexTerm(Base):
    """A term of the claim index with its document frequency (claims containing it)."""

    __tablename__ = "index_terms"

    id: Mapped[intpk]
    term: Mapped[str] = mapped_column(String(200), unique=True)
    df: Mapped[int] = mapped_column(Integer, default=0)


class ClaimTerm(Base):
    """A posting: term ``term_id`` occurs ``tf`` times in the key text of a claim of
    ``length`` terms. The primary key (term, claim) is the index that retrieval reads."""

    __tablename__ = "claim_terms"
    # SQLite: a WITHOUT ROWID table, clustered on its primary key (migration 0006)
    __table_args__ = (Index("ix_claim_terms_claim_id", "claim_id"), {"sqlite_with_rowid": False})

    term_id: Mapped[int] = mapped_column(ForeignKey("index_terms.id"), primary_key=True)
    claim_id: Mapped[int] = mapped_column(
        ForeignKey("claims.id", ondelete="CASCADE"), primary_key=True
    )
    tf: Mapped[int] = mapped_column(Integer)
    length: Mapped[int] = mapped_column(Integer)


class IndexStats(Base):
    """One row: how many claims are indexed and their total key-text length (for BM25)."""

    __tablename__ = "index_stats"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    claims: Mapped[int] = mapped_column(Integer, default=0)
    total_length: Mapped[int] = mapped_column(Integer, default=0)


class WordTerm(Base):
    """A word of the raw-text index (tracker.store.index) with its document frequency."""

    __tablename__ = "word_terms"

    id: Mapped[intpk]
    term: Mapped[str] = mapped_column(String(200), unique=True)
    df: Mapped[int] = mapped_column(Integer, default=0)


class ClaimWord(Base):
    """A posting of the raw-text index: word ``term_id`` occurs ``tf`` times in a claim's
    text of ``length`` words. Clustered on (term, claim) like :class:`ClaimTerm`."""

    __tablename__ = "claim_words"
    __table_args__ = (Index("ix_claim_words_claim_id", "claim_id"), {"sqlite_with_rowid": False})

    term_id: Mapped[int] = mapped_column(ForeignKey("word_terms.id"), primary_key=True)
    claim_id: Mapped[int] = mapped_column(
        ForeignKey("claims.id", ondelete="CASCADE"), primary_key=True
    )
    tf: Mapped[int] = mapped_column(Integer)
    length: Mapped[int] = mapped_column(Integer)


class WordStats(Base):
    """One row: how many claims the raw-word index holds and their total length in words."""

    __tablename__ = "word_stats"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    claims: Mapped[int] = mapped_column(Integer, default=0)
    total_length: Mapped[int] = mapped_column(Integer, default=0)


class ClaimVector(Base):
    """A claim's sentence embedding from an optional model (see tracker.store.vectors)."""

    __tablename__ = "claim_vectors"

    claim_id: Mapped[int] = mapped_column(
        ForeignKey("claims.id", ondelete="CASCADE"), primary_key=True
    )
    model: Mapped[str] = mapped_column(String(100), primary_key=True)
    vector: Mapped[bytes] = mapped_column(LargeBinary)
