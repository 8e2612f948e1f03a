"""The same item twice in one newsletter edition.

## What it does
Reports an item of a newsletter edition whose headline, or whose lede, is the same as an
earlier item's (case, spacing and punctuation aside).

## Why is this bad?
An item pasted twice, or a story run again under a new title, costs the reader a
paragraph of attention for nothing and makes the newsletter look unedited.

## Example
```markdown whole
Axios Lakeport

By Ana Ortiz · Mar 25, 2025

1 big thing: Ferry fares hold

The ferry board kept fares at $3 for a fourth year on Monday.

---

Fares stay put

The ferry board kept fares at $3 for a fourth year on Monday.
```

## Use instead
```markdown whole
Axios Lakeport

By Ana Ortiz · Mar 25, 2025

1 big thing: Ferry fares hold

The ferry board kept fares at $3 for a fourth year on Monday.

---

Libraries open on Sundays

All 14 branches will open on Sundays from January.
```

## Fix safety
No fix: which copy to keep is an editor's call.

## Options
None.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from smartbrev.diagnostics import Severity
from smartbrev.lint.context import Context
from smartbrev.lint.rule import Finding, Rule

_NOT_WORD = re.compile(r"[\W_]+")


def _key(text: str | None) -> str:
    return _NOT_WORD.sub(" ", text or "").strip().casefold()


def check(ctx: Context, options: None) -> Iterator[Finding]:
    assert ctx.edition is not None
    headlines: dict[str, int] = {}
    ledes: dict[str, int] = {}
    for index, item in enumerate(ctx.edition.items):
        for field, key, seen in (
            ("headline", _key(item.headline), headlines),
            ("lede", _key(item.lede), ledes),
        ):
            if not key:
                continue
            if key in seen:
                yield Finding(
                    f"item {index + 1} has the same {field} as item {seen[key] + 1}",
                    f"/items/{index}/{field}",
                    help="delete the repeated item, or rewrite it if it adds news",
                )
                break
            seen[key] = index


RULE = Rule(
    code="SB111",
    name="duplicate-item",
    severity=Severity.WARNING,
    check=check,
    doc=__doc__,
    edition=True,
)
