"""The byline grammar: names, and what real bylines print beside them."""

from __future__ import annotations

import pytest

from smartbrev.bylines import format_byline, is_outlet, read_byline


@pytest.mark.parametrize(
    ("line", "authors", "outlet", "published"),
    [
        ("By Ana Ortiz", [("Ana Ortiz", None)], None, None),
        ("By Ana Ortiz · Mar 25, 2023", [("Ana Ortiz", None)], None, "2023-03-25"),
        ("By Ana Ortiz | Mar 25, 2023", [("Ana Ortiz", None)], None, "2023-03-25"),
        ("By Ana Ortiz and Dev Patel", [("Ana Ortiz", None), ("Dev Patel", None)], None, None),
        ("By Ana Ortiz, Axios", [("Ana Ortiz", None)], "Axios", None),
        ("By Ana Ortiz, Axios Seattle", [("Ana Ortiz", None)], "Axios Seattle", None),
        ("By Lena Sorensen, COO", [("Lena Sorensen", "COO")], None, None),
        ("By Tavi Moreno, education reporter", [("Tavi Moreno", "education reporter")], None, None),
        ("Posted on August 2, 2023 by Tomasz Wren", [("Tomasz Wren", None)], None, "2023-08-02"),
        ("Zohre Khazaee - A.Akbari", [("Zohre Khazaee", None), ("A.Akbari", None)], None, None),
        ("By AmÃ©lie Durand Â· May 12, 2023", [("AmÃ©lie Durand", None)], None, "2023-05-12"),
    ],
)
def test_bylines_as_newsrooms_print_them(
    line: str, authors: list[tuple[str, str | None]], outlet: str | None, published: str | None
) -> None:
    cue = read_byline(line)
    assert cue is not None
    assert list(cue.authors) == authors
    assert (cue.outlet, cue.published) == (outlet, published)


@pytest.mark.parametrize(
    "line",
    [
        "Axios' Tina Reed writes that the plan is dead.",
        "The council voted on Tuesday",
        "By the numbers",
        "",
    ],
)
def test_what_is_not_a_byline(line: str) -> None:
    assert read_byline(line) is None


def test_names_without_by_are_only_a_candidate() -> None:
    # "Economy & Business" reads like two names; the page takes names without "By" as a
    # byline only beside a date, a time or an outlet, so a section name stays furniture.
    cue = read_byline("Economy & Business")
    assert cue is not None and not cue.explicit


def test_a_single_name_is_a_byline_only_where_the_page_says_so() -> None:
    assert read_byline("Marisol Vega") is None
    bare = read_byline("Marisol Vega", bare=True)
    assert bare is not None and bare.authors == (("Marisol Vega", None),)
    assert read_byline("Axios Seattle", bare=True) is None


def test_outlets() -> None:
    assert is_outlet("Axios Seattle")
    assert is_outlet("The Dunmore Dispatch")
    assert is_outlet("Reuters")
    assert not is_outlet("Dev Patel")
    assert not is_outlet("The council voted")


def test_house_form() -> None:
    assert format_byline([("Ana Ortiz", None)]) == "By Ana Ortiz"
    assert format_byline([("A", None), ("B", "editor"), ("C", None)]) == "By A, B (editor) and C"
