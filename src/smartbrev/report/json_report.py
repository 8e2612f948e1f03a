"""Machine-readable output with its own format version, emitted once at the end."""

from __future__ import annotations

import json
from typing import Any

from smartbrev.batch.results import FileResult, Summary
from smartbrev.diagnostics import Diagnostic
from smartbrev.report import ReportOptions

FORMAT_VERSION = 1
"""Bumped whenever a field changes meaning or disappears; new fields may appear any time."""


def diagnostic_data(diagnostic: Diagnostic) -> dict[str, Any]:
    """One diagnostic as plain data."""
    span = diagnostic.span
    return {
        "code": diagnostic.code,
        "name": diagnostic.name,
        "severity": diagnostic.severity.value,
        "message": diagnostic.message,
        "path": diagnostic.path,
        "pointer": diagnostic.pointer,
        "line": span.line if span else None,
        "column": span.column if span else None,
        "end_line": span.end_line if span else None,
        "end_column": span.end_column if span else None,
        "help": diagnostic.help,
        "note": diagnostic.extra.get("note"),
        "url": diagnostic.url,
        "fix": None
        if diagnostic.fix is None
        else {
            "safety": diagnostic.fix.safety.value,
            "title": diagnostic.fix.title,
            "replacement": diagnostic.fix.new,
        },
    }


class JsonReporter:
    """Collects every file's result and prints one JSON document."""

    streaming = False
    """The text comes at the end, made from every file (see `Reporter.streaming`)."""
    signature = None
    """No file's text is remembered (see `Reporter.signature`)."""

    def __init__(self, tool_version: str, statistics: bool = False) -> None:
        self._tool_version = tool_version
        self._statistics = statistics
        self._files: list[dict[str, Any]] = []
        self._diagnostics: list[dict[str, Any]] = []

    def file(self, result: FileResult) -> str:
        self._files.append({"path": result.path, "status": result.status.value})
        self._diagnostics.extend(diagnostic_data(d) for d in result.diagnostics)
        return ""

    def finish(self, summary: Summary) -> str:
        document = {
            "format_version": FORMAT_VERSION,
            "tool": {"name": "smartbrev", "version": self._tool_version},
            "summary": {
                "checked": summary.checked,
                "valid": summary.valid,
                "invalid": summary.invalid,
                "unusable": summary.unusable,
            },
            "files": self._files,
            "diagnostics": self._diagnostics,
        }
        if self._statistics:
            document["statistics"] = [
                {"code": code, "name": name, "count": count, "fixable": fixes}
                for code, name, count, fixes in summary.statistics()
            ]
        return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def create(options: ReportOptions) -> JsonReporter:
    """The JSON reporter, naming this version of smartbrev."""
    return JsonReporter(options.tool_version, options.statistics)
