"""smartbrev: validate, convert and lint Smart Brevity briefings.

The public API is what `__all__` names; everything else may change between releases.
Names are imported on first use so that `import smartbrev` (and the command line's
start-up) stays fast.
"""

from __future__ import annotations

import importlib
import sys
import types
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
"""smartbrev's version."""

__all__ = (
    "SCHEMA_VERSIONS",
    "Briefing",
    "Config",
    "ConfigError",
    "Diagnostic",
    "Fix",
    "FixSafety",
    "Input",
    "InputFormat",
    "InvalidBriefing",
    "OutputFormat",
    "ReadError",
    "Reading",
    "SchemaError",
    "Severity",
    "SmartbrevError",
    "Span",
    "WriteError",
    "__version__",
    "fix",
    "lint",
    "load",
    "parse",
    "read",
    "render",
    "validate",
)

_HOMES = {
    "SCHEMA_VERSIONS": "smartbrev.schema.store",
    "Briefing": "smartbrev.model",
    "Diagnostic": "smartbrev.diagnostics",
    "Fix": "smartbrev.diagnostics",
    "FixSafety": "smartbrev.diagnostics",
    "Severity": "smartbrev.diagnostics",
    "Span": "smartbrev.diagnostics",
    "InputFormat": "smartbrev.formats",
    "OutputFormat": "smartbrev.formats",
    **dict.fromkeys(
        (
            "SmartbrevError",
            "ReadError",
            "InvalidBriefing",
            "SchemaError",
            "ConfigError",
            "WriteError",
        ),
        "smartbrev.errors",
    ),
    **dict.fromkeys(
        (
            "Config",
            "Input",
            "Reading",
            "fix",
            "lint",
            "load",
            "parse",
            "read",
            "render",
            "validate",
        ),
        "smartbrev.api",
    ),
}

if TYPE_CHECKING:
    from smartbrev.api import (
        Config,
        Input,
        Reading,
        fix,
        lint,
        load,
        parse,
        read,
        render,
        validate,
    )
    from smartbrev.diagnostics import Diagnostic, Fix, FixSafety, Severity, Span
    from smartbrev.errors import (
        ConfigError,
        InvalidBriefing,
        ReadError,
        SchemaError,
        SmartbrevError,
        WriteError,
    )
    from smartbrev.formats import InputFormat, OutputFormat
    from smartbrev.model import Briefing
    from smartbrev.schema.store import SCHEMA_VERSIONS


class _Package(types.ModuleType):
    """The package's module: importing the `smartbrev.lint` package must not put the
    package where the public `smartbrev.lint` function is (Python sets a package's
    attribute to each subpackage it imports). The subpackage stays in `sys.modules`, where
    `from smartbrev.lint import ...` finds it."""

    def __setattr__(self, name: str, value: Any) -> None:
        if isinstance(value, types.ModuleType) and _HOMES.get(name) == "smartbrev.api":
            return
        super().__setattr__(name, value)

    def __reduce__(self) -> tuple[Any, ...]:
        # Pickled as modules are, by name: a function mapped over workers may refer to it.
        return importlib.import_module, (self.__name__,)


sys.modules[__name__].__class__ = _Package


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'smartbrev' has no attribute {name!r}")
    value = getattr(importlib.import_module(home), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
