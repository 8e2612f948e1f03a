"""The README's two commands are the ones CI runs."""

from __future__ import annotations

import re

import pytest

from tests.conftest import ROOT


def _readme_commands() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```sh\n(.*?)```", readme, flags=re.DOTALL)
    return [line for block in blocks[:2] for line in block.strip().splitlines()]


def test_readme_leads_with_two_single_line_commands() -> None:
    commands = _readme_commands()
    assert commands == [
        "pip install . && smartbrev validate examples/",
        "pip install -e '.[test]' && pytest",
    ]


def test_ci_runs_the_readme_commands() -> None:
    script = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    for command in _readme_commands():
        first, second = command.split(" && ")
        quiet = first.replace("pip install ", "pip install --quiet ")
        assert f"{quiet} && {second}" in script, command


def test_the_readme_python_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```python\n(.*?)```", readme, flags=re.DOTALL)
    assert blocks
    monkeypatch.chdir(ROOT)
    for block in blocks:
        exec(compile(block, "README.md", "exec"), {})
