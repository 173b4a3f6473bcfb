"""The claim index on both backends: candidates from the rarest terms, BM25 summed in
the database, a postings budget, and the newest postings of a frequent term."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from tracker.db import open_database
from tracker.db.models import Claim
from tracker.match import index as index_module
from tracker.normalise import name_term, unit_token
from tracker.store.index import ClaimIndex

# names are key-termed in one spelling for all languages
MITTELAU = name_term("Mittelau")

CLAIMS = [
    ("flood", "About 3,500 people were evacuated from Mittelau after the flood."),
    ("fire", "A fire in Kestenau forced 200 people to leave their homes."),
    ("strike", "The strike cancelled 120 flights at the airport."),
    ("storm", "The storm left 4,000 households in Grünstadt without power."),
    ("flood2", "Floods in Mittelau: 1,200 people were evacuated on Monday."),
]


@pytest.fixture(scope="module")
def claims_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("index") / "claims.jsonl"
    path.write_text(
        "".join(json.dumps({"id": i, "text": t}) + "\n" for i, t in CLAIMS), encoding="utf-8"
    )
    return path


@pytest.fixture
def indexed(ingest_once, claims_file: Path, db_url: str):  # type: ignore[no-untyped-def]
    result = ingest_once("--as-claims", str(claims_file))
    assert result.exit_code == 0, result.output
    db = open_database(db_url, create=False)
    with db.reader() as session:
        ids = {r[0]: r[1] for r in session.execute(select(Claim.external_id, Claim.id))}
        yield ClaimIndex(session), ids
    db.engine.dispose()


def test_candidates_share_the_rare_terms_best_first(indexed) -> None:  # type: ignore[no-untyped-def]
    index, ids = indexed
    found = index.candidates([MITTELAU, "evacuate", "#person"], limit=10)
    assert {c.claim_id for c in found[:2]} == {ids["flood"], ids["flood2"]}
    scores = [c.bm25 for c in found]
    assert scores == sorted(scores, reverse=True) and scores[0] > 0
    assert ids["strike"] not in {c.claim_id for c in found}  # shares no term
    # excluded claims never come back; unknown terms find nothing
    rest = index.candidates([MITTELAU], exclude_claims=[ids["flood"]])
    assert [c.claim_id for c in rest] == [ids["flood2"]]
    assert index.candidates(["no-such-term"]) == []


def test_a_frequent_term_beyond_the_budget_is_left_out_but_a_required_one_is_capped(
    indexed, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    index, ids = indexed
    person = unit_token("person")
    monkeypatch.setattr(index_module, "MAX_POSTINGS_PER_TERM", 2)
    monkeypatch.setattr(index_module, "MIN_REQUIRED_POSTINGS", 1)
    plan = index.plan(["kestenau", MITTELAU, person], budget=3)
    looked = {t.term: t for t in plan}
    assert list(looked) == ["kestenau", MITTELAU]  # rarest first; "#person" is too frequent
    # required: read anyway, its newest postings only, as many as the budget leaves
    plan = index.plan(["kestenau", MITTELAU, person], required=[person], budget=3)
    looked = {t.term: t for t in plan}
    assert looked[person].capped and looked[person].reads == 1
    found = index.candidates(["kestenau", person], required=[person], budget=3, limit=10)
    newest_person_claim = max(ids[k] for k in ("flood", "fire", "flood2"))
    assert {c.claim_id for c in found} == {ids["fire"], newest_person_claim}


def test_a_required_term_is_looked_up_even_beyond_the_rarest(indexed) -> None:  # type: ignore[no-untyped-def]
    index, _ = indexed
    person = unit_token("person")
    terms = ["kestenau", MITTELAU, "evacuate", person]
    plan = index.plan(terms, required=[person], max_terms=1)
    assert [t.term for t in plan][0] == "kestenau" and person in {t.term for t in plan}
    assert MITTELAU not in {t.term for t in plan}
