"""Headline longer than the configured limit.

## What it does
Counts the words of the headline and reports one longer than `max-words`.

## Why is this bad?
Headlines are scanned, not read. Past ten words they wrap in feeds and newsletters and
lose the reader before the verb.

## Example
```markdown
# The city council voted on Tuesday night to approve a budget that keeps taxes flat
```

## Use instead
```markdown
# Council passes a flat-tax budget
```

## Fix safety
No fix: shortening a headline needs editorial judgement.

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
    max_words: Positive = 10
    """Most words in the headline."""


def check(ctx: Context, options: Options) -> Iterator[Finding]:
    if ctx.doc.headline:
        count = word_count(ctx.doc.headline)
        if count > options.max_words:
            yield Finding(
                f"headline is {count} words (limit {options.max_words})",
                "/headline",
                help="keep the subject and the verb; cut the rest",
            )


RULE = Rule(
    code="SB201",
    name="headline-too-long",
    severity=Severity.WARNING,
    check=check,
    doc=__doc__,
    options=Options,
)
