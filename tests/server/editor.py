"""What an editor does with what the server sends: documents, edits applied in UTF-16
(or the negotiated encoding), positions from line and column."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from lsprotocol import types
from pytest_lsp import LanguageClient

from tests.server.conftest import published


def units(text: str, encoding: str = "utf-16") -> int:
    """How many code units a text takes in an encoding."""
    if encoding == "utf-32":
        return len(text)
    if encoding == "utf-8":
        return len(text.encode("utf-8"))
    return len(text.encode("utf-16-le")) // 2


def lines_of(text: str) -> list[str]:
    """Lines as LSP counts them (\\n, \\r\\n and \\r end a line)."""
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def position(text: str, line: int, column: int, encoding: str = "utf-16") -> types.Position:
    """The LSP position of a 1-based line and character column."""
    return types.Position(line - 1, units(lines_of(text)[line - 1][: column - 1], encoding))


def offset(text: str, at: types.Position, encoding: str = "utf-16") -> int:
    """The character offset of an LSP position."""
    starts = [0]
    for index, char in enumerate(text):
        if char == "\n" or (char == "\r" and text[index + 1 : index + 2] != "\n"):
            starts.append(index + 1)
    start = starts[at.line]
    count = 0
    index = start
    while count < at.character:
        count += units(text[index], encoding)
        index += 1
    return index


def apply(text: str, edits: Sequence[types.TextEdit], encoding: str = "utf-16") -> str:
    """The text with LSP edits applied, as an editor applies them (all at once)."""
    placed = sorted(
        (
            (offset(text, e.range.start, encoding), offset(text, e.range.end, encoding), e.new_text)
            for e in edits
        ),
        reverse=True,
    )
    for start, end, new in placed:
        text = text[:start] + new + text[end:]
    return text


def edits_of(action: types.CodeAction) -> list[types.TextEdit]:
    """The text edits of a code action's workspace edit (one document)."""
    assert action.edit is not None and action.edit.document_changes
    change = action.edit.document_changes[0]
    assert isinstance(change, types.TextDocumentEdit)
    return [e for e in change.edits if isinstance(e, types.TextEdit)]


class Document:
    """One open document, kept in step with the server as an editor keeps it."""

    def __init__(self, client: LanguageClient, path: Path, text: str, language: str) -> None:
        self.client = client
        self.uri = path.as_uri()
        self.path = path
        self.text = text
        self.version = 1
        client.text_document_did_open(
            types.DidOpenTextDocumentParams(
                types.TextDocumentItem(self.uri, language, self.version, text)
            )
        )

    @property
    def id(self) -> types.TextDocumentIdentifier:
        return types.TextDocumentIdentifier(self.uri)

    async def diagnostics(self) -> list[types.Diagnostic]:
        """What the server published for the current version."""
        return await published(self.client, self.uri, self.version)

    def edit(self, start: types.Position, end: types.Position, new: str) -> None:
        """An incremental change, as typing sends it."""
        self.text = apply(self.text, [types.TextEdit(types.Range(start, end), new)])
        self.version += 1
        self.client.text_document_did_change(
            types.DidChangeTextDocumentParams(
                types.VersionedTextDocumentIdentifier(version=self.version, uri=self.uri),
                [types.TextDocumentContentChangePartial(types.Range(start, end), new)],
            )
        )

    def replace(self, text: str) -> None:
        """A full change: the whole text sent again."""
        self.text = text
        self.version += 1
        self.client.text_document_did_change(
            types.DidChangeTextDocumentParams(
                types.VersionedTextDocumentIdentifier(version=self.version, uri=self.uri),
                [types.TextDocumentContentChangeWholeDocument(text)],
            )
        )

    async def actions(
        self, line: int | None = None, only: list[str] | None = None
    ) -> list[types.CodeAction]:
        """The code actions for one 0-based line (or the whole document)."""
        count = len(lines_of(self.text))
        first, last = (line, line + 1) if line is not None else (0, count)
        found = await self.client.text_document_code_action_async(
            types.CodeActionParams(
                self.id,
                types.Range(types.Position(first, 0), types.Position(last, 0)),
                types.CodeActionContext([], only=only),
            )
        )
        return [a for a in found or [] if isinstance(a, types.CodeAction)]
