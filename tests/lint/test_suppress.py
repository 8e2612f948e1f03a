"""Suppression comments in Markdown, text and YAML."""

from __future__ import annotations

import pytest

from tests.lint.helpers import briefing, run

VERY = "**Why it matters:** A very big deal."


@pytest.mark.parametrize(
    "text",
    [
        briefing(f"<!-- smartbrev-disable-next-line weak-intensifiers -- quoted -->\n{VERY}"),
        briefing(f"<!-- smartbrev-disable-next-line SB502 -->\n\n{VERY}"),
        briefing(f"<!-- smartbrev-disable-next-line SB5 -->\n{VERY}"),
        briefing(f"{VERY} <!-- smartbrev-disable-line weak-intensifiers -->"),
        briefing(
            f"<!-- smartbrev-disable weak-intensifiers -->\n\n{VERY}\n\n"
            "<!-- smartbrev-enable weak-intensifiers -->"
        ),
        "<!-- smartbrev-disable-file weak-intensifiers -->\n" + briefing(VERY),
        briefing(f"<!-- smartbrev-disable-next-line -->\n{VERY}"),
    ],
)
def test_suppressed(text: str) -> None:
    assert run(text, "weak-intensifiers", config={"extend-select": ["ALL"]}) == []
    assert run(text, "unused-suppression", config={"extend-select": ["ALL"]}) == []


def test_enable_ends_the_range() -> None:
    text = briefing(
        "<!-- smartbrev-disable weak-intensifiers -->\n\n**Zoom in:** A very small thing.\n\n"
        f"<!-- smartbrev-enable weak-intensifiers -->\n\n{VERY}"
    )
    found = run(text, "weak-intensifiers")
    assert [d.span.line for d in found if d.span] == [11]


def test_next_line_covers_only_the_next_paragraph() -> None:
    text = briefing(
        f"<!-- smartbrev-disable-next-line weak-intensifiers -->\n{VERY}\n\n"
        "**Zoom in:** Really big."
    )
    assert [d.span.line for d in run(text, "weak-intensifiers") if d.span] == [8]


def test_comments_are_not_content() -> None:
    from smartbrev.readers.source import parse_text

    text = briefing(f"{VERY} <!-- smartbrev-disable-line weak-intensifiers -->")
    block = parse_text(text, "markdown", "d.md").data["blocks"][0]
    assert block["content"][0]["text"] == "A very big deal."


def test_text_drafts() -> None:
    text = (
        "The council passed the budget.\n\nWhy it matters:\n"
        "<!-- smartbrev-disable-next-line weak-intensifiers -->\nA very big deal.\n"
    )
    assert run(text, "weak-intensifiers", fmt="text") == []
    assert run(
        text.replace("<!-- smartbrev-disable-next-line weak-intensifiers -->\n", ""),
        "weak-intensifiers",
        fmt="text",
    )


def test_yaml_comments() -> None:
    text = (
        "schema_version: '1.1'\nlede: The council passed the budget.\nblocks:\n"
        "  - axiom: why-it-matters\n    label: Why it matters\n    content:\n"
        "      - type: paragraph\n"
        "        # smartbrev: disable-next-line weak-intensifiers\n"
        "        text: A very big deal.\n"
    )
    assert run(text, "weak-intensifiers", fmt="yaml") == []
    assert len(run(text.replace("# smartbrev:", "# note:"), "weak-intensifiers", fmt="yaml")) == 1
