"""Dates as pages print them, read into the ISO form `meta.published` holds."""

from __future__ import annotations

import datetime

import pytest

from smartbrev.dates import is_date_without_year, iso_date, read_date


@pytest.mark.parametrize(
    ("written", "iso", "rest"),
    [
        ("Mar 25, 2023", "2023-03-25", ""),
        ("Mar. 25, 2023 - Education", "2023-03-25", " - Education"),
        ("March 25, 2023", "2023-03-25", ""),
        ("Sept. 9, 2024", "2024-09-09", ""),
        ("Tuesday, March 25, 2025", "2025-03-25", ""),
        ("Wed, May 17, 2023 at 6:02 AM", "2023-05-17", ""),
        ("25 March 2023", "2023-03-25", ""),
        ("3/25/2023", "2023-03-25", ""),
        ("2023-03-25", "2023-03-25", ""),
        ("Updated Mar 3, 2025", "2025-03-03", ""),
        ("2023-07-14T10:00:00-07:00", "2023-07-14T10:00:00-07:00", ""),
        ("2023-06-02T14:30:00.000Z", "2023-06-02T14:30:00.000Z", ""),
    ],
)
def test_dates_as_pages_print_them(written: str, iso: str, rest: str) -> None:
    found = read_date(written)
    assert found is not None
    assert found.iso == iso
    assert written[found.end :] == rest


@pytest.mark.parametrize(
    "written",
    ["18 hours ago", "Feb. 30, 2023", "The vote was on Mar 25, 2023", "Marching on 25 fronts", ""],
)
def test_what_is_not_a_date_at_the_start(written: str) -> None:
    assert read_date(written) is None


def test_a_newsletters_issue_date_without_a_year_is_recognised() -> None:
    assert is_date_without_year("Friday, June 6")
    assert not is_date_without_year("Friday, June 6, 2025")
    assert not is_date_without_year("Junebug 6")


@pytest.mark.parametrize(
    ("value", "iso"),
    [
        ("2023-03-25 10:00:00 -0500", "2023-03-25T10:00:00-05:00"),  # Jekyll
        ("March 25, 2023", "2023-03-25"),  # Pandoc
        (datetime.date(2023, 3, 25), "2023-03-25"),
        ("2023-05-02", "2023-05-02"),
        ("soon", None),
        (20230325, None),
    ],
)
def test_front_matter_dates(value: object, iso: str | None) -> None:
    assert iso_date(value) == iso
