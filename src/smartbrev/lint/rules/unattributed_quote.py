"""A quotation nobody is said to have said.

## What it does
Reports a paragraph or bullet (outside a speaker's block) that contains a quotation of
`min-words` or more words but no attribution: no verb of saying ("said", "told",
"added", "according to", ...) and no speaker. Quotations under a speaker are
attributed by the speaker.

## Why is this bad?
An unattributed quote cannot be checked and reads as the newsroom's own opinion.

## Example
```markdown
**Driving the news:** “We will not raise taxes this year.”
```

## Use instead
```markdown
**Driving the news:** “We will not raise taxes this year,” Mayor Ana Ortiz said.
```

## Fix safety
No fix: only the reporter knows who said it.

## Options
- `min-words` (int, default 4): shorter quotations (a quoted term, a nickname) are not
  checked.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import msgspec

from smartbrev.diagnostics import Severity
from smartbrev.lint.context import Context
from smartbrev.lint.prose import mask_markup, word_count
from smartbrev.lint.rule import Finding, Rule

_QUOTATION = re.compile(r"“[^”]*”|\"[^\"\n]*\"|«[^»]*»")
_OPENINGS = ("“", '"', "«")
"""Every quotation opens with one of these."""
_ATTRIBUTION = re.compile(
    r"\b(?:say|says|said|saying|tell|tells|told|add|adds|added|stress|stresses|stressed|"
    r"note|notes|noted|explain|explains|explained|argue|argues|argued|ask|asks|asked|"
    r"write|writes|wrote|warn|warns|warned|insist|insists|insisted|recall|recalls|recalled|"
    r"declare|declares|declared|announce|announces|announced|acknowledge|acknowledged|"
    r"concede|conceded|emphasi[sz]e|emphasi[sz]ed|state|states|stated|reply|replied|"
    r"remark|remarked|confirm|confirms|confirmed|according\s+to|quoted|tweeted|posted)\b",
    re.IGNORECASE,
)


class Options(msgspec.Struct, frozen=True):
    min_words: int = 4


def check(ctx: Context, options: Options) -> Iterator[Finding]:
    for text in ctx.body:
        if text.kind.startswith("speaker-") or not any(m in text.text for m in _OPENINGS):
            continue
        masked = mask_markup(text.text)
        quotes = [
            m for m in _QUOTATION.finditer(masked) if word_count(m.group()) >= options.min_words
        ]
        if not quotes:
            continue
        outside = _QUOTATION.sub(" ", masked)
        if _ATTRIBUTION.search(outside) or re.search(r"[—–-]\s*\w", masked[quotes[-1].end() :]):
            continue
        first = quotes[0]
        yield Finding(
            "quotation without attribution",
            text.pointer,
            first.start(),
            first.end(),
            help="say who said it (“…,” Ana Ortiz said), or move it under a speaker",
        )


RULE = Rule(
    code="SB401",
    name="unattributed-quote",
    severity=Severity.WARNING,
    check=check,
    doc=__doc__,
    options=Options,
)
