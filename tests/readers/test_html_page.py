"""Article pages as CMSs print them: metadata in the <head>, bylines in their markup,
figures, share bars."""

from __future__ import annotations

from typing import Any

from smartbrev.readers.html_reader import read_html

HEAD = (
    '<html lang="en"><head><link rel="canonical" href="https://example.org/ferry">'
    '<meta name="description" content="The terminal closes June 5.">{extra}</head><body>'
)
STORY = (
    "<p>Harrow Bay's ferry terminal will close from June 5 to July 14 for repairs.</p>"
    "<p><strong>Why it matters:</strong> It handles 6,200 boardings a weekday.</p>"
)


def _read(body: str, extra: str = "") -> dict[str, Any]:
    return read_html(HEAD.format(extra=extra) + body + "</body></html>", "page.html").data


def test_head_metadata_and_a_byline_paragraph() -> None:
    data = _read(
        '<article><header><div><time datetime="2023-04-11T13:05:00Z">18 hours ago</time>'
        ' - <a href="/t">Transportation</a></div><h1>Terminal closes for repairs</h1>'
        '<p class="byline">By <a rel="author" href="/a">Marisol Vega</a></p></header>'
        f"{STORY}</article>"
    )
    assert data["headline"] == "Terminal closes for repairs"
    assert data["byline"] == {"authors": [{"name": "Marisol Vega"}], "text": "By Marisol Vega"}
    assert data["meta"] == {
        "published": "2023-04-11T13:05:00Z",
        "language": "en",
        "source_url": "https://example.org/ferry",
        "description": "The terminal closes June 5.",
    }
    assert data["extensions"]["x-furniture"] == ["18 hours ago - Transportation"]


def test_a_meta_author_is_the_byline_when_the_page_prints_none() -> None:
    data = _read(f"<main>{STORY}</main>", '<meta name="author" content="Saoirse Lund">')
    assert data["byline"] == {"authors": [{"name": "Saoirse Lund"}]}


def test_a_figure_gives_the_lead_image_with_its_caption_and_credit() -> None:
    data = _read(
        "<article><h1>Terminal closes</h1><figure>"
        '<img src="https://example.org/t.jpg" alt="Cars at the terminal">'
        "<figcaption>Cars wait to board. Photo: Ilse Marrow/Getty Images</figcaption></figure>"
        f"{STORY}</article>"
    )
    assert data["image"] == {
        "url": "https://example.org/t.jpg",
        "alt": "Cars at the terminal",
        "caption": "Cars wait to board.",
        "credit": "Photo: Ilse Marrow/Getty Images",
    }


def test_a_share_bar_is_furniture_wherever_it_stands() -> None:
    data = _read(
        "<article><h1>Terminal closes</h1><ul><li><a href='#'>Share on Facebook</a></li>"
        f"<li><a href='#'>Copy link</a></li></ul>{STORY}</article>"
    )
    assert data["extensions"]["x-furniture"] == ["Share on Facebook", "Copy link"]
    assert data["lede"].startswith("Harrow Bay's ferry terminal")
