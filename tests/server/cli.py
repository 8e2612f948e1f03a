"""What the command line says about a file, for comparing the server with it."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

from click.testing import CliRunner

from smartbrev.cli import cli


def run(*args: str) -> tuple[int, str]:
    """Run `smartbrev ARGS` in-process: (exit status, standard output)."""
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout


def lint_json(path: Path, *options: str) -> list[dict[str, Any]]:
    """`smartbrev lint --output-format json PATH`'s diagnostics."""
    _, out = run("lint", "--output-format", "json", "--no-cache", *options, str(path))
    diagnostics: list[dict[str, Any]] = json.loads(out)["diagnostics"]
    return diagnostics


def fixed_by_cli(path: Path, *options: str) -> str:
    """The text `smartbrev lint --fix` writes, from a copy of the file beside it."""
    copy = path.with_name(f"cli-copy-{path.name}")
    shutil.copyfile(path, copy)
    run("lint", "--fix", "--no-cache", *options, str(copy))
    text = copy.read_text(encoding="utf-8")
    copy.unlink()
    return text
