"""One line per diagnostic: `path:line:col: severity[CODE] name: message`."""

from __future__ import annotations

from typing import ClassVar

import msgspec

from smartbrev.batch.results import FileResult, Summary
from smartbrev.diagnostics import Diagnostic, FixSafety
from smartbrev.formats import in_paragraphs
from smartbrev.report import ReportOptions
from smartbrev.report.style import PLAIN, Style
from smartbrev.report.visible import visible


def location(diagnostic: Diagnostic) -> str:
    """`path:line:col` (`path:¶N` in a Word document), or just the path when the position
    is unknown; escaped (see `visible`)."""
    path = visible(diagnostic.path)
    if diagnostic.span is None:
        return path
    if in_paragraphs(diagnostic.path):
        return f"{path}:¶{diagnostic.span.line}"
    return f"{path}:{diagnostic.span.line}:{diagnostic.span.column}"


def fixable(diagnostic: Diagnostic, unsafe: bool = False) -> bool:
    """Whether `--fix` (with `unsafe`, `--fix --unsafe-fixes`) resolves the diagnostic."""
    fix = diagnostic.fix
    return fix is not None and (unsafe or fix.safety is FixSafety.SAFE)


def headline(diagnostic: Diagnostic, style: Style = PLAIN, unsafe: bool = False) -> str:
    """`severity[CODE] name: message`, with `[*]` when `--fix` resolves it (unsafe fixes
    only when `unsafe`, as `--unsafe-fixes` is given)."""
    mark = " [*]" if fixable(diagnostic, unsafe) else ""
    label = style.severity(diagnostic.severity, f"{diagnostic.severity.value}[{diagnostic.code}]")
    return f"{label}{mark} {style.bold(diagnostic.name + ':')} {visible(diagnostic.message)}"


class StyledReporter(msgspec.Struct, frozen=True):
    """What the human-readable reports share: a style, each file's text made from that
    file alone, and the summary sentence to close."""

    style: Style = PLAIN
    unsafe_fixes: bool = False
    """Whether unsafe fixes count as fixable (marked `[*]`)."""
    kind: ClassVar[str] = ""
    """The output format's name."""

    @property
    def streaming(self) -> bool:
        """Each file's text depends on that file alone (see `Reporter.streaming`)."""
        return True

    @property
    def signature(self) -> str:
        """The format and its style (see `Reporter.signature`)."""
        return f"{self.kind} {self.style!r} {self.unsafe_fixes}"

    def finish(self, summary: Summary) -> str:
        return summary.sentence() + "\n"


class ConciseReporter(StyledReporter, frozen=True):
    """Grep-friendly lines, one per diagnostic."""

    kind: ClassVar[str] = "concise"

    def file(self, result: FileResult) -> str:
        return "".join(
            f"{self.style.bold(location(d))}: {headline(d, self.style, self.unsafe_fixes)}\n"
            for d in result.diagnostics
        )


def create(options: ReportOptions) -> ConciseReporter:
    """The concise reporter, coloured or not."""
    return ConciseReporter(Style(options.color), options.unsafe_fixes)
