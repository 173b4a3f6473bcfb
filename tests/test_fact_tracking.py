"""Fact tracking end to end, through the CLI and the SQL views, on both backends.

The story (tests/data/outage.jsonl, written for these tests): a storm leaves
households in Grünstadt without power; the count is updated, repeated in English,
contradicted by a tabloid, copied by another paper, and the tabloid's figure is
denied. A neighbouring town reports the same number the same day.
"""

from __future__ import annotations

import json
import math
import re
from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data" / "outage.jsonl"


@pytest.fixture
def story(cli, ingest_once):  # type: ignore[no-untyped-def]
    result = ingest_once(str(DATA))
    assert result.exit_code == 0, result.output
    return cli


def rows(cli, *args: str) -> list[dict]:  # type: ignore[no-untyped-def,type-arg]
    result = cli(*args, "--format", "json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def sql(cli, statement: str) -> list[dict]:  # type: ignore[no-untyped-def,type-arg]
    return rows(cli, "sql", statement)


def figure(cli, article: str, value: float, negated: bool = False) -> dict:  # type: ignore[no-untyped-def,type-arg]
    found = sql(
        cli,
        "SELECT f.figure_id, f.claim_id, f.fact_id, f.value, f.negated FROM claim_figures f "
        f"JOIN articles a ON a.id = f.article_id WHERE a.external_id = '{article}'",
    )
    matches = [f for f in found if f["value"] == value and bool(f["negated"]) == negated]
    assert matches, (article, value, found)
    return matches[0]


def relation(cli, newer: dict, older: dict) -> list[str]:  # type: ignore[no-untyped-def,type-arg]
    found = sql(
        cli,
        "SELECT kind FROM claim_relations WHERE newer_figure_id = "
        f"{newer['figure_id']} AND older_figure_id = {older['figure_id']}",
    )
    return sorted(r["kind"] for r in found)


def test_update_repeat_contradiction_and_denial(story) -> None:  # type: ignore[no-untyped-def]
    first = figure(story, "o1", 4000)
    updated = figure(story, "o2", 6500)
    english = figure(story, "o3", 6500)
    tabloid = figure(story, "o4", 20000)
    denial = figure(story, "o6", 6500)
    assert relation(story, updated, first) == ["update"]  # "auf 6.500 gestiegen"
    assert relation(story, english, updated) == ["repeat"]  # the same figure in English
    assert relation(story, tabloid, updated) == ["contradiction"]  # same day, other claimant
    assert relation(story, denial, tabloid) == ["contradiction"]  # "nicht 20.000, sondern 6.500"
    assert len({first["fact_id"], updated["fact_id"], english["fact_id"], tabloid["fact_id"]}) == 1
    # the denied value is kept, marked, in the same fact
    denied = figure(story, "o6", 20000, negated=True)
    assert denied["fact_id"] == first["fact_id"]


def test_same_number_in_another_town_is_another_fact(story) -> None:  # type: ignore[no-untyped-def]
    assert figure(story, "o7", 6500)["fact_id"] != figure(story, "o2", 6500)["fact_id"]


def test_syndicated_copy_is_not_independent(story) -> None:  # type: ignore[no-untyped-def]
    [copy] = sql(story, "SELECT syndicated_from_id FROM articles WHERE external_id = 'o5'")
    [original] = sql(story, "SELECT id FROM articles WHERE external_id = 'o2'")
    assert copy["syndicated_from_id"] == original["id"]
    found = sql(
        story,
        "SELECT r.kind, r.independent FROM claim_relations r "
        f"WHERE r.newer_figure_id = {figure(story, 'o5', 6500)['figure_id']}",
    )
    assert [(r["kind"], bool(r["independent"])) for r in found] == [("repeat", False)]


def test_fact_timeline_and_contradictions_views(story) -> None:  # type: ignore[no-untyped-def]
    fact_id = figure(story, "o1", 4000)["fact_id"]
    [fact] = [f for f in rows(story, "facts") if f["id"] == fact_id]
    assert (fact["current_value"], fact["unit"], fact["contradicted"]) == (6500, "household", True)
    timeline = sql(story, f"SELECT value, rank FROM fact_timeline WHERE fact_id = {fact_id}")
    assert {r["value"] for r in timeline} >= {4000, 6500, 20000}
    assert {r["rank"] for r in timeline if r["value"] == 6500} == {"preferred"}
    # by default only contradictions that stand (auto, confirmed); the matcher's
    # suggestion (Blitzlicht's "more than 20,000" after 6,500) waits for a person
    standing = rows(story, "contradictions")
    assert {c["status"] for c in standing} <= {"auto", "confirmed"}
    assert any(c["fact_id"] == fact_id for c in standing)
    assert not any(c["newer_source"] == "Blitzlicht" for c in standing)
    contradictions = rows(story, "contradictions", "--status", "open")
    assert any(
        c["fact_id"] == fact_id and c["newer_source"] == "Blitzlicht" for c in contradictions
    )
    table = story("contradictions")
    assert "1 suggested contradiction awaits" in table.stderr
    view = sql(
        story, f"SELECT newer_value, older_value FROM contradictions WHERE fact_id = {fact_id}"
    )
    assert {(r["newer_value"], r["older_value"]) for r in view} >= {(20000, 6500), (6500, 20000)}
    detail = rows(story, "fact", str(fact_id))
    assert [(t["value"], t["approx"]) for t in detail["timeline"]][0] == (4000, "about")
    assert detail["timeline"][0]["value_text"] == "about 4,000"


def test_show_relation_explains_the_link(story) -> None:  # type: ignore[no-untyped-def]
    [found] = sql(
        story,
        "SELECT relation_id FROM claim_relations WHERE newer_figure_id = "
        f"{figure(story, 'o2', 6500)['figure_id']}",
    )
    text = story("show", "relation", str(found["relation_id"])).stdout
    assert "update [auto]" in text and "match-3/" in text
    # The stored explanation is a waterfall: the prior, then the match weight of every
    # comparison, adding up to the probability the link was made with.
    detail = rows(story, "show", "relation", str(found["relation_id"]))
    components = detail["components"]
    total = components["prior"]
    assert re.search(rf"prior +{re.escape(format(components['prior'], '+.2f'))}", text)
    for item in components["comparisons"]:
        total += item["weight"]
        weight, running = (re.escape(format(x, "+.2f")) for x in (item["weight"], total))
        line = rf"{item['comparison']} +{re.escape(item['level'])} +{weight} += +{running}"
        assert re.search(line, text), item
    assert abs(1 / (1 + math.exp(-total)) - components["probability"]) < 1e-3
    assert f"{components['probability']:.3f}" in text
    # and the version names parameters that are stored, so the link can be replayed
    [stored] = sql(
        story,
        f"SELECT version FROM matcher_settings WHERE version = '{detail['matcher_version']}'",
    )
    assert stored["version"] == detail["matcher_version"]


def test_people_decide_and_rematch_keeps_it(story) -> None:  # type: ignore[no-untyped-def]
    english = figure(story, "o3", 6500)
    [found] = sql(
        story,
        f"SELECT relation_id FROM claim_relations WHERE newer_figure_id = {english['figure_id']}",
    )
    result = story("review", "reject", str(found["relation_id"]), "--note", "checking")
    assert (
        result.exit_code == 0
        and result.stdout == f"relation {found['relation_id']}: repeat rejected\n"
    )
    assert story("rematch").exit_code == 0
    kinds = sql(
        story,
        "SELECT status FROM relations WHERE newer_claim_id = "
        f"{english['claim_id']} AND superseded_at IS NULL",
    )
    assert [k["status"] for k in kinds] == ["rejected"]  # not made again automatically
    assert relation(story, figure(story, "o2", 6500), figure(story, "o1", 4000)) == ["update"]


def test_as_of_answers_with_what_was_known(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import datetime as dt
    import time

    lines = DATA.read_text(encoding="utf-8").splitlines()
    (tmp_path / "early.jsonl").write_text("\n".join(lines[:3]) + "\n", encoding="utf-8")
    # Blitzlicht's "more than 20,000", then the utility's denial that ties it to the fact
    (tmp_path / "late.jsonl").write_text(lines[3] + "\n" + lines[5] + "\n", encoding="utf-8")
    assert cli("ingest", str(tmp_path / "early.jsonl")).exit_code == 0
    time.sleep(0.05)
    between = dt.datetime.now(dt.UTC).isoformat()
    time.sleep(0.05)
    assert cli("ingest", str(tmp_path / "late.jsonl")).exit_code == 0
    assert rows(cli, "contradictions", "--status", "open", "--as-of", between) == []
    assert rows(cli, "contradictions", "--status", "open")
    fact_id = figure(cli, "o1", 4000)["fact_id"]
    [then] = [f for f in rows(cli, "facts", "--as-of", between) if f["id"] == fact_id]
    assert (then["current_value"], then["contradicted"], then["claims"]) == (6500, False, 3)
    timeline = rows(cli, "fact", str(fact_id), "--as-of", between)["timeline"]
    assert [t["value_text"] for t in timeline] == ["about 4,000", "6,500", "about 6,500"]
    claims_then = rows(cli, "claims", "--as-of", between, "--with-figures")
    assert all(c["source"] != "Blitzlicht" for c in claims_then)


def test_articles_out_of_order_give_the_same_relations(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    lines = DATA.read_text(encoding="utf-8").splitlines()
    for line in reversed(lines):
        path = tmp_path / f"{json.loads(line)['id']}.jsonl"
        path.write_text(line + "\n", encoding="utf-8")
        assert cli("ingest", str(path)).exit_code == 0
    first, updated = figure(cli, "o1", 4000), figure(cli, "o2", 6500)
    assert relation(cli, updated, first) == ["update"]
    assert relation(cli, figure(cli, "o4", 20000), updated) == ["contradiction"]


STATEMENTS = [
    {
        "id": "s1",
        "source": "Nordkurier",
        "published": "2025-06-02T08:00:00+02:00",
        "language": "de",
        "title": "Stahl",
        "text": "Die Stahlindustrie befindet sich nach Worten von Kanzlerin Anna Weber in einer "
        "existenzbedrohenden Krise. Die Konzerne wiesen die Vorwürfe zurück.",
    },
    {
        "id": "s2",
        "source": "Südblatt",
        "published": "2025-06-02T11:00:00+02:00",
        "language": "de",
        "title": "Weber warnt",
        "text": "Kanzlerin Anna Weber spricht von einer existenzbedrohenden Krise der "
        "Stahlindustrie. Die Opposition wies die Kritik zurück.",
    },
]


def test_a_statement_without_figures_is_repeated_only_with_enough_said(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "statements.jsonl"
    path.write_text("".join(json.dumps(s) + "\n" for s in STATEMENTS), encoding="utf-8")
    assert cli("ingest", str(path)).exit_code == 0
    found = sql(
        cli,
        "SELECT r.kind, n.claim_text AS newer, o.claim_text AS older FROM claim_relations r "
        "JOIN claim_provenance n ON n.claim_id = r.newer_claim_id "
        "JOIN claim_provenance o ON o.claim_id = r.older_claim_id",
    )
    # the chancellor's words again: a repeat; two short rebuttals by others: nothing
    assert [(r["kind"], r["newer"][:30], r["older"][:30]) for r in found] == [
        ("repeat", "Kanzlerin Anna Weber spricht v", "Die Stahlindustrie befindet si")
    ]


def test_facts_are_never_deleted_or_renumbered(story) -> None:  # type: ignore[no-untyped-def]
    """Re-matching and decisions keep every fact id answering; a fact whose figures went
    into another points there."""
    before = {r["id"] for r in sql(story, "SELECT id FROM facts")}
    merged = sql(story, "SELECT id, merged_into_id FROM facts WHERE merged_into_id IS NOT NULL")
    # the tabloid's "more than 20,000" was denied by a claim that also says 6,500: one slot
    assert merged
    assert story("rematch").exit_code == 0
    after = {r["id"] for r in sql(story, "SELECT id FROM facts")}
    assert before <= after
    for fact_id in before:
        result = story("fact", str(fact_id), "--no-chart")
        assert result.exit_code == 0, result.output
    absorbed = merged[0]
    text = story("fact", str(absorbed["id"]), "--no-chart").stdout
    assert f"merged    into fact {absorbed['merged_into_id']}" in text


def test_rematch_with_the_same_matcher_makes_no_new_fact(story) -> None:  # type: ignore[no-untyped-def]
    """A fact merged away keeps its id through re-matching: the figure that started it
    starts it again (not a new fact each time, merged again into the same one)."""
    facts = "SELECT id, merged_into_id, claim_count, current_value FROM facts ORDER BY id"
    before = sql(story, facts)
    assert any(f["merged_into_id"] for f in before)
    for _ in range(2):
        assert story("rematch").exit_code == 0
        assert sql(story, facts) == before


def test_rematch_is_all_or_nothing(story, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    from tracker.store import linking

    state = sql(story, "SELECT id, fact_id FROM figures ORDER BY id")
    relations = sql(story, "SELECT id, status, superseded_at FROM relations ORDER BY id")
    calls = {"n": 0}
    original = linking.Linker.process_article

    def failing(self, article):  # type: ignore[no-untyped-def]
        calls["n"] += 1
        if calls["n"] == 4:
            raise RuntimeError("disk full")
        return original(self, article)

    monkeypatch.setattr(linking.Linker, "process_article", failing)
    with pytest.raises(RuntimeError):
        story("rematch")
    assert sql(story, "SELECT id, fact_id FROM figures ORDER BY id") == state
    assert sql(story, "SELECT id, status, superseded_at FROM relations ORDER BY id") == relations


def test_as_of_shows_facts_as_they_were_before_a_decision(story) -> None:  # type: ignore[no-untyped-def]
    import datetime as dt
    import time

    [suggestion] = sql(
        story,
        "SELECT relation_id, newer_figure_id, fact_id FROM claim_relations "
        "WHERE status = 'suggested' AND kind = 'contradiction' LIMIT 1",
    ) or [None]
    if suggestion is None:
        pytest.skip("no suggestion in the story to decide")
    [moved] = sql(story, f"SELECT fact_id FROM figures WHERE id = {suggestion['newer_figure_id']}")
    time.sleep(0.05)
    between = dt.datetime.now(dt.UTC).isoformat()
    time.sleep(0.05)
    assert story("review", "reject", str(suggestion["relation_id"])).exit_code == 0
    [now] = sql(story, f"SELECT fact_id FROM figures WHERE id = {suggestion['newer_figure_id']}")
    assert now["fact_id"] != moved["fact_id"]  # rejected: it stands on its own now
    then = rows(story, "fact", str(moved["fact_id"]), "--as-of", between)
    assert suggestion["newer_figure_id"] in {t["figure_id"] for t in then["timeline"]}
    today = rows(story, "fact", str(moved["fact_id"]))
    assert suggestion["newer_figure_id"] not in {t["figure_id"] for t in today["timeline"]}


LEVELS = [
    {
        "id": "level-1",
        "url": "https://weissbach-bote.example/hochwasser-1",
        "source": "Weißbacher Bote",
        "title": "Hochwasser: Straßen in Weißbach gesperrt",
        "published": "2025-04-14T08:15:00+02:00",
        "language": "de",
        "text": "Nach tagelangem Regen sind in Weißbach rund 300 Menschen aus ihren Häusern "
        "gebracht worden. Das teilte Bürgermeister Jonas Keller am Montagmorgen mit. Der "
        "Pegel der Lauter erreichte in der Nacht 5,2 Meter.",
    },
    {
        "id": "level-2",
        "url": "https://lauter-zeitung.example/2025/04/15/flut-weissbach",
        "source": "Lauter-Zeitung",
        "title": "Flut in Weißbach: mehr Menschen in Notunterkünften",
        "published": "2025-04-15T09:40:00+02:00",
        "language": "de",
        "text": "In Weißbach sind inzwischen 800 Menschen in Notunterkünften. Keller sprach am "
        "Dienstag von der schwersten Flut seit 1997. Der Pegel der Lauter lag am Morgen bei "
        "5,9 Metern.",
    },
]


def test_a_confirmed_suggestion_keeps_every_fact_and_the_past(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Confirming a suggestion to another fact moves the figure there; no fact id stops
    answering, and `--as-of` before the decision shows the facts as they were."""
    import datetime as dt
    import time

    path = tmp_path / "levels.jsonl"
    path.write_text(
        "".join(json.dumps(a, ensure_ascii=False) + "\n" for a in LEVELS), encoding="utf-8"
    )
    assert cli("ingest", str(path)).exit_code == 0
    moving = [
        r
        for r in sql(
            cli,
            "SELECT r.relation_id, r.newer_figure_id, r.fact_id, f.fact_id AS figure_fact "
            "FROM claim_relations r JOIN figures f ON f.id = r.newer_figure_id "
            "WHERE r.status = 'suggested' ORDER BY r.relation_id",
        )
        if r["figure_fact"] != r["fact_id"]
    ]
    assert moving  # the second water level: an update suggested to the first's fact
    chosen = moving[0]
    ids = {r["id"] for r in sql(cli, "SELECT id FROM facts")}
    claims_before = {f["id"]: f["claims"] for f in rows(cli, "facts")}
    time.sleep(0.05)
    between = dt.datetime.now(dt.UTC).isoformat()
    time.sleep(0.05)
    assert cli("review", "confirm", str(chosen["relation_id"])).exit_code == 0
    [now] = sql(cli, f"SELECT fact_id FROM figures WHERE id = {chosen['newer_figure_id']}")
    assert now["fact_id"] == chosen["fact_id"]
    assert {r["id"] for r in sql(cli, "SELECT id FROM facts")} == ids
    for fact_id in ids:
        assert cli("fact", str(fact_id), "--no-chart").exit_code == 0
    assert {f["id"]: f["claims"] for f in rows(cli, "facts")} != claims_before
    assert {f["id"]: f["claims"] for f in rows(cli, "facts", "--as-of", between)} == claims_before
    detail = rows(cli, "fact", str(chosen["figure_fact"]), "--as-of", between)
    assert (detail["claims"], detail["sources"]) == (1, 1)
    [moved] = sql(
        cli,
        "SELECT c.text FROM figures f JOIN claims c ON c.id = f.claim_id "
        f"WHERE f.id = {chosen['newer_figure_id']}",
    )
    word = max(moved["text"].split(), key=len)
    found = rows(cli, "facts", "--as-of", between, "--contains", word)
    assert chosen["figure_fact"] in {f["id"] for f in found}
    [claim_id] = {
        r["claim_id"]
        for r in sql(cli, f"SELECT claim_id FROM figures WHERE id = {chosen['newer_figure_id']}")
    }
    fact_then = ("--fact", str(chosen["figure_fact"]), "--as-of", between)
    assert claim_id in {c["id"] for c in rows(cli, "claims", *fact_then)}
    assert claim_id not in {c["id"] for c in rows(cli, "claims", *fact_then[:2])}
    [listed] = [c for c in rows(cli, "claims", "--as-of", between) if c["id"] == claim_id]
    assert chosen["figure_fact"] in listed["fact_ids"]
    then = detail["timeline"]
    assert chosen["newer_figure_id"] in {t["figure_id"] for t in then}
    today = rows(cli, "fact", str(chosen["fact_id"]))["timeline"]
    assert chosen["newer_figure_id"] in {t["figure_id"] for t in today}


def test_show_relation_says_how_a_figure_joined_when_not_through_this_pair() -> None:
    from tracker.cli.claims import joined_lines

    detail = {"fact_id": 7, "newer_placement": "auto", "newer_placement_probability": 0.917}
    [first, second] = joined_lines(detail, {"probability": 0.365})
    assert "fact 7 automatically at probability 0.917" in first
    assert "this pair alone" in second
    # joined through this very pair: nothing to add
    assert joined_lines(detail, {"probability": 0.917}) == []
    # a figure of its own fact or a suggestion says nothing about joining
    assert joined_lines({**detail, "newer_placement": "new"}, {"probability": 0.3}) == []
    kept = joined_lines({**detail, "newer_placement": "kept"}, {"probability": 0.3})
    assert "as a person placed it" in kept[0]
