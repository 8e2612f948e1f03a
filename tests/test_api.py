"""The public Python API."""

from __future__ import annotations

import json
import pickle
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

import smartbrev
from smartbrev import Briefing, InvalidBriefing, ReadError
from smartbrev.cli import cli as cli_group
from tests.conftest import DATA, EXAMPLES, ROOT


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


# -- read, lint, fix, render -------------------------------------------------------------

INPUTS = sorted([*EXAMPLES.iterdir(), *(DATA / "cli").iterdir()])
"""The examples and rough drafts (one unreadable, one invalid): what the CLI goldens use."""


def test_every_public_name_is_documented_and_exported() -> None:
    from smartbrev.api.reference import documented

    assert sorted(documented()) == sorted(smartbrev.__all__)
    for name in ("ReadError", "InvalidBriefing", "SchemaError", "ConfigError", "WriteError"):
        assert issubclass(getattr(smartbrev, name), smartbrev.SmartbrevError)


def test_the_api_reference_is_current(request: pytest.FixtureRequest) -> None:
    from smartbrev.api.reference import render

    target = ROOT / "docs" / "api.md"
    if request.config.getoption("--update-golden"):
        target.write_text(render(), encoding="utf-8")
    assert target.read_text(encoding="utf-8") == render(), (
        "docs/api.md is stale: run `pytest tests/test_api.py --update-golden`"
    )


def test_every_example_of_the_api_reference_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    text = (ROOT / "docs" / "api.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```python\n(.*?)```", text, flags=re.DOTALL)
    assert len(blocks) >= 6
    monkeypatch.chdir(ROOT)
    for block in blocks:
        exec(compile(block, "docs/api.md", "exec"), {})


def test_the_lint_function_is_not_shadowed_by_the_lint_package() -> None:
    code = (
        "import smartbrev.lint.engine, smartbrev\n"
        "from smartbrev import lint\n"
        "assert callable(smartbrev.lint) and lint is smartbrev.lint, smartbrev.lint\n"
        "import smartbrev.lint.registry\n"
        "print(lint.__module__)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False
    )
    assert result.stdout.strip() == "smartbrev.api.linting", result.stderr


def test_read_takes_text_bytes_or_a_path_and_keeps_the_reader_notes(tmp_path: Path) -> None:
    draft = (DATA / "cli" / "rough-draft.md").read_text(encoding="utf-8")
    from_text = smartbrev.read(draft)
    from_bytes = smartbrev.read(draft.encode("utf-8"))
    path = tmp_path / "draft.notes"
    path.write_text(draft, encoding="utf-8")
    from_path = smartbrev.read(path)  # no ending that tells: told from the content
    assert from_text.format == from_bytes.format == from_path.format == "markdown"
    assert from_text.briefing == from_bytes.briefing == from_path.briefing
    assert from_path.name == str(path) and from_text.name == "<string>"
    cli = json.loads(
        CliRunner()
        .invoke(
            cli_group, ["validate", "--output-format", "json", str(DATA / "cli" / "rough-draft.md")]
        )
        .stdout
    )
    assert [d.code for d in from_text.notes] == [d["code"] for d in cli["diagnostics"]]


def test_read_names_the_formats_it_knows() -> None:
    with pytest.raises(ReadError) as caught:
        smartbrev.parse("# x\n\nLede.\n", "md")
    assert str(caught.value) == (
        "<string>: unsupported input format 'md': use one of json, yaml, markdown, text, "
        "html, ninjs, docx; did you mean `markdown`?"
    )
    with pytest.raises(ReadError, match="cannot tell the format"):
        smartbrev.read("[1, 2]")


@pytest.mark.parametrize("path", INPUTS, ids=lambda p: p.name)
def test_lint_finds_what_the_command_line_finds(path: Path) -> None:
    cli = CliRunner().invoke(
        cli_group, ["lint", "--isolated", "--output-format", "json", str(path)]
    )
    expected = [
        (d["code"], d["line"], d["column"], d["message"])
        for d in json.loads(cli.stdout)["diagnostics"]
    ]
    found = smartbrev.lint(path)
    assert [
        (d.code, d.span.line if d.span else None, d.span.column if d.span else None, d.message)
        for d in found
    ] == expected
    text = path.read_bytes()
    assert [d.code for d in smartbrev.lint(text, name=path.name)] == [c for c, *_ in expected]


def test_lint_takes_a_configuration_file_a_mapping_or_discovers_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    draft = tmp_path / "briefs" / "draft.md"
    draft.parent.mkdir()
    shutil.copy(EXAMPLES / "school-breakfast.md", draft)
    config = tmp_path / "smartbrev.toml"
    config.write_text("select = ['SB2']\n[rules.lede-too-long]\nmax-words = 5\n")
    monkeypatch.chdir(tmp_path)  # a configuration beside the process changes nothing
    defaults = {d.code for d in smartbrev.lint(draft)}
    assert "SB202" not in defaults
    assert {d.code for d in smartbrev.lint(draft, config=config)} == {"SB202"}
    assert {d.code for d in smartbrev.lint(draft, discover=True)} == {"SB202"}
    mapping = {"select": ["SB2"], "rules": {"lede-too-long": {"max-words": 5}}}
    assert {d.code for d in smartbrev.lint(draft.read_text(), config=mapping)} == {"SB202"}
    with pytest.raises(smartbrev.ConfigError, match="unknown key `selct`; did you mean"):
        smartbrev.lint(draft, config={"selct": ["SB2"]})


def test_lint_reports_unreadable_input_as_the_command_line_does() -> None:
    (problem,) = smartbrev.lint(b'{"lede": ', name="broken.json")
    assert (problem.code, problem.path, problem.severity) == (
        "SB002",
        "broken.json",
        smartbrev.Severity.ERROR,
    )
    (empty,) = smartbrev.lint("  \n")
    assert empty.code == "SB001"


def test_lint_takes_a_briefing_or_a_reading() -> None:
    reading = smartbrev.read(EXAMPLES / "school-breakfast.md")
    from_model = smartbrev.lint(reading.briefing)
    assert {d.code for d in from_model} <= {d.code for d in smartbrev.lint(reading)}
    assert all(d.path == "<briefing>" and d.pointer for d in from_model)


@pytest.mark.parametrize("unsafe", [False, True])
def test_fix_gives_the_text_lint_fix_writes(tmp_path: Path, unsafe: bool) -> None:
    for source in (DATA / "cli" / "rough-draft.md", DATA / "cli" / "rough-draft.txt"):
        copy = tmp_path / source.name
        shutil.copy(source, copy)
        flags = ["--unsafe-fixes"] if unsafe else []
        CliRunner().invoke(cli_group, ["lint", "--isolated", "--fix", *flags, str(copy)])
        text = source.read_text(encoding="utf-8")
        fixed = smartbrev.fix(text, name=source.name, unsafe=unsafe)
        assert fixed == copy.read_text(encoding="utf-8")
        assert fixed != text


@pytest.mark.parametrize("fmt", ["json", "yaml", "markdown", "text", "html", "ninjs", "ninjs-2.2"])
def test_render_writes_what_convert_writes(fmt: str) -> None:
    path = EXAMPLES / "school-breakfast.md"
    converted = CliRunner().invoke(cli_group, ["convert", str(path), "--to", fmt]).stdout
    assert smartbrev.render(smartbrev.read(path), fmt) == converted  # type: ignore[arg-type]


def test_render_refuses_what_it_cannot_write() -> None:
    doc = smartbrev.load(EXAMPLES / "transit-fares.json")
    with pytest.raises(ValueError, match="unknown output format 'docx': use one of json"):
        smartbrev.render(doc, "docx")  # type: ignore[arg-type]


def test_functions_and_results_pickle() -> None:
    reading = smartbrev.read(DATA / "cli" / "rough-draft.md")
    found = smartbrev.lint(reading)
    for value in (reading, found, smartbrev.lint, smartbrev.read, smartbrev.render):
        assert pickle.loads(pickle.dumps(value)) == value
    with pytest.raises(InvalidBriefing) as caught:
        smartbrev.read(DATA / "cli" / "invalid.yaml")
    again = pickle.loads(pickle.dumps(caught.value.diagnostics))
    assert again == caught.value.diagnostics
