"""One look at a draft, as the desk shows it after a keystroke: the findings with their
fixes, the structure the reader found and the meter; and the published preview, only
while it is on screen."""

from __future__ import annotations

from collections.abc import Sequence

import msgspec

from smartbrev.desk import engine
from smartbrev.desk.meter import Meter, measure
from smartbrev.desk.structure import Structure, outline

DRAFTS = ("markdown", "text")
"""Formats whose labels the editor marks (in JSON and YAML a label is just a value)."""


class Finding(msgspec.Struct, frozen=True, omit_defaults=True):
    """A diagnostic, with where it is, how to fix it and where its rule is explained."""

    code: str
    name: str
    severity: str
    message: str
    help: str | None = None
    line: int | None = None
    column: int | None = None
    end_line: int | None = None
    end_column: int | None = None
    doc: str | None = None
    """The rule's page, served by the desk."""
    fix: engine.Fix | None = None


class Preview(msgspec.Struct, frozen=True, omit_defaults=True):
    """The page `smartbrev convert --to html` writes, or why it writes none."""

    html: str | None = None
    problem: str | None = None


class Review(msgspec.Struct, frozen=True):
    findings: list[Finding]
    structure: Structure | None = None
    meter: Meter | None = None
    preview: Preview | None = None
    """The published page, when asked for with the review."""


def finding(diagnostic: engine.Diagnostic) -> Finding:
    """The desk's view of one diagnostic."""
    span = diagnostic.span
    rule = engine.is_rule(diagnostic.code)
    return Finding(
        code=diagnostic.code,
        name=diagnostic.name,
        severity=diagnostic.severity.value,
        message=diagnostic.message,
        help=diagnostic.help,
        line=span.line if span else None,
        column=span.column if span else None,
        end_line=span.end_line if span else None,
        end_column=span.end_column if span else None,
        doc=f"/rules/{diagnostic.code}" if rule else None,
        fix=diagnostic.fix if isinstance(diagnostic.fix, engine.Fix) else None,
    )


def _not_yet(diagnostics: Sequence[object]) -> Preview:
    errors = [
        d
        for d in diagnostics
        if isinstance(d, engine.Diagnostic) and d.severity is engine.Severity.ERROR
    ]
    reason = errors[0].message if errors else "it does not pass the schema"
    return Preview(problem=f"not a valid briefing yet: {reason}")


def preview(checked: engine.Checked) -> Preview:
    """The page `smartbrev convert --to html` writes for a draft, or why there is none."""
    if checked.source is None:
        return Preview(problem="the draft cannot be read")
    if checked.doc is None:
        return _not_yet(checked.diagnostics)
    try:
        return Preview(html=engine.publish(checked.source, "html"))
    except engine.InvalidBriefing as invalid:
        return _not_yet(invalid.diagnostics)
    except engine.WriteError as error:
        return Preview(problem=str(error))


def review(
    checked: engine.Checked, settings: engine.Settings, fmt: str, *, with_preview: bool = False
) -> Review:
    """What the desk shows beside a draft as it is typed (the page too, when asked)."""
    source = checked.source
    return Review(
        findings=[finding(d) for d in checked.diagnostics],
        structure=outline(source, fmt in DRAFTS) if source is not None else None,
        meter=measure(checked.doc, settings) if checked.doc is not None else None,
        preview=preview(checked) if with_preview else None,
    )
