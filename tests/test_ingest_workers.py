"""Articles prepared in worker processes (``ingest --workers N``): the same database as
one process, a bad article still fails alone, and a dead worker or Ctrl-C ends the
ingest with a clear message instead of a hang."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from tests.conftest import SHARED_DATA
from tests.test_collection_batch import contents
from tracker.db import open_database
from tracker.readers import in_time_order, read_inputs
from tracker.store import preparation
from tracker.store.ingest import MIN_POOLED_ARTICLES, Ingestor, Outcome, standard_hooks
from tracker.store.preparation import WorkerFailed

OWN = Path(__file__).resolve().parents[1] / "benchmarks" / "stories" / "own.jsonl"


def story_files() -> list[str]:
    """The project's own story set, and the dev set when the shared data is here."""
    files = [str(OWN)]
    dev = SHARED_DATA / "stories" / "dev.jsonl"
    if dev.exists():
        files.append(str(dev))
    return files


def stories() -> list[Any]:
    return list(in_time_order(read_inputs(story_files())))


@contextmanager
def deadline(seconds: int) -> Iterator[None]:
    """Fail instead of hanging."""

    def expired(*_: Any) -> None:
        raise TimeoutError(f"no answer within {seconds} s")

    before = signal.signal(signal.SIGALRM, expired)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, before)


def test_workers_store_what_one_process_stores(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sent: list[str] = []
    submit = preparation.Preparer.submit_article

    def counted(self: Any, record: Any, *args: Any) -> Any:
        sent.append(record.origin)
        return submit(self, record, *args)

    monkeypatch.setattr(preparation.Preparer, "submit_article", counted)
    found = {}
    for workers in (1, 2, 3):
        db = open_database(f"sqlite:///{tmp_path / f'w{workers}.db'}")
        with deadline(120):
            summary = Ingestor(db, standard_hooks(), workers=workers).ingest(stories())
        assert not summary.failed
        found[workers] = contents(db)
        db.dispose()
    assert found[2] == found[1] and found[3] == found[1]
    assert len(found[1]["claims"]) > 50 and found[1]["relations"]
    # the articles after the first few were prepared in worker processes, in both runs
    assert len(sent) == 2 * (len(stories()) - MIN_POOLED_ARTICLES)


def test_the_same_articles_again_are_not_extracted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = open_database(f"sqlite:///{tmp_path / 'again.db'}")
    Ingestor(db, standard_hooks(), workers=2).ingest(stories())
    sent: list[str] = []
    monkeypatch.setattr(preparation.Preparer, "submit_article", lambda *a: sent.append(a[1]))
    summary = Ingestor(db, standard_hooks(), workers=2).ingest(stories())
    assert summary.counts[Outcome.UNCHANGED] == len(stories()) and not sent
    db.dispose()


def test_a_bad_article_fails_alone_with_workers(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An article whose extraction raises, in a worker: reported in one line, the same
    line as in one process, nothing of it stored; the others are stored as without it."""
    import tracker.store.claims as claims

    records = stories()
    bad = records[MIN_POOLED_ARTICLES + 2]  # prepared in a worker
    extract = claims.extract_drafts

    def fails_on_one(record: Any, language: str, **options: Any) -> Any:
        if record.origin == bad.origin:
            raise RuntimeError("the extractor fell over\nsecond line")
        return extract(record, language, **options)

    monkeypatch.setattr(claims, "extract_drafts", fails_on_one)  # seen by forked workers
    found = {}
    for workers in (1, 2):
        db = open_database(f"sqlite:///{tmp_path / f'bad{workers}.db'}")
        seen: list[Any] = []
        with deadline(120):
            summary = Ingestor(db, standard_hooks(), workers=workers).ingest(
                stories(), on_result=seen.append
            )
        assert summary.failed == 1
        assert summary.counts[Outcome.NEW] == len(records) - 1
        [failed] = [r for r in seen if r.outcome is Outcome.FAILED]
        assert failed.origin == bad.origin
        assert failed.message == "not stored: RuntimeError: the extractor fell over"
        with db.reader() as session:
            stored = session.execute(text("SELECT origin FROM articles")).scalars().all()
        assert bad.origin not in stored
        found[workers] = contents(db)
        db.dispose()
    assert found[2] == found[1]


def test_a_dead_worker_stops_the_ingest_with_a_clear_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import tracker.store.claims as claims

    records = stories()
    victim = records[MIN_POOLED_ARTICLES + 3]
    extract = claims.extract_drafts
    parent = os.getpid()

    def dies_on_one(record: Any, language: str, **options: Any) -> Any:
        if record.origin == victim.origin and os.getpid() != parent:
            os.kill(os.getpid(), signal.SIGKILL)
        return extract(record, language, **options)

    monkeypatch.setattr(claims, "extract_drafts", dies_on_one)
    db = open_database(f"sqlite:///{tmp_path / 'dead.db'}")
    with deadline(60), pytest.raises(WorkerFailed, match="worker process .* died"):
        Ingestor(db, standard_hooks(), workers=2).ingest(records)
    with db.reader() as session:
        status = session.execute(text("SELECT status FROM ingest_runs")).scalar_one()
        stored = session.execute(text("SELECT count(*) FROM articles")).scalar_one()
    assert status == "interrupted"
    assert 1 <= stored < len(records)  # those before it stay (the first, in process)
    db.dispose()
    # the same ingest again stores the rest
    summary = Ingestor(open_database(f"sqlite:///{tmp_path / 'dead.db'}"), standard_hooks()).ingest(
        stories()
    )
    assert summary.counts[Outcome.NEW] == len(records) - stored and not summary.failed


def test_ctrl_c_ends_the_ingest_and_its_workers(tmp_path: Path) -> None:
    """SIGINT (Ctrl-C) while workers prepare: the command ends at once, its run is
    marked interrupted, no worker process is left."""
    lines = [json.loads(line) for line in OWN.read_text(encoding="utf-8").splitlines()]
    with (tmp_path / "many.jsonl").open("w", encoding="utf-8") as handle:
        for copy in range(40):  # long enough to be interrupted
            for row in lines:
                handle.write(json.dumps({**row, "url": f"{row['url']}?copy={copy}"}) + "\n")
    url = f"sqlite:///{tmp_path / 'ctrl-c.db'}"
    command = [sys.executable, "-m", "tracker", "-d", url, "ingest", str(tmp_path / "many.jsonl")]
    process = subprocess.Popen(
        [*command, "--workers", "2", "--order", "input"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    db_file = tmp_path / "ctrl-c.db"
    waited = time.monotonic()
    while time.monotonic() - waited < 60:  # until some articles are stored
        time.sleep(0.5)
        if db_file.exists() and _count(url) > 20:
            break
    workers = _children(process.pid)
    assert workers, "no worker processes were started"
    process.send_signal(signal.SIGINT)
    try:
        _, err = process.communicate(timeout=20)
    except subprocess.TimeoutExpired:
        process.kill()
        pytest.fail("ingest did not end within 20 s of Ctrl-C")
    assert process.returncode != 0
    assert "Aborted" in err and "Traceback" not in err
    time.sleep(0.5)
    assert not [pid for pid in workers if _alive(pid)]
    db = open_database(url)
    with db.reader() as session:
        status = session.execute(text("SELECT status FROM ingest_runs")).scalar_one()
    db.dispose()
    assert status == "interrupted"


def _count(url: str) -> int:
    try:
        db = open_database(url)
        with db.reader() as session:
            return int(session.execute(text("SELECT count(*) FROM articles")).scalar_one())
    except Exception:  # noqa: BLE001 - not created yet
        return 0
    finally:
        db.dispose()


def _children(pid: int) -> list[int]:
    path = Path(f"/proc/{pid}/task/{pid}/children")
    if not path.exists():
        pytest.skip("no /proc children list on this system")
    return [int(p) for p in path.read_text().split()]


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0]
    except OSError:
        return False
    return state != "Z"


def test_surroundings_worked_out_before_the_write_change_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Anchors and scenes prepared with the extraction (in a worker, with --workers N)
    give the same rows as those worked out in the write transaction from the rows."""
    import tracker.store.claim_views as claim_views
    import tracker.store.claims as claims

    used: list[int] = []
    pop = claim_views.prepare_article

    def counting(session: Any, article: Any) -> Any:
        if article.id in session.info.get(claim_views.SURROUNDINGS, {}):
            used.append(article.id)
        return pop(session, article)

    monkeypatch.setattr("tracker.store.linking.prepare_article", counting)
    found = {}
    for name in ("prepared", "in the write"):
        if name == "in the write":
            monkeypatch.setattr(claims, "remember_surroundings", lambda *_: None)
        db = open_database(f"sqlite:///{tmp_path / f'{len(found)}.db'}")
        Ingestor(db, standard_hooks()).ingest(stories())
        found[name] = contents(db)
        db.dispose()
    assert found["prepared"] == found["in the write"]
    assert len(used) == len(stories())  # every article's were prepared (and none after)
