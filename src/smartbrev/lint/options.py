"""Rule options: their types, and reading them from configuration with loud errors."""

from __future__ import annotations

import typing
from typing import Any

import msgspec
from msgspec.structs import replace

from smartbrev.errors import ConfigError
from smartbrev.lint.rule import Rule
from smartbrev.messages import suggestion


def _option_name(field_name: str) -> str:
    return field_name.replace("_", "-")


def _convert(kind: Any, value: Any, where: str) -> Any:
    origin = typing.get_origin(kind)
    if kind is bool:
        if isinstance(value, bool):
            return value
    elif kind is int:
        if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
            return value
        raise ConfigError(f"{where} must be a whole number of 0 or more, not {value!r}")
    elif kind is float:
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return float(value)
    elif kind is str:
        if isinstance(value, str):
            return value
    elif origin is typing.Literal:
        allowed = typing.get_args(kind)
        if value in allowed:
            return value
        raise ConfigError(
            f"{where} must be one of {', '.join(map(repr, allowed))}, not {value!r}"
            + suggestion(str(value), [str(a) for a in allowed])
        )
    elif origin is tuple:
        if isinstance(value, list) and all(isinstance(v, str) for v in value):
            return tuple(value)
        raise ConfigError(f"{where} must be a list of strings")
    elif origin is dict:
        if isinstance(value, dict) and all(isinstance(v, str) for v in value.values()):
            return dict(value)
        raise ConfigError(f"{where} must be a table of strings")
    raise ConfigError(f"{where} must be {getattr(kind, '__name__', kind)}, not {value!r}")


def option_types(rule: Rule) -> dict[str, Any]:
    """The type of each option of a rule, by its kebab-case name."""
    if rule.options is type(None):
        return {}
    hints = typing.get_type_hints(rule.options)
    return {_option_name(f.name): hints[f.name] for f in msgspec.structs.fields(rule.options)}


def option_values(options: Any) -> dict[str, Any]:
    """A rule's option values as plain data, by kebab-case name (lists for tuples)."""
    if not isinstance(options, msgspec.Struct):
        return {}
    return {
        _option_name(name): list(value) if isinstance(value, tuple) else value
        for name, value in msgspec.structs.asdict(options).items()
    }


def parse_options(rule: Rule, table: dict[str, Any], where: str, base: Any = None) -> Any:
    """A rule's options with the table's values applied (checked against their types)."""
    types_ = option_types(rule)
    if table and not types_:
        raise ConfigError(f"{where}: `{rule.name}` has no options")
    values = {}
    for key, value in table.items():
        if key not in types_:
            raise ConfigError(f"{where}: unknown option `{key}`{suggestion(key, list(types_))}")
        values[key.replace("-", "_")] = _convert(types_[key], value, f"{where}.{key}")
    current = base if base is not None else rule.default_options()
    return replace(current, **values) if values else current


# -- discovery and resolution -------------------------------------------------------------
