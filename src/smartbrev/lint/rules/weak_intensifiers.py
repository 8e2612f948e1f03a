"""Intensifiers that add emphasis instead of information.

## What it does
Reports "very", "really", "extremely" and similar words in the writer's own words.
Quotations, code, links and URLs are not checked.

## Why is this bad?
An intensifier asks the reader to take the writer's word for it. A precise word or a
number is stronger: "very big" says less than "$1.2 billion".

## Example
```markdown
The budget is very big and extremely controversial.
```

## Use instead
```markdown
The $1.2 billion budget drew 200 objections.
```

## Fix safety
No fix: the better word depends on the facts.

## Options
- `words` (list of strings): the intensifiers to look for (replaces the default list).
- `extend-words` (list of strings, default `[]`): intensifiers added to the list.
"""

from __future__ import annotations

from collections.abc import Iterator

import msgspec

from smartbrev.diagnostics import Severity
from smartbrev.lint.context import Context
from smartbrev.lint.rule import Finding, Rule
from smartbrev.lint.rules._terms import term_findings

DEFAULT = (
    "very",
    "really",
    "extremely",
    "incredibly",
    "truly",
    "totally",
    "absolutely",
    "utterly",
    "literally",
    "super",
    "awfully",
    "terribly",
    "hugely",
    "remarkably",
)


class Options(msgspec.Struct, frozen=True):
    words: tuple[str, ...] = DEFAULT
    extend_words: tuple[str, ...] = ()


def check(ctx: Context, options: Options) -> Iterator[Finding]:
    terms = frozenset(w.lower() for w in (*options.words, *options.extend_words))
    yield from term_findings(
        ctx, terms, "weak intensifier “{word}”", "cut it, or replace the phrase with a fact"
    )


RULE = Rule(
    code="SB502",
    name="weak-intensifiers",
    severity=Severity.WARNING,
    check=check,
    doc=__doc__,
    options=Options,
)
