"""Sentence longer than the configured limit.

## What it does
Reports each sentence of the lede and the blocks that has more than `max-words` words.

## Why is this bad?
Every clause added to a sentence is one more thing to hold in mind. Short sentences are
the core of Smart Brevity.

## Example
```markdown
The board, which met for four hours on Tuesday after a public hearing that drew more
than 200 residents, many of them parents of students who ride the buses, voted 5-2 to
keep fares at today's prices.
```

## Use instead
```markdown
The board voted 5-2 on Tuesday to keep fares at today's prices. More than 200
residents, many of them parents of students who ride the buses, came to the hearing.
```

## Fix safety
No fix: splitting a sentence needs an editor.

## Options
"""

from __future__ import annotations

from collections.abc import Iterator

import msgspec

from smartbrev.diagnostics import Severity
from smartbrev.lint.context import Context
from smartbrev.lint.options import Positive
from smartbrev.lint.prose import sentence_lengths, sentences, word_count
from smartbrev.lint.rule import Finding, Rule


class Options(msgspec.Struct, frozen=True):
    max_words: Positive = 30
    """Most words in one sentence."""


def check(ctx: Context, options: Options) -> Iterator[Finding]:
    for text in ctx.body:
        if word_count(text.text) <= options.max_words:
            continue  # no sentence is longer than the whole text: no need to split it
        for (start, end), count in zip(
            sentences(text.text), sentence_lengths(text.text), strict=True
        ):
            if count > options.max_words:
                yield Finding(
                    f"sentence is {count} words (limit {options.max_words})",
                    text.pointer,
                    start,
                    end,
                    help="split it in two",
                )


RULE = Rule(
    code="SB206",
    name="sentence-too-long",
    severity=Severity.INFO,
    check=check,
    doc=__doc__,
    options=Options,
)
