"""Schema validation of a document.

Deciding valid or invalid is one call on a compiled validator; the wording, the best
match among alternatives and the source positions (`schema.wording`) are worked out
only for documents that fail.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from smartbrev.diagnostics import Diagnostic
from smartbrev.pointer import Locator
from smartbrev.schema import store


def select_version(data: Mapping[str, Any], override: str | None = None) -> str | Diagnostic:
    """The schema version that validates a document, or the diagnostic saying why none does."""
    if override is not None:
        store.schema_path(override)  # raises SchemaError for an unknown version
        return override
    declared = data.get("schema_version")
    if declared is None or declared in store.SCHEMA_VERSIONS:
        return declared or store.LATEST
    from smartbrev.schema.wording import unknown_version

    return unknown_version(declared)


def validate_data(
    data: Mapping[str, Any],
    *,
    path: str = "<input>",
    version: str | None = None,
    locate: Locator | None = None,
) -> list[Diagnostic]:
    """Every schema problem of a document, placed in its source when a locator is given."""
    chosen = select_version(data, version)
    if isinstance(chosen, Diagnostic):
        from smartbrev.schema.wording import place

        return [place(chosen, path, locate, on_key=False, whole=True)]
    fast = store.fast_validator(chosen)
    if fast is not None and fast.is_valid(data):
        return []
    from smartbrev.schema.wording import explain

    return explain(data, chosen, path, locate)
