"""Every rule's documented Example fires the rule, and its Use instead does not.

A ```markdown block is the part of a briefing that matters; it is completed with a
headline, a lede, a "Why it matters" block and a byline where it has none (its first
paragraph, when unlabelled, is the lede). A ```markdown whole block is a complete draft,
linted as written. A ```toml block in the same section is the configuration both run
under.
"""

from __future__ import annotations

import re
import sys
from typing import Any

import pytest

from smartbrev.lint.registry import RULES
from smartbrev.lint.rule import Rule
from tests.lint.helpers import run

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

_SECTION = re.compile(r"^## (.+?)\n(.*?)(?=^## |\Z)", re.DOTALL | re.MULTILINE)
_FENCE = re.compile(r"^```(\w+)([^\n]*)\n(.*?)^```", re.DOTALL | re.MULTILINE)


def _section(rule: Rule, title: str) -> str:
    return {m.group(1): m.group(2) for m in _SECTION.finditer(rule.doc)}[title]


def _complete(fragment: str) -> str:
    paragraphs = [p for p in fragment.strip().split("\n\n") if p.strip()]
    headline = "# Council passes budget"
    if paragraphs and paragraphs[0].startswith("# "):
        headline = paragraphs.pop(0)
    lede = "The council passed the budget on Tuesday."
    if paragraphs and not re.match(r"\*\*|<!--|- |[^\n]*:\*\*", paragraphs[0]):
        lede = paragraphs.pop(0)
    blocks = paragraphs
    if not re.search(r"why it matters", fragment, re.IGNORECASE):
        blocks = ["**Why it matters:** Property taxes stay flat.", *blocks]
    byline = [] if re.search(r"^By ", fragment, re.MULTILINE) else ["By Ana Ortiz"]
    return "\n\n".join([headline, lede, *blocks, *byline]) + "\n"


def drafts(rule: Rule, title: str) -> tuple[list[str], dict[str, Any]]:
    """The drafts a section shows, completed, and the configuration it shows them under."""
    found: list[str] = []
    config: dict[str, Any] = {}
    for match in _FENCE.finditer(_section(rule, title)):
        kind, extra, body = match.groups()
        if kind == "toml":
            config = tomllib.loads(body)["tool"]["smartbrev"]
        elif kind == "markdown":
            found.append(body if extra.strip() == "whole" else _complete(body))
    return found, config


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.name)
def test_the_example_fires_the_rule(rule: Rule) -> None:
    examples, config = drafts(rule, "Example")
    assert examples, f"{rule.name}: the Example section shows no Markdown draft"
    for text in examples:
        assert run(text, rule.name, config=config, schema_errors=True), text


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.name)
def test_use_instead_does_not_fire_the_rule(rule: Rule) -> None:
    fixed, config = drafts(rule, "Use instead")
    assert fixed, f"{rule.name}: the Use instead section shows no Markdown draft"
    for text in fixed:
        assert run(text, rule.name, config=config, schema_errors=True) == [], text
