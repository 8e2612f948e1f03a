"""`--to email`: a MIME message with text and HTML alternatives, every style inlined,
table layout, no script, images with width, height and alt, read the same at 320 and
600 pixels wide in Chromium."""

from __future__ import annotations

import email
import os
import re
from email.message import Message
from pathlib import Path

import pytest
from lxml.html import document_fromstring

from smartbrev.convert import convert_source, to_document
from smartbrev.model import Briefing
from smartbrev.readers.source import parse_text, read_path
from smartbrev.words import model_words, words
from tests.conftest import DATA, ROOT

PAGE = DATA / "real-shapes" / "txt-newsletter-local-numbered.txt"
IMAGE = (
    "# Ferry fares hold\n\n![A ferry at the dock](https://example.org/ferry.jpg)\n\n"
    "The ferry board kept fares at $3 for a fourth year on Monday.\n\n"
    "**Why it matters:** Fares were due to rise.\n\n"
    "**Go deeper:** [The fare table](https://example.org/fares)\n\nBy Ana Ortiz\n"
)


def _parts(message_text: str) -> dict[str, str]:
    message = email.message_from_string(message_text)
    assert message.get_content_type() == "multipart/alternative"
    found: dict[str, str] = {}
    for part in message.walk():
        if isinstance(part, Message) and not part.is_multipart():
            payload = part.get_payload(decode=True)
            assert isinstance(payload, bytes)
            found[part.get_content_type()] = payload.decode(part.get_content_charset() or "utf-8")
    return found


def _message(source_path: Path | None = None, text: str | None = None) -> str:
    source = read_path(source_path) if source_path else parse_text(text or "", "markdown", "d.md")
    return convert_source(source, "email")


@pytest.mark.parametrize("case", ["edition", "briefing"])
def test_a_message_of_two_alternatives_holding_every_word(case: str) -> None:
    source = read_path(PAGE) if case == "edition" else parse_text(IMAGE, "markdown", "d.md")
    document = to_document(source)
    parts = _parts(convert_source(source, "email"))
    assert list(parts) == ["text/plain", "text/html"]
    items = document.items if not isinstance(document, Briefing) else (document,)
    html_words = words(document_fromstring(parts["text/html"]).text_content())
    text_words = words(parts["text/plain"])
    for item in items:
        for word in model_words(item):
            assert word in html_words and word in text_words, word
    assert "x-furniture" not in parts["text/plain"]  # metadata is not for readers


def test_every_style_is_inlined_and_the_layout_is_email_safe() -> None:
    html = _parts(_message(text=IMAGE))["text/html"]
    page = document_fromstring(html)
    assert page.xpath("//style") == []
    assert page.xpath("//script") == [] and "javascript:" not in html
    assert page.xpath("//link") == []  # no remote style sheet or font
    for element in page.xpath("//*[@class]"):
        assert element.get("style"), f"<{element.tag} class={element.get('class')}> not inlined"
    tables = page.xpath("//table")
    assert tables and all(t.get("role") == "presentation" for t in tables)
    [image] = page.xpath("//img")
    assert image.get("alt") == "A ferry at the dock"
    assert image.get("width") and image.get("height")


def test_the_same_document_gives_the_same_bytes() -> None:
    assert _message(PAGE) == _message(PAGE)
    boundary = re.search(r'boundary="([^"]+)"', _message(PAGE))
    assert boundary is not None and boundary.group(1).startswith("smartbrev-")


def _chromium() -> str:
    from tests.desk.browser import chromium_path

    return chromium_path()


@pytest.mark.parametrize("width", [320, 600])
def test_it_reads_in_chromium_at_phone_and_desktop_widths(width: int, tmp_path: Path) -> None:
    playwright = pytest.importorskip("playwright.sync_api")
    from tests.desk.browser import CHROMIUM_ARGS

    html = _parts(_message(PAGE))["text/html"]
    executable = _chromium()
    with playwright.sync_playwright() as driver:
        browser = driver.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": width, "height": 900})
            page.route("**/*", lambda route: route.abort())  # no network: nothing remote
            page.set_content(html)
            overflow = page.evaluate("document.documentElement.scrollWidth")
            sheet = page.evaluate("document.querySelector('table.sheet').offsetWidth")
            text = page.inner_text("body")
            shots = os.environ.get("SMARTBREV_EMAIL_SCREENSHOTS")
            folder = Path(shots) if shots else tmp_path
            page.screenshot(path=str(folder / f"email-{width}.png"), full_page=False)
        finally:
            browser.close()
    assert overflow <= width, "the message scrolls sideways"
    assert sheet == min(width, 600)
    assert "1 big thing: The lake trail's missing mile" in text
    assert "Food truck rules loosen" in text


def test_the_docs_show_screenshots_at_both_widths() -> None:
    doc = (ROOT / "docs" / "formats.md").read_text(encoding="utf-8")
    for width in (320, 600):
        assert f"images/email/email-{width}.png" in doc
        assert (ROOT / "docs" / "images" / "email" / f"email-{width}.png").is_file()
