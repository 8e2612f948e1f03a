"""The command line. click lives here alone: parse arguments, call the API, report, exit."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

import click

from smartbrev import __version__
from smartbrev.errors import SmartbrevError
from smartbrev.formats import INPUT_FORMATS, OUTPUT_FORMATS
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


_stdin_format = click.option(
    "--stdin-format",
    type=click.Choice(INPUT_FORMATS),
    help="Format of standard input (`-`), when --stdin-filename does not tell.",
)
_stdin_filename = click.option(
    "--stdin-filename", default="-", help="Name to report standard input under (`-` by default)."
)

_exclude = click.option(
    "--exclude",
    multiple=True,
    help="Skip files and folders matching this pattern (gitignore syntax) in directory searches.",
)
_jobs = click.option(
    "--jobs",
    "-j",
    default="auto",
    show_default=True,
    help="Worker processes: a number, or auto for one per core.",
)
_no_cache = click.option(
    "--no-cache",
    is_flag=True,
    envvar="SMARTBREV_NO_CACHE",
    help="Check every file afresh, without reading or writing the cache.",
)
_cache_dir = click.option(
    "--cache-dir",
    envvar="SMARTBREV_CACHE_DIR",
    default=".smartbrev_cache",
    show_default=True,
    help="Where unchanged files' results are remembered.",
)


def _pool_size(jobs: str) -> int:
    from smartbrev.parallel import resolve_jobs

    try:
        return resolve_jobs(jobs)
    except ValueError:
        raise click.BadParameter(
            f"{jobs!r} is not a number of workers or auto", param_hint="--jobs"
        ) from None


def _cache(no_cache: bool, cache_dir: str, kind: str) -> Any:
    from smartbrev.runner import CacheSpec

    return None if no_cache else CacheSpec(str(Path(cache_dir).absolute()), kind)


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
@_exclude
@_jobs
@_no_cache
@_cache_dir
@click.pass_context
def validate(
    ctx: click.Context,
    paths: tuple[str, ...],
    schema_version: str | None,
    stdin_format: str | None,
    stdin_filename: str,
    output_format: str,
    quiet: bool,
    exclude: tuple[str, ...],
    jobs: str,
    no_cache: bool,
    cache_dir: str,
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
    targets = collect(paths, stdin_name=stdin_filename, exclude=exclude)
    stdin = sys.stdin.buffer
    for result in validate_targets(
        targets,
        version=schema_version,
        stdin=stdin,
        stdin_format=stdin_format,
        jobs=_pool_size(jobs),
        cache=_cache(no_cache, cache_dir, "validate"),
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
@click.option("--fragment", is_flag=True, help="With --to html: the article alone, no page.")
@click.option(
    "--template",
    type=click.Path(dir_okay=False, exists=True),
    help="With --to html: a Jinja2 template of your own (autoescaped).",
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
    fragment: bool,
    template: str | None,
    stdin_filename: str,
) -> None:
    """Convert briefings between formats.

    \b
    Reads:  json, yaml, markdown (.md, .markdown), text (.txt), html (.html, .htm),
            ninjs (.ninjs.json)
    Writes: json, yaml, markdown, text, html (a page with schema.org JSON-LD, or
            --fragment), ninjs (IPTC ninjs 3.1), ninjs-2.2

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
    from smartbrev.writers.html_writer import HtmlOptions

    if output and out_dir:
        raise click.UsageError("use either -o/--output or --out-dir, not both")
    if (fragment or template) and to_format != "html":
        raise click.UsageError("--fragment and --template go with --to html")
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
            html = HtmlOptions(fragment=fragment, template=Path(template) if template else None)
            text = convert_source(source, to_format, html)
            for url in html.unsafe_links:
                click.echo(
                    f"{name}: warning: “{url}” is shown as text, not a link "
                    "(only http, https and mailto links are kept)",
                    err=True,
                )
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


def _split(values: tuple[str, ...]) -> list[str]:
    return [part.strip() for value in values for part in value.split(",") if part.strip()]


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--select", multiple=True, help="Rules to run: codes, prefixes, names or ALL.")
@click.option("--extend-select", multiple=True, help="Rules to run on top of the configured ones.")
@click.option("--ignore", multiple=True, help="Rules not to run.")
@click.option(
    "--config",
    "config_values",
    multiple=True,
    help="A configuration file, or a setting in TOML (`rules.lede-too-long.max-words = 45`).",
)
@click.option("--isolated", is_flag=True, help="Ignore configuration files.")
@click.option("--fix", is_flag=True, help="Apply safe fixes to the files named.")
@click.option("--unsafe-fixes", is_flag=True, help="With --fix or --diff, apply unsafe fixes too.")
@click.option(
    "--diff", is_flag=True, help="Print the fixes as a unified diff; write nothing (exit 1 if any)."
)
@click.option(
    "--output-format",
    type=click.Choice(["full", "concise", "json", "sarif", "github", "junit"]),
    default=None,
    help="How to print diagnostics (default: full; github under GitHub Actions).",
)
@click.option("-o", "--output", "output_file", help="Write the report to this file.")
@click.option("--exit-zero", is_flag=True, help="Exit 0 even when there are errors.")
@click.option(
    "--max-warnings",
    type=click.IntRange(min=0),
    help="Exit 1 when there are more warnings than this.",
)
@click.option("--statistics", is_flag=True, help="Print how often each rule fired.")
@click.option(
    "--schema-version", type=click.Choice(SCHEMA_VERSIONS), help="Validate against this version."
)
@_stdin_format
@_stdin_filename
@_exclude
@_jobs
@_no_cache
@_cache_dir
@click.pass_context
def lint(
    ctx: click.Context,
    paths: tuple[str, ...],
    select: tuple[str, ...],
    extend_select: tuple[str, ...],
    ignore: tuple[str, ...],
    config_values: tuple[str, ...],
    isolated: bool,
    fix: bool,
    unsafe_fixes: bool,
    diff: bool,
    output_format: str | None,
    output_file: str | None,
    exit_zero: bool,
    max_warnings: int | None,
    statistics: bool,
    schema_version: str | None,
    stdin_format: str | None,
    stdin_filename: str,
    exclude: tuple[str, ...],
    jobs: str,
    no_cache: bool,
    cache_dir: str,
) -> None:
    """Check briefings against the Smart Brevity editorial rules (and the schema).

    PATHS are files, directories or `-` for standard input. Exit status: 0 no errors
    (warnings allowed), 1 errors (or more warnings than --max-warnings, or changes
    under --diff), 2 unreadable input, a configuration problem or an internal error.
    """
    from smartbrev.collect import collect
    from smartbrev.fsutil import atomic_write
    from smartbrev.lint.config import check_selector, load, parse_inline
    from smartbrev.lint.run import LintRequest, lint_targets
    from smartbrev.report import make_reporter
    from smartbrev.results import Summary

    if output_format is None:
        output_format = "github" if os.environ.get("GITHUB_ACTIONS") == "true" else "full"
    layers: list[tuple[str, dict[str, Any]]] = []
    explicit = None
    for value in config_values:
        if "=" not in value:
            explicit = load(Path(value))
        else:
            layers.extend(parse_inline((value,)))
    cli_table: dict[str, Any] = {}
    for key, values in (("select", select), ("extend-select", extend_select), ("ignore", ignore)):
        chosen = _split(values)
        for selector in chosen:
            check_selector(selector, f"--{key}")
        if chosen:
            cli_table[key] = chosen
    if cli_table:
        layers.append(("command line", cli_table))
    request = LintRequest(
        layers=tuple(layers),
        config=explicit,
        isolated=isolated,
        fix=fix,
        unsafe_fixes=unsafe_fixes,
        diff=diff,
        version=schema_version,
    )
    reporter = make_reporter(output_format, tool_version=__version__)
    summary = Summary(lint=True)
    chunks: list[str] = []
    changed = internal = False
    counts: dict[tuple[str, str], list[int]] = {}
    for outcome in lint_targets(
        collect(paths, stdin_name=stdin_filename, exclude=exclude),
        request,
        stdin=sys.stdin.buffer,
        stdin_format=stdin_format,
        jobs=_pool_size(jobs),
        cache=_cache(no_cache, cache_dir, "lint"),
        render=reporter.file if getattr(reporter, "streaming", False) else None,
    ):
        summary.add(outcome.result)
        summary.fixed += 0 if diff else outcome.fixed
        internal = internal or outcome.internal_error
        if outcome.refused and (fix or diff):
            click.echo(f"smartbrev: {outcome.result.path}: not fixed: {outcome.refused}", err=True)
        if outcome.diff:
            changed = True
            click.echo(outcome.diff, nl=False)
            continue
        for diagnostic in outcome.result.diagnostics:
            entry = counts.setdefault((diagnostic.code, diagnostic.name), [0, 0])
            entry[0] += 1
            entry[1] += diagnostic.fix is not None
        text = outcome.text if outcome.text is not None else reporter.file(outcome.result)
        if output_file:
            chunks.append(text)
        else:
            click.echo(text, nl=False)
    closing = reporter.finish(summary)
    if statistics and output_format in ("full", "concise"):
        for (code, name), (count, fixable) in sorted(counts.items(), key=lambda i: -i[1][0]):
            closing = f"{count:>5}  {code}  {name}{'  [*]' if fixable else ''}\n" + closing
    if output_file:
        atomic_write(Path(output_file), "".join(chunks) + closing)
    elif not diff or output_format not in ("full", "concise"):
        click.echo(closing, nl=False)
    errors = summary.by_severity.get("error", 0)
    warnings = summary.by_severity.get("warning", 0)
    if summary.unusable or internal:
        ctx.exit(EXIT_FAILURE)
    failed = (
        (errors and not diff)
        or (max_warnings is not None and warnings > max_warnings)
        or (diff and changed)
    )
    ctx.exit(EXIT_FINDINGS if failed and not exit_zero else EXIT_OK)


@cli.command()
@click.argument("name", required=False)
@click.option("--all", "show_all", is_flag=True, help="Every rule.")
@click.option(
    "--output-format",
    type=click.Choice(["text", "json", "markdown"]),
    default="text",
    show_default=True,
    help="`markdown` prints the rules reference (docs/rules.md).",
)
def rule(name: str | None, show_all: bool, output_format: str) -> None:
    """Explain a rule, given its code or name (or every rule with --all)."""
    from smartbrev.lint.docs import page, reference, rules_json
    from smartbrev.lint.registry import RULES, find
    from smartbrev.messages import suggestion

    if output_format == "markdown":
        click.echo(reference(), nl=False)
        return
    if show_all:
        chosen = list(RULES)
    elif name is None:
        raise click.UsageError("name a rule (e.g. `smartbrev rule lede-too-long`) or use --all")
    else:
        found = find(name)
        if found is None:
            names = [r.name for r in RULES] + [r.code for r in RULES]
            raise click.UsageError(f"unknown rule `{name}`{suggestion(name, names)}")
        chosen = [found]
    if output_format == "json":
        click.echo(rules_json(chosen), nl=False)
    else:
        click.echo("\n".join(page(r) for r in chosen), nl=False)


@cli.command()
@click.option(
    "--path",
    "target",
    default="smartbrev.toml",
    show_default=True,
    help="Where to write the configuration.",
)
@click.option("--force", is_flag=True, help="Overwrite an existing file.")
def init(target: str, force: bool) -> None:
    """Write a commented starter configuration."""
    from smartbrev.fsutil import atomic_write
    from smartbrev.lint.starter import starter_config

    path = Path(target)
    if path.exists() and not force:
        raise click.UsageError(f"{target} already exists; use --force to replace it")
    atomic_write(path, starter_config())
    click.echo(f"wrote {target}", err=True)


@cli.command("config")
@click.argument("path", default=".", required=False)
@click.option("--output-format", type=click.Choice(["text", "json"]), default="text")
@click.option("--schema", is_flag=True, help="Print the configuration's JSON Schema instead.")
def config_command(path: str, output_format: str, schema: bool) -> None:
    """Show the settings that apply to PATH, and where each came from."""
    import json as json_module

    if schema:
        from smartbrev.lint.config_schema import config_schema_text

        click.echo(config_schema_text(), nl=False)
        return

    from smartbrev.collect import Target
    from smartbrev.lint.registry import BY_CODE
    from smartbrev.lint.run import LintRequest, settings_for

    target_path = Path(path)
    probe = target_path / "briefing.md" if target_path.is_dir() else target_path
    settings = settings_for(Target(str(probe), probe), LintRequest())
    from smartbrev.lint.config import discover

    loaded = discover(probe.parent.resolve())
    rules = [
        {
            "code": code,
            "name": BY_CODE[code].name,
            "severity": settings.severity_of(code).value,
            "options": _options_data(settings.options.get(code)),
        }
        for code in sorted(settings.enabled)
    ]
    data = {
        "config_file": str(loaded.path) if loaded.path else None,
        "extends": [origin for origin, _ in loaded.layers[:-1]],
        "rules": rules,
        "labels": settings.labels,
        "origin": settings.origin,
    }
    if output_format == "json":
        click.echo(json_module.dumps(data, indent=2, ensure_ascii=False))
        return
    click.echo(f"configuration: {data['config_file'] or '(none found; defaults)'}")
    for base in loaded.layers[:-1]:
        click.echo(f"  extends: {base[0]}")
    for key, origin in sorted(settings.origin.items()):
        click.echo(f"  {key}: from {origin}")
    click.echo(f"rules enabled ({len(rules)}):")
    for entry in rules:
        options = entry["options"]
        shown = f"  {options}" if options else ""
        click.echo(f"  {entry['code']}  {entry['name']:<30} {entry['severity']:<8}{shown}")


def _options_data(options: Any) -> dict[str, Any]:
    from dataclasses import asdict, is_dataclass

    if not is_dataclass(options) or isinstance(options, type):
        return {}
    return {
        k.replace("_", "-"): list(v) if isinstance(v, tuple) else v
        for k, v in asdict(options).items()
    }


def main() -> None:
    """Entry point of the `smartbrev` command."""
    try:
        cli(prog_name="smartbrev")
    except BrokenPipeError:
        # Output went to a closed pipe (e.g. `| head`): stop quietly, as Unix tools do.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        sys.exit(EXIT_FINDINGS)
