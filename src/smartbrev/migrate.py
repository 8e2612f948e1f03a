"""Moving a document between schema versions by rewriting only its `schema_version`.

The rest of the file is left byte for byte as it was, comments and layout included.
"""

from __future__ import annotations

from smartbrev.diagnostics import Diagnostic
from smartbrev.errors import SmartbrevError
from smartbrev.formats import DRAFT_FORMATS
from smartbrev.pointer import LineIndex
from smartbrev.readers.frontmatter import body_start
from smartbrev.readers.source import Source
from smartbrev.schema import store
from smartbrev.schema.check import select_version, validate_data


class MigrationError(SmartbrevError):
    """A migration that cannot be done without losing or corrupting data."""


def migrate(source: Source, target: str) -> str:
    """The document's text moved to schema `target`.

    Refuses a document with no known version, and a downgrade that would drop fields the
    older schema does not have.
    """
    store.schema_path(target)
    current = source.data.get("schema_version")
    if "edition_version" in source.data:
        raise MigrationError(
            f"{source.name}: cannot migrate: it is a newsletter edition (edition_version "
            f"{source.data['edition_version']!r}); each item names its own schema_version"
        )
    if current is None:
        raise MigrationError(
            f"{source.name}: cannot migrate: the document has no `schema_version`; add one first"
        )
    chosen = select_version(source.data)
    if isinstance(chosen, Diagnostic):
        raise MigrationError(f"{source.name}: cannot migrate: {chosen.message}")
    if current == target:
        return source.text
    allowed = store.load_schema(target)["properties"]
    lost = [key for key in source.data if key not in allowed]
    if lost:
        fields = ", ".join(f"`{key}`" for key in lost)
        raise MigrationError(
            f"{source.name}: cannot migrate to {target} without losing data: {fields} "
            f"{'does' if len(lost) == 1 else 'do'} not exist in schema {target}; "
            "remove them first if you mean to"
        )
    migrated = dict(source.data, schema_version=target)
    was_valid = not validate_data(source.data)
    problems = validate_data(migrated, version=target)
    if was_valid and problems:
        raise MigrationError(
            f"{source.name}: cannot migrate to {target}: {problems[0].message} "
            f"at {problems[0].pointer or '/'}"
        )
    return _rewrite_version(source, target)


def _rewrite_version(source: Source, target: str) -> str:
    location = source.locate("/schema_version")
    if location is None and source.format in DRAFT_FORMATS:
        return _add_to_front_matter(source.text, target)
    if location is None:
        raise MigrationError(f"{source.name}: cannot find `schema_version` in the text")
    lines = LineIndex(source.text)
    span = location.value
    start = lines.offset(span.line, span.column)
    end = lines.offset(span.end_line, span.end_column)
    written = source.text[start:end]
    quote = written[0] if written[:1] in ("'", '"') else '"'
    return f"{source.text[:start]}{quote}{target}{quote}{source.text[end:]}"


def _add_to_front_matter(text: str, target: str) -> str:
    """A draft with `schema_version` added to its front matter (opened if it has none)."""
    line = f'schema_version: "{target}"'
    newline = "\r\n" if "\r\n" in text else "\n"
    lines = text.replace("\r\n", "\n").split("\n")
    if body_start(lines) > 0:
        lines.insert(1, line)
        return newline.join(lines)
    return newline.join(["---", line, "---", *lines])
