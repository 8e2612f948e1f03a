"""JUnit XML, for CI systems that show test reports: one test case per file."""

from __future__ import annotations

import re
from xml.etree import ElementTree

from smartbrev.batch.results import FileResult, Summary
from smartbrev.report import ReportOptions
from smartbrev.report.concise import location
from smartbrev.report.visible import visible

_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def _shown(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def _xml(value: str) -> str:
    """An attribute value as data: line breaks and tabs are written as character
    references (`&#10;`); the characters XML cannot hold at all are shown escaped."""
    return _NOT_XML.sub(_shown, value)


class JunitReporter:
    """A test suite whose cases are the files; each error or warning is a failure."""

    streaming = False
    """The text comes at the end, made from every file (see `Reporter.streaming`)."""
    signature = None
    """No file's text is remembered (see `Reporter.signature`)."""

    def __init__(self) -> None:
        self._cases: list[ElementTree.Element] = []
        self._failures = 0

    def file(self, result: FileResult) -> str:
        case = ElementTree.Element("testcase", classname="smartbrev", name=_xml(result.path))
        for diagnostic in result.diagnostics:
            if diagnostic.severity.value == "info":
                continue
            self._failures += 1
            failure = ElementTree.SubElement(
                case,
                "failure",
                message=_xml(f"{diagnostic.code} {diagnostic.name}: {diagnostic.message}"),
                type=diagnostic.severity.value,
            )
            # The text is a line for people: escaped as the human reports escape it.
            failure.text = f"{location(diagnostic)}: {visible(diagnostic.message)}"
        self._cases.append(case)
        return ""

    def finish(self, summary: Summary) -> str:
        suite = ElementTree.Element(
            "testsuite",
            name="smartbrev",
            tests=str(len(self._cases)),
            failures=str(self._failures),
            errors="0",
        )
        suite.extend(self._cases)
        root = ElementTree.Element(
            "testsuites",
            name="smartbrev",
            tests=str(len(self._cases)),
            failures=str(self._failures),
        )
        root.append(suite)
        ElementTree.indent(root)
        body = ElementTree.tostring(root, encoding="unicode")
        return f'<?xml version="1.0" encoding="UTF-8"?>\n{body}\n'


def create(options: ReportOptions) -> JunitReporter:
    """The JUnit reporter (it has no options)."""
    return JunitReporter()
