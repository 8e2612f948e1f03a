"""Every code a report can carry, with its name, summary and default severity."""

from __future__ import annotations

import msgspec

from smartbrev.diagnostics import CODES, Severity, docs_url


class Entry(msgspec.Struct, frozen=True):
    """One code."""

    code: str
    name: str
    summary: str
    severity: Severity

    @property
    def url(self) -> str:
        """Its documentation page."""
        return docs_url(self.code, self.name)


def catalogue() -> list[Entry]:
    """Input and schema codes, then every lint rule."""
    from smartbrev.lint.registry import RULES

    entries = [Entry(code, c.name, c.summary, c.severity) for code, c in CODES.items()]
    entries += [Entry(r.code, r.name, r.summary, r.severity) for r in RULES]
    return sorted(entries, key=lambda e: e.code)
