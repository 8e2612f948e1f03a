"""docs/security.md names the tests that hold each guarantee: every one must exist."""

from __future__ import annotations

import ast
import re

from tests.conftest import ROOT

NAMED = re.compile(r"`(tests/[\w/]+\.py)::(\w+)`")


def test_every_test_the_security_page_names_exists() -> None:
    page = (ROOT / "docs" / "security.md").read_text(encoding="utf-8")
    named = NAMED.findall(page)
    assert len(named) > 40
    missing = []
    for path, function in named:
        module = ROOT / path
        tree = ast.parse(module.read_text(encoding="utf-8")) if module.is_file() else None
        defined = (
            {n.name for n in ast.walk(tree) if isinstance(n, ast.FunctionDef)} if tree else set()
        )
        if function not in defined:
            missing.append(f"{path}::{function}")
    assert missing == []
