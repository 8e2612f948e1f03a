"""One factory for the rules that look for listed words in the writer's own words.

Each such rule keeps its own module, code, name and documentation; what it passes here is
its list, the phrases in which a listed word means something else, and its wording.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import lru_cache
from typing import Any

import msgspec

from smartbrev.diagnostics import Severity
from smartbrev.lint.context import Context
from smartbrev.lint.prose import find_terms
from smartbrev.lint.rule import Finding, Rule

Words = tuple[str, ...]


def word_list_options(words: Words, exceptions: Words, module: str) -> type[msgspec.Struct]:
    """The options every word-list rule takes, with this rule's defaults; the class is
    `Options` of the rule's `module` (where it must be bound), so it pickles."""
    return msgspec.defstruct(
        "Options",
        [
            ("words", Words, words),
            ("extend_words", Words, ()),
            ("exceptions", Words, exceptions),
        ],
        frozen=True,
        module=module,
    )


def listed(
    text: str, words: frozenset[str], exceptions: frozenset[str]
) -> Iterator[tuple[int, int, str]]:
    """Where a listed word or phrase stands in a text (and which one it is), outside the
    exception phrases."""
    found = find_terms(text, words)
    if not found:
        return
    spared = find_terms(text, exceptions) if exceptions else []
    for start, end, term in found:
        if not any(s <= start and end <= e for s, e, _ in spared):
            yield start, end, term


@lru_cache(maxsize=64)
def _lists(options: Any) -> tuple[frozenset[str], frozenset[str]]:
    """The words and exception phrases of a rule's options, lower-cased (the same options
    serve every file of a run)."""
    return (
        frozenset(w.lower() for w in (*options.words, *options.extend_words)),
        frozenset(p.lower() for p in options.exceptions),
    )


def word_list_rule(
    *,
    code: str,
    name: str,
    severity: Severity,
    doc: str,
    options: type[msgspec.Struct],
    message: str,
    help_text: str,
    spared: Callable[[str, int, int, str], bool] | None = None,
) -> Rule:
    """A rule reporting each listed word (`message` may use `{word}`, as written);
    `spared(text, start, end, term)` says when the context makes a found word mean
    something else."""

    def check(ctx: Context, chosen: Any) -> Iterator[Finding]:
        words, exceptions = _lists(chosen)
        for text in ctx.texts:
            for start, end, term in listed(text.text, words, exceptions):
                if spared is not None and spared(text.text, start, end, term):
                    continue
                yield Finding(
                    message.format(word=text.text[start:end]),
                    text.pointer,
                    start,
                    end,
                    help=help_text,
                )

    return Rule(code=code, name=name, severity=severity, check=check, doc=doc, options=options)
