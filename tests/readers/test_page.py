"""The page around a story, in drafts shaped like real copy: what is headline, byline,
lede, furniture or a further newsletter item, and the notes an editor gets."""

from __future__ import annotations

from typing import Any

import pytest

from smartbrev.convert import convert_source
from smartbrev.readers.source import Source, parse_text
from smartbrev.schema.check import validate_data

LEDE = (
    "The Harlow County board voted 4-1 on Monday to hand its ferries to a private operator "
    "for seven years, ending 26 years of public service on the sound."
)


def _read(text: str, fmt: str = "text") -> Source:
    source = parse_text(text, fmt, f"draft.{'md' if fmt == 'markdown' else 'txt'}")
    assert validate_data(source.data) == [], source.data
    return source


def _notes(source: Source) -> list[str]:
    return [d.code for d in source.diagnostics]


def _furniture(data: dict[str, Any]) -> list[str]:
    return list((data.get("extensions") or {}).get("x-furniture", []))


def test_one_paragraph_per_line_with_a_byline_and_a_date_under_the_headline() -> None:
    source = _read(
        "Private operator wins the Harlow County ferry contract\n"
        "By Marisol Vega · Mar 25, 2023\n"
        f"{LEDE}\n"
        "Why it matters: About 6,200 riders cross the sound each weekday.\n"
        "- 300 sailings were cancelled this year.\n"
        "Go deeper\n"
        "Why the county ran short of deckhands\n"
    )
    data = source.data
    assert data["headline"] == "Private operator wins the Harlow County ferry contract"
    assert data["byline"] == {
        "authors": [{"name": "Marisol Vega"}],
        "text": "By Marisol Vega · Mar 25, 2023",
    }
    assert data["meta"] == {"published": "2023-03-25"}
    assert data["lede"] == LEDE
    assert [b["axiom"] for b in data["blocks"]] == ["why-it-matters", "go-deeper"]
    assert data["blocks"][0]["content"][1] == {
        "type": "bullets",
        "items": ["300 sailings were cancelled this year."],
    }
    assert data["blocks"][1]["links"] == [{"title": "Why the county ran short of deckhands"}]
    assert _notes(source) == []


def test_a_label_is_a_label_however_long_its_paragraph() -> None:
    long = " ".join(["The county kept the docks and both terminals."] * 20)
    source = _read(f"Lede line for the ferry story.\n\nWhy it matters: {long}\n")
    assert source.data["blocks"][0]["axiom"] == "why-it-matters"
    assert source.data["blocks"][0]["content"][0]["text"] == long


def test_a_label_glued_to_the_sentence_before_it() -> None:
    source = _read(f"{LEDE[:-1]} on Tuesday.Why it matters: Riders lose a public voice.\n")
    assert source.data["lede"].endswith("on Tuesday.")
    assert source.data["blocks"][0]["content"] == [
        {"type": "paragraph", "text": "Riders lose a public voice."}
    ]


def test_an_email_wrapped_at_72_columns_is_joined_again() -> None:
    source = _read(
        "The council voted 5-4 on Tuesday night to end parking minimums across\n"
        "the city, after a debate that ran past midnight.\n"
        "\n"
        "Why it matters: Each underground space adds $30,000 to $60,000 to the\n"
        "cost of a new apartment, the planning department says.\n"
    )
    assert source.data["lede"] == (
        "The council voted 5-4 on Tuesday night to end parking minimums across "
        "the city, after a debate that ran past midnight."
    )
    assert source.data["blocks"][0]["content"][0]["text"].startswith("Each underground space")


@pytest.mark.parametrize(
    "top",
    [
        "18 hours ago - News",
        "Illustration: Priya Nandakumar/Axios",
        "Economy & Business",
        "Axios Seattle",
    ],
)
def test_furniture_above_the_headline_is_never_the_headline(top: str) -> None:
    source = _read(f"{top}\nFerry contract goes to a private operator\n{LEDE}\n")
    assert source.data["headline"] == "Ferry contract goes to a private operator"
    assert source.data["lede"] == LEDE
    assert _furniture(source.data) == [top]
    assert _notes(source) == ["SB023"]


@pytest.mark.parametrize(
    ("fmt", "text", "headline"),
    [
        ("markdown", f"# X\n\n{LEDE}\n\n**Why it matters:** Fares may rise.\n", "X"),
        ("text", f"X\n===\n\n{LEDE}\n\nWhy it matters: Fares may rise.\n", "X"),
        ("html", f"<h1>X</h1><p>{LEDE}</p><p><b>Why it matters:</b> Fares may rise.</p>", "X"),
        ("markdown", f"# Share\n\n{LEDE}\n", "Share"),
        # The one title above the story, though no heading marks it.
        ("text", f"Print\n{LEDE}\nWhy it matters: Fares may rise.\n", "Print"),
    ],
)
def test_a_headline_that_is_a_share_buttons_word_is_the_headline(
    fmt: str, text: str, headline: str
) -> None:
    source = parse_text(text, fmt, f"draft.{fmt}")
    assert source.data["headline"] == headline
    assert source.data["lede"] == LEDE
    assert _furniture(source.data) == []


def test_a_share_button_above_the_headline_is_still_furniture() -> None:
    source = _read(f"X\nShare\nFerry contract goes to a private operator\n{LEDE}\n")
    assert source.data["headline"] == "Ferry contract goes to a private operator"
    assert _furniture(source.data) == ["X", "Share"]


@pytest.mark.parametrize(
    "headline",
    ["Can the county really run ferries for less?", "The levy passed. Now comes the hard part."],
)
def test_a_headline_may_end_like_a_sentence(headline: str) -> None:
    assert _read(f"{headline}\n{LEDE}\n").data["headline"] == headline


def test_a_short_lede_followed_by_a_label_is_the_lede_not_a_headline() -> None:
    source = _read("The ferries go private.\nWhy it matters: Fares may rise.\n")
    assert "headline" not in source.data
    assert source.data["lede"] == "The ferries go private."


def test_a_name_beside_a_relative_time_is_the_byline_and_the_time_is_furniture() -> None:
    source = _read(f"Ferry contract goes private\nMarisol Vega\n18 hours ago\n{LEDE}\n")
    assert source.data["byline"]["authors"] == [{"name": "Marisol Vega"}]
    assert _furniture(source.data) == ["18 hours ago"]


def test_an_outlet_line_under_the_byline() -> None:
    source = _read(f"Ferry contract goes private\nBy Ana Ortiz\nAxios Seattle\n{LEDE}\n")
    assert source.data["byline"] == {
        "authors": [{"name": "Ana Ortiz"}],
        "text": "By Ana Ortiz",
        "outlet": "Axios Seattle",
    }


def test_a_writer_named_in_a_sentence_is_not_a_byline() -> None:
    source = _read(f"{LEDE}\n\nAxios' Tina Reed writes that the vote was close.\n")
    assert "byline" not in source.data


def test_a_newsletter_read_as_one_briefing_sets_its_second_item_aside() -> None:
    """The language server, the desk and the Python API hold one briefing at a time."""
    text = (
        "Axios Tidewater AM\n"
        "By Harriet Quan · Mar 25, 2025\n"
        "☀️ Happy Tuesday!\n"
        "1 big thing: The shipyard's hiring spree\n"
        "Tidewater Marine Works plans to hire 2,400 welders over three years.\n"
        "Why it matters: The yard already employs one in 12 workers in the region.\n"
        "----------\n"
        "Ferry fares rise 25 cents in July\n"
        "The regional ferry board approved its first fare increase since 2019.\n"
    )
    edition = _read(text).data
    assert [item["headline"] for item in edition["items"]] == [
        "1 big thing: The shipyard's hiring spree",
        "Ferry fares rise 25 cents in July",
    ]
    source = parse_text(text, "text", "page.txt", editions=False)
    data = source.data
    assert data["headline"] == "1 big thing: The shipyard's hiring spree"
    assert [b["label"] for b in data["blocks"]] == ["Why it matters"]
    assert data["extensions"]["x-more-items"] == (
        "Ferry fares rise 25 cents in July\n"
        "The regional ferry board approved its first fare increase since 2019."
    )
    more = [d for d in source.diagnostics if d.code == "SB025"]
    assert len(more) == 1 and more[0].span is not None and more[0].span.line == 8
    assert _furniture(data) == ["Axios Tidewater AM", "☀️ Happy Tuesday!"]


def test_a_newsletters_sign_off_is_furniture_not_its_last_items_text() -> None:
    text = (
        "Axios Lakeport\n"
        "By Ana Ortiz · Mar 25, 2025\n"
        "1 big thing: Ferry fares hold\n"
        "The ferry board kept fares at $3 for a fourth year on Monday.\n"
        "Why it matters: Fares were due to rise to $3.50.\n"
        "----------\n"
        "Pumpkin patch season\n"
        "Our picks for the weekend: Harlan Farms and the Saturday market at Union Square.\n\n"
        "Thanks to our editor Mira Solberg and copy editor Dane Whitacre.\n\n"
        "This newsletter was edited by Marguerite Lo.\n"
    )
    last = _read(text).data["items"][-1]
    assert last["lede"] == (
        "Our picks for the weekend: Harlan Farms and the Saturday market at Union Square."
    )
    assert _furniture(last) == [
        "Thanks to our editor Mira Solberg and copy editor Dane Whitacre.",
        "This newsletter was edited by Marguerite Lo.",
    ]


def test_share_text_at_the_end_is_furniture_not_the_last_blocks_text() -> None:
    source = _read(f"{LEDE}\nWhat's next: A vote in June.\nShare on Facebook\nCopy link\n")
    assert source.data["blocks"][0]["content"] == [{"type": "paragraph", "text": "A vote in June."}]
    assert _furniture(source.data) == ["Share on Facebook", "Copy link"]


def test_a_draft_with_furniture_converts_keeping_every_word() -> None:
    source = _read(
        "Updated 3 hours ago - Politics & Policy\n"
        "Ferry contract goes private\n"
        "By Ana Ortiz · Mar 25, 2023\n"
        f"{LEDE}\n"
        "Why it matters: Fares may rise.\n"
        "Read the full article here\n"
    )
    markdown = convert_source(source, "markdown")
    again = parse_text(markdown, "markdown", "again.md")
    assert again.data == source.data
    assert "Updated 3 hours ago" in markdown  # kept, in front matter, for the editor to delete


def test_markdown_section_heading_and_date_line_before_the_lede() -> None:
    source = _read(
        "# Free dental clinic returns\n\n## Health\n\n**Date:** March 25, 2023\n\n"
        f"{LEDE}\n\n**Why it matters:** One in four adults has no dental coverage.\n",
        "markdown",
    )
    assert source.data["headline"] == "Free dental clinic returns"
    assert source.data["meta"] == {"section": "Health", "published": "2023-03-25"}
    assert source.data["lede"] == LEDE
    assert convert_source(source, "json")


def test_markdown_labels_inside_bullets_open_their_block() -> None:
    source = _read(
        f"# Office leases run out\n\n{LEDE}\n\n"
        "- **Why it matters:** Landlords have lived off pre-2020 deals.\n"
        "- Vacancy hit 19.6% this winter.\n",
        "markdown",
    )
    assert source.data["blocks"] == [
        {
            "axiom": "why-it-matters",
            "label": "Why it matters",
            "content": [
                {"type": "paragraph", "text": "Landlords have lived off pre-2020 deals."},
                {"type": "bullets", "items": ["Vacancy hit 19.6% this winter."]},
            ],
        }
    ]
