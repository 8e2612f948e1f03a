"""Each size limit: a document over it is refused with exit status 2 and one line that
names the file, the limit and what to do; one just under it is read."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from smartbrev.errors import ReadError
from smartbrev.readers.decode import DEFAULT_LIMITS, Limits
from smartbrev.readers.source import parse_text
from tests.conftest import RunCli

HEAD = "# Budget passes\n\nThe council approved the budget.\n\n"


def _blocks(count: int) -> str:
    return json.dumps(
        {
            "schema_version": "1.1",
            "lede": "The council approved the budget.",
            "blocks": [
                {
                    "axiom": "custom",
                    "label": f"Label {i}",
                    "content": [{"type": "paragraph", "text": "x"}],
                }
                for i in range(count)
            ],
        }
    )


def _parts(count: int) -> str:
    return json.dumps(
        {
            "schema_version": "1.1",
            "lede": "The council approved the budget.",
            "blocks": [
                {
                    "axiom": "details",
                    "label": "Details",
                    "content": [{"type": "bullets", "items": ["x"] * (count - 1)}],
                }
            ],
        }
    )


LIMITED = [
    # (name, what makes a document of `size`, its format, the limit, the message)
    (
        "lines",
        lambda n: HEAD + "a\n" * (n - 5),
        "markdown",
        DEFAULT_LIMITS.max_lines,
        "lines, over the limit of 50,000; split it",
    ),
    (
        "line length",
        lambda n: HEAD + "w" * n,
        "text",
        DEFAULT_LIMITS.max_line_chars,
        "characters, over the limit of 1,000,000; break it into paragraphs",
    ),
    (
        "draft size",
        lambda n: (HEAD + ("word " * 19 + "\n") * (n // 96 + 1))[:n],
        "markdown",
        DEFAULT_LIMITS.max_draft_chars,
        "characters, over the limit of 4,000,000; split it",
    ),
    (
        "blocks",
        _blocks,
        "json",
        DEFAULT_LIMITS.max_blocks,
        "blocks, over the limit of 2,000; split it",
    ),
    (
        "parts",
        _parts,
        "json",
        DEFAULT_LIMITS.max_parts,
        "paragraphs, bullets, speakers and links, over the limit of 50,000",
    ),
]


@pytest.mark.parametrize(
    ("name", "make", "fmt", "limit", "message"), LIMITED, ids=[case[0] for case in LIMITED]
)
def test_just_under_the_limit_is_read(
    name: str, make: object, fmt: str, limit: int, message: str
) -> None:
    text = make(limit)  # type: ignore[operator]
    parse_text(text, fmt, f"draft.{fmt}")


@pytest.mark.parametrize(
    ("name", "make", "fmt", "limit", "message"), LIMITED, ids=[case[0] for case in LIMITED]
)
def test_over_the_limit_is_refused(
    name: str, make: object, fmt: str, limit: int, message: str
) -> None:
    text = make(limit + 1)  # type: ignore[operator]
    with pytest.raises(ReadError) as refused:
        parse_text(text, fmt, f"draft.{fmt}")
    assert refused.value.code == "SB004"
    assert message in refused.value.message


def test_limits_are_the_documented_ones() -> None:
    # docs/security.md states each limit; this keeps the two in step.
    from tests.conftest import ROOT

    page = (ROOT / "docs" / "security.md").read_text(encoding="utf-8")
    for field in Limits.__struct_fields__:
        value = getattr(DEFAULT_LIMITS, field)
        assert f"`{field}`" in page, field
        shown = f"{value // (1024 * 1024)} MiB" if field == "max_bytes" else f"{value:,}"
        assert shown in page, (field, shown)


@pytest.mark.parametrize(
    "command", [("validate",), ("lint",), ("convert", "--to", "html", "--out-dir"), ("stats",)]
)
def test_every_command_refuses_with_one_line(
    run_cli: RunCli, tmp_path: Path, command: tuple[str, ...]
) -> None:
    over = tmp_path / "huge.md"
    over.write_text(HEAD + "a\n" * DEFAULT_LIMITS.max_lines, encoding="utf-8")
    fine = tmp_path / "fine.md"
    fine.write_text(HEAD + "**Why it matters:** Taxes stay flat.\n", encoding="utf-8")
    out = (str(tmp_path / "out"),) if command[-1] == "--out-dir" else ()
    result = run_cli(*command, *out, str(over), str(fine))
    assert result.exit_code == 2
    refusals = [
        line for line in result.output.splitlines() if "SB004" in line or "over the limit" in line
    ]
    assert len(refusals) == 1, result.output
    assert "huge.md" in result.output and "over the limit of 50,000" in result.output
    assert "Traceback" not in result.output
    if command[0] in ("validate", "lint"):
        assert "2 files" in result.output  # the other file is still checked
    if command[0] == "convert":
        assert (tmp_path / "out" / "fine.html").is_file()
