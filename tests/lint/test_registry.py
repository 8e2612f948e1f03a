"""Meta-tests: every rule registered, named, coded, documented and tested."""

from __future__ import annotations

import importlib
import pkgutil
import re
from pathlib import Path

import msgspec
import pytest

from smartbrev.diagnostics import CODES
from smartbrev.lint import rules as rules_package
from smartbrev.lint.docs import SECTIONS, body, reference
from smartbrev.lint.registry import RETIRED_CODES, RULES
from smartbrev.lint.rule import FixSafety, Rule
from tests.conftest import ROOT

FAMILIES = {
    "SB1": "structure",
    "SB2": "length",
    "SB3": "labels",
    "SB4": "quotes",
    "SB5": "wording",
    "SB6": "links",
    "SB9": "suppressions",
}
MODULES = [
    m.name for m in pkgutil.iter_modules(rules_package.__path__) if not m.name.startswith("_")
]


def test_every_rule_module_is_registered() -> None:
    # One rule per module: each module's RULE is registered, and nothing else is.
    defined = [importlib.import_module(f"smartbrev.lint.rules.{name}").RULE for name in MODULES]
    assert sorted(rule.code for rule in defined) == sorted(rule.code for rule in RULES)
    assert all(rule in RULES for rule in defined)


def test_codes_are_unique_permanent_and_by_family() -> None:
    codes = [rule.code for rule in RULES]
    assert len(set(codes)) == len(codes)
    assert not set(codes) & set(CODES), "lint codes never reuse input codes"
    assert not set(codes) & RETIRED_CODES
    for code in codes:
        assert re.fullmatch(r"SB\d{3}", code)
        assert code[:3] in FAMILIES, code


def test_names_are_kebab_case_and_unique() -> None:
    names = [name for rule in RULES for name in (rule.name, *rule.aliases)]
    assert len(set(names)) == len(names)
    for name in names:
        assert re.fullmatch(r"[a-z]+(-[a-z]+)*", name), name


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.name)
def test_docstring_has_every_section_in_order(rule: Rule) -> None:
    headings = re.findall(r"^## (.+)$", rule.doc, flags=re.MULTILINE)
    assert headings == list(SECTIONS)
    assert rule.summary and not rule.summary.startswith("#")


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.name)
def test_declared_fix_safety_matches_the_docs(rule: Rule) -> None:
    fix_section = rule.doc.split("## Fix safety")[1].split("## Options")[0].strip()
    if rule.fix is FixSafety.NONE:
        assert fix_section.startswith("No fix")
    else:
        assert fix_section.lower().startswith(rule.fix.value)


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.name)
def test_options_are_frozen_records_with_defaults_and_documented(rule: Rule) -> None:
    if rule.options is type(None):
        return
    assert issubclass(rule.options, msgspec.Struct)
    options = rule.default_options()
    with pytest.raises(AttributeError):
        setattr(options, msgspec.structs.fields(options)[0].name, None)
    documented = body(rule).split("### Options")[1]
    for field in msgspec.structs.fields(options):
        assert f"`{field.name.replace('_', '-')}`" in documented, field.name


@pytest.mark.parametrize("module", MODULES)
def test_every_rule_has_a_test_module(module: str) -> None:
    assert (Path(__file__).parent / "rules" / f"test_{module}.py").is_file()


def test_rules_reference_is_current() -> None:
    committed = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    assert committed == reference(), (
        "docs/rules.md is stale: run `smartbrev rule --all "
        "--output-format markdown > docs/rules.md`"
    )
