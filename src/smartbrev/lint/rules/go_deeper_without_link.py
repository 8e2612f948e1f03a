"""A "Go deeper" entry without a link.

## What it does
Reports an entry under "Go deeper" that has a title but no URL.

## Why is this bad?
"Go deeper" promises somewhere to go. A bare title sends the reader searching, and
syndicated copies lose the reference altogether.

## Example
```markdown
**Go deeper:** Iranian, Russian foreign ministers meet in Moscow
```

## Use instead
```markdown
**Go deeper:** [Iranian, Russian foreign ministers meet in Moscow](https://example.org/story)
```

## Fix safety
No fix: smartbrev cannot know the address.

## Options
None.
"""

from __future__ import annotations

from collections.abc import Iterator

from smartbrev.diagnostics import Severity
from smartbrev.lint.context import Context
from smartbrev.lint.rule import Finding, Rule


def check(ctx: Context, options: None) -> Iterator[Finding]:
    for number, block in enumerate(ctx.doc.blocks):
        for index, link in enumerate(block.links or ()):
            if not link.url:
                yield Finding(
                    f"“{link.title}” has no link",
                    f"/blocks/{number}/links/{index}/title",
                    help="add the story's URL",
                )


RULE = Rule(
    code="SB601",
    name="go-deeper-without-link",
    severity=Severity.WARNING,
    check=check,
    doc=__doc__,
)
