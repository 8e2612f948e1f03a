"""docs/configuration.md: its generated list is the code's, and each TOML example is a
configuration smartbrev accepts."""

from __future__ import annotations

import re
import sys
from pathlib import Path

from smartbrev.lint.config import check_table
from smartbrev.selection import defaults_markdown

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

PAGE = Path(__file__).parents[1] / "docs" / "configuration.md"


def test_the_default_patterns_are_the_codes() -> None:
    page = PAGE.read_text(encoding="utf-8")
    generated = re.search(
        r"<!-- generated: smartbrev.selection.defaults_markdown -->\n(.*?)<!-- end generated -->",
        page,
        re.DOTALL,
    )
    assert generated is not None
    assert generated.group(1) == defaults_markdown(), (
        "docs/configuration.md is stale: paste smartbrev.selection.defaults_markdown()"
    )


def test_every_toml_example_is_accepted() -> None:
    blocks = re.findall(r"```toml\n(.*?)```", PAGE.read_text(encoding="utf-8"), re.DOTALL)
    assert len(blocks) >= 2
    for block in blocks:
        table = tomllib.loads(block)["tool"]["smartbrev"]
        check_table(table, "docs/configuration.md")
