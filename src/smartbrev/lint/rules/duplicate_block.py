"""The same label used for two blocks.

## What it does
Reports a block whose axiom (or, for labels outside the registry, whose label) already
appeared earlier in the briefing.

## Why is this bad?
Each label is a promise of one kind of information. Two "Why it matters" blocks split the
argument and make the reader wonder which one counts.

## Example
```markdown
**Why it matters:** Taxes stay flat.

**Why it matters:** Parks get more money.
```

## Use instead
```markdown
**Why it matters:** Taxes stay flat, and parks get more money.
```

## Fix safety
No fix: merging blocks needs an editor.

## Options
None.
"""

from __future__ import annotations

from collections.abc import Iterator

from smartbrev.axioms import CUSTOM, label_key
from smartbrev.diagnostics import Severity
from smartbrev.lint.context import Context
from smartbrev.lint.rule import Finding, Rule


def check(ctx: Context, options: None) -> Iterator[Finding]:
    seen: dict[str, str] = {}
    for index, block in enumerate(ctx.doc.blocks):
        key = label_key(block.label) if block.axiom == CUSTOM else block.axiom
        if key in seen:
            yield Finding(
                f"“{block.label}” repeats the earlier “{seen[key]}” block",
                f"/blocks/{index}/label",
                help="merge the two blocks into one",
            )
        else:
            seen[key] = block.label


RULE = Rule(
    code="SB105", name="duplicate-block", severity=Severity.WARNING, check=check, doc=__doc__
)
