"""Briefing without a "Why it matters" block.

## What it does
Reports a briefing that has no block labelled "Why it matters" (in any spelling the label
registry recognises). A "Why it matters" with a typo in its label ("Why it maters") is
there: that is for `misspelled-label` to report.

## Why is this bad?
"Why it matters" is the one block every Smart Brevity briefing carries: it tells the
reader why the news deserves their time. Without it the briefing is a plain news brief.

## Example
```markdown whole
# Council passes budget

The council approved the budget on Tuesday.

**Driving the news:** The vote was 7-2.

By Ana Ortiz
```

## Use instead
```markdown whole
# Council passes budget

The council approved the budget on Tuesday.

**Why it matters:** Property taxes stay flat for a third year.

**Driving the news:** The vote was 7-2.

By Ana Ortiz
```

## Fix safety
No fix: the block needs an editor's words.

## Options
None.
"""

from __future__ import annotations

from collections.abc import Iterator

from smartbrev.diagnostics import Severity
from smartbrev.lint.context import Context
from smartbrev.lint.rule import Finding, Rule


def check(ctx: Context, options: None) -> Iterator[Finding]:
    if "why-it-matters" not in ctx.axioms:
        yield Finding(
            "the briefing has no “Why it matters” block",
            "/lede",
            help="add a “Why it matters:” block right after the lede",
        )


RULE = Rule(
    code="SB102", name="missing-why-it-matters", severity=Severity.ERROR, check=check, doc=__doc__
)
