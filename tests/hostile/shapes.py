"""Hostile inputs, each a function of a size: the shapes an attack on smartbrev tried.

Each shape makes a document of about `n` characters (or `n` repetitions, where a
repeated piece is what makes it hostile). The time tests read each at sizes where time
in the square of the input would take minutes, the doubling tests count what each
costs at n and 2n, and `benchmarks/hostile.py` times them.
"""

from __future__ import annotations

import json
from collections.abc import Callable

import msgspec

SENTENCE = 'The council voted 7-2 on Tuesday to approve a budget that "raises" taxes. '


class Shape(msgspec.Struct, frozen=True):
    """A hostile document: its format, how to make it at a size, and the size the attack
    used (or one at which time in the square of the input would take minutes)."""

    fmt: str
    make: Callable[[int], str]
    size: int


def _md(body: str) -> str:
    return f"# Budget passes\n\nThe council approved the budget.\n\n{body}"


def _txt(body: str) -> str:
    return f"Budget passes\n\nThe council approved the budget.\n\n{body}"


SHAPES: dict[str, Shape] = {
    # 1. A run of spaces where a label or its closing mark is looked for.
    "bold-spaces": Shape("markdown", lambda n: _md("**a" + " " * n + "b**\n"), 100_000),
    "bold-colon-spaces": Shape("markdown", lambda n: _md("**a" + " " * n + "b:** x\n"), 100_000),
    "text-label-spaces": Shape("text", lambda n: _txt("Why" + " " * n + "x: y\n"), 100_000),
    "go-deeper-spaces": Shape(
        "markdown", lambda n: _md("**Go deeper:**\n\n- **a" + " " * n + "b**\n"), 100_000
    ),
    "text-go-deeper-spaces": Shape(
        "text", lambda n: _txt("Go deeper:\nx" + " " * n + "y\n"), 100_000
    ),
    "speaker-spaces": Shape(
        "markdown",
        lambda n: _md("**What they're saying:**\n\n**a" + " " * n + "b:** x\n"),
        100_000,
    ),
    # 3. Openings without a close: backticks, links, comments, tags, quotes.
    "backticks": Shape("markdown", lambda n: _md("Lede `" + "`" * n + "\n"), 20_000),
    "code-spans": Shape(
        "markdown", lambda n: _md("**Why it matters:** " + "`a" * n + "\n"), 20_000
    ),
    "open-links": Shape("markdown", lambda n: _md("[a](" * (n // 4) + "\n"), 40_000),
    "open-targets": Shape(
        "markdown", lambda n: _md("**Why it matters:** " + "](" * (n // 2) + "\n"), 40_000
    ),
    "open-tags": Shape(
        "markdown", lambda n: _md("**Why it matters:** " + "<a" * (n // 2) + "\n"), 40_000
    ),
    "open-comments": Shape(
        "markdown", lambda n: _md("**Why it matters:** x " + "<!--" * (n // 4) + "\n"), 40_000
    ),
    "open-guillemets": Shape(
        "markdown", lambda n: _md("**Why it matters:** " + "«a " * (n // 3) + "\n"), 40_000
    ),
    "open-curly-quotes": Shape(
        "markdown", lambda n: _md("**Why it matters:** " + "\u201ca " * (n // 3) + "\n"), 40_000
    ),
    "open-autolinks": Shape(
        "markdown", lambda n: _md("**Why it matters:** " + "<http:" * (n // 6) + "\n"), 40_000
    ),
    # Suppression comments: left open, many, or naming many unknown rules.
    "open-directives": Shape(
        "markdown", lambda n: _md("<!-- smartbrev-disable x\n" * (n // 25)), 500_000
    ),
    "many-directives": Shape(
        "markdown",
        lambda n: _md(
            "**Why it matters:** A very big deal.\n\n"
            + "<!-- smartbrev-disable weak-intensifiers -->\n\nA very big deal.\n\n" * (n // 70)
        ),
        300_000,
    ),
    "unknown-rules": Shape(
        "markdown",
        lambda n: _md(
            "<!-- smartbrev-disable " + " ".join(f"r{i}" for i in range(n // 7)) + " -->\n"
        ),
        280_000,
    ),
    # 2. Many parts: labels, speakers, paragraphs with findings, bullets, setext lines.
    "many-labels": Shape(
        "markdown", lambda n: _md("".join(f"## Label {i}\n\n" for i in range(n // 14))), 24_000
    ),
    "many-speakers": Shape(
        "markdown",
        lambda n: _md(
            "**What they're saying:**\n\n"
            + "".join(f'- **Name {i}:** "{SENTENCE}"\n' for i in range(n // 100))
        ),
        1_000_000,
    ),
    "many-findings": Shape(
        "markdown",
        lambda n: _md(
            "**Why it matters:** x\n\n"
            + "".join(f'Paragraph {i} says "a very big" utilize.\n\n' for i in range(n // 45))
        ),
        250_000,
    ),
    "open-quotes": Shape(
        "markdown",
        lambda n: _md(
            "**Why it matters:** x\n\n" + "\u201cA quotation runs on and on\n\n" * (n // 30)
        ),
        300_000,
    ),
    "why-it-matters-blocks": Shape(
        "markdown", lambda n: _md("**Why it matters:** One. Two. Three.\n\n" * (n // 38)), 300_000
    ),
    "typed-bullets": Shape(
        "markdown", lambda n: _md("**Why it matters:** x\n\n" + "• item\n\n" * (n // 8)), 200_000
    ),
    "setext": Shape("markdown", lambda n: _md("=\n" * (n // 2)), 80_000),
    "text-lines": Shape("text", lambda n: _txt((SENTENCE + "\n") * (n // 75)), 1_000_000),
    "glued-labels": Shape(
        "text", lambda n: _txt("Word.Why it matters: x " * (n // 23) + "\n"), 200_000
    ),
    "long-line": Shape(
        "markdown", lambda n: _md("**Why it matters:** " + SENTENCE * (n // 75) + "\n"), 900_000
    ),
    # Data and pages.
    "json-keys": Shape(
        "json",
        lambda n: json.dumps(
            {
                "schema_version": "1.1",
                "lede": "x",
                "blocks": [],
                "extensions": {"x-a": {f"k{i}": i for i in range(n // 12)}},
            }
        ),
        1_000_000,
    ),
    "json-blocks": Shape(
        "json",
        lambda n: json.dumps(
            {
                "schema_version": "1.1",
                "lede": "x",
                "blocks": [
                    {
                        "axiom": "custom",
                        "label": f"Label {i}",
                        "content": [{"type": "paragraph", "text": SENTENCE}],
                    }
                    for i in range(min(n // 150, 2_000))
                ],
            }
        ),
        300_000,
    ),
    "html-paragraphs": Shape(
        "html",
        lambda n: "<html><body><h1>H</h1>" + "<p>x</p>" * (n // 8) + "</body></html>",
        3_000_000,
    ),
    "html-bold-spaces": Shape(
        "html",
        lambda n: (
            "<article><h1>H</h1><p>Lede.</p><p><strong>a" + " " * n + "b:</strong> x</p></article>"
        ),
        100_000,
    ),
}
"""Every hostile shape, by name."""
