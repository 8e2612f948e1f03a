"""Running the rules over one source: schema problems first, then every enabled rule,
then suppression comments. A rule that fails is reported, never fatal to the run."""

from __future__ import annotations

from typing import Any

import msgspec
from msgspec.structs import replace

from smartbrev.diagnostics import Diagnostic, Severity, Span
from smartbrev.lint.config import Settings
from smartbrev.lint.context import Context
from smartbrev.lint.positions import has_own_place, source_span
from smartbrev.lint.registry import BY_CODE, RULES, find
from smartbrev.lint.rule import Finding, Rule
from smartbrev.lint.suppress import apply, read_directives
from smartbrev.messages import did_you_mean
from smartbrev.model import Briefing
from smartbrev.readers.source import Source
from smartbrev.schema.check import check, model_of
from smartbrev.schema.editions import is_edition

ENGINE_CODES = frozenset(rule.code for rule in RULES if rule.engine_reported)
"""Rules the suppression engine reports rather than runs."""

INTERNAL = "SB999"


class LintOutcome(msgspec.Struct):
    """What linting one source found."""

    diagnostics: list[Diagnostic]
    doc: Briefing | None = None
    """The model, when the source passed its schema (fixes need it)."""
    failures: list[str] = msgspec.field(default_factory=list)
    """Rules that raised: reported as internal errors."""


def lint_model(data: dict[str, Any]) -> Briefing | tuple[Any, ...]:
    """The model the rules see: a missing lede is empty, for `missing-lede` to report (for
    a newsletter edition: its own fields and each item's model)."""
    if is_edition(data):
        own = {key: value for key, value in data.items() if key != "items"}
        return (own, *(model_of(item, lede_optional=True) for item in data["items"]))
    return model_of(data, lede_optional=True)


def _diagnostic(rule: Rule, finding: Finding, source: Source, settings: Settings) -> Diagnostic:
    return Diagnostic(
        code=rule.code,
        name=rule.name,
        severity=settings.severity_of(rule.code),
        message=finding.message,
        path=source.name,
        pointer=finding.pointer,
        span=source_span(source, finding.pointer, finding.start, finding.end),
        help=finding.help,
        fix=finding.fix,
    )


def lint_source(
    source: Source, settings: Settings, version: str | None = None, *, drafting: bool = False
) -> LintOutcome:
    """Every diagnostic of one source: reader notes, schema errors, rule findings (for a
    newsletter edition: each item's, then the edition's own; `drafting`: see
    `schema.check.check`)."""
    # Every schema problem is reported, as `validate` reports it, whatever rules are
    # selected (lint is a superset of validate); without a lede the rest may still be
    # sound, and is linted if it is (`missing-lede` says what is missing).
    checked = check(source, version=version, lede_optional=True, drafting=drafting)
    diagnostics = list(checked.diagnostics)
    doc, edition = checked.doc, checked.edition
    found: list[Diagnostic] = []
    failures: list[str] = []
    if doc is not None:
        context = Context(doc, labels=dict(settings.labels), options=settings.options)
        briefing_rules = tuple(r for r in RULES if not r.edition)
        _run(briefing_rules, context, "", source, settings, found, failures)
    elif edition is not None:
        item_rules = tuple(r for r in RULES if r.items and not r.edition)
        for index, item in enumerate(edition.items):
            context = Context(item, dict(settings.labels), settings.options, edition=edition)
            _run(item_rules, context, f"/items/{index}", source, settings, found, failures)
        context = Context(edition.items[0], dict(settings.labels), settings.options, edition)
        _run(tuple(r for r in RULES if r.edition), context, "", source, settings, found, failures)
    else:
        return LintOutcome(sorted(diagnostics, key=Diagnostic.sort_key))
    directives = read_directives(source.text, source.format)
    if directives:
        found, problems = apply(found, directives, source.lines, source.name, _resolve, _suggest)
        found.extend(
            replace(p, severity=settings.severity_of(p.code))
            for p in problems
            if p.code in settings.enabled
        )
    diagnostics.extend(found)
    diagnostics.sort(key=Diagnostic.sort_key)
    if any(d.fix is not None for d in found):
        from smartbrev.lint.fix import vet  # needs the engine's model: imported here

        diagnostics = vet(source, diagnostics)
    return LintOutcome(diagnostics, doc, failures)


def _run(
    rules: tuple[Rule, ...],
    context: Context,
    prefix: str,
    source: Source,
    settings: Settings,
    found: list[Diagnostic],
    failures: list[str],
) -> None:
    """Run each enabled rule (engine-reported ones come from the suppression comments),
    its findings' pointers under `prefix` (an edition's item)."""
    for rule in rules:
        if rule.code not in settings.enabled or rule.check is None:
            continue
        try:
            findings = []
            for finding in rule.check(context, settings.options.get(rule.code)):
                if prefix:
                    fix = finding.fix
                    finding = replace(
                        finding,
                        pointer=prefix + finding.pointer,
                        fix=None if fix is None else replace(fix, pointer=prefix + fix.pointer),
                    )
                findings.append(_diagnostic(rule, finding, source, settings))
            found.extend(_once(findings, source) if len(findings) > 1 else findings)
        except Exception as error:
            failures.append(rule.name)
            found.append(
                Diagnostic(
                    INTERNAL,
                    "internal-error",
                    Severity.ERROR,
                    f"rule {rule.code} {rule.name} failed: {type(error).__name__}: {error}",
                    source.name,
                    help="please report this with the file that triggers it",
                )
            )


def _inside(inner: Span, outer: Span) -> bool:
    start, end = (inner.line, inner.column), (inner.end_line, inner.end_column)
    return (outer.line, outer.column) <= start and end <= (outer.end_line, outer.end_column)


def _once(findings: list[Diagnostic], source: Source) -> list[Diagnostic]:
    """One fault, one finding: a finding on a field the source does not write on its own
    (a draft's author names are read out of its byline line) is left out when the rule
    reports a field written within the place it borrows (the byline's text)."""
    borrowed = {
        id(d) for d in findings if d.span is not None and not has_own_place(source, d.pointer)
    }
    if not borrowed:
        return findings
    written = [d.span for d in findings if d.span is not None and id(d) not in borrowed]
    return [
        d
        for d in findings
        if id(d) not in borrowed
        or d.span is None
        or not any(_inside(span, d.span) for span in written)
    ]


def _resolve(selector: str) -> frozenset[str]:
    rule = find(selector)
    if rule is not None:
        return frozenset({rule.code})
    upper = selector.upper()
    if upper.startswith("SB") and len(upper) >= 3:
        return frozenset(code for code in BY_CODE if code.startswith(upper))
    return frozenset()


def _suggest(selector: str) -> str | None:
    names = [rule.name for rule in RULES] + list(BY_CODE)
    return did_you_mean(selector, names)
