"""Straight quotes and apostrophes where the house style wants curly ones.

## What it does
Reports straight double quotes (`"`) and apostrophes (`'`) in prose when the house style
is `curly`, or curly ones when it is `straight`. Code spans, link targets and URLs are
left alone.

## Why is this bad?
Typewriter quotes look unfinished in print and on the web, and mixing both styles in one
briefing looks careless.

## Example
```markdown
"We can't wait," the mayor said.
```

## Use instead
```markdown
“We can’t wait,” the mayor said.
```

## Fix safety
Safe: each quote becomes its curly (or straight) counterpart, opening or closing by its
position; no letter changes.

## Options
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Literal

import msgspec

from smartbrev.diagnostics import Severity
from smartbrev.lint.context import Context
from smartbrev.lint.prose import mask_markup
from smartbrev.lint.rule import Finding, Fix, FixSafety, Rule

_OPENS_AFTER = " \t\n([{—–-/"
_STRAIGHT = re.compile("[\"']")
_CURLY = re.compile("[“”‘’]")
_TO_STRAIGHT = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'"})


class Options(msgspec.Struct, frozen=True):
    style: Literal["curly", "straight"] = "curly"
    """The quotation marks and apostrophes the house uses."""


def curly(text: str, positions: list[int]) -> str:
    """`text` with the straight quotes at `positions` turned curly."""
    chars = list(text)
    for index in positions:
        before = text[index - 1] if index else " "
        opening = before in _OPENS_AFTER
        if text[index] == '"':
            chars[index] = "“" if opening else "”"
        else:
            chars[index] = (
                "‘" if opening and not re.match(r"\d", text[index + 1 : index + 2]) else "’"
            )
    return "".join(chars)


def check(ctx: Context, options: Options) -> Iterator[Finding]:
    wanted_curly = options.style != "straight"
    marks = ('"', "'") if wanted_curly else ("“", "”", "‘", "’")
    for text in ctx.texts:
        if not any(mark in text.text for mark in marks):
            continue
        masked = mask_markup(text.text)
        pattern = _STRAIGHT if wanted_curly else _CURLY
        positions = [m.start() for m in pattern.finditer(masked)]
        if not positions:
            continue
        start, end = positions[0], positions[-1] + 1
        if wanted_curly:
            fixed = curly(text.text, positions)[start:end]
            kind = "straight"
        else:
            fixed = text.text[start:end].translate(_TO_STRAIGHT)
            kind = "curly"
        count = len(positions)
        yield Finding(
            f"{count} {kind} quote{'s' if count > 1 else ''} or "
            f"apostrophe{'s' if count > 1 else ''}",
            text.pointer,
            start,
            end,
            help=f"use {'curly' if wanted_curly else 'straight'} quotes",
            fix=Fix(
                text.pointer,
                start,
                end,
                fixed,
                FixSafety.SAFE,
                f"Use {'curly' if wanted_curly else 'straight'} quotes",
            ),
        )


RULE = Rule(
    code="SB403",
    name="straight-quotes",
    severity=Severity.INFO,
    check=check,
    doc=__doc__,
    options=Options,
    fix=FixSafety.SAFE,
)
