"""Every Markdown style of DESIGN §3, read into the model."""

from __future__ import annotations

from typing import Any

import pytest

from smartbrev.readers.markdown_reader import read_markdown
from smartbrev.schema import store
from smartbrev.schema.check import validate_data


def _read(text: str) -> dict[str, Any]:
    draft = read_markdown(text, "draft.md")
    assert validate_data(draft.data) == [], draft.data
    return draft.data


def _blocks(text: str) -> list[dict[str, Any]]:
    blocks: list[dict[str, Any]] = _read(text)["blocks"]
    return blocks


@pytest.mark.parametrize(
    "written",
    [
        "**Why it matters:** Taxes stay flat.",
        "**Why it matters**: Taxes stay flat.",
        "**Why it matters** — Taxes stay flat.",
        "**Why it matters** - Taxes stay flat.",
        "**Why It Matters —** Taxes stay flat.",
        "## Why it matters\n\nTaxes stay flat.",
        "### WHY IT MATTERS\n\nTaxes stay flat.",
        "**Why it matters:**\n\nTaxes stay flat.",
        "Why it matters:\n\nTaxes stay flat.",
        "Why it matters\n\nTaxes stay flat.",
        "Why it matters: Taxes stay flat.",
        "__Why it matters:__ Taxes stay flat.",
    ],
)
def test_label_styles(written: str) -> None:
    (block,) = _blocks(f"The council passed the budget.\n\n{written}\n")
    assert block["axiom"] == "why-it-matters"
    assert block["content"] == [{"type": "paragraph", "text": "Taxes stay flat."}]


@pytest.mark.parametrize(
    ("written", "axiom", "label"),
    [
        ("**What they’re saying:**", "what-theyre-saying", "What they’re saying"),
        ("**What he's saying:**", "what-theyre-saying", "What he's saying"),
        ("**Big picture:**", "big-picture", "Big picture"),
        ("**Yes, but:**", "yes-but", "Yes, but"),
        ("**Our take:**", "custom", "Our take"),
        ("## Reporter's notebook", "custom", "Reporter's notebook"),
    ],
)
def test_labels_keep_their_written_form(written: str, axiom: str, label: str) -> None:
    (block,) = _blocks(f"Lede.\n\n{written}\n\nBody text.\n")
    assert (block["axiom"], block["label"]) == (axiom, label)


def test_headline_lede_and_front_matter() -> None:
    data = _read(
        "---\nschema_version: '1.0'\nid: budget\nmeta:\n  language: en\n  tags: [a, b]\n---\n"
        "# Council passes budget\n\nThe council voted 7-2.\n\n**Why it matters:** Taxes.\n"
    )
    assert data["schema_version"] == "1.0"
    assert data["id"] == "budget"
    assert data["meta"] == {"language": "en", "tags": ["a", "b"]}
    assert data["headline"] == "Council passes budget"
    assert data["lede"] == "The council voted 7-2."


def test_draft_without_version_gets_the_latest() -> None:
    assert _read("Lede.\n")["schema_version"] == store.LATEST


def test_inline_markup_is_kept_as_written() -> None:
    (block,) = _blocks("Lede.\n\n**Details:** A *big* [deal](https://example.org) `x`.\n")
    assert block["content"][0]["text"] == "A *big* [deal](https://example.org) `x`."


def test_paragraphs_and_bullets_inside_a_block() -> None:
    (block,) = _blocks("Lede.\n\n**Details:** First.\n\n- one\n- two\n\nAfter.\n")
    assert block["content"] == [
        {"type": "paragraph", "text": "First."},
        {"type": "bullets", "items": ["one", "two"]},
        {"type": "paragraph", "text": "After."},
    ]


def test_speakers_as_bullets() -> None:
    (block,) = _blocks(
        "Lede.\n\n**What they're saying:**\n\n"
        '- **Mayor Ana Ortiz:** "We will balance it."\n'
        '- **Dev Patel**, council member: "We cut too deep."\n'
    )
    assert block["content"] == [
        {
            "type": "speaker",
            "name": "Mayor Ana Ortiz",
            "content": [{"type": "paragraph", "text": '"We will balance it."'}],
        },
        {
            "type": "speaker",
            "name": "Dev Patel",
            "role": "council member",
            "content": [{"type": "paragraph", "text": '"We cut too deep."'}],
        },
    ]


def test_speaker_opened_by_a_name_paragraph_takes_what_follows() -> None:
    (block,) = _blocks(
        "Lede.\n\n**What they're saying:**\n\nThe mayor:\n\nShe said it.\n\nShe added more.\n\n"
        "The council:\n\n- it disagreed\n"
    )
    assert [c["name"] for c in block["content"]] == ["The mayor", "The council"]
    assert len(block["content"][0]["content"]) == 2
    assert block["content"][1]["content"] == [{"type": "bullets", "items": ["it disagreed"]}]


def test_speaker_item_with_several_paragraphs() -> None:
    (block,) = _blocks(
        "Lede.\n\n**What they're saying:**\n\n- **Ana Ortiz:** “One.”\n\n  “Two.”\n\n"
        "Both spoke after the vote.\n"
    )
    speaker, after = block["content"]
    assert [p["text"] for p in speaker["content"]] == ["“One.”", "“Two.”"]
    assert after == {"type": "paragraph", "text": "Both spoke after the vote."}


@pytest.mark.parametrize(
    ("written", "links"),
    [
        (
            "- [Budget](https://example.org/b)\n- [Vote](https://example.org/v)",
            [
                {"title": "Budget", "url": "https://example.org/b"},
                {"title": "Vote", "url": "https://example.org/v"},
            ],
        ),
        ("[Budget](https://example.org/b)", [{"title": "Budget", "url": "https://example.org/b"}]),
        (
            "- The budget in charts\n- Earlier votes",
            [{"title": "The budget in charts"}, {"title": "Earlier votes"}],
        ),
        ("The budget in charts", [{"title": "The budget in charts"}]),
        (
            "<https://example.org/b>",
            [{"title": "https://example.org/b", "url": "https://example.org/b"}],
        ),
    ],
)
def test_go_deeper_links(written: str, links: list[dict[str, str]]) -> None:
    (block,) = _blocks(f"Lede.\n\n**Go deeper:**\n\n{written}\n")
    assert block["links"] == links
    assert "content" not in block


def test_go_deeper_link_inline_after_the_label() -> None:
    (block,) = _blocks("Lede.\n\n**Go deeper:** [Budget](https://example.org/b)\n")
    assert block["links"] == [{"title": "Budget", "url": "https://example.org/b"}]


@pytest.mark.parametrize(
    ("written", "authors"),
    [
        ("By Ana Ortiz", [{"name": "Ana Ortiz"}]),
        ("By Ana Ortiz and Dev Patel", [{"name": "Ana Ortiz"}, {"name": "Dev Patel"}]),
        (
            "Ana Ortiz, Dev Patel and Li Wei",
            [{"name": "Ana Ortiz"}, {"name": "Dev Patel"}, {"name": "Li Wei"}],
        ),
        ("Zohre Khazaee - A.Akbari", [{"name": "Zohre Khazaee"}, {"name": "A.Akbari"}]),
        ("By Ana Ortiz (editor)", [{"name": "Ana Ortiz", "role": "editor"}]),
        ("*By Ana Ortiz*", [{"name": "Ana Ortiz"}]),
    ],
)
def test_byline_forms(written: str, authors: list[dict[str, str]]) -> None:
    data = _read(f"Lede.\n\n**Why it matters:** Taxes.\n\n{written}\n")
    assert data["byline"]["authors"] == authors
    assert data["byline"]["text"] == written.strip("*")
    assert len(data["blocks"][0]["content"]) == 1


def test_a_last_sentence_is_not_a_byline() -> None:
    data = _read("Lede.\n\n**Why it matters:** Taxes.\n\nThe vote is final.\n")
    assert "byline" not in data
    assert data["blocks"][0]["content"][-1]["text"] == "The vote is final."


def test_text_after_the_byline_is_kept_and_reported() -> None:
    draft = read_markdown(
        "Lede.\n\n**Why it matters:** Taxes.\n\nBy Ana Ortiz\n\nP.S. more\n", "d.md"
    )
    assert draft.data["byline"]["text"] == "By Ana Ortiz"
    assert draft.data["blocks"][0]["content"][-1]["text"] == "P.S. more"
    (note,) = draft.diagnostics
    assert (note.code, note.name, note.span and note.span.line) == ("SB020", "text-after-byline", 7)


def test_html_is_kept_as_text_and_comments_are_not_content() -> None:
    (block,) = _blocks(
        "Lede.\n\n**Details:** Text.\n\n<!-- smartbrev-disable lede-too-long -->\n\n"
        '<div onclick="x()">Hi <script>alert(1)</script></div>\n'
    )
    assert block["content"][-1]["text"] == '<div onclick="x()">Hi <script>alert(1)</script></div>'
    assert len(block["content"]) == 2


def test_extra_paragraphs_before_the_first_label_stay_in_the_lede() -> None:
    data = _read("First part.\n\nSecond part.\n\n**Why it matters:** Taxes.\n")
    assert data["lede"] == "First part.\n\nSecond part."


def test_positions_point_into_the_draft() -> None:
    draft = read_markdown(
        "---\nid: x\n---\n# Head\n\nLede.\n\n**Why it matters:** Taxes.\n\n- a\n- b\n", "d.md"
    )
    where = draft.locations
    assert where["/headline"].value.line == 4
    assert where["/lede"].value.line == 6
    assert where["/blocks/0/label"].value.line == 8
    assert where["/blocks/0/content/1/items/1"].value.line == 11
    assert where["/id"].value.line == 2


def test_a_bold_sentence_is_emphasis_not_a_label() -> None:
    data = _read("Lede.\n\n**Why it matters:** Taxes.\n\n**This is settled.**\n")
    assert len(data["blocks"]) == 1
    assert data["blocks"][0]["content"][-1] == {"type": "paragraph", "text": "**This is settled.**"}


def test_a_short_bold_line_is_a_label() -> None:
    data = _read("Lede.\n\n**Our take**\n\nA quiet win.\n")
    assert (data["blocks"][0]["axiom"], data["blocks"][0]["label"]) == ("custom", "Our take")


@pytest.mark.parametrize(
    ("written", "content"),
    [
        # Container markers go, the words stay exactly as written.
        ("> A quote\n> that goes on.", [{"type": "paragraph", "text": "A quote\nthat goes on."}]),
        ("> Lazy\ncontinuation.", [{"type": "paragraph", "text": "Lazy\ncontinuation."}]),
        ("- One\n  two\n- Three", [{"type": "bullets", "items": ["One\ntwo", "Three"]}]),
        ("- Tight\n- list", [{"type": "bullets", "items": ["Tight", "list"]}]),
        ("- Loose\n\n- list", [{"type": "bullets", "items": ["Loose", "list"]}]),
        (
            "1. First\n2) Second",
            [
                {"type": "bullets", "start": 1, "items": ["First"]},
                {"type": "bullets", "start": 2, "items": ["Second"]},
            ],
        ),
        ("-    Wide\n     marker", [{"type": "bullets", "items": ["Wide\nmarker"]}]),
        ("> - In a quote\n>   still", [{"type": "bullets", "items": ["In a quote\nstill"]}]),
        ("\\*Not\n\\*emphasis*", [{"type": "paragraph", "text": "\\*Not\n\\*emphasis*"}]),
        ("- \\*Escaped", [{"type": "bullets", "items": ["\\*Escaped"]}]),
        (
            "Été “déjà” — vu.\n\n> Ça va.",
            [
                {"type": "paragraph", "text": "Été “déjà” — vu."},
                {"type": "paragraph", "text": "Ça va."},
            ],
        ),
    ],
)
def test_text_inside_quotes_and_lists_is_kept_as_written(
    written: str, content: list[dict[str, Any]]
) -> None:
    (block,) = _blocks(f"Lede.\n\n**Details:**\n\n{written}\n")
    assert block["content"] == content


@pytest.mark.parametrize(
    ("written", "label"),
    [
        ("## Our take ##", "Our take"),
        ("##   Our take", "Our take"),
        ("Our take\n--------", "Our take"),
        ("> ## Our take", "Our take"),
    ],
)
def test_heading_forms(written: str, label: str) -> None:
    (block,) = _blocks(f"Lede.\n\n{written}\n\nA quiet win.\n")
    assert block["label"] == label


def test_positions_count_characters_after_non_ascii_text() -> None:
    draft = read_markdown("Été “déjà” vu.\n\n**Why it matters:** Ça — oui.\n\n- é\n- ü\n", "d.md")
    where = draft.locations
    assert where["/blocks/0/content/0/text"].value.line == 3
    item = where["/blocks/0/content/1/items/1"].value
    assert (item.line, item.column, item.end_column) == (6, 1, 4)  # characters, not bytes
