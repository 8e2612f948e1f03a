"""smartbrev: validate, convert and lint Smart Brevity briefings.

The public API is what `__all__` names; everything else may change between releases.
Names are imported on first use so that `import smartbrev` (and the command line's
start-up) stays fast.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

__all__ = (
    "SCHEMA_VERSIONS",
    "Briefing",
    "Diagnostic",
    "InvalidBriefing",
    "ReadError",
    "Severity",
    "SmartbrevError",
    "__version__",
    "load",
    "parse",
    "validate",
)

_HOMES = {
    "SCHEMA_VERSIONS": "smartbrev.schema.store",
    "Briefing": "smartbrev.model",
    "Diagnostic": "smartbrev.diagnostics",
    "Severity": "smartbrev.diagnostics",
    "InvalidBriefing": "smartbrev.errors",
    "ReadError": "smartbrev.errors",
    "SmartbrevError": "smartbrev.errors",
    "load": "smartbrev.api",
    "parse": "smartbrev.api",
    "validate": "smartbrev.api",
}

if TYPE_CHECKING:
    from smartbrev.api import load, parse, validate
    from smartbrev.diagnostics import Diagnostic, Severity
    from smartbrev.errors import InvalidBriefing, ReadError, SmartbrevError
    from smartbrev.model import Briefing
    from smartbrev.schema.store import SCHEMA_VERSIONS


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'smartbrev' has no attribute {name!r}")
    value = getattr(importlib.import_module(home), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
