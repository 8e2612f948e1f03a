"""Briefing longer than the Smart Brevity count allows.

## What it does
Counts every word a reader meets (headline, lede, labels, blocks and byline, as
`smartbrev stats` does) and reports a briefing over `max-words`.

## Why is this bad?
A briefing is meant to be read in a couple of minutes. Past that, readers skim and
miss what matters.

## Example
A briefing over the limit; shown here with a limit of 60 words:
```toml
[tool.smartbrev.rules.briefing-too-long]
max-words = 60
```
```markdown whole
# Libraries open on Sundays again

All 14 branches of the county library will open on Sundays from January, the board
decided on Tuesday.

**Why it matters:** Sunday is the only free day for many working parents, and school
libraries are closed on weekends.

**Driving the news:** The board voted 6-1 to spend $2.5 million a year on 31 new staff.

By Ana Ortiz
```

## Use instead
Cut to the blocks that carry the story, or split it into a briefing and a feature:
```toml
[tool.smartbrev.rules.briefing-too-long]
max-words = 60
```
```markdown whole
# Libraries open on Sundays again

All 14 county library branches will open on Sundays from January.

**Why it matters:** Sunday is the only free day for many working parents.

By Ana Ortiz
```

## Fix safety
No fix: cutting a story is editorial work.

## Options
"""

from __future__ import annotations

from collections.abc import Iterator

import msgspec

from smartbrev.diagnostics import Severity
from smartbrev.lint.context import Context
from smartbrev.lint.options import Positive
from smartbrev.lint.prose import editor_count
from smartbrev.lint.rule import Finding, Rule
from smartbrev.stats import briefing_stats


class Options(msgspec.Struct, frozen=True):
    max_words: Positive = 500
    """Most words in the whole briefing, from headline to byline."""


def check(ctx: Context, options: Options) -> Iterator[Finding]:
    total = briefing_stats(ctx.doc, editor_count).total
    if total > options.max_words:
        yield Finding(
            f"briefing is {total} words (limit {options.max_words})",
            "",
            help="cut the blocks that add least, or split the story",
        )


RULE = Rule(
    code="SB208",
    name="briefing-too-long",
    severity=Severity.INFO,
    check=check,
    doc=__doc__,
    options=Options,
)
