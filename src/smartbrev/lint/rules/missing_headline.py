"""Briefing without a headline.

## What it does
Reports a briefing with no headline.

## Why is this bad?
The headline is what readers see in feeds, newsletters and search results; a briefing
without one is published under whatever the platform makes up.

## Example
```markdown whole
The council approved the budget on Tuesday.

**Why it matters:** Taxes stay flat.

By Ana Ortiz
```

## Use instead
```markdown whole
# Council passes a flat budget

The council approved the budget on Tuesday.

**Why it matters:** Taxes stay flat.

By Ana Ortiz
```

## Fix safety
No fix: a headline needs an editor.

## Options
None.
"""

from __future__ import annotations

from collections.abc import Iterator

from smartbrev.diagnostics import Severity
from smartbrev.lint.context import Context
from smartbrev.lint.rule import Finding, Rule


def check(ctx: Context, options: None) -> Iterator[Finding]:
    if not ctx.doc.headline:
        yield Finding(
            "the briefing has no headline",
            "",
            help="add a headline of at most ten words above the lede",
        )


RULE = Rule(
    code="SB108",
    name="missing-headline",
    severity=Severity.WARNING,
    check=check,
    doc=__doc__,
    items=False,
)
