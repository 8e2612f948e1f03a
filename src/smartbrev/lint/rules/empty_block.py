"""A label with nothing under it.

## What it does
Reports a block that has a label but no content, and a "Go deeper" block with no links.

## Why is this bad?
An empty block is a leftover from a template or a cut: the reader sees a label that
promises something and delivers nothing.

## Example
```markdown
**Why it matters:**

**What's next:** The council votes Dec. 9.
```

## Use instead
```markdown
**Why it matters:** Property taxes stay flat.

**What's next:** The council votes Dec. 9.
```

## Fix safety
No fix: whether to fill the block or delete it is an editor's call.

## Options
None.
"""

from __future__ import annotations

from collections.abc import Iterator

from smartbrev.diagnostics import Severity
from smartbrev.lint.context import Context
from smartbrev.lint.rule import Finding, Rule


def check(ctx: Context, options: None) -> Iterator[Finding]:
    for index, block in enumerate(ctx.doc.blocks):
        if block.axiom == "go-deeper" and not block.links:
            yield Finding(
                f"“{block.label}” has no links",
                f"/blocks/{index}/label",
                help="add the stories to read next, or remove the block",
            )
        elif not block.content and not block.links:
            yield Finding(
                f"“{block.label}” has nothing under it",
                f"/blocks/{index}/label",
                help="write the block or remove the label",
            )


RULE = Rule(code="SB104", name="empty-block", severity=Severity.ERROR, check=check, doc=__doc__)
