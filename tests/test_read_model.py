"""The read model: the reporting views are what tracker/query/ reads, and the exports and
the report read through tracker/query/. Who makes a claim (``claimant``) and when it was
made (``claimed_at``) have one definition each, in the views (migration 0013)."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest
from sqlalchemy import inspect, select

import tracker
from tracker.db import Database, views
from tracker.query import ClaimFilter, list_claims
from tracker.query.claims import claim_detail, provenance_by_claim
from tracker.query.dataset import Selection, load

PACKAGE = Path(tracker.__file__).parent


def test_the_view_tables_name_the_columns_the_migrations_make(db: Database) -> None:
    with db.engine.connect() as conn:
        inspector = inspect(conn)
        assert {v.name for v in views.VIEWS} == set(inspector.get_view_names())
        for view in views.VIEWS:
            made = [c["name"] for c in inspector.get_columns(view.name)]
            assert [c.name for c in view.columns] == made, view.name


@pytest.fixture
def dated_and_undated(cli, db: Database, tmp_path: Path) -> Database:  # type: ignore[no-untyped-def]
    """An article with a date and a quoted claimant, and one with neither a date nor a
    named claimant (the author's own statement)."""
    path = tmp_path / "articles.jsonl"
    lines = [
        {
            "url": "https://a.example/1",
            "source": "Rundschau",
            "author": "Klaus Brenner",
            "title": "Hochwasser",
            "published": "2025-03-10T08:00:00+01:00",
            "language": "de",
            "text": '"Rund 1.200 Menschen wurden evakuiert", sagte Landrätin Petra Vogt.',
        },
        {
            "url": "https://b.example/2",
            "source": "Valley News",
            "title": "Flood",
            "language": "en",
            "text": "About 3,500 people were evacuated from the valley.",
        },
    ]
    path.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    assert cli("ingest", str(path)).exit_code == 0
    return db


def test_claimant_and_claim_time_are_the_same_everywhere(dated_and_undated: Database) -> None:
    db = dated_and_undated
    with db.reader() as session:
        listed = {row["id"]: row for row in list_claims(session, ClaimFilter(limit=0))}
        assert listed
        provenance = provenance_by_claim(session, listed)
        data = load(session, Selection())
        for claim_id, row in listed.items():
            view = provenance[claim_id]
            detail = claim_detail(session, claim_id)
            assert row["claimant"] == view["claimant"] == detail["claimant_label"]
            assert row["claimant"] == data.claimant_label(claim_id)
            assert row["stated_at"] == view["claimed_at"] == detail["stated_at"]
            assert row["stated_at"] == data.claim_time(claim_id)
        figures = session.execute(
            select(views.claim_figures.c.claim_id, views.claim_figures.c.claimed_at)
        ).all()
        assert figures and all(when == listed[c]["stated_at"] for c, when in figures)
    claimants = {row["claimant"] for row in listed.values()}
    assert "Petra Vogt" in claimants or "Landrätin Petra Vogt" in claimants
    assert "Valley News" in claimants  # no author: the outlet speaks


# Code that would re-derive either rule instead of reading the views.
REDERIVED = {
    "claim time": re.compile(
        r"stated_at\s*(or|,)\s*\w*\.?published_at|coalesce\(\s*\w*\.?stated_at"
    ),
    "claimant label": re.compile(r"attribution\W+\s*[!=]=\s*[\"']author[\"']"),
}


@pytest.mark.parametrize("layer", ["query", "report", "cli"])
def test_the_read_side_does_not_re_derive_claimant_or_claim_time(layer: str) -> None:
    found = []
    for path in sorted((PACKAGE / layer).rglob("*.py")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            for rule, pattern in REDERIVED.items():
                if pattern.search(line.lower() if rule == "claim time" else line):
                    found.append(f"{path.relative_to(PACKAGE)}:{number}: {rule}")
    assert found == []


# The rule itself (not a call of it): "stated_at or ... published_at", "COALESCE(stated_at".
CLAIM_TIME_RULE = re.compile(
    r"stated_at[\"'\]]*\s+or\s+[\w.\[\]\"']*published_at|coalesce\(\s*\w*\.?stated_at",
    re.IGNORECASE,
)


def test_the_claim_time_rule_is_written_once_in_the_package() -> None:
    """The write side and retrieval call ``tracker.match.views.claimed_at``; the views have
    the same rule in SQL (migration 0013), checked against it below."""
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        for match in CLAIM_TIME_RULE.finditer(path.read_text(encoding="utf-8")):
            found.append(f"{path.relative_to(PACKAGE).as_posix()}: {match.group(0)}")
    assert found == ["match/views.py: stated_at or published_at"]


def test_the_write_side_and_the_views_agree_on_when_a_claim_was_made(
    cli,  # type: ignore[no-untyped-def]
    db: Database,
    tmp_path: Path,
) -> None:
    """``claimed_at`` (what the matcher orders claims by) and the views' ``claimed_at``
    column give the same time for a claim with a stated time, one with only its
    article's published time, one with only its retrieved time, and one with none."""
    from sqlalchemy import update

    from tracker.db.models import Article, Claim
    from tracker.match.views import claimed_at
    from tracker.store.claim_views import load_views

    path = tmp_path / "times.jsonl"
    text = "About {} people were evacuated from the valley, the mayor said."
    lines = [
        {"url": "https://t.example/1", "published": "2025-03-10T08:00:00Z"},
        {"url": "https://t.example/2", "published": "2025-03-11T08:00:00Z"},
        {"url": "https://t.example/3", "retrieved": "2025-03-12T08:00:00Z"},
        {"url": "https://t.example/4"},
    ]
    for n, line in enumerate(lines):
        line.update(source="Valley News", title="Flood", language="en", text=text.format(n + 2))
    path.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    assert cli("ingest", str(path)).exit_code == 0
    stated = dt.datetime(2025, 3, 1, 12, tzinfo=dt.UTC)
    with db.session() as session:  # a time the text states, and none for the others
        ids = dict(session.execute(select(Article.url, Claim.id).join(Claim)).all())
        session.execute(
            update(Claim).where(Claim.id == ids["https://t.example/1"]).values(stated_at=stated)
        )
        session.execute(
            update(Claim).where(Claim.id != ids["https://t.example/1"]).values(stated_at=None)
        )
    with db.reader() as session:
        rows = session.execute(
            select(Claim.id, Claim.stated_at, Article.published_at, Article.retrieved_at)
            .join(Article)
            .order_by(Claim.id)
        ).all()
        view = dict(
            session.execute(
                select(views.claim_provenance.c.claim_id, views.claim_provenance.c.claimed_at)
            ).all()
        )
        loaded = {v.id: v.time for v in load_views(session.connection(), [r.id for r in rows])}
    times = {r.id: claimed_at(r.stated_at, r.published_at, r.retrieved_at) for r in rows}
    assert len(rows) == 4
    assert times == view == loaded
    assert [times[r.id] for r in rows] == [
        stated,
        dt.datetime(2025, 3, 11, 8, tzinfo=dt.UTC),
        dt.datetime(2025, 3, 12, 8, tzinfo=dt.UTC),
        None,
    ]


@pytest.mark.slow  # about 2 s: thirteen commands, the report among them
def test_read_commands_change_nothing(  # type: ignore[no-untyped-def]
    ingest_once, cli, tmp_path: Path
) -> None:
    """Only the write side writes: no statement that changes rows runs while a read
    command runs (every statement any engine sends is watched)."""
    from sqlalchemy import event
    from sqlalchemy.engine import Engine

    from tests.conftest import EXAMPLES

    assert ingest_once(str(EXAMPLES)).exit_code == 0
    sent: list[str] = []

    def watch(conn, cursor, statement, parameters, context, executemany):  # type: ignore[no-untyped-def]
        sent.append(statement)

    reads = [
        ("articles",),
        ("claims", "--all"),
        ("facts",),
        ("fact", "1"),
        ("relations",),
        ("contradictions",),
        ("review",),
        ("sources", "--stats"),
        ("show", "claim", "1"),
        ("match", "Rund 1.200 Menschen wurden evakuiert"),
        ("export", "--format", "jsonl", "-o", str(tmp_path / "claims.jsonl")),
        ("report", "-o", str(tmp_path / "report.html")),
        ("sql", "SELECT count(*) FROM claims"),
    ]
    event.listen(Engine, "before_cursor_execute", watch)
    try:
        for args in reads:
            result = cli(*args)
            assert result.exit_code == 0, (args, result.output)
    finally:
        event.remove(Engine, "before_cursor_execute", watch)
    assert len(sent) > len(reads)  # the watch saw the reads
    writes = [s for s in sent if re.match(r"\s*(INSERT|UPDATE|DELETE|REPLACE)\b", s, re.I)]
    assert writes == []
