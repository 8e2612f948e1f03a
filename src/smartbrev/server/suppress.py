"""The "disable this rule here" code action: where to put a suppression comment so it
silences the finding and nothing else changes.

Each candidate placement is tried on a copy of the text and kept only if the text still
reads as the same briefing, the finding is gone and the comment is not itself reported.
"""

from __future__ import annotations

from collections.abc import Iterator

from smartbrev.server.engine import Diagnostic, Report, lint_text, same_briefing, suppressible
from smartbrev.server.positions import Lines

_COMMENT_CODES = frozenset({"SB901", "SB902"})


def _break(text: str) -> str:
    return "\r\n" if "\r\n" in text else "\n"


def _comment(fmt: str, kind: str, name: str) -> str:
    if fmt == "yaml":
        return f"# smartbrev: {kind} {name}"
    return f"<!-- smartbrev-{kind} {name} -->"


def _insert_line(lines: Lines, before: int, line: str) -> str:
    """The text with a whole line inserted before line `before` (0-based)."""
    text = lines.text
    at = lines.starts[before] if before < lines.count else len(text)
    return text[:at] + line + _break(text) + text[at:]


def _candidates(report: Report, diagnostic: Diagnostic, lines: Lines) -> Iterator[tuple[str, str]]:
    """(where, new text) for each placement worth trying, best first."""
    text, fmt, name = report.text, report.format, diagnostic.name
    line = (diagnostic.span.line - 1) if diagnostic.span else 0
    if fmt == "yaml":
        end = lines.starts[line] + len(lines.line(line))
        yield "line", text[:end] + "  " + _comment(fmt, "disable-line", name) + text[end:]
        indent = lines.line(line)[: len(lines.line(line)) - len(lines.line(line).lstrip())]
        yield "line", _insert_line(lines, line, indent + _comment(fmt, "disable-next-line", name))
    else:
        # A comment covers the paragraph after it, so it goes above the paragraph's first line.
        first = line
        while first > 0 and lines.line(first - 1).strip():
            first -= 1
        where = "line" if not lines.line(line + 1).strip() and first == line else "paragraph"
        yield where, _insert_line(lines, first, _comment(fmt, "disable-next-line", name))
    ending = "" if text.endswith(("\n", "\r")) else _break(text)
    yield "file", text + ending + _break(text) + _comment(fmt, "disable-file", name) + _break(text)


def _works(report: Report, diagnostic: Diagnostic, text: str) -> bool:
    if not same_briefing(report, text) or report.source is None or report.settings is None:
        return False
    again = lint_text(text, report.format, report.source.name, report.settings)
    before = sum(d.code == diagnostic.code for d in report.diagnostics)
    after = sum(d.code == diagnostic.code for d in again.diagnostics)
    complaints = sum(d.code in _COMMENT_CODES for d in again.diagnostics)
    return after < before and complaints == sum(
        d.code in _COMMENT_CODES for d in report.diagnostics
    )


def suppression(report: Report, diagnostic: Diagnostic, lines: Lines) -> tuple[str, str] | None:
    """(title, new text) of the comment that silences one finding, or None."""
    if report.format == "json" or not suppressible(diagnostic.code):
        return None
    for where, text in _candidates(report, diagnostic, lines):
        if _works(report, diagnostic, text):
            return f"Disable {diagnostic.code} {diagnostic.name} for this {where}", text
    return None
