"""Every code a report can carry, with its name, summary, default severity and the
documentation `smartbrev rule CODE` shows."""

from __future__ import annotations

import msgspec

from smartbrev.diagnostics import CODES, Severity, docs_url


class Entry(msgspec.Struct, frozen=True):
    """One code."""

    code: str
    name: str
    summary: str
    severity: Severity
    description: str = ""
    """What it reports, in a paragraph."""
    help: str = ""
    """Its whole documentation page, as Markdown."""

    @property
    def url(self) -> str:
        """Its documentation page."""
        return docs_url(self.code, self.name)


def _what_it_does(markdown: str, fallback: str) -> str:
    section = markdown.split("### What it does", 1)
    if len(section) < 2:
        return fallback
    return " ".join(section[1].split("###", 1)[0].split()) or fallback


def catalogue() -> list[Entry]:
    """Input and schema codes, then every lint rule."""
    from smartbrev.lint.docs import code_page, page
    from smartbrev.lint.registry import RULES

    entries = [
        Entry(code, c.name, c.summary, c.severity, c.explanation, code_page(code, c))
        for code, c in CODES.items()
    ]
    for rule in RULES:
        help_page = page(rule)
        description = _what_it_does(help_page, rule.summary)
        entries.append(
            Entry(rule.code, rule.name, rule.summary, rule.severity, description, help_page)
        )
    return sorted(entries, key=lambda e: e.code)
