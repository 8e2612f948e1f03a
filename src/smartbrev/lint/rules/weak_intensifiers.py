"""Intensifiers that add emphasis instead of information.

## What it does
Reports "very", "really", "extremely" and similar words in the writer's own words.
Quotations (double or single quotes), code, links and URLs are not checked: a source
who says "really" said it.

"Very" after a determiner is the adjective, not the intensifier: "the very end", "this
very moment", "the very first" stress which one, and cutting the word changes the
sense, so they are not reported ("the very large pool" is missed for the same reason;
an editor would rather miss one than argue with a right one). Names that hold a listed
word ("Super Bowl", "super PAC", "super majority") are not reported either, nor is
"really" where it asks or doubts rather than stresses: in a question ("Can the shelters
really hold 4,000 people?") and after "not" or "never" ("never really about
wrenches").

## Why is this bad?
An intensifier asks the reader to take the writer's word for it. A precise word or a
number is stronger: "very big" says less than "$1.2 billion".

## Example
```markdown
The budget is very big and extremely controversial.
```

## Use instead
```markdown
The $1.2 billion budget drew 200 objections.
```

## Fix safety
No fix: the better word depends on the facts.

## Options
- `words` (list of strings): the intensifiers to look for (replaces the default list).
- `extend-words` (list of strings, default `[]`): intensifiers added to the list.
- `exceptions` (list of strings): phrases in which a listed word is not reported
  (replaces the default list: "the very", "this very", "super bowl", ...).
"""

from __future__ import annotations

from smartbrev.diagnostics import Severity
from smartbrev.lint.prose import sentences
from smartbrev.lint.rules._word_list import word_list_options, word_list_rule

DEFAULT = (
    "very",
    "really",
    "extremely",
    "incredibly",
    "truly",
    "totally",
    "absolutely",
    "utterly",
    "literally",
    "super",
    "awfully",
    "terribly",
    "hugely",
    "remarkably",
)
_DETERMINERS = (
    "the",
    "this",
    "that",
    "these",
    "those",
    "its",
    "his",
    "her",
    "their",
    "our",
    "your",
    "my",
)
EXCEPTIONS = (
    *(f"{d} very" for d in _DETERMINERS),
    "not really",
    "never really",
    "super bowl",
    "super majority",
    "super pac",
    "super pacs",
    "super tuesday",
    "super typhoon",
    "super league",
)

Options = word_list_options(DEFAULT, EXCEPTIONS, __name__)


def _asks(text: str, start: int, end: int, term: str) -> bool:
    """ "Really" in a question asks whether, it does not stress."""
    if term != "really":
        return False
    for first, last in sentences(text):
        if first <= start < last:
            return text[:last].rstrip().rstrip("\"”’'").endswith("?")
    return False


RULE = word_list_rule(
    code="SB502",
    name="weak-intensifiers",
    severity=Severity.WARNING,
    doc=__doc__,
    options=Options,
    message="weak intensifier “{word}”",
    help_text="cut it, or replace the phrase with a fact",
    spared=_asks,
)
