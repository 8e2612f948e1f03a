"""A "Go deeper" entry without a link.

## What it does
Reports an entry under "Go deeper" that has a title but no URL. An entry that says the
material is to be had offline ("The full study is available from the clerk on request")
is a note with no address to add, and is not reported.

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

import re
from collections.abc import Iterator

from smartbrev.diagnostics import Severity
from smartbrev.lint.context import Context
from smartbrev.lint.rule import Finding, Rule
from smartbrev.patterns import Lazy

_OFFLINE = Lazy(r"\b(?:is|are) available\b|\b(?:on|upon|by) request\b", re.IGNORECASE)
"""What a note says when the material it points to has no address."""


def check(ctx: Context, options: None) -> Iterator[Finding]:
    for number, block in enumerate(ctx.doc.blocks):
        for index, link in enumerate(block.links or ()):
            if not link.url and not _OFFLINE.search(link.title):
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
