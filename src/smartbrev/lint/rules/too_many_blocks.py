"""More labelled blocks than a briefing should carry.

## What it does
Reports a briefing with more than `max-blocks` labelled blocks.

## Why is this bad?
Each block is a stop for the reader's eye. Past a handful, a briefing stops being brief:
split it, or cut the blocks that add least.

## Example
```markdown
**Why it matters:** Taxes stay flat for a third year.

**Driving the news:** The vote was 7-2.

**The big picture:** Cities across the state face deficits.

**Zoom in:** Parks get $4 million more.

**Zoom out:** Two neighbouring towns raised taxes.

**Between the lines:** The mayor faces re-election in May.

**Yes, but:** Road repairs wait another year.

**What's next:** The county votes Dec. 9.

**Go deeper:** [The full budget](https://example.org/budget)
```

## Use instead
Keep the blocks that carry the story; move the rest to a follow-up:
```markdown
**Why it matters:** Taxes stay flat for a third year.

**Driving the news:** The vote was 7-2.

**Yes, but:** Road repairs wait another year.

**What's next:** The county votes Dec. 9.

**Go deeper:** [The full budget](https://example.org/budget)
```

## Fix safety
No fix: what to cut is an editorial choice.

## Options
"""

from __future__ import annotations

from collections.abc import Iterator

import msgspec

from smartbrev.diagnostics import Severity
from smartbrev.lint.context import Context
from smartbrev.lint.options import Positive
from smartbrev.lint.rule import Finding, Rule


class Options(msgspec.Struct, frozen=True):
    max_blocks: Positive = 7
    """Most labelled blocks in a briefing."""


def check(ctx: Context, options: Options) -> Iterator[Finding]:
    count = len(ctx.doc.blocks)
    if count > options.max_blocks:
        yield Finding(
            f"the briefing has {count} blocks (limit {options.max_blocks})",
            f"/blocks/{options.max_blocks}/label",
            help="cut or merge the blocks that add least",
        )


RULE = Rule(
    code="SB109",
    name="too-many-blocks",
    severity=Severity.INFO,
    check=check,
    doc=__doc__,
    options=Options,
)
