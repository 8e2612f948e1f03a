"""The command line. click lives here alone: parse arguments, call the API, report, exit."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

import click

from smartbrev import __version__
from smartbrev.errors import SmartbrevError
from smartbrev.formats import INPUT_FORMATS
from smartbrev.schemas import LATEST, SCHEMA_VERSIONS
from smartbrev.writers import OUTPUT_FORMATS

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


_stdin_format = click.option(
    "--stdin-format",
    type=click.Choice(INPUT_FORMATS),
    help="Format of standard input (`-`), when --stdin-filename does not tell.",
)
_stdin_filename = click.option(
    "--stdin-filename", default="-", help="Name to report standard input under (`-` by default)."
)

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
@_stdin_format
@_stdin_filename
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

    PATHS are files, directories (searched recursively for *.json, *.yaml, *.yml,
    *.md, *.markdown and *.txt) or `-` for standard input. Markdown and text drafts
    are read into a briefing first, then checked. Exit status: 0 all valid, 1 some invalid, 2 some
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
@_stdin_format
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


@cli.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option(
    "--to", "to_format", type=click.Choice(OUTPUT_FORMATS), required=True, help="Output format."
)
@click.option(
    "--from",
    "from_format",
    type=click.Choice(INPUT_FORMATS),
    help="Input format, when the file extension does not tell.",
)
@click.option("-o", "--output", help="Write the one input's result to this file.")
@click.option(
    "--out-dir",
    type=click.Path(file_okay=False),
    help="Write one output per input into this directory (same name, new extension).",
)
@_stdin_filename
@click.pass_context
def convert(
    ctx: click.Context,
    inputs: tuple[str, ...],
    to_format: str,
    from_format: str | None,
    output: str | None,
    out_dir: str | None,
    stdin_filename: str,
) -> None:
    """Convert briefings between JSON, YAML, Markdown and plain text.

    INPUTS are files or `-` for standard input. With one input and no -o, the result
    goes to standard output. Nothing is written when the output would not read back as
    the same briefing, or would lose a word of a draft.
    """
    from smartbrev.collect import STDIN
    from smartbrev.convert import convert_source
    from smartbrev.errors import InvalidBriefing, ReadError, WriteError
    from smartbrev.fsutil import atomic_write
    from smartbrev.source import read_path, read_stdin
    from smartbrev.writers import EXTENSIONS

    if output and out_dir:
        raise click.UsageError("use either -o/--output or --out-dir, not both")
    if len(inputs) > 1 and not out_dir:
        raise click.UsageError("several inputs need --out-dir (one output file per input)")
    taken: dict[Path, str] = {}
    worst = EXIT_OK
    written = 0
    for raw in inputs:
        name = stdin_filename if raw == STDIN else raw
        try:
            if raw == STDIN:
                source = read_stdin(sys.stdin.buffer, from_format, name)
            else:
                source = read_path(Path(raw), from_format)
            for warning in source.diagnostics:
                _echo_diagnostic(warning)
            text = convert_source(source, to_format)
        except InvalidBriefing as invalid:
            for diagnostic in invalid.diagnostics:
                _echo_diagnostic(diagnostic)
            click.echo(f"smartbrev: {name}: not converted: the briefing is invalid", err=True)
            worst = max(worst, EXIT_FINDINGS)
            continue
        except (ReadError, WriteError) as error:
            click.echo(f"smartbrev: error: {error}", err=True)
            worst = EXIT_FAILURE
            continue
        if not output and not out_dir:
            click.echo(text, nl=False)
            continue
        if output:
            destination = Path(output)
        else:
            stem = Path(name).name.split(".")[0] if name != STDIN else "stdin"
            destination = Path(str(out_dir)) / f"{stem}{EXTENSIONS[to_format]}"
        if raw != STDIN and destination.resolve() == Path(raw).resolve():
            click.echo(f"smartbrev: error: {name}: refusing to overwrite the input", err=True)
            worst = EXIT_FAILURE
            continue
        if destination.resolve() in taken:
            click.echo(
                f"smartbrev: error: {name}: {destination} is already the output of "
                f"{taken[destination.resolve()]}",
                err=True,
            )
            worst = EXIT_FAILURE
            continue
        taken[destination.resolve()] = name
        destination.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(destination, text)
        written += 1
    if output or out_dir:
        click.echo(f"{written} of {len(inputs)} converted", err=True)
    ctx.exit(worst)


def _echo_diagnostic(diagnostic: Any) -> None:
    from smartbrev.report.concise import headline, location

    click.echo(f"{location(diagnostic)}: {headline(diagnostic)}", err=True)


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--wpm",
    type=click.IntRange(min=1),
    default=238,
    show_default=True,
    help="Reading speed, in words per minute, for the reading time.",
)
@click.option(
    "--output-format",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
    help="How to print the counts.",
)
@_stdin_format
@_stdin_filename
@click.pass_context
def stats(
    ctx: click.Context,
    paths: tuple[str, ...],
    wpm: int,
    output_format: str,
    stdin_format: str | None,
    stdin_filename: str,
) -> None:
    """Count the words of briefings: in total, per block, and the time to read them."""
    import json

    from smartbrev.collect import collect
    from smartbrev.convert import to_model
    from smartbrev.errors import InvalidBriefing, ReadError
    from smartbrev.readers.decode import DEFAULT_LIMITS
    from smartbrev.runner import read_target
    from smartbrev.stats import briefing_stats, reading_time

    worst = EXIT_OK
    reports = []
    for target in collect(paths, stdin_name=stdin_filename):
        try:
            if isinstance(target, ReadError):
                raise target
            source = read_target(
                target, stdin=sys.stdin.buffer, stdin_format=stdin_format, limits=DEFAULT_LIMITS
            )
            counts = briefing_stats(to_model(source))
        except (ReadError, InvalidBriefing) as error:
            click.echo(f"smartbrev: error: {error}", err=True)
            worst = EXIT_FAILURE if isinstance(error, ReadError) else max(worst, EXIT_FINDINGS)
            continue
        seconds = counts.reading_seconds(wpm)
        if output_format == "json":
            reports.append(
                {
                    "path": source.name,
                    "words": {
                        "headline": counts.headline,
                        "lede": counts.lede,
                        "blocks": [
                            {"axiom": b.axiom, "label": b.label, "words": b.words}
                            for b in counts.blocks
                        ],
                        "byline": counts.byline,
                        "total": counts.total,
                    },
                    "reading_time_seconds": seconds,
                    "words_per_minute": wpm,
                }
            )
            continue
        width = max([len("headline"), *(len(b.label) for b in counts.blocks)]) + 2
        lines = [source.name]
        lines.append(f"  {'headline':<{width}}{counts.headline:>5}")
        lines.append(f"  {'lede':<{width}}{counts.lede:>5}")
        lines += [f"  {b.label:<{width}}{b.words:>5}" for b in counts.blocks]
        lines.append(f"  {'byline':<{width}}{counts.byline:>5}")
        lines.append(
            f"  {'total':<{width}}{counts.total:>5} words, "
            f"{reading_time(seconds)} to read at {wpm} words per minute"
        )
        click.echo("\n".join(lines))
    if output_format == "json":
        click.echo(
            json.dumps({"format_version": 1, "files": reports}, indent=2, ensure_ascii=False)
        )
    ctx.exit(worst)


def main() -> None:
    """Entry point of the `smartbrev` command."""
    try:
        cli(prog_name="smartbrev")
    except BrokenPipeError:
        # Output went to a closed pipe (e.g. `| head`): stop quietly, as Unix tools do.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        sys.exit(EXIT_FINDINGS)
