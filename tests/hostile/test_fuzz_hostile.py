"""Every reader, and every command after it, on generated hostile text for a bounded
number of examples: smartbrev's own refusal or a result, never anything else.

Pieces are drawn from what the attack tried: runs of spaces and markup openings, bidi
and zero-width characters, CR-only line ends, suppression comments, raw HTML with
handlers and `javascript:` links, template syntax, and bytes that are not UTF-8 (a lone
surrogate's encoding among them).
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from smartbrev.formats import INPUT_FORMATS
from tests.hostile.commands import COMMANDS, run

FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))

_PIECES = st.sampled_from(
    [
        "**",
        "**Why it matters:**",
        "Why it matters:",
        "What they're saying:\n",
        "Go deeper:\n",
        "\n\n",
        "\r",
        "\r\n",
        " " * 200,
        "\t",
        "\u00a0",
        "`",
        "``",
        "[a](",
        "](",
        "<",
        "<a ",
        "<!--",
        "-->",
        "<!-- smartbrev-disable",
        "<!-- smartbrev-disable-next-line SB2 -->",
        "«",
        "“",
        "‘",
        '"',
        "=\n",
        "- ",
        "• ",
        "1. ",
        "> ",
        "# ",
        "---\n",
        "\u202e",  # right-to-left override
        "\u2066",  # left-to-right isolate
        "\u200b",  # zero-width space
        "\u200d",  # zero-width joiner
        "\ufeff",
        '<p onclick="alert(1)">',
        '<a href="javascript:alert(1)">x</a>',
        "[x](javascript:alert(1))",
        "{{ 7*7 }}",
        "{% raw %}",
        "By Ana Ortiz",
        "Photo: Ana Ortiz/Axios",
        "Ana Ortiz:",
        "{",
        "}",
        "schema_version: '1.1'\n",
        '"lede": "x"',
    ]
)
HOSTILE = st.lists(st.one_of(_PIECES, st.text(max_size=6)), max_size=60).map("".join)
"""Text in the shapes of a hostile draft."""

BAD_BYTES = st.sampled_from([b"\xed\xa0\x80", b"\xff", b"\xc3", b"\x00", b"\xef\xbb\xbf"])
"""A lone surrogate's UTF-8 encoding, bytes no UTF-8 text has, NUL, a byte order mark."""


@FUZZ
@given(HOSTILE)
@pytest.mark.parametrize("fmt", INPUT_FORMATS)
def test_every_command_on_hostile_text(fmt: str, text: str) -> None:
    raw = text.encode("utf-8", "surrogatepass")
    for command in COMMANDS:
        run(command, raw, fmt)  # smartbrev's own errors are outcomes; anything else fails


@FUZZ
@given(HOSTILE, BAD_BYTES, st.integers(min_value=0, max_value=60))
@pytest.mark.parametrize("fmt", INPUT_FORMATS)
def test_reading_text_with_bad_bytes(fmt: str, text: str, bad: bytes, at: int) -> None:
    raw = text.encode("utf-8", "surrogatepass")
    run("validate", raw[:at] + bad + raw[at:], fmt)
