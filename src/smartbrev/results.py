"""What a run over many files produces: one result per file, and the tally."""

from __future__ import annotations

import enum
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from smartbrev.diagnostics import Diagnostic, Severity


class Status(str, enum.Enum):
    """How one file came out."""

    VALID = "valid"
    INVALID = "invalid"
    UNUSABLE = "unusable"
    """Could not be read or parsed at all."""


@dataclass(frozen=True, slots=True)
class FileResult:
    """The diagnostics of one file, with its text lines for showing context."""

    path: str
    status: Status
    diagnostics: tuple[Diagnostic, ...] = ()
    lines: Sequence[str] | None = field(default=None, repr=False)


@dataclass(slots=True)
class Summary:
    """Counts over a whole run."""

    checked: int = 0
    valid: int = 0
    invalid: int = 0
    unusable: int = 0
    by_severity: dict[str, int] = field(default_factory=dict)

    def add(self, result: FileResult) -> None:
        """Count one file's result."""
        self.checked += 1
        if result.status is Status.VALID:
            self.valid += 1
        elif result.status is Status.INVALID:
            self.invalid += 1
        else:
            self.unusable += 1
        for diagnostic in result.diagnostics:
            key = diagnostic.severity.value
            self.by_severity[key] = self.by_severity.get(key, 0) + 1

    @classmethod
    def of(cls, results: Iterable[FileResult]) -> Summary:
        """The tally of finished results."""
        summary = cls()
        for result in results:
            summary.add(result)
        return summary

    def sentence(self) -> str:
        """ "3 files checked: 2 valid, 1 invalid" (unreadable files only when there are some)."""
        noun = "file" if self.checked == 1 else "files"
        text = f"{self.checked} {noun} checked: {self.valid} valid, {self.invalid} invalid"
        if self.unusable:
            text += f", {self.unusable} unreadable"
        return text

    @property
    def exit_code(self) -> int:
        """0 all valid, 1 some invalid, 2 some unusable."""
        if self.unusable:
            return 2
        return 1 if self.invalid else 0


def worst(diagnostics: Iterable[Diagnostic]) -> Severity | None:
    """The most serious severity among some diagnostics."""
    ranked = sorted((d.severity for d in diagnostics), key=lambda s: s.rank, reverse=True)
    return ranked[0] if ranked else None
