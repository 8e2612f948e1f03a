"""Writing over the user's files with care: a fixed file is replaced only if it still
holds what was read, keeping its mode, owner, links and every other name it has (or not
at all), and `convert` plans every output before it writes any."""

from __future__ import annotations

import os
import stat
from collections.abc import Sequence
from pathlib import Path

import msgspec

from smartbrev.errors import WriteError
from smartbrev.formats import INPUTS, OUTPUTS, format_for


def _same_file(a: os.stat_result, b: os.stat_result) -> bool:
    return (a.st_dev, a.st_ino, a.st_size, a.st_mtime_ns) == (
        b.st_dev,
        b.st_ino,
        b.st_size,
        b.st_mtime_ns,
    )


def replace_checked(path: str, text: str, expected: bytes) -> str:
    """Replace the file at `path` with `text` (UTF-8) in one step, if it still holds
    `expected`; raises WriteError saying why not. Returns the path written.

    A link is kept and its target replaced. A file with other names (hard links) is
    refused, since a new file would part it from them; so is one whose owner cannot be
    kept. The file is checked again (device, inode, size, modification time) just before
    the new one takes its place, so an edit saved meanwhile is never lost.
    """
    real = os.path.realpath(path)
    try:
        with open(real, "rb") as handle:  # noqa: PTH123
            before = os.fstat(handle.fileno())
            current = handle.read(len(expected) + 1)
    except OSError as error:
        raise WriteError(f"{path}: cannot read it again: {error.strerror or error}") from None
    if not stat.S_ISREG(before.st_mode):
        raise WriteError(f"{path}: not a plain file; not written")
    if current != expected:
        raise WriteError(f"{path}: the file changed after it was read; not written (run again)")
    if before.st_nlink > 1:
        raise WriteError(
            f"{path}: the file has {before.st_nlink} names (hard links), which a new file "
            "would part from it; not written"
        )
    _replace(Path(real), text, before, path)
    return real


def _replace(real: Path, text: str, before: os.stat_result, shown: str) -> None:
    import tempfile  # only when writing

    handle, name = tempfile.mkstemp(prefix=f".{real.name}.", suffix=".tmp", dir=real.parent)
    temporary = Path(name)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as out:
            out.write(text)
            out.flush()
            os.fchmod(out.fileno(), stat.S_IMODE(before.st_mode))
            if (before.st_uid, before.st_gid) != (os.geteuid(), os.getegid()):
                try:
                    os.fchown(out.fileno(), before.st_uid, before.st_gid)
                except PermissionError:
                    raise WriteError(
                        f"{shown}: the file belongs to another user, whom a new file could "
                        "not keep as its owner; not written"
                    ) from None
            os.fsync(out.fileno())
        if not _same_file(real.stat(), before):
            raise WriteError(
                f"{shown}: the file changed while it was being fixed; not written (run again)"
            )
        temporary.replace(real)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


class Planned(msgspec.Struct, frozen=True):
    """One output `convert` will write."""

    source: str
    """The input's name (`-` for standard input)."""
    destination: Path


def output_name(name: str, extension: str) -> str:
    """The output's file name: the input's whole name, its format's ending replaced
    (`a.b.md` gives `a.b.json`; a name with no known ending keeps all of it)."""
    base = os.path.basename(name)  # noqa: PTH119
    fmt = format_for(base)
    if fmt is not None:
        lowered = base.lower()
        for ending in sorted(INPUTS[fmt].extensions, key=len, reverse=True):
            if lowered.endswith(ending):
                base = base[: -len(ending)]
                break
    return f"{base or 'stdin'}{extension}"


def plan_outputs(
    entries: Sequence[tuple[str, str]], out_dir: str, to_format: str, inputs: Sequence[str]
) -> tuple[list[Planned], list[str]]:
    """Where each input's output goes under `out_dir` (its folder kept), and every reason
    not to write them: two inputs with one output, an output that is an input, an output
    that is a folder, a linked folder on the way. `entries` are (input, path relative to
    the folder searched); `inputs` are every input of the run."""
    extension = OUTPUTS[to_format].extension
    real_inputs = {os.path.realpath(name): name for name in inputs if name != "-"}
    planned: list[Planned] = []
    problems: list[str] = []
    taken: dict[str, str] = {}
    for source, relative in entries:
        folder = os.path.dirname(relative)  # noqa: PTH120
        destination = Path(out_dir, folder, output_name(relative, extension))
        real = os.path.realpath(destination)
        linked = linked_folder(Path(out_dir), folder)
        if linked is not None:
            problems.append(f"{destination}: {linked} is a link; nothing is written through it")
        elif real in real_inputs:
            problems.append(f"{destination}: refusing to overwrite the input {real_inputs[real]}")
        elif real in taken:
            problems.append(
                f"{destination}: is the output of both {taken[real]} and {source}; "
                "rename one of them"
            )
        elif destination.is_dir():
            problems.append(f"{destination}: is a folder")
        taken.setdefault(real, source)
        planned.append(Planned(source, destination))
    return planned, problems


def linked_folder(base: Path, folder: str) -> Path | None:
    """The first folder below `base` on the way to `folder` that is a link, if any."""
    current = base
    for part in Path(folder).parts:
        current = current / part
        try:
            if stat.S_ISLNK(os.lstat(current).st_mode):
                return current
        except FileNotFoundError:
            return None
    return None


def make_folders(base: Path, folder: str) -> None:
    """Make `base/folder`, never through a link below `base` (raises WriteError on one)."""
    base.mkdir(parents=True, exist_ok=True)
    current = base
    for part in Path(folder).parts:
        current = current / part
        try:
            current.mkdir()
        except FileExistsError:
            if stat.S_ISLNK(os.lstat(current).st_mode) or not current.is_dir():
                raise WriteError(
                    f"{current} is a link or a file; nothing is written through it"
                ) from None
