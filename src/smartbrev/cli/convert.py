"""`smartbrev convert`, `smartbrev stats` and `smartbrev migrate`."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from smartbrev.cli.base import (
    EXIT_FAILURE,
    EXIT_FINDINGS,
    EXIT_OK,
    briefing_chooser,
    cli,
    echo_diagnostic,
    note_skipped,
    say,
    stdin_filename_option,
    stdin_format_option,
)
from smartbrev.formats import INPUT_FORMATS, OUTPUT_FORMATS, OUTPUTS
from smartbrev.schema.store import SCHEMA_VERSIONS
from smartbrev.stats import DEFAULT_WPM

FROM_FLAGS = "--from or --stdin-filename"
"""How `convert` lets standard input's format be named."""


@cli.command()
@click.argument("file")
@click.option(
    "--to", "target", type=click.Choice(SCHEMA_VERSIONS), required=True, help="Version to move to."
)
@click.option("-o", "--output", help="Write the result to this file instead of standard output.")
@click.option("--in-place", is_flag=True, help="Rewrite FILE itself.")
@stdin_format_option
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
    from smartbrev.files import atomic_write
    from smartbrev.migrate import migrate as migrate_source
    from smartbrev.readers.source import read_path, read_stdin

    if output and in_place:
        raise click.UsageError("use either -o/--output or --in-place, not both")
    if in_place and file == "-":
        raise click.UsageError("--in-place needs a file, not standard input")
    stdin = sys.stdin.buffer
    if file == "-":
        source = read_stdin(stdin, stdin_format, flags="--stdin-format")
    else:
        source = read_path(Path(file))
    text = migrate_source(source, target)
    if in_place or output:
        destination = Path(file if in_place else str(output))
        if text != source.text or destination != Path(file):
            atomic_write(destination, text)
        say(f"{destination}: schema_version {target}")
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
@click.option("--fragment", is_flag=True, help="With --to html: the article alone, no page.")
@click.option(
    "--template",
    type=click.Path(dir_okay=False, exists=True),
    help="With --to html: a Jinja2 template of your own (autoescaped).",
)
@click.option(
    "--split",
    is_flag=True,
    help="With --out-dir: write each item of a newsletter edition as a briefing of its own "
    "(NAME-01, NAME-02, ...).",
)
@stdin_filename_option
@click.pass_context
def convert(
    ctx: click.Context,
    inputs: tuple[str, ...],
    to_format: str,
    from_format: str | None,
    output: str | None,
    out_dir: str | None,
    fragment: bool,
    template: str | None,
    split: bool,
    stdin_filename: str,
) -> None:
    """Convert briefings (and newsletter editions) between formats.

    \b
    Reads:  json, yaml, markdown (.md, .markdown), text (.txt), html (.html, .htm),
            ninjs (.ninjs.json), docx (Word)
    Writes: json, yaml, markdown, text, html (a page with schema.org JSON-LD, or
            --fragment), ninjs (IPTC ninjs 3.1), ninjs-2.2, email (.eml: HTML with
            inlined styles and a plain-text alternative)

    INPUTS are files, directories (searched like `validate` does; the outputs keep
    their folders under --out-dir) or `-` for standard input. With one input and no -o,
    the result goes to standard output. Nothing is written when the output would not
    read back as the same briefing, or would lose a word of a draft.

    A newsletter page holding several items is an edition: --to json or yaml writes the
    edition document, and --split --out-dir writes each item as a briefing in any format.
    """
    from smartbrev.batch.jobs import failed
    from smartbrev.convert import convert_source, split_source
    from smartbrev.errors import InvalidBriefing, ReadError, WriteError
    from smartbrev.files import STDIN, atomic_write, collect
    from smartbrev.readers.source import read_path, read_stdin
    from smartbrev.writers.html_writer import HtmlOptions
    from smartbrev.writes import make_folders

    if output and out_dir:
        raise click.UsageError("use either -o/--output or --out-dir, not both")
    if split and not out_dir:
        raise click.UsageError("--split writes one file per item: it needs --out-dir")
    if (fragment or template) and to_format != "html":
        raise click.UsageError("--fragment and --template go with --to html")
    choose = briefing_chooser((), (), None)
    # Directories expand to their briefings; each file remembers where it sits in its
    # folder, so --out-dir can keep the same layout.
    entries: list[tuple[str, str]] = []
    worst = EXIT_OK
    for given in inputs:
        if given == STDIN:
            entries.append((given, stdin_filename if stdin_filename != STDIN else "stdin"))
        elif not Path(given).is_dir():
            entries.append((given, Path(given).name))
        else:
            for found in collect([given], choose=choose, skipped=note_skipped):
                if isinstance(found, ReadError):
                    say(f"smartbrev: error: {found}")
                    worst = EXIT_FAILURE
                else:
                    entries.append((found.name, os.path.relpath(found.name, given)))
    if len(entries) > 1 and not out_dir:
        raise click.UsageError("several inputs need --out-dir (one output file per input)")
    # Every output is planned before any is written: a collision, an output that is an
    # input or a linked folder on the way stops the run with nothing written.
    destinations = _plan(entries, output, out_dir, to_format)
    written = 0
    for (raw, relative), destination in zip(entries, destinations, strict=True):
        name = stdin_filename if raw == STDIN else raw
        try:
            if raw == STDIN:
                source = read_stdin(sys.stdin.buffer, from_format, name, flags=FROM_FLAGS)
            else:
                source = read_path(Path(raw), from_format, flags="--from")
            for note in source.diagnostics:
                if note.severity.value != "error":  # errors come with InvalidBriefing below
                    echo_diagnostic(note)
            html = HtmlOptions(fragment=fragment, template=Path(template) if template else None)
            items = split_source(source, to_format, html) if split else None
            if items is not None and destination is not None:
                make_folders(Path(str(out_dir)), os.path.dirname(relative))  # noqa: PTH120
                for number, text in enumerate(items, 1):
                    atomic_write(_numbered(destination, number, to_format), text)
                written += 1
                continue
            text = convert_source(source, to_format, html)
            for url in html.unsafe_links:
                say(
                    f"{name}: warning: “{url}” is shown as text, not a link "
                    "(only http, https and mailto links are kept)"
                )
            if destination is None:
                click.echo(text, nl=False)
                continue
            if out_dir:
                make_folders(Path(out_dir), os.path.dirname(relative))  # noqa: PTH120
            atomic_write(destination, text)
            written += 1
        except InvalidBriefing as invalid:
            for diagnostic in invalid.diagnostics:
                echo_diagnostic(diagnostic)
            say(f"smartbrev: {name}: not converted: the briefing is invalid")
            worst = max(worst, EXIT_FINDINGS)
        except (ReadError, WriteError) as error:
            say(f"smartbrev: error: {error}")
            worst = EXIT_FAILURE
        except OSError as error:
            say(f"smartbrev: error: {destination}: cannot write: {error.strerror or error}")
            worst = EXIT_FAILURE
        except Exception as error:  # a bug met on this file: say so, go on with the rest
            if os.environ.get("SMARTBREV_DEBUG"):
                raise
            echo_diagnostic(failed(error, name).diagnostics[0])
            worst = EXIT_FAILURE
    if output or out_dir:
        say(f"{written} of {len(entries)} converted")
    ctx.exit(worst)


def _numbered(destination: Path, number: int, to_format: str) -> Path:
    """Where item `number` of a split edition goes: NAME-01.EXT beside NAME.EXT."""
    extension = OUTPUTS[to_format].extension
    stem = destination.name.removesuffix(extension)
    return destination.with_name(f"{stem}-{number:02d}{extension}")


def _plan(
    entries: list[tuple[str, str]], output: str | None, out_dir: str | None, to_format: str
) -> list[Path | None]:
    """Where each input's output goes (None: standard output); exits 2, writing nothing,
    when the outputs cannot all be written safely."""
    from smartbrev.writes import plan_outputs

    inputs = [raw for raw, _ in entries]
    if out_dir:
        planned, problems = plan_outputs(entries, out_dir, to_format, inputs)
    elif output:
        planned, real = [], os.path.realpath(output)
        problems = [
            f"{output}: refusing to overwrite the input {raw}"
            for raw in inputs
            if raw != "-" and os.path.realpath(raw) == real
        ]
    else:
        return [None] * len(entries)
    for problem in problems:
        say(f"smartbrev: error: {problem}")
    if problems:
        say("smartbrev: nothing was written")
        raise click.exceptions.Exit(EXIT_FAILURE)
    return [p.destination for p in planned] if out_dir else [Path(str(output))]


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--wpm",
    type=click.IntRange(min=1),
    default=DEFAULT_WPM,
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
@stdin_format_option
@stdin_filename_option
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

    from smartbrev.batch.jobs import failed, read_target
    from smartbrev.convert import to_model
    from smartbrev.errors import InvalidBriefing, ReadError
    from smartbrev.files import collect
    from smartbrev.readers.decode import DEFAULT_LIMITS
    from smartbrev.report.visible import visible
    from smartbrev.stats import briefing_stats, reading_time

    worst = EXIT_OK
    reports = []
    choose = briefing_chooser((), (), None)
    for target in collect(paths, stdin_name=stdin_filename, choose=choose, skipped=note_skipped):
        try:
            if isinstance(target, ReadError):
                raise target
            source = read_target(
                target, stdin=sys.stdin.buffer, stdin_format=stdin_format, limits=DEFAULT_LIMITS
            )
            counts = briefing_stats(to_model(source))
        except (ReadError, InvalidBriefing) as error:
            say(f"smartbrev: error: {error}")
            worst = EXIT_FAILURE if isinstance(error, ReadError) else max(worst, EXIT_FINDINGS)
            continue
        except Exception as error:  # a bug met on this file: say so, go on with the rest
            if os.environ.get("SMARTBREV_DEBUG"):
                raise
            echo_diagnostic(failed(error, target.name).diagnostics[0])
            worst = EXIT_FAILURE
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
        labels = [visible(b.label) for b in counts.blocks]
        width = max([len("headline"), *(len(label) for label in labels)]) + 2
        lines = [visible(source.name)]
        lines.append(f"  {'headline':<{width}}{counts.headline:>5}")
        lines.append(f"  {'lede':<{width}}{counts.lede:>5}")
        lines += [
            f"  {label:<{width}}{b.words:>5}"
            for label, b in zip(labels, counts.blocks, strict=True)
        ]
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
