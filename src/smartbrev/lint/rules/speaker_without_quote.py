"""A speaker block with no quotation in it.

## What it does
Reports a speaker (under "What they're saying") whose paragraphs and bullets contain no
quotation marks at all.

## Why is this bad?
"What they're saying" promises people's own words. A block of paraphrase under a
speaker's name reads as a quote the speaker never gave.

## Example
```markdown
**What they're saying:**

- **Ana Ortiz**, mayor: The budget is balanced.
```

## Use instead
```markdown
**What they're saying:**

- **Ana Ortiz**, mayor: “The budget is balanced.”
```

## Fix safety
No fix: smartbrev cannot tell paraphrase from a quote with its marks missing.

## Options
None.
"""

from __future__ import annotations

from collections.abc import Iterator

from smartbrev.diagnostics import Severity
from smartbrev.lint.context import Context
from smartbrev.lint.encoding import repaired, suspicious
from smartbrev.lint.rule import Finding, Rule
from smartbrev.model import Paragraph, Speaker

_MARKS = ("“", "”", '"', "«", "»", "„")


def check(ctx: Context, options: None) -> Iterator[Finding]:
    for number, block in enumerate(ctx.doc.blocks):
        for index, item in enumerate(block.content or ()):
            if not isinstance(item, Speaker):
                continue
            said = " ".join(
                text
                for part in item.content
                for text in ((part.text,) if isinstance(part, Paragraph) else part.items)
            )
            if suspicious(said):
                said = repaired(said)  # a garbled quotation mark is still one: `mojibake`
            if not any(mark in said for mark in _MARKS):
                yield Finding(
                    f"“{item.name}” is quoted without quotation marks",
                    f"/blocks/{number}/content/{index}/name",
                    help="quote the speaker's own words, or move the paraphrase out of the block",
                )


RULE = Rule(
    code="SB404",
    name="speaker-without-quote",
    severity=Severity.WARNING,
    check=check,
    doc=__doc__,
)
