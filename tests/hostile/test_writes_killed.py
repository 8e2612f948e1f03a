"""A `lint --fix` or `convert` killed at any moment leaves every file old or new, never
cut short: each is written whole beside the original, then renamed over it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.lint.helpers import briefing

DRAFT = briefing('**Why it matters:** "Yes," she said, "{n} times."')
FIXED = briefing("**Why it matters:** “Yes,” she said, “{n} times.”")
COUNT = 200


def _start(*command: str, cwd: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "smartbrev", *command],
        cwd=cwd,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,  # the run and its workers: one group to kill
        env={**os.environ, "SMARTBREV_NO_CACHE": "1"},
    )


def _kill_after(process: subprocess.Popen[bytes], seconds: float) -> None:
    time.sleep(seconds)
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGKILL)
    process.wait(timeout=30)


def _drafts(folder: Path) -> None:
    folder.mkdir()
    for n in range(COUNT):
        (folder / f"d{n:03}.md").write_text(DRAFT.replace("{n}", str(n)))


@pytest.mark.parametrize("delay", [0.5, 0.9])
def test_a_killed_fix_leaves_every_file_old_or_new(tmp_path: Path, delay: float) -> None:
    briefs = tmp_path / "briefs"
    _drafts(briefs)
    _kill_after(_start("lint", "--fix", "-j", "2", "briefs", cwd=tmp_path), delay)
    for n in range(COUNT):
        text = (briefs / f"d{n:03}.md").read_text()
        assert text in (DRAFT.replace("{n}", str(n)), FIXED.replace("{n}", str(n))), n
    left = {p.name for p in briefs.iterdir()} - {f"d{n:03}.md" for n in range(COUNT)}
    assert all(name.startswith(".") and name.endswith(".tmp") for name in left)


@pytest.mark.parametrize("delay", [0.5, 0.9])
def test_a_killed_convert_leaves_every_output_whole_or_absent(tmp_path: Path, delay: float) -> None:
    briefs = tmp_path / "briefs"
    _drafts(briefs)
    whole = tmp_path / "whole"
    finished = _start("convert", "briefs", "--to", "json", "--out-dir", "whole", cwd=tmp_path)
    assert finished.wait(timeout=120) == 0
    _kill_after(
        _start("convert", "briefs", "--to", "json", "--out-dir", "out", cwd=tmp_path), delay
    )
    out = tmp_path / "out"
    for path in out.iterdir() if out.exists() else ():
        if path.name.startswith("."):
            assert path.name.endswith(".tmp")
            continue
        assert path.read_bytes() == (whole / path.name).read_bytes()
