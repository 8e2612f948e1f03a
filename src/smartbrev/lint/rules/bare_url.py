"""A raw URL in the text.

## What it does
Reports an address written out in prose (`https://...`) rather than as a link with
words (`[the report](https://...)`). Code spans and link targets are not checked.

## Why is this bad?
Raw URLs are long, unreadable and break lines badly on phones; the words of a link tell
the reader where it goes.

## Example
```markdown
The report is at https://example.org/reports/2026/budget-final.pdf.
```

## Use instead
```markdown
Read [the final budget report](https://example.org/reports/2026/budget-final.pdf).
```

## Fix safety
No fix: the link's words need an editor.

## Options
None.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from smartbrev.diagnostics import Severity
from smartbrev.lint.context import Context
from smartbrev.lint.prose import mask_code
from smartbrev.lint.rule import Finding, Rule
from smartbrev.patterns import Lazy

# A link's target or an autolink ends at the next `]` or `<` at the latest: a run of
# openings without a closing mark then costs time in its length, not its square.
_LINKS = re.compile(r"\]\([^)\]]*\)|<[^<>\s]+>")
_URL = Lazy(r"\b(?:https?://|www\.)[^\s<>()\[\]]+[^\s<>()\[\].,;:!?\"”’']")


def check(ctx: Context, options: None) -> Iterator[Finding]:
    for text in ctx.texts:
        if "://" not in text.text and "www." not in text.text:
            continue  # every address the pattern finds has one of these
        masked = _LINKS.sub(lambda m: " " * len(m.group()), mask_code(text.text))
        for match in _URL.finditer(masked):
            yield Finding(
                "raw URL in the text",
                text.pointer,
                match.start(),
                match.end(),
                help="link words instead: [what it is](the-url)",
            )


RULE = Rule(code="SB603", name="bare-url", severity=Severity.INFO, check=check, doc=__doc__)
