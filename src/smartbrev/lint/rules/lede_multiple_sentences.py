"""Lede of more than one sentence.

## What it does
Reports a lede that has more than one sentence (abbreviations such as "Dec." and
initials do not end a sentence). A list written before the first label, which a reader
keeps in the lede, is not part of its sentences: `misplaced-content` reports it.

## Why is this bad?
A Smart Brevity lede is one sentence: the news. A second sentence is either context,
which belongs in a block, or a second piece of news, which deserves its own briefing.

## Example
```markdown
The council approved the budget Tuesday. It keeps taxes flat for a third year.
```

## Use instead
```markdown
The council approved a budget Tuesday that keeps taxes flat for a third year.
```

## Fix safety
No fix: joining or cutting sentences needs an editor.

## Options
None.
"""

from __future__ import annotations

from collections.abc import Iterator

from smartbrev.diagnostics import Severity
from smartbrev.lint.context import Context
from smartbrev.lint.prose import sentences
from smartbrev.lint.rule import Finding, Rule


def check(ctx: Context, options: None) -> Iterator[Finding]:
    own = ctx.lede_own
    found = [
        (start, end)
        for start, end in sentences(ctx.doc.lede)
        if any(first <= start < last for first, last in own)
    ]
    if len(found) > 1:
        start, end = found[1][0], found[-1][1]
        yield Finding(
            f"lede has {len(found)} sentences",
            "/lede",
            start,
            end,
            help="keep the first sentence as the lede; move the rest into a block",
        )


RULE = Rule(
    code="SB203",
    name="lede-multiple-sentences",
    severity=Severity.WARNING,
    check=check,
    doc=__doc__,
)
