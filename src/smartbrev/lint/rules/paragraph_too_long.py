"""Paragraph longer than the configured limit.

## What it does
Counts the words of each paragraph in the blocks (speakers' paragraphs included) and
reports one longer than `max-words`. The lede has its own rule, `lede-too-long`.

## Why is this bad?
Long paragraphs are where readers stop. Smart Brevity breaks text into short paragraphs
and bullets a reader can scan.

## Example
```markdown
**Driving the news:** The budget adds $4 million for parks, most of it for the three
pools that closed last summer, and $2.5 million for libraries, which will open on
Sundays again from January. Road repairs get $1 million less than last year, and the
city will put off repaving Pike Street until 2028. The police budget stays flat for a
second year, and the fire department gets money for two new engines and eight more
firefighters.
```

## Use instead
Split it into a short paragraph and a list of bullets:
```markdown
**Driving the news:** Parks and libraries gain; roads lose.

- Parks: $4 million more, mostly to reopen three pools.
- Libraries: $2.5 million more, to open on Sundays again.
- Roads: $1 million less; Pike Street waits until 2028.
- Fire: two new engines and eight more firefighters.
```

## Fix safety
No fix: where to break a paragraph is an editorial choice.

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
    max_words: Positive = 60
    """Most words in one paragraph."""


def check(ctx: Context, options: Options) -> Iterator[Finding]:
    for text in ctx.body:
        if text.kind.endswith("paragraph"):
            count = word_count(text.text)
            if count > options.max_words:
                yield Finding(
                    f"paragraph is {count} words (limit {options.max_words})",
                    text.pointer,
                    help="split it, or turn the details into bullets",
                )


RULE = Rule(
    code="SB205",
    name="paragraph-too-long",
    severity=Severity.WARNING,
    check=check,
    doc=__doc__,
    options=Options,
)
