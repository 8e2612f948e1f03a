"""Opening the cache's database without being redirected: the folder and its files are
checked with `lstat` (a symbolic link or a hard-linked file is never used), and only a
database that carries smartbrev's marker and nothing but its own table is touched. A
damaged database of smartbrev's is replaced by an empty one; anything else is left as it is.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import stat
from pathlib import Path

DATABASE = "results.sqlite3"
APPLICATION_ID = 0x53427276
"""smartbrev's marker in the database header (`PRAGMA application_id`): "SBrv"."""
LAYOUT = 3
"""The tables' layout (`PRAGMA user_version`)."""
TABLES = (
    "CREATE TABLE details (id INTEGER PRIMARY KEY, head BLOB NOT NULL, findings BLOB NOT NULL)",
    "CREATE TABLE entries (key BLOB PRIMARY KEY, status INTEGER NOT NULL, "
    "used INTEGER NOT NULL, mac BLOB NOT NULL, detail INTEGER) WITHOUT ROWID",
    "CREATE TABLE meta (name TEXT PRIMARY KEY, value INTEGER NOT NULL) WITHOUT ROWID",
)
"""A result by its key: its status, the last run that needed it, its signature and, when
it has findings, the row of `details` that holds them (`cache_entry`); the findings apart,
so that a clean result is a short row and findings are not split over pages; and the
number of the last run."""
_OWN_SCHEMA = [
    ("table", name, table)
    for name, table in zip(("details", "entries", "meta"), TABLES, strict=True)
]
_LAYOUT_2 = [
    (
        "table",
        "entries",
        "CREATE TABLE entries (key TEXT PRIMARY KEY, status TEXT, diagnostics TEXT, "
        "digest TEXT, shown_as TEXT, shown TEXT, tally TEXT, mac BLOB)",
    ),
    ("index", "sqlite_autoindex_entries_1", None),
]
"""The layout the previous release marked as 2: replaced without a note."""
_EARLIER_SCHEMA = [
    (
        "table",
        "entries",
        "CREATE TABLE entries (key TEXT PRIMARY KEY, status TEXT, "
        "diagnostics TEXT, shown_as TEXT, shown TEXT, tally TEXT)",
    ),
    ("index", "sqlite_autoindex_entries_1", None),
]
"""The layout of earlier releases, which set no marker: replaced without a note."""
_MAGIC = b"SQLite format 3\x00"
_COMPANIONS = ("-wal", "-shm", "-journal")
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_TAG = (
    "Signature: 8a477f597d28d172789f06886806bc55\n"
    "# This folder is a cache made by smartbrev; see https://bford.info/cachedir/\n"
)


FAULTS = (sqlite3.Error, ValueError)
"""What reading a damaged database raises: SQLite's errors, and text that does not decode."""
_PASSING = frozenset({3, 5, 6, 7, 8, 10, 13, 14, 15, 23})
"""SQLite's codes for trouble that is not damage: no permission, busy, locked, out of
memory, read-only, an I/O error, disk full, cannot open, a locking protocol error."""
_PASSING_WORDS = ("locked", "busy", "readonly", "read-only", "unable to open", "disk i/o")


def is_damage(error: Exception) -> bool:
    """Whether an error reading the database means its contents are damaged (rather than
    that it is busy, or cannot be written now)."""
    if not isinstance(error, sqlite3.OperationalError):
        return True
    message = str(error).lower()
    if message.startswith("could not decode"):
        return True  # text in the database that is not UTF-8
    code = getattr(error, "sqlite_errorcode", None)  # Python 3.11 and later
    if code is not None:
        return code & 0xFF not in _PASSING
    return not any(word in message for word in _PASSING_WORDS)


class CacheUnusable(Exception):
    """The cache cannot be used safely (the message says why; the run goes on without it)."""


class CacheDamaged(CacheUnusable):
    """smartbrev's own database is damaged: it may be replaced by an empty one."""


class CacheOutdated(CacheDamaged):
    """smartbrev's database in the layout of an earlier release: replaced quietly."""


def _plain_file(path: Path) -> bool:
    """Whether `path` is absent, or a regular file with one name; raises CacheUnusable for
    anything else (a link, a folder, a device, a file with other names)."""
    try:
        status = os.lstat(path)
    except FileNotFoundError:
        return False
    if stat.S_ISLNK(status.st_mode):
        raise CacheUnusable(f"{path} is a symbolic link; the cache is not used")
    if not stat.S_ISREG(status.st_mode) or status.st_nlink != 1:
        raise CacheUnusable(f"{path} is not a plain file; the cache is not used")
    return True


def _write_new(path: Path, text: str) -> None:
    handle = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW, 0o644)
    with os.fdopen(handle, "w", encoding="utf-8") as out:
        out.write(text)


def prepare_folder(root: Path) -> None:
    """Make the cache folder (marked as a cache, ignored by git) or check the one there is
    a real folder, not a link to one."""
    try:
        status = os.lstat(root)
    except FileNotFoundError:
        root.mkdir(parents=True, exist_ok=True)
        with contextlib.suppress(FileExistsError):  # another run made it at the same moment
            _write_new(root / ".gitignore", "# Created by smartbrev.\n*\n")
            _write_new(root / "CACHEDIR.TAG", _TAG)
        status = os.lstat(root)
    if stat.S_ISLNK(status.st_mode):
        raise CacheUnusable(f"{root} is a symbolic link; the cache is not used")
    if not stat.S_ISDIR(status.st_mode):
        raise CacheUnusable(f"{root} is not a folder; the cache is not used")


def _header(path: Path) -> bytes:
    handle = os.open(path, os.O_RDONLY | _NOFOLLOW)
    try:
        return os.read(handle, 100)
    finally:
        os.close(handle)


def _check_header(path: Path) -> None:
    """Refuse a file that is not an empty file or a database marked as smartbrev's."""
    header = _header(path)
    if not header:
        return  # made a moment ago by another run, or left empty: ours to set up
    if len(header) < 72 or header[:16] != _MAGIC:
        if _MAGIC.startswith(header[:16]):
            raise CacheDamaged(f"{path} is cut short")
        raise CacheUnusable(
            f"{path} is not a smartbrev cache and is left alone; delete it to start a new cache"
        )
    if int.from_bytes(header[68:72], "big") not in (APPLICATION_ID, 0):
        raise CacheUnusable(
            f"{path} is not a smartbrev cache and is left alone; delete it to start a new cache"
        )


def _set_up(db: sqlite3.Connection, path: Path) -> None:
    """Create the table in a new database, or check an existing one is smartbrev's alone."""
    # Pages freed by eviction go back to the file system (`cache_budget`). Only a database
    # without tables takes this (it must precede them); any other is left as it is.
    db.execute("PRAGMA auto_vacuum = INCREMENTAL")
    db.execute("BEGIN IMMEDIATE")
    try:
        (marker,) = db.execute("PRAGMA application_id").fetchone()
        (layout,) = db.execute("PRAGMA user_version").fetchone()
        schema = db.execute("SELECT type, name, sql FROM sqlite_master ORDER BY name").fetchall()
        if marker == 0 and not schema:
            db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            db.execute(f"PRAGMA user_version = {LAYOUT}")
            for table in TABLES:
                db.execute(table)
            db.execute("INSERT INTO meta VALUES ('run', 0)")
        elif marker == 0 and schema == _EARLIER_SCHEMA:
            raise CacheOutdated(f"{path} was made by an earlier release")
        elif marker != APPLICATION_ID:
            raise CacheUnusable(f"{path} is not a smartbrev cache and is left alone")
        elif layout == 2 and schema == _LAYOUT_2:
            raise CacheOutdated(f"{path} was made by an earlier release")
        elif layout != LAYOUT or schema != _OWN_SCHEMA:
            raise CacheDamaged(f"{path} holds tables smartbrev did not make")
    except BaseException:
        with contextlib.suppress(sqlite3.Error):
            db.execute("ROLLBACK")
        raise
    db.execute("COMMIT")


def _connect(root: Path) -> sqlite3.Connection:
    path = root / DATABASE
    for suffix in _COMPANIONS:
        _plain_file(path.with_name(DATABASE + suffix))
    if _plain_file(path):
        _check_header(path)
    else:
        with contextlib.suppress(FileExistsError):  # another run is making it
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW, 0o644))
    db = sqlite3.connect(path, timeout=30, isolation_level=None)
    try:
        # A schema is data here: never run functions a planted schema names.
        db.execute("PRAGMA trusted_schema = OFF")
        db.execute("PRAGMA cell_size_check = ON")
        _set_up(db, path)
        _plain_file(path)  # still the file that was checked, not a link put in its place
        db.execute("PRAGMA journal_mode = WAL")
        db.execute("PRAGMA synchronous = NORMAL")
    except FAULTS as error:
        db.close()
        if is_damage(error):
            raise CacheDamaged(f"{path}: {error}") from None
        raise CacheUnusable(f"{path}: {error}; the cache is not used") from None
    except BaseException:
        db.close()
        raise
    return db


def next_run(db: sqlite3.Connection) -> int:
    """Number a new run (runs sharing the cache each get their own number)."""
    db.execute("BEGIN IMMEDIATE")
    try:
        db.execute("UPDATE meta SET value = value + 1 WHERE name = 'run'")
        row = db.execute("SELECT value FROM meta WHERE name = 'run'").fetchone()
    except BaseException:
        with contextlib.suppress(sqlite3.Error):
            db.execute("ROLLBACK")
        raise
    db.execute("COMMIT")
    if row is None or not isinstance(row[0], int):
        raise sqlite3.DatabaseError("the cache's run counter is missing")
    return row[0]


def open_database(root: Path) -> tuple[sqlite3.Connection, str | None]:
    """The cache database in `root`, and a note when a damaged one had to be replaced.

    Raises CacheUnusable when the cache must not be used (a link, a file that is not
    smartbrev's), OSError when the folder cannot be written.
    """
    prepare_folder(root)
    try:
        return _connect(root), None
    except CacheDamaged as damage:
        replace_database(root)
        note = None if isinstance(damage, CacheOutdated) else f"{damage}; the cache is rebuilt"
        return _connect(root), note


def replace_database(root: Path) -> None:
    """Put an empty database of smartbrev's in place of a damaged one (whose companion
    files go too, so none of their pages is applied to the new one)."""
    import tempfile

    prepare_folder(root)
    path = root / DATABASE
    for suffix in ("", *_COMPANIONS):
        _plain_file(path.with_name(DATABASE + suffix))
    handle, name = tempfile.mkstemp(prefix=".results.", suffix=".tmp", dir=root)
    os.fchmod(handle, 0o644)
    os.close(handle)
    fresh = Path(name)
    try:
        db = sqlite3.connect(fresh, isolation_level=None)
        try:
            _set_up(db, fresh)
        finally:
            db.close()
        for suffix in _COMPANIONS:
            path.with_name(DATABASE + suffix).unlink(missing_ok=True)
        fresh.replace(path)
    except BaseException:
        fresh.unlink(missing_ok=True)
        raise
