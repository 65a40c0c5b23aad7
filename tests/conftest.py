"""Shared fixtures: a pinned environment (no colour, fixed width) and the CLI runner."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"
ROOT = Path(__file__).parent.parent


@pytest.fixture(scope="session")
def _test_cache_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("xdg-cache")


@pytest.fixture(autouse=True)
def _pinned_env(monkeypatch: pytest.MonkeyPatch, _test_cache_home: Path) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    monkeypatch.setenv("COLUMNS", "100")
    # The semantic mode is chosen per test, and never writes the user's own cache.
    monkeypatch.delenv("NATOCMP_SEMANTIC", raising=False)
    monkeypatch.delenv("NATOCMP_EMBEDDER", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(_test_cache_home))


@pytest.fixture
def runner():
    from typer.testing import CliRunner

    return CliRunner()


@pytest.fixture
def invoke(runner):
    """Run the CLI in-process; returns the Result (stdout and stderr separate)."""
    from natocmp.app import app

    def _invoke(*args: str, input: str | bytes | None = None):
        return runner.invoke(app, list(args), input=input, catch_exceptions=False)

    return _invoke


# The real development corpus (third-party pages, never copied into this repository) lives
# beside the checkout in ../shared/realdev/; NATOCMP_REALDEV names another place. CI has it
# (a missing corpus fails there); on a clone without it, the tests that read it skip.
REALDEV = Path(os.environ.get("NATOCMP_REALDEV", ROOT.parent / "shared" / "realdev"))


@pytest.fixture(scope="session")
def realdev() -> Path:
    """The realdev folder, or a skip (a failure under CI) naming what is missing."""
    if (REALDEV / "SOURCES.tsv").is_file():
        return REALDEV
    why = (
        f"realdev corpus not found at {REALDEV}"
        " (set NATOCMP_REALDEV, or put ../shared beside the checkout)"
    )
    if os.environ.get("CI"):
        pytest.fail(why)
    pytest.skip(why)
