"""Turning the bytes of an input into text, within the size limit, with clear errors."""

from __future__ import annotations

import codecs
import os
from pathlib import Path
from typing import BinaryIO

import msgspec

from smartbrev.errors import ReadError

MEBIBYTE = 1024 * 1024


class Limits(msgspec.Struct, frozen=True):
    """Bounds that keep hostile or broken input from exhausting time or memory."""

    max_bytes: int = 10 * MEBIBYTE
    """Largest input accepted, in bytes."""
    max_depth: int = 64
    """Deepest nesting of objects and lists accepted."""
    max_yaml_nodes: int = 1_000_000
    """Most nodes a YAML document may expand to once aliases are followed."""
    max_draft_chars: int = 4_000_000
    """Most characters in a draft or a page (Markdown, plain text, HTML): reading one
    and checking each word costs more than reading data, and a draft of this size is
    already a hundred times a long story."""
    max_lines: int = 50_000
    """Most lines in a draft (Markdown or plain text): a newsletter has hundreds."""
    max_line_chars: int = 1_000_000
    """Most characters on one line of a draft: a long paragraph has a few thousand."""
    max_blocks: int = 2_000
    """Most labelled blocks in one briefing: a briefing has a handful."""
    max_parts: int = 50_000
    """Most parts in one briefing: paragraphs, bullets, speakers and links, counted
    together."""
    max_items: int = 500
    """Most items in one newsletter edition: a daily newsletter has a few dozen."""


DEFAULT_LIMITS = Limits()


def _too_large(size: int, limits: Limits, name: str) -> ReadError:
    return ReadError(
        f"file is {size / MEBIBYTE:.1f} MiB, over the {limits.max_bytes / MEBIBYTE:g} MiB limit",
        name="input-too-large",
        code="SB004",
        path=name,
    )


def read_file(path: str | Path, name: str, limits: Limits = DEFAULT_LIMITS) -> bytes:
    """The bytes of a file, refusing a missing, unreadable or oversized one."""
    try:
        with open(path, "rb", buffering=0) as handle:  # noqa: PTH123
            size = os.fstat(handle.fileno()).st_size
            if size > limits.max_bytes:
                raise _too_large(size, limits, name)
            # One read when the file is as large as it says (a buffer of the limit's
            # size for every file would cost more than the reading itself).
            raw = handle.read(size + 1)
            if len(raw) > size:  # it grew, or it is not a regular file (a pipe, say)
                raw += _read_bounded(handle, limits.max_bytes + 1 - len(raw))
    except FileNotFoundError:
        raise ReadError("no such file or directory", path=name) from None
    except IsADirectoryError:
        raise ReadError("is a directory", path=name) from None
    except PermissionError:
        raise ReadError("permission denied", path=name) from None
    except OSError as exc:
        raise ReadError(f"cannot read: {exc.strerror or exc}", path=name) from None
    if len(raw) > limits.max_bytes:
        raise _too_large(len(raw), limits, name)
    return raw


def _read_bounded(handle: BinaryIO, limit: int) -> bytes:
    """What is left in `handle`, up to `limit` bytes."""
    chunks: list[bytes] = []
    while limit > 0:
        chunk = handle.read(min(limit, 1 << 20))
        if not chunk:
            break
        chunks.append(chunk)
        limit -= len(chunk)
    return b"".join(chunks)


def read_stream(stream: BinaryIO, name: str, limits: Limits = DEFAULT_LIMITS) -> bytes:
    """The bytes of a stream such as standard input, refusing an oversized one."""
    raw = stream.read(limits.max_bytes + 1)
    if len(raw) > limits.max_bytes:
        raise ReadError(
            f"input is over the {limits.max_bytes / MEBIBYTE:g} MiB limit",
            name="input-too-large",
            code="SB004",
            path=name,
        )
    return raw


def decode(raw: bytes, name: str) -> str:
    """Text from UTF-8 bytes; a byte order mark is dropped, anything else not UTF-8 refused."""
    if not raw.strip():
        raise ReadError("file is empty", path=name)
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise ReadError("file is UTF-16 encoded; save it as UTF-8", path=name)
    if b"\x00" in raw:
        raise ReadError(
            "looks like a binary file (it contains NUL bytes), not a briefing", path=name
        )
    if raw.startswith(codecs.BOM_UTF8):
        raw = raw[len(codecs.BOM_UTF8) :]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        column = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        raise ReadError(
            f"invalid UTF-8 at byte offset {exc.start} (byte 0x{raw[exc.start]:02x}); "
            "save the file as UTF-8",
            path=name,
            line=line,
            column=column,
        ) from None
    if not text.strip():
        raise ReadError("file is empty", path=name)
    return text
