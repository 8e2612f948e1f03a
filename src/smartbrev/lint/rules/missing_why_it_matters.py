"""Briefing without a "Why it matters" block.

## What it does
Reports a briefing that has no block labelled "Why it matters" (in any spelling the label
registry recognises). A "Why it matters" with a typo in its label ("Why it maters") is
there: that is for `misspelled-label` to report.

In a newsletter edition, each item is a briefing, but not every item is a story: a
newsletter tells its short items in a paragraph or two, without labels ("Ports race to
plug in", then two sentences). An item of fewer than `edition-item-min-words` words
(counted as `smartbrev stats` counts them) is not required to carry "Why it matters";
the lead item and every longer item still are. A briefing on its own always is.

## Why is this bad?
"Why it matters" is the one block every Smart Brevity briefing carries: it tells the
reader why the news deserves their time. Without it the briefing is a plain news brief.

## Example
```markdown whole
# Council passes budget

The council approved the budget on Tuesday.

**Driving the news:** The vote was 7-2.

By Ana Ortiz
```

## Use instead
```markdown whole
# Council passes budget

The council approved the budget on Tuesday.

**Why it matters:** Property taxes stay flat for a third year.

**Driving the news:** The vote was 7-2.

By Ana Ortiz
```

## Fix safety
No fix: the block needs an editor's words.

## Options
"""

from __future__ import annotations

from collections.abc import Iterator

import msgspec

from smartbrev.diagnostics import Severity
from smartbrev.lint.context import Context
from smartbrev.lint.prose import editor_count
from smartbrev.lint.rule import Finding, Rule
from smartbrev.stats import briefing_stats


class Options(msgspec.Struct, frozen=True):
    edition_item_min_words: int = 80
    """The fewest words an item of a newsletter edition has for "Why it matters" to be
    required (0: required in every item)."""


def _short_item(ctx: Context, options: Options) -> bool:
    """A newsletter's short item, told without labels by design."""
    if ctx.edition is None or ctx.doc is ctx.edition.items[0]:
        return False
    return briefing_stats(ctx.doc, editor_count).total < options.edition_item_min_words


def check(ctx: Context, options: Options) -> Iterator[Finding]:
    if "why-it-matters" not in ctx.axioms and not _short_item(ctx, options):
        yield Finding(
            "the briefing has no “Why it matters” block",
            "/lede",
            help="add a “Why it matters:” block right after the lede",
        )


RULE = Rule(
    code="SB102",
    name="missing-why-it-matters",
    severity=Severity.ERROR,
    check=check,
    doc=__doc__,
    options=Options,
)
