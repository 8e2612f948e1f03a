"""One file's failure is that file's diagnostic: the run goes on, the other files are
checked, the summary counts every file, and the exit status says something failed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import RunCli
from tests.lint.helpers import briefing

GOOD = briefing("**Why it matters:** The ferry carries 4,000 commuters a day.")
BRIEFING = {"schema_version": "1.1", "lede": "The council passed the budget.", "blocks": []}


def _page(head: str, body: str = "<h1>Council passes budget</h1><p>The council voted.</p>") -> str:
    return f"<!doctype html><html><head>{head}</head><body><article>{body}</article></body></html>"


TRIGGERS: dict[str, tuple[str, bytes, str | None]] = {
    # name: (file name, bytes, the code the file is reported with; None: read as usual)
    "long-yaml-integer": (
        "int.yaml",
        f'schema_version: "1.1"\nlede: x\nblocks: []\nid: {"1" * 4301}\n'.encode(),
        "SB002",
    ),
    "lone-surrogate": (
        "surrogate.json",
        b'{"schema_version": "1.1", "lede": "\\ud800", "blocks": []}',
        "SB001",
    ),
    "ninjs-bodies-not-a-list": (
        "item.ninjs.json",
        json.dumps({"uri": "urn:x", "headlines": [], "bodies": 5}).encode(),
        "SB002",
    ),
    "deep-json-ld": (
        "deep.html",
        _page(f'<script type="application/ld+json">{"[" * 2000}{"]" * 2000}</script>').encode(),
        None,
    ),
    "unicode-escape-charset": (
        "charset.html",
        _page('<meta charset="unicode_escape">', "<h1>H\xe9</h1><p>\\N{oops}</p>").encode(
            "latin-1"
        ),
        "SB001",
    ),
}


def _newsroom(tmp_path: Path, trigger: str) -> list[str]:
    """Good drafts around one trigger file: the file names, in order."""
    name, raw, _ = TRIGGERS[trigger]
    names = []
    for number in range(3):
        good = tmp_path / f"good-{number}.md"
        good.write_text(GOOD)
        names.append(str(good))
    (tmp_path / name).write_bytes(raw)
    names.insert(1, str(tmp_path / name))
    return names


@pytest.mark.parametrize("jobs", ["1", "2"])
@pytest.mark.parametrize("command", ["lint", "validate"])
@pytest.mark.parametrize("trigger", sorted(TRIGGERS))
def test_a_trigger_is_reported_for_its_file_and_the_run_goes_on(
    run_cli: RunCli, tmp_path: Path, trigger: str, command: str, jobs: str
) -> None:
    names = _newsroom(tmp_path, trigger)
    result = run_cli(command, "-j", jobs, "--output-format", "json", *names)
    assert "internal error" not in result.stderr
    report = json.loads(result.stdout)
    files = {Path(f["path"]).name: f["status"] for f in report["files"]}
    assert len(files) == report["summary"]["checked"] == 4
    assert {files[f"good-{n}.md"] for n in range(3)} == {"valid"}
    name, _, code = TRIGGERS[trigger]
    if code is None:
        assert files[name] in ("valid", "invalid")
        return
    assert files[name] == "unusable"
    codes = [d["code"] for d in report["diagnostics"] if Path(d["path"]).name == name]
    assert codes == [code]
    assert result.exit_code == 2


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_any_failure_inside_one_file_becomes_its_diagnostic(
    run_cli: RunCli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, jobs: str
) -> None:
    """A bug met on one file (here, a reader that raises for it) is SB008 for that file."""
    from smartbrev.readers import markdown_reader

    reader = markdown_reader.read_markdown

    def failing(text: str, name: str, *rest: object) -> object:
        if "doomed" in name:
            raise KeyError("a bug")
        return reader(text, name, *rest)  # type: ignore[arg-type]

    monkeypatch.setattr(markdown_reader, "read_markdown", failing)
    for number in range(4):
        (tmp_path / f"good-{number}.md").write_text(GOOD)
    (tmp_path / "doomed.md").write_text(GOOD)
    for command in ("lint", "validate"):
        result = run_cli(command, "-j", jobs, "--output-format", "concise", str(tmp_path))
        assert result.exit_code == 2
        lines = result.stdout.splitlines()
        assert [line for line in lines if "SB008" in line] == [
            f"{tmp_path / 'doomed.md'}: error[SB008] processing-failed: "
            "smartbrev failed on this file: KeyError: 'a bug'"
        ]
        assert "5 files" in lines[-1]


def test_fixing_a_draft_with_cr_line_breaks(run_cli: RunCli, tmp_path: Path) -> None:
    draft = tmp_path / "cr.md"
    draft.write_bytes(
        b'# Council passes budget\r\rThe council passed the "budget".\r\r'
        b"**Why it matters:** Rates rise.\r\rBy Ana Ortiz\r"
    )
    result = run_cli("lint", "--fix", str(draft))
    assert "internal error" not in result.stderr
    assert result.exit_code == 0
    assert (
        draft.read_bytes()
        == (
            "# Council passes budget\r\rThe council passed the “budget”.\r\r"
            "**Why it matters:** Rates rise.\r\rBy Ana Ortiz\r"
        ).encode()
    )


def test_mojibake_is_repaired_in_a_draft_with_cr_line_breaks(
    run_cli: RunCli, tmp_path: Path
) -> None:
    draft = tmp_path / "cr.md"
    draft.write_bytes(
        "# Council passes budget\r\rThe council passed the budget.\r\r"
        "**Why it matters:** It\u00e2\u20ac\u2122s a deal.\r\rBy Ana Ortiz\r".encode()
    )
    result = run_cli("lint", "--fix", str(draft))
    assert result.exit_code == 0, result.stdout
    assert "It\u2019s a deal.\r\rBy Ana Ortiz\r" in draft.read_bytes().decode()


def test_a_failure_converting_one_file_leaves_the_others_converted(
    run_cli: RunCli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from smartbrev import convert

    render = convert.render

    def failing(doc: object, fmt: str, *, name: str = "", **options: object) -> str:
        if "doomed" in name:
            raise KeyError("a bug")
        return render(doc, fmt, name=name, **options)  # type: ignore[arg-type]

    monkeypatch.setattr(convert, "render", failing)
    briefs = tmp_path / "briefs"
    briefs.mkdir()
    for name in ("a.md", "doomed.md", "z.md"):
        (briefs / name).write_text(GOOD)
    result = run_cli("convert", str(briefs), "--to", "json", "--out-dir", str(tmp_path / "out"))
    assert result.exit_code == 2
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["a.json", "z.json"]
    assert "doomed.md: error[SB008] processing-failed" in result.stderr
    assert "internal error" not in result.stderr
