"""Paragraph longer than the configured limit.

## What it does
Counts the words of each paragraph in the blocks (speakers' paragraphs included) and
reports one longer than `max-words`. The lede has its own rule, `lede-too-long`.

## Why is this bad?
Long paragraphs are where readers stop. Smart Brevity breaks text into short paragraphs
and bullets a reader can scan.

## Example
A block paragraph of 90 words that explains the budget line by line.

## Use instead
Split it into two short paragraphs, or a short paragraph and a list of bullets.

## Fix safety
No fix: where to break a paragraph is an editorial choice.

## Options
- `max-words` (int, default 60)
"""

from __future__ import annotations

from collections.abc import Iterator

import msgspec

from smartbrev.diagnostics import Severity
from smartbrev.lint.context import Context
from smartbrev.lint.prose import word_count
from smartbrev.lint.rule import Finding, Rule


class Options(msgspec.Struct, frozen=True):
    max_words: int = 60


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
