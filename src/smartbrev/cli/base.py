"""The command group, the options several commands share, and the exit codes."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from smartbrev import __version__

# The exit statuses are results' policy; the commands name them from here.
from smartbrev.batch.results import EXIT_FAILURE as EXIT_FAILURE
from smartbrev.batch.results import EXIT_FINDINGS as EXIT_FINDINGS
from smartbrev.batch.results import EXIT_OK as EXIT_OK
from smartbrev.errors import SmartbrevError
from smartbrev.formats import INPUT_FORMATS
from smartbrev.report import REPORTERS

COMMANDS: dict[str, str] = {
    "validate": "smartbrev.cli.check",
    "lint": "smartbrev.cli.check",
    "convert": "smartbrev.cli.convert",
    "stats": "smartbrev.cli.convert",
    "migrate": "smartbrev.cli.convert",
    "schema": "smartbrev.cli.info",
    "rule": "smartbrev.cli.info",
    "init": "smartbrev.cli.info",
    "config": "smartbrev.cli.info",
    "server": "smartbrev.cli.server",
    "desk": "smartbrev.cli.desk",
    "feed": "smartbrev.cli.feed",
}
"""Each command and the module that defines it, imported when the command is used (or
listed), so that running one command does not load the others."""


SERVICES: dict[str, Callable[..., None]] = {}
"""Programs a command starts that are the command line's peers in the layers (the
language server, the desk): the entry point, above both, puts them here, so the command
line never imports them."""


class _Group(click.Group):
    """Loads each command's module when the command is needed, and turns smartbrev's own
    errors and anything unexpected into one line and exit 2."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        home = COMMANDS.get(cmd_name)
        if home is not None and cmd_name not in self.commands:
            import importlib

            importlib.import_module(home)  # its decorators add the command to this group
        return super().get_command(ctx, cmd_name)

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except (click.exceptions.Exit, click.exceptions.Abort, click.ClickException):
            raise
        except BrokenPipeError:
            raise  # the reader went away (`| head`): main() ends quietly
        except SmartbrevError as error:
            say(f"smartbrev: error: {error}")
            ctx.exit(EXIT_FAILURE)
        except KeyboardInterrupt:
            click.echo("smartbrev: interrupted", err=True)
            ctx.exit(130)
        except Exception as error:
            if os.environ.get("SMARTBREV_DEBUG"):
                raise
            say(
                f"smartbrev: internal error: {type(error).__name__}: {error} "
                "(set SMARTBREV_DEBUG=1 for a traceback)"
            )
            ctx.exit(EXIT_FAILURE)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="smartbrev")
def cli() -> None:
    """Validate, convert and lint Smart Brevity briefings."""


stdin_format_option = click.option(
    "--stdin-format",
    type=click.Choice(INPUT_FORMATS),
    help="Format of standard input (`-`); by default told by --stdin-filename or the content.",
)
stdin_filename_option = click.option(
    "--stdin-filename", default="-", help="Name to report standard input under (`-` by default)."
)


def exclude_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """`--exclude`, `--extend-exclude` and `--force-exclude`, as ruff has them."""
    for option in reversed(
        (
            click.option(
                "--exclude",
                multiple=True,
                help="Skip files and folders matching this pattern (gitignore syntax); "
                "replaces the configured `exclude`.",
            ),
            click.option(
                "--extend-exclude",
                multiple=True,
                help="Skip files and folders matching this pattern, besides `exclude`.",
            ),
            click.option(
                "--force-exclude/--no-force-exclude",
                default=None,
                help="Leave out files named on the command line that `include` does not "
                "name or `exclude` does (for pre-commit).",
            ),
        )
    ):
        command = option(command)
    return command


def briefing_chooser(
    exclude: tuple[str, ...],
    extend_exclude: tuple[str, ...],
    force_exclude: bool | None,
    **configuration: Any,
) -> Any:
    """Which files are briefings in each folder (`lint.briefing_files.chooser`; the
    configuration named, `isolated`, `--config` layers as keywords)."""
    from smartbrev.lint.briefing_files import SelectionFlags, chooser

    flags = SelectionFlags(tuple(exclude), tuple(extend_exclude), force_exclude)
    return chooser(flags=flags, **configuration)


jobs_option = click.option(
    "--jobs",
    "-j",
    default="auto",
    show_default=True,
    help="Worker processes: a number, or auto for one per core.",
)
CACHE_DIR = ".smartbrev_cache"
"""Where results are remembered unless --cache-dir says otherwise (relative to the
working directory)."""

no_cache_option = click.option(
    "--no-cache",
    is_flag=True,
    envvar="SMARTBREV_NO_CACHE",
    help="Check every file afresh, without reading or writing the cache.",
)
cache_dir_option = click.option(
    "--cache-dir",
    envvar="SMARTBREV_CACHE_DIR",
    default=CACHE_DIR,
    show_default=True,
    help="Where unchanged files' results are remembered.",
)


def _cache_size(ctx: click.Context, param: click.Parameter, value: str | None) -> int | None:
    if value is None:
        return None
    from smartbrev.batch.cache_budget import parse_size

    try:
        return parse_size(value)
    except ValueError as error:
        raise click.BadParameter(str(error)) from None


cache_size_option = click.option(
    "--cache-max-size",
    envvar="SMARTBREV_CACHE_MAX_SIZE",
    metavar="SIZE",
    callback=_cache_size,
    help="Most disk the cache may take, e.g. 500MB or 4GiB (default 2GiB). Beyond it the "
    "results fewest recent runs needed go first, never one this run needed.",
)


watch_option = click.option(
    "--watch",
    is_flag=True,
    help="Check again whenever a briefing or configuration file changes (Ctrl-C stops).",
)


color_option = click.option(
    "--color",
    type=click.Choice(["auto", "always", "never"]),
    default="auto",
    show_default=True,
    help="Colour the full and concise reports (auto: on a terminal, unless NO_COLOR is set).",
)


def use_color(choice: str, to_file: bool = False) -> bool:
    """Whether to colour a report written to standard output."""
    if choice != "auto":
        return choice == "always"
    if to_file or os.environ.get("NO_COLOR"):
        return False
    return bool(os.environ.get("FORCE_COLOR")) or sys.stdout.isatty()


def pool_size(jobs: str) -> int:
    from smartbrev.batch.pool import resolve_jobs

    try:
        return resolve_jobs(jobs)
    except ValueError:
        raise click.BadParameter(
            f"{jobs!r} is not a number of workers or auto", param_hint="--jobs"
        ) from None


def open_cache(no_cache: bool, cache_dir: str, kind: str, max_size: int | None = None) -> Any:
    from smartbrev.batch.runner import CacheSpec

    if no_cache:
        return None
    return CacheSpec(str(Path(cache_dir).absolute()), kind, budget=max_size)


def tell_cache_notes(cache: Any) -> None:
    """Say once, after the run, what was wrong with the cache (on standard error)."""
    if cache is not None:
        for note in cache.notes:
            say(f"smartbrev: note: {note}")
        cache.notes.clear()


output_format_option = click.option(
    "--output-format",
    type=click.Choice(tuple(REPORTERS)),
    default=None,
    help="How to print diagnostics (default: full; github under GitHub Actions).",
)
output_file_option = click.option(
    "-o", "--output-file", "--output", "output_file", help="Write the report to this file."
)


def chosen_format(output_format: str | None) -> str:
    """The report asked for, else the default: annotations under GitHub Actions."""
    import os

    if output_format is not None:
        return output_format
    return "github" if os.environ.get("GITHUB_ACTIONS") == "true" else "full"


class Printer:
    """Standard output written in pieces of a few hundred files' text: one write per
    file costs more than the rest of a cached file's handling."""

    def __init__(self, *, color: bool | None = None, every: int = 256) -> None:
        self.color = color
        self.every = every
        self._pending: list[str] = []

    def __call__(self, text: str) -> None:
        if text:
            self._pending.append(text)
            if len(self._pending) >= self.every:
                self.flush()

    def flush(self) -> None:
        """Write what is pending."""
        if self._pending:
            click.echo("".join(self._pending), nl=False, color=self.color)
            self._pending = []


def say(line: str) -> None:
    """One line on standard error; what it quotes from files and names is escaped (see
    `report.visible`), so a file cannot write to the terminal through it."""
    from smartbrev.report.visible import visible

    click.echo(visible(line), err=True)


def note_skipped(path: str, why: str) -> None:
    """Say which file a directory search passed over, and why (see `files.collect`)."""
    say(f"smartbrev: note: {path}: skipped: {why}")


def echo_diagnostic(diagnostic: Any) -> None:
    from smartbrev.report.concise import headline, location

    click.echo(f"{location(diagnostic)}: {headline(diagnostic)}", err=True)


def split_values(values: tuple[str, ...]) -> list[str]:
    return [part.strip() for value in values for part in value.split(",") if part.strip()]
