"""Through HTML no link, escape or text is lost or invented: a Markdown draft read
directly, and the same draft written as HTML and read back, give the same briefing
(every inline text meaning the same, every URL the same)."""

from __future__ import annotations

import re
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from smartbrev.convert import to_model
from smartbrev.readers.source import parse_text
from smartbrev.writers.html_writer import render_html
from smartbrev.writers.inline import to_html
from tests.hostile.newsroom import strings_of

WORDS = st.sampled_from(["council", "budget", "Riverton", "rates", "April", "7-2", "families"])
PIECES = st.sampled_from(
    [
        "2\\*3\\*4",
        "\\[x\\](https://example.org/y)",
        "[x\\](https://example.org/y)",
        "*emphasis*",
        "**strong**",
        "`code`",
        "`` a`b ``",
        "[the minutes](https://example.org/minutes)",
        "AT&T",
        "x < y",
        "snake_case",
        "5 * 3",
        "\\_not emphasis\\_",
        "C:\\Users",
        "a [bracket] here",
        "[a link [with] brackets](https://example.org/b)",
        "[outer [inner](https://example.org/in)](https://example.org/out)",
    ]
)
"""Inline text that a careless conversion loses or changes: escapes, literal link syntax,
brackets in link text, code, ampersands and angle brackets."""
TITLES = st.sampled_from(
    [
        "The budget [PDF]",
        "Report [2024] (draft)",
        "A **bold** title",
        "Minutes of 5 * 3 meetings",
        "2\\*3\\*4 rule",
        "snake_case and `code`",
        "[nested] [brackets]",
        "[outer [inner](https://example.org/in)](https://example.org/out)",
    ]
)
URLS = st.sampled_from(
    [
        "https://example.org/budget.pdf",
        "https://en.example.org/wiki/Budget_(2024)",
        "https://example.org/a?b=1&c=2",
        "mailto:desk@example.org",
    ]
)


def _sentence(parts: list[str]) -> str:
    return " ".join(parts).strip() + "."


SENTENCE = st.lists(WORDS | PIECES, min_size=2, max_size=8).map(_sentence)
LINK = st.builds(
    lambda title, url: f"- [{title}]({url})" if url else f"- {title}", TITLES, st.none() | URLS
)


@st.composite
def drafts(draw: st.DrawFn) -> str:
    lede = draw(SENTENCE)
    why = draw(SENTENCE)
    bullets = draw(st.lists(SENTENCE, min_size=0, max_size=3))
    links = draw(st.lists(LINK, min_size=1, max_size=3))
    body = [f"# Council passes the {draw(WORDS)} budget", lede, f"**Why it matters:** {why}"]
    if bullets:
        body.append("**Driving the news:**\n\n" + "\n".join(f"- {b}" for b in bullets))
    body.append("**Go deeper:**\n\n" + "\n".join(links))
    body.append("By Ana Ortiz")
    return "\n\n".join(body) + "\n"


def _meaning(node: Any, key: str = "") -> Any:
    """The briefing's data with every inline text replaced by what it renders as."""
    if isinstance(node, dict):
        return {k: _meaning(v, k) for k, v in node.items()}
    if isinstance(node, list):
        return [_meaning(item, key) for item in node]
    if isinstance(node, str) and key in ("headline", "lede", "text", "title", "items"):
        return to_html(node)
    return node


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(drafts())
def test_markdown_through_html_gives_the_same_briefing(draft: str) -> None:
    direct = to_model(parse_text(draft, "markdown", "draft.md"))
    page = render_html(direct)
    again = to_model(parse_text(page, "html", "draft.html"))
    expected = direct.to_data()
    actual = again.to_data()
    for data in (expected, actual):
        data.pop("meta", None)  # the page states metadata of its own (language)
    assert _meaning(actual) == _meaning(expected)


def test_the_reproductions() -> None:
    draft = (
        "# Budget\n\nThe council voted 2\\*3\\*4 times; literal \\[x\\](https://example.org/y) "
        "stays text.\n\n**Why it matters:** Rates rise.\n\n**Go deeper:**\n\n"
        "- [The budget [PDF]](https://example.org/budget.pdf)\n\nBy Ana Ortiz\n"
    )
    direct = to_model(parse_text(draft, "markdown", "draft.md"))
    again = to_model(parse_text(render_html(direct), "html", "draft.html"))
    assert again.blocks[-1].links[0].url == "https://example.org/budget.pdf"  # type: ignore[union-attr]
    assert to_html(again.lede) == to_html(direct.lede)
    assert "<em>" not in to_html(again.lede) and "<a " not in to_html(again.lede)


PAGES = {
    "figcaption-alone": "<figure><figcaption>Photo: the chamber at dusk</figcaption></figure>",
    "after-a-nested-list": "<ul><li>First point<ul><li>nested</li></ul>and words after</li></ul>",
    "noscript": "<noscript>Enable JavaScript to see the rates chart</noscript>",
    "template": "<template><p>Template words nobody sees</p></template>",
    "svg": "<svg><title>Rates chart</title><text>Up four percent</text></svg>",
    "alt-text": "<p>The vote <img src='' alt='a chart of the rates'> was close.</p>",
    "nothing-more": "",
}


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text)


@pytest.mark.parametrize("case", sorted(PAGES))
def test_the_html_reader_keeps_or_reports_every_text(case: str) -> None:
    from lxml.html import document_fromstring

    page = (
        "<!doctype html><html><body><nav>Home Sections Weather</nav><article>"
        "<h1>Council passes budget</h1><p>The council passed the budget.</p>"
        f"<p><strong>Why it matters:</strong> Rates rise.</p>{PAGES[case]}"
        "<p>By Ana Ortiz</p></article>"
        "<article><h2>Another story</h2><p>Words of a second article.</p></article>"
        "<footer>Copyright Riverton Post</footer></body></html>"
    )
    source = parse_text(page, "html", "page.html")
    held = set(_words(" ".join(strings_of(source.data))))
    reported = set(_words(" ".join(d.message for d in source.diagnostics)))
    document = document_fromstring(page)
    article = document.xpath("//article")[0]
    inside = _words(" ".join(map(str, article.xpath(".//text()"))))
    everywhere = _words(" ".join(map(str, document.xpath("//body//text()"))))
    assert [w for w in inside if w not in held | reported] == []
    outside = len(everywhere) - len(inside)
    assert [d.message for d in source.diagnostics if "outside the article" in d.message] == [
        f"{outside} words of the page outside the article read (navigation, footers, "
        "other articles) are not read into the briefing"
    ]
