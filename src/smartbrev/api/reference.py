"""docs/api.md: the reference of the public API, generated from its docstrings."""

from __future__ import annotations

import enum
import inspect
import types
import typing
from typing import Any

import msgspec

SECTIONS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    (
        "Reading",
        "From a file, bytes or text; the format named, or told by the name or the content.",
        ("read", "load", "parse", "Reading", "Input", "InputFormat"),
    ),
    (
        "Linting and fixing",
        "The findings and the fixed text `smartbrev lint` gives, under the same settings.",
        ("lint", "fix", "Config", "Diagnostic", "Severity", "Span", "Fix", "FixSafety"),
    ),
    (
        "Writing",
        "Every format `smartbrev convert` writes, each read back before it is returned.",
        ("render", "OutputFormat"),
    ),
    ("Validating", "Schema problems of a briefing or of plain data.", ("validate",)),
    ("The briefing", "The model every function reads into and writes from.", ("Briefing",)),
    (
        "Exceptions",
        "Failures to read, write or run; content problems are diagnostics, never these. "
        "Every one is a `SmartbrevError`.",
        (
            "SmartbrevError",
            "ReadError",
            "InvalidBriefing",
            "ConfigError",
            "WriteError",
            "SchemaError",
        ),
    ),
    ("Constants", "", ("SCHEMA_VERSIONS", "__version__")),
)
"""The names of `smartbrev.__all__`, in the order the reference shows them."""

_HEADER = """\
# Python API

<!-- Generated from the docstrings by `pytest tests/test_api.py --update-golden`; do not
edit. -->

This is the reference of smartbrev {version}'s Python API: every name in
`smartbrev.__all__`, and nothing else, is public. A public name or parameter changes
meaning or goes away only in a new major version; new names and keyword parameters may
come in any release. Diagnostic codes are permanent (see [rules.md](rules.md)).

The functions are pure: their results depend on their arguments alone (and, with
`discover=True`, on the configuration files found), they keep nothing but caches
between calls, and they and their results pickle, so a pipeline can map them over
processes or machines ([scale.md](scale.md)). Every example below runs in the tests,
from the repository's root.
"""


def _signature(function: Any, prefix: str) -> str:
    """`prefix(a: T = default, *, b: U) -> R`, annotations written as in the source."""
    signature = inspect.signature(function)
    parts: list[str] = []
    starred = False
    for parameter in signature.parameters.values():
        if parameter.kind is parameter.KEYWORD_ONLY and not starred:
            parts.append("*")
            starred = True
        text = parameter.name
        if parameter.annotation is not parameter.empty:
            text += f": {parameter.annotation}"
        if parameter.default is not parameter.empty:
            text += f" = {parameter.default!r}"
        parts.append(text)
    returned = signature.return_annotation
    arrow = f" -> {returned}" if returned is not signature.empty else ""
    return f"{prefix}({', '.join(parts)}){arrow}"


def _type_text(kind: Any) -> str:
    text = kind if isinstance(kind, str) else getattr(kind, "__name__", repr(kind))
    return text.replace("typing.", "")


def _fields(owner: type) -> list[str]:
    from smartbrev.lint.docs import attribute_docs

    said = {}
    for klass in reversed(owner.__mro__):
        if klass.__module__.startswith("smartbrev"):
            said.update(attribute_docs(klass))
    hints: dict[str, Any] = {}
    for klass in reversed(owner.__mro__):
        hints.update(getattr(klass, "__annotations__", {}))
    names = (
        [f for f in owner.__struct_fields__ if not f.endswith("_span")]
        if issubclass(owner, msgspec.Struct)
        else [n for n in said if not n.startswith("_")]
    )
    if not names:
        return []
    rows = ["| attribute | type | what |", "|---|---|---|"]
    for field in names:
        kind = _type_text(hints.get(field, "")).replace("|", "\\|")
        rows.append(f"| `{field}` | `{kind}` | {said.get(field, '')} |")
    return ["", *rows]


def _members(owner: type) -> list[str]:
    shown = []
    for name, member in vars(owner).items():
        if name.startswith("_"):
            continue
        function = member.__func__ if isinstance(member, classmethod) else member
        doc = inspect.getdoc(function)
        if isinstance(member, property) and doc:
            shown.append(f"- `{name}` (property): {doc.splitlines()[0]}")
        elif callable(function) and doc and not isinstance(function, type):
            shown.append(f"- `{_signature(function, name)}`: {doc.splitlines()[0]}")
    return ["", *shown] if shown else []


def _alias(name: str, value: Any, said: dict[str, str]) -> list[str]:
    if typing.get_origin(value) is typing.Literal:
        written = ", ".join(f'"{v}"' for v in typing.get_args(value))
        text = f"Literal[{written}]"
    else:
        text = _type_text(str(value))
    return [f"### `smartbrev.{name}`", "", f"`{text}`", "", said.get(name, "")]


def _entry(name: str, value: Any, said: dict[str, str]) -> list[str]:
    if name in said and not isinstance(value, (str, tuple)):
        return _alias(name, value, said)
    if isinstance(value, types.FunctionType):
        heading = _signature(value, f"smartbrev.{name}")
        return [f"### `{heading}`", "", inspect.getdoc(value) or ""]
    if isinstance(value, type) and issubclass(value, enum.Enum):
        values = ", ".join(f"`{member.value}`" for member in value)
        doc = inspect.getdoc(value) or ""
        return [f"### `smartbrev.{name}`", "", doc, "", f"Values: {values}."]
    if isinstance(value, type):
        base = value.__mro__[1]
        heading = f"`smartbrev.{name}`"
        if issubclass(value, Exception):
            heading += f" ({base.__name__})"
        lines = [f"### {heading}", "", inspect.getdoc(value) or ""]
        return lines + _fields(value) + _members(value)
    return [f"### `smartbrev.{name}`", "", f"`{value!r}`: {said.get(name, '')}"]


def _aliases() -> dict[str, str]:
    """The docstrings of the public type aliases, read from the modules defining them."""
    import smartbrev
    from smartbrev import formats
    from smartbrev.api import linting, reading
    from smartbrev.lint.docs import attribute_docs
    from smartbrev.schema import store

    said: dict[str, str] = {}
    for module in (reading, linting, formats, store, smartbrev):
        said.update(attribute_docs(module))
    names = ("Input", "Config", "InputFormat", "OutputFormat", "SCHEMA_VERSIONS", "__version__")
    return {name: said[name] for name in names}


def render() -> str:
    """The whole reference, as Markdown."""
    import smartbrev

    said = _aliases()
    parts = [_HEADER.format(version=smartbrev.__version__)]
    for title, intro, names in SECTIONS:
        parts.append(f"## {title}\n")
        if intro:
            parts.append(f"{intro}\n")
        for name in names:
            parts.append("\n".join(_entry(name, getattr(smartbrev, name), said)).strip() + "\n")
    return "\n".join(parts)


def documented() -> list[str]:
    """Every name the reference shows."""
    return [name for _, _, names in SECTIONS for name in names]
