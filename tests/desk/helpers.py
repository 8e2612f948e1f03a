"""What the desk's tests share besides fixtures: the drafts and the session token."""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

DRAFTS = Path(__file__).resolve().parents[1] / "data" / "desk"
TOKEN = "a-session-token-for-the-tests-only"
BASE = "http://127.0.0.1:8765"


def draft(name: str) -> str:
    """One of the test drafts' text."""
    return (DRAFTS / name).read_text(encoding="utf-8")


@contextmanager
def started(
    *args: str, cwd: Path | None = None, env: dict[str, str] | None = None
) -> Iterator[tuple[subprocess.Popen[str], str, list[str]]]:
    """`smartbrev desk ARGS` in its own process, until its address is printed; killed after."""
    process = subprocess.Popen(
        [sys.executable, "-m", "smartbrev", "desk", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        cwd=cwd,
        env=env,
    )
    lines: list[str] = []
    try:
        assert process.stdout is not None
        for line in process.stdout:
            lines.append(line)
            found = re.search(r"open (http://\S+)", line)
            if found:
                yield process, found.group(1), lines
                break
        else:
            pytest.fail("the desk did not print its address:\n" + "".join(lines))
    finally:
        if process.poll() is None:
            process.kill()
        process.wait(timeout=10)
