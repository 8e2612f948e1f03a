"""Opening a Word (.docx) file safely: a zip archive checked before any part is unpacked.

A .docx is a zip of XML parts. Before python-docx reads it, the archive's directory is
checked: that it is a zip at all (a Word 97-2003 `.doc` or an encrypted document is not),
that it unpacks to a bounded size in a bounded number of parts (a zip bomb does not), and
that it carries no macros (smartbrev reads no macro-enabled document).
"""

from __future__ import annotations

import io
import zipfile
from typing import TYPE_CHECKING

from smartbrev.errors import ReadError

if TYPE_CHECKING:
    from docx.document import Document

MAX_UNPACKED = 64 * 1024 * 1024
"""Most bytes a document's parts may hold once unpacked."""
MAX_PARTS = 2000
"""Most parts (files) a document's archive may hold."""
MAX_RATIO = 200
"""Most a part may grow when unpacked (a zip bomb grows thousands of times)."""

_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_MACRO_PARTS = ("vbaproject.bin", "vbadata.xml")


def _refuse(message: str, name: str) -> ReadError:
    return ReadError(message, path=name)


def check_archive(raw: bytes, name: str) -> zipfile.ZipFile:
    """The document's archive, once its directory shows nothing hostile."""
    if raw.startswith(_OLE):
        raise _refuse(
            "is a Word 97-2003 document or an encrypted one, not a .docx: "
            "save it as Word Document (.docx) without a password",
            name,
        )
    try:
        archive = zipfile.ZipFile(io.BytesIO(raw))
        entries = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError):
        raise _refuse("is not a Word document (.docx): it is not a zip archive", name) from None
    if len(entries) > MAX_PARTS:
        raise _refuse(f"holds {len(entries)} parts, over the limit of {MAX_PARTS}", name)
    unpacked = sum(entry.file_size for entry in entries)
    if unpacked > MAX_UNPACKED:
        raise _refuse(
            f"unpacks to {unpacked / 1024 / 1024:.0f} MiB, over the "
            f"{MAX_UNPACKED // 1024 // 1024} MiB limit (a zip bomb?)",
            name,
        )
    for entry in entries:
        if entry.file_size > 1024 * 1024 and entry.file_size > MAX_RATIO * entry.compress_size:
            raise _refuse(
                f"part {entry.filename} grows {entry.file_size // max(entry.compress_size, 1)} "
                "times when unpacked (a zip bomb?)",
                name,
            )
        if entry.filename.lower().rsplit("/", 1)[-1] in _MACRO_PARTS:
            raise _refuse(
                f"contains macros ({entry.filename}); smartbrev does not read macro-enabled "
                "documents: save it as Word Document (.docx)",
                name,
            )
    names = {entry.filename for entry in entries}
    if "word/document.xml" not in names and "[Content_Types].xml" not in names:
        raise _refuse("is not a Word document (.docx): the archive has no document in it", name)
    return archive


def open_document(raw: bytes, name: str) -> Document:
    """The python-docx document of a .docx file's bytes; ReadError when it cannot be one."""
    check_archive(raw, name)
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        return docx.Document(io.BytesIO(raw))
    except PackageNotFoundError:
        raise _refuse("is not a Word document (.docx)", name) from None
    except ValueError as error:
        # python-docx names the part's content type: a template, a macro-enabled document.
        detail = str(error).split(", content type is ")[-1].strip("'")
        raise _refuse(f"is not a Word document (.docx): its main part is {detail}", name) from None
    except Exception as error:  # a damaged part: bad XML, a missing relationship
        reason = str(error).splitlines()[0] if str(error) else type(error).__name__
        raise _refuse(f"is a damaged Word document: {reason}", name) from None
