"""Docs as tests: every command is documented, the README's commands are the ones CI runs
and they work on a fresh machine."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import click
import pytest

from tests.conftest import FULL_SUITE_VARIABLE, REPO
from tracker.cli import main

README = (REPO / "README.md").read_text(encoding="utf-8")


def all_commands(group: click.Group, prefix: str = "tracker") -> list[str]:
    names = []
    for name, command in sorted(group.commands.items()):
        if isinstance(command, click.Group):
            names.extend(all_commands(command, f"{prefix} {name}"))
        else:
            names.append(f"{prefix} {name}")
    return names


def setup_commands() -> list[str]:
    section = README.split("## Set-up on a fresh machine", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```sh\n(.+?)\n```", section)


def test_every_command_is_in_docs_cli() -> None:
    docs = (REPO / "docs" / "cli.md").read_text(encoding="utf-8")
    headings = set(re.findall(r"^## (tracker [a-z -]+?)\s*$", docs, re.M))
    missing = [c for c in all_commands(main) if c not in headings]
    assert not missing, f"docs/cli.md has no section for: {missing}"


def test_readme_has_two_setup_commands_and_ci_runs_the_test_one() -> None:
    commands = setup_commands()
    assert len(commands) == 2
    install_and_run, run_tests = commands
    assert "pip install ." in install_and_run and "tracker ingest" in install_and_run
    assert "pytest" in run_tests
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    assert run_tests in ci.splitlines()
    # ... on the full suite (a plain `pytest` is the fast one), PostgreSQL required.
    exports = [line for line in ci.splitlines() if line.startswith("export ")]
    assert f"export {FULL_SUITE_VARIABLE}=1" in exports
    assert "export TRACKER_REQUIRE_POSTGRES=1" in exports
    assert ci.index(f"export {FULL_SUITE_VARIABLE}=1") < ci.index(run_tests)


def test_readme_documents_the_markers_and_how_to_run_everything() -> None:
    section = README.split("## Tests", 1)[1].split("\n## ", 1)[0]
    for words in ("-m slow", "-m postgres", "--all", f"{FULL_SUITE_VARIABLE}=1"):
        assert words in section, words


@pytest.mark.slow
def test_readme_main_job_on_a_fresh_venv(tmp_path: Path) -> None:
    """Copy the checkout, run the README's first command exactly, then more commands
    with the installed (non-editable) wheel."""
    if shutil.which("git") is None or not (REPO / ".git").exists():
        pytest.skip("needs a git checkout to copy the tracked files")
    files = subprocess.run(
        ["git", "ls-files", "--cached", "--others", "--exclude-standard"],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    work = tmp_path / "checkout"
    for name in files:
        source = REPO / name
        if source.is_file():
            (work / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, work / name)
    env = {k: v for k, v in os.environ.items() if not k.startswith("TRACKER_")}
    env["PIP_DISABLE_PIP_VERSION_CHECK"] = "1"
    command = setup_commands()[0].replace("python3 ", f"{sys.executable} ", 1)
    result = subprocess.run(command, shell=True, cwd=work, env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    assert "ingested 6 articles: 6 new" in result.stdout
    tracker_bin = work / ".venv" / "bin" / "tracker"
    # Not editable: the package and its migrations come from site-packages.
    where = subprocess.run(
        [
            str(work / ".venv" / "bin" / "python"),
            "-c",
            "import tracker.db.migrate as m; print(m.migrations_dir())",
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "site-packages" in where and "_migrations" in where
    # The pre-built lemma dictionaries ship in the wheel and are used.
    lemmas = subprocess.run(
        [
            str(work / ".venv" / "bin" / "python"),
            "-c",
            "from tracker import lemmas; print(lemmas.backend('de'), lemmas.backend('en'))",
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert lemmas.split() == ["packed", "packed"]
    # The word lists and the report's stylesheet are package files in the wheel.
    shipped = subprocess.run(
        [
            str(work / ".venv" / "bin" / "python"),
            "-c",
            "from tracker import lexicon; from tracker.report.html import stylesheet; "
            "import os; print(lexicon.__file__, len(lexicon.rows('concepts', 3)), "
            "':root' in stylesheet(), ','.join(sorted(os.listdir(os.path.dirname(lexicon.__file__)))))",
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    assert "site-packages" in shipped[0] and int(shipped[1]) > 500 and shipped[2] == "True"
    # every table of tracker/lexicon/ (word lists, cue and pattern tables) is in the wheel
    tables = {path.name for path in (REPO / "tracker" / "lexicon").glob("*.tsv")}
    assert tables <= set(shipped[3].split(",")), tables - set(shipped[3].split(","))
    help_text = subprocess.run(
        [str(tracker_bin), "--help"], capture_output=True, text=True, check=True
    )
    assert "ingest" in help_text.stdout
    other = tmp_path / "elsewhere"
    other.mkdir()
    run = subprocess.run(
        [str(tracker_bin), "ingest", str(work / "examples" / "hafenbrand-tag1.md")],
        cwd=other,
        capture_output=True,
        text=True,
        env=env,
    )
    assert run.returncode == 0, run.stderr
    assert (other / "tracker.db").exists()
    query = subprocess.run(
        [str(tracker_bin), "sql", "SELECT count(*) AS n FROM articles", "--format", "csv"],
        cwd=other,
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    assert query.stdout == "n\n1\n"


def test_readme_what_lives_where_matches_the_tree() -> None:
    """Every module and package of tracker/ is named in "What lives where" (a row of its
    own or inside its package's row), and every tracker path named there exists."""
    section = README.split("## What lives where", 1)[1].split("\n## ", 1)[0]
    named = set(re.findall(r"`(tracker/[\w/.]*)`", section))
    assert named, "no tracker path in What lives where"
    missing = [name for name in sorted(named) if not (REPO / name.rstrip("/")).exists()]
    assert missing == []
    package = REPO / "tracker"
    unnamed = []
    for path in sorted(package.iterdir()):
        if path.name.startswith(("_", ".")) or not (path.suffix == ".py" or path.is_dir()):
            continue
        if path.is_dir() and not (path / "__init__.py").exists():
            continue
        name = f"tracker/{path.name}" + ("/" if path.is_dir() else "")
        if name not in named:
            unnamed.append(name)
    assert unnamed == []
    # the modules a package row names (`ingest.py` in the tracker/store/ row) exist there
    for row in section.splitlines():
        folder = re.match(r"\| `(tracker/\w+/)` \|", row)
        if folder:
            for module in re.findall(r"`(\w+\.py)`", row):
                assert (REPO / folder.group(1) / module).exists(), (folder.group(1), module)
