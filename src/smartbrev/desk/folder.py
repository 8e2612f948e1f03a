"""The folder the desk was given: naming files in it, listing, opening and saving them,
and refusing every path that leads outside it."""

from __future__ import annotations

import codecs
import hashlib
from pathlib import Path, PurePosixPath

import msgspec

from smartbrev.desk import engine

MAX_DRAFT = 2 * 1024 * 1024
"""The largest draft the desk opens or saves, in bytes of UTF-8."""

MAX_LISTED = 2000
"""Briefings listed at most (a folder holding more is shown in part, and says so)."""


class Refused(Exception):
    """A request the folder will not serve; `status` is the HTTP status that says why."""

    def __init__(self, message: str, status: int = 403) -> None:
        super().__init__(message)
        self.message = message
        self.status = status


class Opened(msgspec.Struct, frozen=True):
    """A briefing as opened: its text with line ends as `\\n`, and how to write it back."""

    path: str
    text: str
    format: str
    version: str
    """A digest of the bytes on disk, so a save can tell when the file changed meanwhile."""
    newline: str = "\n"
    bom: bool = False


class Saved(msgspec.Struct, frozen=True):
    """Where a briefing was saved, and the digest of what is now on disk."""

    path: str
    version: str
    newline: str
    bom: bool


class Listing(msgspec.Struct, frozen=True):
    """The briefings of the folder, with how each one fares."""

    folder: str
    files: list[engine.Surveyed]
    truncated: bool = False


def _version(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()


class Folder:
    """The one directory the desk reads from and writes to."""

    def __init__(self, root: Path) -> None:
        self.root = root.resolve(strict=True)
        if not self.root.is_dir():
            raise NotADirectoryError(str(root))

    def locate(self, relative: str) -> Path:
        """The real path of a briefing named relative to the folder; Refused when the name
        is not a plain relative path, leads outside (through `..` or a symbolic link), or
        is not a briefing file."""
        if not relative or "\x00" in relative or "\\" in relative:
            raise Refused("give a path inside the folder, such as drafts/ferry.md", 400)
        pure = PurePosixPath(relative)
        if pure.is_absolute() or ".." in pure.parts:
            raise Refused(f"{relative}: outside the folder the desk was given")
        if any(part.startswith(".") for part in pure.parts):
            raise Refused(f"{relative}: hidden files and folders are not served")
        extensions = engine.briefing_extensions()
        if pure.suffix.lower() not in extensions:
            kinds = ", ".join(extensions)
            raise Refused(f"{relative}: not a briefing file (the desk opens {kinds})", 400)
        resolved = (self.root / pure).resolve()
        if not resolved.is_relative_to(self.root) or resolved == self.root:
            raise Refused(f"{relative}: leads outside the folder the desk was given")
        return resolved

    def relative(self, path: Path) -> str:
        """A path inside the folder, relative to it, with forward slashes."""
        return path.relative_to(self.root).as_posix()

    def probe(self, relative: str | None) -> Path:
        """Where a draft is (or would be) for its settings: an unsaved one sits at the top."""
        if relative:
            try:
                return self.locate(relative)
            except Refused:
                pass
        return self.root / "untitled.md"

    def listing(self) -> Listing:
        """Every briefing `smartbrev lint FOLDER` would find, linted, inside the folder only."""
        inside: list[Path] = []
        truncated = False
        for path in engine.briefing_paths(self.root):
            if not path.resolve().is_relative_to(self.root):
                continue  # a symbolic link out of the folder
            if len(inside) == MAX_LISTED:
                truncated = True
                break
            inside.append(path)
        files = [
            msgspec.structs.replace(found, name=self.relative(Path(found.name)))
            for found in engine.survey(inside)
        ]
        return Listing(self.root.name, files, truncated)

    def open(self, relative: str) -> Opened:
        """A briefing's text; Refused when it is missing, too large or cannot be decoded."""
        path = self.locate(relative)
        if not path.is_file():
            raise Refused(f"{relative}: no such briefing in the folder", 404)
        try:
            raw = engine.read_bytes(path, relative)
            if len(raw) > MAX_DRAFT:
                raise Refused(
                    f"{relative}: {len(raw)} bytes, over the desk's {MAX_DRAFT // 1024} KiB limit",
                    413,
                )
            text = engine.decode_text(raw, relative)
        except engine.ReadError as error:
            raise Refused(str(error), 422) from None
        crlf = "\r\n" in text and text.count("\r\n") == text.count("\n")
        return Opened(
            relative,
            text.replace("\r\n", "\n"),
            engine.format_for(path) or "text",
            _version(raw),
            "\r\n" if crlf else "\n",
            raw.startswith(codecs.BOM_UTF8),
        )

    def save(
        self,
        relative: str,
        text: str,
        *,
        version: str | None,
        newline: str = "\n",
        bom: bool = False,
    ) -> Saved:
        """Write a briefing atomically. `version` is the digest it was opened at (None for a
        new file): when the file on disk is no longer that, nothing is written (409)."""
        path = self.locate(relative)
        if newline not in ("\n", "\r\n"):
            raise Refused("newline must be \\n or \\r\\n", 400)
        current = _version(path.read_bytes()) if path.is_file() else None
        if path.exists() and not path.is_file():
            raise Refused(f"{relative}: is not a file", 409)
        if current != version:
            if version is None:
                raise Refused(
                    f"{relative}: already exists; open it, or save under another name", 409
                )
            raise Refused(
                f"{relative}: changed on disk since it was opened; nothing was written", 409
            )
        body = ("\ufeff" if bom else "") + text.replace("\r\n", "\n").replace("\n", newline)
        raw = body.encode("utf-8")
        if len(raw) > MAX_DRAFT:
            raise Refused(f"{relative}: over the desk's {MAX_DRAFT // 1024} KiB limit", 413)
        path.parent.mkdir(parents=True, exist_ok=True)
        engine.atomic_write(path, body)
        return Saved(relative, _version(raw), newline, bom)
