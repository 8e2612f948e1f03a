"""The cache's size budget: how much disk it may take, and what goes when it takes more.

The cache has no count limit: an archive of any size stays warm while its results fit
the budget. When they do not, the results the fewest recent runs needed go first (each
entry records the last run that needed it), and a result the current run needed never
goes, even when that leaves the cache over its budget.
"""

from __future__ import annotations

import re
import sqlite3
from array import array

DEFAULT_BUDGET = 2 * 1024**3
"""2 GiB: a million linted drafts with a dozen findings each take about 1 GiB; a million
clean ones about 70 MB."""
_UNITS = {
    "": 1,
    "b": 1,
    "k": 1000,
    "kb": 1000,
    "kib": 1024,
    "m": 1000**2,
    "mb": 1000**2,
    "mib": 1024**2,
    "g": 1000**3,
    "gb": 1000**3,
    "gib": 1024**3,
    "t": 1000**4,
    "tb": 1000**4,
    "tib": 1024**4,
}
_SIZE = re.compile(r"\s*(\d+(?:\.\d+)?)\s*([a-zA-Z]*)\s*")
_KEEP = 0.9
"""Evicting brings the cache down to this share of its budget, so that the next few runs
add results without evicting again."""
PREFIX = 8
"""Bytes of a key kept in memory for each result the run needed (a million: 8 MB)."""


def parse_size(text: str) -> int:
    """A size written as people write them: `500MB`, `2 GiB`, `1.5g`, `800000` (bytes).
    Raises ValueError, saying what is accepted."""
    match = _SIZE.fullmatch(text)
    unit = _UNITS.get(match.group(2).lower()) if match else None
    if match is None or unit is None:
        raise ValueError(
            f"{text!r} is not a size: write a number of bytes, or one with a unit "
            "(kB, MB, GB, TB, or KiB, MiB, GiB, TiB), e.g. 500MB"
        )
    return int(float(match.group(1)) * unit)


def live_size(db: sqlite3.Connection) -> int:
    """Bytes the cache's database holds in use (pages freed by eviction are reused)."""
    (pages,) = db.execute("PRAGMA page_count").fetchone()
    (free,) = db.execute("PRAGMA freelist_count").fetchone()
    (size,) = db.execute("PRAGMA page_size").fetchone()
    return int((pages - free) * size)


def evict(db: sqlite3.Connection, run: int, needed: array[int], budget: int) -> str | None:
    """Bring the database under its budget, least recently needed results first, never one
    of this run's (`run` marks those it stored; `needed` holds the key prefixes of those
    it found). Returns a note when this run's own results exceed the budget."""
    size = live_size(db)
    if size <= budget:
        return None
    db.execute("BEGIN IMMEDIATE")
    try:
        db.execute("CREATE TEMP TABLE IF NOT EXISTS needed (prefix BLOB PRIMARY KEY) WITHOUT ROWID")
        db.execute("CREATE TEMP TABLE IF NOT EXISTS doomed (key BLOB PRIMARY KEY) WITHOUT ROWID")
        db.execute("DELETE FROM needed")
        db.executemany(
            "INSERT OR IGNORE INTO needed VALUES (?)",
            ((value.to_bytes(PREFIX, "big", signed=True),) for value in needed),
        )
        db.execute(
            f"UPDATE entries SET used = ? WHERE used < ? AND substr(key, 1, {PREFIX}) IN "
            "(SELECT prefix FROM needed)",
            (run, run),
        )
        # Findings no result points to (left by an edited entry) go first.
        db.execute(
            "DELETE FROM details WHERE id NOT IN "
            "(SELECT detail FROM entries WHERE detail IS NOT NULL)"
        )
        size = live_size(db)
        (count,) = db.execute("SELECT count(*) FROM entries").fetchone()
        target = int(budget * _KEEP)
        while size > target and count:
            # Rows to go, by the average row's size; again if that was not enough.
            batch = max(1, int(count * (size - target) / size) + 1)
            db.execute("DELETE FROM doomed")
            db.execute(
                "INSERT INTO doomed SELECT key FROM entries WHERE used < ? ORDER BY used LIMIT ?",
                (run, batch),
            )
            db.execute(
                "DELETE FROM details WHERE id IN (SELECT detail FROM entries "
                "WHERE key IN (SELECT key FROM doomed))"
            )
            gone = db.execute("DELETE FROM entries WHERE key IN (SELECT key FROM doomed)").rowcount
            if gone <= 0:
                break
            count -= gone
            size = live_size(db)
        db.execute("DELETE FROM needed")
        db.execute("DELETE FROM doomed")
        db.execute("COMMIT")
    except BaseException:
        db.execute("ROLLBACK")
        raise
    # The freed pages back to the file system (run as a script: a statement stepped
    # through Python's cursor frees one page).
    db.executescript("PRAGMA incremental_vacuum;")
    if size > budget:
        return (
            f"this run's results take {shown_size(size)}, over the cache's budget of "
            f"{shown_size(budget)}: all are kept; raise --cache-max-size to keep them "
            "without this note"
        )
    return None


def shown_size(size: int) -> str:
    """A size as a person reads it: `840 kB`, `1.2 GB`."""
    for unit, scale in (("GB", 1000**3), ("MB", 1000**2), ("kB", 1000)):
        if size >= scale:
            return f"{size / scale:.3g} {unit}"
    return f"{size} bytes"


def prefix_of(key: bytes) -> int:
    """The in-memory mark of a result the run needed."""
    return int.from_bytes(key[:PREFIX], "big", signed=True)
