"""The desk in a real browser (Debian's Chromium, driven by Playwright): type a draft and see
it coached, fix it, see the preview change, complete a label, export every format, open and
save files and be refused outside the folder, stay inert to a hostile draft, and pass
axe-core with the keyboard alone, in light and dark, at 320 px wide.

One browser serves the whole module; each test gets a fresh desk and page. Every test
also checks that the page raised no error and broke no rule of its Content-Security-Policy.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import expect, sync_playwright

from smartbrev.desk.serve import running
from tests.conftest import RunCli
from tests.desk.browser import CHROMIUM_ARGS, axe_script, chromium_path, screenshot_dir
from tests.desk.helpers import draft

COUNCIL = "council-vote.md"
WATCH = """
window.__problems = [];
document.addEventListener("securitypolicyviolation", (event) => {
  const where = `${event.sourceFile}:${event.lineNumber}:${event.columnNumber}`;
  window.__problems.push(`CSP ${event.violatedDirective} ${event.blockedURI} ${where}`);
});
"""


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    executable = chromium_path()
    with sync_playwright() as driver:
        launched = driver.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture
def desk_url(folder: Path) -> Iterator[str]:
    with running(folder) as url:
        yield url


def open_desk(
    browser: Any, url: str, *, scripts: tuple[str, ...] = (), **options: Any
) -> tuple[Any, list[str]]:
    """A fresh page on the desk, its first review shown; returns it with its error list.
    `scripts` run in the page before its own (as a browser extension's would: the page's
    policy does not apply to them)."""
    context = browser.new_context(
        viewport=options.pop("viewport", {"width": 1280, "height": 860}),
        accept_downloads=True,
        **options,
    )
    context.set_default_timeout(15_000)
    for script in (WATCH, *scripts):
        context.add_init_script(script)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(f"page error: {error}"))
    page.on("dialog", lambda dialog: (errors.append(f"dialog: {dialog.message}"), dialog.dismiss()))
    page.goto(url)
    expect(page.locator("#findings-count")).not_to_be_empty()
    return page, errors


@pytest.fixture
def page(browser: Any, desk_url: str) -> Iterator[Any]:
    page, errors = open_desk(browser, desk_url)
    yield page
    errors.extend(page.evaluate("window.__problems"))
    page.context.close()
    assert errors == []


def editor(page: Any) -> Any:
    return page.locator(".cm-content")


def set_text(page: Any, text: str) -> None:
    """Replace the draft, as a writer pasting one would. (Typing over a selection of several
    lines makes Chromium's own editing try a style attribute, which the policy blocks and
    the editor redraws anyway; deleting first keeps the policy watch meaningful.)"""
    editor(page).click()
    page.keyboard.press("Control+a")
    page.keyboard.press("Delete")
    if text:
        page.keyboard.insert_text(text)


def finding(page: Any, code: str) -> Any:
    return page.locator(f'#findings [data-code="{code}"]')


def test_a_draft_is_coached_as_it_is_typed_and_fixed_in_one_click(page: Any) -> None:
    previews: list[str] = []
    page.on("request", lambda r: previews.append(r.url) if "/api/preview" in r.url else None)
    set_text(page, draft(COUNCIL))
    expect(finding(page, "SB202")).to_have_count(1)
    expect(finding(page, "SB202")).to_contain_text("lede is")
    expect(page.locator(".cm-lintRange-info", has_text="utilize")).to_have_count(1)
    page.locator(".cm-line", has_text="What they're saying").click()
    page.keyboard.press("Home")
    page.keyboard.type("Unions call it very good news.\n\n")
    expect(page.locator(".cm-lintRange", has_text="very")).to_have_count(1)
    expect(finding(page, "SB502")).to_have_count(1)
    assert previews == []  # the page is rendered only while it is on screen

    page.click("#tab-preview")
    preview = page.frame_locator("#preview")
    expect(preview.locator("h1")).to_have_text("Council backs a four-day week for city staff")
    expect(preview.locator("body")).to_contain_text("region's largest employer")
    page.click("#tab-coach")
    finding(page, "SB403").locator("button.fix").click()
    expect(editor(page)).to_contain_text("region’s largest employer")
    page.click("#tab-preview")
    expect(preview.locator("body")).to_contain_text("region’s largest employer")

    page.click("#tab-coach")
    finding(page, "SB504").locator("button.fix").click()
    expect(page.locator("#confirm")).to_be_visible()
    expect(page.locator("#confirm-message")).to_contain_text("may change what the sentence means")
    page.click("#confirm-ok")
    expect(editor(page)).to_contain_text("they will use the savings")
    expect(finding(page, "SB504")).to_have_count(0)


def test_labels_are_marked_where_the_reader_found_them_and_completed(page: Any) -> None:
    set_text(page, "")
    page.keyboard.type("# Ferry fares stay the same\n\nFares will not rise next year.\n\n**Why")
    chosen = page.locator(".cm-tooltip-autocomplete li[aria-selected]")
    expect(chosen).to_contain_text("Why it matters")
    page.wait_for_timeout(150)  # the editor ignores Enter in a list that has only just opened
    page.keyboard.press("Enter")
    page.keyboard.type("Commuters feared a rise.")
    expect(editor(page)).to_contain_text("**Why it matters:** Commuters feared a rise.")
    expect(page.locator(".cm-sb-label", has_text="Why it matters")).to_have_count(1)
    page.keyboard.type("\n\n**Why this is big:** It is.")
    expect(page.locator(".cm-sb-label-custom", has_text="Why this is big")).to_have_count(1)
    page.click("#tab-structure")
    expect(page.locator("#structure .block-custom .axiom")).to_have_text("custom")


def test_every_format_exports_as_a_download_that_reads_back(
    page: Any, tmp_path: Path, run_cli: RunCli
) -> None:
    set_text(page, draft("ferry-deal.txt"))
    page.select_option("#format", "text")
    expect(page.locator("#structure .block")).to_have_count(4)
    page.click("#tab-export")
    names = {}
    for button in page.locator("#exports button").all():
        with page.expect_download() as started:
            button.click()
        download = started.value
        saved = tmp_path / download.suggested_filename
        download.save_as(saved)
        names[button.get_attribute("data-format")] = saved
    assert sorted(path.name for path in names.values()) == [
        "port-ellis-gets-its-airport-ferry-ninjs-2.2.ninjs.json",
        "port-ellis-gets-its-airport-ferry.eml",
        "port-ellis-gets-its-airport-ferry.html",
        "port-ellis-gets-its-airport-ferry.json",
        "port-ellis-gets-its-airport-ferry.md",
        "port-ellis-gets-its-airport-ferry.ninjs.json",
        "port-ellis-gets-its-airport-ferry.txt",
        "port-ellis-gets-its-airport-ferry.yaml",
    ]
    readable = [str(path) for fmt, path in names.items() if fmt not in ("html", "email")]
    assert "multipart/alternative" in names["email"].read_text()
    assert run_cli("validate", *readable).exit_code == 0
    again = run_cli("convert", str(names["html"]), "--to", "json")
    assert again.exit_code == 0
    assert json.loads(again.stdout) == json.loads(names["json"].read_text())


def test_files_open_and_save_in_the_folder_and_nowhere_else(
    page: Any, folder: Path, tmp_path: Path
) -> None:
    page.locator(".file-button", has_text="ferry-deal.txt").click()
    expect(page.locator("#file-name")).to_have_text("ferry-deal.txt")
    expect(page.locator("#format")).to_have_value("text")
    page.locator(".cm-line", has_text="would cut it to 12").click()
    page.keyboard.press("End")
    page.keyboard.type(" Tickets will cost the same as a bus fare.")
    expect(page.locator("#file-name")).to_contain_text("unsaved changes")
    page.click("#save")
    expect(page.locator("#status")).to_have_text("Saved ferry-deal.txt")
    assert "as a bus fare." in (folder / "ferry-deal.txt").read_text()

    page.click("#save-as-button")
    page.fill("#save-as-path", "../escape.txt")
    page.keyboard.press("Enter")
    expect(page.locator("#status")).to_contain_text("outside the folder")
    assert not (tmp_path / "escape.txt").exists()

    page.click("#save-as-button")
    page.fill("#save-as-path", "drafts/ferry-copy.txt")
    page.keyboard.press("Enter")
    expect(page.locator("#status")).to_have_text("Saved drafts/ferry-copy.txt")
    assert (folder / "drafts" / "ferry-copy.txt").read_text() == (
        folder / "ferry-deal.txt"
    ).read_text()
    expect(page.locator(".file-button", has_text="drafts/ferry-copy.txt")).to_have_count(1)


def test_the_draft_survives_a_reload(page: Any) -> None:
    set_text(page, draft(COUNCIL).replace("four-day week", "four-day working week", 1))
    page.wait_for_timeout(400)  # the draft is kept a moment after the last keystroke
    page.reload()
    expect(editor(page)).to_contain_text("four-day working week")


HOSTILE = """# <img src=x onerror="window.top.__pwned = 1"> Council news

The council met <script>window.top.__pwned = 2</script> on Tuesday and voted.

**Why it matters <b onmouseover="window.top.__pwned = 3">x</b>:** See
[this](javascript:window.top.__pwned=4).

**Go deeper:** [Minutes](javascript:alert(1))

By <svg onload="window.top.__pwned = 5">Staff</svg>
"""


def test_a_hostile_draft_runs_no_script_anywhere(page: Any) -> None:
    set_text(page, HOSTILE)
    expect(page.locator("#structure .block")).to_have_count(2)
    for tab in ("#tab-coach", "#tab-preview", "#tab-structure"):
        page.click(tab)
        page.locator(".panel:visible").hover()
    preview = page.frame_locator("#preview")
    expect(preview.locator("h1")).to_contain_text("<img src=x")
    assert preview.locator("img, script:not([type]), svg, b").count() == 0
    for link in preview.locator("a").all():
        assert not (link.get_attribute("href") or "").lower().startswith("javascript")
    assert page.locator("#findings img, #structure img, #findings svg, #structure b").count() == 0
    assert page.evaluate("window.__pwned") is None


def axe_violations(page: Any) -> list[str]:
    found = page.evaluate(
        "async () => (await axe.run(document, {resultTypes: ['violations']})).violations"
        ".filter(v => ['serious', 'critical'].includes(v.impact))"
        ".map(v => `${v.id}: ${v.help} (${v.nodes.map(n => n.target.join(' ')).join(', ')})`)"
    )
    return list(found)


def test_keyboard_alone_and_axe_core_in_light_dark_and_narrow(
    browser: Any, desk_url: str, tmp_path: Path
) -> None:
    axe = axe_script()
    shots = screenshot_dir(tmp_path / "screenshots")
    page, errors = open_desk(browser, desk_url, scripts=(axe,))
    try:
        page.keyboard.press("Tab")
        expect(page.locator(".skip-link")).to_be_focused()
        page.keyboard.press("Enter")
        page.keyboard.press("Tab")
        expect(editor(page)).to_be_focused()
        set_text(page, draft(COUNCIL))
        expect(finding(page, "SB202")).to_have_count(1)
        page.screenshot(path=str(shots / "desk-coach.png"))
        assert axe_violations(page) == []
        page.locator(".cm-line", has_text="What they're saying").click()
        page.keyboard.press("Home")
        page.keyboard.press("Enter")
        page.keyboard.press("ArrowUp")
        page.keyboard.type("**Be")
        expect(page.locator(".cm-tooltip-autocomplete")).to_be_visible()
        page.screenshot(path=str(shots / "desk-completion.png"))
        assert axe_violations(page) == []
        page.keyboard.press("Escape")
        set_text(page, draft(COUNCIL))

        page.focus("#tab-coach")
        for name in ("preview", "structure", "export"):
            page.keyboard.press("ArrowRight")
            expect(page.locator(f"#tab-{name}")).to_be_focused()
            expect(page.locator(f"#panel-{name}")).to_be_visible()
            page.wait_for_timeout(200)
            page.screenshot(path=str(shots / f"desk-{name}.png"))
            assert axe_violations(page) == [], name
        page.keyboard.press("Home")
        expect(page.locator("#panel-coach")).to_be_visible()
    finally:
        errors.extend(page.evaluate("window.__problems"))
        page.context.close()
    assert errors == []

    for name, options in (
        ("dark", {"color_scheme": "dark"}),
        ("narrow", {"viewport": {"width": 320, "height": 900}}),
    ):
        page, errors = open_desk(browser, desk_url, scripts=(axe,), **options)
        try:
            width = page.evaluate("document.documentElement.scrollWidth")
            assert width <= page.viewport_size["width"], f"{name}: scrolls sideways"
            page.screenshot(path=str(shots / f"desk-{name}.png"), full_page=name == "narrow")
            assert axe_violations(page) == [], name
        finally:
            errors.extend(page.evaluate("window.__problems"))
            page.context.close()
        assert errors == []
