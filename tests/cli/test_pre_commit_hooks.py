"""The pre-commit hooks, run as pre-commit runs them: each hook's entry with every staged
file its `files` pattern matches, in a newsroom repository that also holds a README,
a licence and pre-commit's own configuration."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest
import yaml

from tests.conftest import RunCli
from tests.test_selection import newsroom

ROOT = Path(__file__).parents[2]
BRIEFS = {"archive/stadium.md", "briefs/ferry-contract.md", "briefs/2024/lunch.txt"}
HOOKS = {hook["id"]: hook for hook in yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())}


def staged(root: Path, hook: dict[str, str]) -> list[str]:
    """The files pre-commit would hand the hook: every file of the repository (as on a
    first `pre-commit run --all-files`) that its `files` pattern matches."""
    pattern = re.compile(hook["files"])
    every = sorted(path.relative_to(root).as_posix() for path in root.rglob("*") if path.is_file())
    return [name for name in every if pattern.search(name)]


def run_hook(run_cli: RunCli, hook_id: str, files: list[str]) -> tuple[int, str]:
    entry = shlex.split(HOOKS[hook_id]["entry"])
    assert entry[0] == "smartbrev"
    result = run_cli(*entry[1:], "--no-cache", "--output-format", "concise", *files)
    return result.exit_code, result.stdout + result.stderr


@pytest.mark.parametrize("hook_id", ["smartbrev-validate", "smartbrev-lint", "smartbrev-fix"])
def test_a_hook_checks_the_briefs_and_passes_over_the_repositorys_own_files(
    run_cli: RunCli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, hook_id: str
) -> None:
    root = newsroom(tmp_path)
    monkeypatch.chdir(root)
    files = staged(root, HOOKS[hook_id])
    assert {"README.md", ".pre-commit-config.yaml", "LICENSE.txt"} <= set(files)
    status, output = run_hook(run_cli, hook_id, files)
    for not_a_brief in ("README", ".pre-commit-config", "LICENSE", "mkdocs", ".github"):
        assert not_a_brief not in output
    reported = set(re.findall(r"^([\w./-]+):\d+:\d+:", output, re.MULTILINE))
    assert reported <= BRIEFS, output
    if hook_id == "smartbrev-validate":
        assert status == 0, output
        assert "3 files checked: 3 valid" in output
    else:
        assert reported == BRIEFS  # each real-shape draft has findings


def test_the_validate_hook_fails_on_a_broken_brief_only(
    run_cli: RunCli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = newsroom(tmp_path)
    (root / "briefs" / "transit.json").write_text('{"schema_version": "1.0", "lede": 7}\n')
    monkeypatch.chdir(root)
    status, output = run_hook(
        run_cli, "smartbrev-validate", staged(root, HOOKS["smartbrev-validate"])
    )
    assert status == 1
    assert "briefs/transit.json" in output
    assert "4 files checked: 3 valid, 1 invalid" in output


def test_a_commit_of_only_the_readme_passes(
    run_cli: RunCli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(newsroom(tmp_path))
    for hook_id in HOOKS:
        status, output = run_hook(run_cli, hook_id, ["README.md", ".pre-commit-config.yaml"])
        assert status == 0, output
        assert "README" not in output


def test_without_the_flag_a_named_readme_is_checked(
    run_cli: RunCli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(newsroom(tmp_path))
    result = run_cli("validate", "--no-cache", ".pre-commit-config.yaml")
    assert result.exit_code == 1
    assert "missing required field `lede`" in result.stdout


def test_the_hooks_filter_what_the_commands_read() -> None:
    for hook in HOOKS.values():
        assert "--force-exclude" in hook["entry"], hook["id"]
        pattern = re.compile(hook["files"])
        for name in ("a.md", "b.markdown", "c.txt", "d.json", "e.yaml", "f.yml"):
            assert pattern.search(name)
        assert not pattern.search("page.html")
