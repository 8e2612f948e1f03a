"""Suppression comments: reading them, applying them, and reporting unused or unknown ones.

Markdown and text: `<!-- smartbrev-disable-next-line RULE -- reason -->`, `-disable` /
`-enable` ranges, `-disable-line` and `-disable-file`, on their own line or at a line's
end. YAML: `# smartbrev: disable-next-line RULE`. Without rules, a comment covers every
rule. JSON has no comments; use per-file configuration instead.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from types import ModuleType

import msgspec
from msgspec.structs import replace

from smartbrev.diagnostics import Diagnostic, Span
from smartbrev.lint.rule import Rule
from smartbrev.lint.rules import unknown_rule_in_suppression as unknown
from smartbrev.lint.rules import unused_suppression as unused_rule

_KINDS = r"(disable-next-line|disable-line|disable-file|disable|enable)"
_HTML = re.compile(rf"<!--\s*smartbrev-{_KINDS}\b(.*?)-->", re.DOTALL)
_YAML = re.compile(rf"#\s*smartbrev:\s*{_KINDS}\b(.*)$")


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
    for match in _HTML.finditer(text):
        number = text.count("\n", 0, match.start()) + 1
        line = lines[number - 1] if number <= len(lines) else ""
        column = match.start() - (text.rfind("\n", 0, match.start()) + 1)
        found.append(_directive(match, number, line, column))
    return found


def _directive(match: re.Match[str], number: int, line: str, column: int) -> Directive:
    body = match.group(2).split(" -- ")[0].split("--")[0] if match.group(2) else ""
    selectors = tuple(s for s in re.split(r"[\s,]+", body.strip()) if s)
    own_line = not line[:column].strip()
    span = Span(number, column + 1, number, column + 1 + len(match.group().splitlines()[0]))
    return Directive(match.group(1), selectors, span, own_line)


def _next_paragraph(lines: Sequence[str], after: int) -> tuple[int, int]:
    """The 1-based line range of the first run of non-blank lines after line `after`."""
    start = after + 1
    while start <= len(lines) and not lines[start - 1].strip():
        start += 1
    end = start
    while end + 1 <= len(lines) and lines[end].strip() and "smartbrev-" not in lines[end]:
        end += 1
    return start, end


def resolve_coverage(directives: list[Directive], lines: Sequence[str]) -> None:
    """Work out which lines each comment covers."""
    last = len(lines)
    for index, directive in enumerate(directives):
        at = directive.span.line
        if directive.kind == "disable-file":
            directive.lines = (1, last)
        elif directive.kind == "disable-line":
            directive.lines = (at, at)
        elif directive.kind == "disable-next-line":
            directive.lines = _next_paragraph(lines, at)
        elif directive.kind == "disable":
            end = last
            for later in directives[index + 1 :]:
                if later.kind == "enable" and (
                    not later.selectors
                    or set(later.selectors) & set(directive.selectors)
                    or not directive.selectors
                ):
                    end = later.span.line
                    break
            directive.lines = (at, end)


def _problem(rule: ModuleType, message: str, path: str, span: Span) -> Diagnostic:
    """A problem with a comment, reported as the rule (SB901, SB902) in `rule` words it."""
    found: Rule = rule.RULE
    return Diagnostic(
        found.code, found.name, found.severity, message, path, span=span, help=rule.HELP
    )


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
    kept = []
    for diagnostic in diagnostics:
        line = diagnostic.span.line if diagnostic.span else 0
        covering = [
            d
            for d in directives
            if d.kind != "enable"
            and (d.every_rule or diagnostic.code in d.codes)
            and (d.lines[0] <= line <= d.lines[1] or (d.kind == "disable-file"))
        ]
        if covering:
            for directive in covering:
                directive.used.add(diagnostic.code)
        else:
            kept.append(diagnostic)
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
