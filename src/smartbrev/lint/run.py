"""Linting many inputs: settings per file, rules, fixes, one result per file."""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from smartbrev.collect import Target
from smartbrev.diagnostics import Diagnostic, Severity
from smartbrev.errors import ReadError
from smartbrev.fsutil import atomic_write
from smartbrev.lint.config import Loaded, Settings, discover, resolve
from smartbrev.lint.engine import lint_source
from smartbrev.lint.fix import apply_fixes, selected
from smartbrev.readers.decode import DEFAULT_LIMITS
from smartbrev.results import FileResult, Status
from smartbrev.runner import error_diagnostic, read_target
from smartbrev.source import parse_text


@dataclass(frozen=True)
class LintRequest:
    """How to lint: configuration layers from the command line, fixing, schema version."""

    layers: tuple[tuple[str, dict[str, Any]], ...] = ()
    config: Loaded | None = None
    """A configuration named on the command line (replaces discovery)."""
    isolated: bool = False
    fix: bool = False
    unsafe_fixes: bool = False
    diff: bool = False
    version: str | None = None


@dataclass
class LintFileResult:
    """One file's result, with what fixing did to it."""

    result: FileResult
    diff: str = ""
    fixed: int = 0
    refused: str | None = None
    internal_error: bool = False
    extra: dict[str, Any] = field(default_factory=dict)


def settings_for(target: Target, request: LintRequest) -> Settings:
    """The settings that apply to one target."""
    if request.config is not None:
        loaded = request.config
    elif request.isolated:
        loaded = Loaded(None, ())
    else:
        folder = target.path.parent if target.path is not None else Path()
        loaded = discover(folder.resolve())
    return resolve(target.path or Path(target.name), loaded, request.layers)


def _status(diagnostics: Iterable[Diagnostic]) -> Status:
    failed = any(d.severity is Severity.ERROR for d in diagnostics)
    return Status.INVALID if failed else Status.VALID


def lint_one(
    target: Target, request: LintRequest, stdin: BinaryIO | None, stdin_format: str | None
) -> LintFileResult:
    """Lint (and fix, when asked) one target."""
    try:
        source = read_target(target, stdin=stdin, stdin_format=stdin_format, limits=DEFAULT_LIMITS)
    except ReadError as error:
        diagnostic = error_diagnostic(error, target.name)
        return LintFileResult(FileResult(target.name, Status.UNUSABLE, (diagnostic,)))
    settings = settings_for(target, request)
    outcome = lint_source(source, settings, request.version)
    diagnostics = outcome.diagnostics
    answer = LintFileResult(
        FileResult(
            source.name,
            _status(diagnostics),
            tuple(diagnostics),
            source.lines if diagnostics else None,
        ),
        internal_error=bool(outcome.failures),
    )
    if not (request.fix or request.diff):
        return answer
    fixes = selected([d.fix for d in diagnostics if d.fix is not None], request.unsafe_fixes)
    fixed = apply_fixes(source, fixes)
    answer.refused = fixed.refused
    if fixed.text == source.text:
        return answer
    if request.diff:
        answer.diff = "".join(
            difflib.unified_diff(
                source.text.splitlines(keepends=True),
                fixed.text.splitlines(keepends=True),
                source.name if Path(source.name).is_absolute() else f"a/{source.name}",
                source.name if Path(source.name).is_absolute() else f"b/{source.name}",
            )
        )
        answer.fixed = fixed.applied
        return answer
    if target.path is None:
        answer.refused = "standard input cannot be fixed in place; use --diff"
        return answer
    atomic_write(target.path, fixed.text)
    again = parse_text(fixed.text, source.format, source.name)
    remaining = lint_source(again, settings, request.version).diagnostics
    answer.result = FileResult(
        source.name, _status(remaining), tuple(remaining), again.lines if remaining else None
    )
    answer.fixed = fixed.applied
    return answer


def lint_targets(
    targets: Iterable[Target | ReadError],
    request: LintRequest,
    *,
    stdin: BinaryIO | None = None,
    stdin_format: str | None = None,
) -> Iterator[LintFileResult]:
    """A result for every target, in order."""
    for target in targets:
        if isinstance(target, ReadError):
            name = target.path or "?"
            yield LintFileResult(
                FileResult(name, Status.UNUSABLE, (error_diagnostic(target, name),))
            )
            continue
        yield lint_one(target, request, stdin, stdin_format)
