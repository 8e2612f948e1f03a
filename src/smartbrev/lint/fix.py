"""Applying fixes to the source text, and proving they changed only what they meant to.

After fixing, the text must read back as the same briefing with only the fixed fields
changed; otherwise nothing is written.
"""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Callable
from itertools import pairwise
from typing import Any

import msgspec
from msgspec.structs import replace

from smartbrev.axioms import CUSTOM, match_label
from smartbrev.diagnostics import Diagnostic, Edit, Span
from smartbrev.errors import SmartbrevError
from smartbrev.formats import DRAFT_FORMATS
from smartbrev.lint.engine import lint_model
from smartbrev.lint.positions import resolve, source_offsets
from smartbrev.lint.rule import Fix, FixSafety
from smartbrev.patterns import Lazy
from smartbrev.pointer import LineIndex
from smartbrev.readers.source import Source, parse_text
from smartbrev.schema.editions import is_edition


class Fixed(msgspec.Struct, frozen=True):
    """The outcome of fixing one source."""

    text: str
    """The new text (the old one when nothing changed)."""
    applied: int
    """How many fixes were applied."""
    refused: str | None = None
    """Why the fixes were not applied, when they were not."""


def _set(data: Any, pointer: str, value: str) -> None:
    tokens = [t.replace("~1", "/").replace("~0", "~") for t in pointer.split("/")[1:]]
    node = data
    for token in tokens[:-1]:
        node = node[int(token)] if isinstance(node, list) else node[token]
    last = tokens[-1]
    if isinstance(node, list):
        node[int(last)] = value
    else:
        node[last] = value


def _axiom_edit(
    source: Source, pointer: str, label: str, expected: dict[str, Any] | None
) -> tuple[int, int, str] | None:
    """A new label may name another axiom: keep the block's `axiom` in step with it (in
    `expected` too, when given)."""
    if not pointer.endswith("/label"):
        return None
    block = pointer.rsplit("/", 1)[0]
    axiom = match_label(label) or CUSTOM
    if resolve(source.data, f"{block}/axiom") == axiom:
        return None
    if expected is not None:
        _set(expected, f"{block}/axiom", axiom)
    if source.format in DRAFT_FORMATS:
        return None  # a draft's reader derives the axiom from the label
    where = source.locate(f"{block}/axiom")
    if where is None or where.value.line != where.value.end_line:
        return None
    lines = LineIndex(source.text)
    start = lines.offset(where.value.line, where.value.column)
    end = lines.offset(where.value.end_line, where.value.end_column)
    return start, end, json.dumps(axiom)


def selected(fixes: list[Fix], unsafe: bool) -> list[Fix]:
    """The fixes to apply: safe ones, and unsafe ones when asked; no two overlapping."""
    chosen: list[Fix] = []
    for fix in sorted(fixes, key=lambda f: (f.pointer, f.start)):
        if fix.safety is FixSafety.UNSAFE and not unsafe:
            continue
        if chosen and chosen[-1].pointer == fix.pointer and fix.start < chosen[-1].end:
            continue
        chosen.append(fix)
    return chosen


def splice(text: str, edits: list[tuple[int, int, str]]) -> str:
    """The text with each (start, end, replacement) made, the last first.

    Edits that do not overlap are joined with the text between them in one pass (one
    slice per edit would copy the text again for each: time in the square of a draft
    with thousands of fixes); overlapping ones are made one after another.
    """
    ordered = sorted(edits, key=lambda edit: edit[0])
    if any(b[0] < a[1] or b[0] == a[0] for a, b in pairwise(ordered)):
        for start, end, replacement in sorted(edits, key=lambda edit: edit[0], reverse=True):
            text = text[:start] + replacement + text[end:]
        return text
    pieces = []
    at = 0
    for start, end, replacement in ordered:
        pieces.append(text[at:start])
        pieces.append(replacement)
        at = end
    pieces.append(text[at:])
    return "".join(pieces)


Plan = tuple[list[tuple[int, int, str]], dict[str, Any]]
"""Edits of the source text (start, end, replacement), and the data expected after them."""


def _plan(source: Source, fixes: list[Fix], *, expect: bool = True) -> Plan | str:
    """The edits that make the fixes in the source text, or why they cannot be made; and,
    when `expect`ed, the data the fixed text must read as (else the source's own)."""
    expected = copy.deepcopy(source.data) if expect else None
    by_field: dict[str, list[Fix]] = {}
    for fix in fixes:
        by_field.setdefault(fix.pointer, []).append(fix)
    edits: list[tuple[int, int, str]] = []
    lines: LineIndex | None = None  # a JSON or YAML value's place: made once, when needed
    for pointer, group in by_field.items():
        text = resolve(source.data, pointer)
        if not isinstance(text, str):
            continue
        new = splice(text, [(fix.start, fix.end, fix.new) for fix in group])
        if expected is not None:
            _set(expected, pointer, new)
        extra = _axiom_edit(source, pointer, new, expected)
        if extra is not None:
            edits.append(extra)
        if source.format in DRAFT_FORMATS:
            for fix in group:
                offsets = source_offsets(source, pointer, fix.start, fix.end)
                if offsets is None:
                    return f"cannot find the text of {pointer} to fix"
                edits.append((*offsets, fix.new))
        else:
            where = source.locate(pointer)
            if where is None or where.value.line != where.value.end_line:
                return f"cannot rewrite the value at {pointer} in place"
            span = where.value
            lines = lines or LineIndex(source.text)
            start = lines.offset(span.line, span.column)
            end = lines.offset(span.end_line, span.end_column)
            edits.append((start, end, json.dumps(new, ensure_ascii=False)))
    return edits, source.data if expected is None else expected


def apply_fixes(source: Source, fixes: list[Fix]) -> Fixed:
    """The source text with the fixes applied, or the old text and the reason for refusing."""
    if not fixes:
        return Fixed(source.text, 0)
    plan = _plan(source, fixes)
    if isinstance(plan, str):
        return Fixed(source.text, 0, plan)
    edits, expected = plan
    result = splice(source.text, edits)
    try:
        again = parse_text(result, source.format, source.name, editions=is_edition(source.data))
        same = lint_model(again.data) == lint_model(expected)
    except (SmartbrevError, KeyError, TypeError):
        same = False
    if not same:
        return Fixed(source.text, 0, "the fixed text would not read back as the same briefing")
    return Fixed(result, len(fixes))


def _placed(source: Source, fix: Fix, lines: LineIndex) -> Fix | None:
    """The fix with its edits of the source text, or None when they cannot be made."""
    plan = _plan(source, [fix], expect=False)
    if isinstance(plan, str):
        return None
    edits = tuple(Edit(lines.span(start, end), text) for start, end, text in sorted(plan[0]))
    return replace(fix, edits=edits)


def vet(source: Source, diagnostics: list[Diagnostic]) -> list[Diagnostic]:
    """The diagnostics with only the fixes `--fix` would apply (with `--unsafe-fixes`, for
    unsafe ones), each carrying its edits of the source text: a finding whose fix would
    be refused is not offered as fixable."""
    from smartbrev.lint.rules.mojibake import RULE as MOJIBAKE

    draft = source.format in DRAFT_FORMATS
    lines = LineIndex.of_draft(source.text) if draft else LineIndex(source.text)
    fixes: dict[int, Fix | None] = {}
    repairs: dict[int, Fix] = {}
    for i, d in enumerate(diagnostics):
        if d.fix is None:
            continue
        if d.code == MOJIBAKE.code:  # repaired line by line, apart from the other fixes
            repairs[i] = replace(d.fix, edits=_line_repairs(source, d))
            continue
        fixes[i] = _placed(source, d.fix, lines)
    for unsafe in (False, True):
        group = {i: f for i, f in fixes.items() if f and (unsafe or f.safety is FixSafety.SAFE)}
        if unsafe and all(f.safety is FixSafety.SAFE for f in group.values()):
            break  # no unsafe fix: the safe ones were checked already
        if apply_fixes(source, selected(list(group.values()), unsafe)).refused:
            for i, fix in group.items():
                if apply_fixes(source, [fix]).refused:
                    fixes[i] = None
    fixes.update(repairs)
    return [replace(d, fix=fixes[i]) if i in fixes else d for i, d in enumerate(diagnostics)]


def _line_repairs(source: Source, diagnostic: Diagnostic) -> tuple[Edit, ...]:
    """The lines `repair_encoding` rewrites for a mojibake finding, as edits."""
    from smartbrev.lint.encoding import repaired

    if diagnostic.span is None:
        return ()
    lines = source.text.split("\n")
    found = []
    for number in range(diagnostic.span.line, diagnostic.span.end_line + 1):
        line = lines[number - 1] if number <= len(lines) else ""
        fixed = repaired(line)
        if fixed != line:
            found.append(Edit(Span(number, 1, number, len(line) + 1), fixed))
    return tuple(found)


_LINES = Lazy(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$")
MAX_PASSES = 10
"""Fix passes at most: a fix may make room for another (two in one text overlap)."""


class Outcome(msgspec.Struct, frozen=True):
    """Fixing one source until nothing more can be fixed."""

    fixed: Fixed
    source: Source
    """The source as fixed (the original when nothing changed)."""
    diagnostics: list[Diagnostic]
    """What linting the fixed source finds."""


def repair_encoding(source: Source, diagnostics: list[Diagnostic]) -> tuple[str, int]:
    """The source text with the lines `mojibake` reported decoded back, and how many
    findings that fixes. Done on the source, not in the model: undoing mojibake may let
    the reader see what it could not (a label), so the briefing is not expected to read
    back the same; what is checked is that only garbled sequences changed."""
    from smartbrev.lint.encoding import SUSPICIOUS, repaired
    from smartbrev.lint.rules.mojibake import RULE

    reported = [
        d for d in diagnostics if d.code == RULE.code and d.fix is not None and d.span is not None
    ]
    # Lines as the draft readers count them (CRLF, CR or LF), each with its own break.
    lines = _LINES.findall(source.text)
    numbers = {n for d in reported if d.span for n in range(d.span.line, d.span.end_line + 1)}
    for number in sorted(n for n in numbers if n <= len(lines)):
        line = lines[number - 1].rstrip("\r\n")
        end = lines[number - 1][len(line) :]
        fixed = repaired(line)
        if fixed != line and _only_garbled_changed(line, fixed, SUSPICIOUS):
            lines[number - 1] = fixed + end
    text = "".join(lines)
    return (text, len(reported)) if text != source.text else (source.text, 0)


def _only_garbled_changed(line: str, fixed: str, garbled: re.Pattern[str]) -> bool:
    import difflib

    spans = [m.span() for m in garbled.finditer(line)]
    for tag, start, end, _new_start, _new_end in difflib.SequenceMatcher(
        None, line, fixed, autojunk=False
    ).get_opcodes():
        if tag != "equal" and not any(s <= start and end <= e for s, e in spans):
            return False
    return True


def fix_repeatedly(
    source: Source,
    diagnostics: list[Diagnostic],
    relint: Callable[[Source], list[Diagnostic]],
    unsafe: bool,
) -> Outcome:
    """Undo mojibake first, then apply fixes, lint the result and fix again, as long as
    fixes apply (as ruff does): two fixes that overlap in one text are applied one pass
    after the other."""
    current, applied = source, 0
    text, repaired = repair_encoding(source, diagnostics)
    if repaired:
        try:
            current = parse_text(text, source.format, source.name, editions=is_edition(source.data))
        except SmartbrevError:
            current = source
        else:
            applied, diagnostics = repaired, relint(current)
    for _ in range(MAX_PASSES):
        fixes = selected([d.fix for d in diagnostics if d.fix is not None], unsafe)
        fixed = apply_fixes(current, fixes)
        if fixed.refused or fixed.text == current.text:
            return Outcome(Fixed(current.text, applied, fixed.refused), current, diagnostics)
        applied += fixed.applied
        current = parse_text(
            fixed.text, source.format, source.name, editions=is_edition(source.data)
        )
        diagnostics = relint(current)
    return Outcome(Fixed(current.text, applied), current, diagnostics)
