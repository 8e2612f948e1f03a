"""SARIF 2.1.0, for code-scanning dashboards (GitHub, GitLab, Azure DevOps).

Paths are relative to `%SRCROOT%` (the folder the command ran in), each result carries
`partialFingerprints` so that a dashboard follows a finding across commits, and a
fixable finding carries its fix as `artifactChanges`.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from pathlib import Path, PurePath
from typing import Any
from urllib.parse import quote

from smartbrev.batch.results import FileResult, Summary
from smartbrev.diagnostics import DOCS_BASE, Diagnostic, Severity
from smartbrev.report import ReportOptions, clock
from smartbrev.report.catalogue import catalogue
from smartbrev.report.concise import fixable

_LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
ROOT = "%SRCROOT%"


def _stamp(moment: float) -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(moment))


class SarifReporter:
    """Collects results into one SARIF log."""

    streaming = False
    """The text comes at the end, made from every file (see `Reporter.streaming`)."""
    signature = None
    """No file's text is remembered (see `Reporter.signature`)."""

    def __init__(self, options: ReportOptions, root: Path) -> None:
        self._options = options
        self._root = root
        self._pending: list[tuple[Diagnostic, tuple[str, ...]]] = []

    def _location(self, path: str) -> dict[str, Any]:
        """Relative to the source root when the file is under it, else an absolute URI."""
        absolute = Path(os.path.abspath(path))  # noqa: PTH100
        try:
            relative = absolute.relative_to(self._root)
        except ValueError:
            return {"uri": absolute.as_uri()}
        return {"uri": quote(PurePath(relative).as_posix(), safe="/"), "uriBaseId": ROOT}

    def _fingerprint(self, diagnostic: Diagnostic, lines: tuple[str, ...]) -> str:
        """The code, the file and the text of the line it is on (not its number), so a
        finding keeps its identity when lines are added above it."""
        line = ""
        if diagnostic.span is not None and 0 < diagnostic.span.line <= len(lines):
            line = lines[diagnostic.span.line - 1].strip()
        where = self._location(diagnostic.path)["uri"]
        key = "\x00".join((diagnostic.code, where, diagnostic.pointer, line))
        return hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]

    def _result(
        self, diagnostic: Diagnostic, lines: tuple[str, ...], index: dict[str, int]
    ) -> dict[str, Any]:
        artifact = self._location(diagnostic.path)
        location: dict[str, Any] = {"artifactLocation": artifact}
        if diagnostic.span is not None:
            location["region"] = _region(diagnostic.span)
        text = diagnostic.message + (f" ({diagnostic.help})" if diagnostic.help else "")
        result: dict[str, Any] = {
            "ruleId": diagnostic.code,
            "level": _LEVELS[diagnostic.severity],
            "message": {"text": text},
            "locations": [{"physicalLocation": location}],
            "partialFingerprints": {"smartbrev/v1": self._fingerprint(diagnostic, lines)},
        }
        if diagnostic.code in index:
            result["ruleIndex"] = index[diagnostic.code]
        fix = diagnostic.fix
        if fix is not None and fix.edits and fixable(diagnostic, self._options.unsafe_fixes):
            result["fixes"] = [
                {
                    "description": {"text": fix.title or "Apply smartbrev's fix"},
                    "artifactChanges": [
                        {
                            "artifactLocation": artifact,
                            "replacements": [
                                {
                                    "deletedRegion": _region(edit.span),
                                    "insertedContent": {"text": edit.text},
                                }
                                for edit in fix.edits
                            ],
                        }
                    ],
                }
            ]
        if diagnostic.pointer:
            result["properties"] = {"pointer": diagnostic.pointer}
        return result

    def file(self, result: FileResult) -> str:
        lines = tuple(result.lines or ())
        self._pending.extend((d, lines) for d in result.diagnostics)
        return ""

    def finish(self, summary: Summary) -> str:
        entries = catalogue()
        index = {entry.code: number for number, entry in enumerate(entries)}
        rules = [
            {
                "id": entry.code,
                "name": entry.name,
                "shortDescription": {"text": entry.summary},
                "fullDescription": {"text": entry.description or entry.summary},
                "help": {"text": entry.help, "markdown": entry.help},
                "helpUri": entry.url,
                "defaultConfiguration": {"level": _LEVELS[entry.severity]},
            }
            for entry in entries
        ]
        results = [self._result(d, lines, index) for d, lines in self._pending]
        exit_code = summary.exit_status if summary.exit_status is not None else 0
        invocation = {
            "executionSuccessful": exit_code != 2,
            "exitCode": exit_code,
            "startTimeUtc": _stamp(self._options.started),
            "endTimeUtc": _stamp(max(clock(), self._options.started)),
            "commandLine": f"smartbrev {self._options.command}",
        }
        log = {
            "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
            "version": "2.1.0",
            "runs": [
                {
                    "tool": {
                        "driver": {
                            "name": "smartbrev",
                            "version": self._options.tool_version,
                            "informationUri": DOCS_BASE,
                            "rules": rules,
                        }
                    },
                    "invocations": [invocation],
                    "originalUriBaseIds": {ROOT: {"uri": self._root.as_uri() + "/"}},
                    "columnKind": "unicodeCodePoints",
                    "results": results,
                }
            ],
        }
        return json.dumps(log, indent=2, ensure_ascii=False) + "\n"


def _region(span: Any) -> dict[str, int]:
    return {
        "startLine": span.line,
        "startColumn": span.column,
        "endLine": span.end_line,
        "endColumn": max(span.end_column, span.column)
        if span.end_line == span.line
        else span.end_column,
    }


def create(options: ReportOptions) -> SarifReporter:
    """The SARIF reporter, paths relative to the working directory."""
    return SarifReporter(options, Path.cwd())
