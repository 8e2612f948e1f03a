"""What the language server needs of smartbrev, in one place: reading and linting a text
with the configuration found for its path, fixing it, and what the registries say.

Every import of smartbrev's internals the server makes is in this module; the rest of
the server works with the values it returns.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import msgspec

from smartbrev.axioms import AXIOMS, BY_ID, CUSTOM, match_label
from smartbrev.batch.gc import resume_collection
from smartbrev.batch.jobs import error_diagnostic
from smartbrev.diagnostics import Diagnostic, Fix, FixSafety, Severity, Span
from smartbrev.errors import ConfigError, ReadError, SmartbrevError
from smartbrev.formats import format_for
from smartbrev.lint.config import Loaded, Settings, check_table, discover, resolve
from smartbrev.lint.docs import explain
from smartbrev.lint.engine import ENGINE_CODES, lint_model, lint_source
from smartbrev.lint.fix import apply_fixes, selected
from smartbrev.lint.registry import find
from smartbrev.readers.decode import read_stream
from smartbrev.readers.source import Source, parse_bytes, parse_text

__all__ = [
    "AXIOMS",
    "BY_ID",
    "CUSTOM",
    "ConfigError",
    "Configurations",
    "Diagnostic",
    "Fix",
    "FixSafety",
    "Report",
    "Severity",
    "Span",
    "check_editor_settings",
    "code_doc",
    "collect_garbage",
    "fix_all",
    "fix_one",
    "format_of",
    "lint_text",
    "match_label",
    "nodes",
    "same_briefing",
    "suppressible",
]

FORMATS = ("markdown", "text", "yaml", "json")
"""The formats the server lints (the briefing formats people edit by hand)."""

_LANGUAGES = {"markdown": "markdown", "plaintext": "text", "yaml": "yaml", "json": "json"}
"""LSP language ids, for documents whose name does not tell the format."""


def format_of(path: str | None, language_id: str | None) -> str | None:
    """The format of an open document: from its file name, else from its language id."""
    fmt = format_for(path) if path else None
    if fmt is None and language_id:
        fmt = _LANGUAGES.get(language_id)
    return fmt if fmt in FORMATS else None


class Report(msgspec.Struct):
    """What linting one text found."""

    text: str
    format: str
    diagnostics: list[Diagnostic]
    source: Source | None = None
    """The text as read (None when it could not be read)."""
    settings: Settings | None = None
    config_problem: str | None = None
    """Why the configuration found for the document was not used (defaults were)."""


def _read(text: str, fmt: str, name: str) -> Source:
    """The text read as the CLI reads a file's bytes: same limits, same refusals."""
    try:
        raw = text.encode("utf-8")
    except UnicodeEncodeError as error:
        raise ReadError(f"not valid Unicode text ({error.reason})", path=name) from None
    return parse_bytes(read_stream(io.BytesIO(raw), name), fmt, name, editions=False)


def lint_text(
    text: str, fmt: str, name: str, settings: Settings, config_problem: str | None = None
) -> Report:
    """Every diagnostic of a text; one diagnostic at its start when it cannot be read."""
    try:
        source = _read(text, fmt, name)
    except ReadError as error:
        found = [error_diagnostic(error, name)]
        return Report(text, fmt, found, None, settings, config_problem)
    except Exception as error:  # a reader's bug must not take the editor's server down
        return Report(text, fmt, [_internal(error, name)], None, settings, config_problem)
    try:
        found = lint_source(source, settings).diagnostics
    except Exception as error:
        return Report(text, fmt, [_internal(error, name)], None, settings, config_problem)
    return Report(text, fmt, found, source, settings, config_problem)


def _internal(error: Exception, name: str) -> Diagnostic:
    return Diagnostic(
        "SB999",
        "internal-error",
        Severity.ERROR,
        f"smartbrev could not check this document: {type(error).__name__}: {error}",
        name,
        help="please report this with the document that triggers it",
    )


def fix_one(report: Report, fix: Fix) -> str | None:
    """The text with one fix applied, or None when it would not read back the same."""
    if report.source is None:
        return None
    fixed = apply_fixes(report.source, [fix])
    return None if fixed.refused or fixed.text == report.text else fixed.text


def fix_all(report: Report, unsafe: bool = False) -> str:
    """The text `smartbrev lint --fix` would write (the text itself when nothing applies)."""
    if report.source is None:
        return report.text
    fixes = selected([d.fix for d in report.diagnostics if d.fix is not None], unsafe)
    return apply_fixes(report.source, fixes).text


def same_briefing(report: Report, text: str) -> bool:
    """Whether another text reads as the same briefing as the report's."""
    if report.source is None:
        return False
    try:
        again = parse_text(text, report.format, report.source.name, editions=False)
        return bool(lint_model(again.data) == lint_model(report.source.data))
    except (SmartbrevError, KeyError, TypeError, ValueError):
        return False


def collect_garbage() -> None:
    """Collect garbage again: the command pauses collection while it starts, which suits
    a run that ends, not a server that lives as long as the editor."""
    resume_collection()


def suppressible(code: str) -> bool:
    """Whether a suppression comment can silence a code (rules can; schema errors and
    problems with suppression comments themselves cannot)."""
    return find(code) is not None and code not in ENGINE_CODES


def code_doc(code: str) -> str | None:
    """The documentation of a diagnostic code, as Markdown."""
    return explain(code)


def nodes(source: Source) -> Iterator[tuple[str, Span]]:
    """Every node of the model with where it is written: (JSON pointer, span)."""
    yield from _walk(source, source.data, "")


def _walk(source: Source, node: Any, pointer: str) -> Iterator[tuple[str, Span]]:
    where = source.locate(pointer)
    if where is not None:
        yield pointer, where.value
    if isinstance(node, dict):
        for key, value in node.items():
            token = str(key).replace("~", "~0").replace("/", "~1")
            yield from _walk(source, value, f"{pointer}/{token}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _walk(source, value, f"{pointer}/{index}")


class Configurations:
    """Settings for each document, found as the CLI finds them (the closest
    `smartbrev.toml`, `.smartbrev.toml` or `pyproject.toml` with `[tool.smartbrev]`),
    with the editor's settings on top; remembered until `reload`."""

    def __init__(self) -> None:
        self._known: dict[tuple[str, str], Settings] = {}

    def settings(self, path: Path, editor: dict[str, Any]) -> Settings:
        """The settings for a file (raises ConfigError for an unusable configuration)."""
        layers = (("editor settings", editor),) if editor else ()
        key = (str(path), repr(sorted(editor.items())))
        known = self._known.get(key)
        if known is None:
            loaded = discover(path.parent.absolute())
            known = resolve(path, loaded, layers)
            if len(self._known) > 512:
                self._known.clear()
            self._known[key] = known
        return known

    def defaults(self, path: Path) -> Settings:
        """The built-in settings, for a document whose configuration cannot be used."""
        return resolve(path, Loaded(None, ()))

    def reload(self) -> None:
        """Forget what was found: configuration files have changed."""
        discover.cache_clear()
        self._known.clear()


def check_editor_settings(table: dict[str, Any]) -> None:
    """Refuse editor settings that are not a valid configuration table (ConfigError)."""
    check_table(table, "editor settings")
