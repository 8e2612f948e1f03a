"""A label neither the registry nor the configuration knows.

## What it does
Reports a custom label that is not a near miss of a known label (those are
`misspelled-label`, as its `min-similarity` option decides) and is not one of the
newsroom's own labels in the configuration. A label garbled by a wrong encoding is
`mojibake`'s to report.

Not enabled by default: real copy uses labels of its own on purpose (a desk's "Our
take", a company newsletter's "What's changing for you"), which smartbrev cannot know
until the configuration names them. A desk that keeps to a closed list of
labels declares its own under `labels` and selects the rule (`extend-select =
["unknown-label"]`, or `select = ["ALL"]`).

## Why is this bad?
Made-up labels dilute the format: readers stop recognising what each block promises.
A label a desk uses on purpose belongs in the configuration, where everyone can see it.

## Example
```markdown
**Our take:** The budget is a quiet win.
```

## Use instead
Use a registry label:
```markdown
**Between the lines:** The budget is a quiet win.
```
or declare the label in the configuration:
```toml
[tool.smartbrev.labels.our-take]
label = "Our take"
```
```markdown
**Our take:** The budget is a quiet win.
```

## Fix safety
No fix: choosing a label is editorial.

## Options
None (the newsroom's labels are configured under `labels`).
"""

from __future__ import annotations

from collections.abc import Iterator

from smartbrev.axioms import CUSTOM, label_key
from smartbrev.diagnostics import Severity
from smartbrev.lint.context import Context
from smartbrev.lint.labels import garbled, nearest
from smartbrev.lint.rule import Finding, Rule
from smartbrev.lint.rules.misspelled_label import RULE as MISSPELLED
from smartbrev.lint.rules.misspelled_label import Options


def check(ctx: Context, options: None) -> Iterator[Finding]:
    misspelled = ctx.options.get(MISSPELLED.code)
    cutoff = (misspelled if isinstance(misspelled, Options) else Options()).min_similarity
    for index, block in enumerate(ctx.doc.blocks):
        if block.axiom != CUSTOM or label_key(block.label) in ctx.labels or garbled(block.label):
            continue
        if nearest(block.label, ctx.labels, cutoff) is None:
            yield Finding(
                f"“{block.label}” is not a Smart Brevity label",
                f"/blocks/{index}/label",
                help="use a known label, or add this one to the configuration's `labels`",
            )


RULE = Rule(
    code="SB303",
    name="unknown-label",
    severity=Severity.INFO,
    check=check,
    doc=__doc__,
    default=False,
)
