"""Characters no briefing holds: NUL and the other control characters (tab, line breaks,
vertical tab and form feed aside) and halves of a surrogate pair. Every reader refuses
them the same way, whether they are written raw or as an escape (`\\u0000`, `\\e`,
`&#27;`), so what one command accepts every writer can write."""

from __future__ import annotations

import re
from typing import Any

from smartbrev.errors import ReadError
from smartbrev.pointer import LineIndex, escape

_REFUSED = re.compile("[\x00-\x08\x0e-\x1f\x7f\ud800-\udfff]")
_ESCAPED = ("\\", "&")
"""What can spell a refused character without writing it: backslash escapes (JSON,
YAML) and character references (HTML, Markdown)."""


def _describe(char: str) -> str:
    code = ord(char)
    if 0xD800 <= code <= 0xDFFF:
        return f"half of a surrogate pair (U+{code:04X}), which is not a character"
    return f"the control character U+{code:04X}"


def _refused(
    message: str, name: str, line: int | None = None, column: int | None = None
) -> ReadError:
    return ReadError(message, path=name, line=line, column=column)


def check_characters(text: str, name: str) -> None:
    """Refuse text that holds a character no briefing may hold, saying where."""
    found = _REFUSED.search(text)
    if found is None:
        return
    line, column = LineIndex.of_draft(text).position(found.start())
    raise _refused(
        f"the file holds {_describe(found.group())}; briefings hold text only",
        name,
        line,
        column,
    )


def check_values(data: Any, text: str, name: str) -> None:
    """Refuse a document whose text (keys included) holds such a character, written as an
    escape in `text`; the error names the field."""
    if not any(mark in text for mark in _ESCAPED):
        return  # nothing in the text can spell one
    problem = refused_value(data)
    if problem is not None:
        raise _refused(problem, name)


def refused_value(data: Any) -> str | None:
    """What is wrong with plain data whose text (keys included) holds a character no
    briefing may hold, naming the field; None when there is none."""
    stack: list[tuple[Any, str]] = [(data, "")]
    while stack:
        node, pointer = stack.pop()
        if isinstance(node, str):
            found = _REFUSED.search(node)
            if found is not None:
                where = pointer or "the document"
                return f"{where} holds {_describe(found.group())}; briefings hold text only"
        elif isinstance(node, dict):
            for key, value in node.items():
                child = f"{pointer}/{escape(key)}"
                if isinstance(key, str) and _REFUSED.search(key):
                    stack.append((key, f"the name of {child}"))
                stack.append((value, child))
        elif isinstance(node, list):
            stack.extend((item, f"{pointer}/{index}") for index, item in enumerate(node))
    return None
