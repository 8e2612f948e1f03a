"""`smartbrev migrate`: only the version changes, and nothing is ever lost."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import RunCli

V10_JSON = '{\n  "schema_version": "1.0",\n  "lede": "x",\n  "blocks": []\n}\n'
V10_YAML = "# keep this comment\nschema_version: '1.0'\nlede: x   # and this one\nblocks: []\n"


def test_upgrade_to_stdout_changes_only_the_version(run_cli: RunCli, tmp_path: Path) -> None:
    path = tmp_path / "brief.json"
    path.write_text(V10_JSON)
    result = run_cli("migrate", str(path), "--to", "1.1")
    assert result.exit_code == 0
    assert result.stdout == V10_JSON.replace('"1.0"', '"1.1"')
    assert path.read_text() == V10_JSON, "stdout by default: the file is untouched"


def test_yaml_keeps_comments_and_quote_style(run_cli: RunCli, tmp_path: Path) -> None:
    path = tmp_path / "brief.yaml"
    path.write_text(V10_YAML)
    result = run_cli("migrate", str(path), "--to", "1.1", "--in-place")
    assert result.exit_code == 0
    assert path.read_text() == V10_YAML.replace("'1.0'", "'1.1'")


def test_output_file(run_cli: RunCli, tmp_path: Path) -> None:
    source = tmp_path / "brief.json"
    source.write_text(V10_JSON)
    target = tmp_path / "out" / "brief.json"
    target.parent.mkdir()
    result = run_cli("migrate", str(source), "--to", "1.1", "-o", str(target))
    assert result.exit_code == 0
    assert json.loads(target.read_text())["schema_version"] == "1.1"
    assert run_cli("validate", str(target)).exit_code == 0


def test_in_place_keeps_permissions_and_leaves_no_temporary_files(
    run_cli: RunCli, tmp_path: Path
) -> None:
    path = tmp_path / "brief.json"
    path.write_text(V10_JSON)
    path.chmod(0o640)
    assert run_cli("migrate", str(path), "--to", "1.1", "--in-place").exit_code == 0
    assert path.stat().st_mode & 0o777 == 0o640
    assert [p.name for p in tmp_path.iterdir()] == ["brief.json"]


def test_downgrade_without_newer_fields_is_allowed(run_cli: RunCli, tmp_path: Path) -> None:
    path = tmp_path / "brief.json"
    path.write_text(V10_JSON.replace('"1.0"', '"1.1"'))
    result = run_cli("migrate", str(path), "--to", "1.0")
    assert result.exit_code == 0
    assert '"schema_version": "1.0"' in result.stdout


def test_downgrade_that_would_drop_data_is_refused(
    run_cli: RunCli, examples_dir: Path, tmp_path: Path
) -> None:
    path = tmp_path / "harbor.json"
    original = (examples_dir / "harbor-bridge.json").read_text()
    path.write_text(original)
    result = run_cli("migrate", str(path), "--to", "1.0", "--in-place")
    assert result.exit_code == 2
    assert "cannot migrate to 1.0 without losing data" in result.stderr
    assert "`dateline`, `image`" in result.stderr
    assert path.read_text() == original


def test_same_version_is_a_no_op(run_cli: RunCli, tmp_path: Path) -> None:
    path = tmp_path / "brief.json"
    path.write_text(V10_JSON)
    result = run_cli("migrate", str(path), "--to", "1.0")
    assert result.exit_code == 0
    assert result.stdout == V10_JSON


def test_unusable_input_is_refused(run_cli: RunCli, tmp_path: Path) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text("{")
    result = run_cli("migrate", str(broken), "--to", "1.1")
    assert result.exit_code == 2
    assert "invalid JSON" in result.stderr
    assert "Traceback" not in result.output
    missing = tmp_path / "nothing.json"
    missing.write_text('{"lede": "x", "blocks": []}')
    result = run_cli("migrate", str(missing), "--to", "1.1")
    assert result.exit_code == 2
    assert "has no `schema_version`" in result.stderr
    assert run_cli("migrate", str(tmp_path / "absent.json"), "--to", "1.1").exit_code == 2


def test_conflicting_destinations(run_cli: RunCli, tmp_path: Path) -> None:
    path = tmp_path / "brief.json"
    path.write_text(V10_JSON)
    result = run_cli("migrate", str(path), "--to", "1.1", "--in-place", "-o", "x.json")
    assert result.exit_code == 2
    assert "not both" in result.stderr


def test_stdin(run_cli: RunCli) -> None:
    result = run_cli("migrate", "-", "--to", "1.1", "--stdin-format", "json", input=V10_JSON)
    assert result.exit_code == 0
    assert '"1.1"' in result.stdout
