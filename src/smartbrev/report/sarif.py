"""SARIF 2.1.0, for code-scanning dashboards (GitHub, GitLab, Azure DevOps)."""

from __future__ import annotations

import json
from pathlib import PurePath
from typing import Any
from urllib.parse import quote

from smartbrev.batch.results import FileResult, Summary
from smartbrev.diagnostics import DOCS_BASE, Diagnostic, Severity
from smartbrev.report import ReportOptions
from smartbrev.report.catalogue import catalogue

_LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def _uri(path: str) -> str:
    return quote(PurePath(path).as_posix(), safe="/:")


class SarifReporter:
    """Collects results into one SARIF log."""

    streaming = False
    """The text comes at the end, made from every file (see `Reporter.streaming`)."""
    signature = None
    """No file's text is remembered (see `Reporter.signature`)."""

    def __init__(self, tool_version: str) -> None:
        self._version = tool_version
        self._pending: list[Diagnostic] = []

    def _result(self, diagnostic: Diagnostic, index: dict[str, int]) -> dict[str, Any]:
        location: dict[str, Any] = {"artifactLocation": {"uri": _uri(diagnostic.path)}}
        if diagnostic.span is not None:
            span = diagnostic.span
            location["region"] = {
                "startLine": span.line,
                "startColumn": span.column,
                "endLine": span.end_line,
                "endColumn": max(span.end_column, span.column),
            }
        text = diagnostic.message + (f" ({diagnostic.help})" if diagnostic.help else "")
        result: dict[str, Any] = {
            "ruleId": diagnostic.code,
            "level": _LEVELS[diagnostic.severity],
            "message": {"text": text},
            "locations": [{"physicalLocation": location}],
        }
        if diagnostic.code in index:
            result["ruleIndex"] = index[diagnostic.code]
        if diagnostic.pointer:
            result["properties"] = {"pointer": diagnostic.pointer}
        return result

    def file(self, result: FileResult) -> str:
        self._pending.extend(result.diagnostics)
        return ""

    def finish(self, summary: Summary) -> str:
        entries = catalogue()
        index = {entry.code: number for number, entry in enumerate(entries)}
        rules = [
            {
                "id": entry.code,
                "name": entry.name,
                "shortDescription": {"text": entry.summary},
                "helpUri": entry.url,
                "defaultConfiguration": {"level": _LEVELS[entry.severity]},
            }
            for entry in entries
        ]
        results = [self._result(d, index) for d in self._pending]
        log = {
            "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
            "version": "2.1.0",
            "runs": [
                {
                    "tool": {
                        "driver": {
                            "name": "smartbrev",
                            "version": self._version,
                            "informationUri": DOCS_BASE,
                            "rules": rules,
                        }
                    },
                    "results": results,
                }
            ],
        }
        return json.dumps(log, indent=2, ensure_ascii=False) + "\n"


def create(options: ReportOptions) -> SarifReporter:
    """The SARIF reporter, naming this version of smartbrev."""
    return SarifReporter(options.tool_version)
