"""Lede longer than the configured limit.

## What it does
Counts the words of the lede and reports one longer than `max-words`. A list written
before the first label, which a reader keeps in the lede, is not counted:
`misplaced-content` reports it.

## Why is this bad?
The lede is the one sentence every reader reads. Smart Brevity keeps it short enough to
take in at a glance; detail belongs under "Why it matters" and the blocks below it.

## Example
```markdown
The city council voted 7-2 on Tuesday night to approve a $1.2 billion budget that keeps
property taxes flat for a third year while raising spending on parks, libraries and road
repairs after a four-hour public hearing at City Hall.
```

## Use instead
```markdown
The city council approved a budget Tuesday that keeps property taxes flat for a third
year.
```

## Fix safety
No fix: shortening a lede needs editorial judgement.

## Options
"""

from __future__ import annotations

from collections.abc import Iterator

import msgspec

from smartbrev.diagnostics import Severity
from smartbrev.lint.context import Context
from smartbrev.lint.options import Positive
from smartbrev.lint.prose import word_count
from smartbrev.lint.rule import Finding, Rule


class Options(msgspec.Struct, frozen=True):
    max_words: Positive = 35
    """Most words in the lede."""


def check(ctx: Context, options: Options) -> Iterator[Finding]:
    count = sum(word_count(ctx.doc.lede[start:end]) for start, end in ctx.lede_own)
    if count > options.max_words:
        yield Finding(
            f"lede is {count} words (limit {options.max_words})",
            "/lede",
            help="keep the lede to the news itself; move detail under “Why it matters”",
        )


RULE = Rule(
    code="SB202",
    name="lede-too-long",
    severity=Severity.WARNING,
    check=check,
    doc=__doc__,
    options=Options,
)
