"""Everything the desk asks of the rest of smartbrev, in one place: settings for a file,
reading and linting a draft, fixing it, counting it, publishing it, surveying a folder.

The rest of the desk imports smartbrev only through this module, so that moving a module
inside smartbrev changes one file here.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

import msgspec

from smartbrev import __version__
from smartbrev.axioms import AXIOMS, label_key, match_label
from smartbrev.batch.jobs import error_diagnostic
from smartbrev.batch.results import Status
from smartbrev.convert import convert_source
from smartbrev.diagnostics import Diagnostic, Fix, FixSafety, Severity
from smartbrev.errors import ConfigError, InvalidBriefing, ReadError, SmartbrevError, WriteError
from smartbrev.files import Target, atomic_write, collect
from smartbrev.formats import (
    INPUT_FORMATS,
    OUTPUT_FORMATS,
    OUTPUTS,
    briefing_extensions,
    format_for,
)
from smartbrev.lint.config import CONFIG_NAMES, Settings, discover, resolve
from smartbrev.lint.docs import page
from smartbrev.lint.engine import lint_source
from smartbrev.lint.fix import Fixed, apply_fixes, selected
from smartbrev.lint.prose import editor_count
from smartbrev.lint.registry import find
from smartbrev.lint.run import LintRequest, lint_targets
from smartbrev.model import Briefing
from smartbrev.readers.decode import DEFAULT_LIMITS, decode, read_file
from smartbrev.readers.source import Source, parse_text
from smartbrev.stats import DEFAULT_WPM, Stats, briefing_stats
from smartbrev.writers.html_writer import stylesheet

EXTENSIONS = {name: output.extension for name, output in OUTPUTS.items()}
"""The file name ending of each output format."""

__all__ = [
    "AXIOMS",
    "DEFAULT_WPM",
    "EXTENSIONS",
    "INPUT_FORMATS",
    "OUTPUT_FORMATS",
    "Briefing",
    "Checked",
    "ConfigError",
    "Diagnostic",
    "Fix",
    "FixSafety",
    "Fixed",
    "InvalidBriefing",
    "ReadError",
    "Settings",
    "Severity",
    "SmartbrevError",
    "Source",
    "Stats",
    "Surveyed",
    "WriteError",
    "__version__",
    "atomic_write",
    "briefing_extensions",
    "briefing_paths",
    "check",
    "counts",
    "decode_text",
    "fix",
    "format_for",
    "house_labels",
    "is_rule",
    "label_key",
    "limit",
    "match_label",
    "preview_stylesheet",
    "publish",
    "read_bytes",
    "rule_page",
    "settings_for",
    "survey",
]


class Checked(msgspec.Struct):
    """A draft as read and linted."""

    source: Source | None
    """None when the text could not be read at all."""
    diagnostics: list[Diagnostic]
    doc: Briefing | None = None
    """The model, when the draft passes its schema."""


def check(text: str, fmt: str, name: str, settings: Settings) -> Checked:
    """Every diagnostic `smartbrev lint` reports for this text under these settings."""
    try:
        source = parse_text(text, fmt, name, editions=False)
    except ReadError as error:
        return Checked(None, [error_diagnostic(error, name)])
    outcome = lint_source(source, settings, drafting=True)
    return Checked(source, outcome.diagnostics, outcome.doc)


def fix(checked: Checked, chosen: Sequence[Fix] | None, unsafe: bool) -> Fixed:
    """The text with fixes applied: those `chosen` (each must be one the lint offered), or
    every safe one when none are named; unsafe fixes only with `unsafe`, as `--unsafe-fixes`."""
    source = checked.source
    if source is None:
        return Fixed("", 0, "the text cannot be read, so it cannot be fixed")
    offered = [d.fix for d in checked.diagnostics if isinstance(d.fix, Fix)]
    if chosen is None:
        return apply_fixes(source, selected(offered, unsafe))
    if any(f not in offered for f in chosen):
        return Fixed(source.text, 0, "the draft has changed since that fix was offered")
    fixes = selected(list(chosen), unsafe)
    if len(fixes) < len(chosen) and not unsafe:
        return Fixed(source.text, 0, "an unsafe fix is applied only when asked for as unsafe")
    return apply_fixes(source, fixes)


def publish(source: Source, fmt: str) -> str:
    """The draft in an output format, exactly as `smartbrev convert --to FMT` writes it."""
    return convert_source(source, fmt)


def counts(doc: Briefing) -> Stats:
    """Words per part, counted as the length rules count them."""
    return briefing_stats(doc, editor_count)


def limit(settings: Settings, rule_name: str, option: str) -> int | None:
    """A length rule's configured limit, or None when the rule is off."""
    rule = find(rule_name)
    if rule is None or rule.code not in settings.enabled:
        return None
    value = getattr(settings.options.get(rule.code), option, None)
    return value if isinstance(value, int) else None


def house_labels(settings: Settings) -> list[tuple[str, str]]:
    """(label as the house writes it, axiom id) for every label the linter knows."""
    known = [(axiom.label, axiom.id) for axiom in AXIOMS]
    written = {label for label, _ in known}
    for house in sorted(set(settings.labels.values())):
        if house not in written:
            known.append((house, match_label(house) or "custom"))
    return known


def preview_stylesheet() -> str:
    """The stylesheet the HTML writer puts in every page it writes."""
    return stylesheet()


def is_rule(code: str) -> bool:
    """Whether a code is a rule's (and so has a page); reader and schema codes are not."""
    return find(code) is not None


def rule_page(code: str) -> str | None:
    """A rule's documentation page as Markdown, or None when no rule has that code."""
    rule = find(code)
    return page(rule) if rule is not None else None


def read_bytes(path: Path, name: str) -> bytes:
    """A file's bytes, within the command line's size limit (ReadError otherwise)."""
    return read_file(path, name, DEFAULT_LIMITS)


def decode_text(raw: bytes, name: str) -> str:
    """Text from a file's bytes as the command line decodes it (ReadError otherwise)."""
    return decode(raw, name)


# -- settings -------------------------------------------------------------------------------

_SETTINGS: dict[str, tuple[tuple[tuple[str, int, int], ...], tuple[str, ...], Settings]] = {}
_SETTINGS_KEPT = 256


def _stamp(paths: Iterable[Path]) -> tuple[tuple[str, int, int], ...]:
    found = []
    for candidate in paths:
        try:
            status = candidate.stat()
        except OSError:
            continue
        found.append((str(candidate), status.st_mtime_ns, status.st_size))
    return tuple(found)


def _candidates(directory: Path) -> Iterator[Path]:
    """Every file discovery looks at, from a directory up to the root."""
    for folder in (directory, *directory.parents):
        for name in CONFIG_NAMES:
            yield folder / name


def settings_for(path: Path) -> Settings:
    """The settings `smartbrev lint` would use for a file at `path` (which need not exist),
    looked up again whenever a configuration file (or one it extends) changes. Raises
    ConfigError."""
    key = str(path)
    remembered = _SETTINGS.get(key)
    if remembered is not None:
        stamp, origins, settings = remembered
        if _stamp(_candidates(path.parent)) + _stamp(map(Path, origins)) == stamp:
            return settings
    candidates = _stamp(_candidates(path.parent))
    discover.cache_clear()
    loaded = discover(path.parent)
    origins = tuple(origin for origin, _ in loaded.layers)
    settings = resolve(path, loaded)
    if len(_SETTINGS) >= _SETTINGS_KEPT:
        _SETTINGS.clear()
    _SETTINGS[key] = (candidates + _stamp(map(Path, origins)), origins, settings)
    return settings


# -- folders --------------------------------------------------------------------------------


class Surveyed(msgspec.Struct, frozen=True):
    """One briefing of a folder and how it fares."""

    name: str
    status: str
    """clean, findings or unreadable."""
    errors: int = 0
    warnings: int = 0
    infos: int = 0
    problem: str | None = None
    """Why it cannot be read, when it cannot."""


def briefing_paths(folder: Path) -> Iterator[Path]:
    """The briefings `smartbrev lint FOLDER` would find (gitignore and hidden folders skipped)."""
    for found in collect([str(folder)]):
        if isinstance(found, Target) and found.path is not None:
            yield Path(found.path)


def survey(paths: Iterable[Path]) -> Iterator[Surveyed]:
    """Lint each file as `smartbrev lint` would, one process, no cache."""
    targets = [Target(str(path), str(path)) for path in paths]
    for outcome in lint_targets(targets, LintRequest(), jobs=1, cache=None):
        result = outcome.result
        if result.status is Status.UNUSABLE:
            first = result.diagnostics[0].message if result.diagnostics else "cannot be read"
            yield Surveyed(result.path, "unreadable", problem=first)
            continue
        tally = dict.fromkeys(Severity, 0)
        for diagnostic in result.diagnostics:
            tally[diagnostic.severity] += 1
        yield Surveyed(
            result.path,
            "findings" if result.diagnostics else "clean",
            tally[Severity.ERROR],
            tally[Severity.WARNING],
            tally[Severity.INFO],
        )
