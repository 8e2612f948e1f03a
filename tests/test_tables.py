"""The tables that name each format's code: complete, and every entry importable."""

from __future__ import annotations

import typing

import pytest

from smartbrev.batch.results import FileResult, Status, Summary
from smartbrev.formats import INPUTS, OUTPUTS, InputFormat, OutputFormat, format_for, resolve
from smartbrev.readers.source import DECODERS, READERS
from smartbrev.report import REPORTERS, ReportOptions, make_reporter
from smartbrev.writers import WRITERS, writer_for


def test_every_input_format_has_a_reader_and_every_reader_a_format() -> None:
    assert list(READERS) == list(INPUTS)
    assert set(DECODERS) <= set(INPUTS)


def test_every_output_format_has_a_writer_and_every_writer_a_format() -> None:
    assert list(WRITERS) == list(OUTPUTS)
    for name, output in OUTPUTS.items():
        assert output.reads_as is None or output.reads_as in INPUTS, name


def test_the_format_name_types_name_every_format() -> None:
    assert typing.get_args(InputFormat) == tuple(INPUTS)
    assert typing.get_args(OutputFormat) == tuple(OUTPUTS)


@pytest.mark.parametrize("spec", [*READERS.values(), *DECODERS.values(), *WRITERS.values()])
def test_every_entry_names_a_function(spec: str) -> None:
    assert callable(resolve(spec))


def test_an_unknown_output_format_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown output format 'docx'"):
        writer_for("docx")


@pytest.mark.parametrize(
    ("name", "fmt"),
    [
        ("a.json", "json"),
        ("A.JSON", "json"),
        ("item.ninjs.json", "ninjs"),
        ("notes.YML", "yaml"),
        ("page.htm", "html"),
        ("draft.markdown", "markdown"),
        ("dir.md/draft.txt", "text"),
        (".json", None),
        ("README", None),
        ("picture.png", None),
    ],
)
def test_a_file_name_tells_its_format(name: str, fmt: str | None) -> None:
    assert format_for(name) == fmt


@pytest.mark.parametrize("name", list(REPORTERS))
def test_every_reporter_keeps_the_protocol(name: str) -> None:
    reporter = make_reporter(name, ReportOptions("9.9.9"))
    text = reporter.file(FileResult("a.md", Status.VALID))
    assert isinstance(text, str)
    assert isinstance(reporter.finish(Summary(checked=1, valid=1)), str)
    assert isinstance(reporter.streaming, bool)
    if reporter.streaming:  # a worker's text is remembered under its signature
        assert isinstance(reporter.signature, str)
    else:
        assert reporter.signature is None
