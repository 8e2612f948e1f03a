"""Exceptions: failures to read or run. Content problems are diagnostics, never these."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from smartbrev.diagnostics import Diagnostic


class SmartbrevError(Exception):
    """Base class of every error smartbrev raises on purpose."""


class ReadError(SmartbrevError):
    """An input could not be read or parsed into a document.

    Carries where the problem is when that is known, so it can be reported like any
    diagnostic.
    """

    message: str
    """What is wrong, without the place."""
    code: str
    """The diagnostic code (SB001-SB005)."""
    name: str
    """The code's name, e.g. `invalid-syntax`."""
    path: str | None
    """The input, as named."""
    line: int | None
    """The 1-based line of the problem, when known."""
    column: int | None
    """The 1-based column of the problem, when known."""

    def __init__(
        self,
        message: str,
        *,
        code: str = "SB001",
        name: str = "unreadable-file",
        path: str | None = None,
        line: int | None = None,
        column: int | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.code = code
        self.name = name
        self.path = path
        self.line = line
        self.column = column

    def __str__(self) -> str:
        where = self.path or "<input>"
        if self.line is not None:
            where += f":{self.line}:{self.column or 1}"
        return f"{where}: {self.message}"


class SchemaError(SmartbrevError):
    """A schema is unknown, cannot be loaded, or refers to something outside the package."""


class InvalidBriefing(SmartbrevError):
    """A document was read but does not satisfy its schema."""

    diagnostics: list[Diagnostic]
    """The errors that make it invalid, each with its code, message and place."""

    def __init__(self, message: str, diagnostics: list[Diagnostic]) -> None:
        super().__init__(message)
        self.diagnostics = diagnostics


class WriteError(SmartbrevError):
    """Output could not be written, or was refused to keep the user's data safe."""


class ConfigError(SmartbrevError):
    """A configuration that cannot be used as written."""
