"""One cached result as it is stored: a verdict, and the findings only where there are any.

A clean result (no diagnostic) is its key, its status and its signature: a few tens of
bytes, so an archive of millions of clean briefings stays a small cache. A result with
findings keeps, compressed, the text they were last shown as with its tally (read on
every warm run) and, apart, the findings themselves (read only when a report must be
made afresh), which the first part covers by their digest.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import zlib
from typing import Any

import msgspec

from smartbrev.batch.results import FileResult, Status, Tally
from smartbrev.diagnostics import Diagnostic, Edit, Fix, FixSafety, Severity, Span

STATUSES = tuple(status.value for status in Status)
"""Each status by the number it is stored as."""
MAC_BYTES = 16
"""An entry's signature: HMAC-SHA256, cut to 128 bits."""
_CLEAN = "[]"
"""The diagnostics of a clean result."""


class Entry(msgspec.Struct, frozen=True):
    """A remembered result: its status and diagnostics (JSON), and how it was last shown."""

    status: str
    diagnostics: str | None
    """None when not read yet (see `ResultCache.diagnostics`)."""
    shown_as: str | None = None
    """For which report and file `shown` was made."""
    shown: str | None = None
    tally: str | None = None
    """The tally of the diagnostics (JSON), for counting without reading them."""
    digest: bytes = b""
    """The SHA-256 of the stored findings, checked when they are read."""


class Packed(msgspec.Struct, frozen=True):
    """What an entry with findings stores besides its status."""

    head: bytes
    """How it was shown, and the digest of `findings` (compressed)."""
    findings: bytes
    """Its diagnostics (compressed JSON)."""


def status_number(status: str) -> int:
    """The number a status is stored as (ValueError for no status of smartbrev's)."""
    return STATUSES.index(status)


def pack(entry: Entry) -> Packed | None:
    """What an entry stores besides its status: nothing for a clean result (its report is
    made again in no time), else how it was shown and its findings, compressed apart."""
    if entry.diagnostics == _CLEAN or entry.diagnostics is None:
        return None
    findings = zlib.compress(entry.diagnostics.encode("utf-8"))
    digest = hashlib.sha256(findings).digest()
    head = msgspec.msgpack.encode([entry.shown_as, entry.shown, entry.tally, digest])
    return Packed(zlib.compress(head), findings)


def unpack(status: int, head: bytes | None) -> Entry:
    """An entry from its status and the head `pack` stored, findings not read (ValueError,
    TypeError, zlib's or msgspec's error when it is not such data)."""
    if head is None:
        return Entry(STATUSES[status], _CLEAN)
    shown_as, shown, tally, digest = msgspec.msgpack.decode(
        zlib.decompress(head), type=tuple[str | None, str | None, str | None, bytes]
    )
    return Entry(STATUSES[status], None, shown_as, shown, tally, digest)


def unpack_findings(entry: Entry, findings: object) -> str | None:
    """The diagnostics (JSON) stored for an entry, if they are the ones it was signed with."""
    if not isinstance(findings, bytes) or hashlib.sha256(findings).digest() != entry.digest:
        return None
    try:
        return zlib.decompress(findings).decode("utf-8")
    except (zlib.error, UnicodeDecodeError):
        return None


def seal(signing: bytes, key: bytes, status: int, head: bytes | None) -> bytes:
    """An entry's signature: it binds what is stored (the findings by their digest, in the
    head) to the key it is stored under, so neither an edited entry nor a sound one
    copied under another key is accepted."""
    message = key + status.to_bytes(1, "big") + (head or b"")
    return hmac.digest(signing, message, "sha256")[:MAC_BYTES]


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
    if shown is None:
        return Entry(result.status.value, diagnostics)
    shown_as, text, tally = shown
    return Entry(result.status.value, diagnostics, shown_as, text, json.dumps(tally))


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
