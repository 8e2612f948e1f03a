"""A newsletter item with no headline.

## What it does
Reports each item of a newsletter edition that has no headline: an item whose first
line reads as the start of its story, not as a title. (In an edition this rule speaks
for its items in place of `missing-headline`.)

## Why is this bad?
Readers scan a newsletter by its item titles and decide what to read from them. An item
without one runs into the item before it.

## Example
```markdown whole
Axios Lakeport

By Ana Ortiz · Mar 25, 2025

1 big thing: Ferry fares hold

The ferry board kept fares at $3 for a fourth year on Monday.

**Why it matters:** Fares were due to rise to $3.50.

---

2. The library will open on Sundays from January, the board decided on Tuesday, after
   a campaign by parents.

**Why it matters:** Sunday is the only free day for many working parents.
```

## Use instead
```markdown whole
Axios Lakeport

By Ana Ortiz · Mar 25, 2025

1 big thing: Ferry fares hold

The ferry board kept fares at $3 for a fourth year on Monday.

**Why it matters:** Fares were due to rise to $3.50.

---

2. Libraries open on Sundays

The library will open on Sundays from January, the board decided on Tuesday.

**Why it matters:** Sunday is the only free day for many working parents.
```

## Fix safety
No fix: a headline needs an editor.

## Options
None.
"""

from __future__ import annotations

from collections.abc import Iterator

from smartbrev.diagnostics import Severity
from smartbrev.lint.context import Context
from smartbrev.lint.rule import Finding, Rule


def check(ctx: Context, options: None) -> Iterator[Finding]:
    assert ctx.edition is not None
    for index, item in enumerate(ctx.edition.items):
        if not item.headline:
            yield Finding(
                f"item {index + 1} of the edition has no headline",
                f"/items/{index}",
                help="give the item a title of at most ten words on a line of its own",
            )


RULE = Rule(
    code="SB110",
    name="item-without-headline",
    severity=Severity.WARNING,
    check=check,
    doc=__doc__,
    edition=True,
)
