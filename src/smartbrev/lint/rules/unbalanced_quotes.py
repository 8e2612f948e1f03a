"""Quotation marks that do not pair up.

## What it does
Reports a text whose opening and closing quotation marks do not match: more “ than ”,
more « than », or an odd number of straight double quotes. Code spans and link targets
are not counted.

## Why is this bad?
A missing closing quote makes it impossible to tell where the speaker's words end and
the reporter's begin, which can put words in someone's mouth.

## Example
```markdown
“We will not raise taxes, Mayor Ana Ortiz said.
```

## Use instead
```markdown
“We will not raise taxes,” Mayor Ana Ortiz said.
```

## Fix safety
No fix: where the quotation ends is for the reporter to say.

## Options
None.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from smartbrev.diagnostics import Severity
from smartbrev.lint.context import Context
from smartbrev.lint.prose import mask_markup
from smartbrev.lint.rule import Finding, Rule

_PAIRS = (("“", "”"), ("«", "»"))
_STRAIGHT = re.compile('"')


def _unmatched(text: str, opening: str, closing: str) -> int | None:
    if text.count(opening) == text.count(closing):
        return None  # paired (a closing mark before its opening is too rare to scan for)
    depth = 0
    last_open = None
    for index, char in enumerate(text):
        if char == opening:
            depth += 1
            last_open = index
        elif char == closing:
            if depth == 0:
                return index
            depth -= 1
    return last_open if depth else None


def check(ctx: Context, options: None) -> Iterator[Finding]:
    for text in ctx.texts:
        masked = mask_markup(text.text)
        for opening, closing in _PAIRS:
            where = _unmatched(masked, opening, closing)
            if where is not None:
                yield Finding(
                    f"unbalanced quotation marks: {masked.count(opening)} “{opening}” "
                    f"but {masked.count(closing)} “{closing}”",
                    text.pointer,
                    where,
                    where + 1,
                    help="close the quotation where the speaker's words end",
                )
                break
        else:
            straight = [m.start() for m in _STRAIGHT.finditer(masked)] if '"' in masked else []
            if len(straight) % 2:
                yield Finding(
                    f"unbalanced quotation marks: {len(straight)} straight double quotes",
                    text.pointer,
                    straight[-1],
                    straight[-1] + 1,
                    help="close the quotation where the speaker's words end",
                )


RULE = Rule(
    code="SB402", name="unbalanced-quotes", severity=Severity.ERROR, check=check, doc=__doc__
)
