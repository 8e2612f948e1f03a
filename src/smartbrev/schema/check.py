"""Schema validation of a document, and the one gate from a document to the model.

Deciding valid or invalid is one call on a compiled validator; the wording, the best
match among alternatives and the source positions (`schema.wording`) are worked out
only for documents that fail.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Protocol

import msgspec

from smartbrev.diagnostics import Diagnostic, Severity
from smartbrev.model import Briefing, Edition
from smartbrev.pointer import Location, Locator
from smartbrev.schema import store
from smartbrev.schema.editions import is_edition, validate_edition

NOT_A_BRIEFING = "SB006"
"""The reader's note for a draft that is not a briefing: reported alone, in place of the
schema's complaints about the fields it lacks."""


def select_version(data: Mapping[str, Any], override: str | None = None) -> str | Diagnostic:
    """The schema version that validates a document, or the diagnostic saying why none does."""
    if override is not None:
        store.schema_path(override)  # raises SchemaError for an unknown version
        return override
    declared = data.get("schema_version")
    if declared is None or declared in store.SCHEMA_VERSIONS:
        return declared or store.LATEST
    from smartbrev.schema.wording import unknown_version

    return unknown_version(declared)


def validate_data(
    data: Mapping[str, Any],
    *,
    path: str = "<input>",
    version: str | None = None,
    locate: Locator | None = None,
) -> list[Diagnostic]:
    """Every schema problem of a document (a briefing, or a newsletter edition and its
    items), placed in its source when a locator is given."""
    if is_edition(data):
        return validate_edition(data, path=path, version=version, locate=locate)
    return validate_briefing(data, path=path, version=version, locate=locate)


def validate_briefing(
    data: Mapping[str, Any],
    *,
    path: str = "<input>",
    version: str | None = None,
    locate: Locator | None = None,
) -> list[Diagnostic]:
    """Every schema problem of a briefing, placed in its source when a locator is given."""
    chosen = select_version(data, version)
    if isinstance(chosen, Diagnostic):
        from smartbrev.schema.wording import place

        return [place(chosen, path, locate, on_key=False, whole=True)]
    fast = store.fast_validator(chosen)
    if fast is not None and fast.is_valid(data):
        return []
    from smartbrev.schema.wording import explain

    return explain(data, chosen, path, locate)


class Document(Protocol):
    """What the gate needs of a document as read (a `readers.source.Source`)."""

    name: str
    data: dict[str, Any]
    diagnostics: list[Diagnostic]
    """What the reader noticed while placing the text."""

    def locate(self, pointer: str) -> Location | None:
        """Where the node at a JSON pointer is written."""


class Checked(msgspec.Struct, frozen=True):
    """What the gate made of a document."""

    diagnostics: list[Diagnostic]
    """The reader's notes, then the schema's problems (unsorted)."""
    doc: Briefing | None
    """The model, when nothing is an error (and it was asked for)."""
    edition: Edition | None = None
    """The model of a newsletter edition (then `doc` is None), on the same terms."""


def check(
    document: Document,
    *,
    version: str | None = None,
    lede_optional: bool = False,
    build: bool = True,
    drafting: bool = False,
) -> Checked:
    """The one way from a document as read to the model: validate, then build.

    With `lede_optional`, a missing lede is still reported, but the rest of the
    document is judged as if it had one and the model gets an empty lede: the
    linter reports the gap itself (`missing-lede`) along with everything else.

    A draft with neither a lede nor any label is not a briefing, and is reported as that
    alone; unless `drafting`: the text is a briefing being written (an editor's open
    document), and an empty start is coached like any other draft.
    """
    data = document.data
    if is_edition(data):
        return _check_edition(document, version=version, lede_optional=lede_optional, build=build)
    notes = document.diagnostics
    unread = [d for d in notes if d.code == NOT_A_BRIEFING]
    if unread and not drafting:
        return Checked(unread, None)  # its fields are missing because it is not a briefing
    if unread:
        notes = [d for d in notes if d.code != NOT_A_BRIEFING]
    problems = validate_data(data, path=document.name, version=version, locate=document.locate)
    diagnostics = [*notes, *problems]
    lacks_lede = lede_optional and "lede" not in data
    if lacks_lede:
        problems = validate_data({**data, "lede": "x"}, path=document.name, version=version)
    if not build or any(d.severity is Severity.ERROR for d in [*notes, *problems]):
        return Checked(diagnostics, None)
    return Checked(diagnostics, model_of(data, lede_optional=lede_optional))


def _check_edition(
    document: Document, *, version: str | None, lede_optional: bool, build: bool
) -> Checked:
    data = document.data
    problems = validate_edition(data, path=document.name, version=version, locate=document.locate)
    diagnostics = [*document.diagnostics, *problems]
    items = data.get("items")
    if lede_optional and isinstance(items, list):
        # As for a briefing: an item without a lede is reported, and linted all the same.
        filled = [
            {**item, "lede": "x"} if isinstance(item, dict) and "lede" not in item else item
            for item in items
        ]
        problems = validate_edition({**data, "items": filled}, path=document.name, version=version)
    if not build or any(d.severity is Severity.ERROR for d in [*document.diagnostics, *problems]):
        return Checked(diagnostics, None)
    models = tuple(model_of(item, lede_optional=lede_optional) for item in data["items"])
    return Checked(diagnostics, None, Edition.from_data(data, models))


def model_of(data: Mapping[str, Any], *, lede_optional: bool = False) -> Briefing:
    """The model of data that passed the gate (an empty lede when it may be missing)."""
    if lede_optional and "lede" not in data:
        return Briefing.from_data({**data, "lede": ""})
    return Briefing.from_data(data)
