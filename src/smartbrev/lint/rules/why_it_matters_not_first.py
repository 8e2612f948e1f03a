""" "Why it matters" is not the first block after the lede.

## What it does
Reports a "Why it matters" block that comes after other blocks, unless only the blocks
named in `allowed-before` come first. By default those are the labels that carry the
news itself, which real copy puts right under the lede: "Driving the news", "What's
happening", "Situational awareness", "The latest" and a newsletter's "1 big thing".

## Why is this bad?
Readers decide in seconds whether to keep reading. The reason the news matters belongs
right under the lede, not after the context or the quotes.

## Example
```markdown
The council approved the budget on Tuesday.

**The big picture:** Cities across the state face deficits.

**Why it matters:** Property taxes stay flat.
```

## Use instead
```markdown
The council approved the budget on Tuesday.

**Why it matters:** Property taxes stay flat.

**The big picture:** Cities across the state face deficits.
```

## Fix safety
No fix: moving blocks changes the story's flow; an editor decides.

## Options
"""

from __future__ import annotations

from collections.abc import Iterator

import msgspec

from smartbrev.diagnostics import Severity
from smartbrev.lint.context import Context
from smartbrev.lint.rule import Finding, Rule


class Options(msgspec.Struct, frozen=True):
    allowed_before: tuple[str, ...] = (
        "driving-the-news",
        "whats-happening",
        "situational-awareness",
        "latest",
        "one-big-thing",
    )
    """Blocks (axiom ids) that may come before "Why it matters"."""


def check(ctx: Context, options: Options) -> Iterator[Finding]:
    axioms = ctx.axioms
    for index, block in enumerate(ctx.doc.blocks):
        if axioms[index] == "why-it-matters":
            before = [
                b
                for b, axiom in zip(ctx.doc.blocks[:index], axioms, strict=False)
                if axiom not in options.allowed_before
            ]
            if before:
                yield Finding(
                    f"“{block.label}” comes after “{before[0].label}”",
                    f"/blocks/{index}/label",
                    help="move “Why it matters” up, right under the lede",
                )
            return


RULE = Rule(
    code="SB103",
    name="why-it-matters-not-first",
    severity=Severity.WARNING,
    check=check,
    doc=__doc__,
    options=Options,
)
