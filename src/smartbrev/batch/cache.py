"""A content cache of results, so an unchanged file is not checked twice.

An entry is keyed by the file's bytes and everything else that decides its result
(smartbrev's version and code, the schema files, the resolved settings), so a stale
result is never served. A clean result is stored as its key, its verdict and its
signature; a result with findings also keeps them, with the text it was last shown as
(for which report and file), so a run showing it the same way prints that text as it is
(`cache_entry`). Entries live in one SQLite file (sqlite3 is in the standard library and
does the locking two runs sharing the folder need), within a size budget
(`cache_budget`).
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import os
import sqlite3
from array import array
from pathlib import Path

from smartbrev.batch.cache_budget import DEFAULT_BUDGET, evict, prefix_of
from smartbrev.batch.cache_entry import (
    Entry,
    Packed,
    decode,
    encode,
    pack,
    recall_tally,
    seal,
    status_number,
    unpack,
    unpack_findings,
)
from smartbrev.batch.cache_file import FAULTS

__all__ = ["Entry", "ResultCache", "decode", "encode", "key_of", "recall_tally"]

_BATCH = 500
"""Keys looked up in one query."""


def key_of(raw: bytes, salt: bytes) -> str:
    """The cache key of a file's bytes in a context (see `ResultCache.salt`)."""
    digest = hashlib.sha256(raw)
    digest.update(salt)
    return digest.hexdigest()


def fingerprint(*parts: object) -> str:
    """A short stable digest of the given values."""
    digest = hashlib.sha256()
    for part in parts:
        digest.update(repr(part).encode("utf-8"))
        digest.update(b"\x00")
    return digest.hexdigest()[:32]


def _schema_digest() -> str:
    from smartbrev.schema import store

    return fingerprint(*(store.schema_text(v) for v in store.SCHEMA_VERSIONS))


def code_stamp(package: str = str(Path(__file__).parents[1])) -> str:
    """A digest of smartbrev's own modules (name, size, modification time): any change to
    the code that decides a result, rules included, starts a fresh cache."""
    found = []
    for directory, folders, files in os.walk(package):
        folders[:] = sorted(f for f in folders if f != "__pycache__")
        for name in sorted(files):
            if name.endswith(".py"):
                module = os.path.join(directory, name)  # noqa: PTH118
                status = os.stat(module)  # noqa: PTH116
                found.append((module[len(package) :], status.st_size, status.st_mtime_ns))
    return fingerprint(*found)


def _damaged(count: int) -> str:
    entries = "entry" if count == 1 else "entries"
    return f"{count} cache {entries} failed the integrity check; checked afresh"


class ResultCache:
    """Cached results in one SQLite file, for one kind of run (validate or lint).

    SQLite does the locking, so runs sharing the folder are safe. Every entry is signed
    with a key kept outside the folder (see `cache_key`); one that fails its check is
    never served: the file is checked afresh and the entry replaced. What went wrong is
    put in `notes`, once per run. If the cache cannot be used safely (a link, a file that
    is not smartbrev's, an unwritable folder), the run goes on without it.

    Each run is numbered; an entry records the last run that stored or found it, and the
    run remembers a short prefix of each key it found, so that keeping the cache within
    `budget` bytes never evicts a result the run needed.
    """

    def __init__(
        self,
        root: Path,
        kind: str,
        notes: list[str] | None = None,
        budget: int = DEFAULT_BUDGET,
    ) -> None:
        from smartbrev import __version__

        self.root = root
        self.budget = budget
        self.namespace = fingerprint(__version__, kind, _schema_digest(), code_stamp())
        self.notes = notes if notes is not None else []
        """What the user should hear about the cache (one line each)."""
        self._db: sqlite3.Connection | None = None
        self._broken = False
        self._damaged = False
        self._rejected = 0
        self._signing = b""
        self._run = 0
        self._needed = array("q")
        self._pending: list[tuple[bytes, int, int, bytes, Packed | None]] = []
        self._salts: dict[tuple[object, ...], bytes] = {}

    def salt(self, *context: object) -> bytes:
        """What goes into the key with a file's bytes, for a context (format, settings,
        schema override)."""
        salt = self._salts.get(context)
        if salt is None:
            salt = self._salts[context] = b"\x00" + fingerprint(self.namespace, *context).encode()
        return salt

    def _connect(self) -> sqlite3.Connection | None:
        if self._db is not None or self._broken:
            return self._db
        from smartbrev.batch.cache_file import CacheUnusable, next_run, open_database
        from smartbrev.batch.cache_key import KeyUnusable, signing_key

        try:
            self._signing = signing_key()
            self._db, note = open_database(self.root)
            self._run = next_run(self._db)
        except (CacheUnusable, KeyUnusable) as error:
            self._broken = True
            self.notes.append(str(error))
        except (OSError, *FAULTS) as error:
            if self._db is not None:
                self._lost(error)
            self._broken = True  # an unwritable folder: no cache, as with --no-cache
        else:
            if note:
                self.notes.append(note)
        return self._db

    def _lost(self, error: Exception) -> None:
        """Stop using a database that fails under us; a damaged one is replaced at the end."""
        from smartbrev.batch.cache_file import is_damage

        self._damaged = self._damaged or is_damage(error)
        self._broken = True
        if self._db is not None:
            with contextlib.suppress(sqlite3.Error):
                self._db.close()
            self._db = None

    def get_many(self, keys: list[str]) -> dict[str, Entry]:
        """The stored results of those keys that have a sound one."""
        db = self._connect()
        found: dict[str, Entry] = {}
        if db is None:
            return found
        for start in range(0, len(keys), _BATCH):
            chunk = [bytes.fromhex(key) for key in keys[start : start + _BATCH]]
            try:
                rows, heads = _read(db, chunk)
            except FAULTS as error:
                self._lost(error)
                return found
            for key, status, mac, detail in rows:
                head = None if detail is None else heads.get(detail, b"")
                entry = self._sound(key, status, mac, head)
                if entry is None or not isinstance(key, bytes):
                    self._rejected += 1
                else:
                    found[key.hex()] = entry
                    self._needed.append(prefix_of(key))
        return found

    def _sound(self, key: object, status: object, mac: object, detail: object) -> Entry | None:
        """The entry a row holds, if it is the one that was signed (None otherwise)."""
        if not (
            isinstance(key, bytes)
            and isinstance(status, int)
            and isinstance(mac, bytes)
            and (detail is None or isinstance(detail, bytes))
        ):
            return None
        if not 0 <= status < 256 or not hmac.compare_digest(
            seal(self._signing, key, status, detail), mac
        ):
            return None
        try:
            return unpack(status, detail)
        except Exception:  # signed, yet not what smartbrev writes: never served
            return None

    def diagnostics(self, key: str, entry: Entry) -> str | None:
        """The diagnostics (JSON) stored for a key, if they are the ones `entry` was
        signed with (they are read only when a report is made afresh)."""
        if entry.diagnostics is not None:
            return entry.diagnostics
        db = self._connect()
        if db is None:
            return None
        try:
            row = db.execute(
                "SELECT findings FROM details WHERE id = "
                "(SELECT detail FROM entries WHERE key = ?)",
                (bytes.fromhex(key),),
            ).fetchone()
        except FAULTS as error:
            self._lost(error)
            return None
        found = unpack_findings(entry, row[0] if row else None)
        if found is None:
            self._rejected += 1
        return found

    def put(self, key: str, entry: Entry) -> None:
        """Remember a result (written in batches); failing to write never fails the run."""
        if self._connect() is None:
            return
        try:
            status = status_number(entry.status)
        except ValueError:
            return
        raw = bytes.fromhex(key)
        packed = pack(entry)
        mac = seal(self._signing, raw, status, None if packed is None else packed.head)
        self._pending.append((raw, status, self._run, mac, packed))
        if len(self._pending) >= 256:
            self.flush()

    def flush(self) -> None:
        """Write the results remembered so far."""
        db = self._connect()
        pending, self._pending = self._pending, []
        if db is None or not pending:
            return
        try:
            db.execute("BEGIN")
            _write(db, pending)
            db.execute("COMMIT")
        except FAULTS as error:
            with contextlib.suppress(sqlite3.Error):
                db.execute("ROLLBACK")
            self._lost(error)

    def prune(self) -> None:
        """Write what is pending, keep the cache within its budget (never evicting what
        this run needed), and replace a database found damaged."""
        self.flush()
        db = self._db
        if db is not None:
            try:
                note = evict(db, self._run, self._needed, self.budget)
                if note:
                    self.notes.append(note)
                db.close()
            except FAULTS as error:
                self._lost(error)
            self._db = None
        self._needed = array("q")
        if self._rejected:
            self.notes.append(_damaged(self._rejected))
            self._rejected = 0
        if self._damaged:
            self._rebuild()

    def _rebuild(self) -> None:
        from smartbrev.batch.cache_file import CacheUnusable, replace_database

        self._damaged = False
        try:
            replace_database(self.root)
        except (CacheUnusable, OSError, *FAULTS):
            self.notes.append(f"{self.root}: the cache is damaged; delete the folder")
        else:
            self.notes.append(f"{self.root}: the cache was damaged and is rebuilt")


def _read(
    db: sqlite3.Connection, keys: list[bytes]
) -> tuple[list[tuple[object, object, object, object]], dict[object, object]]:
    """The rows of some keys, and the heads of the findings the rows point to, by id."""
    marks = ",".join("?" * len(keys))
    rows = db.execute(
        f"SELECT key, status, mac, detail FROM entries WHERE key IN ({marks})", keys
    ).fetchall()
    ids = [detail for *_, detail in rows if isinstance(detail, int)]
    heads: dict[object, object] = {}
    if ids:
        marks = ",".join("?" * len(ids))
        heads = dict(
            db.execute(f"SELECT id, head FROM details WHERE id IN ({marks})", ids).fetchall()
        )
    return rows, heads


def _write(
    db: sqlite3.Connection, pending: list[tuple[bytes, int, int, bytes, Packed | None]]
) -> None:
    """Store results (in a transaction), each replacing what its key held, findings too."""
    keys = [key for key, *_ in pending]
    marks = ",".join("?" * len(keys))
    db.execute(
        f"DELETE FROM details WHERE id IN (SELECT detail FROM entries WHERE key IN ({marks}))",
        keys,
    )
    rows = []
    for key, status, run, mac, packed in pending:
        detail = None
        if packed is not None:
            detail = db.execute(
                "INSERT INTO details (head, findings) VALUES (?, ?)",
                (packed.head, packed.findings),
            ).lastrowid
        rows.append((key, status, run, mac, detail))
    db.executemany("INSERT OR REPLACE INTO entries VALUES (?, ?, ?, ?, ?)", rows)
