"""Briefing without a lede.

## What it does
Reports a briefing whose opening, unlabelled paragraph is missing: the draft starts
straight with a label such as "Why it matters:". A briefing without a lede also breaks
the schema (`missing-field`), which `lint` reports as `validate` does whatever rules
are selected; this rule adds the editor's advice, and the rest of the briefing is
still linted.

## Why is this bad?
The lede is the news. Smart Brevity puts it first, in one sentence, before any label;
without it the reader has to work out what happened from the blocks.

## Example
```markdown whole
# Transit fares frozen through 2027

**Why it matters:** Fares were set to rise 8% in January.

By Ana Ortiz
```

## Use instead
```markdown whole
# Transit fares frozen through 2027

The transit board froze bus and tram fares through 2027 on Tuesday.

**Why it matters:** Fares were set to rise 8% in January.

By Ana Ortiz
```

## Fix safety
No fix: only an editor can write the lede.

## Options
None.
"""

from __future__ import annotations

from collections.abc import Iterator

from smartbrev.diagnostics import Severity
from smartbrev.lint.context import Context
from smartbrev.lint.rule import Finding, Rule


def check(ctx: Context, options: None) -> Iterator[Finding]:
    if not ctx.doc.lede.strip():
        yield Finding(
            "the briefing has no lede",
            "",
            help="open with one unlabelled sentence that tells the news, before the first label",
        )


RULE = Rule(code="SB101", name="missing-lede", severity=Severity.ERROR, check=check, doc=__doc__)
