"""A rule's Options section is generated from its Options struct."""

from __future__ import annotations

import msgspec
import pytest

from smartbrev.lint.docs import body, options_list
from smartbrev.lint.registry import BY_NAME, RULES
from smartbrev.lint.rule import Rule

WITH_OPTIONS = [r for r in RULES if r.options is not type(None)]
GENERATED = [r for r in WITH_OPTIONS if "\n- `" not in r.doc.split("## Options", 1)[1]]


def test_most_rules_with_options_have_them_generated() -> None:
    assert len(GENERATED) >= 10


@pytest.mark.parametrize("rule", GENERATED, ids=lambda r: r.name)
def test_every_generated_option_is_described(rule: Rule) -> None:
    listed = options_list(rule).splitlines()
    assert len(listed) == len(msgspec.structs.fields(rule.options))
    for line in listed:
        assert "): " in line, f"{line}: give the field a docstring"
    assert body(rule).endswith(options_list(rule))


def test_the_generated_line_shows_the_struct_default() -> None:
    assert options_list(BY_NAME["lede-too-long"]).startswith(
        "- `max-words` (int, 1 or more, default 35): most words in the lede."
    )
    assert "(list of strings, default `[]`)" in options_list(BY_NAME["passive-voice"])
    # A long default is left to `smartbrev config` (the rule's text names the labels).
    why = options_list(BY_NAME["why-it-matters-not-first"])
    assert "(list of strings, default built-in, shown by `smartbrev config`)" in why
    assert "`curly` or `straight`" in options_list(BY_NAME["straight-quotes"])


def test_a_rule_without_options_gets_no_list() -> None:
    assert options_list(BY_NAME["missing-lede"]) == ""
