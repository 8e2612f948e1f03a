"""Newsletter pages for the edition rules' tests."""

from __future__ import annotations

TOP = "Axios Lakeport\n\nBy Ana Ortiz · Mar 25, 2025\n\n"
FIRST = (
    "1 big thing: Ferry fares hold\n\n"
    "The ferry board kept fares at $3 for a fourth year on Monday.\n\n"
    "**Why it matters:** Fares were due to rise to $3.50.\n"
)


def page(*items: str) -> str:
    """A newsletter page: its top, the first item, then each item after a rule."""
    return TOP + FIRST + "".join(f"\n---\n\n{item}" for item in items)
