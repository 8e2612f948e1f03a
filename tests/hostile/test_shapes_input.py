"""Input shapes a hostile draft may take, read as the text they are and nothing more."""

from __future__ import annotations

from pathlib import Path

from smartbrev.readers.source import parse_text
from tests.conftest import RunCli

HEAD = "# Budget passes\n\nThe council approved the budget.\n\n"


def test_bidi_and_zero_width_characters_stay_in_the_text() -> None:
    text = HEAD + "**Why it matters:** Taxes \u202eylf\u202c stay\u200b flat.\n"
    data = parse_text(text, "markdown", "bidi.md").data
    assert data["blocks"][0]["content"][0]["text"] == "Taxes \u202eylf\u202c stay\u200b flat."


def test_carriage_returns_alone_end_lines() -> None:
    text = HEAD.replace("\n", "\r") + "**Why it matters:** Taxes stay flat.\r"
    data = parse_text(text, "markdown", "cr.md").data
    assert data["headline"] == "Budget passes"
    assert data["blocks"][0]["label"] == "Why it matters"


def test_lone_surrogate_bytes_are_refused(run_cli: RunCli, tmp_path: Path) -> None:
    path = tmp_path / "surrogate.md"
    path.write_bytes(HEAD.encode() + b"Taxes \xed\xa0\x80 flat.\n")
    result = run_cli("validate", "--output-format", "concise", str(path))
    assert result.exit_code == 2
    assert "surrogate.md:5:7: error[SB001] unreadable-file: invalid UTF-8" in result.output


def test_handlers_and_javascript_links_never_reach_html_output(
    run_cli: RunCli, tmp_path: Path
) -> None:
    path = tmp_path / "page.html"
    path.write_text(
        '<article><h1>Budget passes</h1><p onclick="steal()">The council approved it.'
        '</p><p><b>Go deeper:</b></p><ul><li><a href="javascript:steal()">Read</a></li>'
        "</ul></article>",
        encoding="utf-8",
    )
    result = run_cli("convert", str(path), "--to", "html", "--fragment")
    assert result.exit_code in (0, 1), result.output
    assert "onclick" not in result.stdout
    assert 'href="javascript:' not in result.stdout


def test_template_syntax_in_text_is_text(run_cli: RunCli, tmp_path: Path) -> None:
    path = tmp_path / "draft.md"
    path.write_text(HEAD + "**Why it matters:** {{ 7*7 }} and {% raw %} stay.\n", "utf-8")
    result = run_cli("convert", str(path), "--to", "html", "--fragment")
    assert result.exit_code == 0, result.output
    assert "{{ 7*7 }} and {% raw %} stay." in result.stdout
    assert "49" not in result.stdout
