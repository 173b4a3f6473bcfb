"""Start-up: nothing heavy is imported that a command does not use, and opening a
database checks its schema without Alembic. (The timings are in benchmarks/startup.py.)"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from alembic.script import ScriptDirectory

from tests.conftest import EXAMPLES
from tracker.cli.progress import DelayedProgress
from tracker.db import migrate, open_database
from tracker.db.engine import create_engine_for

HEAVY = ("alembic", "mako", "pygments", "simplemma", "rich", "psycopg", "dateparser")

REPORT_MODULES = """
import gc, json, sys
sys.argv = ["tracker"] + ARGS
from tracker.__main__ import run
try:
    run()
except SystemExit as stop:
    code = stop.code
roots = sorted({name.split(".")[0] for name in sys.modules})
print(json.dumps({
    "code": code,
    "roots": roots,
    "postgresql": "sqlalchemy.dialects.postgresql" in sys.modules,
    "gc": gc.isenabled(),
    "frozen": gc.get_freeze_count(),
}))
"""


def run_tracker(*args: str, stdin: str | None = None) -> dict[str, object]:
    """Run the console script in a fresh interpreter; what it imported and left behind."""
    code = REPORT_MODULES.replace("ARGS", repr(list(args)))
    result = subprocess.run(
        [sys.executable, "-c", code], input=stdin, capture_output=True, text=True, check=True
    )
    report: dict[str, object] = json.loads(result.stdout.strip().splitlines()[-1])
    return report


def test_help_imports_no_database_or_text_library() -> None:
    report = run_tracker("--help")
    assert report["code"] == 0
    roots = report["roots"]
    assert isinstance(roots, list)
    assert not {"sqlalchemy", "rapidfuzz", "pysbd", *HEAVY} & set(roots)


@pytest.mark.slow
def test_ingesting_one_article_imports_only_what_it_uses(tmp_path: Path) -> None:
    database = f"sqlite:///{tmp_path / 'tracker.db'}"
    open_database(database).dispose()  # an existing database
    article = "Rund 1.200 Menschen wurden in Mittelau evakuiert, sagte Petra Vogt.\n"
    report = run_tracker(
        "--database", database, "ingest", "-", "--url", "https://t.example/1", stdin=article
    )
    assert report["code"] == 0
    roots = report["roots"]
    assert isinstance(roots, list)
    assert {"sqlalchemy", "rapidfuzz"} <= set(roots)  # it did the work
    assert not set(HEAVY) & set(roots)
    assert report["postgresql"] is False
    # The console script paused garbage collection while it started, then resumed it.
    assert report["gc"] is True
    frozen = report["frozen"]
    assert isinstance(frozen, int) and frozen > 10_000


@pytest.mark.slow
def test_examples_through_the_console_script(tmp_path: Path) -> None:
    report = run_tracker("--database", f"sqlite:///{tmp_path / 'x.db'}", "ingest", str(EXAMPLES))
    assert report["code"] == 0 and report["gc"] is True


def test_the_schema_head_read_from_the_files_is_alembics() -> None:
    engine = create_engine_for("sqlite://")
    script = ScriptDirectory.from_config(migrate.alembic_config(engine))
    heads = script.get_heads()
    assert migrate._scanned_head() is not None
    assert [migrate.head_revision(engine)] == heads
    graph = migrate.scanned_revisions(migrate.migrations_dir() / "versions")
    assert graph == {rev.revision: rev.down_revision for rev in script.walk_revisions()}


@pytest.mark.parametrize(
    "body",
    [
        'revision = "0002"\ndown_revision = ("0001", "0003")\n',  # a merge: Alembic decides
        'revision = make_id()\ndown_revision = "0001"\n',
        'revision = "0002"\ndown_revision = "0001"\nbranch_labels = "x"\n',
        'down_revision = "0001"\n',
    ],
)
def test_migration_files_the_scan_cannot_read_go_to_alembic(tmp_path: Path, body: str) -> None:
    (tmp_path / "0001_a.py").write_text('revision = "0001"\ndown_revision = None\n')
    (tmp_path / "0002_b.py").write_text(body)
    assert migrate.scanned_revisions(tmp_path) is None


def test_current_revision_without_alembic(empty_db_url: str) -> None:
    engine = create_engine_for(empty_db_url)
    try:
        assert migrate.current_revision(engine) is None  # no tables yet
        migrate.upgrade(engine)
        assert migrate.current_revision(engine) == migrate.head_revision(engine)
    finally:
        engine.dispose()


def test_progress_bar_waits_for_a_long_run() -> None:
    from tracker.cli.ingest import progress_columns

    with DelayedProgress(lambda: progress_columns(50), total=50, delay=3600) as quiet:
        for _ in range(50):
            quiet.advance()
    assert quiet.count == 50 and not quiet.shown
    with DelayedProgress(lambda: progress_columns(None), delay=0) as shown:
        shown.advance()
        shown.advance()
        assert shown.shown
    assert shown.count == 2


def test_folding_ascii_text_takes_the_short_way_to_the_same_result() -> None:
    import string
    import unicodedata

    from tracker import lexicon

    def general(text: str) -> str:
        text = unicodedata.normalize("NFC", text).casefold().translate(lexicon._UMLAUTS)
        decomposed = unicodedata.normalize("NFKD", text)
        return "".join(c for c in decomposed if not unicodedata.combining(c))

    samples = [string.printable, "Zürich", "STRASSE", "Straße", "İstanbul", "ǅ", "ﬁ"]
    for table in ("concepts", "places"):
        samples += [word for row in lexicon.rows(table) for cell in row for word in cell.split()]
    samples += list(string.printable)
    for text in samples:
        assert lexicon.fold(text) == general(text)
