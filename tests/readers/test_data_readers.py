"""The JSON and YAML readers: strict, bounded, and clear about what is wrong."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from smartbrev.errors import ReadError
from smartbrev.readers.decode import Limits, decode, read_file
from smartbrev.readers.json_reader import json_locations, parse_json
from smartbrev.readers.source import parse_text
from smartbrev.readers.yaml_reader import parse_yaml, yaml_locations

BILLION_LAUGHS = """\
a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
"""


def _error(fmt: str, text: str, limits: Limits | None = None) -> ReadError:
    with pytest.raises(ReadError) as caught:
        parse_text(text, fmt, "doc." + fmt, limits or Limits())
    return caught.value


def test_malformed_json_reports_line_and_column() -> None:
    error = _error("json", '{\n  "lede": "x",\n  "blocks": [}\n')
    assert error.code == "SB002"
    assert (error.line, error.column) == (3, 14)
    assert error.message.startswith("invalid JSON:")


def test_malformed_yaml_reports_line_and_column() -> None:
    error = _error("yaml", "lede: x\nblocks: [a, b\nbyline: c\n")
    assert error.code == "SB002"
    assert error.line is not None and error.line >= 2
    assert error.message.startswith("invalid YAML:")


@pytest.mark.parametrize("fmt", ["json", "yaml"])
@pytest.mark.parametrize(("data", "kind"), [("[1, 2]", "a list"), ('"text"', "a string")])
def test_top_level_must_be_a_mapping(fmt: str, data: str, kind: str) -> None:
    error = _error(fmt, data)
    assert f"not {kind}" in error.message


def test_duplicate_json_key_is_an_error_at_the_second_key() -> None:
    error = _error("json", '{\n  "lede": "a",\n  "blocks": [],\n  "lede": "b"\n}')
    assert (error.code, error.line, error.column) == ("SB003", 4, 3)
    assert "duplicate key `lede`" in error.message


def test_nested_duplicate_json_key() -> None:
    error = _error("json", '{"meta": {"tags": [], "tags": []}}')
    assert error.code == "SB003"
    assert "`tags`" in error.message


def test_duplicate_yaml_key_is_an_error() -> None:
    error = _error("yaml", "lede: a\nblocks: []\nlede: b\n")
    assert (error.code, error.line, error.column) == ("SB003", 3, 1)


@pytest.mark.parametrize("fmt", ["json", "yaml"])
def test_deep_nesting_is_refused(fmt: str) -> None:
    error = _error(fmt, "[" * 100_000 + "]" * 100_000)
    assert error.code == "SB004"
    assert "nesting is deeper than the limit of 64 levels" in error.message


@pytest.mark.parametrize("fmt", ["json", "yaml"])
def test_nesting_just_inside_the_limit_is_fine(fmt: str) -> None:
    text = '{"x-a": ' * 10 + "1" + "}" * 10
    data = parse_text(text, fmt, "doc", Limits(max_depth=10)).data
    assert "x-a" in data
    assert _error(fmt, text, Limits(max_depth=9)).code == "SB004"


def test_yaml_alias_bomb_fails_fast() -> None:
    error = _error("yaml", BILLION_LAUGHS)
    assert error.code == "SB004"
    assert "aliases expand to more than" in error.message


def test_recursive_yaml_alias_is_refused() -> None:
    error = _error("yaml", "a: &a [*a]\n")
    assert "refers to itself" in error.message


def test_modest_aliases_are_allowed() -> None:
    data = parse_yaml("x-tags: &t [a, b]\nx-again: *t\n", "doc")
    assert data["x-again"] == ["a", "b"]


@pytest.mark.parametrize(
    "text",
    [
        "lede: !!python/object:os.system {}\n",
        "lede: !!python/object/apply:os.system ['echo pwned']\n",
        "lede: !!python/name:os.system\n",
    ],
)
def test_python_tags_are_refused(text: str) -> None:
    error = _error("yaml", text)
    assert error.code == "SB005"
    assert "unsupported YAML tag `!!python/" in error.message


def test_yaml_keeps_dates_and_yes_no_as_text() -> None:
    data = parse_yaml("published: 2026-11-27\nheadline: No\nx-flag: true\n", "doc")
    assert data == {"published": "2026-11-27", "headline": "No", "x-flag": True}


def test_non_text_yaml_keys_are_refused() -> None:
    error = _error("yaml", "1: one\n")
    assert "field names must be text" in error.message


def test_json_nan_is_refused() -> None:
    assert "NaN" in _error("json", '{"x": NaN}').message


def test_empty_and_blank_input() -> None:
    for raw in (b"", b"  \n\t\n"):
        with pytest.raises(ReadError, match="file is empty"):
            decode(raw, "doc.json")


def test_yaml_with_only_comments_is_empty() -> None:
    assert "the document is empty" in _error("yaml", "# nothing here\n").message


def test_bom_is_tolerated() -> None:
    text = decode(codecs.BOM_UTF8 + b'{"lede": "x"}', "doc.json")
    assert parse_json(text, "doc.json") == {"lede": "x"}


def test_invalid_utf8_reports_the_byte_offset() -> None:
    with pytest.raises(ReadError) as caught:
        decode(b'{"lede":\n "caf\xe9"}', "doc.json")
    assert "invalid UTF-8 at byte offset 14" in caught.value.message
    assert (caught.value.line, caught.value.column) == (2, 6)


def test_binary_file_is_refused() -> None:
    with pytest.raises(ReadError, match="binary"):
        decode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "image.json")


def test_utf16_is_refused_with_advice() -> None:
    with pytest.raises(ReadError, match="UTF-16"):
        decode(codecs.BOM_UTF16_LE + "{}".encode("utf-16-le"), "doc.json")


def test_size_limit(tmp_path: Path) -> None:
    big = tmp_path / "big.json"
    big.write_bytes(b" " * 2048)
    with pytest.raises(ReadError) as caught:
        read_file(big, "big.json", Limits(max_bytes=1024))
    assert caught.value.code == "SB004"
    assert "over the" in caught.value.message


def test_a_pipe_is_read_whole_and_within_the_limit(tmp_path: Path) -> None:
    import os
    import threading

    fifo = tmp_path / "draft.md"
    os.mkfifo(fifo)
    payload = b"x" * 300_000  # more than a pipe holds at once: several reads

    def feed(data: bytes) -> None:
        try:
            with fifo.open("wb") as handle:
                handle.write(data)
        except BrokenPipeError:
            pass  # the reader stopped at its limit

    writer = threading.Thread(target=feed, args=(payload,))
    writer.start()
    assert read_file(fifo, "draft.md") == payload
    writer.join()
    writer = threading.Thread(target=feed, args=(payload,))
    writer.start()
    with pytest.raises(ReadError, match="over the"):
        read_file(fifo, "draft.md", Limits(max_bytes=100_000))
    writer.join()


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ReadError, match="no such file"):
        read_file(tmp_path / "absent.json", "absent.json")


def test_json_locations_point_at_keys_and_values() -> None:
    text = '{\n  "lede": "x",\n  "blocks": [\n    {"axiom": "why"}\n  ]\n}\n'
    where = json_locations(text)
    assert where["/lede"].key is not None
    assert (where["/lede"].key.line, where["/lede"].key.column) == (2, 3)
    assert (where["/lede"].value.line, where["/lede"].value.column) == (2, 11)
    assert (where["/blocks/0/axiom"].value.line, where["/blocks/0/axiom"].value.column) == (4, 15)
    assert where[""].value.line == 1


def test_json_locations_handle_escapes_and_unicode() -> None:
    text = '{"a\\"b": "é\\u00e9", "x/y": [1, {"~": "“q”"}]}'
    where = json_locations(text)
    assert set(where) >= {'/a"b', "/x~1y/1/~0"}
    assert where["/x~1y/1/~0"].value.column == 38


def test_yaml_locations_point_at_keys_and_values() -> None:
    where = yaml_locations("lede: x\nblocks:\n  - axiom: why\n    label: Why\n")
    assert (where["/blocks/0/label"].value.line, where["/blocks/0/label"].value.column) == (4, 12)
    assert where["/blocks/0/label"].key is not None
    assert where["/blocks/0/label"].key.column == 5
