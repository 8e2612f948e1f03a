"""The codes of input, schema and reader diagnostics (lint rules have their registry)."""

from __future__ import annotations

CODES: dict[str, tuple[str, str]] = {
    "SB001": ("unreadable-file", "The file is missing, unreadable, empty, binary or not UTF-8."),
    "SB002": ("invalid-syntax", "The file is not well-formed JSON, YAML or front matter."),
    "SB003": ("duplicate-key", "A key appears twice in one object; which one wins is unclear."),
    "SB004": ("input-too-large", "The input is over the size, nesting or alias-expansion limit."),
    "SB005": (
        "unsupported-yaml-tag",
        "YAML uses a tag that would build something other than data.",
    ),
    "SB010": ("unknown-schema-version", "`schema_version` names no released schema."),
    "SB011": ("missing-field", "A required field is absent."),
    "SB012": ("unexpected-field", "A field the schema does not define (often a typo)."),
    "SB013": ("wrong-type", "A value has the wrong type, e.g. a number where text belongs."),
    "SB014": (
        "invalid-value",
        "A value breaks a rule of the schema (empty, malformed, not allowed).",
    ),
    "SB015": ("unknown-axiom", "A block's `axiom` is not in the label registry."),
    "SB020": (
        "text-after-byline",
        "A draft has text after its byline; it was kept in the last block.",
    ),
    "SB021": ("nested-list-flattened", "A nested list was kept as items of its parent list."),
    "SB022": ("misplaced-content", "A list before the first label was kept in the lede as text."),
    "SB999": ("internal-error", "A rule failed on this file; the other rules still ran."),
}
"""Every diagnostic that is not a lint rule: code -> (name, summary). Never reused."""
