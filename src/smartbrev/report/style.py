"""Terminal colours for the human-readable reports (none unless asked for)."""

from __future__ import annotations

import msgspec

from smartbrev.diagnostics import Severity

_SEVERITY = {Severity.ERROR: "1;31", Severity.WARNING: "1;33", Severity.INFO: "1;36"}


class Style(msgspec.Struct, frozen=True):
    """Wraps parts of a report in ANSI colour codes when `color` is on."""

    color: bool = False

    def _paint(self, code: str, text: str) -> str:
        return f"\x1b[{code}m{text}\x1b[0m" if self.color and text else text

    def severity(self, severity: Severity, text: str) -> str:
        """Text in its severity's colour (red, yellow, cyan)."""
        return self._paint(_SEVERITY[severity], text)

    def bold(self, text: str) -> str:
        """Bold text."""
        return self._paint("1", text)

    def frame(self, text: str) -> str:
        """The gutter and arrows around source lines (blue)."""
        return self._paint("1;34", text)


PLAIN = Style()
