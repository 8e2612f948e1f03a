"""Bullet list longer than the configured limit.

## What it does
Reports a bullet list with more than `max-items` items.

## Why is this bad?
Bullets work because they are few. A long list is a wall of text with dots in front.

## Example
```markdown
**By the numbers:**

- 14 branches open on Sundays.
- 9 of them from noon to 5pm.
- 5 from 10am to 6pm.
- 31 new staff.
- $2.5 million a year.
- 40% more visits expected.
- 3 branches add study rooms.
```

## Use instead
Keep the three to five numbers that tell the story:
```markdown
**By the numbers:**

- 14 branches open on Sundays.
- 31 new staff.
- $2.5 million a year.
```

## Fix safety
No fix: choosing which bullets stay is editorial.

## Options
"""

from __future__ import annotations

from collections.abc import Iterator

import msgspec

from smartbrev.diagnostics import Severity
from smartbrev.lint.context import Context
from smartbrev.lint.options import Positive
from smartbrev.lint.rule import Finding, Rule
from smartbrev.model import Bullets, ContentItem, Speaker


class Options(msgspec.Struct, frozen=True):
    max_items: Positive = 5
    """Most items in one bullet list."""


def _lists(items: tuple[ContentItem, ...], base: str) -> Iterator[tuple[str, Bullets]]:
    for index, item in enumerate(items):
        if isinstance(item, Bullets):
            yield f"{base}/{index}", item
        elif isinstance(item, Speaker):
            yield from _lists(item.content, f"{base}/{index}/content")


def check(ctx: Context, options: Options) -> Iterator[Finding]:
    for number, block in enumerate(ctx.doc.blocks):
        for pointer, bullets in _lists(block.content or (), f"/blocks/{number}/content"):
            if len(bullets.items) > options.max_items:
                yield Finding(
                    f"list has {len(bullets.items)} bullets (limit {options.max_items})",
                    f"{pointer}/items/{options.max_items}",
                    help="keep the bullets that carry the story",
                )


RULE = Rule(
    code="SB207",
    name="too-many-bullets",
    severity=Severity.WARNING,
    check=check,
    doc=__doc__,
    options=Options,
)
