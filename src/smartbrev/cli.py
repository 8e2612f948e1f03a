"""The command line. click lives here alone: parse arguments, call the API, report, exit."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

import click

from smartbrev import __version__
from smartbrev.errors import SmartbrevError
from smartbrev.schemas import LATEST, SCHEMA_VERSIONS

EXIT_OK, EXIT_FINDINGS, EXIT_FAILURE = 0, 1, 2


class _Group(click.Group):
    """Turns smartbrev's own errors and anything unexpected into one line and exit 2."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except (click.exceptions.Exit, click.exceptions.Abort, click.ClickException):
            raise
        except SmartbrevError as error:
            click.echo(f"smartbrev: error: {error}", err=True)
            ctx.exit(EXIT_FAILURE)
        except KeyboardInterrupt:
            click.echo("smartbrev: interrupted", err=True)
            ctx.exit(130)
        except Exception as error:
            if os.environ.get("SMARTBREV_DEBUG"):
                raise
            click.echo(
                f"smartbrev: internal error: {type(error).__name__}: {error} "
                "(set SMARTBREV_DEBUG=1 for a traceback)",
                err=True,
            )
            ctx.exit(EXIT_FAILURE)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="smartbrev")
def cli() -> None:
    """Validate, convert and lint Smart Brevity briefings."""


_output_format = click.option(
    "--output-format",
    type=click.Choice(["full", "concise", "json"]),
    default="full",
    show_default=True,
    help="How to print diagnostics.",
)


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--schema-version",
    type=click.Choice(SCHEMA_VERSIONS),
    help="Validate against this schema version instead of the one each document names.",
)
@click.option(
    "--stdin-format",
    type=click.Choice(["json", "yaml"]),
    help="Format of standard input (`-`), when --stdin-filename does not tell.",
)
@click.option(
    "--stdin-filename", default="-", help="Name to report standard input under (`-` by default)."
)
@_output_format
@click.option("-q", "--quiet", is_flag=True, help="Print diagnostics only, no summary.")
@click.pass_context
def validate(
    ctx: click.Context,
    paths: tuple[str, ...],
    schema_version: str | None,
    stdin_format: str | None,
    stdin_filename: str,
    output_format: str,
    quiet: bool,
) -> None:
    """Check briefing files against the schema.

    PATHS are files, directories (searched recursively for *.json, *.yaml, *.yml)
    or `-` for standard input. Exit status: 0 all valid, 1 some invalid, 2 some
    input could not be read.
    """
    from smartbrev.collect import collect
    from smartbrev.report import make_reporter
    from smartbrev.results import Summary
    from smartbrev.runner import validate_targets

    reporter = make_reporter(output_format, tool_version=__version__)
    summary = Summary()
    targets = collect(paths, stdin_name=stdin_filename)
    stdin = sys.stdin.buffer
    for result in validate_targets(
        targets, version=schema_version, stdin=stdin, stdin_format=stdin_format
    ):
        summary.add(result)
        click.echo(reporter.file(result), nl=False)
    closing = reporter.finish(summary)
    if output_format == "json" or not quiet:
        click.echo(closing, nl=False)
    ctx.exit(summary.exit_code)


@cli.group()
def schema() -> None:
    """Show the briefing schema and its versions."""


@schema.command("list")
def schema_list() -> None:
    """List the released schema versions, oldest first."""
    from smartbrev.schemas import schema_id

    for version in SCHEMA_VERSIONS:
        latest = "  (latest)" if version == LATEST else ""
        click.echo(f"{version}  {schema_id(version)}{latest}")


@schema.command("show")
@click.argument("version", type=click.Choice(SCHEMA_VERSIONS), default=LATEST, required=False)
def schema_show(version: str) -> None:
    """Print the JSON Schema of VERSION (the latest by default)."""
    from smartbrev.schemas import schema_text

    click.echo(schema_text(version), nl=False)


@schema.command("docs")
@click.option(
    "-o",
    "--output",
    default="docs/schema.md",
    show_default=True,
    help="Where to write the reference (`-` for standard output).",
)
@click.option("--check", is_flag=True, help="Write nothing; exit 1 when the file is out of date.")
@click.pass_context
def schema_docs(ctx: click.Context, output: str, check: bool) -> None:
    """Write the Markdown reference generated from the latest schema."""
    from smartbrev.fsutil import atomic_write
    from smartbrev.schema_docs import render

    text = render()
    if output == "-":
        click.echo(text, nl=False)
        return
    target = Path(output)
    if check:
        current = target.read_text(encoding="utf-8") if target.is_file() else None
        if current != text:
            click.echo(f"{output} is out of date; run `smartbrev schema docs`", err=True)
            ctx.exit(EXIT_FINDINGS)
        return
    target.parent.mkdir(parents=True, exist_ok=True)
    atomic_write(target, text)
    click.echo(f"wrote {output}", err=True)


@cli.command()
@click.argument("file")
@click.option(
    "--to", "target", type=click.Choice(SCHEMA_VERSIONS), required=True, help="Version to move to."
)
@click.option("-o", "--output", help="Write the result to this file instead of standard output.")
@click.option("--in-place", is_flag=True, help="Rewrite FILE itself.")
@click.option(
    "--stdin-format", type=click.Choice(["json", "yaml"]), help="Format of standard input (`-`)."
)
@click.pass_context
def migrate(
    ctx: click.Context,
    file: str,
    target: str,
    output: str | None,
    in_place: bool,
    stdin_format: str | None,
) -> None:
    """Move FILE to another schema version, changing nothing else in it.

    Refuses a downgrade that would drop fields the older version lacks.
    """
    from smartbrev.fsutil import atomic_write
    from smartbrev.migrate import migrate as migrate_source
    from smartbrev.source import read_path, read_stdin

    if output and in_place:
        raise click.UsageError("use either -o/--output or --in-place, not both")
    if in_place and file == "-":
        raise click.UsageError("--in-place needs a file, not standard input")
    stdin = sys.stdin.buffer
    source = read_stdin(stdin, stdin_format) if file == "-" else read_path(Path(file))
    text = migrate_source(source, target)
    if in_place or output:
        destination = Path(file if in_place else str(output))
        if text != source.text or destination != Path(file):
            atomic_write(destination, text)
        click.echo(f"{destination}: schema_version {target}", err=True)
    else:
        click.echo(text, nl=False)
    ctx.exit(EXIT_OK)


def main() -> None:
    """Entry point of the `smartbrev` command."""
    try:
        cli(prog_name="smartbrev")
    except BrokenPipeError:
        # Output went to a closed pipe (e.g. `| head`): stop quietly, as Unix tools do.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        sys.exit(EXIT_FINDINGS)
