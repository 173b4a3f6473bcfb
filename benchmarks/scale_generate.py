"""Fill a tracker database with N generated news claims, fast, as `ingest --as-claims` would.

Usage:
    python benchmarks/scale_generate.py --claims 100000 --database sqlite:////tmp/scale-100k.db
    python benchmarks/scale_generate.py --claims 1000000 \\
        --database postgresql+psycopg://postgres@127.0.0.1:5432/tracker_bench [--seed 1]

The database must be new or empty (the schema is made by ``open_database``, i.e. the
migrations). Claims are German and English news sentences with figures from
``_scale_text`` (deterministic for a seed: claim ``i`` always has the same text).

Every claim is stored as `tracker ingest --as-claims` stores a record of a claim
collection: an article (text = the claim, optional title, source, published time,
external id ``scale-SEED-I``) and one claim spanning the whole text, with what the real
extractor and matcher compute for it: ``claim_from_record`` (figures via
``find_figures``, claimant, via, polarity, stated time), the key text and anchors of
``Matcher.prepare_article`` (title terms added for a whole-text claim) and the index
postings of ``ClaimIndex.add`` (key terms + value tokens, tf, length; ``index_terms.df``;
``index_stats``) and of the raw-word index of ``tracker.match.words`` (the words of text
and title: ``word_terms``, ``claim_words``, ``word_stats``, the base of `tracker match`).
Claimants are resolved by the rule of ``ClaimantDirectory`` (kept in
memory) once per distinct name; relays (via) become sources as in ingest. Fact matching
is skipped: figures get no fact and there are no relations (retrieval does not read
them).

Speed: the text work runs in ``--workers`` processes (default: all cores); the parent
writes with SQLAlchemy Core bulk inserts (SQLite: one executemany per table and batch,
``synchronous=OFF``, a large page cache and foreign-key checks off during the load only)
or ``COPY`` (PostgreSQL, through psycopg). ``ANALYZE`` runs at the end on both backends
(skip with ``--no-analyze``). It prints rows/s per phase.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import multiprocessing
import os
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _scale_text as gen  # noqa: E402
from sqlalchemy import Connection, Engine, event, func, insert, select, text, update  # noqa: E402

from tracker.db import open_database  # noqa: E402
from tracker.db.models import (  # noqa: E402
    Article,
    Claim,
    Claimant,
    ClaimantAlias,
    ClaimTerm,
    ClaimWord,
    Figure,
    IndexStats,
    IndexTerm,
    IngestRun,
    Source,
    WordStats,
    WordTerm,
)

TERM_MAX_LENGTH = 200  # as tracker.match.index
RECORDED_AT = gen.EPOCH + dt.timedelta(seconds=gen.SPAN_SECONDS)  # fixed: deterministic rows

# Columns written per table, in the order of the row tuples built by the Loader.
COLUMNS: dict[str, tuple[str, ...]] = {
    "sources": ("id", "name", "created_at"),
    "claimants": ("id", "name", "name_key", "kind", "created_at"),
    "claimant_aliases": ("claimant_id", "alias", "key", "block_key"),
    "articles": (
        "id",
        "source_id",
        "external_id",
        "title",
        "language",
        "published_at",
        "recorded_at",
        "text",
        "sha256",
        "identity_key",
        "version",
        "origin",
        "ingest_run_id",
        "anchors",
    ),
    "claims": (
        "id",
        "article_id",
        "sentence_index",
        "paragraph_index",
        "span_start",
        "span_end",
        "text",
        "language",
        "claimant_id",
        "claimant_text",
        "attribution",
        "attribution_cue",
        "via_text",
        "via_source_id",
        "has_quote",
        "negated",
        "stated_at",
        "recorded_at",
        "extractor_version",
        "key_text",
        "anchors",
        "matcher_version",
        "external_id",
    ),
    "figures": (
        "claim_id",
        "value",
        "unit",
        "unit_text",
        "approx",
        "raw_text",
        "span_start",
        "span_end",
        "negated",
        "previous",
        "rank",
    ),
    "index_terms": ("id", "term", "df"),
    "claim_terms": ("term_id", "claim_id", "tf", "length"),
    "word_terms": ("id", "term", "df"),
    "claim_words": ("term_id", "claim_id", "tf", "length"),
}

# ----------------------------------------------------------------------------- workers


@dataclass
class Row:
    """One generated claim, computed in a worker; ids are given by the parent."""

    index: int
    language: str
    text: str
    title: str | None
    source: str
    published_at: dt.datetime
    sha256: str
    article_anchors: str
    claimant: str | None
    claimant_kind: str
    attribution: str
    attribution_cue: str | None
    via: str | None
    has_quote: bool
    negated: bool
    stated_at: dt.datetime | None
    key_text: str
    anchors: str
    figures: list[tuple[Any, ...]] = field(default_factory=list)
    terms: list[tuple[str, int]] = field(default_factory=list)  # (term, tf)
    length: int = 0
    words: list[tuple[str, int]] = field(default_factory=list)  # raw words (word, tf)
    word_length: int = 0


def _warm() -> None:
    """Load simplemma and the lexicons once per worker, before the timed work."""
    from tracker import normalise
    from tracker.extract.pipeline import claim_from_record

    for sample, lang in (
        ("Rund 1.200 Menschen mussten Mittelau verlassen, sagte Petra Vogt.", "de"),
        ("More than 3,500 people were evacuated, Mayor Jane Holloway said.", "en"),
    ):
        claim_from_record(sample, lang)
        normalise.key_text(sample, lang)
        normalise.anchors(sample, lang)


def build_rows(job: tuple[int, int, int]) -> list[Row]:
    """Claims ``start`` .. ``stop - 1`` of ``seed``: text, extraction, key text, postings."""
    from tracker import normalise
    from tracker.extract.pipeline import claim_from_record

    seed, start, stop = job
    rows = []
    for spec in gen.specs(seed, start, stop):
        text = gen.render(spec)
        title = gen.title_of(spec)
        lang = spec.language
        draft = claim_from_record(
            text, lang, published_at=spec.published_at, external_id=spec.external_id
        )
        attribution = draft.attribution
        # Matcher.prepare_article, for a claim that is the whole article text.
        slots = [
            normalise.FigureSlot(f.start, f.end, f.unit, f.value, f.unit_text)
            for f in draft.figures
        ]
        key = normalise.claim_key(
            text,
            lang,
            slots,
            attribution.claimant,
            attribution.claimant_kind,
            attribution.via,
            title=title if title and title.strip() != text.strip() else None,
        )
        found = normalise.anchors(text, lang) | key.places
        context = set(found)
        if title:
            context |= normalise.anchors(title, lang)
        # ClaimIndex.add via Matcher._index_terms: key terms + a value token per figure.
        terms = [
            *key.terms,
            *(normalise.value_token(f.unit, f.value) for f in draft.figures),
        ]
        terms = [t[:TERM_MAX_LENGTH] for t in terms]
        # WordIndex.add via store.index.index_claims: the raw words of the text and title.
        raw = words(document_text(text, title, True))
        rows.append(
            Row(
                index=spec.index,
                language=lang,
                text=text,
                title=title,
                source=spec.source,
                published_at=spec.published_at,
                sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
                article_anchors=" ".join(sorted(context)),
                claimant=attribution.claimant,
                claimant_kind=attribution.claimant_kind,
                attribution=attribution.attribution,
                attribution_cue=attribution.attribution_cue,
                via=attribution.via,
                has_quote=attribution.has_quote,
                negated=draft.negated,
                stated_at=draft.stated_at,
                key_text=key.text,
                anchors=" ".join(sorted(found)),
                figures=[
                    (
                        f.value,
                        f.unit,
                        f.unit_text,
                        f.approx,
                        f.raw_text[:300],
                        f.start,
                        f.end,
                        f.negated,
                        i in draft.previous,
                    )
                    for i, f in enumerate(draft.figures)
                ],
                terms=sorted(Counter(terms).items()),
                length=len(terms),
                words=sorted(Counter(raw).items()),
                word_length=len(raw),
            )
        )
    return rows


def jobs(seed: int, claims: int, size: int) -> Iterator[tuple[int, int, int]]:
    for start in range(0, claims, size):
        yield seed, start, min(claims, start + size)


# ----------------------------------------------------------------------------- loading


class Loader:
    """Writes batches of rows; keeps the id maps (sources, claimants, terms) in memory."""

    def __init__(self, engine: Engine, conn: Connection, seed: int, run_id: int) -> None:
        self.engine = engine
        self.conn = conn
        self.postgres = engine.dialect.name == "postgresql"
        self.seed = seed
        self.run_id = run_id
        self.sources: dict[str, int] = {}
        self.claimants: dict[tuple[str, str], int] = {}
        self.resolver = _resolver()
        self.next_claimant = 1
        self.aliases: set[tuple[int, str, str]] = set()
        self.term_ids: dict[str, int] = {}
        self.df: Counter[int] = Counter()
        self.next_id = 1
        self.next_term = 1
        self.total_length = 0
        self.word_ids: dict[str, int] = {}
        self.word_df: Counter[int] = Counter()
        self.next_word = 1
        self.word_total_length = 0
        self.counts: Counter[str] = Counter()
        self.seconds: dict[str, float] = defaultdict(float)

    # -- ids ------------------------------------------------------------------

    def _sources(self, names: Sequence[str]) -> None:
        new = [n for n in dict.fromkeys(names) if n not in self.sources]
        if not new:
            return
        start = self.conn.scalar(select(func.coalesce(func.max(Source.id), 0))) or 0
        rows = [(start + i, name, RECORDED_AT) for i, name in enumerate(new, start=1)]
        self._insert(Source.__table__, rows)
        for source_id, name, _ in rows:
            self.sources[name] = source_id
        self.counts["sources"] += len(rows)

    def _claimants(self, keys: Sequence[tuple[str, str]]) -> None:
        """``ClaimantDirectory.resolve`` for each new (name, kind), with its resolver kept
        in memory instead of re-read per name (same rule: ``names.ClaimantResolver``
        over the claimants sharing a surname block key)."""
        from tracker.extract import names
        from tracker.store.claimants import claimant_key

        new = [k for k in dict.fromkeys(keys) if k not in self.claimants]
        if not new:
            return
        claimant_rows, alias_rows = [], []
        for name, kind in new:
            match = self.resolver.resolve(name, kind if kind != "unknown" else None)
            if match is not None:
                claimant_id = int(str(match.key))
                self.resolver.add(claimant_id, match.name, [name])
            else:
                claimant_id = self.next_claimant
                self.next_claimant += 1
                self.resolver.add(claimant_id, name, [name], kind=kind)
                claimant_rows.append((claimant_id, name, claimant_key(name), kind, RECORDED_AT))
            self.claimants[(name, kind)] = claimant_id
            for block in sorted(names.block_keys(name)):
                alias = (claimant_id, names.fold_name(name), block)
                if alias not in self.aliases:
                    self.aliases.add(alias)
                    alias_rows.append((claimant_id, name, alias[1], block))
        self._insert(Claimant.__table__, claimant_rows)
        self._insert(ClaimantAlias.__table__, alias_rows)
        self.counts["claimants"] += len(claimant_rows)
        self.counts["claimant_aliases"] += len(alias_rows)

    def _terms(self, rows: Sequence[Row]) -> list[tuple[int, str, int]]:
        new = []
        for row in rows:
            for term, _ in row.terms:
                if term not in self.term_ids:
                    self.term_ids[term] = self.next_term
                    new.append((self.next_term, term, 0))
                    self.next_term += 1
        return new

    def _words(self, rows: Sequence[Row]) -> list[tuple[int, str, int]]:
        new = []
        for row in rows:
            for word, _ in row.words:
                if word not in self.word_ids:
                    self.word_ids[word] = self.next_word
                    new.append((self.next_word, word, 0))
                    self.next_word += 1
        return new

    # -- a batch ----------------------------------------------------------------

    def write(self, rows: list[Row]) -> None:
        started = time.perf_counter()
        self._sources([r.source for r in rows] + [r.via for r in rows if r.via])
        self._claimants([(r.claimant, r.claimant_kind) for r in rows if r.claimant])
        self.seconds["sources+claimants"] += time.perf_counter() - started
        started = time.perf_counter()
        seed, run_id = self.seed, self.run_id
        articles, claims, figures, postings, word_postings = [], [], [], [], []
        new_terms = self._terms(rows)
        new_words = self._words(rows)
        for row in rows:
            claim_id = self.next_id
            self.next_id += 1
            external_id = f"scale-{seed}-{row.index}"
            articles.append(
                (
                    claim_id,
                    self.sources[row.source],
                    external_id,
                    row.title,
                    row.language,
                    row.published_at,
                    RECORDED_AT,
                    row.text,
                    row.sha256,
                    identity_key(
                        url=None, sha256=row.sha256, source=row.source, external_id=external_id
                    ),
                    1,
                    f"scale_generate.py:seed={seed}:{row.index}",
                    run_id,
                    row.article_anchors,
                )
            )
            claims.append(
                (
                    claim_id,
                    claim_id,
                    0,
                    0,
                    0,
                    len(row.text),
                    row.text,
                    row.language,
                    self.claimants[(row.claimant, row.claimant_kind)] if row.claimant else None,
                    row.claimant,
                    row.attribution,
                    row.attribution_cue,
                    row.via,
                    self.sources[row.via] if row.via else None,
                    row.has_quote,
                    row.negated,
                    row.stated_at,
                    RECORDED_AT,
                    EXTRACTOR_VERSION,
                    row.key_text,
                    row.anchors,
                    MATCHER_VERSION,
                    external_id,
                )
            )
            for figure in row.figures:
                figures.append((claim_id, *figure, "normal"))
            if row.terms:
                self.total_length += row.length
                self.counts["indexed"] += 1
                for term, tf in row.terms:
                    term_id = self.term_ids[term]
                    self.df[term_id] += 1
                    postings.append((term_id, claim_id, tf, row.length))
            if row.words:
                self.word_total_length += row.word_length
                self.counts["word_indexed"] += 1
                for word, tf in row.words:
                    word_id = self.word_ids[word]
                    self.word_df[word_id] += 1
                    word_postings.append((word_id, claim_id, tf, row.word_length))
        self.seconds["rows"] += time.perf_counter() - started
        batches: list[tuple[Any, Sequence[Sequence[Any]]]] = [
            (Article.__table__, articles),
            (Claim.__table__, claims),
            (Figure.__table__, figures),
            (IndexTerm.__table__, new_terms),
            (ClaimTerm.__table__, postings),
            (WordTerm.__table__, new_words),
            (ClaimWord.__table__, word_postings),
        ]
        for table, batch in batches:
            started = time.perf_counter()
            self._insert(table, batch)
            self.seconds[table.name] += time.perf_counter() - started
            self.counts[table.name] += len(batch)

    def _insert(
        self, table: Any, rows: Sequence[Sequence[Any]], columns: Sequence[str] | None = None
    ) -> None:
        """Rows given as tuples in the order of :data:`COLUMNS`: ``COPY`` on PostgreSQL;
        on SQLite one executemany, values converted by the columns' own bind processors
        (so the stored text of timestamps is exactly what the ORM would write)."""
        if not rows:
            return
        columns = columns or COLUMNS[table.name]
        names = ", ".join(columns)
        if self.postgres:
            cursor = self.conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
            with cursor.copy(f"COPY {table.name} ({names}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
            return
        dialect = self.engine.dialect
        processors = [
            (i, p)
            for i, name in enumerate(columns)
            if (p := table.c[name].type.dialect_impl(dialect).bind_processor(dialect))
        ]
        if processors:
            converted = []
            for row in rows:
                values = list(row)
                for i, process in processors:
                    values[i] = process(values[i])
                converted.append(tuple(values))
            rows = converted
        marks = ", ".join("?" for _ in columns)
        self.conn.exec_driver_sql(
            f"INSERT INTO {table.name} ({names}) VALUES ({marks})", list(rows)
        )

    # -- the end ---------------------------------------------------------------

    def finish(self) -> None:
        """Document frequencies, index statistics, sequences (PostgreSQL)."""
        started = time.perf_counter()
        for table, counts in (("index_terms", self.df), ("word_terms", self.word_df)):
            self._set_df(table, counts)
        self.set_sequences()
        self.conn.execute(
            insert(IndexStats),
            [{"id": 1, "claims": self.counts["indexed"], "total_length": self.total_length}],
        )
        self.conn.execute(
            insert(WordStats),
            [
                {
                    "id": 1,
                    "claims": self.counts["word_indexed"],
                    "total_length": self.word_total_length,
                }
            ],
        )
        self.seconds["index_terms"] += time.perf_counter() - started

    def _set_df(self, table: str, counts: Counter[int]) -> None:
        df_rows = [{"tid": term_id, "n": n} for term_id, n in counts.items()]
        if self.postgres:
            self.conn.exec_driver_sql(
                f"CREATE TEMPORARY TABLE scale_df_{table} (tid integer PRIMARY KEY, n integer) "
                "ON COMMIT DROP"
            )
            cursor = self.conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
            with cursor.copy(f"COPY scale_df_{table} (tid, n) FROM STDIN") as copy:
                for row in df_rows:
                    copy.write_row((row["tid"], row["n"]))
            self.conn.exec_driver_sql(
                f"UPDATE {table} SET df = scale_df_{table}.n FROM scale_df_{table} "
                f"WHERE {table}.id = scale_df_{table}.tid"
            )
        else:
            self.conn.execute(text(f"UPDATE {table} SET df = :n WHERE id = :tid"), df_rows)

    def set_sequences(self) -> None:
        """PostgreSQL: the id sequences continue after the ids written here."""
        if not self.postgres:
            return
        for table in COPY_ORDER:
            if table in ("claim_terms", "claim_words"):
                continue  # no id column
            self.conn.exec_driver_sql(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                f"(SELECT coalesce(max(id), 1) FROM {table}))"
            )


def _resolver() -> Any:
    from tracker.extract import names

    return names.ClaimantResolver()


# Imported late so that the module docstring stays the first thing in --help.
from tracker.match.settings import MatchSettings  # noqa: E402
from tracker.match.words import document_text, words  # noqa: E402
from tracker.store.ingest import identity_key  # noqa: E402

MATCHER_VERSION = MatchSettings().version

from tracker.extract.pipeline import EXTRACTOR_VERSION  # noqa: E402


def _bulk_settings(engine: Engine) -> None:
    """For this process's connections only, while loading. SQLite: no fsync, a 1 GB page
    cache, no foreign-key check per row. PostgreSQL: no foreign-key triggers per row
    (``session_replication_role = replica``, needs a superuser; skipped otherwise) and
    no wait for the WAL flush at commit. The rows are consistent by construction."""
    sqlite_backend = engine.dialect.name == "sqlite"

    @event.listens_for(engine, "connect")
    def _bulk(dbapi_connection: Any, _record: Any) -> None:
        if sqlite_backend:
            cursor = dbapi_connection.cursor()
            for pragma in (
                "synchronous = OFF",
                "cache_size = -1000000",
                "temp_store = MEMORY",
                "foreign_keys = OFF",
            ):
                cursor.execute(f"PRAGMA {pragma}")
            cursor.close()
            return
        with dbapi_connection.cursor() as cursor:
            cursor.execute("SET synchronous_commit = off")
            cursor.execute("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")
            row = cursor.fetchone()
            if row and row[0]:
                cursor.execute("SET session_replication_role = replica")
        dbapi_connection.commit()


def open_target(url: str) -> Engine:
    """The schema by the migrations (``open_database``), then an engine for the load;
    refuses a database that already holds articles."""
    db = open_database(url)
    with db.engine.connect() as conn:
        have = conn.scalar(select(func.count()).select_from(Article)) or 0
        indexed = conn.scalar(select(func.count()).select_from(IndexStats)) or 0
    db.dispose()
    if have or indexed:
        raise SystemExit(f"{url} already holds {have} articles: give a new or empty database")
    from tracker.db.engine import create_engine_for

    engine = create_engine_for(url)
    _bulk_settings(engine)
    return engine


def generate(
    engine: Engine, claims: int, seed: int, workers: int, batch: int
) -> tuple[Loader, float]:
    """Generate and store ``claims`` claims; returns the loader (counts, timings) and the
    seconds the parent waited for the workers."""
    print(
        f"generating {claims:,} claims (seed {seed}) into {engine.url.render_as_string()} "
        f"with {workers} worker(s)",
        file=sys.stderr,
    )
    context = multiprocessing.get_context("fork")
    generated = 0
    build_seconds = 0.0
    with context.Pool(workers, initializer=_warm) as pool, engine.connect() as conn:
        with conn.begin():
            run_id = conn.execute(
                insert(IngestRun).returning(IngestRun.id),
                {
                    "started_at": RECORDED_AT,
                    "finished_at": None,
                    "tracker_version": _tracker_version(),
                    "command": f"benchmarks/scale_generate.py --claims {claims} --seed {seed}",
                    "inputs": f"generated:seed={seed}",
                    "status": "running",
                },
            ).scalar_one()
        loader = Loader(engine, conn, seed, run_id)
        pending: list[Row] = []
        load_started = time.perf_counter()
        last_report = load_started
        results = pool.imap(build_rows, jobs(seed, claims, gen.CHUNK), chunksize=1)
        trans = conn.begin()
        while True:
            wait = time.perf_counter()
            rows = next(results, None)
            build_seconds += time.perf_counter() - wait
            if rows is not None:
                pending.extend(rows)
            if pending and (rows is None or len(pending) >= batch):
                loader.write(pending)
                generated += len(pending)
                pending = []
                trans.commit()
                trans = conn.begin()
                now = time.perf_counter()
                if now - last_report > 15 or generated == claims:
                    rate = generated / (now - load_started)
                    eta = (claims - generated) / rate if rate else 0
                    print(
                        f"  {generated:>10,} claims  {rate:,.0f} claims/s  eta {eta:,.0f} s",
                        file=sys.stderr,
                    )
                    last_report = now
            if rows is None:
                break
        loader.finish()
        conn.execute(
            update(IngestRun)
            .where(IngestRun.id == run_id)
            .values(finished_at=RECORDED_AT, status="done", new_count=generated)
        )
        trans.commit()
    return loader, build_seconds


# Tables in the order their foreign keys need.
COPY_ORDER = (
    "sources",
    "ingest_runs",
    "claimants",
    "claimant_aliases",
    "articles",
    "claims",
    "figures",
    "index_terms",
    "claim_terms",
    "index_stats",
    "word_terms",
    "claim_words",
    "word_stats",
)


def copy_database(source_url: str, engine: Engine, batch: int) -> Loader:
    """Copy a database made by this script (all rows, same ids) into the new one: the
    same data on another backend without doing the text work again."""
    from tracker.db.base import Base
    from tracker.db.engine import create_engine_for

    source = create_engine_for(source_url)
    print(
        f"copying {source.url.render_as_string()} into {engine.url.render_as_string()}",
        file=sys.stderr,
    )
    with source.connect() as src, engine.connect() as conn:
        loader = Loader(engine, conn, 0, 0)
        for name in COPY_ORDER:
            table = Base.metadata.tables[name]
            columns = tuple(c.name for c in table.c)
            started = time.perf_counter()
            result = src.execution_options(yield_per=batch).execute(
                select(*table.c).order_by(*table.primary_key.columns)
            )
            with conn.begin():
                for part in result.partitions():
                    loader._insert(table, [tuple(r) for r in part], columns)
                    loader.counts[name] += len(part)
            loader.seconds[name] += time.perf_counter() - started
            print(f"  {name:<16} {loader.counts[name]:>12,} rows", file=sys.stderr)
        with conn.begin():
            loader.set_sequences()
    source.dispose()
    return loader


def analyze(engine: Engine) -> float:
    """Planner statistics after the bulk load (SQLite ANALYZE, PostgreSQL VACUUM ANALYZE)."""
    started = time.perf_counter()
    if engine.dialect.name == "sqlite":
        with engine.connect() as conn:
            conn.exec_driver_sql("ANALYZE")
            conn.commit()
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    else:
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.exec_driver_sql("VACUUM ANALYZE")
    return time.perf_counter() - started


def print_summary(
    engine: Engine, loader: Loader, total: float, build_seconds: float, analyze_seconds: float
) -> None:
    c, s = loader.counts, loader.seconds
    claims = c["claims"]
    print(f"\n{claims:,} claims in {total:,.0f} s ({claims / total:,.0f} claims/s overall)")
    if build_seconds:
        print(f"  waiting for workers (text, extraction, key texts): {build_seconds:,.0f} s")
    for name in (
        "articles",
        "claims",
        "figures",
        "index_terms",
        "claim_terms",
        "word_terms",
        "claim_words",
    ):
        rate = c[name] / s[name] if s[name] else 0
        print(f"  {name:<12} {c[name]:>12,} rows  {s[name]:>7,.1f} s  {rate:>10,.0f} rows/s")
    print(
        f"  sources {c['sources']:,}, claimants {c['claimants']:,} "
        f"({s['sources+claimants']:,.1f} s); analyze {analyze_seconds:,.0f} s"
    )
    if engine.dialect.name == "sqlite" and engine.url.database:
        size = os.path.getsize(engine.url.database) / 1e9
        print(f"  database file: {size:.2f} GB")


def _tracker_version() -> str:
    import tracker

    return tracker.__version__


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--claims", type=int, help="how many claims to generate")
    parser.add_argument("--database", required=True, help="SQLAlchemy URL of a new database")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--batch", type=int, default=10_000, help="claims per transaction")
    parser.add_argument("--no-analyze", dest="analyze", action="store_false")
    parser.add_argument(
        "--copy-from",
        metavar="URL",
        help="copy a database made by this script instead of generating (e.g. SQLite -> "
        "PostgreSQL: the same data on both backends)",
    )
    args = parser.parse_args(argv)
    if (args.claims is None) == (args.copy_from is None):
        parser.error("give --claims N or --copy-from URL")
    started = time.perf_counter()
    engine = open_target(args.database)
    build_seconds = 0.0
    if args.copy_from:
        loader = copy_database(args.copy_from, engine, args.batch * 5)
    else:
        loader, build_seconds = generate(
            engine, args.claims, args.seed, max(1, args.workers), args.batch
        )
    analyze_seconds = analyze(engine) if args.analyze else 0.0
    print_summary(engine, loader, time.perf_counter() - started, build_seconds, analyze_seconds)
    engine.dispose()


if __name__ == "__main__":
    main()
