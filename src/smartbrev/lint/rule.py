"""What a rule is, and what it reports."""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from smartbrev.diagnostics import Severity

if TYPE_CHECKING:
    from smartbrev.lint.context import Context


class FixSafety(str, enum.Enum):
    """Whether a rule's fix can be applied without an editor looking at it."""

    SAFE = "safe"
    UNSAFE = "unsafe"
    NONE = "none"


@dataclass(frozen=True, slots=True)
class Fix:
    """A change to one text field of the model: `old` at `start` becomes `new`."""

    pointer: str
    start: int
    end: int
    new: str
    safety: FixSafety = FixSafety.SAFE
    title: str = ""
    """What the fix does, e.g. "Replace with `Why it matters`"."""


@dataclass(frozen=True, slots=True)
class Finding:
    """A problem a rule found: where (a pointer, and an offset range in that field's text)."""

    message: str
    pointer: str
    start: int | None = None
    end: int | None = None
    help: str | None = None
    fix: Fix | None = None


Check = Callable[["Context", Any], Iterator[Finding]]


@dataclass(frozen=True, slots=True)
class Rule:
    """One editorial rule, declaring everything users need to know about it."""

    code: str
    name: str
    severity: Severity
    check: Check
    doc: str
    options: type = field(default=type(None))
    """A frozen dataclass of the rule's options with their defaults (NoneType: none)."""
    fix: FixSafety = FixSafety.NONE
    aliases: tuple[str, ...] = ()
    """Former names, still accepted in configuration and suppressions."""

    @property
    def summary(self) -> str:
        """The first line of the docstring."""
        return self.doc.strip().splitlines()[0]

    def default_options(self) -> Any:
        """The options with their defaults."""
        return self.options() if self.options is not type(None) else None


@dataclass(frozen=True, slots=True)
class NoOptions:
    """For rules without options."""
