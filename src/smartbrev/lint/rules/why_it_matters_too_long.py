""" "Why it matters" block longer than the configured number of sentences.

## What it does
Counts the sentences of each "Why it matters" block (paragraphs and bullets together)
and reports a block with more than `max-sentences`.

## Why is this bad?
"Why it matters" is the argument for reading on. Two sentences make it; more turn it
into the story itself.

## Example
```markdown
**Why it matters:** Taxes stay flat. Parks get more money. Libraries keep their hours.
Road repairs start in spring.
```

## Use instead
```markdown
**Why it matters:** Taxes stay flat for a third year while parks and libraries get more.
```

## Fix safety
No fix: condensing an argument needs an editor.

## Options
"""

from __future__ import annotations

from collections.abc import Iterator

import msgspec

from smartbrev.diagnostics import Severity
from smartbrev.lint.context import Context
from smartbrev.lint.options import Positive
from smartbrev.lint.prose import sentence_count
from smartbrev.lint.rule import Finding, Rule


class Options(msgspec.Struct, frozen=True):
    max_sentences: Positive = 2
    """Most sentences in "Why it matters"."""


def check(ctx: Context, options: Options) -> Iterator[Finding]:
    for index, block in enumerate(ctx.doc.blocks):
        if block.axiom != "why-it-matters":
            continue
        total = sum(sentence_count(t.text) for t in ctx.body if t.block is block)
        if total > options.max_sentences:
            yield Finding(
                f"“{block.label}” has {total} sentences (limit {options.max_sentences})",
                f"/blocks/{index}/label",
                help="say why the news matters in one or two sentences",
            )


RULE = Rule(
    code="SB204",
    name="why-it-matters-too-long",
    severity=Severity.WARNING,
    check=check,
    doc=__doc__,
    options=Options,
)
