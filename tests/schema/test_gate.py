"""The one gate from a document as read to the model: validate, then build."""

from __future__ import annotations

from smartbrev.diagnostics import Diagnostic, Severity
from smartbrev.readers.source import parse_text
from smartbrev.schema.check import check

DRAFT = "# Ferry adds a late sailing\n\nThe ferry will sail at 11 p.m.\n\nBy Ana Ortiz\n"
NO_LEDE = '{"schema_version": "1.1", "headline": "Ferry adds a sailing", "blocks": []}'
NO_LEDE_AND_BROKEN = '{"schema_version": "1.1", "blocks": [{"axiom": "nope"}]}'


def test_a_valid_document_gives_the_model() -> None:
    checked = check(parse_text(DRAFT, "markdown", "a.md"))
    assert checked.doc is not None
    assert checked.doc.lede == "The ferry will sail at 11 p.m."


def test_reader_notes_come_first_then_schema_problems() -> None:
    source = parse_text('{"schema_version": "1.1", "blocks": []}', "json", "a.json")
    note = Diagnostic("SB020", "text-after-byline", Severity.WARNING, "moved", "a.json")
    source.diagnostics.append(note)
    checked = check(source)
    assert checked.doc is None
    assert [d.code for d in checked.diagnostics] == ["SB020", "SB011"]


def test_notes_alone_do_not_stop_the_model() -> None:
    source = parse_text(DRAFT, "markdown", "a.md")
    source.diagnostics.append(Diagnostic("SB020", "text-after-byline", Severity.WARNING, "m", "a"))
    assert check(source).doc is not None


def test_a_missing_lede_stops_the_model_unless_it_may_be_missing() -> None:
    source = parse_text(NO_LEDE, "json", "a.json")
    assert check(source).doc is None
    checked = check(source, lede_optional=True)
    assert [d.code for d in checked.diagnostics] == ["SB011"], "still reported"
    assert checked.doc is not None and checked.doc.lede == ""


def test_without_a_lede_the_rest_must_still_be_sound() -> None:
    checked = check(parse_text(NO_LEDE_AND_BROKEN, "json", "a.json"), lede_optional=True)
    assert checked.doc is None
    assert {"SB011", "SB015"} <= {d.code for d in checked.diagnostics}


def test_validating_alone_builds_nothing() -> None:
    checked = check(parse_text(DRAFT, "markdown", "a.md"), build=False)
    assert checked.doc is None
    assert not [d for d in checked.diagnostics if d.severity is Severity.ERROR]
