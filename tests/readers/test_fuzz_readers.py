"""Readers on arbitrary input: a briefing, or smartbrev's own error, and nothing else."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from smartbrev.errors import ReadError
from smartbrev.formats import INPUT_FORMATS
from smartbrev.readers.source import parse_bytes, parse_text
from smartbrev.schema.check import validate_data

FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Text that looks a little like each format, so the readers get past their first check.
_PIECES = st.sampled_from(
    [
        "---\n",
        "**Why it matters:** ",
        "# ",
        "- ",
        "* ",
        "> ",
        "\n\n",
        "By Ana Ortiz",
        "{",
        "}",
        "[",
        "]",
        '"',
        ":",
        "schema_version: '1.0'\n",
        "lede: x\n",
        "<p>",
        "</p>",
        "<article>",
        "<strong>",
        "&amp;",
        "`",
        "<!-- smartbrev-disable x -->",
        "\u00a0",
        "\r\n",
        "“",
        "—",
        "Go deeper:\n",
        "What they're saying:\n",
        "Name:\n",
        "&",
        "*",
        "_",
        "!!python/object",
        "&a",
        "*a",
        '"uri": "urn:x"',
        '"bodies": [',
        "\t",
        "\x00",
    ]
)
DRAFTISH = st.lists(st.one_of(_PIECES, st.text(max_size=8)), max_size=40).map("".join)


def _read(call: object) -> None:
    try:
        source = call()  # type: ignore[operator]
    except ReadError:
        return
    validate_data(source.data)


@FUZZ
@given(DRAFTISH)
@pytest.mark.parametrize("fmt", INPUT_FORMATS)
def test_text(fmt: str, text: str) -> None:
    _read(lambda: parse_text(text, fmt, f"fuzz.{fmt}"))


@FUZZ
@given(st.binary(max_size=200))
@pytest.mark.parametrize("fmt", INPUT_FORMATS)
def test_bytes(fmt: str, raw: bytes) -> None:
    _read(lambda: parse_bytes(raw, fmt, f"fuzz.{fmt}"))
