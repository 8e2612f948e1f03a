"""docs/desk.md: every command on the page runs, the start-up it shows is what the desk
prints, and every screenshot it shows is there."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.desk.helpers import draft, started
from tests.doc_pages import assert_extra_installed, shell_commands

PAGE = (ROOT / "docs" / "desk.md").read_text(encoding="utf-8")
IMAGES = ROOT / "docs" / "images" / "desk"


def commands() -> list[str]:
    return shell_commands(PAGE)


def test_the_page_shows_these_commands() -> None:
    assert commands() == [
        "pip install 'smartbrev[desk]'",
        "smartbrev desk drafts/",
        "smartbrev desk drafts/ --open",
        "npm ci",
        "npm run build",
    ]


def test_installing_the_desk_extra_is_satisfied() -> None:
    assert_extra_installed("smartbrev[desk]")


@pytest.mark.parametrize("command", [c for c in commands() if c.startswith("smartbrev desk")])
def test_the_desk_commands_start_and_print_what_the_page_shows(
    command: str, tmp_path: Path
) -> None:
    (tmp_path / "drafts").mkdir()
    (tmp_path / "drafts" / "council-vote.md").write_text(draft("council-vote.md"))
    # --open hands the address to the web browser: here, a command that does nothing.
    env = {**os.environ, "BROWSER": "true"}
    with started(*command.split()[2:], "--port", "0", cwd=tmp_path, env=env) as (_, _, lines):
        shown = re.search(r"```console\n\$ smartbrev desk drafts/\n(.*?)```", PAGE, re.DOTALL)
        assert shown is not None
        expected = shown.group(1).splitlines()
        assert lines[0] == f"smartbrev desk: {(tmp_path / 'drafts').resolve()}\n"
        assert expected[0].startswith("smartbrev desk: ")
        assert re.fullmatch(r"open http://127\.0\.0\.1:\d+/\?token=[\w-]{40,}\n", lines[1])
        assert expected[1].startswith("open http://127.0.0.1:8765/?token=")


def test_the_build_commands_are_the_front_end_s_and_ci_runs_them() -> None:
    package = json.loads((ROOT / "frontend" / "desk" / "package.json").read_text())
    assert {"build", "check"} <= set(package["scripts"])
    script = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "cd frontend/desk && npm ci" in script and "npm run --silent check" in script


def test_every_screenshot_shown_is_there_and_every_one_there_is_shown() -> None:
    # They come from tests/desk/test_browser.py: SMARTBREV_SCREENSHOTS=docs/images/desk.
    shown = set(re.findall(r"\]\(images/desk/([\w.-]+\.png)\)", PAGE))
    assert shown and shown == {path.name for path in IMAGES.glob("*.png")}
