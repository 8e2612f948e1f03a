"""Reporters: one module per output format of diagnostics."""

from __future__ import annotations

from typing import Protocol

from smartbrev.batch.results import FileResult, Summary


class Reporter(Protocol):
    """Turns results into text, file by file, then a closing part."""

    def file(self, result: FileResult) -> str:
        """The text for one file's result (may be empty)."""

    def finish(self, summary: Summary) -> str:
        """The closing text of the run."""


REPORT_FORMATS: tuple[str, ...] = ("full", "concise", "json", "sarif", "github", "junit")


def make_reporter(name: str, *, tool_version: str, color: bool = False) -> Reporter:
    """The reporter for an output format name (`color` affects full and concise)."""
    from smartbrev.report.style import Style

    if name == "full":
        from smartbrev.report.full import FullReporter

        return FullReporter(Style(color))
    if name == "concise":
        from smartbrev.report.concise import ConciseReporter

        return ConciseReporter(Style(color))
    if name == "json":
        from smartbrev.report.json_report import JsonReporter

        return JsonReporter(tool_version)
    if name == "sarif":
        from smartbrev.report.sarif import SarifReporter

        return SarifReporter(tool_version)
    if name == "github":
        from smartbrev.report.github import GithubReporter

        return GithubReporter()
    if name == "junit":
        from smartbrev.report.junit import JunitReporter

        return JunitReporter()
    raise ValueError(f"unknown output format {name!r}")
