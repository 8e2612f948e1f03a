"""Reporters: one module per output format of diagnostics, listed in `REPORTERS`."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

import msgspec

from smartbrev.batch.results import FileText
from smartbrev.formats import resolve

if TYPE_CHECKING:
    from smartbrev.batch.results import Summary


class ReportOptions(msgspec.Struct, frozen=True):
    """What a reporter is made with."""

    tool_version: str
    """smartbrev's version, for formats that name the tool that made them."""
    color: bool = False
    """Whether to colour the text (the full and concise reports)."""
    command: str = "lint"
    """The command that runs (`lint` or `validate`), for formats that name it."""
    started: float = 0.0
    """When the run started (`clock()`), for formats that record it."""
    unsafe_fixes: bool = False
    """Whether unsafe fixes were asked for: they count as fixable then."""
    statistics: bool = False
    """Whether findings are counted per code in the report (json)."""


def clock() -> float:
    """The time now, in seconds since the epoch; `SOURCE_DATE_EPOCH`, when set, instead,
    so that a report made twice is the same byte for byte (reproducible builds' rule)."""
    import os
    import time

    fixed = os.environ.get("SOURCE_DATE_EPOCH", "")
    return float(fixed) if fixed.isdigit() else time.time()


class Reporter(FileText, Protocol):
    """Turns results into text, file by file (see `FileText`), then a closing part."""

    @property
    def streaming(self) -> bool:
        """Whether each file's text depends on that file alone, so that it can be made
        wherever the file is checked (a worker process) and remembered in the cache."""

    def finish(self, summary: Summary) -> str:
        """The closing text of the run."""


REPORTERS: dict[str, str] = {
    "full": "smartbrev.report.full:create",
    "concise": "smartbrev.report.concise:create",
    "json": "smartbrev.report.json_report:create",
    "sarif": "smartbrev.report.sarif:create",
    "github": "smartbrev.report.github:create",
    "junit": "smartbrev.report.junit:create",
}
"""Each `--output-format` and the function that makes its reporter from `ReportOptions`,
imported when the format is chosen."""


def make_reporter(name: str, options: ReportOptions) -> Reporter:
    """The reporter of an output format."""
    spec = REPORTERS.get(name)
    if spec is None:
        raise ValueError(f"unknown output format {name!r}")
    reporter: Reporter = resolve(spec)(options)
    return reporter
