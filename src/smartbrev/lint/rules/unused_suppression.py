"""A suppression comment that suppresses nothing.

## What it does
Reports a `smartbrev-disable...` comment whose rules found nothing to suppress where it
applies.

## Why is this bad?
Stale suppressions hide nothing today but will hide a real problem tomorrow, and they
tell readers of the source that something is wrong where nothing is.

## Example
```markdown
<!-- smartbrev-disable-next-line lede-too-long -- long on purpose -->
The council approved the budget.
```

## Use instead
Remove the comment.

## Fix safety
No fix: the comment may be meant for a rule that is switched off here but on elsewhere.

## Options
None. The suppression engine reports this rule: it is not run on the briefing.
"""

from __future__ import annotations

from collections.abc import Iterator

from smartbrev.diagnostics import Severity
from smartbrev.lint.context import Context
from smartbrev.lint.rule import Finding, Rule


def check(ctx: Context, options: None) -> Iterator[Finding]:
    """Reported by the suppression engine, which knows which comments were used."""
    return iter(())


RULE = Rule(
    code="SB901", name="unused-suppression", severity=Severity.WARNING, check=check, doc=__doc__
)
