"""Safe outputs and the smaller safety points, on both backends: `-o` never onto the
database in use, never over a file without --force, never through a symbolic link,
never half-written; a typo in -d creates nothing; runs record their command."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy import create_engine, inspect

from tests.test_cli import feed
from tracker.cli import main


@pytest.fixture(scope="module")
def feed_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return feed(tmp_path_factory.mktemp("outputs"))


@pytest.fixture
def loaded(cli, ingest_once, feed_file: Path):  # type: ignore[no-untyped-def]
    assert ingest_once(str(feed_file)).exit_code == 0
    return cli


@pytest.mark.parametrize("command", ["export", "report"])
def test_an_existing_file_is_replaced_only_with_force(loaded, tmp_path: Path, command: str) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "out.txt"
    target.write_text("keep me", encoding="utf-8")
    result = loaded(command, "-o", str(target))
    assert result.exit_code == 1
    assert result.output == f"Error: {target} exists: pass --force to replace it\n"
    assert target.read_text(encoding="utf-8") == "keep me"
    result = loaded(command, "-o", str(target), "--force")
    assert result.exit_code == 0
    assert target.read_text(encoding="utf-8") != "keep me"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


@pytest.mark.parametrize("command", ["export", "report"])
def test_never_through_a_symbolic_link(loaded, tmp_path: Path, command: str) -> None:  # type: ignore[no-untyped-def]
    elsewhere = tmp_path / "elsewhere.txt"
    elsewhere.write_text("precious", encoding="utf-8")
    link = tmp_path / "link.txt"
    link.symlink_to(elsewhere)
    result = loaded(command, "-o", str(link), "--force")
    assert result.exit_code == 1
    assert result.output == (
        f"Error: refusing to write {link}: it is a symbolic link (to {elsewhere}); "
        "write to a plain path\n"
    )
    assert elsewhere.read_text(encoding="utf-8") == "precious" and link.is_symlink()


def test_standard_output_needs_no_force(loaded) -> None:  # type: ignore[no-untyped-def]
    result = loaded("export", "-o", "-")
    assert result.exit_code == 0
    assert json.loads(result.stdout.splitlines()[0])["type"] == "header"


def test_a_failed_export_leaves_no_file(
    loaded, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    import tracker.report.export_jsonl as export_jsonl

    def half(session, selection, out):  # type: ignore[no-untyped-def]
        out.write('{"type": "source"}\n')
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(export_jsonl, "export_jsonl", half)
    target = tmp_path / "claims.jsonl"
    with pytest.raises(OSError):
        loaded("export", "-o", str(target))
    assert not target.exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".claims")] == []


def test_never_onto_the_database_in_use(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    assert runner.invoke(main, ["ingest", str(feed(tmp_path))]).exit_code == 0
    database = tmp_path / "tracker.db"
    before = database.read_bytes()
    for command in ("export", "report"):
        for target in ("tracker.db", "./tracker.db", str(database), "tracker.db-wal"):
            result = runner.invoke(main, [command, "-o", target, "--force"])
            assert result.exit_code == 1, (command, target)
            assert "it is the database in use" in result.output
    os.link(database, tmp_path / "hardlink.db")
    result = runner.invoke(main, ["export", "-o", "hardlink.db", "--force"])
    assert "it is the database in use" in result.output
    assert database.read_bytes() == before
    assert runner.invoke(main, ["facts"]).exit_code == 0


# -- the smaller points -----------------------------------------------------------------------


def test_a_typo_in_the_database_creates_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    for command in (["facts"], ["claims"], ["sql", "SELECT 1"], ["db", "current"], ["export"]):
        result = runner.invoke(main, ["-d", "dev.bd", *command])
        assert (result.exit_code, result.output) == (
            2,
            "error: no database at dev.bd (tracker ingest creates one)\n",
        ), command
    assert list(tmp_path.iterdir()) == []
    # the commands that store data create it
    assert runner.invoke(main, ["-d", "dev.bd", "ingest", str(feed(tmp_path))]).exit_code == 0
    assert runner.invoke(main, ["-d", "up.db", "db", "upgrade"]).exit_code == 0
    assert (tmp_path / "dev.bd").exists() and (tmp_path / "up.db").exists()


def test_an_empty_postgres_database_is_not_set_up_by_a_read(postgres_admin_url: str) -> None:
    from tests.conftest import throwaway_postgres

    with throwaway_postgres(postgres_admin_url) as url:
        result = CliRunner().invoke(main, ["-d", url, "facts"])
        assert result.exit_code == 1
        assert "is empty: `tracker ingest` or `tracker db upgrade` sets it up" in result.output
        engine = create_engine(url)
        assert inspect(engine).get_table_names() == []
        engine.dispose()


def test_the_run_records_the_command_as_typed(loaded, feed_file: Path) -> None:  # type: ignore[no-untyped-def]
    result = loaded("sql", "SELECT command, inputs FROM ingest_runs", "-f", "json")
    [run] = json.loads(result.stdout)
    path = str(feed_file)
    assert run == {"command": f"ingest {path}", "inputs": path}
