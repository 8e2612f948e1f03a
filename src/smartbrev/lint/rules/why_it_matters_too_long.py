""" "Why it matters" block longer than the configured number of sentences.

## What it does
Counts the sentences of each "Why it matters" block's argument and reports one with more
than `max-sentences`. The argument is the text under the label up to its first list
(or that list, when the block opens with one): the bullets newsletters set out under the
argument, and what follows them, are the supporting facts, not the argument.

## Why is this bad?
"Why it matters" is the argument for reading on. Two sentences make it; more turn it
into the story itself.

## Example
```markdown
**Why it matters:** Taxes stay flat. Parks get more money. Libraries keep their hours.
Road repairs start in spring.

- The levy raises $11 million a year.
```

## Use instead
```markdown
**Why it matters:** Taxes stay flat for a third year while parks and libraries get more.

- The levy raises $11 million a year.
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
from smartbrev.model import Block, Bullets, Paragraph


class Options(msgspec.Struct, frozen=True):
    max_sentences: Positive = 2
    """Most sentences in "Why it matters"."""


def _argument(block: Block) -> Iterator[str]:
    """The texts of a block's argument: its paragraphs up to the first list, or that list
    when the block opens with one."""
    said = False
    for item in block.content or ():
        if isinstance(item, Paragraph):
            said = True
            yield item.text
        elif isinstance(item, Bullets) and not said:
            yield from item.items
            return
        else:
            return


def check(ctx: Context, options: Options) -> Iterator[Finding]:
    for index, block in enumerate(ctx.doc.blocks):
        if block.axiom != "why-it-matters":
            continue
        total = sum(sentence_count(text) for text in _argument(block))
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
