"""Newsletter edition longer than its readers give it.

## What it does
Counts every word of a newsletter edition (its greeting and every item, as `smartbrev
stats` counts a briefing) and reports an edition over `max-words`, or one that takes
longer than `max-minutes` to read at `words-per-minute`.

## Why is this bad?
A newsletter is read in the few minutes a reader has with the first coffee or on the
train. Past that, the last items go unread.

## Example
An edition over the limit; shown here with a limit of 30 words:
```toml
[tool.smartbrev.rules.edition-too-long]
max-words = 30
```
```markdown whole
Axios Lakeport

By Ana Ortiz · Mar 25, 2025

1 big thing: Ferry fares hold

The ferry board kept fares at $3 for a fourth year on Monday, after a year in which
ridership rose by a third.

---

Libraries open on Sundays

All 14 branches will open on Sundays from January, the board decided on Tuesday.
```

## Use instead
```markdown whole
Axios Lakeport

By Ana Ortiz · Mar 25, 2025

1 big thing: Ferry fares hold

The ferry board kept fares at $3.

---

Libraries open Sundays

All 14 branches open Sundays.
```

## Fix safety
No fix: what to cut is editorial work.

## Options
"""

from __future__ import annotations

from collections.abc import Iterator

import msgspec

from smartbrev.diagnostics import Severity
from smartbrev.lint.context import Context
from smartbrev.lint.prose import editor_count
from smartbrev.lint.rule import Finding, Rule
from smartbrev.stats import DEFAULT_WPM, briefing_stats


class Options(msgspec.Struct, frozen=True):
    max_words: int = 1500
    """Most words in the whole edition, greeting and items together."""
    max_minutes: float = 6.0
    """Most minutes the edition takes to read."""
    words_per_minute: int = DEFAULT_WPM
    """The reading speed the time is counted at."""


def check(ctx: Context, options: Options) -> Iterator[Finding]:
    edition = ctx.edition
    assert edition is not None
    total = editor_count(edition.intro or "")
    total += sum(briefing_stats(item, editor_count).total for item in edition.items)
    minutes = total / max(options.words_per_minute, 1)
    if total > options.max_words:
        yield Finding(
            f"edition is {total} words (limit {options.max_words})",
            "",
            help="cut or shorten the items that matter least; move one to the next edition",
        )
    elif minutes > options.max_minutes:
        yield Finding(
            f"edition takes {minutes:.1f} minutes to read (limit {options.max_minutes:g})",
            "",
            help="cut or shorten the items that matter least; move one to the next edition",
        )


RULE = Rule(
    code="SB209",
    name="edition-too-long",
    severity=Severity.INFO,
    check=check,
    doc=__doc__,
    options=Options,
    edition=True,
)
