"""The full report: the source line, a caret under the problem, long lines windowed."""

from __future__ import annotations

from smartbrev.batch.results import FileResult, Status
from smartbrev.diagnostics import Diagnostic, Severity, Span
from smartbrev.report.full import WIDTH, FullReporter


def _render(line: str, span: Span) -> list[str]:
    diagnostic = Diagnostic(
        "SB502", "weak-intensifiers", Severity.WARNING, "msg", "d.md", span=span, help="fix it"
    )
    result = FileResult("d.md", Status.VALID, (diagnostic,), [line])
    return FullReporter().file(result).splitlines()


def test_caret_under_the_span() -> None:
    lines = _render("The budget is very big.", Span(1, 15, 1, 19))
    assert lines[:2] == ["warning[SB502] weak-intensifiers: msg", " --> d.md:1:15"]
    assert lines[3] == "1 | The budget is very big."
    assert lines[4] == "  |               ^^^^"
    assert lines[5] == "help: fix it"


def test_long_lines_are_windowed_around_the_problem() -> None:
    line = "word " * 60 + "very" + " word" * 60
    column = line.index("very") + 1
    lines = _render(line, Span(1, column, 1, column + 4))
    shown = lines[3][4:]
    assert shown.startswith("…") and shown.endswith("…")
    assert len(shown) == WIDTH + 2
    caret = lines[4][4:]
    assert shown[caret.index("^") : caret.index("^") + 4] == "very"
