"""Rule documentation, generated from the rules themselves (their docstrings and options)."""

from __future__ import annotations

import itertools
import json
import types
import typing
from typing import Any

import msgspec

from smartbrev.diagnostics import CODES, Code
from smartbrev.lint.options import option_types, option_values, unwrap
from smartbrev.lint.registry import RULES, find
from smartbrev.lint.rule import FixSafety, Rule

SECTIONS = ("What it does", "Why is this bad?", "Example", "Use instead", "Fix safety", "Options")
"""The sections every rule docstring has, in this order."""

_FIX_WORDS = {
    FixSafety.SAFE: "safe fix (`--fix`)",
    FixSafety.UNSAFE: "unsafe fix (`--fix --unsafe-fixes`)",
    FixSafety.NONE: "no fix",
}


def body(rule: Rule) -> str:
    """The docstring without its summary line, headings one level down, and its Options
    section listing each option of the rule's `Options` struct (unless the docstring
    lists them itself)."""
    lines = rule.doc.strip().splitlines()[1:]
    text = "\n".join(f"#{line}" if line.startswith("## ") else line for line in lines).strip()
    listed = options_list(rule)
    if listed and "\n- `" not in text.split("### Options", 1)[-1]:
        text = f"{text}\n{listed}".strip()
    return text


def attribute_docs(owner: type | types.ModuleType) -> dict[str, str]:
    """Each field's docstring (the string written under it), read from the source of a
    class, or of a module (its module-level names)."""
    import ast
    import inspect
    import textwrap

    try:
        tree = ast.parse(textwrap.dedent(inspect.getsource(owner)))
    except (OSError, TypeError):  # made at run time (`msgspec.defstruct`): no source
        return {}
    found: dict[str, str] = {}
    if isinstance(owner, types.ModuleType):
        body = tree.body
    else:
        body = tree.body[0].body if isinstance(tree.body[0], ast.ClassDef) else []
    for statement, following in itertools.pairwise(body):
        if isinstance(statement, ast.AnnAssign):
            target: ast.expr = statement.target
        elif isinstance(statement, ast.Assign) and len(statement.targets) == 1:
            target = statement.targets[0]
        else:
            continue
        if (
            isinstance(target, ast.Name)
            and isinstance(following, ast.Expr)
            and isinstance(following.value, ast.Constant)
            and isinstance(following.value.value, str)
        ):
            found[target.id] = " ".join(following.value.value.split())
    return found


def _type_words(kind: Any) -> str:
    kind, meta = unwrap(kind)
    words = _base_words(kind)
    if meta is not None and meta.ge is not None and meta.le is not None:
        return f"{words} from {meta.ge:g} to {meta.le:g}"
    if meta is not None and meta.ge is not None:
        return f"{words}, {meta.ge:g} or more"
    return words


def _base_words(kind: Any) -> str:
    origin = typing.get_origin(kind)
    if origin is typing.Literal:
        return " or ".join(f"`{value}`" for value in typing.get_args(kind))
    if origin is tuple:
        return "list of strings"
    if origin is dict:
        return "table of labels" if unwrap(typing.get_args(kind)[1])[1] else "table of strings"
    return {int: "int", float: "float", bool: "bool", str: "string"}.get(kind, str(kind))


def _default_words(value: Any) -> str:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    written = json.dumps(value, ensure_ascii=False)
    return "built-in, shown by `smartbrev config`" if len(written) > 60 else f"`{written}`"


def options_list(rule: Rule) -> str:
    """The rule's options, from its `Options` struct: name, type, default, and the
    docstring of each field."""
    defaults = option_values(rule.default_options())
    if not defaults:
        return ""
    kinds = option_types(rule)
    docs = attribute_docs(rule.options)
    lines = []
    for field in msgspec.structs.fields(rule.options):
        name = field.name.replace("_", "-")
        said = docs.get(field.name)
        lines.append(
            f"- `{name}` ({_type_words(kinds[name])}, default {_default_words(defaults[name])})"
            + (f": {said[:1].lower()}{said[1:]}" if said else "")
        )
    return "\n".join(lines)


def page(rule: Rule) -> str:
    """One rule's page, as Markdown."""
    aliases = f" Former names: {', '.join(rule.aliases)}." if rule.aliases else ""
    chosen = "" if rule.default else f" Not enabled by default: select it (`{rule.name}`)."
    return (
        f"## {rule.code} {rule.name}\n\n"
        f"{rule.summary}\n\n"
        f"Default severity: **{rule.severity.value}**. "
        f"{_FIX_WORDS[rule.fix].capitalize()}.{aliases}{chosen}\n\n"
        f"{body(rule)}\n"
    )


def _reported_by(code: str) -> str:
    number = int(code[2:])
    if number < 10:
        return "Reported when the input is read"
    if number < 20:
        return "Reported by the schema check"
    if number < 100:
        return "A reader note: reported when a draft is read into a briefing"
    return "Reported when a rule fails"


def code_page(code: str, known: Code) -> str:
    """The page of an input, schema or reader code, as Markdown."""
    import textwrap

    status = (
        f"Severity: **{known.severity.value}**. {_reported_by(code)}, by `validate` and "
        "`lint` alike; not a lint rule, so `select` and `ignore` do not turn it off."
    )
    return (
        f"## {code} {known.name}\n\n{known.summary}\n\n"
        f"{textwrap.fill(status, 88)}\n\n{textwrap.fill(known.explanation, 88)}\n"
    )


def find_code(selector: str) -> tuple[str, Code] | None:
    """The input, schema or reader code a code or name refers to."""
    upper = selector.upper()
    if upper in CODES:
        return upper, CODES[upper]
    for code, known in CODES.items():
        if known.name == selector.lower():
            return code, known
    return None


def explain(selector: str) -> str | None:
    """The page of any diagnostic code (a rule, or an input, schema or reader code),
    given its code or name; None when nothing has it."""
    rule = find(selector)
    if rule is not None:
        return page(rule)
    found = find_code(selector)
    return None if found is None else code_page(*found)


def code_data(code: str, known: Code) -> dict[str, Any]:
    """An input, schema or reader code as plain data, in the shape of `rule_data`."""
    return {
        "code": code,
        "name": known.name,
        "aliases": [],
        "severity": known.severity.value,
        "fix": FixSafety.NONE.value,
        "summary": known.summary,
        "options": {},
        "explanation": known.explanation,
    }


def reference() -> str:
    """docs/rules.md: an index of every rule, then each rule's page."""
    rows = [
        f"| [{r.code}](#{r.code.lower()}-{r.name}) | `{r.name}` | {r.severity.value} | "
        f"{'[*]' if r.fix is not FixSafety.NONE else ''} | {r.summary} |"
        for r in RULES
    ]
    return "\n".join(
        [
            "# Rules",
            "",
            "<!-- Generated by `smartbrev rule --all --output-format markdown`; do not edit. -->",
            "",
            "Select rules by code, code prefix (`SB2`), name or `ALL`; see [configuration]"
            "(configuration.md). `[*]` marks rules with a fix.",
            "",
            "| code | name | severity | fix | what it reports |",
            "|---|---|---|---|---|",
            *rows,
            "",
            *(page(rule) for rule in RULES),
            "# Input, schema and reader codes",
            "",
            "Reported by `validate` and `lint` alike, whatever rules are selected.",
            "",
            *(code_page(code, known) for code, known in CODES.items()),
        ]
    )


def rule_data(rule: Rule) -> dict[str, Any]:
    """One rule as plain data (for `smartbrev rule --output-format json`)."""
    return {
        "code": rule.code,
        "name": rule.name,
        "aliases": list(rule.aliases),
        "severity": rule.severity.value,
        "fix": rule.fix.value,
        "default": rule.default,
        "summary": rule.summary,
        "options": option_values(rule.default_options()),
        "explanation": body(rule),
    }
