"""A known label written in a form other than the house form.

## What it does
Reports a label the registry recognises but that is not written in the house form:
"Why It Matters —", "WHY IT MATTERS", "What they are saying", "Big picture". Curly and
straight apostrophes count as the same. Numerals stay numerals: a label that writes a
number as a figure ("1 big thing") is never turned into words. An emoji before the label
("🔭 Zoom out") and a reading-time note after it ("Go deeper (2 min. read)") are the
newsroom's own decoration: only the label's words are compared, and a fix keeps them.
Forms the house writes on purpose ("What she's saying" for one speaker) are not
reported, nor a label garbled by a wrong encoding (`mojibake` reports that).

## Why is this bad?
Readers learn the labels; consistent labels read as one voice. Variants also make the
archive harder to search.

## Example
```markdown
**Why It Matters —** Taxes stay flat.
```

## Use instead
```markdown
**Why it matters:** Taxes stay flat.
```

## Fix safety
Safe: only the label's words change; the text under it is untouched.

## Options
"""

from __future__ import annotations

from collections.abc import Iterator

import msgspec

from smartbrev.axioms import BY_ID, CUSTOM, label_key, strip_decoration
from smartbrev.diagnostics import Severity
from smartbrev.lint.context import Context
from smartbrev.lint.labels import garbled
from smartbrev.lint.options import LabelText
from smartbrev.lint.rule import Finding, Fix, FixSafety, Rule
from smartbrev.readers.cues import reading_note


class Options(msgspec.Struct, frozen=True):
    house_forms: dict[str, LabelText] = msgspec.field(default_factory=dict)
    """The newsroom's own house form of a label, by axiom id, e.g. `{ "big-picture" = "Big
    picture" }`; labels not listed take the registry's form."""


def _same(a: str, b: str) -> bool:
    return a.replace("\u2019", "'") == b.replace("\u2019", "'")


def house_form(axiom: str, label: str, ctx: Context, options: Options) -> str | None:
    """The form a label should take, or None when the registry and the config know nothing."""
    if axiom == CUSTOM:
        return ctx.labels.get(label_key(label))
    if axiom in options.house_forms:
        return options.house_forms[axiom]
    known = BY_ID.get(axiom)
    return known.label if known else None


def _spells_out_a_numeral(label: str, house: str) -> bool:
    written, wanted = label.split(), house.split()
    return any(a.isdigit() and not b.isdigit() for a, b in zip(written, wanted, strict=False))


def _words(label: str) -> tuple[int, int]:
    """Where a label's words are, between an emoji before them and a note after them."""
    start = len(label) - len(strip_decoration(label))
    note = reading_note(label)
    end = note if note is not None else len(label)
    return start, len(label[:end].rstrip())


def _written_on_purpose(axiom: str, words: str) -> bool:
    known = BY_ID.get(axiom)
    return known is not None and any(_same(words, form) for form in known.house_too)


def check(ctx: Context, options: Options) -> Iterator[Finding]:
    for index, block in enumerate(ctx.doc.blocks):
        house = house_form(block.axiom, block.label, ctx, options)
        if house is None or garbled(block.label):
            continue
        start, end = _words(block.label)
        words = block.label[start:end]
        if _same(words, house) or _same(block.label, house):
            continue
        if _spells_out_a_numeral(words, house) or _written_on_purpose(block.axiom, words):
            continue
        pointer = f"/blocks/{index}/label"
        whole = start == 0 and end == len(block.label)
        yield Finding(
            f"label “{block.label}” is not in the house form “{house}”",
            pointer,
            None if whole else start,
            None if whole else end,
            help=f"write it as “{house}”",
            fix=Fix(pointer, start, end, house, FixSafety.SAFE, f"Replace with “{house}”"),
        )


RULE = Rule(
    code="SB302",
    name="nonstandard-label",
    severity=Severity.WARNING,
    check=check,
    doc=__doc__,
    options=Options,
    fix=FixSafety.SAFE,
)
