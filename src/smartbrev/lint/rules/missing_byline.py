"""Briefing without a byline.

## What it does
Reports a briefing with no byline.

## Why is this bad?
Readers trust reporting they can attribute. A byline also tells editors and syndication
partners whom to credit and whom to ask.

## Example
```markdown whole
# Council passes budget

The council approved the budget on Tuesday.

**Why it matters:** Taxes stay flat.
```

## Use instead
```markdown whole
# Council passes budget

The council approved the budget on Tuesday.

**Why it matters:** Taxes stay flat.

By Ana Ortiz
```

## Fix safety
No fix: smartbrev cannot know who wrote the story.

## Options
None.
"""

from __future__ import annotations

from collections.abc import Iterator

from smartbrev.diagnostics import Severity
from smartbrev.lint.context import Context
from smartbrev.lint.rule import Finding, Rule


def check(ctx: Context, options: None) -> Iterator[Finding]:
    if ctx.doc.byline is None:
        yield Finding(
            "the briefing has no byline",
            "",
            help="end the briefing with a line such as “By Ana Ortiz and Dev Patel”",
        )


RULE = Rule(
    code="SB107",
    name="missing-byline",
    severity=Severity.WARNING,
    check=check,
    doc=__doc__,
    items=False,
)
