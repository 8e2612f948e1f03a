"""Hedge words that soften what the briefing says.

## What it does
Reports hedges such as "somewhat", "arguably", "perhaps", "seems to" in the writer's own
words. Quotations, code, links and URLs are not checked: a source may hedge.

## Why is this bad?
Smart Brevity is confident and direct. A hedge either weakens a fact the reporting
supports, or hides that the reporting is not there yet.

## Example
```markdown
The vote could arguably delay the project somewhat.
```

## Use instead
```markdown
The vote delays the project by a month.
```

## Fix safety
No fix: removing a hedge can change what is claimed.

## Options
- `words` (list of strings): the hedges to look for (replaces the default list).
- `extend-words` (list of strings, default `[]`): hedges added to the list.
"""

from __future__ import annotations

from collections.abc import Iterator

import msgspec

from smartbrev.diagnostics import Severity
from smartbrev.lint.context import Context
from smartbrev.lint.rule import Finding, Rule
from smartbrev.lint.rules._terms import term_findings

DEFAULT = (
    "arguably",
    "perhaps",
    "possibly",
    "presumably",
    "seemingly",
    "somewhat",
    "sort of",
    "kind of",
    "more or less",
    "to some extent",
    "it seems",
    "seems to",
    "appears to",
    "in a sense",
    "relatively",
    "fairly",
    "rather",
    "quite possibly",
)


class Options(msgspec.Struct, frozen=True):
    words: tuple[str, ...] = DEFAULT
    extend_words: tuple[str, ...] = ()


def check(ctx: Context, options: Options) -> Iterator[Finding]:
    terms = frozenset(w.lower() for w in (*options.words, *options.extend_words))
    yield from term_findings(
        ctx, terms, "hedge “{word}”", "say it plainly, or say what is not yet known"
    )


RULE = Rule(
    code="SB501",
    name="hedge-words",
    severity=Severity.INFO,
    check=check,
    doc=__doc__,
    options=Options,
)
