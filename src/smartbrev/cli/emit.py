"""Where a report goes: standard output, standard error (when standard output carries
fixed text) or a file (`-o`); and the parts `validate` and `lint` add around it: the
statistics table, the list of what --fix changed."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import click

from smartbrev.batch.results import Summary
from smartbrev.cli.base import Printer

HUMAN = ("full", "concise")
"""Reports made for people: the statistics table goes with them, not to standard error."""


class Emitter:
    """Collects a report's text and writes it where it belongs."""

    def __init__(
        self, output_format: str, output_file: str | None, *, color: bool, to_stderr: bool
    ) -> None:
        self.output_format = output_format
        self.output_file = output_file
        self.to_stderr = to_stderr
        self._chunks: list[str] = []
        self._show = Printer(color=color or None)

    def __call__(self, text: str) -> None:
        """A file's part of the report."""
        if self.output_file:
            self._chunks.append(text)
        elif self.to_stderr:
            if text:
                click.echo(text, nl=False, err=True)
        else:
            self._show(text)

    def flush(self) -> None:
        """Write what is pending on standard output."""
        self._show.flush()

    def close(self, closing: str, summary: Summary, *, statistics: bool, quiet: bool) -> None:
        """The closing part: the summary (unless `quiet`), the statistics table."""
        self.flush()
        table = statistics_table(summary) if statistics else ""
        human = self.output_format in HUMAN
        if quiet and (human or self.output_format == "github"):
            closing = ""
        if table and human:
            closing = table + closing
        elif table:
            click.echo(table, nl=False, err=True)  # standard output is the report's
        if self.output_file:
            from smartbrev.files import atomic_write

            atomic_write(Path(self.output_file), "".join(self._chunks) + closing)
        elif closing:
            click.echo(closing, nl=False, err=self.to_stderr)


def statistics_table(summary: Summary) -> str:
    """One line per code: how often it was reported, `[*]` when --fix resolves some."""
    return "".join(
        f"{count:>5}  {code}  {name}{'  [*]' if fixes else ''}\n"
        for code, name, count, fixes in summary.statistics()
    )


def fixes_list(fixed: dict[str, tuple[str, ...]], names: dict[str, str]) -> str:
    """`--show-fixes`: what --fix changed, file by file (as ruff lists it)."""
    if not fixed:
        return "No fixes applied.\n"
    total = sum(len(codes) for codes in fixed.values())
    lines = [f"Fixed {total} problem{'s' if total != 1 else ''}:"]
    for path, codes in fixed.items():
        lines.append(f"- {path}:")
        for code, count in sorted(Counter(codes).items()):
            lines.append(f"    {count} × {code} ({names.get(code, code)})")
    return "\n".join(lines) + "\n"
