"""The command table: every command is listed with the module that defines it."""

from __future__ import annotations

import importlib
import subprocess
import sys

from smartbrev.cli import cli
from smartbrev.cli.base import COMMANDS


def test_the_table_names_every_command_and_where_it_is_defined() -> None:
    for home in set(COMMANDS.values()):
        importlib.import_module(home)
    assert set(cli.commands) == set(COMMANDS)
    for name, command in cli.commands.items():
        assert command.callback is not None
        assert command.callback.__module__ == COMMANDS[name], name


def test_running_one_command_loads_only_its_module() -> None:
    code = (
        "import sys\nfrom smartbrev.cli import cli\n"
        "try:\n    cli(['lint', '--help'])\nexcept SystemExit:\n    pass\n"
        "print(sorted(m for m in sys.modules if m.startswith('smartbrev.cli.')), file=sys.stderr)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stderr.strip() == "['smartbrev.cli.base', 'smartbrev.cli.check']"
