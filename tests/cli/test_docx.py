"""Word documents on the command line: lint at paragraph numbers, convert, never rewrite."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import RunCli
from tests.readers import word


def _flawed(tmp_path: Path) -> Path:
    doc = word.boatyard()
    word.labelled(doc, "Why it maters:", "A second, misspelt label.")
    return word.save(doc, tmp_path / "draft.docx")


def test_lint_places_findings_at_paragraph_numbers(run_cli: RunCli, tmp_path: Path) -> None:
    path = _flawed(tmp_path)
    result = run_cli("lint", str(path), "--output-format", "concise")
    assert result.exit_code == 0, result.stderr  # warnings only
    # The misspelt label is the document’s 15th paragraph.
    assert f"{path}:¶15: " in result.stdout
    full = run_cli("lint", str(path))
    assert f" --> {path}:¶15\n" in full.stdout
    assert "15 | **Why it maters:** A second, misspelt label." in full.stdout
    report = json.loads(run_cli("lint", str(path), "--output-format", "json").stdout)
    lines = {d["line"] for d in report["diagnostics"]}
    assert 15 in lines


def test_fix_never_rewrites_a_word_document(run_cli: RunCli, tmp_path: Path) -> None:
    path = _flawed(tmp_path)
    before = path.read_bytes()
    for flag in ("--fix", "--diff"):
        result = run_cli("lint", str(path), flag)
        assert "not fixed: smartbrev never rewrites a Word document" in result.stderr
        assert path.read_bytes() == before
    assert not [p for p in tmp_path.iterdir() if p.name != "draft.docx"]


def test_convert_reads_word_and_goes_on_past_a_bad_document(
    run_cli: RunCli, tmp_path: Path
) -> None:
    good = word.save(word.boatyard(), tmp_path / "boatyard.docx")
    bad = tmp_path / "broken.docx"
    bad.write_bytes(b"PK\x03\x04 not really a zip")
    out = tmp_path / "out"
    result = run_cli("convert", str(bad), str(good), "--to", "markdown", "--out-dir", str(out))
    assert result.exit_code == 2
    errors = [line for line in result.stderr.splitlines() if "error" in line]
    refused = "is not a Word document (.docx): it is not a zip archive"
    assert errors == [f"smartbrev: error: {bad}: {refused}"]
    assert (out / "boatyard.md").read_text().startswith("# Harbor town buys its last boatyard\n")


def test_a_folder_search_reads_word_documents_but_not_words_lock_files(
    run_cli: RunCli, tmp_path: Path
) -> None:
    word.save(word.boatyard(), tmp_path / "boatyard.docx")
    (tmp_path / "~$boatyard.docx").write_bytes(b"\x0bMireille  ")  # Word's owner file
    result = run_cli("validate", str(tmp_path))
    assert result.exit_code == 0, result.stdout + result.stderr
    assert "1 file checked: 1 valid" in result.stdout


def test_standard_input_is_told_to_be_a_word_document_by_its_bytes(run_cli: RunCli) -> None:
    raw = word.to_bytes(word.boatyard())
    result = run_cli("convert", "-", "--to", "json", input=raw)
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["headline"] == "Harbor town buys its last boatyard"
