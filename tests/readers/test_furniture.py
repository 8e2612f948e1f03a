"""Page furniture, one line at a time: what it is, and the story text that is not."""

from __future__ import annotations

import pytest

from smartbrev.readers.furniture import (
    caption_credit,
    furniture_kind,
    is_alt_text,
    is_credit,
    is_greeting,
    is_relative_time,
)


@pytest.mark.parametrize(
    "line",
    [
        "18 hours ago",
        "5 days ago",
        "18 hours ago - News",
        "Updated 3 hours ago - Politics & Policy",
        "an hour ago",
        "43 mins ago - Economy & Business",
        "Just now",
    ],
)
def test_relative_times(line: str) -> None:
    assert is_relative_time(line)
    assert furniture_kind(line) == "relative time"


@pytest.mark.parametrize(
    "line",
    [
        "Illustration: Sarah Lin/Axios",
        "Photo: Ines Calder/Getty Images",
        "Data: Calder Valley Water District; Chart: Imani Ross/Axios",
        "Reproduced from Gallup. (Independents were asked their leaning.) Chart: Axios Visuals",
        "📷 Photo: Jordan Pike/Lakeport Ledger",
        "Photo illustration by Ana Folau",
    ],
)
def test_credits(line: str) -> None:
    assert is_credit(line)


@pytest.mark.parametrize(
    "line",
    [
        "Data: The survey of 1,200 renters found that most would move for a shorter commute.",
        "Source: officials said the plan would cost $4 million.",
        "Map: Every bakery that closed since 2010 <https://example.org/map>",  # a link title
        "The photo shows the ferry at dawn.",
    ],
)
def test_story_lines_that_mention_photos_or_data_are_not_credits(line: str) -> None:
    assert not is_credit(line)


def test_a_caption_that_ends_with_its_credit() -> None:
    line = "Cars wait to board at the terminal in March. Photo: Ilse Marrow/Getty Images"
    start = caption_credit(line)
    assert start is not None
    assert line[start:] == "Photo: Ilse Marrow/Getty Images"
    assert caption_credit("The council met on Tuesday. It voted 5-2.") is None


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Share on Facebook", "share button"),
        ("Copy link", "share button"),
        ("Share this:", "share button"),
        ("Expand chart", "share button"),
        ("Add Axios as your preferred source", "promotion"),
        ("Read the full article here", "promotion"),
        ("Was this email forwarded to you? Get your own! Sign up here.", "promotion"),
        ("Today's newsletter is 912 words — a 3.5-minute read.", "promotion"),
        ("☀️ Today's weather: Sunny, with a high near 74.", "promotion"),
        ("Presented by Harbor Credit Union", "promotion"),
        ("The post Water rates rise appeared first on The Dunmore Dispatch.", "promotion"),
        # Found in any case, at the end of a line or as a count anywhere in it.
        ("Tickets for the fall gala are going fast. RSVP HERE", "promotion"),
        ("Our weekend edition: 1,480 words, 6 MINUTES", "promotion"),
        ("Inside: the new schedule, a 4-Minute Read", "promotion"),
        # A newsletter's sign-off, under its last item.
        ("Thanks for reading. See you tomorrow morning.", "promotion"),
        ("This newsletter was edited by Marguerite Lo.", "promotion"),
        ("Thanks to our editor Mira Solberg and copy editor Dane Whitacre.", "promotion"),
        ("Want to advertise with us? Get in touch.", "promotion"),
        ("Example Media, 100 Main St., Dunmore. Unsubscribe", "promotion"),
    ],
)
def test_share_buttons_and_promos(line: str, kind: str) -> None:
    assert furniture_kind(line) == kind


@pytest.mark.parametrize(
    "line",
    [
        "The county will open 180 beds on Tuesday, and all were full by 9pm.",
        "Why it matters: Riders have waited two years for this.",
        "Readers can sign up for text alerts at the county's website, officials said Monday "
        "in a statement that also listed the shelters' hours and the bus routes to each.",
        "Share prices fell 4% after the vote.",
        "Thanks to a state grant, the library reopens in May.",
        "This newsletter was a hit with parents, the district said.",
        "About 1,200 readers chose to unsubscribe.",
        "Want to know more? The council meets again on Tuesday.",
    ],
)
def test_story_lines_are_not_furniture(line: str) -> None:
    assert furniture_kind(line) is None


def test_greetings_and_alt_text() -> None:
    assert is_greeting("👋 Happy Thursday, Eastmere!")
    assert is_greeting("Good morning! Here's what the council did last night.")
    assert not is_greeting("Good news for riders: fares stay flat through 2026.")
    assert is_alt_text("Illustration of a wall calendar with every Friday crossed out")
    assert not is_alt_text("Illustration: Lindsey Park/Axios")
