"""Newsletter editions on the command line: lint per item, convert, split, hostile sizes."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from smartbrev.schema import store
from tests.conftest import DATA, ROOT, RunCli

PAGE = DATA / "real-shapes" / "txt-newsletter-local-numbered.txt"


def _shipped_errors(data: object) -> list[str]:
    validator = store.make_validator(store.edition_schema(store.EDITION_LATEST))
    return [error.message for error in validator.iter_errors(data)]


def test_a_newsletter_page_converts_to_an_edition_document(run_cli: RunCli) -> None:
    result = run_cli("convert", str(PAGE), "--to", "json")
    assert result.exit_code == 0, result.stderr
    edition = json.loads(result.stdout)
    assert edition["newsletter"] == "Axios Lakeport"
    assert edition["issue_date"] == "2024-10-10"
    assert [item["headline"] for item in edition["items"]] == [
        "1 big thing: The lake trail's missing mile",
        "Food truck rules loosen",
        "Pumpkin patch season",
    ]
    assert _shipped_errors(edition) == []
    again = run_cli("convert", "-", "--from", "json", "--to", "yaml", input=result.stdout)
    assert again.exit_code == 0, again.stderr
    assert "newsletter: Axios Lakeport" in again.stdout


def test_split_writes_each_item_as_a_briefing(run_cli: RunCli, tmp_path: Path) -> None:
    result = run_cli("convert", str(PAGE), "--to", "json", "--split", "--out-dir", str(tmp_path))
    assert result.exit_code == 0, result.stderr
    written = sorted(p.name for p in tmp_path.iterdir())
    stem = PAGE.name.removesuffix(".txt")
    assert written == [f"{stem}-01.json", f"{stem}-02.json", f"{stem}-03.json"]
    second = json.loads((tmp_path / written[1]).read_text())
    assert second["headline"] == "Food truck rules loosen"
    assert second["byline"]["authors"][0]["name"] == "Keiko Lindqvist"
    assert second["meta"]["published"] == "2024-10-10"
    valid = run_cli("validate", *(str(tmp_path / name) for name in written))
    assert valid.exit_code == 0, valid.stdout


def test_split_needs_an_out_dir_and_one_briefing_formats_refuse_an_edition(
    run_cli: RunCli,
) -> None:
    assert run_cli("convert", str(PAGE), "--to", "json", "--split").exit_code == 2
    result = run_cli("convert", str(PAGE), "--to", "markdown")
    assert result.exit_code == 2
    assert "is a newsletter edition; --to markdown writes one briefing" in result.stderr


def test_lint_reports_each_item_at_its_place(run_cli: RunCli) -> None:
    every_item = "rules.missing-why-it-matters.edition-item-min-words = 0"
    result = run_cli(
        "lint",
        str(PAGE),
        "--output-format",
        "concise",
        "--select",
        "SB102,SB110",
        "--config",
        every_item,
    )
    # Item 2 ("Food truck rules loosen", line 30) has its Why it matters; item 3 (line 36)
    # has none (it is short: asked of every item here).
    found = [line for line in result.stdout.splitlines() if "SB1" in line]
    assert found == [
        (
            f"{PAGE}:38:1: error[SB102] missing-why-it-matters: "
            "the briefing has no “Why it matters” block"
        )
    ]
    assert result.exit_code == 1


def test_a_short_newsletter_item_needs_no_why_it_matters(run_cli: RunCli) -> None:
    # Item 3 ("Pumpkin patch season") is two sentences: newsletters tell such items
    # without labels. The lead item and the longer items still need one.
    result = run_cli("lint", str(PAGE), "--output-format", "concise", "--select", "SB102")
    assert result.stdout.count("SB102") == 0, result.stdout
    assert result.exit_code == 0


def test_an_edition_file_with_a_bad_item_is_placed_in_that_item(
    run_cli: RunCli, tmp_path: Path
) -> None:
    source = DATA / "compat" / "edition" / "1.0" / "invalid" / "item-with-unknown-axiom.json"
    path = tmp_path / "edition.json"
    path.write_text(source.read_text())
    result = run_cli("validate", str(path), "--output-format", "concise")
    assert result.exit_code == 1
    line = next(n for n, text in enumerate(source.read_text().splitlines(), 1) if "maters" in text)
    assert f"{path}:{line}:" in result.stdout
    assert "unknown axiom `why-it-maters`" in result.stdout


def test_an_edition_of_ten_thousand_items_is_refused_in_one_line(
    run_cli: RunCli, tmp_path: Path
) -> None:
    item = {"schema_version": "1.2", "lede": "A lede.", "blocks": []}
    data = {
        "edition_version": "1.0",
        "newsletter": "Axios Lakeport",
        "issue_date": "2025-03-25",
        "items": [item] * 10_000,
    }
    document = tmp_path / "huge.json"
    document.write_text(json.dumps(data))
    page = tmp_path / "huge.txt"
    items = "".join(f"\n* * *\nItem number {n}\nA line of its story.\n" for n in range(2, 10_001))
    page.write_text(
        "Axios Lakeport\nBy Ana Ortiz · Mar 25, 2025\n1 big thing: The first\nIts story.\n" + items
    )
    for path in (document, page):
        result = run_cli("lint", str(path), "--output-format", "concise")
        assert result.exit_code == 2, result.stdout
        [line] = [x for x in result.stdout.splitlines() if "SB004" in x]
        assert "10,000 items, over the limit of 500" in line


def test_the_commands_docs_formats_shows_for_editions(
    run_cli: RunCli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    doc = (ROOT / "docs" / "formats.md").read_text(encoding="utf-8")
    section = doc.split("## Newsletter editions", 1)[1].split("\n## ", 1)[0]
    commands = re.findall(r"```sh\n(.*?)```", section, flags=re.DOTALL)[0].splitlines()
    (tmp_path / "am.txt").write_text(PAGE.read_text(encoding="utf-8"), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    for command in commands:
        words = command.split("#")[0].split()
        assert words[0] == "smartbrev"
        result = run_cli(*words[1:])
        assert result.exit_code == 0, (command, result.stderr)
    assert json.loads((tmp_path / "am.edition.json").read_text())["newsletter"] == "Axios Lakeport"
    assert sorted(p.name for p in (tmp_path / "items").iterdir()) == [
        "am-01.md",
        "am-02.md",
        "am-03.md",
    ]


def test_the_email_command_docs_formats_shows(
    run_cli: RunCli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    doc = (ROOT / "docs" / "formats.md").read_text(encoding="utf-8")
    section = doc.split("## Email", 1)[1].split("\n## ", 1)[0]
    [command] = re.findall(r"```sh\n(.*?)```", section, flags=re.DOTALL)[0].splitlines()
    (tmp_path / "am.txt").write_text(PAGE.read_text(encoding="utf-8"), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = run_cli(*command.split()[1:])
    assert result.exit_code == 0, result.stderr
    assert "Content-Type: multipart/alternative" in (tmp_path / "am.eml").read_text()


def test_migrate_says_an_edition_is_not_a_briefing(run_cli: RunCli, tmp_path: Path) -> None:
    source = DATA / "compat" / "edition" / "1.0" / "valid" / "minimal.json"
    result = run_cli("migrate", str(source), "--to", "1.1")
    assert result.exit_code == 2
    assert "it is a newsletter edition" in result.stderr
