"""Rule options: their types, and reading them from configuration with loud errors.

An option's type may carry bounds (`typing.Annotated` with a `msgspec.Meta`): the
configuration is checked against them here, and the configuration's JSON Schema states
them, so a user's value is refused with a message before any rule sees it.
"""

from __future__ import annotations

import math
import re
import typing
from typing import Annotated, Any

import msgspec
from msgspec.structs import replace

from smartbrev.errors import ConfigError
from smartbrev.lint.rule import Rule
from smartbrev.messages import suggestion

ONE_LINE = r"^[^\r\n]*\S[^\r\n]*$"
"""Text with something to read, on one line (a label, as a newsroom writes it)."""

Share = Annotated[float, msgspec.Meta(ge=0.0, le=1.0, description="a number from 0 to 1")]
"""A fraction, such as a similarity."""
Positive = Annotated[int, msgspec.Meta(ge=1, description="a whole number of 1 or more")]
"""A count that a limit of 0 would make meaningless."""
LabelText = Annotated[str, msgspec.Meta(pattern=ONE_LINE, description="a label on one line")]
"""A label as the house writes it."""


def _option_name(field_name: str) -> str:
    return field_name.replace("_", "-")


def unwrap(kind: Any) -> tuple[Any, msgspec.Meta | None]:
    """An option's type without its bounds, and the bounds (None when it has none)."""
    if typing.get_origin(kind) is Annotated:
        base, *extras = typing.get_args(kind)
        return base, next((e for e in extras if isinstance(e, msgspec.Meta)), None)
    return kind, None


def _within(meta: msgspec.Meta, value: Any) -> bool:
    if isinstance(value, float) and not math.isfinite(value):
        return False  # TOML has nan and inf: no bound admits them
    if meta.ge is not None and not value >= meta.ge:
        return False
    if meta.le is not None and not value <= meta.le:
        return False
    return meta.pattern is None or re.fullmatch(meta.pattern, value) is not None


def check_value(kind: Any, value: Any, where: str) -> Any:
    """A configuration value converted to an option's type, or the error saying why not."""
    base, meta = unwrap(kind)
    converted = _convert_base(base, value, where)
    if meta is not None and not _within(meta, converted):
        raise ConfigError(f"{where} must be {meta.description}, not {value!r}")
    return converted


def _convert_base(kind: Any, value: Any, where: str) -> Any:
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
            if not math.isfinite(value):
                raise ConfigError(f"{where} must be a finite number, not {value!r}")
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
            inner = typing.get_args(kind)[1]
            return {key: check_value(inner, item, f"{where}.{key}") for key, item in value.items()}
        raise ConfigError(f"{where} must be a table of strings")
    raise ConfigError(f"{where} must be {getattr(kind, '__name__', kind)}, not {value!r}")


def option_types(rule: Rule) -> dict[str, Any]:
    """The type of each option of a rule, by its kebab-case name (with its bounds: see
    `unwrap`)."""
    if rule.options is type(None):
        return {}
    hints = typing.get_type_hints(rule.options, include_extras=True)
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
        values[key.replace("-", "_")] = check_value(types_[key], value, f"{where}.{key}")
    current = base if base is not None else rule.default_options()
    return replace(current, **values) if values else current


# -- discovery and resolution -------------------------------------------------------------
