"""Files: the paths on a command line turned into the files to process, and writing a
file without ever leaving a half-written one behind."""

from __future__ import annotations

import os
import stat
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

import msgspec

from smartbrev.errors import ReadError
from smartbrev.formats import briefing_extensions
from smartbrev.selection import Chooser, default_chooser

STDIN = "-"


class Target(msgspec.Struct, frozen=True):
    """One input to process: a file, or standard input when `path` is None."""

    name: str
    path: str | None
    """The file's path (None for standard input)."""


def _ignore_files(directory: str) -> list[str]:
    path = os.path.join(directory, ".gitignore")  # noqa: PTH118
    try:
        # Without waiting: a pipe named .gitignore must not stop the search.
        handle = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError:
        return []
    with os.fdopen(handle, "rb") as opened:
        try:
            if not stat.S_ISREG(os.fstat(handle).st_mode):
                return []
            return opened.read(1 << 20).decode("utf-8").splitlines()
        except (OSError, UnicodeDecodeError):
            return []


def _spec(lines: Sequence[str]) -> Any:
    import pathspec  # only when there are patterns: most runs have none

    return pathspec.GitIgnoreSpec.from_lines(lines)


class _Ignored:
    """Git-style ignore patterns: the walk's .gitignore files."""

    def __init__(self) -> None:
        self._specs: list[tuple[str, Any]] = []

    def enter(self, directory: str, root: str) -> None:
        lines = _ignore_files(directory)
        if lines:
            self._specs.append((directory, _spec(lines)))

    def __call__(self, path: str, root: str, *, folder: bool = False) -> bool:
        for base, spec in self._specs:
            start = base or root
            relative = os.path.relpath(path, start).replace(os.sep, "/")
            if relative.startswith("..") and base:
                continue
            if spec.match_file(relative + ("/" if folder else "")):
                return True
        return False


Skipped = Callable[[str, str], None]
"""Told of each file a directory search passes over: its path, and why."""


def _skip_nothing(path: str, why: str) -> None:
    """The default for `collect`'s `skipped`: say nothing."""


def _inside(real: str, top: str) -> bool:
    return real == top or real.startswith(top if top.endswith(os.sep) else top + os.sep)


def _special(entry: os.DirEntry[str], top_real: str) -> str | None:
    """Why a directory entry that is neither a folder nor a plain file is not read (None:
    it is a link to a plain file inside the folder searched, and is read)."""
    if not entry.is_symlink():
        try:
            mode = entry.stat(follow_symlinks=False).st_mode
        except OSError:
            return "cannot be examined"
        return f"{_KINDS.get(stat.S_IFMT(mode), 'not a plain file')}, not a file"
    real = os.path.realpath(entry.path)
    if not _inside(real, top_real):
        return "a link to outside the folder searched; not followed"
    try:
        if not stat.S_ISREG(os.stat(real).st_mode):  # noqa: PTH116
            return "a link to something that is not a plain file"
    except OSError:
        return "a link to nothing"
    return None


_KINDS = {
    stat.S_IFIFO: "a named pipe",
    stat.S_IFSOCK: "a socket",
    stat.S_IFCHR: "a device",
    stat.S_IFBLK: "a device",
}


def _walk(
    root: Path,
    choose: Chooser = default_chooser,
    skipped: Skipped = _skip_nothing,
    extensions: tuple[str, ...] | None = None,
) -> Iterator[tuple[str, str]]:
    """Each briefing file under `root`: its path as found, and made absolute.

    `choose` gives the include and exclude patterns that apply in each folder. Folders
    are searched depth first in name order; links to folders are not followed, links to
    files only when the file is inside `root`; pipes, sockets and devices are passed over
    (and told to `skipped`), so nothing outside the tree is read and nothing blocks the
    search.
    """
    wanted = frozenset(extensions) if extensions else None
    ignored = _Ignored()
    top = str(root)
    top_absolute = os.path.abspath(top)  # noqa: PTH100
    top_real = os.path.realpath(top)
    pending = [top]
    while pending:
        directory = pending.pop()
        ignored.enter(directory, top)
        try:
            with os.scandir(directory) as listing:
                entries = sorted(listing, key=lambda entry: entry.name)
        except OSError as error:
            skipped(directory, f"cannot be searched: {error.strerror or error}")
            continue
        absolute = os.path.normpath(os.path.join(top_absolute, os.path.relpath(directory, top)))  # noqa: PTH118
        selection = choose(absolute)
        excluded = selection.in_folder(directory[len(top) :], absolute)
        # Joined by hand: os.path.join per file costs more than the rest of the walk.
        shown_prefix = directory if directory.endswith(os.sep) else directory + os.sep
        absolute_prefix = absolute if absolute.endswith(os.sep) else absolute + os.sep
        folders = []
        for entry in entries:
            file = entry.name
            if file.startswith("."):
                continue
            if entry.is_dir(follow_symlinks=False):
                shown = shown_prefix + file
                if not excluded(file, True) and not ignored(shown, top, folder=True):
                    folders.append(shown)
                continue
            if file.startswith("~$"):
                continue  # the lock file Word keeps beside an open document
            shown = shown_prefix + file
            if wanted is not None:
                if os.path.splitext(file)[1].lower() not in wanted:  # noqa: PTH122
                    continue
            elif not selection.includes(shown[len(top) :], absolute_prefix + file):
                continue
            if excluded(file, False) or ignored(shown, top):
                continue
            if not entry.is_file(follow_symlinks=False):
                why = _special(entry, top_real)
                if why is not None:
                    skipped(shown_prefix + file, why)
                    continue
            yield shown_prefix + file, absolute_prefix + file
        pending.extend(reversed(folders))


def collect(
    paths: Sequence[str],
    *,
    stdin_name: str = STDIN,
    choose: Chooser = default_chooser,
    skipped: Skipped = _skip_nothing,
    extensions: tuple[str, ...] | None = None,
) -> Iterator[Target | ReadError]:
    """Each file to process, in command-line order, directories searched recursively.

    A directory search takes the files `choose`'s `include` names and skips hidden
    files and folders, what its `exclude` names (gitignore syntax) and what `.gitignore`
    files inside it ignore; it tells `skipped` of the links out of the folder, pipes,
    sockets and devices it passes over (see `_walk`). A file named is processed whatever
    the patterns say, unless the selection forces them (`force-exclude`).

    A path that names nothing, or a directory holding no briefings, comes out as a
    `ReadError` in its place so the rest of the run goes on.

    `extensions`, when given, are the file endings a directory search picks up instead
    of what `include` names.
    """
    seen: set[str] = set()
    for raw in paths:
        if raw == STDIN:
            yield Target(stdin_name, None)
            continue
        path = Path(raw)
        if path.is_dir():
            found = False
            # Plain strings here: path objects cost more than the check itself at scale.
            for file, absolute in _walk(path, choose, skipped, extensions):
                found = True
                if absolute not in seen:
                    seen.add(absolute)
                    yield Target(file, file)
            if not found:
                kinds = ", ".join(f"*{e}" for e in extensions or briefing_extensions())
                yield ReadError(f"no briefing files found (looked for {kinds})", path=raw)
        elif path.exists():
            absolute = os.path.abspath(path)  # noqa: PTH100
            if choose(os.path.dirname(absolute)).passes_over(raw, absolute):  # noqa: PTH120
                continue
            if absolute not in seen:
                seen.add(absolute)
                yield Target(raw, raw)
        else:
            yield ReadError("no such file or directory", path=raw)


def atomic_write(path: Path, text: str) -> None:
    """Replace `path` with `text` (UTF-8) in one step: a temporary file, then a rename.

    A reader sees either the old file or the new one, never a mix; the file's permission
    bits are kept.
    """
    import tempfile  # only when writing

    directory = path.parent if str(path.parent) else Path()
    try:
        mode: int | None = stat.S_IMODE(path.stat().st_mode)
    except FileNotFoundError:
        mode = None
    handle, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
    temporary = Path(name)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        if mode is not None:
            temporary.chmod(mode)
        else:
            umask = os.umask(0)
            os.umask(umask)
            temporary.chmod(0o666 & ~umask)
        temporary.replace(path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
