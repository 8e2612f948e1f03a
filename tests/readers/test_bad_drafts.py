"""Broken drafts: a clear diagnostic or a one-line error, never a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import RunCli


@pytest.mark.parametrize(
    ("name", "content", "exit_code", "expected"),
    [
        ("empty.md", "", 2, "error[SB001] unreadable-file: file is empty"),
        ("blank.txt", " \n\u00a0\n", 2, "error[SB001] unreadable-file: file is empty"),
        (
            "no-lede.md",
            "**Why it matters:** Taxes.\n",
            1,
            ":1:1: error[SB011] missing-field: missing required field `lede`",
        ),
        (
            "heading-only.md",
            "# Just a headline\n",
            1,
            ":1:1: error[SB006] not-a-briefing: the file has neither a lede nor any label",
        ),
        (
            "changelog.md",
            "# Changelog\n\n## 0.2.0\n\n- Faster reading\n- Fewer bugs\n",
            1,
            ":1:1: error[SB006] not-a-briefing",
        ),
        ("front-matter-only.md", "---\ntitle: About us\ndraft: true\n---\n", 1, "[SB006]"),
        ("comment-only.md", "<!-- to be written -->\n", 1, "[SB006]"),
        (
            "unclosed.md",
            "---\nid: x\n\nLede.\n",
            2,
            ":1:1: error[SB002] invalid-syntax: front matter opened on line 1 is never closed",
        ),
        (
            "list-front.md",
            "---\n- a\n- b\n---\nLede.\n",
            2,
            "front matter must be a mapping of fields",
        ),
        ("bad-yaml-front.md", "---\nid: [x\n---\nLede.\n", 2, ":3:1: error[SB002]"),
        (
            "wrong-front.md",
            "---\nmeta: soon\n---\nLede.\n",
            1,
            ":2:7: error[SB013] wrong-type",
        ),
        (
            "deep.md",
            "Lede.\n\n**Details:**\n\n" + "".join("  " * i + "- x\n" for i in range(40)),
            2,
            "error[SB004] input-too-large: lists or block quotes are nested too deeply",
        ),
        ("quotes.md", "Lede.\n\n" + ">" * 50 + " deep\n", 2, "nested too deeply"),
    ],
)
def test_bad_draft(
    run_cli: RunCli, tmp_path: Path, name: str, content: str, exit_code: int, expected: str
) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    result = run_cli("validate", "--output-format", "concise", str(path))
    assert result.exit_code == exit_code, result.stdout
    assert expected in result.stdout
    assert "Traceback" not in result.output


def test_empty_label_is_a_valid_block_for_the_linter_to_judge(
    run_cli: RunCli, tmp_path: Path
) -> None:
    path = tmp_path / "empty-label.md"
    path.write_text("Lede.\n\n**Why it matters:**\n\n**Go deeper:**\n")
    result = run_cli("convert", str(path), "--to", "json")
    assert result.exit_code == 0
    assert '"content": []' in result.stdout
    assert '"links": []' in result.stdout


def test_html_blocks_are_kept_as_text(run_cli: RunCli, tmp_path: Path) -> None:
    path = tmp_path / "html.md"
    path.write_text("Lede.\n\n**Details:**\n\n<script>alert('x')</script>\n")
    result = run_cli("convert", str(path), "--to", "json")
    assert result.exit_code == 0
    assert "<script>alert('x')</script>" in result.stdout


def test_invalid_utf8_draft(run_cli: RunCli, tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes("Lede café.\n".encode("latin-1"))
    result = run_cli("validate", "--output-format", "concise", str(path))
    assert result.exit_code == 2
    assert "invalid UTF-8 at byte offset 8" in result.stdout


def test_paragraph_just_under_the_line_limit(run_cli: RunCli, tmp_path: Path) -> None:
    path = tmp_path / "huge.md"
    path.write_text("Lede " + "word " * 199_000 + "\n")  # 995,005 characters on one line
    result = run_cli("validate", str(path))
    assert result.exit_code == 0
    assert "1 file checked: 1 valid" in result.stdout


def test_not_a_briefing_is_reported_alone(run_cli: RunCli, tmp_path: Path) -> None:
    # Not "missing lede", not "a list before the first label": one finding that says
    # what the file is, for validate and lint alike.
    path = tmp_path / "CHANGES.md"
    path.write_text("# Changes\n\n- Faster reading\n  - nested\n", encoding="utf-8")
    for command in ("validate", "lint"):
        result = run_cli(command, "--output-format", "concise", "-q", str(path))
        assert result.exit_code == 1
        assert [line.split(": ", 2)[1] for line in result.stdout.splitlines()] == [
            "error[SB006] not-a-briefing"
        ], result.stdout


def test_a_draft_with_a_lede_or_a_label_is_still_a_briefing(
    run_cli: RunCli, tmp_path: Path
) -> None:
    lede_only = tmp_path / "lede.txt"
    lede_only.write_text("The council approved the budget on Tuesday.\n", encoding="utf-8")
    label_only = tmp_path / "label.md"
    label_only.write_text("**Why it matters:** Taxes stay flat.\n", encoding="utf-8")
    from_front = tmp_path / "front.md"
    from_front.write_text("---\nlede: Taxes stay flat.\n---\n", encoding="utf-8")
    result = run_cli("validate", "--output-format", "concise", str(tmp_path))
    assert "SB006" not in result.stdout
    assert "label.md:1:1: error[SB011] missing-field: missing required field `lede`" in (
        result.stdout
    )


def test_five_megabyte_draft_is_over_the_draft_limit(run_cli: RunCli, tmp_path: Path) -> None:
    path = tmp_path / "huge.md"
    path.write_text("Lede " + "word " * 1_000_000 + "\n")
    result = run_cli("validate", "--output-format", "concise", str(path))
    assert result.exit_code == 2
    assert "huge.md: error[SB004] input-too-large: draft has 5,000" in result.stdout
    assert "over the limit of 4,000,000; split it into briefings of their own" in result.stdout
