"""`smartbrev schema`: versions, the schema itself, and its generated reference."""

from __future__ import annotations

import json
from pathlib import Path

from smartbrev.schema import store
from smartbrev.schema.docs import render
from tests.conftest import ROOT, RunCli


def test_list(run_cli: RunCli) -> None:
    result = run_cli("schema", "list")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert [line.split()[0] for line in lines] == list(store.SCHEMA_VERSIONS)
    assert lines[-1].endswith("(latest)")


def test_show_prints_the_shipped_schema(run_cli: RunCli) -> None:
    latest = json.loads(run_cli("schema", "show").stdout)
    assert latest == store.load_schema(store.LATEST)
    old = json.loads(run_cli("schema", "show", "1.0").stdout)
    assert old["$id"].endswith("/1.0/briefing.schema.json")


def test_show_unknown_version(run_cli: RunCli) -> None:
    result = run_cli("schema", "show", "0.9")
    assert result.exit_code == 2
    assert "'0.9' is not one of" in result.stderr


def test_packaged_schemas_are_the_repository_files() -> None:
    for version in store.SCHEMA_VERSIONS:
        repository = ROOT / "schemas" / "briefing" / version / "briefing.schema.json"
        assert store.schema_text(version) == repository.read_text(encoding="utf-8")


def test_reference_mentions_every_field() -> None:
    text = render()
    root = store.load_schema(store.LATEST)
    for name in root["properties"]:
        assert f"| `{name}` |" in text
    for name in root["$defs"]:
        assert f"## {name}" in text
    assert "| `dateline` | [`line`](#line) | no | 1.1 |" in text


def test_committed_reference_is_current() -> None:
    committed = (ROOT / "docs" / "schema.md").read_text(encoding="utf-8")
    assert committed == render(), "docs/schema.md is stale: run `smartbrev schema docs`"


def test_docs_command_writes_and_checks(run_cli: RunCli, tmp_path: Path) -> None:
    target = tmp_path / "ref.md"
    assert run_cli("schema", "docs", "--check", "-o", str(target)).exit_code == 1
    assert run_cli("schema", "docs", "-o", str(target)).exit_code == 0
    assert target.read_text(encoding="utf-8") == render()
    assert run_cli("schema", "docs", "--check", "-o", str(target)).exit_code == 0
