"""A content cache of results, so an unchanged file is not checked twice.

An entry is keyed by the file's bytes and everything else that decides its result
(smartbrev's version and code, the schema files, the resolved settings), so a stale
result is never served. An entry also keeps the text its result was last shown
as, and for which report and file, so a run showing it the same way prints that text
as it is. Entries live in one SQLite file (sqlite3 is in the standard library and does
the locking two runs sharing the folder need), bounded in size.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
import os
import sqlite3
from pathlib import Path
from typing import Any

import msgspec

from smartbrev.batch.cache_file import FAULTS
from smartbrev.batch.results import FileResult, Status, Tally
from smartbrev.diagnostics import Diagnostic, Edit, Fix, FixSafety, Severity, Span

LIMIT = 200_000
"""Most results kept; the oldest go first."""
_BATCH = 500
"""Keys looked up in one query."""


class Entry(msgspec.Struct, frozen=True):
    """A remembered result: its status and diagnostics (JSON, read only when the result
    must be shown afresh), and how it was last shown."""

    status: str
    diagnostics: str | None
    """None when not read yet (see `ResultCache.diagnostics`)."""
    shown_as: str | None = None
    """For which report and file `shown` was made."""
    shown: str | None = None
    tally: str | None = None
    """The tally of the diagnostics (JSON), for counting without reading them."""
    digest: str = ""
    """The SHA-256 of `diagnostics`, so they can be checked when they are read."""


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


def seal(signing: bytes, key: str, entry: Entry) -> bytes:
    """The entry's signature: it binds every stored field to the key it is stored under,
    so neither an edited entry nor a valid one copied under another key is accepted."""
    message = msgspec.json.encode(
        [key, entry.status, entry.digest, entry.shown_as, entry.shown, entry.tally]
    )
    return hmac.digest(signing, message, "sha256")


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
    """

    def __init__(self, root: Path, kind: str, notes: list[str] | None = None) -> None:
        from smartbrev import __version__

        self.root = root
        self.namespace = fingerprint(__version__, kind, _schema_digest(), code_stamp())
        self.notes = notes if notes is not None else []
        """What the user should hear about the cache (one line each)."""
        self._db: sqlite3.Connection | None = None
        self._broken = False
        self._damaged = False
        self._rejected = 0
        self._signing = b""
        self._pending: list[tuple[str | bytes | None, ...]] = []
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
        from smartbrev.batch.cache_file import CacheUnusable, open_database
        from smartbrev.batch.cache_key import KeyUnusable, signing_key

        try:
            self._signing = signing_key()
            self._db, note = open_database(self.root)
        except (CacheUnusable, KeyUnusable) as error:
            self._broken = True
            self.notes.append(str(error))
        except (OSError, *FAULTS):
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
        """The stored results of those keys that have a sound one (diagnostics not read)."""
        db = self._connect()
        found: dict[str, Entry] = {}
        if db is None:
            return found
        for start in range(0, len(keys), _BATCH):
            chunk = keys[start : start + _BATCH]
            marks = ",".join("?" * len(chunk))
            try:
                rows = db.execute(
                    "SELECT key, status, digest, shown_as, shown, tally, mac FROM entries "
                    f"WHERE key IN ({marks})",
                    chunk,
                ).fetchall()
            except FAULTS as error:
                self._lost(error)
                return found
            for key, status, digest, shown_as, shown, tally, mac in rows:
                try:
                    entry = Entry(status, None, shown_as, shown, tally, digest)
                    sound = hmac.compare_digest(seal(self._signing, key, entry), mac)
                except (TypeError, ValueError, msgspec.ValidationError):
                    sound = False
                if sound:
                    found[key] = entry
                else:
                    self._rejected += 1
        return found

    def diagnostics(self, key: str, entry: Entry) -> str | None:
        """The diagnostics (JSON) stored for a key, if they are the ones `entry` was
        signed with."""
        db = self._connect()
        if db is None:
            return None
        try:
            row = db.execute("SELECT diagnostics FROM entries WHERE key = ?", (key,)).fetchone()
        except FAULTS as error:
            self._lost(error)
            return None
        text = row[0] if row and isinstance(row[0], str) else None
        if text is None or hashlib.sha256(text.encode()).hexdigest() != entry.digest:
            self._rejected += 1
            return None
        return text

    def put(self, key: str, entry: Entry) -> None:
        """Remember a result (written in batches); failing to write never fails the run."""
        if self._connect() is None:
            return
        self._pending.append(
            (
                key,
                entry.status,
                entry.diagnostics,
                entry.digest,
                entry.shown_as,
                entry.shown,
                entry.tally,
                seal(self._signing, key, entry),
            )
        )
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
            db.executemany(
                "INSERT OR REPLACE INTO entries VALUES (?, ?, ?, ?, ?, ?, ?, ?)", pending
            )
            db.execute("COMMIT")
        except FAULTS as error:
            self._lost(error)

    def prune(self) -> None:
        """Write what is pending, keep the cache under its size limit (oldest go first),
        and replace a database found damaged."""
        self.flush()
        db = self._db
        if db is not None:
            try:
                (count,) = db.execute("SELECT count(*) FROM entries").fetchone()
                if count > LIMIT:
                    db.execute(
                        "DELETE FROM entries WHERE rowid IN "
                        "(SELECT rowid FROM entries ORDER BY rowid LIMIT ?)",
                        (count - LIMIT,),
                    )
                db.close()
            except FAULTS as error:
                self._lost(error)
            self._db = None
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


def encode(result: FileResult, shown: tuple[str, str, Tally] | None = None) -> Entry:
    """A result as cache data (the path is left out: it belongs to the file, not the
    bytes), with how it was shown: (for what, the text, the tally)."""
    diagnostics = json.dumps(
        [
            {
                "code": d.code,
                "name": d.name,
                "severity": d.severity.value,
                "message": d.message,
                "pointer": d.pointer,
                "span": [d.span.line, d.span.column, d.span.end_line, d.span.end_column]
                if d.span
                else None,
                "help": d.help,
                "extra": d.extra,
                "fix": None
                if d.fix is None
                else [
                    d.fix.pointer,
                    d.fix.start,
                    d.fix.end,
                    d.fix.new,
                    d.fix.safety.value,
                    d.fix.title,
                    [
                        [e.span.line, e.span.column, e.span.end_line, e.span.end_column, e.text]
                        for e in d.fix.edits
                    ],
                ],
            }
            for d in result.diagnostics
        ],
        ensure_ascii=False,
    )
    digest = hashlib.sha256(diagnostics.encode()).hexdigest()
    if shown is None:
        return Entry(result.status.value, diagnostics, digest=digest)
    shown_as, text, tally = shown
    return Entry(result.status.value, diagnostics, shown_as, text, json.dumps(tally), digest)


def recall_tally(entry: Entry) -> Tally | None:
    """The tally an entry remembers (None when it has none, or a damaged one)."""
    try:
        found = json.loads(entry.tally or "")
        tally: Tally = tuple(map(tuple, found))
    except (ValueError, TypeError):
        return None
    return tally if all(len(item) == 4 for item in tally) else None


def _fix(data: Any) -> Fix | None:
    if data is None:
        return None
    pointer, start, end, new, safety, title, edits = data
    placed = tuple(Edit(Span(*where), text) for *where, text in edits)
    return Fix(pointer, start, end, new, FixSafety(safety), title, placed)


def decode(entry: Entry, path: str) -> FileResult | None:
    """A result from cache data, for the file at `path`; None when the entry is unusable."""
    try:
        diagnostics = tuple(
            Diagnostic(
                code=d["code"],
                name=d["name"],
                severity=Severity(d["severity"]),
                message=d["message"],
                path=path,
                pointer=d["pointer"],
                span=Span(*d["span"]) if d["span"] else None,
                help=d["help"],
                extra=d["extra"],
                fix=_fix(d.get("fix")),
            )
            for d in json.loads(entry.diagnostics or "")
        )
        status = Status(entry.status)
    except (KeyError, TypeError, ValueError):
        return None
    return FileResult(path, status, diagnostics)
