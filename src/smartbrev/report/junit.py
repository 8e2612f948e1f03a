"""JUnit XML, as Jenkins, GitLab and other CI servers read it: one test suite for the
command, one test case per file; a file with errors fails, with every finding of it listed
in its one failure, and a file that cannot be read is an error."""

from __future__ import annotations

import re
import time
from xml.etree import ElementTree

from smartbrev.batch.results import FileResult, Status, Summary
from smartbrev.diagnostics import Severity
from smartbrev.report import ReportOptions, clock
from smartbrev.report.concise import headline, location

_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def _shown(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def _xml(value: str) -> str:
    """A value as data: line breaks and tabs are written as character references
    (`&#10;`); the characters XML cannot hold at all are shown escaped."""
    return _NOT_XML.sub(_shown, value)


def _listing(result: FileResult) -> str:
    """Every finding, a line each, as the concise report escapes it."""
    return _xml("".join(f"{location(d)}: {headline(d)}\n" for d in result.diagnostics))


def _count(result: FileResult) -> str:
    counts: dict[str, int] = {}
    for diagnostic in result.diagnostics:
        level = diagnostic.severity.value
        counts[level] = counts.get(level, 0) + 1
    parts = [f"{n} {level}{'s' if n != 1 else ''}" for level, n in counts.items()]
    total = len(result.diagnostics)
    return f"{total} problem{'s' if total != 1 else ''} ({', '.join(parts)})"


class JunitReporter:
    """A test suite named for the command; each file a test case."""

    streaming = False
    """The text comes at the end, made from every file (see `Reporter.streaming`)."""
    signature = None
    """No file's text is remembered (see `Reporter.signature`)."""

    def __init__(self, command: str, started: float) -> None:
        self._command = command
        self._started = started
        self._cases: list[ElementTree.Element] = []
        self._failures = 0
        self._errors = 0

    def file(self, result: FileResult) -> str:
        case = ElementTree.Element(
            "testcase", name=_xml(result.path), classname=f"smartbrev.{self._command}", time="0"
        )
        if result.status is Status.UNUSABLE:
            self._errors += 1
            first = result.diagnostics[0] if result.diagnostics else None
            error = ElementTree.SubElement(
                case,
                "error",
                message=_xml(first.message) if first else "cannot be read",
                type=first.code if first else "SB001",
            )
            error.text = _listing(result)
        elif any(d.severity is Severity.ERROR for d in result.diagnostics):
            self._failures += 1
            failure = ElementTree.SubElement(
                case, "failure", message=_count(result), type="smartbrev"
            )
            failure.text = _listing(result)
        elif result.diagnostics:  # warnings and notes: the file passes, they are shown
            ElementTree.SubElement(case, "system-out").text = _listing(result)
        self._cases.append(case)
        return ""

    def finish(self, summary: Summary) -> str:
        elapsed = f"{max(clock() - self._started, 0.0):.3f}"
        counts = {
            "tests": str(len(self._cases)),
            "failures": str(self._failures),
            "errors": str(self._errors),
        }
        moment = time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(self._started))
        suite = ElementTree.Element(
            "testsuite",
            {"name": f"smartbrev {self._command}", **counts},
            skipped="0",
            time=elapsed,
            timestamp=moment,
        )
        suite.extend(self._cases)
        root = ElementTree.Element("testsuites", {"name": "smartbrev", **counts}, time=elapsed)
        root.append(suite)
        ElementTree.indent(root)
        body = ElementTree.tostring(root, encoding="unicode")
        return f'<?xml version="1.0" encoding="UTF-8"?>\n{body}\n'


def create(options: ReportOptions) -> JunitReporter:
    """The JUnit reporter for the command that runs."""
    return JunitReporter(options.command, options.started)
