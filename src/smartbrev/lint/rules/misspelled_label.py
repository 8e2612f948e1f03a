"""A label that is a near miss of a known one.

## What it does
Reports a label the registry does not know but that is close to one it does ("Why it
maters", "Driving teh news"), and suggests the known label.

## Why is this bad?
A misspelt label is a typo readers notice, and it breaks everything that relies on the
label: the schema's axiom, the HTML section, search and syndication.

## Example
```markdown
**Why it maters:** Taxes stay flat.
```

## Use instead
```markdown
**Why it matters:** Taxes stay flat.
```

## Fix safety
Safe: the label is replaced by the house form of the label it resembles; the text under
it is untouched.

## Options
- `min-similarity` (float, default 0.8): how close (0 to 1) a label must be to a known
  one to count as a misspelling.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterator

import msgspec

from smartbrev.axioms import AXIOMS, CUSTOM, label_key
from smartbrev.diagnostics import Severity
from smartbrev.lint.context import Context
from smartbrev.lint.rule import Finding, Fix, FixSafety, Rule


class Options(msgspec.Struct, frozen=True):
    min_similarity: float = 0.8


def nearest(label: str, ctx: Context, cutoff: float) -> str | None:
    """The house form of the known label closest to `label`, if close enough."""
    candidates: dict[str, str] = {}
    for axiom in AXIOMS:
        for written in (axiom.label, *axiom.variants):
            candidates[label_key(written)] = axiom.label
    candidates.update(ctx.labels)
    match = difflib.get_close_matches(label_key(label), list(candidates), n=1, cutoff=cutoff)
    return candidates[match[0]] if match else None


def check(ctx: Context, options: Options) -> Iterator[Finding]:
    for index, block in enumerate(ctx.doc.blocks):
        if block.axiom != CUSTOM or label_key(block.label) in ctx.labels:
            continue
        house = nearest(block.label, ctx, options.min_similarity)
        if house is not None:
            pointer = f"/blocks/{index}/label"
            yield Finding(
                f"unknown label “{block.label}”; did you mean “{house}”?",
                pointer,
                help=f"write the label as “{house}”",
                fix=Fix(
                    pointer, 0, len(block.label), house, FixSafety.SAFE, f"Replace with “{house}”"
                ),
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
