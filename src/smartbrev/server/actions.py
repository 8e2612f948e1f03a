"""Code actions: each fix (safe ones preferred, unsafe ones labelled), "fix all safe
fixes" (`source.fixAll.smartbrev`), and a suppression comment for a finding."""

from __future__ import annotations

from lsprotocol import types

from smartbrev.server.diagnostics import to_lsp
from smartbrev.server.engine import FixSafety, fix_all, fix_one
from smartbrev.server.linting import Linted
from smartbrev.server.positions import Lines, edits
from smartbrev.server.suppress import suppression

FIX_ALL = "source.fixAll.smartbrev"
KINDS = [types.CodeActionKind.QuickFix, types.CodeActionKind.SourceFixAll, FIX_ALL]


def _wanted(kind: str, only: list[str] | None) -> bool:
    return only is None or any(kind == k or kind.startswith(f"{k}.") for k in only)


def _overlaps(a: types.Range, b: types.Range) -> bool:
    def key(p: types.Position) -> tuple[int, int]:
        return (p.line, p.character)

    return key(a.start) <= key(b.end) and key(b.start) <= key(a.end)


def change(linted: Linted, lines: Lines, new: str) -> types.WorkspaceEdit:
    """The edit turning the document's text into `new`, for this version only."""
    document = types.OptionalVersionedTextDocumentIdentifier(linted.uri, linted.version)
    return types.WorkspaceEdit(
        document_changes=[types.TextDocumentEdit(document, list(edits(lines, new)))]
    )


def code_actions(
    linted: Linted, lines: Lines, params: types.CodeActionParams
) -> list[types.CodeAction]:
    """The actions for a range of a document."""
    report = linted.report
    only = [str(kind) for kind in params.context.only] if params.context.only else None
    actions: list[types.CodeAction] = []
    if _wanted(types.CodeActionKind.QuickFix, only):
        for diagnostic in report.diagnostics:
            shown = to_lsp(diagnostic, lines)
            if not _overlaps(shown.range, params.range):
                continue
            fix = diagnostic.fix
            fixed = None if fix is None else fix_one(report, fix)
            if fix is not None and fixed is not None:
                safe = fix.safety is FixSafety.SAFE
                title = fix.title or f"Fix {diagnostic.name}"
                actions.append(
                    types.CodeAction(
                        title if safe else f"{title} (unsafe fix)",
                        kind=types.CodeActionKind.QuickFix,
                        diagnostics=[shown],
                        is_preferred=safe,
                        edit=change(linted, lines, fixed),
                    )
                )
            silenced = suppression(report, diagnostic, lines)
            if silenced is not None:
                actions.append(
                    types.CodeAction(
                        silenced[0],
                        kind=types.CodeActionKind.QuickFix,
                        diagnostics=[shown],
                        edit=change(linted, lines, silenced[1]),
                    )
                )
    if _wanted(FIX_ALL, only):
        fixed_all = fix_all(report)
        if fixed_all != report.text:
            actions.append(
                types.CodeAction(
                    "Fix all safe smartbrev problems",
                    kind=FIX_ALL,
                    edit=change(linted, lines, fixed_all),
                )
            )
    return actions
