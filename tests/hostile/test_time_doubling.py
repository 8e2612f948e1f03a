"""Doubling a hostile input at most ~2.5x's the work of every command.

Work is counted in function calls (deterministic, unlike time); time at sizes where
noise does not matter is what `benchmarks/hostile.py` measures. A call that is itself
super-linear (a pattern that backtracks) is caught by `test_time_reproductions.py`,
which runs each shape at a size where that would take minutes.
"""

from __future__ import annotations

import pytest

from tests.hostile.commands import COMMANDS, operations, run
from tests.hostile.shapes import SHAPES

DOUBLED = [name for name in COMMANDS if name not in ("convert --to text", "convert --to ninjs")]
"""The commands counted: the text and ninjs writers share what they do with the Markdown
and HTML ones (a draft's parts, rendered inline text)."""

SMALL = 8_000
"""Characters (or repetitions) at the smaller size: large enough that a fixed cost does
not hide growth, small enough that counting every call stays quick."""


@pytest.mark.parametrize("command", DOUBLED)
@pytest.mark.parametrize("shape", SHAPES)
def test_doubling_at_most_two_and_a_half_times_the_work(shape: str, command: str) -> None:
    made = SHAPES[shape]
    small, large = made.make(SMALL).encode(), made.make(2 * SMALL).encode()
    run(command, made.make(SMALL // 2).encode(), made.fmt)  # imports and first-use set-up
    before = operations(command, small, made.fmt)
    after = operations(command, large, made.fmt)
    assert after <= 2.5 * before, f"{shape}, {command}: {before:,} calls, then {after:,}"
