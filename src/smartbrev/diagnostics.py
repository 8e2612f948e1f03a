"""The one shape shared by schema errors and lint findings, and the fixes they carry."""

from __future__ import annotations

import enum
from typing import Any, ClassVar, NamedTuple

import msgspec
from msgspec.structs import replace

from smartbrev.record import Record

DOCS_BASE = "https://smartbrev.dev/rules"
"""Where each diagnostic code's page lives; `docs/` in the repository holds the same text."""


def docs_url(code: str, name: str) -> str:
    """The documentation page of a diagnostic code."""
    return f"{DOCS_BASE}/{code.lower()}-{name}"


class Severity(str, enum.Enum):
    """How serious a diagnostic is; `error` fails a run."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


class Code(NamedTuple):
    """A diagnostic code that is not a lint rule (lint rules are declared on `Rule`)."""

    name: str
    """Kebab-case, stating the fault."""
    summary: str
    severity: Severity
    """The severity it is reported with."""


CODES: dict[str, Code] = {
    "SB001": Code(
        "unreadable-file",
        "The file is missing, unreadable, empty, binary or not UTF-8.",
        Severity.ERROR,
    ),
    "SB002": Code(
        "invalid-syntax",
        "The file is not well-formed JSON, YAML or front matter.",
        Severity.ERROR,
    ),
    "SB003": Code(
        "duplicate-key",
        "A key appears twice in one object; which one wins is unclear.",
        Severity.ERROR,
    ),
    "SB004": Code(
        "input-too-large",
        "The input is over the size, nesting or alias-expansion limit.",
        Severity.ERROR,
    ),
    "SB005": Code(
        "unsupported-yaml-tag",
        "YAML uses a tag that would build something other than data.",
        Severity.ERROR,
    ),
    "SB010": Code(
        "unknown-schema-version",
        "`schema_version` names no released schema.",
        Severity.ERROR,
    ),
    "SB011": Code(
        "missing-field",
        "A required field is absent.",
        Severity.ERROR,
    ),
    "SB012": Code(
        "unexpected-field",
        "A field the schema does not define (often a typo).",
        Severity.ERROR,
    ),
    "SB013": Code(
        "wrong-type",
        "A value has the wrong type, e.g. a number where text belongs.",
        Severity.ERROR,
    ),
    "SB014": Code(
        "invalid-value",
        "A value breaks a rule of the schema (empty, malformed, not allowed).",
        Severity.ERROR,
    ),
    "SB015": Code(
        "unknown-axiom",
        "A block's `axiom` is not in the label registry.",
        Severity.ERROR,
    ),
    "SB020": Code(
        "text-after-byline",
        "A draft has text after its byline; it was kept in the last block.",
        Severity.WARNING,
    ),
    "SB021": Code(
        "nested-list-flattened",
        "A nested list was kept as items of its parent list.",
        Severity.INFO,
    ),
    "SB022": Code(
        "misplaced-content",
        "A list before the first label was kept in the lede as text.",
        Severity.WARNING,
    ),
    "SB023": Code(
        "page-furniture",
        "Page furniture (a relative time, a credit, share text, a promo) was set aside.",
        Severity.INFO,
    ),
    "SB024": Code(
        "front-matter-kept",
        "A front matter key with no field in the briefing was kept under `extensions`.",
        Severity.INFO,
    ),
    "SB025": Code(
        "more-items",
        "The page holds further newsletter items; the briefing is the first.",
        Severity.WARNING,
    ),
    "SB999": Code(
        "internal-error",
        "A rule failed on this file; the other rules still ran.",
        Severity.ERROR,
    ),
}
"""Every input, schema and reader diagnostic: code -> name, summary, severity. Codes are
permanent: never reused."""


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
        return docs_url(self.code, self.name)

    def at(self, span: Span | None) -> Diagnostic:
        """The same diagnostic placed at a span."""
        return replace(self, span=span)

    def sort_key(self) -> tuple[str, int, int, str]:
        """Order by file, then position, then code."""
        line, column = (self.span.line, self.span.column) if self.span else (0, 0)
        return (self.path, line, column, self.code)
