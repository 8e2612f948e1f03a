"""The public Python API."""

from __future__ import annotations

from pathlib import Path

import pytest

import smartbrev
from smartbrev import Briefing, InvalidBriefing, ReadError


def test_public_names() -> None:
    assert set(smartbrev.__all__) >= {"load", "validate", "SCHEMA_VERSIONS", "parse"}
    for name in smartbrev.__all__:
        assert hasattr(smartbrev, name)
    assert smartbrev.SCHEMA_VERSIONS[:2] == ("1.0", "1.1")


def test_load_every_example(examples_dir: Path) -> None:
    for path in sorted(examples_dir.iterdir()):
        if path.suffix in (".json", ".yaml"):
            doc = smartbrev.load(path)
            assert isinstance(doc, Briefing)
            assert doc.lede
            assert smartbrev.validate(doc) == []


def test_model_round_trips_through_plain_data(examples_dir: Path) -> None:
    import json

    for path in sorted(examples_dir.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        doc = Briefing.from_data(data)
        assert doc.to_data() == data
        assert Briefing.from_data(doc.to_data()) == doc


def test_load_bytes_and_parse_text() -> None:
    raw = b'{"schema_version": "1.0", "lede": "x", "blocks": []}'
    assert smartbrev.load(raw).lede == "x"
    doc = smartbrev.parse("schema_version: '1.1'\nlede: y\nblocks: []\n", "yaml")
    assert doc.schema_version == "1.1"


def test_load_invalid_raises_with_diagnostics(tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_text('{"schema_version": "1.0", "blocks": []}')
    with pytest.raises(InvalidBriefing) as caught:
        smartbrev.load(path)
    assert "missing required field `lede`" in str(caught.value)
    assert len(caught.value.diagnostics) == 1


def test_load_unreadable_raises_read_error(tmp_path: Path) -> None:
    with pytest.raises(ReadError, match="no such file"):
        smartbrev.load(tmp_path / "absent.json")


def test_validate_plain_data() -> None:
    assert smartbrev.validate({"schema_version": "1.0", "lede": "x", "blocks": []}) == []
    problems = smartbrev.validate({"schema_version": "1.0", "lede": "x"})
    assert [p.message for p in problems] == ["missing required field `blocks`"]
    assert smartbrev.validate(
        {"schema_version": "1.1", "dateline": "X", "lede": "x", "blocks": []}, version="1.0"
    )
    (problem,) = smartbrev.validate([1, 2])  # type: ignore[arg-type]
    assert "not a list" in problem.message


def test_import_stays_light() -> None:
    import subprocess
    import sys

    code = (
        "import sys, smartbrev; "
        "print(','.join(m for m in ('jsonschema', 'yaml', 'click') if m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == ""


def test_command_line_start_up_loads_no_validator_or_parser() -> None:
    import subprocess
    import sys

    heavy = (
        "jsonschema",
        "jsonschema_rs",
        "markdown_it",
        "pyromark",
        "lxml",
        "jinja2",
        "yaml",
        "smartbrev.lint.registry",
    )
    code = (
        "import sys\nfrom smartbrev.cli import cli\n"
        "try:\n    cli(['validate', '--help'])\nexcept SystemExit:\n    pass\n"
        f"print(','.join(m for m in {heavy!r} if m in sys.modules), file=sys.stderr)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False
    )
    assert result.stderr.strip() == ""
