"""GitHub Actions workflow commands: each diagnostic becomes an annotation on the diff."""

from __future__ import annotations

from smartbrev.batch.results import FileResult, Summary
from smartbrev.diagnostics import Diagnostic, Severity
from smartbrev.report import ReportOptions

_COMMANDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def _data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _property(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")


def annotation(diagnostic: Diagnostic) -> str:
    """One `::error file=...::message` line."""
    fields = [f"file={_property(diagnostic.path)}"]
    if diagnostic.span is not None:
        span = diagnostic.span
        fields += [f"line={span.line}", f"col={span.column}", f"endLine={span.end_line}"]
        if span.end_line == span.line:
            fields.append(f"endColumn={span.end_column}")
    fields.append(f"title={_property(f'{diagnostic.code} {diagnostic.name}')}")
    message = diagnostic.message + (f"\n{diagnostic.help}" if diagnostic.help else "")
    return f"::{_COMMANDS[diagnostic.severity]} {','.join(fields)}::{_data(message)}"


class GithubReporter:
    """Annotations, then the summary as plain text."""

    streaming = True
    """Each file's text depends on that file alone (see `Reporter.streaming`)."""
    signature = "github"
    """Nothing but the format shapes a file's text (see `Reporter.signature`)."""

    def file(self, result: FileResult) -> str:
        return "".join(annotation(d) + "\n" for d in result.diagnostics)

    def finish(self, summary: Summary) -> str:
        return summary.sentence() + "\n"


def create(options: ReportOptions) -> GithubReporter:
    """The annotations reporter (it has no options)."""
    return GithubReporter()
