"""The JSON Schema of the configuration, generated from the rule registry.

Editors that understand JSON Schema for TOML (Taplo, Even Better TOML) use it to
complete and check `smartbrev.toml`; `schemas/config/config.schema.json` is this
output, and a test keeps the two in step.
"""

from __future__ import annotations

import json
import typing
from typing import Any

from smartbrev.lint.config import SEVERITIES
from smartbrev.lint.options import LabelText, option_types, unwrap
from smartbrev.lint.registry import RULES

SCHEMA_ID = "https://smartbrev.dev/schemas/config/config.schema.json"


def _type(kind: Any) -> dict[str, Any]:
    kind, meta = unwrap(kind)
    schema = _base_type(kind)
    if meta is not None:
        # The bounds the configuration is checked against (lint/options.py), stated.
        bounds = {"minimum": meta.ge, "maximum": meta.le, "pattern": meta.pattern}
        schema.update({key: value for key, value in bounds.items() if value is not None})
        schema["description"] = meta.description
    return schema


def _base_type(kind: Any) -> dict[str, Any]:
    origin = typing.get_origin(kind)
    if kind is bool:
        return {"type": "boolean"}
    if kind is int:
        return {"type": "integer", "minimum": 0}
    if kind is float:
        return {"type": "number"}
    if kind is str:
        return {"type": "string"}
    if origin is typing.Literal:
        return {"enum": list(typing.get_args(kind))}
    if origin is tuple:
        return {"type": "array", "items": {"type": "string"}}
    if origin is dict:
        return {"type": "object", "additionalProperties": _type(typing.get_args(kind)[1])}
    raise TypeError(f"no JSON Schema for option type {kind!r}")


def _selectors() -> dict[str, Any]:
    names = sorted({rule.name for rule in RULES} | {rule.code for rule in RULES})
    return {
        "type": "array",
        "items": {
            "anyOf": [
                {"enum": ["ALL", *names]},
                {"type": "string", "pattern": "^SB[0-9]{1,3}$", "description": "A code prefix."},
            ]
        },
    }


def _settings(*, top: bool) -> dict[str, Any]:
    rules = {
        rule.name: {
            "description": rule.summary,
            "type": "object",
            "properties": {name: _type(kind) for name, kind in option_types(rule).items()},
            "additionalProperties": False,
        }
        for rule in RULES
    }
    properties: dict[str, Any] = {
        "select": {**_selectors(), "description": "Rules to run (default: ALL)."},
        "extend-select": {**_selectors(), "description": "Rules to run besides `select`."},
        "ignore": {**_selectors(), "description": "Rules not to run."},
        "severity": {
            "description": "Severity per rule: error, warning or info.",
            "type": "object",
            "propertyNames": {"enum": sorted(r.name for r in RULES)},
            "additionalProperties": {"enum": list(SEVERITIES)},
        },
        "rules": {
            "description": "Options per rule.",
            "type": "object",
            "properties": rules,
            "additionalProperties": False,
        },
    }
    if top:
        properties["extend"] = {
            "description": "A configuration file to inherit from, relative to this one.",
            "type": "string",
        }
        properties.update(_selection())
        properties["labels"] = {
            "description": "The newsroom's own labels.",
            "type": "object",
            "additionalProperties": {
                "type": "object",
                "properties": {
                    "label": _type(LabelText),
                    "variants": {"type": "array", "items": _type(LabelText)},
                },
                "required": ["label"],
                "additionalProperties": False,
            },
        }
        properties["overrides"] = {
            "description": "Settings for files matching glob patterns.",
            "type": "array",
            "items": _settings(top=False) | {"required": ["files"]},
        }
    else:
        properties["files"] = {"type": "array", "items": {"type": "string"}, "minItems": 1}
    return {"type": "object", "properties": properties, "additionalProperties": False}


def _selection() -> dict[str, Any]:
    patterns = {"type": "array", "items": {"type": "string"}}
    return {
        "include": {
            **patterns,
            "description": "Files that are briefings (gitignore syntax; default: the "
            "briefing extensions).",
        },
        "extend-include": {
            **patterns,
            "description": "Files that are briefings, besides `include`.",
        },
        "exclude": {
            **patterns,
            "description": "Files and folders that are not briefings (gitignore syntax); "
            "replaces the default list.",
        },
        "extend-exclude": {
            **patterns,
            "description": "Files and folders that are not briefings, besides `exclude`.",
        },
        "force-exclude": {
            "type": "boolean",
            "description": "Leave out files named on the command line that `include` does "
            "not name or `exclude` does.",
        },
    }


def config_schema() -> dict[str, Any]:
    """The configuration's JSON Schema (draft 2020-12)."""
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "smartbrev configuration",
        "description": "smartbrev.toml, .smartbrev.toml, or [tool.smartbrev] in pyproject.toml.",
        **_settings(top=True),
    }


def config_schema_text() -> str:
    """The schema as the shipped file holds it."""
    return json.dumps(config_schema(), indent=2, ensure_ascii=False) + "\n"
