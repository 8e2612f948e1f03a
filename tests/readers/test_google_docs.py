"""Google Docs exports ("File > Download > Web page") read like any other draft: bold and
italic by class or inline style, redirect links unwrapped, comments left out, every word
of the document in the briefing."""

from __future__ import annotations

import pytest

from smartbrev.readers.html_styles import class_emphasis, unwrap_redirect
from smartbrev.readers.source import parse_text, read_path
from smartbrev.schema.check import check
from smartbrev.words import model_words, words
from tests.readers.corpus_reading import CORPUS

STYLE = (
    '<style type="text/css">.c0{font-weight:400;font-style:normal}'
    ".c3{color:#000000;font-weight:700}.c4{font-style:italic}"
    ".c5{font-weight:700;font-style:italic}.title{font-size:26pt}</style>"
)


def _page(body: str) -> str:
    return (
        '<html><head><meta content="text/html; charset=UTF-8" http-equiv="content-type">'
        f'{STYLE}</head><body class="c8 doc-content">{body}</body></html>'
    )


def _read(body: str) -> dict[str, object]:
    return parse_text(_page(body), "html", "draft.html").data


def test_bold_classes_and_italic_classes_are_read_from_the_style_sheet() -> None:
    found = class_emphasis(STYLE.removeprefix('<style type="text/css">'))
    assert found["c0"] == (False, False)
    assert found["c3"] == (True, None)
    assert found["c4"] == (None, True)
    assert found["c5"] == (True, True)
    assert "title" not in found


def test_a_later_rule_overrides_an_earlier_one_for_the_same_class() -> None:
    assert class_emphasis(".c1{font-weight:700} .c1{font-weight:normal}")["c1"] == (False, None)
    assert class_emphasis(".a,.b{font-weight:bold}") == {"a": (True, None), "b": (True, None)}
    assert class_emphasis("p.c1{font-weight:700} .c1:hover{font-weight:700}") == {}


@pytest.mark.parametrize(
    ("url", "target"),
    [
        (
            "https://www.google.com/url?q=https://example.org/a%3Fb%3D1%26c%3D2&sa=D&ust=1&usg=x",
            "https://example.org/a?b=1&c=2",
        ),
        ("https://google.com/url?q=mailto:desk@example.org&sa=D", "mailto:desk@example.org"),
        ("https://www.google.com/url?sa=D&usg=x", "https://www.google.com/url?sa=D&usg=x"),
        ("https://www.google.com/search?q=rink", "https://www.google.com/search?q=rink"),
        (
            "https://example.org/url?q=https://elsewhere.org",
            "https://example.org/url?q=https://elsewhere.org",
        ),
    ],
)
def test_only_google_redirects_are_unwrapped(url: str, target: str) -> None:
    assert unwrap_redirect(url) == target


def test_a_custom_label_bold_by_inline_style_opens_a_block() -> None:
    data = _read(
        '<p class="title"><span class="c0">Ferry fares hold steady</span></p>'
        '<p><span class="c0">The ferry board kept fares at $3 on Monday.</span></p>'
        '<p><span style="font-weight:700">Rider math:</span>'
        '<span class="c0">&nbsp;Ridership is up 40% since 2021.</span></p>'
    )
    assert data["blocks"] == [
        {
            "axiom": "custom",
            "label": "Rider math",
            "content": [{"type": "paragraph", "text": "Ridership is up 40% since 2021."}],
        }
    ]


def test_bold_and_italic_together_are_both_kept() -> None:
    data = _read(
        '<p class="title"><span class="c0">Ferry fares hold steady</span></p>'
        '<p><span class="c0">The board voted </span><span class="c5">unanimously</span>'
        '<span class="c0"> on Monday, and </span><span class="c4">without debate</span>.</p>'
    )
    assert data["lede"] == "The board voted ***unanimously*** on Monday, and *without debate*."


def test_go_deeper_links_point_at_their_targets() -> None:
    data = _read(
        '<p class="title"><span class="c0">Ferry fares hold steady</span></p>'
        '<p><span class="c0">The ferry board kept fares at $3 for another year.</span></p>'
        '<p><span class="c3">Go deeper:</span></p><ul><li><span><a href="'
        "https://www.google.com/url?q=https://example.org/ferry/fares&amp;sa=D&amp;"
        'source=editors&amp;ust=1700000000000000&amp;usg=AOvVaw1">The fare table</a>'
        "</span></li></ul>"
    )
    links = data["blocks"][0]["links"]  # type: ignore[index]
    assert links == [{"title": "The fare table", "url": "https://example.org/ferry/fares"}]


def test_comments_are_not_story_text() -> None:
    data = _read(
        '<p class="title"><span class="c0">Ferry fares hold steady</span></p>'
        '<p><span class="c0">The ferry board kept fares at $3.</span>'
        '<sup><a href="#cmnt1" id="cmnt_ref1">[a]</a></sup></p>'
        '<p><span class="c3">Why it matters:</span><span> Fares were due to rise.</span></p>'
        '<div><p><a href="#cmnt_ref1" id="cmnt1">[a]</a><span>Is it $3 or $3.25?</span></p></div>'
    )
    assert data["lede"] == "The ferry board kept fares at $3."
    assert data["blocks"][0]["content"] == [  # type: ignore[index]
        {"type": "paragraph", "text": "Fares were due to rise."}
    ]


@pytest.mark.parametrize(
    "name", ["html-google-docs-export-rink.html", "html-google-docs-inline-bold-tool-library.html"]
)
def test_every_word_of_the_document_is_in_the_briefing(name: str) -> None:
    from lxml.html import document_fromstring

    from smartbrev.readers.html_styles import normalise

    source = read_path(CORPUS / name)
    checked = check(source)
    assert checked.doc is not None
    page = document_fromstring((CORPUS / name).read_text(encoding="utf-8"))
    normalise(page)  # comments out: they are notes to the writer
    text = " ".join(element.text_content() for element in page.iter("p", "li"))
    # Every word once (the byline stands under the headline, the model keeps it last).
    assert sorted(model_words(checked.doc)) == sorted(words(text))
