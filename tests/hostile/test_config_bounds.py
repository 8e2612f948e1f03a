"""Configuration a hostile contributor could write: every value checked against the
bounds its JSON Schema states, before any rule runs, with a message and exit status 2."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from smartbrev.lint.config import MAX_EXTENDS, _tomllib
from smartbrev.lint.options import option_types, unwrap
from smartbrev.lint.registry import RULES
from tests.conftest import ROOT, RunCli

DRAFT = "# Budget passes\n\nThe council approved the budget.\n\n**Why it maters:** Taxes.\n"

BAD = [
    ("[rules.misspelled-label]\nmin-similarity = 2", "must be a number from 0 to 1, not 2"),
    ("[rules.misspelled-label]\nmin-similarity = -1", "must be a number from 0 to 1, not -1"),
    ("[rules.misspelled-label]\nmin-similarity = nan", "must be a finite number, not nan"),
    ("[rules.misspelled-label]\nmin-similarity = inf", "must be a finite number, not inf"),
    ("[rules.lede-too-long]\nmax-words = 0", "must be a whole number of 1 or more, not 0"),
    ("[rules.too-many-bullets]\nmax-items = -3", "must be a whole number of 0 or more, not -3"),
    (
        '[rules.nonstandard-label.house-forms]\nwhy-it-matters = ""',
        "house-forms.why-it-matters must be a label on one line, not ''",
    ),
    ('[labels.zoom]\nlabel = " "', "`labels.zoom`.label must be a label on one line"),
    ('[labels.zoom]\nlabel = "Zoom\\nin"', "must be a label on one line, not 'Zoom\\nin'"),
    ('[labels.zoom]\nlabel = "Zoom"\nvariants = [""]', "variants[0] must be a label on one line"),
]


@pytest.mark.parametrize(("setting", "message"), BAD)
def test_value_out_of_bounds_is_refused(
    run_cli: RunCli, tmp_path: Path, setting: str, message: str
) -> None:
    (tmp_path / "smartbrev.toml").write_text(setting + "\n", encoding="utf-8")
    draft = tmp_path / "draft.md"
    draft.write_text(DRAFT, encoding="utf-8")
    result = run_cli("lint", str(draft))
    assert result.exit_code == 2, result.output
    assert message in result.output
    assert "smartbrev.toml" in result.output
    assert "SB999" not in result.output and "Traceback" not in result.output


@pytest.mark.parametrize(
    ("setting", "message"),
    # JSON has no NaN, so no JSON Schema keyword refuses it: the check alone does.
    [(setting, message) for setting, message in BAD if "nan" not in setting],
)
def test_the_shipped_schema_refuses_the_same_values(setting: str, message: str) -> None:
    schema = json.loads((ROOT / "schemas" / "config" / "config.schema.json").read_text("utf-8"))
    value = _tomllib().loads(setting)
    assert not jsonschema.Draft202012Validator(schema).is_valid(value), setting


def test_the_schema_states_every_bound_the_check_applies() -> None:
    schema = json.loads((ROOT / "schemas" / "config" / "config.schema.json").read_text("utf-8"))
    rules = schema["properties"]["rules"]["properties"]
    bounded = 0
    for rule in RULES:
        for name, kind in option_types(rule).items():
            _, meta = unwrap(kind)
            if meta is None:
                continue
            bounded += 1
            stated = rules[rule.name]["properties"][name]
            assert stated.get("minimum") == meta.ge and stated.get("maximum") == meta.le, name
    assert bounded >= 9


def test_values_within_bounds_are_taken(run_cli: RunCli, tmp_path: Path) -> None:
    (tmp_path / "smartbrev.toml").write_text(
        "[rules.misspelled-label]\nmin-similarity = 1\n", encoding="utf-8"
    )
    draft = tmp_path / "draft.md"
    draft.write_text(DRAFT, encoding="utf-8")
    result = run_cli("lint", "--output-format", "concise", str(draft))
    assert result.exit_code in (0, 1)
    assert "misspelled-label" not in result.output  # only an exact match is close enough


def test_deeply_nested_toml_is_refused(run_cli: RunCli, tmp_path: Path) -> None:
    (tmp_path / "smartbrev.toml").write_text(
        "select = " + "[" * 5_000 + "]" * 5_000 + "\n", encoding="utf-8"
    )
    draft = tmp_path / "draft.md"
    draft.write_text(DRAFT, encoding="utf-8")
    result = run_cli("lint", str(draft))
    assert result.exit_code == 2
    assert "smartbrev.toml: invalid TOML: nested too deeply" in result.output
    assert "Traceback" not in result.output


def test_long_extend_chain_is_refused(run_cli: RunCli, tmp_path: Path) -> None:
    for number in range(1_100):
        (tmp_path / f"c{number}.toml").write_text(
            f'extend = "c{number + 1}.toml"\n' if number < 1_099 else "select = ['ALL']\n",
            encoding="utf-8",
        )
    draft = tmp_path / "draft.md"
    draft.write_text(DRAFT, encoding="utf-8")
    result = run_cli("lint", "--config", str(tmp_path / "c0.toml"), str(draft))
    assert result.exit_code == 2
    assert f"`extend` chains more than {MAX_EXTENDS} files" in result.output
    assert "Traceback" not in result.output


def test_a_short_extend_chain_is_followed(run_cli: RunCli, tmp_path: Path) -> None:
    for number in range(MAX_EXTENDS - 1):
        (tmp_path / f"c{number}.toml").write_text(f'extend = "c{number + 1}.toml"\n', "utf-8")
    (tmp_path / f"c{MAX_EXTENDS - 1}.toml").write_text(
        "[rules.lede-too-long]\nmax-words = 3\n", encoding="utf-8"
    )
    draft = tmp_path / "draft.md"
    draft.write_text(DRAFT, encoding="utf-8")
    result = run_cli("lint", "--config", str(tmp_path / "c0.toml"), str(draft))
    assert "lede-too-long" in result.output and "(limit 3)" in result.output
