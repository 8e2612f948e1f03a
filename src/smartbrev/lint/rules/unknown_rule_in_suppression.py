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

from smartbrev.diagnostics import Severity
from smartbrev.lint.rule import Rule

HELP = "name a rule by its code (SB201) or name (lede-too-long)"


def message(selector: str, closest: str | None) -> str:
    """What the engine says of a selector that names no rule, with the closest name."""
    hint = f"; did you mean `{closest}`?" if closest else ""
    return f"unknown rule `{selector}` in suppression comment{hint}"


RULE = Rule(
    code="SB902",
    name="unknown-rule-in-suppression",
    severity=Severity.ERROR,
    doc=__doc__,
    engine_reported=True,
)
