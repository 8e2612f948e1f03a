"""Which files are briefings, as the configuration and the command line say: `include`,
`exclude` and their kin, per folder (the patterns themselves: `smartbrev.selection`)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import msgspec

from smartbrev.lint.config import Loaded, discover
from smartbrev.selection import (
    DEFAULT_EXCLUDE,
    Chooser,
    Patterns,
    Selection,
    default_include,
)


class SelectionFlags(msgspec.Struct, frozen=True):
    """What the command line says about which files are briefings."""

    exclude: tuple[str, ...] = ()
    """`--exclude`: replaces the configured `exclude`."""
    extend_exclude: tuple[str, ...] = ()
    force_exclude: bool | None = None
    """`--force-exclude` / `--no-force-exclude` (None: as configured)."""


NO_FLAGS = SelectionFlags()


def selection(loaded: Loaded, flags: SelectionFlags = NO_FLAGS) -> Selection:
    """Which files are briefings under a configuration and the command line: each
    configuration file's patterns are relative to its folder, the command line's to the
    folder searched (or the path as named)."""
    include: list[Patterns] = []
    exclude: list[Patterns] = []
    extra: list[Patterns] = []
    force = False
    for origin_name, table in loaded.layers:
        folder = str(Path(origin_name).parent)
        if "include" in table:
            include = [Patterns(table["include"], folder)]
        if "extend-include" in table:
            include = include or [Patterns(default_include())]
            include.append(Patterns(table["extend-include"], folder))
        if "exclude" in table:
            exclude = [Patterns(table["exclude"], folder)]
        if "extend-exclude" in table:
            extra.append(Patterns(table["extend-exclude"], folder))
        force = table.get("force-exclude", force)
    if flags.exclude:
        exclude = [Patterns(flags.exclude)]
    if flags.extend_exclude:
        extra.append(Patterns(flags.extend_exclude))
    if not exclude:
        exclude = [Patterns(DEFAULT_EXCLUDE)]
    if flags.force_exclude is not None:
        force = flags.force_exclude
    return Selection(include, exclude + extra, force_exclude=force)


def chooser(
    config: Loaded | None = None,
    *,
    isolated: bool = False,
    layers: tuple[tuple[str, dict[str, Any]], ...] = (),
    flags: SelectionFlags = NO_FLAGS,
) -> Chooser:
    """The selection for each folder: from the configuration named (`config`), none
    (`isolated`), or the one closest to the folder; then `--config` settings (`layers`)
    and the flags."""
    made: dict[Path | None, Selection] = {}

    def choose(directory: str) -> Selection:
        if config is not None:
            loaded = config
        elif isolated:
            loaded = Loaded(None, ())
        else:
            loaded = discover(Path(directory))
        known = made.get(loaded.path)
        if known is None:
            known = made[loaded.path] = selection(
                Loaded(loaded.path, loaded.layers + layers), flags
            )
        return known

    return choose
