"""Quotation marks that do not pair up.

## What it does
Reports a text whose opening and closing quotation marks do not match: more “ than ”,
more « than », or an odd number of straight double quotes. Code spans and link targets
are not counted. A quotation left open at the end of a paragraph whose next paragraph
opens with a quotation mark is not reported: that is how copy writes a quote that runs
over several paragraphs.

## Why is this bad?
A missing closing quote makes it impossible to tell where the speaker's words end and
the reporter's begin, which can put words in someone's mouth.

## Example
```markdown
“We will not raise taxes, Mayor Ana Ortiz said.
```

## Use instead
```markdown
“We will not raise taxes,” Mayor Ana Ortiz said.
```

## Fix safety
No fix: where the quotation ends is for the reporter to say.

## Options
None.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from smartbrev.diagnostics import Severity
from smartbrev.lint.context import Context, Text
from smartbrev.lint.prose import mask_markup
from smartbrev.lint.rule import Finding, Rule

_PAIRS = (("“", "”"), ("«", "»"))
_OPENINGS = ("“", '"', "«")
_STRAIGHT = re.compile('"')


def _unmatched(text: str, opening: str, closing: str) -> int | None:
    if text.count(opening) == text.count(closing):
        return None  # paired (a closing mark before its opening is too rare to scan for)
    depth = 0
    last_open = None
    for index, char in enumerate(text):
        if char == opening:
            depth += 1
            last_open = index
        elif char == closing:
            if depth == 0:
                return index
            depth -= 1
    return last_open if depth else None


def _runs_on(texts: tuple[Text, ...], index: int) -> bool:
    """Whether the next paragraph of the block opens with a quotation mark: a quotation
    left open then runs on into it, as newsroom copy writes a long quote."""
    if index + 1 >= len(texts) or texts[index + 1].block is not texts[index].block:
        return False
    return texts[index + 1].text.lstrip()[:1] in _OPENINGS


def check(ctx: Context, options: None) -> Iterator[Finding]:
    texts = ctx.texts
    for number, text in enumerate(texts):
        masked = mask_markup(text.text)
        for opening, closing in _PAIRS:
            where = _unmatched(masked, opening, closing)
            if where is not None:
                if masked[where] == opening and _runs_on(texts, number):
                    break
                yield Finding(
                    f"unbalanced quotation marks: {masked.count(opening)} “{opening}” "
                    f"but {masked.count(closing)} “{closing}”",
                    text.pointer,
                    where,
                    where + 1,
                    help="close the quotation where the speaker's words end",
                )
                break
        else:
            straight = [m.start() for m in _STRAIGHT.finditer(masked)] if '"' in masked else []
            if len(straight) % 2 and not _runs_on(texts, number):
                yield Finding(
                    f"unbalanced quotation marks: {len(straight)} straight double quotes",
                    text.pointer,
                    straight[-1],
                    straight[-1] + 1,
                    help="close the quotation where the speaker's words end",
                )


RULE = Rule(
    code="SB402", name="unbalanced-quotes", severity=Severity.ERROR, check=check, doc=__doc__
)
