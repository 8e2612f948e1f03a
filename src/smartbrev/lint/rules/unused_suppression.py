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
Remove the comment:
```markdown
The council approved the budget.
```

## Fix safety
No fix: the comment may be meant for a rule that is switched off here but on elsewhere.

## Options
None. The suppression engine reports this rule: it is not run on the briefing.
"""

from __future__ import annotations

from collections.abc import Sequence

from smartbrev.diagnostics import Severity
from smartbrev.lint.rule import Rule

HELP = "remove the comment, or the rules it no longer needs to silence"


def message(unused: Sequence[str]) -> str:
    """What the engine says of a comment whose selectors (or "any rule") silenced nothing."""
    return f"suppression of {', '.join(unused)} is not used"


RULE = Rule(
    code="SB901",
    name="unused-suppression",
    severity=Severity.WARNING,
    doc=__doc__,
    engine_reported=True,
)
