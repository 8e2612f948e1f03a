"""Configuration: finding it, reading it, checking it loudly, and resolving it per file.

`[tool.smartbrev]` in `pyproject.toml`, or `smartbrev.toml` / `.smartbrev.toml`; the
closest to each file wins, `extend` inherits from another file. Unknown keys, rule names
and option names are errors with a did-you-mean, never skipped.
"""

from __future__ import annotations

import sys
from functools import cached_property, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import msgspec

from smartbrev.axioms import label_key
from smartbrev.diagnostics import Severity
from smartbrev.errors import ConfigError
from smartbrev.messages import suggestion
from smartbrev.selection import Patterns

if TYPE_CHECKING:
    from smartbrev.lint.rule import Rule

# The rules (and their options) are imported where they are needed: a run whose results
# are all cached, with no configuration to check, never needs them.


def _tomllib() -> Any:
    """The TOML parser, imported only when there is TOML to read."""
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - exercised on Python 3.10
        import tomli as tomllib  # type: ignore[import-not-found, unused-ignore]
    return tomllib


CONFIG_NAMES = ("smartbrev.toml", ".smartbrev.toml", "pyproject.toml")
SELECTION_KEYS = ("include", "extend-include", "exclude", "extend-exclude", "force-exclude")
"""The keys that say which files are briefings (`selection.py`)."""
TOP_KEYS = (
    "extend",
    *SELECTION_KEYS,
    "select",
    "extend-select",
    "ignore",
    "severity",
    "rules",
    "overrides",
    "labels",
)
OVERRIDE_KEYS = ("files", "select", "extend-select", "ignore", "severity", "rules")
SEVERITIES = tuple(s.value for s in Severity)


class Settings(msgspec.Struct, frozen=True, dict=True):
    """Everything the linter needs to know for one file."""

    enabled: frozenset[str]
    severity: dict[str, Severity]
    options: dict[str, Any]
    labels: dict[str, str]
    origin: dict[str, str] = msgspec.field(default_factory=dict)
    """Which file (or "default", "command line") each setting came from."""

    def severity_of(self, code: str) -> Severity:
        """The severity a rule reports at under these settings."""
        from smartbrev.lint.registry import BY_CODE

        return self.severity.get(code) or BY_CODE[code].severity

    @cached_property
    def fingerprint(self) -> str:
        """A digest that is the same, in any process, exactly when the settings are."""
        from smartbrev.batch.cache import fingerprint

        return fingerprint(
            sorted(self.enabled),
            sorted((code, level.value) for code, level in self.severity.items()),
            sorted((code, repr(options)) for code, options in self.options.items()),
            sorted(self.labels.items()),
        )


# -- reading files ------------------------------------------------------------------------


def _toml(path: Path) -> dict[str, Any]:
    tomllib = _tomllib()
    try:
        with path.open("rb") as handle:
            data: dict[str, Any] = tomllib.load(handle)
            return data
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"{path}: invalid TOML: {error}") from None
    except RecursionError:  # the parser recurses into arrays and inline tables
        raise ConfigError(f"{path}: invalid TOML: nested too deeply") from None
    except OSError as error:
        raise ConfigError(f"{path}: cannot read: {error.strerror or error}") from None


def read_table(path: Path) -> dict[str, Any] | None:
    """The smartbrev table of a configuration file (None for a pyproject.toml without one)."""
    data = _toml(path)
    if path.name == "pyproject.toml":
        tool = data.get("tool", {})
        table = tool.get("smartbrev") if isinstance(tool, dict) else None
        if table is None:
            return None
    else:
        table = data
    if not isinstance(table, dict):
        raise ConfigError(f"{path}: [tool.smartbrev] must be a table")
    check_table(table, str(path))
    return table


def _unknown(key: str, known: tuple[str, ...], where: str) -> ConfigError:
    return ConfigError(f"{where}: unknown key `{key}`{suggestion(key, list(known))}")


def _selectors(value: Any, where: str) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{where}: must be a list of rule codes or names")
    for selector in value:
        check_selector(selector, where)
    return value


def check_selector(selector: str, where: str) -> None:
    """Refuse a selector that names no rule: ALL, a code, a code prefix or a rule name."""
    from smartbrev.lint.registry import RULES, find

    upper = selector.upper()
    if upper == "ALL" or find(selector) is not None:
        return
    if upper.startswith("SB") and any(rule.code.startswith(upper) for rule in RULES):
        return
    names = [rule.name for rule in RULES] + [rule.code for rule in RULES]
    raise ConfigError(f"{where}: unknown rule `{selector}`{suggestion(selector, names)}")


def _rule_for(name: str, where: str) -> Rule:
    from smartbrev.lint.registry import RULES, find

    rule = find(name)
    if rule is None:
        names = [r.name for r in RULES]
        raise ConfigError(f"{where}: unknown rule `{name}`{suggestion(name, names)}")
    return rule


def check_table(table: dict[str, Any], where: str, *, override: bool = False) -> None:
    """Check a configuration table (or an override's), raising at the first problem."""
    known = OVERRIDE_KEYS if override else TOP_KEYS
    for key, value in table.items():
        here = f"{where}: `{key}`"
        if key not in known:
            raise _unknown(key, known, where)
        if key in ("select", "extend-select", "ignore"):
            _selectors(value, here)
        elif key == "extend":
            if not isinstance(value, str):
                raise ConfigError(f"{here} must be a path")
        elif key in ("files", "include", "extend-include", "exclude", "extend-exclude"):
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise ConfigError(f"{here} must be a list of patterns (gitignore syntax)")
        elif key == "force-exclude":
            if not isinstance(value, bool):
                raise ConfigError(f"{here} must be true or false")
        elif key == "severity":
            if not isinstance(value, dict):
                raise ConfigError(f"{here} must be a table of rule = severity")
            for name, level in value.items():
                _rule_for(name, f"{where}: `severity`")
                if level not in SEVERITIES:
                    raise ConfigError(
                        f"{where}: `severity.{name}` must be one of {', '.join(SEVERITIES)}, "
                        f"not {level!r}{suggestion(str(level), list(SEVERITIES))}"
                    )
        elif key == "rules":
            if not isinstance(value, dict):
                raise ConfigError(f"{here} must be a table of rule tables")
            for name, options in value.items():
                rule = _rule_for(name, f"{where}: `rules`")
                if not isinstance(options, dict):
                    raise ConfigError(f"{where}: `rules.{name}` must be a table of options")
                from smartbrev.lint.options import parse_options

                parse_options(rule, options, f"{where}: `rules.{name}`")
        elif key == "overrides":
            if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
                raise ConfigError(f"{here} must be an array of tables ([[overrides]])")
            for number, entry in enumerate(value):
                if "files" not in entry:
                    raise ConfigError(f"{where}: `overrides[{number}]` needs `files`")
                check_table(entry, f"{where}: `overrides[{number}]`", override=True)
        elif key == "labels":
            _check_labels(value, where)


def _check_labels(value: Any, where: str) -> None:
    if not isinstance(value, dict):
        raise ConfigError(f"{where}: `labels` must be a table of label tables")
    for name, entry in value.items():
        here = f"{where}: `labels.{name}`"
        if not isinstance(entry, dict):
            raise ConfigError(f"{here} must be a table with `label` and `variants`")
        for key in entry:
            if key not in ("label", "variants"):
                raise _unknown(key, ("label", "variants"), here)
        if "label" not in entry:
            raise ConfigError(f"{here} needs `label`, the label as the house writes it")
        from smartbrev.lint.options import LabelText, check_value

        check_value(LabelText, entry["label"], f"{here}.label")
        variants = entry.get("variants", [])
        if not isinstance(variants, list):
            raise ConfigError(f"{here}: `variants` must be a list of labels")
        for number, variant in enumerate(variants):
            check_value(LabelText, variant, f"{here}.variants[{number}]")


# -- rule options -------------------------------------------------------------------------


class Loaded(msgspec.Struct, frozen=True):
    """A configuration file with everything it extends merged in."""

    path: Path | None
    layers: tuple[tuple[str, dict[str, Any]], ...]
    """(origin, table) from the furthest `extend` base to the file itself."""


MAX_EXTENDS = 32
"""Most files one `extend` chain may hold: a real one has two or three."""


def load(path: Path) -> Loaded:
    """A configuration file and its `extend` chain."""
    first = path.resolve()
    chain: list[tuple[str, dict[str, Any]]] = []
    seen: set[Path] = set()
    path = first
    while True:
        if path in seen:
            raise ConfigError(f"{path}: `extend` goes round in a circle")
        if len(seen) == MAX_EXTENDS:
            raise ConfigError(
                f"{first}: `extend` chains more than {MAX_EXTENDS} files; "
                "extend the shared file directly"
            )
        seen.add(path)
        if not path.is_file():
            raise ConfigError(f"{path}: no such configuration file")
        table = read_table(path)
        if table is None:
            raise ConfigError(f"{path}: has no [tool.smartbrev] table")
        chain.append((str(path), table))
        if "extend" not in table:
            break
        path = (path.parent / str(table["extend"])).resolve()
    return Loaded(first, tuple(reversed(chain)))


@lru_cache(maxsize=256)
def discover(directory: Path) -> Loaded:
    """The configuration closest to a directory (none found: defaults only)."""
    for folder in (directory, *directory.parents):
        for name in CONFIG_NAMES:
            candidate = folder / name
            if candidate.is_file() and (name != "pyproject.toml" or read_table(candidate)):
                return load(candidate)
    return Loaded(None, ())


def _matches(path: Path, root: Path | None, patterns: list[str]) -> bool:
    """Whether an override's `files` (gitignore syntax, relative to the configuration's
    folder) name a file."""
    absolute = str(path.resolve())
    return Patterns(patterns, str(root) if root else None).matches(str(path), absolute)


def _select(tables: list[tuple[str, dict[str, Any]]], origin: dict[str, str]) -> frozenset[str]:
    selected: set[str] = set()
    explicit = False
    for source, table in tables:
        if "select" in table:
            selected = _expand(table["select"])
            explicit = True
            origin["select"] = source
        selected |= _expand(table.get("extend-select", []))
        selected -= _expand(table.get("ignore", []))
        if "ignore" in table:
            origin["ignore"] = source
    if not explicit:
        origin.setdefault("select", "default")
    return frozenset(selected)


def _expand(selectors: list[str]) -> set[str]:
    from smartbrev.lint.registry import BY_CODE, find

    codes: set[str] = set()
    for selector in selectors:
        upper = selector.upper()
        if upper == "ALL":
            codes |= set(BY_CODE)
        elif (rule := find(selector)) is not None:
            codes.add(rule.code)
        else:
            codes |= {code for code in BY_CODE if code.startswith(upper)}
    return codes


def resolve(
    path: Path,
    loaded: Loaded,
    cli: tuple[tuple[str, dict[str, Any]], ...] = (),
) -> Settings:
    """The settings for one file: defaults, then the configuration, its overrides, the CLI."""
    from smartbrev.lint.options import parse_options
    from smartbrev.lint.registry import RULES

    root = loaded.path.parent if loaded.path else None
    defaults = [rule.code for rule in RULES if rule.default]
    tables: list[tuple[str, dict[str, Any]]] = [("default", {"select": defaults})]
    for origin_name, table in loaded.layers:
        tables.append((origin_name, table))
        for number, entry in enumerate(table.get("overrides", [])):
            if _matches(path, root, entry["files"]):
                tables.append((f"{origin_name} overrides[{number}]", entry))
    tables.extend(cli)
    origin: dict[str, str] = {}
    enabled = _select(tables, origin)
    severity: dict[str, Severity] = {}
    options: dict[str, Any] = {rule.code: rule.default_options() for rule in RULES}
    labels: dict[str, str] = {}
    for source, table in tables:
        for name, level in table.get("severity", {}).items():
            rule = _rule_for(name, source)
            severity[rule.code] = Severity(level)
            origin[f"severity.{rule.name}"] = source
        for name, values in table.get("rules", {}).items():
            rule = _rule_for(name, source)
            options[rule.code] = parse_options(rule, values, source, options[rule.code])
            for key in values:
                origin[f"rules.{rule.name}.{key}"] = source
        for name, entry in table.get("labels", {}).items():
            for written in (entry["label"], *entry.get("variants", [])):
                labels[label_key(written)] = entry["label"]
            origin[f"labels.{name}"] = source
    return Settings(enabled, severity, options, labels, origin)


def parse_inline(snippets: tuple[str, ...]) -> tuple[tuple[str, dict[str, Any]], ...]:
    """`--config` values: a file path, or a TOML snippet such as `rules.x.max-words = 45`."""
    layers = []
    for snippet in snippets:
        candidate = Path(snippet)
        if "=" not in snippet and candidate.suffix == ".toml":
            for origin_name, table in load(candidate).layers:
                layers.append((origin_name, table))
            continue
        tomllib = _tomllib()
        try:
            table = tomllib.loads(snippet)
        except RecursionError:
            raise ConfigError(f"--config {snippet[:40]!r}: nested too deeply") from None
        except tomllib.TOMLDecodeError as error:
            raise ConfigError(
                f"--config {snippet!r}: neither a .toml file nor a TOML setting ({error})"
            ) from None
        check_table(table, f"--config {snippet!r}")
        layers.append(("command line", table))
    return tuple(layers)
