"""YAML input: safe loading only, duplicate keys refused, aliases and depth bounded.

Scalars resolve as in YAML 1.2's core schema where YAML 1.1 surprises editors:
`no`, `on` and unquoted dates stay text.
"""

from __future__ import annotations

import math
import re
from typing import Any

import yaml
from yaml import events as ev
from yaml import nodes

from smartbrev.diagnostics import Span
from smartbrev.errors import ReadError
from smartbrev.pointer import Location, escape
from smartbrev.readers.decode import DEFAULT_LIMITS, Limits
from smartbrev.readers.source import Source
from smartbrev.readers.tree import MAX_DIGITS, check_tree, too_deep

_BaseLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

_TOO_BIG = 10**MAX_DIGITS
_BOOL = re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$")


class _DuplicateKey(Exception):
    def __init__(self, key: str, mark: yaml.Mark) -> None:
        super().__init__(key)
        self.key = key
        self.mark = mark


class _Loader(_BaseLoader):  # type: ignore[misc, valid-type]
    """A safe loader that refuses duplicate keys and keeps dates and yes/no as text."""

    def construct_mapping(self, node: nodes.MappingNode, deep: bool = False) -> dict[Any, Any]:
        self.flatten_mapping(node)
        seen: set[Any] = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if isinstance(key, (str, int, float, bool)) and key in seen:
                raise _DuplicateKey(str(key), key_node.start_mark)
            if isinstance(key, (str, int, float, bool)):
                seen.add(key)
        return super().construct_mapping(node, deep=deep)  # type: ignore[no-any-return]

    def construct_yaml_int(self, node: nodes.ScalarNode) -> int:
        try:
            value: int = super().construct_yaml_int(node)
        except ValueError:  # over Python's own bound on decimal digits
            value = _TOO_BIG
        if abs(value) >= _TOO_BIG:  # hexadecimal, octal or binary digits can spell one too
            raise _Unusable(
                f"a number of more than {MAX_DIGITS:,} digits is too long", node.start_mark
            )
        return value

    def construct_yaml_float(self, node: nodes.ScalarNode) -> float:
        value: float = super().construct_yaml_float(node)
        if not math.isfinite(value):
            raise _Unusable(
                f"`{node.value}` is not a number a briefing can hold (JSON has no NaN or infinity)",
                node.start_mark,
            )
        return value


class _Unusable(Exception):
    """A scalar that is well-formed YAML but no value a briefing can hold."""

    def __init__(self, message: str, mark: yaml.Mark) -> None:
        super().__init__(message)
        self.message = message
        self.mark = mark


_Loader.add_constructor("tag:yaml.org,2002:int", _Loader.construct_yaml_int)
_Loader.add_constructor("tag:yaml.org,2002:float", _Loader.construct_yaml_float)


_Loader.yaml_implicit_resolvers = {
    first: [
        (tag, pattern)
        for tag, pattern in resolvers
        if tag not in ("tag:yaml.org,2002:timestamp", "tag:yaml.org,2002:bool")
    ]
    for first, resolvers in _BaseLoader.yaml_implicit_resolvers.items()
}
_Loader.add_implicit_resolver("tag:yaml.org,2002:bool", _BOOL, list("tTfF"))


def _syntax_error(name: str, message: str, mark: Any) -> ReadError:
    return ReadError(
        message,
        code="SB002",
        name="invalid-syntax",
        path=name,
        line=mark.line + 1 if mark else None,
        column=mark.column + 1 if mark else None,
    )


def parse_yaml(text: str, name: str, limits: Limits = DEFAULT_LIMITS) -> dict[str, Any]:
    """The top-level mapping of a YAML document."""
    try:
        _prescan(text, limits, name)
        data = yaml.load(text, Loader=_Loader)
    except _DuplicateKey as dup:
        raise ReadError(
            f"duplicate key `{dup.key}`: each field may appear only once in a mapping",
            code="SB003",
            name="duplicate-key",
            path=name,
            line=dup.mark.line + 1,
            column=dup.mark.column + 1,
        ) from None
    except _Unusable as unusable:
        raise _syntax_error(name, f"invalid YAML: {unusable.message}", unusable.mark) from None
    except yaml.constructor.ConstructorError as exc:
        raise _tag_error(exc, name) from None
    except yaml.MarkedYAMLError as exc:
        problem = exc.problem or exc.context or "malformed YAML"
        if "nesting depth" in problem:  # libyaml's own guard fires before ours can
            raise too_deep(limits, name) from None
        raise _syntax_error(name, f"invalid YAML: {problem}", exc.problem_mark) from None
    except yaml.YAMLError as exc:
        raise _syntax_error(name, f"invalid YAML: {exc}", None) from None
    if data is None:
        raise ReadError("the document is empty (only comments or blank lines)", path=name)
    return check_tree(data, limits, name)


def _tag_error(exc: yaml.constructor.ConstructorError, name: str) -> ReadError:
    mark = exc.problem_mark
    match = re.search(r"tag '([^']*)'", exc.problem or "")
    tag = match.group(1).replace("tag:yaml.org,2002:", "!!") if match else "?"
    return ReadError(
        f"unsupported YAML tag `{tag}`: briefings hold plain data only "
        "(text, numbers, booleans, lists and mappings)",
        code="SB005",
        name="unsupported-yaml-tag",
        path=name,
        line=mark.line + 1 if mark else None,
        column=mark.column + 1 if mark else None,
    )


def _prescan(text: str, limits: Limits, name: str) -> None:
    """Refuse deep nesting and alias expansion ("billion laughs") before building anything.

    Works on the flat event stream, so neither check can itself recurse.
    """
    sizes: dict[str, int] = {}
    open_anchors: set[str] = set()
    stack: list[list[Any]] = [[0, None]]
    for event in yaml.parse(text, Loader=_BaseLoader):
        if isinstance(event, (ev.MappingStartEvent, ev.SequenceStartEvent)):
            stack.append([1, event.anchor])
            if len(stack) - 1 > limits.max_depth:
                raise too_deep(limits, name)
            if event.anchor:
                open_anchors.add(event.anchor)
            continue
        if isinstance(event, (ev.MappingEndEvent, ev.SequenceEndEvent)):
            size, anchor = stack.pop()
            if anchor:
                sizes[anchor] = size
                open_anchors.discard(anchor)
        elif isinstance(event, ev.ScalarEvent):
            size = 1
            if event.anchor:
                sizes[event.anchor] = 1
        elif isinstance(event, ev.AliasEvent):
            if event.anchor in open_anchors:
                raise _syntax_error(
                    name,
                    f"invalid YAML: alias `*{event.anchor}` refers to itself",
                    event.start_mark,
                )
            size = sizes.get(event.anchor or "", 1)
        else:
            continue
        stack[-1][0] += size
        if stack[-1][0] > limits.max_yaml_nodes:
            raise ReadError(
                f"YAML aliases expand to more than {limits.max_yaml_nodes:,} values "
                "(a recursive or exponential alias structure)",
                code="SB004",
                name="input-too-large",
                path=name,
            )


def yaml_locations(text: str) -> dict[str, Location]:
    """Where every node of a well-formed YAML document is written, by JSON pointer."""
    root = yaml.compose(text, Loader=_Loader)
    locations: dict[str, Location] = {}
    if root is None:
        return locations
    pending: list[tuple[nodes.Node, str, Span | None]] = [(root, "", None)]
    seen: set[int] = set()
    while pending:
        node, pointer, key_span = pending.pop()
        locations[pointer] = Location(_span(node), key_span)
        if id(node) in seen:
            continue
        seen.add(id(node))
        if isinstance(node, nodes.MappingNode):
            for key_node, value_node in node.value:
                child = f"{pointer}/{escape(str(key_node.value))}"
                pending.append((value_node, child, _span(key_node)))
        elif isinstance(node, nodes.SequenceNode):
            pending.extend(
                (item, f"{pointer}/{index}", None) for index, item in enumerate(node.value)
            )
    return locations


def _span(node: nodes.Node) -> Span:
    start, end = node.start_mark, node.end_mark
    return Span(start.line + 1, start.column + 1, end.line + 1, end.column + 1)


def read_yaml(text: str, name: str, limits: Limits = DEFAULT_LIMITS) -> Source:
    """A YAML document as a source; positions are worked out only when asked for."""
    return Source(name, text, "yaml", parse_yaml(text, name, limits), yaml_locations)
