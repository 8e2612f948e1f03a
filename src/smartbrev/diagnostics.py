"""The one shape shared by schema errors and lint findings, and the fixes they carry."""

from __future__ import annotations

import enum
from typing import Any, ClassVar, NamedTuple

import msgspec
from msgspec.structs import replace

from smartbrev.record import Record

DOCS_BASE = "https://smartbrev.dev/rules"
"""Where each diagnostic code's page lives; `docs/` in the repository holds the same text."""


def docs_url(code: str, name: str) -> str:
    """The documentation page of a diagnostic code."""
    return f"{DOCS_BASE}/{code.lower()}-{name}"


class Severity(str, enum.Enum):
    """How serious a diagnostic is; `error` fails a run."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


class Code(NamedTuple):
    """A diagnostic code that is not a lint rule (lint rules are declared on `Rule`)."""

    name: str
    """Kebab-case, stating the fault."""
    summary: str
    severity: Severity
    """The severity it is reported with."""
    explanation: str = ""
    """What it means and what to do (`smartbrev rule CODE`, the help of SARIF reports)."""


CODES: dict[str, Code] = {
    "SB001": Code(
        "unreadable-file",
        "The file is missing, unreadable, empty, binary or not UTF-8.",
        Severity.ERROR,
        "smartbrev could not get text out of the file: it does not exist, cannot be opened, "
        "is empty, holds binary data or is not UTF-8 (an HTML page may name another "
        "encoding). Check the path, and save the file as UTF-8 text.",
    ),
    "SB002": Code(
        "invalid-syntax",
        "The file is not well-formed JSON, YAML or front matter.",
        Severity.ERROR,
        "The file is meant to be JSON or YAML (or a draft with front matter) but does not "
        "parse, or its top level is not a mapping of fields. The message names the line and "
        "column where parsing stopped; fix the syntax there.",
    ),
    "SB003": Code(
        "duplicate-key",
        "A key appears twice in one object; which one wins is unclear.",
        Severity.ERROR,
        "JSON and YAML allow a key to be written twice, and parsers then silently keep one "
        "of the values. smartbrev refuses the document instead: delete or rename one of the "
        "two keys.",
    ),
    "SB004": Code(
        "input-too-large",
        "The input is over the size, nesting or alias-expansion limit.",
        Severity.ERROR,
        "Inputs are bounded so that a hostile or broken file cannot exhaust memory: 10 MiB "
        "of text, 64 levels of nesting, and a limit on YAML alias expansion. Split the "
        "document, or remove the runaway nesting or aliases.",
    ),
    "SB005": Code(
        "unsupported-yaml-tag",
        "YAML uses a tag that would build something other than data.",
        Severity.ERROR,
        "YAML tags such as `!!python/object` build program objects, not data. smartbrev "
        "reads YAML safely and refuses them: write plain mappings, lists and strings "
        "instead.",
    ),
    "SB006": Code(
        "not-a-briefing",
        "A draft has neither a lede nor any label: nothing in it is a briefing.",
        Severity.ERROR,
        "A Markdown, plain-text or HTML file whose reading finds neither a lede (an opening "
        "paragraph) nor any label: a title with lists under it, front matter alone, a "
        "comment. Nothing in it can be checked as Smart Brevity copy, so it is reported "
        "once, as this, instead of as a briefing missing its fields. If the folder mixes "
        "briefings with other files, leave those out with `exclude` (or narrow `include`) "
        "in the configuration.",
    ),
    "SB008": Code(
        "processing-failed",
        "smartbrev failed on this file (a bug to report); the other files were still checked.",
        Severity.ERROR,
        "Something went wrong inside smartbrev while it read, checked, fixed or wrote this "
        "file. The file is reported with this error (the run exits 2) and every other file "
        "is still checked. Please report it with the file, or the smallest part of it that "
        "still gives the error.",
    ),
    "SB009": Code(
        "not-written",
        "A fixed file or a converted output could not be written; the file is as it was.",
        Severity.ERROR,
        "A fix or a conversion was ready but could not be written: the file changed while "
        "it was being fixed, it is a link to somewhere else, its folder is a link, or it "
        "cannot be written. Nothing was changed; the message says which it was.",
    ),
    "SB010": Code(
        "unknown-schema-version",
        "`schema_version` names no released schema.",
        Severity.ERROR,
        "`schema_version` must name a released schema (`smartbrev schema list`). Use one of "
        "those versions, or move the document with `smartbrev migrate`.",
    ),
    "SB011": Code(
        "missing-field",
        "A required field is absent.",
        Severity.ERROR,
        "The schema requires this field (`schema_version`, `lede` and `blocks` at the top; "
        "`axiom` and `label` in a block; the text of a paragraph). Add it; the help line "
        "says what it holds.",
    ),
    "SB012": Code(
        "unexpected-field",
        "A field the schema does not define (often a typo).",
        Severity.ERROR,
        "The schema does not define this field, so it is most likely a typo (the help line "
        "suggests the nearest name). Rename it, delete it, or keep data of your own under "
        "`extensions` as an `x-` key.",
    ),
    "SB013": Code(
        "wrong-type",
        "A value has the wrong type, e.g. a number where text belongs.",
        Severity.ERROR,
        "The value has the wrong type, for example a number or a list where text belongs. "
        "Write the type the message names.",
    ),
    "SB014": Code(
        "invalid-value",
        "A value breaks a rule of the schema (empty, malformed, not allowed).",
        Severity.ERROR,
        "The value has the right type but breaks a rule of the schema: an empty or blank "
        "string, a malformed date, URL or slug, a value outside the allowed list. The "
        "message says which rule.",
    ),
    "SB015": Code(
        "unknown-axiom",
        "A block's `axiom` is not in the label registry.",
        Severity.ERROR,
        "A block's `axiom` must be an id of the label registry (`smartbrev schema show` "
        "lists them), or `custom` with the label kept as written in `label`. The help line "
        "suggests the nearest id.",
    ),
    "SB020": Code(
        "text-after-byline",
        "A draft has text after its byline; it was kept in the last block.",
        Severity.WARNING,
        "The draft has text after its byline. The byline ends a briefing, so the text is "
        "kept at the end of the last block. Move it above the byline, or delete it.",
    ),
    "SB021": Code(
        "nested-list-flattened",
        "A nested list was kept as items of its parent list.",
        Severity.INFO,
        "The model holds one level of bullets, so a nested list is kept as items of its "
        "parent list, in reading order. Flatten the list, or make the inner items sentences "
        "of their own.",
    ),
    "SB022": Code(
        "misplaced-content",
        "A list before the first label was kept in the lede as text.",
        Severity.WARNING,
        "A list stands before the first label, where only the lede belongs; it is kept in "
        "the lede as text. Put it under a label (“Driving the news:”, “By the numbers:”), "
        "or write it as a sentence.",
    ),
    "SB023": Code(
        "page-furniture",
        "Page furniture (a relative time, a credit, share text, a promo) was set aside.",
        Severity.INFO,
        "A line reads as page furniture, not story: a relative time, a photo credit, share "
        "text, a promotion. It is set aside under `extensions.x-furniture`, never made the "
        "headline or the lede. Delete it if it does not belong.",
    ),
    "SB024": Code(
        "front-matter-kept",
        "A front matter key with no field in the briefing was kept under `extensions`.",
        Severity.INFO,
        "A front matter key has no field in the briefing. It is kept under `extensions` (as "
        "`x-` and its name), so nothing is lost. Map it to a field, or leave it there.",
    ),
    "SB025": Code(
        "more-items",
        "The page holds further newsletter items; the briefing is the first.",
        Severity.WARNING,
        "The page holds further newsletter items after the first. The briefing is the first "
        "item; the rest is kept under `extensions.x-more-items`. Split each item into a "
        "briefing of its own.",
    ),
    "SB026": Code(
        "text-left-out",
        "Text of an HTML page is not read into the briefing; it is named here.",
        Severity.INFO,
        "An HTML page holds text the briefing does not: what `<noscript>`, `<template>`, "
        "`<svg>` or an embedded frame holds, the alt text of an image the briefing does not "
        "keep, or words outside the article that was read (navigation, footers, other "
        "articles). Nothing is dropped in silence: each is reported, once. If it belongs in "
        "the story, move it into the article's text.",
    ),
    "SB027": Code(
        "numbers-not-kept",
        "A numbered list is kept as bullets: the schema version named has no numbered lists.",
        Severity.WARNING,
        "Schema 1.2 holds numbered lists (a list's `start`); 1.0 and 1.1 do not. A draft "
        "that names one of those versions keeps its numbered lists as bullets, and this "
        'note says so. Declare `schema_version: "1.2"` (or leave it out: drafts get the '
        "latest) to keep the numbers.",
    ),
    "SB028": Code(
        "kept-for-older-version",
        "What the reader found has no field in the schema version named; it was kept under "
        "`extensions`.",
        Severity.WARNING,
        "The draft names an older schema version than the latest, and the reader found "
        "something only a later version has a field for: a byline's outlet (`Axios Seattle` "
        "under the name), a description, a publication date without a time (1.2), an image "
        "(1.1). Rather than write a field that version does not have, the reader keeps it "
        "under `extensions` (`x-byline-outlet`, `x-description`, `x-published`, `x-image`) "
        "and this note says where; a label the version does not know (“Of note”) is kept as "
        "a `custom` label, as written. Declare the latest `schema_version` (or leave it out: "
        "drafts get the latest) to keep each in its field.",
    ),
    "SB999": Code(
        "internal-error",
        "A rule failed on this file; the other rules still ran.",
        Severity.ERROR,
        "A rule failed on this file; the other rules still ran and their findings stand. "
        "Please report it with the file that triggers it.",
    ),
}
"""Every input, schema and reader diagnostic: code -> name, summary, severity. Codes are
permanent: never reused."""


class FixSafety(str, enum.Enum):
    """Whether a rule's fix can be applied without an editor looking at it."""

    SAFE = "safe"
    UNSAFE = "unsafe"
    NONE = "none"


class Span(msgspec.Struct, frozen=True):
    """A range in the source: 1-based line and column (characters); the end is exclusive."""

    line: int
    column: int
    end_line: int
    end_column: int
    """The line and column just after the last character."""


class Edit(msgspec.Struct, frozen=True):
    """A change to the source text: what `span` covers becomes `text`."""

    span: Span
    text: str


class Fix(msgspec.Struct, frozen=True):
    """A change to one text field of the model: `old` at `start` becomes `new`."""

    pointer: str
    """The JSON pointer of the text field the fix changes."""
    start: int
    """Where the change starts in that field's text (a character offset)."""
    end: int
    """Where it ends (exclusive)."""
    new: str
    """The text that replaces the range."""
    safety: FixSafety = FixSafety.SAFE
    """Whether `--fix` applies it (safe) or only `--fix --unsafe-fixes` (unsafe)."""
    title: str = ""
    """What the fix does, e.g. "Replace with `Why it matters`"."""
    edits: tuple[Edit, ...] = ()
    """The same change as edits of the source text, filled in by the linter once it has
    checked that the fix applies (reports such as SARIF carry them)."""


class Diagnostic(Record, frozen=True):
    """One finding about one file."""

    uncompared: ClassVar[frozenset[str]] = frozenset({"extra", "fix"})

    code: str
    """Permanent code, `SB` and three digits."""
    name: str
    """Kebab-case name stating the fault, e.g. `missing-field`."""
    severity: Severity
    """As configured for the rule (or the code's own, for input, schema and reader codes)."""
    message: str
    """What is wrong, in words a non-programmer understands."""
    path: str
    """The file as the user named it (`-` or the stdin filename for standard input)."""
    pointer: str = ""
    """JSON pointer into the document model ("" is the whole document)."""
    span: Span | None = None
    """Where in the source, when known."""
    help: str | None = None
    """How to fix it."""
    extra: dict[str, Any] = msgspec.field(default_factory=dict)
    """Format-specific details (e.g. how many alternatives a oneOf had)."""
    fix: Fix | None = None
    """How to fix the problem automatically, when a rule knows."""

    @property
    def url(self) -> str:
        """The documentation page of this diagnostic's code."""
        return docs_url(self.code, self.name)

    def at(self, span: Span | None) -> Diagnostic:
        """The same diagnostic placed at a span."""
        return replace(self, span=span)

    def sort_key(self) -> tuple[str, int, int, str]:
        """Order by file, then position, then code."""
        line, column = (self.span.line, self.span.column) if self.span else (0, 0)
        return (self.path, line, column, self.code)
