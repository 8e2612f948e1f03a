"""Hedge words that soften what the briefing says.

## What it does
Reports hedges such as "somewhat", "arguably", "perhaps", "seems to" in the writer's own
words. Quotations, code, links and URLs are not checked: a source may hedge.

A listed word is not reported inside a phrase where it does not hedge: "rather than"
and "would rather" compare or prefer, and after a determiner "kind of" and "sort of"
name a type ("a new kind of loan", "what sort of deal"), so an editor would not cut
them. Quantities ("at least 40 people") and "quite a few" are not on the list: they
state a number, not a doubt.

## Why is this bad?
Smart Brevity is confident and direct. A hedge either weakens a fact the reporting
supports, or hides that the reporting is not there yet.

## Example
```markdown
The vote could arguably delay the project somewhat.
```

## Use instead
```markdown
The vote delays the project by a month.
```

## Fix safety
No fix: removing a hedge can change what is claimed.

## Options
- `words` (list of strings): the hedges to look for (replaces the default list).
- `extend-words` (list of strings, default `[]`): hedges added to the list.
- `exceptions` (list of strings): phrases in which a listed word is not reported
  (replaces the default list: "rather than", "would rather", "a kind of", "the sort
  of", ...).
"""

from __future__ import annotations

from smartbrev.diagnostics import Severity
from smartbrev.lint.rules._word_list import word_list_options, word_list_rule

DEFAULT = (
    "arguably",
    "perhaps",
    "possibly",
    "presumably",
    "seemingly",
    "somewhat",
    "sort of",
    "kind of",
    "more or less",
    "to some extent",
    "it seems",
    "seems to",
    "appears to",
    "in a sense",
    "relatively",
    "fairly",
    "rather",
    "quite possibly",
)
_TYPE_OF = (
    *("a", "the", "this", "that", "what", "which", "any", "every", "one", "no"),
    *("new", "same", "other", "different", "right", "wrong", "similar", "rare", "certain"),
)
"""Words after which "kind of" and "sort of" name a type of thing."""
EXCEPTIONS = (
    "rather than",
    "would rather",
    *(
        f"{who}{mark}d rather"
        for who in ("i", "we", "you", "they", "he", "she", "who", "it")
        for mark in "'’"
    ),
    *(f"{d} {noun} of" for d in _TYPE_OF for noun in ("kind", "sort")),
    "treated fairly",
    "fairly elected",
)

Options = word_list_options(DEFAULT, EXCEPTIONS, __name__)

RULE = word_list_rule(
    code="SB501",
    name="hedge-words",
    severity=Severity.INFO,
    doc=__doc__,
    options=Options,
    message="hedge “{word}”",
    help_text="say it plainly, or say what is not yet known",
)
