"""The editor's settings for smartbrev: a configuration table as in `smartbrev.toml`
(`select`, `extend-select`, `ignore`, `severity`, `rules`, `labels`), sent under the
`smartbrev` section of the workspace configuration or as initialization options."""

from __future__ import annotations

from typing import Any

from smartbrev.server.engine import ConfigError, check_editor_settings

SECTION = "smartbrev"

_CAMEL = {"extendSelect": "extend-select"}
"""Editors' JSON settings are camelCase by habit; the TOML keys are kebab-case."""


def table_of(value: Any) -> dict[str, Any]:
    """The configuration table in what the editor sent (raises ConfigError if unusable)."""
    if value is None:
        return {}
    if isinstance(value, dict) and isinstance(value.get(SECTION), dict):
        value = value[SECTION]
    if not isinstance(value, dict):
        raise ConfigError(f"editor settings: `{SECTION}` must be an object, not {value!r}")
    table = {
        _CAMEL.get(str(key), str(key)): item for key, item in value.items() if item is not None
    }
    check_editor_settings(table)
    return table
