"""What a run over many files produces: one result per file, and the tally."""

from __future__ import annotations

import enum
from collections.abc import Sequence
from typing import Protocol

import msgspec

from smartbrev.diagnostics import Diagnostic

EXIT_OK, EXIT_FINDINGS, EXIT_FAILURE = 0, 1, 2
"""Exit statuses: clean (warnings allowed); findings; unusable input, a configuration
problem or an internal error."""


class Status(str, enum.Enum):
    """How one file came out."""

    VALID = "valid"
    INVALID = "invalid"
    UNUSABLE = "unusable"
    """Could not be read or parsed at all."""


class FileResult(msgspec.Struct, frozen=True):
    """The diagnostics of one file, with its text lines for showing context."""

    path: str
    status: Status
    diagnostics: tuple[Diagnostic, ...] = ()
    lines: Sequence[str] | None = None


class FileText(Protocol):
    """What makes one file's report text where the file is checked (a worker process):
    a reporter whose file texts are `streaming`."""

    @property
    def signature(self) -> str | None:
        """What a file's text depends on besides the file (the format, its colours): a
        remembered text is reused only under the same signature (None: never reused)."""

    def file(self, result: FileResult) -> str:
        """The text for one file's result (may be empty)."""


Tally = tuple[tuple[str, str, str, str], ...]
"""(code, name, severity, fix safety: `safe`, `unsafe` or "" for none) of each
diagnostic: what counting needs of them."""


def tally_of(result: FileResult) -> Tally:
    """The tally of a result's diagnostics."""
    return tuple(
        (d.code, d.name, d.severity.value, d.fix.safety.value if d.fix else "")
        for d in result.diagnostics
    )


class Summary(msgspec.Struct):
    """Counts over a whole run."""

    checked: int = 0
    valid: int = 0
    invalid: int = 0
    unusable: int = 0
    by_severity: dict[str, int] = msgspec.field(default_factory=dict)
    fixable: int = 0
    """Diagnostics a safe fix resolves (lint only)."""
    unsafe_fixable: int = 0
    """Diagnostics only an unsafe fix resolves."""
    unsafe_fixes: bool = False
    """Whether unsafe fixes were asked for (they count as fixable with --fix then)."""
    by_code: dict[tuple[str, str], list[int]] = msgspec.field(default_factory=dict)
    """(code, name) -> [findings, of which fixable], for --statistics."""
    exit_status: int | None = None
    """The run's exit status, once decided (reports that record it read it here)."""
    fixed: int = 0
    """Fixes applied (lint --fix only)."""
    lint: bool = False
    """Whether the run was a lint run (changes the closing sentence)."""

    def add(self, result: FileResult, tally: Tally | None = None) -> None:
        """Count one file's result (from its tally, when its diagnostics were left behind)."""
        self.checked += 1
        if result.status is Status.VALID:
            self.valid += 1
        elif result.status is Status.INVALID:
            self.invalid += 1
        else:
            self.unusable += 1
        for code, name, severity, safety in tally if tally is not None else tally_of(result):
            self.by_severity[severity] = self.by_severity.get(severity, 0) + 1
            applies = safety == "safe" or (safety == "unsafe" and self.unsafe_fixes)
            self.fixable += applies
            self.unsafe_fixable += safety == "unsafe" and not self.unsafe_fixes
            entry = self.by_code.setdefault((code, name), [0, 0])
            entry[0] += 1
            entry[1] += applies

    def sentence(self) -> str:
        """ "3 files checked: 2 valid, 1 invalid" (unreadable files only when there are some)."""
        if self.lint:
            return self.lint_sentence()
        noun = "file" if self.checked == 1 else "files"
        text = f"{self.checked} {noun} checked: {self.valid} valid, {self.invalid} invalid"
        if self.unusable:
            text += f", {self.unusable} unreadable"
        return text

    def lint_sentence(self) -> str:
        """ "Found 4 problems in 3 files (1 error, 3 warnings); 2 fixable with --fix"."""
        files = f"{self.checked} file{'s' if self.checked != 1 else ''}"
        total = sum(self.by_severity.values())
        fixed = (
            f"Fixed {self.fixed} problem{'s' if self.fixed != 1 else ''}. " if self.fixed else ""
        )
        if not total:
            return f"{fixed}All checks passed ({files})."
        parts = [
            f"{self.by_severity[level]} {level}{'s' if self.by_severity[level] != 1 else ''}"
            for level in ("error", "warning", "info")
            if self.by_severity.get(level)
        ]
        problems = f"{total} problem{'s' if total != 1 else ''}"
        text = f"{fixed}Found {problems} in {files} ({', '.join(parts)})"
        if self.fixable:
            text += f"; {self.fixable} fixable with --fix (marked [*])"
        if self.unsafe_fixable and self.fixable:
            text += f", {self.unsafe_fixable} more with --unsafe-fixes"
        elif self.unsafe_fixable:
            text += f"; {self.unsafe_fixable} fixable with --fix --unsafe-fixes"
        return text + "."

    @property
    def exit_code(self) -> int:
        """`validate`'s exit status: 0 all valid, 1 some invalid, 2 some unusable."""
        if self.unusable:
            return EXIT_FAILURE
        return EXIT_FINDINGS if self.invalid else EXIT_OK

    def statistics(self) -> list[tuple[str, str, int, int]]:
        """(code, name, findings, fixable) per code, the most frequent first."""
        rows = [(code, name, n, fixes) for (code, name), (n, fixes) in self.by_code.items()]
        return sorted(rows, key=lambda row: (-row[2], row[0]))

    def lint_exit_code(
        self,
        *,
        internal_error: bool = False,
        max_warnings: int | None = None,
        diff: bool = False,
        changed: bool = False,
        exit_zero: bool = False,
    ) -> int:
        """`lint`'s exit status: 2 when a file could not be read or a rule failed; 1 for
        errors (or more warnings than `max_warnings`; under `diff`, for changes instead of
        errors) unless `exit_zero`; 0 otherwise."""
        if self.unusable or internal_error:
            return EXIT_FAILURE
        errors = self.by_severity.get("error", 0)
        warnings = self.by_severity.get("warning", 0)
        failed = (
            (errors and not diff)
            or (max_warnings is not None and warnings > max_warnings)
            or (diff and changed)
        )
        return EXIT_FINDINGS if failed and not exit_zero else EXIT_OK
