"""`smartbrev lint`, `rule`, `init` and `config` as editors and CI jobs use them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from smartbrev.lint import engine, registry
from smartbrev.lint.rule import Rule
from tests.conftest import RunCli
from tests.lint.helpers import briefing


def test_examples_lint_clean_of_warnings(run_cli: RunCli, examples_dir: Path) -> None:
    result = run_cli("lint", "--isolated", "--output-format", "json", str(examples_dir))
    report = json.loads(result.stdout)
    assert result.exit_code == 0
    serious = [d for d in report["diagnostics"] if d["severity"] != "info"]
    assert serious == []


def test_lint_includes_schema_errors(run_cli: RunCli, tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_text('{"schema_version": "1.0", "lede": "x", "blocks": [], "ledee": 1}')
    result = run_cli("lint", "--isolated", "--output-format", "concise", str(path))
    assert result.exit_code == 1
    assert "error[SB012] unexpected-field" in result.stdout


def test_missing_lede_is_a_schema_error_and_the_linters_finding(
    run_cli: RunCli, tmp_path: Path
) -> None:
    path = tmp_path / "nolede.md"
    path.write_text("**Why it matters:** Taxes.\n")
    result = run_cli("lint", "--isolated", "--output-format", "concise", str(path))
    assert "error[SB101] missing-lede" in result.stdout
    assert "error[SB011] missing-field: missing required field `lede`" in result.stdout
    assert "warning[SB107] missing-byline" in result.stdout, "the rest is still linted"
    ignored = run_cli("lint", "--isolated", "--ignore", "missing-lede", str(path))
    assert "SB011" in ignored.stdout
    assert ignored.exit_code == 1


def test_select_and_ignore_on_the_command_line(run_cli: RunCli, tmp_path: Path) -> None:
    path = tmp_path / "d.md"
    path.write_text(briefing("**Why it matters:** A very big deal, arguably."))
    only = run_cli(
        "lint",
        "--isolated",
        "--select",
        "SB5",
        "--ignore",
        "hedge-words",
        "--output-format",
        "concise",
        str(path),
    ).stdout
    assert "SB502" in only and "SB501" not in only
    bad = run_cli("lint", "--select", "SB5,lede-to-long", str(path))
    assert bad.exit_code == 2
    assert "did you mean `lede-too-long`?" in bad.stderr


def test_inline_config_option(run_cli: RunCli, tmp_path: Path) -> None:
    path = tmp_path / "d.md"
    path.write_text(briefing("**Why it matters:** Taxes.", lede=" ".join(["word"] * 40) + "."))
    assert "SB202" in run_cli("lint", "--isolated", str(path)).stdout
    quiet = run_cli("lint", "--config", "rules.lede-too-long.max-words = 45", str(path))
    assert "SB202" not in quiet.stdout


def test_bad_configuration_exits_2(run_cli: RunCli, tmp_path: Path) -> None:
    (tmp_path / "smartbrev.toml").write_text("[rules.lede-too-long]\nmax_words = 3\n")
    path = tmp_path / "d.md"
    path.write_text(briefing("**Why it matters:** Taxes."))
    result = run_cli("lint", str(path))
    assert result.exit_code == 2
    assert "unknown option `max_words`; did you mean `max-words`?" in result.stderr
    assert "Traceback" not in result.output
    (tmp_path / "smartbrev.toml").write_text("this is not toml")
    result = run_cli("lint", str(path))
    assert result.exit_code == 2
    assert "invalid TOML" in result.stderr


def test_a_failing_rule_is_reported_and_the_rest_run(
    run_cli: RunCli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def explode(ctx: object, options: object) -> object:
        raise RuntimeError("boom")

    broken = Rule(
        code="SB109",
        name="too-many-blocks",
        severity=registry.BY_CODE["SB109"].severity,
        check=explode,
        doc=registry.BY_CODE["SB109"].doc,
    )
    monkeypatch.setattr(
        registry, "RULES", tuple(broken if r.code == "SB109" else r for r in registry.RULES)
    )
    monkeypatch.setattr(engine, "RULES", registry.RULES)
    first = tmp_path / "a.md"
    first.write_text(briefing("**Why it matters:** A very big deal."))
    second = tmp_path / "b.md"
    second.write_text(briefing("**Why it matters:** Another very big deal."))
    result = run_cli("lint", "--isolated", "--output-format", "concise", str(first), str(second))
    assert result.exit_code == 2
    assert (
        result.stdout.count(
            "error[SB999] internal-error: rule SB109 too-many-blocks failed: RuntimeError: boom"
        )
        == 2
    )
    assert result.stdout.count("SB502") == 2


def test_stdin(run_cli: RunCli) -> None:
    result = run_cli(
        "lint",
        "--isolated",
        "--stdin-filename",
        "draft.md",
        "-",
        input=briefing("**Why it matters:** A very big deal."),
    )
    assert "draft.md:5:23" in result.stdout


def test_rule_command(run_cli: RunCli) -> None:
    page = run_cli("rule", "lede-too-long").stdout
    assert page.startswith("## SB202 lede-too-long")
    assert "### Why is this bad?" in page
    assert run_cli("rule", "SB202").stdout == page
    data = json.loads(run_cli("rule", "--all", "--output-format", "json").stdout)
    assert len(data) == len(registry.RULES)
    lede = next(rule for rule in data if rule["name"] == "lede-too-long")
    assert lede["options"] == {"max-words": 35}
    missing = run_cli("rule", "lede-to-long")
    assert missing.exit_code == 2
    assert "did you mean `lede-too-long`?" in missing.stderr


@pytest.mark.parametrize(
    ("asked", "heading", "said"),
    [
        ("SB011", "## SB011 missing-field", "Reported by the schema check"),
        ("missing-field", "## SB011 missing-field", "Reported by the schema check"),
        ("sb001", "## SB001 unreadable-file", "Reported when the input is read"),
        ("SB022", "## SB022 misplaced-content", "A reader note"),
    ],
)
def test_rule_explains_input_schema_and_reader_codes(
    run_cli: RunCli, asked: str, heading: str, said: str
) -> None:
    shown = run_cli("rule", asked)
    assert shown.exit_code == 0
    assert shown.stdout.startswith(f"{heading}\n")
    words = " ".join(shown.stdout.split())
    assert said in words
    assert "`select` and `ignore` do not turn it off" in words
    (data,) = json.loads(run_cli("rule", asked, "--output-format", "json").stdout)
    assert data["code"] == heading.split()[1]
    assert data["explanation"] and data["fix"] == "none"


def test_rule_names_close_codes_for_an_unknown_one(run_cli: RunCli) -> None:
    missing = run_cli("rule", "SB0133")
    assert missing.exit_code == 2
    assert "unknown rule or code `SB0133`; did you mean `SB013`?" in missing.stderr


def test_every_code_is_explained() -> None:
    from smartbrev.diagnostics import CODES

    for code, known in CODES.items():
        assert len(known.explanation.split()) >= 12, f"{code} has no explanation"


def test_init_writes_a_config_that_loads(run_cli: RunCli, tmp_path: Path) -> None:
    target = tmp_path / "smartbrev.toml"
    assert run_cli("init", "--path", str(target)).exit_code == 0
    assert "[rules.lede-too-long]" in target.read_text()
    assert run_cli("init", "--path", str(target)).exit_code == 2
    shown = run_cli("config", str(tmp_path))
    assert shown.exit_code == 0
    assert f"configuration: {target}" in shown.stdout


def test_config_command_shows_origins(run_cli: RunCli, tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(
        "[tool.smartbrev]\nignore = ['SB5']\n[tool.smartbrev.rules.lede-too-long]\nmax-words = 40\n"
    )
    data = json.loads(run_cli("config", str(tmp_path), "--output-format", "json").stdout)
    assert data["config_file"] == str(tmp_path / "pyproject.toml")
    codes = {rule["code"] for rule in data["rules"]}
    assert "SB502" not in codes and "SB202" in codes
    lede = next(r for r in data["rules"] if r["code"] == "SB202")
    assert lede["options"] == {"max-words": 40}
    assert data["origin"]["rules.lede-too-long.max-words"] == str(tmp_path / "pyproject.toml")


def test_colour(run_cli: RunCli, tmp_path: Path) -> None:
    path = tmp_path / "d.md"
    path.write_text(briefing("**Why it matters:** A very big deal."))
    coloured = run_cli("lint", "--isolated", "--color", "always", str(path)).stdout
    assert "\x1b[1;33mwarning[SB502]\x1b[0m" in coloured
    for args in (("--color", "never"), ()):
        plain = run_cli("lint", "--isolated", *args, str(path)).stdout
        assert "\x1b[" not in plain
        assert "warning[SB502] weak-intensifiers:" in plain
    concise = run_cli("validate", "--color", "always", "--output-format", "concise", str(path))
    assert concise.exit_code == 0
