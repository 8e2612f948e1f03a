"""Which files are briefings: `include` and `exclude` patterns (gitignore syntax), the
defaults a newsroom repository needs, and the choice they make for one file or folder."""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Sequence
from functools import cached_property
from typing import Any

from smartbrev.formats import briefing_extensions

DEFAULT_EXCLUDE: tuple[str, ...] = (
    # What a repository says about itself, in the briefing extensions.
    "README*",
    "CHANGELOG*",
    "CHANGES*",
    "HISTORY*",
    "NEWS.md",
    "LICENSE*",
    "LICENCE*",
    "COPYING*",
    "NOTICE*",
    "AUTHORS*",
    "CONTRIBUTING*",
    "CODE_OF_CONDUCT*",
    "SECURITY*",
    "SUPPORT*",
    "PULL_REQUEST_TEMPLATE*",
    "ISSUE_TEMPLATE*",
    # Tools' settings written as YAML, JSON or text.
    ".pre-commit-config.yaml",
    ".pre-commit-hooks.yaml",
    ".gitlab-ci.yml",
    ".travis.yml",
    ".readthedocs.y*ml",
    "mkdocs.y*ml",
    "_config.yml",
    "docker-compose*.y*ml",
    "compose.y*ml",
    "action.y*ml",
    "package.json",
    "package-lock.json",
    "tsconfig.json",
    "renovate.json",
    "requirements*.txt",
    "robots.txt",
    # Folders of tools, packages and builds.
    ".git/",
    ".github/",
    ".gitlab/",
    ".circleci/",
    ".smartbrev_cache/",
    "node_modules/",
    "__pycache__/",
    ".venv/",
    "venv/",
    "site-packages/",
    "build/",
    "dist/",
    "_build/",
    "_site/",
)
"""What `exclude` is when the configuration does not set it: files in the briefing
extensions that no newsroom writes as a briefing, and folders that only tools fill."""


def default_include() -> tuple[str, ...]:
    """What `include` is when the configuration does not set it: the briefing extensions."""
    return tuple(f"*{extension}" for extension in briefing_extensions())


def _combined(lines: Sequence[str]) -> Callable[[str], bool]:
    """A test of one path against gitignore patterns; with no negated pattern (the usual
    case) one regular expression, since the order of patterns then cannot matter."""
    import pathspec  # only when there are patterns to match

    spec = pathspec.GitIgnoreSpec.from_lines(lines)
    patterns = [p for p in spec.patterns if getattr(p, "include", None) is not None]
    expressions = [getattr(p, "regex", None) for p in patterns]
    if all(p.include for p in patterns) and all(e is not None for e in expressions):
        if not patterns:
            return lambda path: False
        # Each pattern's expression names the same group: unnamed, they can be joined.
        joined = "|".join(re.sub(r"\(\?P<\w+>", "(?:", e.pattern) for e in expressions if e)
        return re.compile(joined).match  # type: ignore[return-value]
    match: Callable[[str], bool] = spec.match_file
    return match


def _by_name(lines: Sequence[str]) -> tuple[Callable[[str], Any], Callable[[str], Any]] | None:
    """Tests of an entry's name alone, when every pattern is a bare name (no `/` but a
    trailing one, no negation, no escape): such a pattern matches at any depth, and a
    search has already tested each folder on the way down, so the name decides. A
    search's cost per file stays that of one short expression."""
    import fnmatch

    names = [line.strip() for line in lines if line.strip() and not line.startswith("#")]
    if not names or any(
        "/" in name.rstrip("/") or name.startswith("!") or "\\" in name for name in names
    ):
        return None
    files = [fnmatch.translate(name) for name in names if not name.endswith("/")]
    folders = [fnmatch.translate(name.rstrip("/")) for name in names]
    never = re.compile(r"(?!)")
    return (
        re.compile("|".join(files)).match if files else never.match,
        re.compile("|".join(folders)).match,
    )


class Patterns:
    """Gitignore patterns and the folder they are written relative to (None: relative to
    wherever the path is shown from: the folder searched, or the path as named)."""

    def __init__(self, lines: Sequence[str], root: str | None = None) -> None:
        self.lines = tuple(lines)
        self.root = root
        self._test: Callable[[str], Any] | None = None
        self.by_name = _by_name(self.lines)
        """For a list of bare names (the defaults): (files, folders) tests of a name alone."""

    def matches(self, shown: str, absolute: str, *, folder: bool = False) -> bool:
        """Whether the file (or folder) at `absolute`, shown as `shown`, is matched."""
        relative = self.relative(shown, absolute)
        return relative is not None and self.test(relative + "/" if folder else relative)

    def relative(self, shown: str, absolute: str) -> str | None:
        """A path as these patterns see it (None: outside their folder)."""
        if self.root is None:
            return _plain(shown)
        relative = os.path.relpath(absolute, self.root).replace(os.sep, "/")
        if relative == ".." or relative.startswith("../"):
            return None  # patterns of a configuration hold below its folder only
        return "" if relative == "." else relative

    def test(self, relative: str) -> bool:
        """Whether a path, relative as `relative` gives it, is matched."""
        if not self.lines:
            return False
        if self._test is None:
            self._test = _combined(self.lines)
        return bool(self._test(relative))

    def __repr__(self) -> str:
        return f"Patterns({list(self.lines)!r}, root={self.root!r})"


def _plain(shown: str) -> str:
    """A path as patterns without a folder of their own see it: forward slashes, without
    a leading `/`, `./` or `../`."""
    parts = [p for p in shown.replace(os.sep, "/").split("/") if p not in ("", ".", "..")]
    return "/".join(parts)


class Selection:
    """Which files are briefings under one configuration."""

    def __init__(
        self,
        include: Sequence[Patterns] = (),
        exclude: Sequence[Patterns] = (),
        *,
        force_exclude: bool = False,
    ) -> None:
        self.include = tuple(include)
        """Empty: the briefing extensions."""
        self.exclude = tuple(exclude) if exclude else (Patterns(DEFAULT_EXCLUDE),)
        self.force_exclude = force_exclude

    @cached_property
    def _extensions(self) -> frozenset[str]:
        return frozenset(briefing_extensions())

    def includes(self, shown: str, absolute: str) -> bool:
        """Whether a file is one `include` names."""
        if not self.include:
            return os.path.splitext(shown)[1].lower() in self._extensions  # noqa: PTH122
        return any(patterns.matches(shown, absolute) for patterns in self.include)

    def excludes(self, shown: str, absolute: str, *, folder: bool = False) -> bool:
        """Whether a file or folder is one `exclude` names."""
        return any(patterns.matches(shown, absolute, folder=folder) for patterns in self.exclude)

    def passes_over(self, shown: str, absolute: str) -> bool:
        """Whether a file named on the command line is left out: only with force-exclude,
        when `include` does not name it, `exclude` does, or it is hidden (as a search
        would pass it over)."""
        if not self.force_exclude:
            return False
        if any(part.startswith(".") for part in _plain(shown).split("/")):
            return True
        return not self.includes(shown, absolute) or self.excludes(shown, absolute)

    def in_folder(self, shown: str, absolute: str) -> Callable[[str, bool], bool]:
        """`excludes` for the entries of one folder, given by name: each pattern list's
        view of the folder is worked out once, not once per entry."""
        views = []
        by_name = []
        for patterns in self.exclude:
            folder = patterns.relative(shown, absolute)
            if folder is None or not patterns.lines:
                continue
            if patterns.by_name is not None:
                by_name.append(patterns.by_name)
            else:
                views.append((folder + "/" if folder else "", patterns.test))

        def excluded(name: str, is_folder: bool) -> bool:
            if any(tests[is_folder](name) for tests in by_name):
                return True
            ending = "/" if is_folder else ""
            return any(test(prefix + name + ending) for prefix, test in views)

        return excluded


DEFAULT_SELECTION = Selection()


def default_chooser(directory: str) -> Selection:
    """The selection when no configuration is consulted: the defaults."""
    return DEFAULT_SELECTION


Chooser = Callable[[str], Selection]
"""The selection that applies in a folder (given as an absolute path)."""


def defaults_markdown() -> str:
    """The default `include` and `exclude`, as docs/configuration.md lists them."""
    include = ", ".join(f"`{pattern}`" for pattern in default_include())
    exclude = ", ".join(f"`{pattern}`" for pattern in DEFAULT_EXCLUDE)
    return f"- `include`: {include}\n- `exclude`: {exclude}\n"
