"""What a rule is, and what it reports."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

import msgspec

from smartbrev.diagnostics import Fix, FixSafety, Severity

if TYPE_CHECKING:
    from smartbrev.lint.context import Context

__all__ = ["Check", "Finding", "Fix", "FixSafety", "Rule"]
"""What a rule module needs; `Fix` and `FixSafety` are defined with diagnostics, which
carry them."""


class Finding(msgspec.Struct, frozen=True):
    """A problem a rule found: where (a pointer, and an offset range in that field's text)."""

    message: str
    pointer: str
    start: int | None = None
    end: int | None = None
    help: str | None = None
    fix: Fix | None = None


Check = Callable[["Context", Any], Iterator[Finding]]


class Rule(msgspec.Struct, frozen=True):
    """One editorial rule, declaring everything users need to know about it."""

    code: str
    name: str
    severity: Severity
    doc: str
    check: Check | None = None
    """What looks for the problem in a briefing (None for an engine-reported rule)."""
    engine_reported: bool = False
    """Reported by the suppression engine, which reads the comments and sees what they
    silence, rather than run on the briefing."""
    options: type = type(None)
    """A frozen msgspec Struct of the rule's options with their defaults (NoneType: none)."""
    fix: FixSafety = FixSafety.NONE
    edition: bool = False
    """Runs once on a newsletter edition (`Context.edition`), not on briefings."""
    items: bool = True
    """Also runs on each item of a newsletter edition (False where an edition rule speaks
    for its items, or the edition answers for them)."""
    aliases: tuple[str, ...] = ()
    """Former names, still accepted in configuration and suppressions."""
    default: bool = True
    """Enabled when no configuration selects rules of its own (`ALL` selects every rule;
    a rule left out by default is one that needs to be told the newsroom's ways first)."""

    def __post_init__(self) -> None:
        if (self.check is None) != self.engine_reported:
            raise ValueError(f"{self.code}: a rule has a check, or is engine-reported")

    @property
    def summary(self) -> str:
        """The first line of the docstring."""
        return self.doc.strip().splitlines()[0]

    def default_options(self) -> Any:
        """The options with their defaults."""
        return self.options() if self.options is not type(None) else None
