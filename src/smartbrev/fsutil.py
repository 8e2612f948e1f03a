"""Writing files without ever leaving a half-written one behind."""

from __future__ import annotations

import os
import stat
from pathlib import Path


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
