"""Rules the suppression engine reports: declared as such, worded in their own modules."""

from __future__ import annotations

import importlib

import pytest

from smartbrev.diagnostics import Severity
from smartbrev.lint.registry import RULES
from smartbrev.lint.rule import Rule
from tests.conftest import RunCli

ENGINE_REPORTED = {r.code: r for r in RULES if r.engine_reported}


def test_the_suppression_rules_are_the_engine_reported_ones() -> None:
    assert sorted(ENGINE_REPORTED) == ["SB901", "SB902"]
    for rule in RULES:
        assert (rule.check is None) == rule.engine_reported, rule.code


@pytest.mark.parametrize("rule", ENGINE_REPORTED.values(), ids=lambda r: r.code)
def test_each_words_its_own_findings(rule: Rule) -> None:
    module = importlib.import_module(f"smartbrev.lint.rules.{rule.name.replace('-', '_')}")
    assert module.RULE is rule
    assert callable(module.message) and module.HELP


def test_a_rule_has_a_check_or_is_engine_reported_never_both() -> None:
    with pytest.raises(ValueError, match="SB990"):
        Rule(code="SB990", name="nothing", severity=Severity.INFO, doc="Nothing.")


def test_the_engine_reports_them_with_their_words(run_cli: RunCli, tmp_path) -> None:  # type: ignore[no-untyped-def]
    draft = tmp_path / "d.md"
    draft.write_text(
        "# Council passes budget\n\nThe council passed the budget.\n\n"
        "<!-- smartbrev-disable-next-line lede-to-long, jargon -->\n"
        "**Why it matters:** Rates stay flat.\n\nBy Ana Ortiz\n"
    )
    result = run_cli("lint", "--isolated", "--output-format", "concise", str(draft))
    assert "error[SB902] unknown-rule-in-suppression: unknown rule `lede-to-long`" in result.stdout
    assert "did you mean `lede-too-long`?" in result.stdout
    assert "warning[SB901] unused-suppression: suppression of jargon is not used" in result.stdout
