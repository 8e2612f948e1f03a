"""rustc/ruff-style diagnostics: the message, where, the source line with a caret, help."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from smartbrev.batch.results import FileResult
from smartbrev.diagnostics import Diagnostic
from smartbrev.report import ReportOptions
from smartbrev.report.concise import StyledReporter, headline, location
from smartbrev.report.style import Style
from smartbrev.report.visible import visible

WIDTH = 100
"""Longest stretch of a source line shown under a diagnostic."""


def _excerpt(diagnostic: Diagnostic, lines: Sequence[str] | None, style: Style) -> list[str]:
    span = diagnostic.span
    if span is None or lines is None or not 0 < span.line <= len(lines):
        return []
    line = lines[span.line - 1]
    number = str(span.line)
    gutter = " " * len(number)
    start = max(span.column - 1, 0)
    end = span.end_column - 1 if span.end_line == span.line else len(line)
    end = max(start + 1, min(end, len(line)))
    if len(line) > WIDTH:
        # Show a window of a long line around the problem, marking what was cut (cut
        # before anything else is done to it: a minified file is one line, and each of
        # its diagnostics would otherwise copy all of it).
        first = max(0, min(start - 20, len(line) - WIDTH))
        last = first + WIDTH
        line = ("…" if first else "") + line[first:last] + ("…" if last < len(line) else "")
        shift = first - (1 if first else 0)
        start, end = start - shift, min(end, last) - shift
    text = line.replace("\t", " ")
    # Escaped piece by piece, so the caret stays under what it marks.
    before, marked = visible(text[:start]), visible(text[start:end])
    text = before + marked + visible(text[end:])
    start, end = len(before), len(before) + len(marked)
    caret = style.severity(diagnostic.severity, "^" * max(1, end - start))
    return [
        style.frame(f"{gutter} |"),
        f"{style.frame(f'{number} |')} {text}",
        f"{style.frame(f'{gutter} |')} {' ' * start}{caret}",
    ]


class FullReporter(StyledReporter, frozen=True):
    """Each diagnostic with its source line, a caret under the problem, and how to fix it."""

    kind: ClassVar[str] = "full"

    def file(self, result: FileResult) -> str:
        out: list[str] = []
        for diagnostic in result.diagnostics:
            style = self.style
            out.append(headline(diagnostic, style, self.unsafe_fixes))
            out.append(f"{style.frame(' -->')} {location(diagnostic)}")
            out.extend(_excerpt(diagnostic, result.lines, style))
            if diagnostic.help:
                out.append(f"{style.bold('help:')} {visible(diagnostic.help)}")
            note = diagnostic.extra.get("note")
            if note:
                out.append(f"{style.bold('note:')} {visible(str(note))}")
            out.append("")
        return "\n".join(out) + ("\n" if out else "")


def create(options: ReportOptions) -> FullReporter:
    """The full reporter, coloured or not."""
    return FullReporter(Style(options.color), options.unsafe_fixes)
