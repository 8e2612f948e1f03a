"""What validate accepts, convert can write: values no format can carry (NaN, infinity,
control characters, halves of surrogate pairs, numbers past Python's bound) are refused
when they are read, the same way by every reader and every command."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import RunCli

BASE = '"schema_version": "1.1", "lede": "The council passed the budget.", "blocks": []'


def _ninjs(body: str) -> str:
    return json.dumps(
        {
            "uri": "urn:smartbrev:x",
            "headlines": [{"role": "main", "value": "Council"}],
            "bodies": [{"role": "smartbrev", "contentType": "application/json", "value": body}],
        }
    )


REFUSED = {
    # name: (file name, text, words the one-line error must hold)
    "yaml-nan": (
        "a.yaml",
        'schema_version: "1.1"\nlede: x\nblocks: []\nextensions: {x-a: .nan}\n',
        "NaN",
    ),
    "yaml-inf": (
        "a.yaml",
        'schema_version: "1.1"\nlede: x\nblocks: []\nextensions: {x-a: -.inf}\n',
        "infinity",
    ),
    "json-infinity": ("a.json", f'{{{BASE}, "extensions": {{"x-a": 1e400}}}}', "largest number"),
    "json-nan": ("a.json", f'{{{BASE}, "extensions": {{"x-a": NaN}}}}', "not a JSON number"),
    "json-nul": (
        "a.json",
        '{"schema_version": "1.1", "lede": "a\\u0000b", "blocks": []}',
        "U+0000",
    ),
    "json-escape": (
        "a.json",
        '{"schema_version": "1.1", "lede": "a\\u001b]52;c;aGk=\\u0007", "blocks": []}',
        "U+001B",
    ),
    "json-surrogate": (
        "a.json",
        '{"schema_version": "1.1", "lede": "\\udc00", "blocks": []}',
        "surrogate",
    ),
    "json-key-control": ("a.json", f'{{{BASE}, "extensions": {{"x-\\u0007": 1}}}}', "U+0007"),
    "yaml-escape": ("a.yaml", 'schema_version: "1.1"\nlede: "a\\eb"\nblocks: []\n', "U+001B"),
    "yaml-nul": ("a.yaml", 'schema_version: "1.1"\nlede: "a\\0b"\nblocks: []\n', "U+0000"),
    "markdown-escape": (
        "a.md",
        "# Budget\n\nThe council \x1b]8;;https://x.example\x07voted.\n",
        "U+001B",
    ),
    "text-backspace": ("a.txt", "Budget\n\nThe council\x08 voted.\n", "U+0008"),
    "html-escape": (
        "a.html",
        "<article><h1>Budget</h1><p>The \x1b[2J council voted.</p></article>",
        "U+001B",
    ),
    "ninjs-nan": (
        "a.ninjs.json",
        _ninjs(f'{{{BASE}, "extensions": {{"x-a": NaN}}}}'),
        "smartbrev body",
    ),
    "ninjs-duplicate": (
        "a.ninjs.json",
        _ninjs(f'{{{BASE}, "lede": "again"}}'),
        "duplicate key `lede`",
    ),
    "ninjs-deep": (
        "a.ninjs.json",
        _ninjs(f'{{{BASE}, "extensions": {{"x-a": {"[" * 70}{"]" * 70}}}}}'),
        "nesting",
    ),
    "ninjs-nul": (
        "a.ninjs.json",
        _ninjs('{"schema_version": "1.1", "lede": "a\\u0000", "blocks": []}'),
        "U+0000",
    ),
    "ninjs-bodies": (
        "a.ninjs.json",
        json.dumps({"uri": "urn:x", "bodies": {"a": 1}}),
        "`bodies` must be a list",
    ),
    "yaml-long-integer": (
        "a.yaml",
        f'schema_version: "1.1"\nlede: x\nblocks: []\nextensions: {{x-a: {"7" * 4301}}}\n',
        "4,300 digits",
    ),
    "yaml-long-hex": (
        "a.yaml",
        f'schema_version: "1.1"\nlede: x\nblocks: []\nextensions: {{x-a: 0x{"f" * 3600}}}\n',
        "4,300 digits",
    ),
    "json-long-integer": (
        "a.json",
        f'{{{BASE}, "extensions": {{"x-a": {"7" * 4301}}}}}',
        "4,301 digits",
    ),
}


@pytest.mark.parametrize("case", sorted(REFUSED))
def test_every_command_refuses_what_no_format_can_carry(
    run_cli: RunCli, tmp_path: Path, case: str
) -> None:
    name, text, words = REFUSED[case]
    path = tmp_path / name
    path.write_text(text, encoding="utf-8", newline="")
    for command in (("validate",), ("lint",), ("convert", "--to", "json"), ("stats",)):
        result = run_cli(*command, str(path))
        assert result.exit_code == 2, (command, result.stdout, result.stderr)
        shown = result.stdout + result.stderr
        assert words in shown, (command, shown)
        assert "internal error" not in shown and "Traceback" not in shown


@pytest.mark.parametrize(
    "text",
    [
        "Tabs\tand\vvertical tabs and\fform feeds are text.",
        "Emoji \U0001f600 and \u00e9 are text.",
        "Text in C1 \u0085 stays (mojibake is a lint finding, not a refusal).",
    ],
)
def test_what_validate_accepts_convert_writes_and_reads_back(
    run_cli: RunCli, tmp_path: Path, text: str
) -> None:
    doc = {
        "schema_version": "1.1",
        "lede": "The council passed the budget.",
        "blocks": [],
        "extensions": {"x-note": text},
    }
    path = tmp_path / "a.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    assert run_cli("validate", str(path)).exit_code == 0
    for fmt in ("json", "yaml", "ninjs"):
        converted = run_cli("convert", str(path), "--to", fmt, "-o", str(tmp_path / f"out.{fmt}"))
        assert converted.exit_code == 0, converted.stderr


@pytest.mark.parametrize("fmt", ["markdown", "text", "json", "yaml", "html", "ninjs"])
def test_data_from_python_is_held_to_the_same_characters(fmt: str) -> None:
    """No reader saw a briefing made in Python: validate and every writer check it."""
    import smartbrev
    from smartbrev.errors import WriteError
    from smartbrev.model import Briefing

    data = {"schema_version": "1.2", "lede": "The council \x1b]52;c;aGk=\x07 voted.", "blocks": []}
    assert [p.code for p in smartbrev.validate(data)] == ["SB001"]
    with pytest.raises(WriteError, match="U\\+001B"):
        smartbrev.render(Briefing.from_data(data), fmt)  # type: ignore[arg-type]
