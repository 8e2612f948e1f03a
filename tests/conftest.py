"""Shared fixtures: the project's examples, the optional shared corpus, and a CLI runner."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from smartbrev.cli import cli

# Tests check fresh results; the cache has tests of its own that switch it on.
os.environ["SMARTBREV_NO_CACHE"] = "1"

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(__file__).resolve().parent / "data"
"""Every file the tests read: golden outputs, fixtures, the compat corpus, schemas."""
GOLDEN = DATA / "golden"
EXAMPLES = ROOT / "examples"
SHARED = ROOT.parent / "shared"
FEEDS = DATA / "feeds"
"""The schemas feeds are validated against (see its SOURCE.txt)."""


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


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        help="Rewrite the golden files under tests/data/golden from the current output.",
    )


@pytest.fixture
def golden(request: pytest.FixtureRequest) -> Callable[[str, str], None]:
    """Compare text with a golden file (or rewrite it under --update-golden)."""
    update = bool(request.config.getoption("--update-golden"))

    def check(name: str, actual: str) -> None:
        path = GOLDEN / name
        if update:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(actual, encoding="utf-8")
            return
        assert path.is_file(), f"no golden file {name}; run pytest --update-golden"
        assert actual == path.read_text(encoding="utf-8"), (
            f"{name} differs from its golden file; if the change is deliberate, "
            "run pytest --update-golden and review the diff"
        )

    return check


EDITION = DATA / "real-shapes" / "txt-newsletter-local-numbered.txt"

UNDATED = """\
# Marina parking rates go up in spring

Hourly parking at the marina lots will cost $3 from April, up from $2.

**Why it matters:** The lots fill by 9 a.m. on summer weekends.

By Priya Natarajan
"""


@pytest.fixture
def newsroom(tmp_path: Path) -> Path:
    """The bundled examples (four dated, one not), a three-item newsletter edition and an
    undated draft, in a folder with a subfolder."""
    folder = tmp_path / "briefs"
    shutil.copytree(EXAMPLES, folder)
    (folder / "newsletters").mkdir()
    shutil.copy(EDITION, folder / "newsletters" / EDITION.name)
    (folder / "drafts").mkdir()
    (folder / "drafts" / "marina-parking.md").write_text(UNDATED, encoding="utf-8")
    return folder
