"""The key that signs cache entries: random, made once per user and kept in the user's
cache home, never in a repository, so a cache folder that a pull request commits or edits
holds no entry this key accepts."""

from __future__ import annotations

import contextlib
import os
import stat
from pathlib import Path

KEY_BYTES = 32
KEY_FILE = "cache-key"


class KeyUnusable(Exception):
    """The signing key can neither be read nor made (the message says why)."""


def key_home() -> Path:
    """Where the key lives: `$XDG_CACHE_HOME/smartbrev`, else `~/.cache/smartbrev`."""
    base = os.environ.get("XDG_CACHE_HOME", "")
    # The XDG rules: a relative value is invalid and ignored.
    root = Path(base) if os.path.isabs(base) else Path.home() / ".cache"  # noqa: PTH117
    return root / "smartbrev"


def _read(path: Path) -> bytes:
    """The key in `path`, which must be a regular file of this user's, unreadable by others."""
    handle = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    try:
        status = os.fstat(handle)
        if not stat.S_ISREG(status.st_mode):
            raise KeyUnusable(f"{path} is not a regular file")
        if hasattr(os, "getuid") and status.st_uid != os.getuid():
            raise KeyUnusable(f"{path} belongs to another user")
        if status.st_mode & 0o077:
            raise KeyUnusable(f"{path} can be read or changed by other users")
        key = os.read(handle, KEY_BYTES + 1)
    finally:
        os.close(handle)
    if len(key) != KEY_BYTES:
        raise KeyUnusable(f"{path} does not hold a key")
    return key


def _make(path: Path) -> None:
    """Write a new key to `path` unless one is there: written whole to a private temporary
    file, then linked into place, so two runs starting together agree on one key."""
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    temporary = path.with_name(f".{KEY_FILE}.{os.getpid()}.tmp")
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
    handle = os.open(temporary, flags, 0o600)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(os.urandom(KEY_BYTES))
            out.flush()
            os.fsync(out.fileno())
        with contextlib.suppress(FileExistsError):  # another run made one first: use it
            os.link(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)


def signing_key(home: Path | None = None) -> bytes:
    """This user's cache signing key, made on first use; raises KeyUnusable."""
    path = (home or key_home()) / KEY_FILE
    try:
        try:
            return _read(path)
        except FileNotFoundError:
            _make(path)
            return _read(path)
    except OSError as error:
        raise KeyUnusable(f"{path}: {error.strerror or error}") from None
