"""Linting and fixing from Python, with the results and the text `smartbrev lint` gives."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from smartbrev.api.reading import Input, Reading, source_of
from smartbrev.batch.jobs import error_diagnostic
from smartbrev.diagnostics import Diagnostic
from smartbrev.errors import ConfigError, ReadError
from smartbrev.formats import InputFormat
from smartbrev.lint.config import Loaded, Settings, check_table, discover, load, resolve
from smartbrev.model import Briefing
from smartbrev.readers.source import Source, parse_text

Config = str | os.PathLike[str] | Mapping[str, Any] | None
"""A configuration: None (the built-in defaults), the path of a `smartbrev.toml`,
`.smartbrev.toml` or `pyproject.toml` (its `extend` chain followed), or a mapping
written as that file's table is (`{"ignore": ["SB5"], "rules": {...}}`)."""


def _loaded(config: Config, near: Path, find: bool) -> Loaded:
    if isinstance(config, Mapping):
        table = dict(config)
        check_table(table, "config")
        return Loaded(None, (("config", table),))
    if config is not None:
        return load(Path(config))
    if find:
        return discover(near.parent.absolute())
    return Loaded(None, ())


def settings_for(config: Config, name: str, *, find: bool = False) -> Settings:
    """The settings that apply to an input called `name` (its `[[overrides]]`); with
    `find` and no `config`, the configuration is looked for from the input's folder up,
    as the command line looks for it. Raises `ConfigError`."""
    near = Path(name if not name.startswith("<") else "briefing")
    if not isinstance(config, (str, os.PathLike, Mapping)) and config is not None:
        raise ConfigError(f"config must be a path or a mapping, not {type(config).__name__}")
    return resolve(near, _loaded(config, near, find))


def _input(
    source: Input | Briefing | Reading, fmt: str | None, name: str | None
) -> Source | Diagnostic:
    if isinstance(source, Reading):
        source = source.briefing
    if isinstance(source, Briefing):
        from smartbrev.writers.json_writer import write_json

        return parse_text(write_json(source), "json", name or "<briefing>")
    try:
        return source_of(source, fmt, name)
    except ReadError as error:
        if error.message.startswith("unsupported input format"):
            raise  # a mistake in the call, not in the input
        return error_diagnostic(error, name or str(source)[:60])


def _name(source: Input | Briefing | Reading, name: str | None) -> str:
    if name is not None:
        return name
    if isinstance(source, Reading):
        return source.name
    if isinstance(source, os.PathLike):
        return os.fspath(source)
    return "<bytes>" if isinstance(source, bytes) else "<string>"


def lint(
    source: Input | Briefing | Reading,
    *,
    config: Config = None,
    format: InputFormat | None = None,
    name: str | None = None,
    version: str | None = None,
    discover: bool = False,
) -> list[Diagnostic]:
    """Every diagnostic `smartbrev lint` reports for one input, in the order it prints them.

    `source` is text (`str`), bytes, a file's path (a `pathlib.Path`), a `Briefing` or a
    `Reading`; the format is told as `read` tells it. Input that cannot be read is a
    diagnostic (SB001-SB006), as the command line reports it. `config` is None (the
    built-in defaults), a configuration file, or a mapping with that file's keys; with
    `discover`, and no `config`, the configuration is looked for from the file's folder
    (or `name`'s) up, as the command line does. Raises `ConfigError` for a configuration
    that cannot be used, and `ReadError` for an unknown `format`.

    ```python
    import smartbrev

    draft = "# Fares freeze\\n\\nFares stay flat.\\n\\n**Why it matters:** It's very big.\\n"
    found = smartbrev.lint(draft, config={"ignore": ["missing-byline"]})
    assert [(d.code, d.span.line if d.span else None) for d in found] == [
        ("SB403", 5),  # a straight apostrophe
        ("SB502", 5),  # "very"
    ]
    assert smartbrev.lint(draft, config={"select": ["SB1"], "ignore": ["SB107"]}) == []
    ```
    """
    shown = _name(source, name)
    read = _input(source, format, name)
    settings = settings_for(config, shown, find=discover)
    if isinstance(read, Diagnostic):
        return [read]
    from smartbrev.lint.engine import lint_source

    return lint_source(read, settings, version).diagnostics


def fix(
    text: str,
    *,
    config: Config = None,
    format: InputFormat | None = None,
    name: str | None = None,
    unsafe: bool = False,
    discover: bool = False,
) -> str:
    """The text `smartbrev lint --fix` would write (with `unsafe`, `--unsafe-fixes`): the
    text itself when nothing can be fixed, or when fixing would change the briefing.

    Settings as for `lint`. Raises `ReadError` when the text cannot be read at all.

    ```python
    import smartbrev

    fixed = smartbrev.fix('# Fares\\n\\nFares stay flat.\\n\\n**WHY IT MATTERS:** "Yes."\\n')
    assert fixed == "# Fares\\n\\nFares stay flat.\\n\\n**Why it matters:** “Yes.”\\n"
    ```
    """
    from smartbrev.lint.engine import lint_source
    from smartbrev.lint.fix import fix_repeatedly

    shown = _name(text, name)
    source = source_of(text, format, shown)
    settings = settings_for(config, shown, find=discover)

    def relint(again: Source) -> list[Diagnostic]:
        return lint_source(again, settings).diagnostics

    outcome = fix_repeatedly(source, relint(source), relint, unsafe)
    return outcome.fixed.text
