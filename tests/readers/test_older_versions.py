"""A draft that names schema 1.0 or 1.1 is read into fields that version has: what the
reader finds that only 1.2 holds is kept under `extensions`, and a note says where."""

from __future__ import annotations

from typing import Any

import pytest

from smartbrev.readers.source import Source, parse_text
from smartbrev.schema.check import validate_data

HUGO = """---
title: "Harrow Bay ferry terminal closes for six weeks of repairs"
date: 2023-05-02
description: "Crews will replace the terminal's pilings before the summer rush."
schema_version: "{version}"
---

By Marisol Vega

Axios Harrow Bay

The Harrow Bay ferry terminal will close for six weeks from Monday while crews replace
its pilings.

**Why it matters:** About 3,100 commuters a day use the terminal.

**Of note:** The terminal café stays open for walk-up orders.

**What's next:**

1. Buses replace the early sailings.
2. The terminal reopens June 14.
"""


def _read(text: str, fmt: str = "markdown") -> Source:
    return parse_text(text, fmt, f"draft.{'md' if fmt == 'markdown' else 'txt'}")


def _notes(source: Source) -> list[tuple[str, int, str]]:
    return [
        (d.code, d.span.line if d.span else 0, d.message)
        for d in source.diagnostics
        if d.code in ("SB027", "SB028")
    ]


@pytest.mark.parametrize("version", ["1.0", "1.1"])
def test_what_only_1_2_holds_is_kept_under_extensions(version: str) -> None:
    source = _read(HUGO.format(version=version))
    data: dict[str, Any] = source.data
    assert validate_data(data) == []
    assert data["byline"] == {"authors": [{"name": "Marisol Vega"}], "text": "By Marisol Vega"}
    assert "meta" not in data
    assert data["extensions"] == {
        "x-byline-outlet": "Axios Harrow Bay",
        "x-published": "2023-05-02",
        "x-description": "Crews will replace the terminal's pilings before the summer rush.",
    }
    assert [(b["axiom"], b["label"]) for b in data["blocks"]] == [
        ("why-it-matters", "Why it matters"),
        ("custom", "Of note"),
        ("whats-next", "What's next"),
    ]
    assert _notes(source) == [
        (
            "SB027",
            21,
            f"a numbered list is kept as bullets: schema {version} has no numbered lists",
        ),
        (
            "SB028",
            17,
            f"schema {version} does not know the label (axiom `of-note`): “Of note” is kept "
            "as a `custom` label",
        ),
        (
            "SB028",
            8,
            f"schema {version} has no byline outlet: “Axios Harrow Bay” is kept under "
            "`extensions.x-byline-outlet`",
        ),
        (
            "SB028",
            3,
            f"schema {version} takes no date without a time in `meta.published`: “2023-05-02” "
            "is kept under `extensions.x-published`",
        ),
        (
            "SB028",
            4,
            f"schema {version} has no `meta.description`: “Crews will replace the terminal's "
            "pilings before the summ...” is kept under `extensions.x-description`",
        ),
    ]


def test_the_latest_version_keeps_every_field_where_it_belongs() -> None:
    source = _read(HUGO.format(version="1.2"))
    data = source.data
    assert validate_data(data) == []
    assert data["byline"]["outlet"] == "Axios Harrow Bay"
    assert data["meta"]["published"] == "2023-05-02"
    assert data["blocks"][1]["axiom"] == "of-note"
    assert "extensions" not in data
    assert _notes(source) == []


def test_a_plain_text_byline_with_its_outlet_under_an_older_version() -> None:
    text = (
        "Harrow Bay ferry terminal closes for repairs\n"
        "By Marisol Vega\n"
        "Axios Harrow Bay\n"
        "The Harrow Bay ferry terminal will close for six weeks from Monday.\n"
        "Why it matters: About 3,100 commuters a day use the terminal.\n"
    )
    # A plain-text draft names its version nowhere: it gets the latest, outlet and all.
    assert _read(text, "text").data["byline"]["outlet"] == "Axios Harrow Bay"
    older = "---\nschema_version: '1.1'\n---\n\n" + text.replace("\n", "\n\n")
    source = _read(older)
    assert validate_data(source.data) == []
    assert source.data["extensions"] == {"x-byline-outlet": "Axios Harrow Bay"}


def test_an_outlet_the_byline_text_holds_needs_no_extension() -> None:
    text = HUGO.format(version="1.1").replace(
        "By Marisol Vega\n\nAxios Harrow Bay\n", "By Marisol Vega, Axios Harrow Bay\n"
    )
    source = _read(text)
    assert validate_data(source.data) == []
    assert source.data["byline"]["text"] == "By Marisol Vega, Axios Harrow Bay"
    assert "x-byline-outlet" not in source.data["extensions"]


def test_an_image_under_1_0_is_kept_with_its_credit() -> None:
    text = (
        '---\nschema_version: "1.0"\n---\n\n'
        "# Harrow Bay ferry terminal closes for repairs\n\n"
        "![The ferry terminal at dusk](https://example.org/terminal.jpg)\n\n"
        "Photo: Marisol Vega/Axios\n\n"
        "The Harrow Bay ferry terminal will close for six weeks from Monday.\n"
    )
    source = _read(text)
    assert validate_data(source.data) == []
    assert source.data["extensions"]["x-image"] == {
        "url": "https://example.org/terminal.jpg",
        "alt": "The ferry terminal at dusk",
        "credit": "Photo: Marisol Vega/Axios",
    }
    assert [(code, line) for code, line, _ in _notes(source)] == [("SB028", 7)]


def test_fields_the_front_matter_writes_itself_are_judged_as_written() -> None:
    text = (
        "---\nschema_version: '1.1'\nmeta:\n  description: A summary 1.1 has no place for.\n"
        "---\n\nThe terminal closes for six weeks.\n"
    )
    source = _read(text)
    assert source.data["meta"] == {"description": "A summary 1.1 has no place for."}
    assert [d.code for d in validate_data(source.data)] == ["SB012"]
    assert _notes(source) == []
