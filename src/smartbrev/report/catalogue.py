"""Every code a report can carry, with its name, summary and default severity."""

from __future__ import annotations

import msgspec

from smartbrev.codes import CODES
from smartbrev.diagnostics import DOCS_BASE, Severity


class Entry(msgspec.Struct, frozen=True):
    """One code."""

    code: str
    name: str
    summary: str
    severity: Severity

    @property
    def url(self) -> str:
        """Its documentation page."""
        return f"{DOCS_BASE}/{self.code.lower()}-{self.name}"


def catalogue() -> list[Entry]:
    """Input and schema codes, then every lint rule."""
    from smartbrev.lint.registry import RULES

    entries = [
        Entry(
            code,
            name,
            summary,
            Severity.ERROR if code < "SB020" or code == "SB999" else Severity.WARNING,
        )
        for code, (name, summary) in CODES.items()
    ]
    entries += [Entry(r.code, r.name, r.summary, r.severity) for r in RULES]
    return sorted(entries, key=lambda e: e.code)
