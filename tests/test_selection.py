"""Which tests a run takes (tests/conftest.py): a plain `pytest` is the fast suite,
`-m`, `--all` and the environment choose more, and no choice collects nothing."""

from __future__ import annotations

import pytest

from tests.conftest import FULL_SUITE_VARIABLE, REPO

SAMPLE = """
import pytest

def test_plain():
    pass

@pytest.mark.slow
def test_slow():
    pass

@pytest.mark.postgres
def test_marked_postgres():
    pass

def test_with_server(postgres_admin_url):
    pass

def test_each_backend(db_url):
    pass
"""
EVERY = {
    "test_plain",
    "test_slow",
    "test_marked_postgres",
    "test_with_server",
    "test_each_backend[sqlite]",
    "test_each_backend[postgresql]",
}


@pytest.fixture
def project(pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch) -> pytest.Pytester:
    """A folder with this repository's conftest and sample tests of every kind."""
    for name in (FULL_SUITE_VARIABLE, "TRACKER_REQUIRE_POSTGRES"):
        monkeypatch.delenv(name, raising=False)
    pytester.makeconftest((REPO / "tests" / "conftest.py").read_text(encoding="utf-8"))
    pytester.makeini(
        "[pytest]\naddopts = --strict-markers\nmarkers =\n    slow: slow\n    postgres: server\n"
    )
    pytester.makepyfile(test_sample=SAMPLE)
    return pytester


def collected(pytester: pytest.Pytester, *args: str) -> set[str]:
    result = pytester.runpytest("--collect-only", "-q", *args)
    assert result.ret == 0, result.stdout.str()
    return {line.split("::", 1)[1] for line in result.outlines if "::" in line}


def test_a_plain_run_is_the_fast_suite(project: pytest.Pytester) -> None:
    assert collected(project) == {"test_plain", "test_each_backend[sqlite]"}


def test_markers_choose_and_postgres_follows_the_fixtures(project: pytest.Pytester) -> None:
    assert collected(project, "-m", "slow") == {"test_slow"}
    assert collected(project, "-m", "postgres") == {
        "test_marked_postgres",
        "test_with_server",
        "test_each_backend[postgresql]",
    }
    assert collected(project, "-m", "not slow and not postgres") == collected(project)


def test_everything_with_all_or_the_environment(
    project: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert collected(project, "--all") == EVERY
    monkeypatch.setenv(FULL_SUITE_VARIABLE, "1")
    assert collected(project) == EVERY
    monkeypatch.delenv(FULL_SUITE_VARIABLE)
    monkeypatch.setenv("TRACKER_REQUIRE_POSTGRES", "1")
    assert collected(project) == EVERY - {"test_slow"}


def test_a_named_test_runs_and_nothing_is_never_the_answer(project: pytest.Pytester) -> None:
    assert collected(project, "test_sample.py::test_slow") == {"test_slow"}
    assert collected(project, "test_sample.py::test_each_backend") == {
        "test_each_backend[sqlite]",
        "test_each_backend[postgresql]",
    }
    project.makepyfile(
        test_only_slow="import pytest\n\n@pytest.mark.slow\ndef test_a():\n    pass\n"
    )
    assert collected(project, "test_only_slow.py") == {"test_a"}
    # and a run of it passes (exit 0, not 5 for "no tests collected")
    project.runpytest("test_only_slow.py").assert_outcomes(passed=1)
