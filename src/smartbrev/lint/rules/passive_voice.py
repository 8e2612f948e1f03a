"""Sentences in the passive voice (a heuristic).

## What it does
Looks for a form of "to be" followed, perhaps after one adverb, by a past participle:
a word ending in "-ed" or a common irregular participle ("was approved", "is being
held", "were quickly taken"). Quotations, code and links are not checked.

This is a heuristic: it also matches some adjectives ("is tired", "was excited") and
misses passives without "to be" ("got approved"). It reports at `info` level for that
reason.

## Why is this bad?
The passive hides who acted. "The budget was approved" leaves out the council; Smart
Brevity names the actor and puts them first.

## Example
```markdown
The budget was approved on Tuesday.
```

## Use instead
```markdown
The council approved the budget on Tuesday.
```

## Fix safety
No fix: rewriting needs to know who acted.

## Options
- `ignore` (list of strings, default `[]`): participles never to report, e.g. `["based"]`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import msgspec

from smartbrev.diagnostics import Severity
from smartbrev.lint.context import Context
from smartbrev.lint.prose import mask_prose, prose_runs
from smartbrev.lint.rule import Finding, Rule

_IRREGULAR = [
    "been",
    "born",
    "brought",
    "built",
    "bought",
    "caught",
    "chosen",
    "done",
    "drawn",
    "driven",
    "eaten",
    "fallen",
    "felt",
    "forgotten",
    "found",
    "given",
    "gone",
    "grown",
    "held",
    "hidden",
    "hit",
    "hung",
    "hurt",
    "kept",
    "known",
    "laid",
    "led",
    "left",
    "lent",
    "let",
    "lost",
    "made",
    "meant",
    "met",
    "paid",
    "put",
    "read",
    "ridden",
    "run",
    "said",
    "seen",
    "sent",
    "set",
    "shaken",
    "shot",
    "shown",
    "shut",
    "sold",
    "sought",
    "spent",
    "split",
    "spoken",
    "spread",
    "stolen",
    "struck",
    "sung",
    "sunk",
    "taken",
    "taught",
    "thrown",
    "told",
    "torn",
    "understood",
    "won",
    "worn",
    "written",
]
_PASSIVE = re.compile(
    r"\b(?:am|is|are|was|were|be|been|being)\s+(?:(?:not|\w+ly)\s+)?"
    rf"(\w+ed|{'|'.join(_IRREGULAR)})\b",
    re.IGNORECASE,
)
_NOT_PARTICIPLES = frozenset({"need", "red", "bed", "seed", "feed", "speed", "hundred", "indeed"})
_BE = frozenset({"am", "is", "are", "was", "were", "be", "been", "being"})


class Options(msgspec.Struct, frozen=True):
    ignore: tuple[str, ...] = ()


def check(ctx: Context, options: Options) -> Iterator[Finding]:
    ignored = _NOT_PARTICIPLES | {w.lower() for w in options.ignore}
    for text in ctx.texts:
        # The pattern starts with a form of "to be": a text without one (by the word runs
        # other rules share; exact for ASCII, where case folding is one letter to one)
        # is passed over without a scan.
        if text.text.isascii() and _BE.isdisjoint(prose_runs(text.text)):
            continue
        for match in _PASSIVE.finditer(mask_prose(text.text)):
            if match.group(1).lower() in ignored:
                continue
            yield Finding(
                f"passive voice “{text.text[match.start() : match.end()]}”",
                text.pointer,
                match.start(),
                match.end(),
                help="name who acted and make them the subject",
            )


RULE = Rule(
    code="SB503",
    name="passive-voice",
    severity=Severity.INFO,
    check=check,
    doc=__doc__,
    options=Options,
)
