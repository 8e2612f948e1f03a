"""A label that is a near miss of a known one.

## What it does
Reports a label the registry does not know but that is close to one it does ("Why it
maters", "Driving teh news"), and suggests the known label. A label garbled by a wrong
encoding ("Whatâ€™s next") is `mojibake`'s to report and fix.

## Why is this bad?
A misspelt label is a typo readers notice, and it breaks everything that relies on the
label: the schema's axiom, the HTML section, search and syndication.

## Example
```markdown
**Why it maters:** Taxes stay flat.

**Driving teh news:** The council voted Tuesday.
```

## Use instead
```markdown
**Why it matters:** Taxes stay flat.

**Driving the news:** The council voted Tuesday.
```

## Fix safety
Safe when the difference is a slip of the keys that cannot make another phrase: two
letters swapped ("teh"), or, in a word of four letters or more, one letter added,
dropped or changed ("maters"), or a space missing or doubled. The label is replaced by
the house form of the label it resembles; the text under it is untouched.

Unsafe when a whole word differs ("Zoom on" for "Zoom in", "What's new" for "What's
next", "What we are watching" for "What we're hearing"): the writer may mean another
phrase, so the replacement waits for `--unsafe-fixes` and an editor's eye. A label
that differs from a known one only by a numeral ("1 big thing") is not a misspelling:
numerals stay numerals.

## Options
- `min-similarity` (float, default 0.8): how close (0 to 1) a label must be to a known
  one to count as a misspelling.
"""

from __future__ import annotations

from collections.abc import Iterator

import msgspec

from smartbrev.axioms import CUSTOM, label_key
from smartbrev.diagnostics import Severity
from smartbrev.lint.context import Context
from smartbrev.lint.labels import DEFAULT_SIMILARITY, garbled, nearest, safety
from smartbrev.lint.options import Share
from smartbrev.lint.rule import Finding, Fix, FixSafety, Rule


class Options(msgspec.Struct, frozen=True):
    min_similarity: Share = DEFAULT_SIMILARITY


def check(ctx: Context, options: Options) -> Iterator[Finding]:
    for index, block in enumerate(ctx.doc.blocks):
        if block.axiom != CUSTOM or label_key(block.label) in ctx.labels or garbled(block.label):
            continue
        found = nearest(block.label, ctx.labels, options.min_similarity)
        if found is None:
            continue
        key, house = found
        how = safety(label_key(block.label), key)
        if how is None:
            continue
        pointer = f"/blocks/{index}/label"
        yield Finding(
            f"unknown label “{block.label}”; did you mean “{house}”?",
            pointer,
            help=f"write the label as “{house}”"
            + ("" if how is FixSafety.SAFE else ", if that is what you mean"),
            fix=Fix(pointer, 0, len(block.label), house, how, f"Replace with “{house}”"),
        )


RULE = Rule(
    code="SB301",
    name="misspelled-label",
    severity=Severity.WARNING,
    check=check,
    doc=__doc__,
    options=Options,
    fix=FixSafety.SAFE,
)
