"""Shared by the word-list rules: find listed terms in the writer's own words."""

from __future__ import annotations

from collections.abc import Iterator

from smartbrev.lint.context import Context
from smartbrev.lint.prose import find_terms
from smartbrev.lint.rule import Finding


def term_findings(
    ctx: Context, terms: frozenset[str], message: str, help_text: str
) -> Iterator[Finding]:
    """One finding per listed term found in the body's prose (quotations excluded)."""
    for text in ctx.texts:
        for start, end, term in find_terms(text.text, terms):
            yield Finding(
                message.format(word=text.text[start:end], term=term),
                text.pointer,
                start,
                end,
                help=help_text,
            )
