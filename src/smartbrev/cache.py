"""A content cache of results, so an unchanged file is not checked twice.

An entry is keyed by the file's bytes and everything else that decides its result
(smartbrev's version, the schema files, the rule set, the resolved settings), so a
stale result is never served. Entries are written atomically, so two runs can share
the folder; each shard is pruned to a bounded size.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from pathlib import Path
from typing import Any

from smartbrev.diagnostics import Diagnostic, Severity, Span
from smartbrev.results import FileResult, Status

DEFAULT_DIR = ".smartbrev_cache"
SHARD_LIMIT = 512
"""Most entries kept in one of the 256 shards (about 130,000 in all)."""


def fingerprint(*parts: object) -> str:
    """A short stable digest of the given values."""
    digest = hashlib.sha256()
    for part in parts:
        digest.update(repr(part).encode("utf-8"))
        digest.update(b"\x00")
    return digest.hexdigest()[:32]


def _schema_digest() -> str:
    from smartbrev import schemas

    return fingerprint(*(schemas.schema_text(v) for v in schemas.SCHEMA_VERSIONS))


class ResultCache:
    """Cached results under one folder, for one kind of run (validate or lint)."""

    def __init__(self, root: Path, kind: str) -> None:
        from smartbrev import __version__
        from smartbrev.lint.registry import RULES

        rules = [(rule.code, rule.name, rule.severity.value) for rule in RULES]
        self.root = root
        self.namespace = fingerprint(__version__, kind, _schema_digest(), rules)
        self.folder = root / __version__ / kind
        self.touched: set[Path] = set()

    def key(self, raw: bytes, *context: object) -> str:
        """The key of a file's bytes in a context (format, settings, schema override)."""
        return hashlib.sha256(
            raw + b"\x00" + fingerprint(self.namespace, *context).encode()
        ).hexdigest()

    def _path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.json"

    def get(self, key: str) -> dict[str, Any] | None:
        """The stored result, or None (a damaged entry counts as missing)."""
        try:
            with self._path(key).open(encoding="utf-8") as handle:
                entry = json.load(handle)
        except (OSError, ValueError):
            return None
        return entry if isinstance(entry, dict) else None

    def put(self, key: str, entry: dict[str, Any]) -> None:
        """Store a result; failing to write the cache never fails the run."""
        path = self._path(key)
        try:
            if not self.root.exists():
                self._create_root()
            path.parent.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
            with os.fdopen(handle, "w", encoding="utf-8") as out:
                json.dump(entry, out, ensure_ascii=False)
            Path(temporary).replace(path)
            self.touched.add(path.parent)
        except OSError:
            return

    def _create_root(self) -> None:
        self.root.mkdir(parents=True, exist_ok=True)
        (self.root / ".gitignore").write_text("# Created by smartbrev.\n*\n", encoding="utf-8")
        (self.root / "CACHEDIR.TAG").write_text(
            "Signature: 8a477f597d28d172789f06886806bc55\n"
            "# This folder is a cache made by smartbrev; see https://bford.info/cachedir/\n",
            encoding="utf-8",
        )

    def prune(self) -> None:
        """Keep each shard written to in this run under its size limit (oldest go first)."""
        for shard in self.touched:
            try:
                entries = sorted(shard.iterdir(), key=lambda p: p.stat().st_mtime)
            except OSError:
                continue
            for stale in entries[: max(0, len(entries) - SHARD_LIMIT)]:
                stale.unlink(missing_ok=True)


def encode(result: FileResult) -> dict[str, Any]:
    """A result as cache data (the path is left out: it belongs to the file, not the bytes)."""
    return {
        "status": result.status.value,
        "diagnostics": [
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
                ],
            }
            for d in result.diagnostics
        ],
    }


def _fix(data: Any) -> Any:
    if data is None:
        return None
    from smartbrev.lint.rule import Fix, FixSafety

    pointer, start, end, new, safety, title = data
    return Fix(pointer, start, end, new, FixSafety(safety), title)


def decode(entry: dict[str, Any], path: str, raw: bytes) -> FileResult | None:
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
            for d in entry["diagnostics"]
        )
        status = Status(entry["status"])
    except (KeyError, TypeError, ValueError):
        return None
    lines = raw.decode("utf-8", "replace").splitlines() if diagnostics else None
    return FileResult(path, status, diagnostics, lines)
