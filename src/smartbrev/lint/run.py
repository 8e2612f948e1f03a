"""Linting many inputs: settings per file, rules, fixes, one result per file."""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterable, Iterator
from functools import cached_property
from pathlib import Path
from typing import Any, BinaryIO, TypeVar

import msgspec
from msgspec.structs import replace

from smartbrev.batch.jobs import Job, not_written, unusable
from smartbrev.batch.results import FileResult, FileText, Status, Tally, tally_of
from smartbrev.batch.runner import CacheSpec, run_checks
from smartbrev.diagnostics import Diagnostic, Severity
from smartbrev.errors import ReadError, WriteError
from smartbrev.files import Target
from smartbrev.formats import INPUTS
from smartbrev.lint.config import Loaded, Settings, discover, resolve
from smartbrev.readers.source import Source, parse_bytes
from smartbrev.writes import replace_checked

T = TypeVar("T")


class LintRequest(msgspec.Struct, frozen=True):
    """How to lint: configuration layers from the command line, fixing, schema version."""

    layers: tuple[tuple[str, dict[str, Any]], ...] = ()
    config: Loaded | None = None
    """A configuration named on the command line (replaces discovery)."""
    isolated: bool = False
    fix: bool = False
    unsafe_fixes: bool = False
    diff: bool = False
    version: str | None = None


class LintFileResult(msgspec.Struct):
    """One file's result, with what fixing did to it."""

    result: FileResult
    diff: str = ""
    fixed: int = 0
    refused: str | None = None
    internal_error: bool = False
    text: str | None = None
    """The report's text for this file, when the worker rendered it (streaming formats)."""
    tally: Tally | None = None
    """What counting needs of the diagnostics, when they stayed with the worker."""
    fixed_text: str | None = None
    """Standard input's text after --fix (the text itself when nothing was fixed): it is
    printed, as the file would have been rewritten."""
    fixed_codes: tuple[str, ...] = ()
    """The code of each problem --fix resolved, for --show-fixes."""


_RESOLVED: dict[tuple[int, str], Settings] = {}
_KEYS: dict[tuple[int, str], str] = {}
_MEMO_SIZE = 4096
"""Folders remembered per run (cleared beyond this, so memory stays bounded)."""


def _remember(memo: dict[tuple[int, str], T], key: tuple[int, str], value: T) -> T:
    if len(memo) > _MEMO_SIZE:
        memo.clear()
    memo[key] = value
    return value


def _folder(target: Target) -> str:
    return os.path.dirname(target.name) if target.path is not None else ""  # noqa: PTH120


def _configuration(folder: str, request: LintRequest) -> Loaded:
    if request.config is not None:
        return request.config
    if request.isolated:
        return Loaded(None, ())
    return discover(Path(folder).absolute())


def settings_key(target: Target, request: LintRequest) -> str:
    """What decides a target's settings, as a string: "defaults" when no configuration
    applies (smartbrev's own code, which decides the defaults, is in every cache key),
    otherwise the resolved settings' fingerprint."""
    folder = _folder(target)
    known = _KEYS.get((id(request), folder))
    if known is not None:
        return known
    if not request.layers and not _configuration(folder, request).layers:
        # Nothing to resolve: the rules need not even be imported.
        return _remember(_KEYS, (id(request), folder), "defaults")
    return settings_for(target, request).fingerprint


def settings_for(target: Target, request: LintRequest) -> Settings:
    """The settings that apply to one target (resolved once per folder without overrides)."""
    folder = _folder(target)
    settings = _RESOLVED.get((id(request), folder))
    if settings is not None:
        return settings
    loaded = _configuration(folder, request)
    path = Path(target.path or target.name)
    by_file = any("overrides" in table for _, table in (*loaded.layers, *request.layers))
    settings = resolve(path, loaded, request.layers)
    if not by_file:
        _remember(_RESOLVED, (id(request), folder), settings)
    return settings


def _status(diagnostics: Iterable[Diagnostic]) -> Status:
    failed = any(d.severity is Severity.ERROR for d in diagnostics)
    return Status.INVALID if failed else Status.VALID


def lint_job(job: Job, request: LintRequest) -> LintFileResult:
    """Lint (and fix, when asked) one file's bytes."""
    from smartbrev.lint.engine import lint_source  # the rules: not needed for cached files

    target = Target(job.name, job.path)
    try:
        source = parse_bytes(job.raw, job.fmt, job.name)
    except ReadError as error:
        return LintFileResult(unusable(error, job.name))
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
    if INPUTS[job.fmt].paragraphs:
        answer.refused = (
            "smartbrev never rewrites a Word document: apply the fixes in Word, or convert it "
            "(`smartbrev convert FILE --to markdown -o FILE.md`) and fix that"
        )
        return answer
    from smartbrev.lint.fix import fix_repeatedly

    def relint(fixed: Source) -> list[Diagnostic]:
        return lint_source(fixed, settings, request.version).diagnostics

    outcome_of_fixing = fix_repeatedly(source, diagnostics, relint, request.unsafe_fixes)
    fixed = outcome_of_fixing.fixed
    answer.refused = fixed.refused
    if job.path is None and not request.diff:
        answer.fixed_text = fixed.text
    if fixed.text == source.text:
        return answer
    if request.diff:
        import difflib  # only when a diff is asked for

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
    again, remaining = outcome_of_fixing.source, outcome_of_fixing.diagnostics
    left = Counter(d.code for d in remaining)
    answer.fixed_codes = tuple(sorted((Counter(d.code for d in diagnostics) - left).elements()))
    if job.path is None:
        answer.result = FileResult(
            source.name, _status(remaining), tuple(remaining), again.lines if remaining else None
        )
        answer.fixed = fixed.applied
        return answer
    try:
        replace_checked(job.path, fixed.text, job.raw)
    except (WriteError, OSError) as error:
        # The fixes were ready; the file stays as it was, and says why (exit 2).
        message = str(error) if isinstance(error, WriteError) else f"{job.name}: {error}"
        answer.result = replace(
            answer.result,
            status=Status.UNUSABLE,
            diagnostics=(*answer.result.diagnostics, not_written(message, job.name)),
            lines=source.lines,
        )
        return answer
    answer.result = FileResult(
        source.name, _status(remaining), tuple(remaining), again.lines if remaining else None
    )
    answer.fixed = fixed.applied
    return answer


class LintCheck(msgspec.Struct, frozen=True, dict=True):
    """Linting (and fixing) one file; with `render`, the worker also writes its report."""

    request: LintRequest
    render: FileText | None = None

    def context(self, job: Job) -> tuple[object, ...]:
        return (settings_key(Target(job.name, job.path), self.request), self.request.version)

    def work(self, job: Job) -> LintFileResult:
        return lint_job(job, self.request)

    def wrap(self, result: FileResult) -> LintFileResult:
        return LintFileResult(result)

    def finish(self, outcome: LintFileResult) -> LintFileResult:
        if self.render is None or outcome.diff:
            return outcome
        # The parent only prints and counts: send it the text and the tally, not the
        # source lines and diagnostic objects the report was made from.
        outcome.text = self.render.file(outcome.result)
        outcome.tally = tally_of(outcome.result)
        outcome.result = replace(outcome.result, lines=None, diagnostics=())
        return outcome

    @cached_property
    def _signature(self) -> str | None:
        return None if self.render is None else self.render.signature

    def shown_as(self, name: str) -> str | None:
        signature = self._signature
        return None if signature is None else f"{signature}\x00{name}"

    def shown(self, outcome: LintFileResult) -> tuple[str, Tally] | None:
        if outcome.text is None or outcome.tally is None:
            return None
        return outcome.text, outcome.tally

    def recall(self, result: FileResult, text: str, tally: Tally) -> LintFileResult:
        return LintFileResult(result, text=text, tally=tally)

    def unwrap(self, result: LintFileResult) -> FileResult | None:
        if result.internal_error or result.diff or result.fixed:
            return None
        return result.result


def lint_targets(
    targets: Iterable[Target | ReadError],
    request: LintRequest,
    *,
    stdin: BinaryIO | None = None,
    stdin_format: str | None = None,
    jobs: int = 1,
    cache: CacheSpec | None = None,
    render: FileText | None = None,
) -> Iterator[LintFileResult]:
    """A result for every target, in order (with its report text when `render` is given)."""
    if request.fix or request.diff:
        cache = None  # fixing works on the file as it is now, never on a remembered result
    # Configuration is looked up afresh for every run (files may have changed since).
    discover.cache_clear()
    _RESOLVED.clear()
    _KEYS.clear()
    yield from run_checks(
        targets,
        LintCheck(request, render),
        jobs=jobs,
        cache=cache,
        stdin=stdin,
        stdin_format=stdin_format,
    )
