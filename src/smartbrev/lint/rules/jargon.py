"""Jargon where a plain word exists.

## What it does
Reports words and phrases from a configurable list ("utilize", "leverage", "going
forward", "stakeholders") in the writer's own words, suggesting the plain word where
there is one. Quotations, code, links and URLs are not checked.

## Why is this bad?
Jargon makes readers translate. Smart Brevity writes the way people talk.

## Example
```markdown
The city will utilize the funds to facilitate repairs going forward.
```

## Use instead
```markdown
The city will use the money to speed up repairs.
```

## Fix safety
Unsafe: the plain word usually fits, but not always ("leverage" in finance means debt),
so the replacement is applied only with `--unsafe-fixes`. Terms without a plain
equivalent have no fix.

## Options
"""

from __future__ import annotations

from collections.abc import Iterator

import msgspec

from smartbrev.diagnostics import Severity
from smartbrev.lint.context import Context
from smartbrev.lint.rule import Finding, Fix, FixSafety, Rule
from smartbrev.lint.rules._word_list import listed

DEFAULT = {
    "utilize": "use",
    "utilise": "use",
    "utilization": "use",
    "leverage": "use",
    "facilitate": "help",
    "commence": "start",
    "endeavor": "try",
    "in order to": "to",
    "prior to": "before",
    "going forward": "from now on",
    "at this point in time": "now",
    "operationalize": "",
    "synergy": "",
    "synergies": "",
    "paradigm": "",
    "stakeholders": "",
    "circle back": "",
    "move the needle": "",
    "best-in-class": "",
}


class Options(msgspec.Struct, frozen=True):
    terms: dict[str, str] = msgspec.field(default_factory=lambda: dict(DEFAULT))
    """The terms to report, each with its plain word (replaces the built-in list); an empty
    plain word means "no fix"."""
    extend_terms: dict[str, str] = msgspec.field(default_factory=dict)
    """Terms added to the list, each with its plain word."""
    exceptions: tuple[str, ...] = ()
    """Phrases in which a listed term is not reported, e.g. `["leverage ratio"]`."""


def _match_case(original: str, plain: str) -> str:
    return plain[:1].upper() + plain[1:] if original[:1].isupper() else plain


def check(ctx: Context, options: Options) -> Iterator[Finding]:
    terms = {k.lower(): v for k, v in {**options.terms, **options.extend_terms}.items()}
    words = frozenset(terms)
    exceptions = frozenset(p.lower() for p in options.exceptions)
    for text in ctx.texts:
        for start, end, term in listed(text.text, words, exceptions):
            written = text.text[start:end]
            plain = terms[term]
            fix = None
            if plain:
                fix = Fix(
                    text.pointer,
                    start,
                    end,
                    _match_case(written, plain),
                    FixSafety.UNSAFE,
                    f"Replace with “{plain}”",
                )
            yield Finding(
                f"jargon “{written}”" + (f"; say “{plain}”" if plain else ""),
                text.pointer,
                start,
                end,
                help=f"write “{plain}”" if plain else "say what it means in plain words",
                fix=fix,
            )


RULE = Rule(
    code="SB504",
    name="jargon",
    severity=Severity.INFO,
    check=check,
    doc=__doc__,
    options=Options,
    fix=FixSafety.UNSAFE,
)
