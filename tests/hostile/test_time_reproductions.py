"""Every hostile shape, at the size the attack used, through every command line.

At these sizes a command whose time grows with the square of the input ran for minutes;
each now finishes with the exit status its outcome calls for, or refuses the input early
with a one-line message. The time limit is a backstop a hang cannot pass, far above what
a run takes (times are measured by `benchmarks/hostile.py`, not asserted here).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from smartbrev.formats import INPUTS
from tests.conftest import RunCli
from tests.hostile.shapes import SHAPES

COMMAND_LINES = (
    ("validate", "--output-format", "concise"),
    ("lint", "--output-format", "concise"),
    ("lint", "--fix", "--diff"),
    ("convert", "--to", "html"),
    ("convert", "--to", "yaml"),
)


@pytest.mark.timeout(120)
@pytest.mark.parametrize("shape", SHAPES)
def test_every_command_finishes(run_cli: RunCli, tmp_path: Path, shape: str) -> None:
    made = SHAPES[shape]
    path = tmp_path / f"hostile{INPUTS[made.fmt].extensions[0]}"
    path.write_text(made.make(made.size), encoding="utf-8")
    for args in COMMAND_LINES:
        result = run_cli(*args, str(path))
        assert result.exit_code in (0, 1, 2), (args, result.output[-300:])
        assert "Traceback" not in result.output
        assert "SB999" not in result.output, (args, result.output[-300:])
        if result.exit_code == 2:
            # Refused, or a conversion that would lose words: a message naming the file.
            assert str(path) in result.output, (args, result.output[-300:])


REPRODUCTIONS = [
    # The issue's own reproductions, with the outcome each must have.
    ("spaces.md", "# H\n\nLede.\n\n**a" + " " * 100_000 + "b**\n", ("validate",), 0),
    ("labels.md", "# H\n\nLede.\n\n" + "## Label\n\n" * 50_000, ("validate",), 2),
    ("million.md", "# H\n\nLede.\n\n" + "a\n" * 1_000_000, ("convert", "--to", "html"), 2),
    ("setext.md", "# H\n\nLede.\n\n" + "=\n" * 100_000, ("lint",), 2),
    ("ticks.md", "# H\n\nLede `" + "`" * 2_000 + "\n", ("lint",), 1),
    ("links.md", "# H\n\nLede.\n\n" + "[a](" * 10_000 + "\n", ("lint",), 1),
    ("comments.md", "# H\n\nLede.\n\n" + "<!-- smartbrev-disable x\n" * 20_000, ("lint",), 1),
]


@pytest.mark.timeout(120)
@pytest.mark.parametrize(("name", "text", "args", "status"), REPRODUCTIONS)
def test_reproduction(
    run_cli: RunCli, tmp_path: Path, name: str, text: str, args: tuple[str, ...], status: int
) -> None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    result = run_cli(*args, str(path))
    assert result.exit_code == status, result.output[-500:]
