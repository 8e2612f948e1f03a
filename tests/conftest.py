"""Shared fixtures: the project's examples, the optional shared corpus, and a CLI runner."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from smartbrev.cli import cli

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
SHARED = ROOT.parent / "shared"


@pytest.fixture
def examples_dir() -> Path:
    """The briefings bundled with the project."""
    return EXAMPLES


@pytest.fixture
def shared_dir() -> Path:
    """The team's shared material beside the checkout; tests using it skip when it is absent."""
    if not SHARED.is_dir():
        pytest.skip("../shared is not present beside this checkout")
    return SHARED


RunCli = Callable[..., Result]


@pytest.fixture
def run_cli() -> RunCli:
    """Invoke the command line in-process; returns click's result (stdout and stderr apart)."""

    def run(*args: str, input: bytes | str | None = None) -> Result:
        return CliRunner().invoke(cli, list(args), input=input, catch_exceptions=False)

    return run
