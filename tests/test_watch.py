"""`lint --watch` and `validate --watch`: a run at once, another on each change, and
Ctrl-C ends it cleanly."""

from __future__ import annotations

import os
import queue
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from tests.conftest import RunCli

WAIT = 30.0

DRAFT = (
    "# Ferries run late\n\nFerries ran late all week, the authority said.\n\n"
    "**Why it matters:** Commuters wait.\n\nBy Ana Ruiz\n"
)


class Watcher:
    """A `smartbrev ... --watch` process and the lines it writes."""

    def __init__(self, *args: str) -> None:
        env = {**os.environ, "NO_COLOR": "1"}
        self.process = subprocess.Popen(
            [sys.executable, "-m", "smartbrev", *args, "--watch", "--no-cache"],
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            env=env,
            # As a terminal's Ctrl-C finds it, even when the tests run in the background
            # (where a shell starts programs with SIGINT ignored).
            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
        )
        self.lines: queue.Queue[str] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.lines.put(line)

    def until_watching(self) -> str:
        """Everything written up to the "watching" line."""
        seen = []
        while True:
            line = self.lines.get(timeout=WAIT)
            seen.append(line)
            if "watching for changes" in line:
                return "".join(seen)

    def interrupt(self) -> tuple[int, str]:
        self.process.send_signal(signal.SIGINT)
        code = self.process.wait(timeout=WAIT)
        rest = []
        while not self.lines.empty():
            rest.append(self.lines.get())
        return code, "".join(rest)


@pytest.mark.parametrize("command", ["lint", "validate"])
def test_a_change_is_checked_again_and_ctrl_c_ends_cleanly(tmp_path: Path, command: str) -> None:
    draft = tmp_path / "ferry.md"
    draft.write_text(DRAFT, encoding="utf-8")
    watcher = Watcher(command, str(tmp_path))
    try:
        first = watcher.until_watching()
        assert "1 file" in first or "1 valid" in first
        assert "SB403" not in first
        # A straight quote for lint; a broken front matter for validate.
        broken = (
            DRAFT.replace("all week", 'all "week"')
            if command == "lint"
            else "---\n: [\n---\n" + DRAFT
        )
        draft.write_text(broken, encoding="utf-8")
        second = watcher.until_watching()
        assert ("SB403" if command == "lint" else "SB002") in second
        # A file that is not a briefing changes: no run.
        (tmp_path / "notes.py").write_text("x = 1\n", encoding="utf-8")
        draft.write_text(DRAFT, encoding="utf-8")
        third = watcher.until_watching()
        assert "SB403" not in third and "SB002" not in third
    finally:
        code, rest = watcher.interrupt()
    assert code == 0
    assert "Traceback" not in rest


def test_watch_refuses_standard_input(run_cli: RunCli) -> None:
    result = run_cli("lint", "--watch", "-", input="x")
    assert result.exit_code == 2
    assert "--watch cannot read standard input" in result.output


def test_watch_refuses_a_missing_path(run_cli: RunCli, tmp_path: Path) -> None:
    result = run_cli("validate", "--watch", str(tmp_path / "missing"))
    assert result.exit_code == 2
    assert "no such file or directory" in result.stderr


def test_only_briefings_and_configuration_outside_skipped_folders_count(tmp_path: Path) -> None:
    from smartbrev.cli.watch import relevant

    root = tmp_path / ".hidden-home" / "desk"
    keep = relevant((str(root),))
    assert keep(None, str(root / "drafts" / "ferry.md"))
    assert keep(None, str(root / "smartbrev.toml"))
    assert keep(None, str(root / "house-style.toml"))
    assert not keep(None, str(root / "notes.py"))
    assert not keep(None, str(root / ".smartbrev_cache" / "results.json"))
    assert not keep(None, str(root / "node_modules" / "x" / "README.md"))
