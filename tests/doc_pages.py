"""What the tests of documentation pages share: the shell commands a page shows, and
checking that an extra it tells users to install is satisfied here."""

from __future__ import annotations

import re
import subprocess
import sys


def shell_commands(page: str) -> list[str]:
    """Every line of the page's `sh` code blocks, in order."""
    blocks = re.findall(r"```sh\n(.*?)```", page, re.DOTALL)
    return [line for block in blocks for line in block.strip().splitlines()]


def assert_extra_installed(requirement: str) -> None:
    """`pip install REQUIREMENT`, run as shown without fetching anything, has nothing to do."""
    result = subprocess.run(
        [sys.executable, "-m", "pip", "install", "--dry-run", "--no-index", requirement],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "Would install" not in result.stdout
