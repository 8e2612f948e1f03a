""" "Go deeper" is not the last block.

## What it does
Reports a "Go deeper" block that other blocks follow.

## Why is this bad?
"Go deeper" sends the reader elsewhere; anything after it is read by fewer people and
looks like an afterthought.

## Example
```markdown
**Go deeper:** [The budget](https://example.org/budget)

**What's next:** The council votes Dec. 9.
```

## Use instead
```markdown
**What's next:** The council votes Dec. 9.

**Go deeper:** [The budget](https://example.org/budget)
```

## Fix safety
No fix: reordering blocks is an editorial change.

## Options
None.
"""

from __future__ import annotations

from collections.abc import Iterator

from smartbrev.diagnostics import Severity
from smartbrev.lint.context import Context
from smartbrev.lint.rule import Finding, Rule


def check(ctx: Context, options: None) -> Iterator[Finding]:
    blocks = ctx.doc.blocks
    for index, block in enumerate(blocks[:-1]):
        if block.axiom == "go-deeper":
            yield Finding(
                f"“{block.label}” is followed by “{blocks[index + 1].label}”",
                f"/blocks/{index}/label",
                help="move “Go deeper” to the end of the briefing",
            )


RULE = Rule(
    code="SB106", name="go-deeper-not-last", severity=Severity.WARNING, check=check, doc=__doc__
)
