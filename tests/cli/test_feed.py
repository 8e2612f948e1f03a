"""`smartbrev feed` on the command line: output, options, and what it does with bad input."""

from __future__ import annotations

import json
import re
import shlex
import shutil
from pathlib import Path

import pytest

from tests.conftest import EDITION, EXAMPLES, ROOT, RunCli

SITE = "https://news.example/"


def _titles(text: str) -> list[str]:
    return [item["title"] for item in json.loads(text)["items"]]


def test_o_writes_the_feed_and_says_how_many_entries(run_cli: RunCli, newsroom: Path) -> None:
    out = newsroom.parent / "feed.xml"
    result = run_cli("feed", str(newsroom), "--to", "atom", "-o", str(out))
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    assert f"{out}: 7 entries" in result.stderr
    assert out.read_text(encoding="utf-8").startswith("<?xml")
    again = run_cli("feed", str(newsroom), "--to", "atom", "-o", "-")
    assert again.stdout == out.read_text(encoding="utf-8")


def test_a_briefing_without_a_published_date_is_left_out_with_a_note(
    run_cli: RunCli, newsroom: Path
) -> None:
    result = run_cli("feed", str(newsroom), "--to", "jsonfeed")
    assert result.exit_code == 0, result.stderr
    notes = [line for line in result.stderr.splitlines() if "no meta.published" in line]
    assert notes == [
        f"smartbrev: note: {newsroom / 'ferry-deal.txt'}: left out of the feed: no meta.published",
        f"smartbrev: note: {newsroom / 'drafts' / 'marina-parking.md'}: left out of the feed: "
        "no meta.published",
    ]
    assert "Marina parking rates go up in spring" not in _titles(result.stdout)


def test_limit_keeps_the_newest(run_cli: RunCli, newsroom: Path) -> None:
    result = run_cli("feed", str(newsroom), "--to", "jsonfeed", "--limit", "2")
    assert result.exit_code == 0, result.stderr
    assert _titles(result.stdout) == [
        "Harbor bridge reopens two weeks early",
        "Riverton schools test free breakfast for every pupil",
    ]


def test_title_link_id_and_description_describe_the_feed(run_cli: RunCli, newsroom: Path) -> None:
    result = run_cli(
        "feed",
        str(newsroom),
        "--to",
        "rss",
        "--title",
        "Riverton Daily",
        "--link",
        SITE,
        "--id",
        "tag:news.example,2026:briefs",
        "--description",
        "The day's briefings",
    )
    assert result.exit_code == 0, result.stderr
    assert "<title>Riverton Daily</title>" in result.stdout
    assert f"<link>{SITE}</link>" in result.stdout
    assert "<description>The day's briefings</description>" in result.stdout
    atom = run_cli("feed", str(newsroom), "--to", "atom", "--id", "tag:news.example,2026:briefs")
    assert "<id>tag:news.example,2026:briefs</id>" in atom.stdout
    assert f"<title>{newsroom.name}</title>" in atom.stdout  # the folder's name by default


def test_rss_needs_the_site_link(run_cli: RunCli, newsroom: Path) -> None:
    result = run_cli("feed", str(newsroom), "--to", "rss")
    assert result.exit_code == 2
    assert "--to rss needs --link" in result.stderr
    assert result.stdout == ""


def test_an_empty_folder_is_exit_2_with_one_line_and_nothing_written(
    run_cli: RunCli, tmp_path: Path
) -> None:
    (tmp_path / "empty").mkdir()
    out = tmp_path / "feed.xml"
    result = run_cli("feed", str(tmp_path / "empty"), "--to", "atom", "-o", str(out))
    assert result.exit_code == 2
    assert "no briefing files found" in result.stderr
    assert "nothing written" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 2
    assert not out.exists()


def test_a_folder_of_unpublished_drafts_is_exit_2(run_cli: RunCli, tmp_path: Path) -> None:
    shutil.copy(EXAMPLES / "ferry-deal.txt", tmp_path)
    result = run_cli("feed", str(tmp_path), "--to", "jsonfeed")
    assert result.exit_code == 2
    assert "no published briefing to make a feed of" in result.stderr
    assert result.stdout == ""


def test_an_unreadable_file_is_named_and_the_rest_still_make_the_feed(
    run_cli: RunCli, newsroom: Path
) -> None:
    (newsroom / "broken.json").write_text('{"schema_version": "1.0", "lede": ', encoding="utf-8")
    (newsroom / "bad.yaml").write_text("schema_version: '1.0'\nblocks: []\n", encoding="utf-8")
    result = run_cli("feed", str(newsroom), "--to", "jsonfeed")
    assert result.exit_code == 2
    [broken] = [line for line in result.stderr.splitlines() if "broken.json" in line]
    assert broken.startswith(f"smartbrev: error: {newsroom / 'broken.json'}:")
    [bad] = [line for line in result.stderr.splitlines() if "bad.yaml" in line]
    assert "left out of the feed" in bad
    assert len(_titles(result.stdout)) == 7


def test_an_invalid_briefing_alone_is_exit_1(run_cli: RunCli, newsroom: Path) -> None:
    (newsroom / "bad.yaml").write_text("schema_version: '1.0'\nblocks: []\n", encoding="utf-8")
    result = run_cli("feed", str(newsroom), "--to", "jsonfeed")
    assert result.exit_code == 1
    assert len(_titles(result.stdout)) == 7


def test_a_json_feed_written_into_the_folder_is_not_read_as_a_briefing(
    run_cli: RunCli, newsroom: Path
) -> None:
    out = newsroom / "feed.json"
    for _ in range(2):
        result = run_cli("feed", str(newsroom), "--to", "jsonfeed", "-o", str(out))
        assert result.exit_code == 0, result.stderr
    assert len(_titles(out.read_text(encoding="utf-8"))) == 7


def test_published_html_pages_are_read_too(run_cli: RunCli, tmp_path: Path) -> None:
    page = tmp_path / "school-breakfast.html"
    converted = run_cli(
        "convert", str(EXAMPLES / "school-breakfast.md"), "--to", "html", "-o", str(page)
    )
    assert converted.exit_code == 0, converted.stderr
    result = run_cli("feed", str(tmp_path), "--to", "jsonfeed")
    assert result.exit_code == 0, result.stderr
    assert _titles(result.stdout) == ["Riverton schools test free breakfast for every pupil"]


@pytest.mark.parametrize(
    ("page", "heading"), [("docs/formats.md", "## Feeds"), ("README.md", "## Feeds")]
)
def test_the_feed_commands_the_docs_show(
    run_cli: RunCli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, page: str, heading: str
) -> None:
    doc = (ROOT / page).read_text(encoding="utf-8")
    section = doc.split(heading, 1)[1].split("\n## ", 1)[0]
    commands = re.findall(r"```sh\n(.*?)```", section, flags=re.DOTALL)[0].splitlines()
    shutil.copytree(EXAMPLES, tmp_path / "briefs")
    shutil.copy(EDITION, tmp_path / "briefs")
    monkeypatch.chdir(tmp_path)
    for command in commands:
        words = shlex.split(command, comments=True)
        assert words[0] == "smartbrev"
        result = run_cli(*words[1:])
        assert result.exit_code == 0, (command, result.stderr)
        if "-o" in words:
            written = Path(words[words.index("-o") + 1]).read_text(encoding="utf-8")
            assert "Harbor bridge reopens two weeks early" in written
