"""The `server` command, and what it costs the other commands (nothing)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.conftest import RunCli


def test_linting_one_file_never_loads_the_language_server(examples_dir: Path) -> None:
    draft = str(examples_dir / "ferry-deal.txt")
    probe = (
        "import sys\n"
        "from smartbrev.startup import main\n"
        f"sys.argv = ['smartbrev', 'lint', '--no-cache', {draft!r}]\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "loaded = sorted(m for m in sys.modules if m.split('.')[0] in ('pygls', 'lsprotocol'))\n"
        "loaded += sorted(m for m in sys.modules if m.startswith('smartbrev.server'))\n"
        "print('LOADED', loaded)\n"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=False)
    assert "LOADED []" in out.stdout, out.stdout + out.stderr


def test_the_server_is_a_command(run_cli: RunCli) -> None:
    result = run_cli("server", "--help")
    assert result.exit_code == 0
    assert "Language Server" in result.output


def test_without_the_server_extra_the_command_says_how_to_install_it() -> None:
    probe = (
        "import sys\n"
        "sys.modules['lsprotocol'] = None  # as if the extra were not installed\n"
        "sys.argv = ['smartbrev', 'server']\n"
        "from smartbrev.startup import main\n"
        "main()\n"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=False)
    assert out.returncode == 2
    assert "pip install 'smartbrev[server]'" in out.stderr
    assert "Traceback" not in out.stderr
