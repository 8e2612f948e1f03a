"""Every command's work on one document, in-process: what a hostile document may not
make take super-linear time."""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable
from pathlib import Path
from types import FrameType

import smartbrev
from smartbrev.batch.jobs import Job
from smartbrev.convert import convert_source
from smartbrev.errors import SmartbrevError
from smartbrev.lint.run import LintRequest, lint_job
from smartbrev.readers.source import parse_bytes
from smartbrev.report import ReportOptions
from smartbrev.report.full import create
from smartbrev.schema.check import check


def _validate(raw: bytes, fmt: str) -> None:
    check(parse_bytes(raw, fmt, "hostile"))


def _lint(fix: bool) -> Callable[[bytes, str], None]:
    def run(raw: bytes, fmt: str) -> None:
        outcome = lint_job(Job("hostile", raw, fmt, None), LintRequest(fix=fix, diff=fix))
        create(ReportOptions("0")).file(outcome.result)  # the full report, source excerpts too

    return run


def _convert(to: str) -> Callable[[bytes, str], None]:
    def run(raw: bytes, fmt: str) -> None:
        convert_source(parse_bytes(raw, fmt, "hostile"), to)

    return run


COMMANDS: dict[str, Callable[[bytes, str], None]] = {
    "validate": _validate,
    "lint": _lint(False),
    "lint --fix": _lint(True),
    **{f"convert --to {to}": _convert(to) for to in ("markdown", "text", "html", "ninjs", "yaml")},
}
"""What `validate`, `lint` (with its report), `lint --fix` and `convert` do with one file."""


def run(command: str, raw: bytes, fmt: str) -> None:
    """Run a command; refusing the document (smartbrev's own error) is an outcome too."""
    with contextlib.suppress(SmartbrevError):
        COMMANDS[command](raw, fmt)


def forget() -> None:
    """Clear every cache smartbrev keeps, so a run pays for all it does."""
    for name, module in list(sys.modules.items()):
        if name.startswith("smartbrev") and module is not None:
            for value in list(vars(module).values()):
                clear = getattr(value, "cache_clear", None)
                if callable(clear):
                    clear()


def operations(command: str, raw: bytes, fmt: str) -> int:
    """How many lines of smartbrev's code a command runs on a document, and how many
    functions it calls: counts that, unlike time, are the same on every run and every
    machine (a loop's every turn counts, where calls alone would miss a loop)."""
    forget()
    count = 0

    def line(frame: FrameType, event: str, arg: object) -> object:
        nonlocal count
        if event == "line":
            count += 1
        return line

    def call(frame: FrameType, event: str, arg: object) -> object:
        nonlocal count
        count += 1
        return line if frame.f_code.co_filename.startswith(_OWN) else None

    def builtin(frame: FrameType, event: str, arg: object) -> None:
        nonlocal count
        if event == "c_call":
            count += 1

    sys.settrace(call)
    sys.setprofile(builtin)
    try:
        run(command, raw, fmt)
    finally:
        sys.setprofile(None)
        sys.settrace(None)
    return count


_OWN = str(Path(smartbrev.__file__).parent)
