"""The wording of schema errors: what is wrong and how to fix it, the best match among
alternatives, and where in the source each problem is. Loaded only for documents that
fail their schema."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any

import msgspec
from msgspec.structs import replace

from smartbrev.diagnostics import CODES, Diagnostic, Severity, Span
from smartbrev.messages import kind_of, quote, suggestion
from smartbrev.pointer import Locator, join, parent
from smartbrev.schema import store
from smartbrev.schema.paths import (
    describe,
    property_names,
    property_schema,
    resolve_local,
    schemas_along,
)

if TYPE_CHECKING:
    from jsonschema.exceptions import ValidationError
    from jsonschema.protocols import Validator


_TYPE_NAMES = {
    "string": "text (a string)",
    "array": "a list",
    "object": "an object",
    "integer": "a whole number",
    "number": "a number",
    "boolean": "true or false",
    "null": "null",
}

LINE_PATTERN = "^[^\\r\\n]*\\S[^\\r\\n]*$"
NOT_BLANK_PATTERN = "\\S"


def human_path(parts: Iterable[str | int]) -> str:
    """A path for people: `blocks[0].content[2].text`; the whole document is `the document`."""
    text = ""
    for part in parts:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text += f".{part}" if text else part
    return text or "the document"


def type_names(expected: Any) -> str:
    """The allowed JSON types in words."""
    kinds = expected if isinstance(expected, list) else [expected]
    return " or ".join(_TYPE_NAMES.get(str(k), str(k)) for k in kinds)


_FORMAT_NAMES = {
    "uri": "absolute URI (such as https://example.org/story)",
    "date-time": "RFC 3339 date-time (such as 2026-11-27T09:30:00Z)",
    "date": "date (YYYY-MM-DD)",
}


class _Finding(msgspec.Struct, frozen=True):
    code: str
    message: str
    parts: tuple[str | int, ...]
    help: str | None = None
    note: str | None = None
    on_key: bool = False
    whole: bool = True


def unknown_version(declared: object) -> Diagnostic:
    """Why a document's `schema_version` selects no schema."""
    known = ", ".join(store.SCHEMA_VERSIONS)
    if isinstance(declared, (int, float)) and str(declared) in store.SCHEMA_VERSIONS:
        message = f'`schema_version` must be text such as "{declared}", not a number'
        hint = f'write it as a string: schema_version: "{declared}" (quote it in YAML)'
    else:
        message = f"unknown schema_version {quote(declared)}; known versions: {known}"
        hint = f"use one of {known}, or `smartbrev migrate` to move between them"
    return _diagnostic(_Finding("SB010", message, ("schema_version",), hint), "", None)


def explain(
    data: Mapping[str, Any],
    version: str,
    path: str,
    locate: Locator | None,
    *,
    schema: tuple[Validator, dict[str, Any]] | None = None,
) -> list[Diagnostic]:
    """Every problem of a document that fails schema `version` (or the self-contained
    `schema`: its validator and its root), in words, placed in its source when a locator
    is given."""
    validator, root = schema or (store.validator(version), store.load_schema(version))
    findings: dict[tuple[str, tuple[str | int, ...], str], _Finding] = {}
    for error in validator.iter_errors(data):
        for finding in _describe(error, root):
            findings.setdefault((finding.code, finding.parts, finding.message), finding)
    diagnostics = [
        place(_diagnostic(f, path, None), path, locate, on_key=f.on_key, whole=f.whole)
        for f in findings.values()
    ]
    return sorted(diagnostics, key=Diagnostic.sort_key)


def _diagnostic(finding: _Finding, path: str, span: Span | None) -> Diagnostic:
    name = CODES[finding.code].name
    extra = {"note": finding.note} if finding.note else {}
    return Diagnostic(
        code=finding.code,
        name=name,
        severity=Severity.ERROR,
        message=finding.message,
        path=path,
        pointer=join(finding.parts),
        span=span,
        help=finding.help,
        extra=extra,
    )


def place(
    diagnostic: Diagnostic, path: str, locate: Locator | None, *, on_key: bool, whole: bool
) -> Diagnostic:
    """A diagnostic of the file at `path`, at the source of its pointer (or of the
    nearest node above it that has one): the key or the value, the whole value or its
    first character."""
    diagnostic = replace(diagnostic, path=path)
    if locate is None:
        return diagnostic
    pointer = diagnostic.pointer
    location = locate(pointer)
    while location is None and pointer:
        pointer = parent(pointer)
        location = locate(pointer)
    if location is None:
        return diagnostic
    if on_key and location.key is not None:
        return diagnostic.at(location.key)
    if not whole:
        if location.key is not None:
            return diagnostic.at(location.key)
        start = location.value
        return diagnostic.at(Span(start.line, start.column, start.line, start.column + 1))
    return diagnostic.at(location.value)


def _describe(error: ValidationError, root: dict[str, Any]) -> Iterator[_Finding]:
    kind = error.validator
    expected: Any = error.validator_value
    parts = tuple(error.absolute_path)
    where = f"`{human_path(parts)}`" if parts else "the document"
    instance: Any = error.instance
    schema_path = list(error.absolute_schema_path)
    if kind == "required":
        for name in expected:
            if isinstance(instance, dict) and name not in instance:
                yield _missing(root, schema_path, parts, name)
    elif kind in ("unevaluatedProperties", "additionalProperties"):
        known = property_names(root, schema_path)
        for key in instance:
            if key not in known:
                inside = f" in {where}" if parts else ""
                yield _Finding(
                    "SB012",
                    f"unexpected field `{key}`{inside}{suggestion(key, known)}",
                    (*parts, key),
                    f"fields allowed here: {', '.join(f'`{k}`' for k in known)}",
                    on_key=True,
                )
    elif kind is None:  # a `false` subschema: the field may not appear here at all
        yield from _forbidden(root, schema_path, parts)
    elif kind in ("oneOf", "anyOf"):
        yield from _alternatives(error, root, parts, where)
    elif kind == "propertyNames" or "propertyNames" in schema_path:
        yield _Finding(
            "SB012",
            f"extension key `{instance}` must start with `x-` and use only lower-case "
            "letters, digits and hyphens",
            (*parts, str(instance)),
            "rename it, e.g. `x-newsroom-desk`",
            on_key=True,
        )
    else:
        yield _value_finding(error, root, parts, where)


def _forbidden(
    root: dict[str, Any], schema_path: list[Any], parts: tuple[str | int, ...]
) -> Iterator[_Finding]:
    # The error carries the forbidden value, not the object holding it, so the field's
    # name comes from the schema: each `false` property here is one that must not appear.
    declared = schemas_along(root, schema_path)[-1]
    names = [k for k, v in declared.items() if v is False] if isinstance(declared, dict) else []
    for name in names:
        info = describe(root, property_schema(root, schema_path[:-2], name))
        yield _Finding(
            "SB012", f"field `{name}` is not allowed here", (*parts, name), info, on_key=True
        )


def _missing(
    root: dict[str, Any], schema_path: list[Any], parts: tuple[str | int, ...], name: str
) -> _Finding:
    inside = f" in `{human_path(parts)}`" if parts else ""
    info = describe(root, property_schema(root, schema_path, name))
    if name == "schema_version":
        hint = f'add "schema_version": "{store.LATEST}" (or the version the document follows)'
    else:
        hint = f"add `{name}`" + (f": {_lower_first(info)}" if info else "")
    return _Finding("SB011", f"missing required field `{name}`{inside}", parts, hint, whole=False)


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def _value_finding(
    error: ValidationError, root: dict[str, Any], parts: tuple[str | int, ...], where: str
) -> _Finding:
    kind, instance = error.validator, error.instance
    expected: Any = error.validator_value
    info = describe(root, error.schema)
    if parts and parts[-1] == "axiom" and kind == "enum":
        choices = [c for c in expected if isinstance(c, str)]
        return _Finding(
            "SB015",
            f"unknown axiom {_code(instance)}{suggestion(str(instance), choices)}",
            parts,
            "use an id from the label registry (`smartbrev schema show` lists them), "
            "or `custom` and keep the label as written in `label`",
        )
    if kind == "type":
        return _Finding(
            "SB013",
            f"{where} must be {type_names(expected)}, not {kind_of(instance)}",
            parts,
            info,
        )
    if kind == "enum":
        allowed = ", ".join(quote(v) for v in expected)
        return _Finding(
            "SB014", f"{where} must be one of {allowed}, not {quote(instance)}", parts, info
        )
    if kind == "const":
        return _Finding(
            "SB014", f"{where} must be {quote(expected)}, not {quote(instance)}", parts, info
        )
    if kind == "minLength":
        return _Finding("SB014", f"{where} must not be empty", parts, info)
    if kind == "pattern":
        if expected == LINE_PATTERN and isinstance(instance, str) and "\n" in instance.strip():
            message = f"{where} must be a single line of text"
        elif expected in (LINE_PATTERN, NOT_BLANK_PATTERN):
            message = f"{where} must not be blank"
        else:
            message = f"{where} {quote(instance)} is not in the expected form"
            info = info or f"it must match the pattern `{expected}`"
        return _Finding("SB014", message, parts, info)
    if kind == "format":
        wanted = _FORMAT_NAMES.get(expected, expected)
        return _Finding("SB014", f"{where} is not a valid {wanted}: {quote(instance)}", parts, info)
    if kind == "minItems":
        noun = "item" if expected == 1 else "items"
        return _Finding("SB014", f"{where} must have at least {expected} {noun}", parts, info)
    if kind == "uniqueItems":
        return _Finding("SB014", f"{where} lists the same item more than once", parts, info)
    return _Finding("SB014", f"{where}: {error.message}", parts, info)


def _code(value: object) -> str:
    return f"`{value}`" if isinstance(value, str) else quote(value)


def _branch_type(root: dict[str, Any], branch: Any) -> str | None:
    """The `type` constant that tells one tagged alternative from the others."""
    if isinstance(branch, dict) and "$ref" in branch:
        branch = resolve_local(root, branch["$ref"])
    if not isinstance(branch, dict):
        return None
    tag = branch.get("properties", {}).get("type", {})
    const = tag.get("const") if isinstance(tag, dict) else None
    return const if isinstance(const, str) else None


def _alternatives(
    error: ValidationError, root: dict[str, Any], parts: tuple[str | int, ...], where: str
) -> Iterator[_Finding]:
    branches: dict[int, list[ValidationError]] = {}
    for sub in error.context or ():
        branches.setdefault(int(sub.relative_schema_path[0]), []).append(sub)
    options: list[Any] = list(error.validator_value)  # type: ignore[arg-type]
    if not branches:
        yield _Finding("SB014", f"{where} matches more than one allowed shape", parts)
        return
    tags = [_branch_type(root, b) for b in options]
    instance = error.instance
    chosen: int | None = None
    if all(tags):
        names = ", ".join(f"`{t}`" for t in tags if t)
        declared = instance.get("type") if isinstance(instance, dict) else None
        if declared not in tags:
            if isinstance(declared, str):
                known = [t for t in tags if t]
                what = f"has unknown type {_code(declared)}{suggestion(declared, known)}"
            elif isinstance(instance, dict):
                what = f"needs a `type` field ({names})"
            else:
                what = f"must be an object with a `type` ({names}), not {kind_of(instance)}"
            yield _Finding("SB014", f"{where} {what}", parts, f"allowed types here: {names}")
            return
        chosen = tags.index(declared)
    if chosen is None or chosen not in branches:
        from jsonschema.exceptions import best_match

        best = best_match(error.context or ())
        chosen = int(best.relative_schema_path[0]) if best is not None else min(branches)
    others = len(options) - 1
    label = f"the `{tags[chosen]}` shape" if tags[chosen] else f"alternative {chosen + 1}"
    note = (
        f"closest of {len(options)} allowed shapes shown ({label}); "
        f"{others} other{'s' if others != 1 else ''} did not fit either"
    )
    fallback = describe(root, error.schema)
    reported: set[tuple[str | int, ...]] = set()
    for sub in branches[chosen]:
        for finding in _describe(sub, root):
            if finding.code == "SB014" and finding.parts in reported:
                continue  # one complaint per value: a failed format usually fails its pattern too
            reported.add(finding.parts)
            yield _Finding(
                finding.code,
                finding.message,
                finding.parts,
                finding.help or fallback,
                note,
                finding.on_key,
                finding.whole,
            )
