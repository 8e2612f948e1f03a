"""Running one rule over a draft, as the per-rule tests do."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from smartbrev.diagnostics import Diagnostic
from smartbrev.lint.config import Loaded, resolve
from smartbrev.lint.engine import lint_source
from smartbrev.readers.source import parse_text

HEAD = "# Council passes budget\n\n"
TAIL = "\n\nBy Ana Ortiz\n"


def briefing(body: str, *, lede: str = "The council passed the budget.") -> str:
    """A well-formed draft around `body` (blocks), with headline, lede and byline."""
    return f"{HEAD}{lede}\n\n{body}{TAIL}"


def pasted(lede: str) -> str:
    """Plain text pasted from a page, one paragraph a line, with a list between the lede
    and the first label: a reader keeps the list in the lede (and notes it misplaced)."""
    return (
        "Harlow passes a $2.1 billion budget after a 12-hour meeting\n"
        f"{lede}\n"
        "- It adds 45 police officers and 30 firefighters, the first increase since 2019.\n"
        "- It closes a $64 million gap mostly by leaving 310 vacant jobs unfilled.\n"
        "- Property tax rates stay the same for the third year in a row.\n"
        "Why it matters: The city could not pay for both faster 911 calls and more staff.\n"
        "By Tamsin Achebe\n"
    )


def run(
    text: str,
    rule: str,
    *,
    fmt: str = "markdown",
    config: dict[str, Any] | None = None,
    schema_errors: bool = False,
) -> list[Diagnostic]:
    """The diagnostics one rule (and nothing else) reports on a text (which must pass the
    schema, unless `schema_errors` says it is meant not to)."""
    source = parse_text(text, fmt, f"draft.{fmt}")
    table = {"select": [rule], **(config or {})}
    settings = resolve(Path(f"draft.{fmt}"), Loaded(None, ()), (("test", table),))
    outcome = lint_source(source, settings)
    if not schema_errors:
        assert not [d for d in outcome.diagnostics if d.code.startswith("SB0")], outcome.diagnostics
    return [d for d in outcome.diagnostics if d.name == rule or d.code == rule]


def positions(text: str, rule: str, **kwargs: Any) -> list[tuple[int, int]]:
    """(line, column) of each finding of one rule."""
    return [(d.span.line, d.span.column) if d.span else (0, 0) for d in run(text, rule, **kwargs)]
