"""The one shape shared by schema errors and lint findings, and the fixes they carry."""

from __future__ import annotations

import enum
from typing import Any, ClassVar

import msgspec
from msgspec.structs import replace

from smartbrev.record import Record

DOCS_BASE = "https://smartbrev.dev/rules"
"""Where each diagnostic code's page lives; `docs/` in the repository holds the same text."""


class Severity(str, enum.Enum):
    """How serious a diagnostic is; `error` fails a run."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        """Higher is more serious."""
        return {"error": 2, "warning": 1, "info": 0}[self.value]


class FixSafety(str, enum.Enum):
    """Whether a rule's fix can be applied without an editor looking at it."""

    SAFE = "safe"
    UNSAFE = "unsafe"
    NONE = "none"


class Fix(msgspec.Struct, frozen=True):
    """A change to one text field of the model: `old` at `start` becomes `new`."""

    pointer: str
    start: int
    end: int
    new: str
    safety: FixSafety = FixSafety.SAFE
    title: str = ""
    """What the fix does, e.g. "Replace with `Why it matters`"."""


class Span(msgspec.Struct, frozen=True):
    """A range in the source: 1-based line and column (characters); the end is exclusive."""

    line: int
    column: int
    end_line: int
    end_column: int


class Diagnostic(Record, frozen=True):
    """One finding about one file."""

    uncompared: ClassVar[frozenset[str]] = frozenset({"extra", "fix"})

    code: str
    """Permanent code, `SB` and three digits."""
    name: str
    """Kebab-case name stating the fault, e.g. `missing-field`."""
    severity: Severity
    message: str
    """What is wrong, in words a non-programmer understands."""
    path: str
    """The file as the user named it (`-` or the stdin filename for standard input)."""
    pointer: str = ""
    """JSON pointer into the document model ("" is the whole document)."""
    span: Span | None = None
    """Where in the source, when known."""
    help: str | None = None
    """How to fix it."""
    extra: dict[str, Any] = msgspec.field(default_factory=dict)
    """Format-specific details (e.g. how many alternatives a oneOf had)."""
    fix: Fix | None = None
    """How to fix the problem automatically, when a rule knows."""

    @property
    def url(self) -> str:
        """The documentation page of this diagnostic's code."""
        return f"{DOCS_BASE}/{self.code.lower()}-{self.name}"

    def at(self, span: Span | None) -> Diagnostic:
        """The same diagnostic placed at a span."""
        return replace(self, span=span)

    def sort_key(self) -> tuple[str, int, int, str]:
        """Order by file, then position, then code."""
        line, column = (self.span.line, self.span.column) if self.span else (0, 0)
        return (self.path, line, column, self.code)
