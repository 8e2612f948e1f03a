"""Suppression comments: reading them, applying them, and reporting unused or unknown ones.

Markdown and text: `<!-- smartbrev-disable-next-line RULE -- reason -->`, `-disable` /
`-enable` ranges, `-disable-line` and `-disable-file`, on their own line or at a line's
end. YAML: `# smartbrev: disable-next-line RULE`. Without rules, a comment covers every
rule. JSON has no comments; use per-file configuration instead.
"""

from __future__ import annotations

import re
import sys
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from types import ModuleType

import msgspec
from msgspec.structs import replace

from smartbrev.diagnostics import Diagnostic, Span
from smartbrev.lint.rule import Rule
from smartbrev.lint.rules import unknown_rule_in_suppression as unknown
from smartbrev.lint.rules import unused_suppression as unused_rule
from smartbrev.patterns import Lazy

_KINDS = r"(disable-next-line|disable-line|disable-file|disable|enable)"
_HTML = Lazy(rf"<!--\s*smartbrev-{_KINDS}\b(.*?)-->", re.DOTALL)
_YAML = Lazy(rf"#\s*smartbrev:\s*{_KINDS}\b(.*)$")


class Directive(msgspec.Struct):
    """One suppression comment."""

    kind: str
    selectors: tuple[str, ...]
    span: Span
    own_line: bool
    codes: frozenset[str] = frozenset()
    """The codes the selectors name (all rules when there are no selectors)."""
    groups: dict[str, frozenset[str]] = msgspec.field(default_factory=dict)
    """The codes each selector names."""
    every_rule: bool = False
    lines: tuple[int, int] = (0, 0)
    """The first and last line (1-based, inclusive) the comment covers."""
    used: set[str] = msgspec.field(default_factory=set)


def read_directives(text: str, fmt: str) -> list[Directive]:
    """The suppression comments of a source, in order."""
    if fmt == "yaml":
        found = []
        for number, line in enumerate(text.splitlines(), 1):
            match = _YAML.search(line)
            if match:
                found.append(_directive(match, number, line, match.start()))
        return found
    if fmt not in ("markdown", "text") or "smartbrev-" not in text:
        return []
    lines = text.splitlines()
    found = []
    # Lines are counted on from one comment to the next, and no comment is looked for
    # after the last `-->`: either way, many comments cost their number, not its square.
    number, line_start, counted = 1, 0, 0
    for match in _HTML.finditer(text, 0, text.rfind("-->") + 3):
        start = match.start()
        newlines = text.count("\n", counted, start)
        if newlines:
            number += newlines
            line_start = text.rfind("\n", counted, start) + 1
        counted = start
        line = lines[number - 1] if number <= len(lines) else ""
        found.append(_directive(match, number, line, start - line_start))
    return found


def _directive(match: re.Match[str], number: int, line: str, column: int) -> Directive:
    body = match.group(2).split(" -- ")[0].split("--")[0] if match.group(2) else ""
    selectors = tuple(s for s in re.split(r"[\s,]+", body.strip()) if s)
    own_line = not line[:column].strip()
    span = Span(number, column + 1, number, column + 1 + len(match.group().splitlines()[0]))
    return Directive(match.group(1), selectors, span, own_line)


def _paragraph_ends(lines: Sequence[str]) -> list[int]:
    """For each line (1-based), the last line of the run of non-blank lines it opens,
    a suppression comment ending a run (index 0 unused)."""
    ends = list(range(len(lines) + 1))
    for number in range(len(lines) - 1, 0, -1):
        following = lines[number]  # the line after line `number`
        if following.strip() and "smartbrev-" not in following:
            ends[number] = ends[number + 1]
    return ends


def _next_filled(lines: Sequence[str]) -> list[int]:
    """For each line (1-based), the first non-blank line from it on (past the end: one
    past the last line)."""
    filled = [len(lines) + 1] * (len(lines) + 2)
    for number in range(len(lines), 0, -1):
        filled[number] = number if lines[number - 1].strip() else filled[number + 1]
    return filled


def resolve_coverage(directives: list[Directive], lines: Sequence[str]) -> None:
    """Work out which lines each comment covers.

    Each `disable` runs to the first later `enable` that names one of its rules (or any
    rule, when either names none): the comments are read once from the last, keeping
    where the next `enable` of each rule is, rather than searched again for each one.
    """
    last = len(lines)
    ends: list[int] | None = None
    filled: list[int] | None = None
    next_any: int | None = None
    next_bare: int | None = None
    next_naming: dict[str, int] = {}
    for directive in reversed(directives):
        at = directive.span.line
        if directive.kind == "disable-file":
            directive.lines = (1, last)
        elif directive.kind == "disable-line":
            directive.lines = (at, at)
        elif directive.kind == "disable-next-line":
            if ends is None or filled is None:
                ends, filled = _paragraph_ends(lines), _next_filled(lines)
            start = filled[min(at + 1, last + 1)]
            directive.lines = (start, ends[start] if start <= last else start)
        elif directive.kind == "disable":
            if directive.selectors:
                found = [next_naming[s] for s in directive.selectors if s in next_naming]
                if next_bare is not None:
                    found.append(next_bare)
                end = min(found, default=None)
            else:
                end = next_any
            directive.lines = (at, last if end is None else end)
        elif directive.kind == "enable":
            next_any = at
            if not directive.selectors:
                next_bare = at
            for selector in directive.selectors:
                next_naming[selector] = at


def _problem(rule: ModuleType, message: str, path: str, span: Span) -> Diagnostic:
    """A problem with a comment, reported as the rule (SB901, SB902) in `rule` words it."""
    found: Rule = rule.RULE
    return Diagnostic(
        found.code, found.name, found.severity, message, path, span=span, help=rule.HELP
    )


def _uncovered(diagnostics: list[Diagnostic], directives: list[Directive]) -> list[Diagnostic]:
    """The diagnostics no comment covers; each comment learns which of its rules it was
    used for.

    Found from each rule's sorted lines, so that many comments and many findings cost
    their numbers times a logarithm, not their product.
    """
    lines_of: dict[str, list[int]] = {}
    for diagnostic in diagnostics:
        lines_of.setdefault(diagnostic.code, []).append(_line(diagnostic))
    for found in lines_of.values():
        found.sort()
    ranges: dict[str, list[tuple[int, int]]] = {}
    for directive in directives:
        if directive.kind == "enable":
            continue
        first, last = directive.lines
        if directive.kind == "disable-file":
            first, last = 0, sys.maxsize  # findings without a line too
        for code in lines_of if directive.every_rule else directive.codes & lines_of.keys():
            found = lines_of[code]
            if bisect_right(found, last) > bisect_left(found, first):
                directive.used.add(code)
                ranges.setdefault(code, []).append((first, last))
    kept = []
    merged = {code: _merge(spans) for code, spans in ranges.items()}
    for diagnostic in diagnostics:
        spans = merged.get(diagnostic.code)
        line = _line(diagnostic)
        index = bisect_right(spans[0], line) - 1 if spans else -1
        if not (spans and index >= 0 and line <= spans[1][index]):
            kept.append(diagnostic)
    return kept


def _line(diagnostic: Diagnostic) -> int:
    return diagnostic.span.line if diagnostic.span else 0


def _merge(spans: list[tuple[int, int]]) -> tuple[list[int], list[int]]:
    """Overlapping line ranges joined: their starts and ends, in order."""
    starts: list[int] = []
    ends: list[int] = []
    for first, last in sorted(spans):
        if ends and first <= ends[-1]:
            ends[-1] = max(ends[-1], last)
        else:
            starts.append(first)
            ends.append(last)
    return starts, ends


def apply(
    diagnostics: list[Diagnostic],
    directives: list[Directive],
    lines: Sequence[str],
    path: str,
    resolve: Callable[[str], frozenset[str]],
    suggest: Callable[[str], str | None],
) -> tuple[list[Diagnostic], list[Diagnostic]]:
    """Diagnostics left after suppression, and the problems with the comments themselves.

    `resolve` turns a selector (a code, a code prefix or a name) into rule codes (empty
    when unknown); `suggest` offers the closest known name.
    """
    problems: list[Diagnostic] = []
    for directive in directives:
        codes: set[str] = set()
        for selector in directive.selectors:
            found = resolve(selector)
            if not found:
                hint = suggest(selector)
                problems.append(
                    _problem(unknown, unknown.message(selector, hint), path, directive.span)
                )
            else:
                codes |= found
                directive.groups[selector] = found
        directive.codes = frozenset(codes)
        directive.every_rule = not directive.selectors
    resolve_coverage(directives, lines)
    kept = _uncovered(diagnostics, directives)
    for directive in directives:
        if directive.kind == "enable" or (directive.selectors and not directive.codes):
            continue
        unused = [
            selector for selector, group in directive.groups.items() if not group & directive.used
        ]
        if directive.every_rule and not directive.used:
            unused = ["any rule"]
        if unused:
            problems.append(
                _problem(unused_rule, unused_rule.message(unused), path, directive.span)
            )
    return kept, [replace(p) for p in problems]
