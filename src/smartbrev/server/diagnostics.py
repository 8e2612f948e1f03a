"""smartbrev's diagnostics as LSP diagnostics: code, name, severity, a link to the
rule's documentation, and tags where they fit."""

from __future__ import annotations

from lsprotocol import types

from smartbrev.server.engine import Diagnostic, Severity
from smartbrev.server.positions import Lines

SOURCE = "smartbrev"

_SEVERITY = {
    Severity.ERROR: types.DiagnosticSeverity.Error,
    Severity.WARNING: types.DiagnosticSeverity.Warning,
    Severity.INFO: types.DiagnosticSeverity.Information,
}

_UNNECESSARY = frozenset({"SB901"})
"""Codes whose text could simply go (an unused suppression comment): shown faded."""


def to_lsp(diagnostic: Diagnostic, lines: Lines) -> types.Diagnostic:
    """One diagnostic for the editor."""
    message = f"{diagnostic.name}: {diagnostic.message}"
    if diagnostic.help:
        message += f"\nhelp: {diagnostic.help}"
    fix = diagnostic.fix
    return types.Diagnostic(
        range=lines.range(diagnostic.span),
        message=message,
        severity=_SEVERITY[diagnostic.severity],
        code=diagnostic.code,
        code_description=types.CodeDescription(href=diagnostic.url),
        source=SOURCE,
        tags=[types.DiagnosticTag.Unnecessary] if diagnostic.code in _UNNECESSARY else None,
        data={
            "name": diagnostic.name,
            "pointer": diagnostic.pointer,
            "fix": None if fix is None else fix.safety.value,
        },
    )


def configuration_problem(message: str) -> types.Diagnostic:
    """The diagnostic shown at a document's start when its configuration cannot be used."""
    start = types.Position(0, 0)
    return types.Diagnostic(
        range=types.Range(start, start),
        message=f"configuration not used: {message}",
        severity=types.DiagnosticSeverity.Error,
        source=SOURCE,
    )
