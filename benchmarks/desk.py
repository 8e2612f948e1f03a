#!/usr/bin/env python3
"""Time the briefing desk: server start, and keystroke to underline and to preview in Chromium.

    python benchmarks/desk.py                 # 40 keystrokes, 10 starts
    python benchmarks/desk.py --samples 100 --starts 20
    python benchmarks/desk.py --smoke         # a few of each; no times are checked

Start: from launching `smartbrev desk FOLDER --port 0` to its first answer to an API call.
Keystroke: on a 600-word draft in real copy's shape, the writer types "very " into the lede
(a weak intensifier); the time runs from the keydown of the last keystroke to the first
frame in which the new underline is in the page, and to the preview frame being handed the
new page. Each sample is then undone and its underline waited out. Measured in the page
with performance.now(); Playwright drives Debian's Chromium (`executable_path`).

Run by hand; record the numbers in docs/performance.md. No test asserts a time.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any, NamedTuple

CHROMIUM = os.environ.get("SMARTBREV_CHROMIUM", "/usr/bin/chromium")
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

LEDE = (
    "The plan is popular with riders, the transit authority said on Monday, as it set out "
    "how the city's buses and trams will run through two years of track work downtown."
)
"""The first words of the lede; "very " goes in before "popular"."""
TARGET = LEDE.index("popular")

SENTENCES = [
    "The {org} said the {thing} would cost {number} million dollars over {small} years.",
    "{person}, who {role}, said riders had asked for the change since {year}.",
    "Crews will work on the {thing} at night and on weekends to keep {place} open.",
    "The board voted {small} to {smaller} on {day} after a meeting that ran past midnight.",
    "Buses will replace trams on the {place} line from {month} until the work is done.",
    "The {org} expects about {number},000 riders a day to be affected at the busiest stops.",
    "Shops along {place} warned that a long closure could cost them customers.",
    "A similar project in {city} finished {small} months late and over budget.",
]
SLOTS = {
    "org": ["transit authority", "city council", "regional board", "finance office"],
    "thing": ["track renewal", "signal upgrade", "depot expansion", "station rebuild"],
    "number": ["12", "48", "130", "215"],
    "small": ["two", "three", "five", "seven"],
    "smaller": ["one", "two", "four"],
    "person": ["Rosa Lindgren", "Omar Haddad", "Mei Tanaka", "Jonas Berg"],
    "role": ["chairs the transit board", "runs the riders' union", "represents the east side"],
    "year": ["2019", "2021", "2022"],
    "place": ["Harbor Street", "Market Square", "Union Square", "Canal Road"],
    "day": ["Monday", "Tuesday", "Thursday"],
    "month": ["March", "June", "September"],
    "city": ["Port Ellis", "Riverton", "Ashford"],
}
LABELS = [
    "Why it matters",
    "Driving the news",
    "By the numbers",
    "What they're saying",
    "Between the lines",
    "What's next",
]


def sentence(rng: random.Random) -> str:
    template = rng.choice(SENTENCES)
    return template.format(**{key: rng.choice(values) for key, values in SLOTS.items()})


def _render(blocks: list[list[str]]) -> str:
    parts = ["# Transit authority sets out two years of downtown track work", "", LEDE, ""]
    for label, said in zip(LABELS, blocks, strict=True):
        if label == "By the numbers":
            parts += [f"**{label}:**", "", *(f"- {line}" for line in said), ""]
        elif label == "What they're saying":
            quote = " ".join(said)
            parts += [f"**{label}:**", "", f"- **Rosa Lindgren**, board member: “{quote}”", ""]
        else:
            parts += [f"**{label}:** " + " ".join(said), ""]
    parts += [
        "**Go deeper:** [The authority's plan](https://example.org/transit/plan)",
        "",
        "By Tomás Reyes",
    ]
    return "\n".join(parts) + "\n"


def draft(words: int = 600, seed: int = 7) -> str:
    """A Markdown draft of at least `words` words in the shape newsrooms write them: a
    headline, a lede, labelled blocks (bullets, a quoted speaker), a link and a byline."""
    rng = random.Random(seed)
    blocks: list[list[str]] = [[] for _ in LABELS]
    turn = 0
    while len(re.findall(r"[^\W_]+", text := _render(blocks))) < words or not all(blocks):
        blocks[turn % len(blocks)].append(sentence(rng))
        turn += 1
    return text


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def measure_start(folder: Path) -> float:
    """Seconds from launching the desk to its first answer."""
    started = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-m", "smartbrev", "desk", str(folder), "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        assert process.stdout is not None
        for line in process.stdout:
            found = re.search(r"open (http://\S+)/\?token=(\S+)", line)
            if found:
                address, token = found.groups()
                break
        else:
            raise RuntimeError("the desk printed no address")
        request = urllib.request.Request(
            f"{address}/api/session", headers={"X-Smartbrev-Token": token}
        )
        while True:
            try:
                with urllib.request.urlopen(request, timeout=5) as response:
                    response.read()
                    return time.perf_counter() - started
            except (urllib.error.URLError, ConnectionError):
                time.sleep(0.005)
    finally:
        process.terminate()
        process.wait(timeout=10)


MARKS = """() => document.querySelectorAll(".cm-content .cm-line")[2].textContent"""

PLACE = """
offset => {
  // The cursor before "popular" in the lede (the third line), set as a writer's click would.
  const line = document.querySelectorAll(".cm-content .cm-line")[2];
  const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
  let left = offset;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (left <= node.length) {
      const range = document.createRange();
      range.setStart(node, left);
      range.collapse(true);
      const selection = window.getSelection();
      selection.removeAllRanges();
      selection.addRange(range);
      return;
    }
    left -= node.length;
  }
}
"""

WATCH = """
([word, withPreview]) => ({done: new Promise(resolve => {
  const content = document.querySelector(".cm-content");
  const frame = document.querySelector("#preview");
  const times = {};
  let start = null;
  const keydown = event => { if (event.key === " ") start = performance.now(); };
  window.addEventListener("keydown", keydown, true);
  if (!withPreview) times.preview = null;
  const done = () => {
    if (times.underline === undefined || times.preview === undefined) return;
    window.removeEventListener("keydown", keydown, true);
    underline.disconnect(); preview.disconnect();
    resolve(times);
  };
  const underline = new MutationObserver(() => {
    if (start === null || times.underline !== undefined) return;
    const marks = [...content.querySelectorAll(".cm-lintRange")];
    if (marks.some(mark => mark.textContent === word)) {
      times.underline = performance.now() - start; done();
    }
  });
  const preview = new MutationObserver(() => {
    if (start === null || times.preview !== undefined) return;
    if (frame.srcdoc.includes(word + " popular")) {
      times.preview = performance.now() - start;
      done();
    }
  });
  // A sample that never completes is reported rather than waited on for ever.
  setTimeout(() => {
    times.underline ??= null;
    times.preview ??= null;
    times.late = true;
    done();
  }, 5000);
  underline.observe(content, {subtree: true, childList: true, attributes: true});
  preview.observe(frame, {attributes: true, attributeFilter: ["srcdoc"]});
})})
"""
"""Watches for the next sample; wrapped in an object, as Playwright would otherwise wait
for the promise before the keys are even typed."""


def measure_engine(folder: Path, samples: int) -> tuple[list[float], list[float]]:
    """Milliseconds of the desk's own work per keystroke, in this process, without HTTP or
    the browser: reading and linting the draft (the review), and rendering its page."""
    from smartbrev.desk import engine
    from smartbrev.desk.review import preview, review

    settings = engine.settings_for(folder / "transit.md")
    texts = [draft(), draft().replace("is popular", "is very popular", 1)]
    reviews: list[float] = []
    pages: list[float] = []
    for number in range(samples + 1):
        text = texts[number % 2] + " " * number  # a new text each time, as typing makes
        started = time.perf_counter()
        checked = engine.check(text, "markdown", "transit.md", settings)
        review(checked, settings, "markdown")
        reviewed = time.perf_counter()
        preview(checked)
        if number:  # the first one loads the rules and compiles the template
            reviews.append((reviewed - started) * 1000)
            pages.append((time.perf_counter() - reviewed) * 1000)
    return reviews, pages


class Keystrokes(NamedTuple):
    """Milliseconds from a keystroke to what it changed, one entry per sample."""

    underline: list[float]
    """With the coach on screen (the preview is not rendered then)."""
    underline_beside_preview: list[float]
    """With the preview on screen, rendered after each review."""
    preview: list[float]


def _sample(page: Any, with_preview: bool, delay: float) -> dict[str, Any]:
    """Type "very " into the lede, time it, then take it out again."""
    from playwright.sync_api import expect

    page.locator(".cm-content").click()
    page.evaluate(PLACE, TARGET)
    waiting = page.evaluate_handle(WATCH, ["very", with_preview])
    page.keyboard.type("very ", delay=delay)
    times: dict[str, Any] = waiting.evaluate("watch => watch.done")
    if times.get("late"):
        raise RuntimeError(f"a sample saw no underline; the lede read: {page.evaluate(MARKS)}")
    for _ in "very ":
        page.keyboard.press("Backspace")
    expect(page.locator(".cm-lintRange", has_text="very")).to_have_count(0, timeout=10_000)
    return times


def measure_keystrokes(folder: Path, samples: int, delay: float) -> Keystrokes:
    """Keystroke to underline with the coach on screen, then keystroke to underline and to
    the new preview with the preview on screen."""
    from playwright.sync_api import expect, sync_playwright

    from smartbrev.desk.serve import running

    text = draft()
    result = Keystrokes([], [], [])
    with running(folder) as url, sync_playwright() as driver:
        browser = driver.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        page.goto(url)
        expect(page.locator("#findings-count")).not_to_be_empty(timeout=15_000)
        page.locator(".cm-content").click()
        page.keyboard.press("Control+a")
        page.keyboard.press("Delete")
        page.keyboard.insert_text(text)
        blocks = len(re.findall(r"^\*\*", text, re.MULTILINE))
        expect(page.locator("#structure .block")).to_have_count(blocks, timeout=15_000)
        for _ in range(samples):
            result.underline.append(_sample(page, False, delay)["underline"])
        page.click("#tab-preview")
        for _ in range(samples):
            times = _sample(page, True, delay)
            result.underline_beside_preview.append(times["underline"])
            result.preview.append(times["preview"])
        browser.close()
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--samples", type=int, default=40, help="keystrokes timed")
    parser.add_argument("--starts", type=int, default=10, help="server starts timed")
    parser.add_argument(
        "--delay",
        type=float,
        default=80,
        help="milliseconds between keystrokes (80: a fast typist, about 150 words a minute)",
    )
    parser.add_argument("--smoke", action="store_true", help="a few of each, to check it runs")
    parser.add_argument("--json", action="store_true", help="print the numbers as JSON")
    options = parser.parse_args()
    if options.smoke:
        options.samples, options.starts = 3, 2
    load_before = os.getloadavg()[0]
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        (folder / "transit.md").write_text(draft(), encoding="utf-8")
        starts = [measure_start(folder) * 1000 for _ in range(options.starts)]
        keys = measure_keystrokes(folder, options.samples, options.delay)
        reviews, pages = measure_engine(folder, options.samples * 5)
    words = len(re.findall(r"[^\W_]+", draft()))
    load = (load_before, os.getloadavg()[0])
    measures = {
        "server start to first answer": starts,
        "keystroke to underline": keys.underline,
        "  the same, preview on screen": keys.underline_beside_preview,
        "keystroke to preview": keys.preview,
        "review in process (no HTTP)": reviews,
        "page render in process": pages,
    }
    if options.json:
        print(json.dumps({"draft_words": words, "load_average": load, "ms": measures}, indent=2))
        return
    print(
        f"draft: {words} words; {options.samples} keystrokes {options.delay:g} ms apart for "
        f"each of the coach and the preview, {len(starts)} starts; load average "
        f"{load[0]:.1f} before, {load[1]:.1f} after ({os.cpu_count()} cores)"
    )
    print(f"{'measure':<32}{'median ms':>10}{'p95 ms':>10}{'max ms':>10}")
    for name, values in measures.items():
        print(
            f"{name:<32}{statistics.median(values):>10.0f}{percentile(values, 0.95):>10.0f}"
            f"{max(values):>10.0f}"
        )


if __name__ == "__main__":
    main()
