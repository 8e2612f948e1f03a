"""GitHub Actions workflow commands: each diagnostic becomes an annotation on the diff."""

from __future__ import annotations

from smartbrev.batch.results import FileResult, Summary
from smartbrev.diagnostics import Diagnostic, Severity

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
    """Each file's text depends on that file alone (it can be rendered anywhere)."""
    signature = "github"
    """What a file's text depends on besides the file (see StyledReporter.signature)."""

    def file(self, result: FileResult) -> str:
        return "".join(annotation(d) + "\n" for d in result.diagnostics)

    def finish(self, summary: Summary) -> str:
        return summary.sentence() + "\n"
