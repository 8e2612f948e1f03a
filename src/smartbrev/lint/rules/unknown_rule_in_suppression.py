"""A suppression comment naming a rule that does not exist.

## What it does
Reports a `smartbrev-disable...` comment that names a code or rule name smartbrev does
not know, with the closest known name.

## Why is this bad?
A typo in a suppression suppresses nothing while looking as if it does.

## Example
```markdown
<!-- smartbrev-disable-next-line lede-to-long -->
```

## Use instead
```markdown
<!-- smartbrev-disable-next-line lede-too-long -->
```

## Fix safety
No fix: a guess at the intended rule could silence the wrong one.

## Options
None. The suppression engine reports this rule: it is not run on the briefing.
"""

from __future__ import annotations

from collections.abc import Iterator

from smartbrev.diagnostics import Severity
from smartbrev.lint.context import Context
from smartbrev.lint.rule import Finding, Rule


def check(ctx: Context, options: None) -> Iterator[Finding]:
    """Reported by the suppression engine, which reads the comments."""
    return iter(())


RULE = Rule(
    code="SB902",
    name="unknown-rule-in-suppression",
    severity=Severity.ERROR,
    check=check,
    doc=__doc__,
)
