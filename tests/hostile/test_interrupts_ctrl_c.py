"""Ctrl-C during a run on two processes: the run ends with exit 130 and no traceback; a
second Ctrl-C while the first is handled ends it at once; no worker outlives the run,
even one whose parent is killed."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.lint.helpers import briefing

pytestmark = pytest.mark.skipif(
    not Path("/proc/self/task").is_dir(), reason="finds the workers through Linux's /proc"
)


def _children(pid: int) -> list[int]:
    try:
        found = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    except OSError:
        return []
    return [int(child) for child in found]


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.fixture(scope="module")
def briefs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("interrupts") / "briefs"
    folder.mkdir()
    for n in range(1500):
        (folder / f"d{n:04}.md").write_text(
            briefing(f"**Why it matters:** A very big deal for {n} families, arguably.")
        )
    return folder


def _start(briefs: Path) -> tuple[subprocess.Popen[bytes], list[int]]:
    """A lint run on two workers, once both workers are at work."""
    process = subprocess.Popen(
        [sys.executable, "-m", "smartbrev", "lint", "--no-cache", "-j", "2", str(briefs)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    deadline = time.monotonic() + 60
    while len(_children(process.pid)) < 2 and time.monotonic() < deadline:
        time.sleep(0.02)
    workers = _children(process.pid)
    assert len(workers) == 2, "the run never started its two workers"
    time.sleep(0.3)
    return process, workers


def _ends_cleanly(process: subprocess.Popen[bytes], workers: list[int]) -> None:
    try:
        _, errors = process.communicate(timeout=20)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.communicate()
        pytest.fail("the run did not end after Ctrl-C")
    text = errors.decode()
    assert process.returncode == 130, text
    assert "interrupted" in text
    assert "Traceback" not in text and "Exception ignored" not in text
    deadline = time.monotonic() + 5
    while any(_alive(w) for w in workers) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not [w for w in workers if _alive(w)], "a worker outlived the run"


def _to_parent(process: subprocess.Popen[bytes]) -> None:
    process.send_signal(signal.SIGINT)


def _to_group(process: subprocess.Popen[bytes]) -> None:
    """What a terminal does: the signal goes to every process of the foreground group."""
    os.killpg(process.pid, signal.SIGINT)


@pytest.mark.parametrize("send", [_to_parent, _to_group], ids=["parent", "group"])
@pytest.mark.parametrize("gap", [0.1, 0.4, 1.0])
def test_two_ctrl_cs_end_the_run_at_once(
    briefs: Path, send: Callable[[subprocess.Popen[bytes]], None], gap: float
) -> None:
    process, workers = _start(briefs)
    send(process)
    time.sleep(gap)
    if process.poll() is None:
        send(process)
    _ends_cleanly(process, workers)


def test_one_ctrl_c_ends_the_run(briefs: Path) -> None:
    process, workers = _start(briefs)
    _to_group(process)
    _ends_cleanly(process, workers)


def test_workers_die_with_a_killed_run(briefs: Path) -> None:
    process, workers = _start(briefs)
    process.kill()  # the parent alone: nothing can clean up after it
    process.wait(timeout=10)
    deadline = time.monotonic() + 10
    while any(_alive(w) for w in workers) and time.monotonic() < deadline:
        time.sleep(0.05)
    orphans = [w for w in workers if _alive(w)]
    for orphan in orphans:
        os.kill(orphan, signal.SIGKILL)
    assert not orphans
