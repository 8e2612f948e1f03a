"""Directory searches stay inside the folder they were given: links out of it are not
followed, and pipes, sockets and devices are passed over with a note instead of
blocking the run."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from tests.lint.helpers import briefing

DRAFT = briefing("**Why it matters:** Rates rise in April.")


def _run(folder: Path, *command: str) -> subprocess.CompletedProcess[str]:
    """A run in its own process, bounded: a walk that blocks fails the test, not the suite."""
    return subprocess.run(
        [sys.executable, "-m", "smartbrev", *command, str(folder)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        env={**os.environ, "SMARTBREV_NO_CACHE": "1"},
    )


@pytest.fixture
def briefs(tmp_path: Path) -> Path:
    folder = tmp_path / "briefs"
    folder.mkdir()
    (folder / "good.md").write_text(DRAFT)
    return folder


@pytest.mark.parametrize(
    ("command", "counted"),
    [("lint", "(1 file)"), ("validate", "1 file checked"), ("stats", "good.md")],
)
def test_a_link_out_of_the_tree_is_not_read(
    briefs: Path, tmp_path: Path, command: str, counted: str
) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("Password: hunter2\n\nThe vault code is 1234.\n")
    (briefs / "x.txt").symlink_to(secret)
    (briefs / "passwd.txt").symlink_to("/etc/passwd")
    result = _run(briefs, command)
    assert "hunter2" not in result.stdout + result.stderr
    assert "root:" not in result.stdout + result.stderr
    assert result.stderr.count("a link to outside the folder searched") == 2
    assert counted in result.stdout
    assert "x.txt" not in result.stdout


def test_a_link_out_of_the_tree_is_not_converted(briefs: Path, tmp_path: Path) -> None:
    secret = tmp_path / "secret.md"
    secret.write_text(briefing("**Why it matters:** Secret."))
    (briefs / "x.md").symlink_to(secret)
    out = tmp_path / "out"
    result = _run(briefs, "convert", "--to", "json", "--out-dir", str(out))
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in out.iterdir()) == ["good.json"]


def test_links_inside_the_tree_are_read(briefs: Path) -> None:
    (briefs / "desk").mkdir()
    (briefs / "desk" / "real.md").write_text(DRAFT)
    (briefs / "alias.md").symlink_to(briefs / "desk" / "real.md")
    (briefs / "linked-folder").symlink_to(briefs / "desk", target_is_directory=True)
    result = _run(briefs, "validate", "--output-format", "concise")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().endswith("3 files checked: 3 valid, 0 invalid")
    assert "skipped" not in result.stderr


def test_a_linked_folder_out_of_the_tree_is_not_searched(briefs: Path, tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "other.md").write_text(DRAFT)
    (briefs / "more").symlink_to(outside, target_is_directory=True)
    result = _run(briefs, "validate")
    assert "other.md" not in result.stdout
    assert result.stdout.strip().endswith("1 file checked: 1 valid, 0 invalid")


def test_pipes_sockets_and_devices_are_passed_over_with_a_note(briefs: Path) -> None:
    os.mkfifo(briefs / "pipe.md")
    (briefs / "stdin.md").symlink_to("/dev/stdin")
    (briefs / "zero.md").symlink_to("/dev/zero")
    listener = socket.socket(socket.AF_UNIX)
    listener.bind(str(briefs / "sock.md"))
    os.mkfifo(briefs / ".gitignore")  # read when the folder is searched: must not block
    try:
        for command in (
            ("lint",),
            ("validate",),
            ("convert", "--to", "json", "--out-dir", str(briefs.parent / "o")),
        ):
            result = _run(briefs, *command)
            assert result.returncode == 0, (command, result.stderr)
            assert "pipe.md: skipped: a named pipe, not a file" in result.stderr
            assert "sock.md: skipped: a socket, not a file" in result.stderr
            assert "stdin.md: skipped: a link to outside the folder searched" in result.stderr
            assert "zero.md: skipped" in result.stderr
    finally:
        listener.close()
