"""`smartbrev validate` and `smartbrev lint`."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

import click

from smartbrev import __version__
from smartbrev.cli.base import (
    briefing_chooser,
    cache_dir_option,
    cache_size_option,
    chosen_format,
    cli,
    color_option,
    exclude_options,
    jobs_option,
    no_cache_option,
    note_skipped,
    open_cache,
    output_file_option,
    output_format_option,
    pool_size,
    say,
    split_values,
    stdin_filename_option,
    stdin_format_option,
    tell_cache_notes,
    use_color,
    watch_option,
)
from smartbrev.schema.store import SCHEMA_VERSIONS


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--schema-version",
    type=click.Choice(SCHEMA_VERSIONS),
    help="Validate against this schema version instead of the one each document names.",
)
@stdin_format_option
@stdin_filename_option
@output_format_option
@output_file_option
@color_option
@click.option("-q", "--quiet", is_flag=True, help="Print diagnostics only, no summary.")
@exclude_options
@jobs_option
@no_cache_option
@cache_dir_option
@cache_size_option
@watch_option
@click.pass_context
def validate(
    ctx: click.Context,
    paths: tuple[str, ...],
    schema_version: str | None,
    stdin_format: str | None,
    stdin_filename: str,
    output_format: str | None,
    output_file: str | None,
    color: str,
    quiet: bool,
    exclude: tuple[str, ...],
    extend_exclude: tuple[str, ...],
    force_exclude: bool | None,
    jobs: str,
    no_cache: bool,
    cache_dir: str,
    cache_max_size: int | None,
    watch: bool,
) -> None:
    """Check briefing files against the schema.

    PATHS are files, directories (searched recursively for *.json, *.yaml, *.yml,
    *.md, *.markdown and *.txt) or `-` for standard input. Markdown and text drafts
    are read into a briefing first, then checked. Exit status: 0 all valid, 1 some invalid, 2 some
    input could not be read.
    """
    from smartbrev.batch.results import Summary
    from smartbrev.cli.emit import Emitter
    from smartbrev.files import collect
    from smartbrev.report import ReportOptions, clock, make_reporter
    from smartbrev.validate_run import validate_targets

    colored = use_color(color, to_file=bool(output_file))
    report_format = chosen_format(output_format)
    choose = briefing_chooser(exclude, extend_exclude, force_exclude)
    if output_file and os.path.exists(output_file):  # noqa: PTH110
        _refuse_output_over_input(output_file, paths, choose)

    def once() -> int:
        options = ReportOptions(__version__, colored, "validate", clock())
        reporter = make_reporter(report_format, options)
        summary = Summary()
        targets = collect(paths, stdin_name=stdin_filename, choose=choose, skipped=note_skipped)
        emit = Emitter(report_format, output_file, color=colored, to_stderr=False)
        cache = open_cache(no_cache, cache_dir, "validate", cache_max_size)
        for result in validate_targets(
            targets,
            version=schema_version,
            stdin=sys.stdin.buffer,
            stdin_format=stdin_format,
            jobs=pool_size(jobs),
            cache=cache,
        ):
            summary.add(result)
            emit(reporter.file(result))
        emit.flush()
        tell_cache_notes(cache)
        summary.exit_status = summary.exit_code
        emit.close(reporter.finish(summary), summary, statistics=False, quiet=quiet)
        return summary.exit_code

    if watch:
        from smartbrev.cli.watch import watch as keep_watching

        keep_watching(paths, once, ctx)
    ctx.exit(once())


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
@output_format_option
@color_option
@output_file_option
@click.option("-q", "--quiet", is_flag=True, help="Print diagnostics only, no summary.")
@click.option("--exit-zero", is_flag=True, help="Exit 0 even when there are errors.")
@click.option(
    "--max-warnings",
    type=click.IntRange(min=0),
    help="Exit 1 when there are more warnings than this.",
)
@click.option("--statistics", is_flag=True, help="Print how often each rule fired.")
@click.option("--show-fixes", is_flag=True, help="List what --fix changed, file by file.")
@click.option(
    "--schema-version", type=click.Choice(SCHEMA_VERSIONS), help="Validate against this version."
)
@stdin_format_option
@stdin_filename_option
@exclude_options
@jobs_option
@no_cache_option
@cache_dir_option
@cache_size_option
@watch_option
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
    color: str,
    output_file: str | None,
    quiet: bool,
    exit_zero: bool,
    max_warnings: int | None,
    statistics: bool,
    show_fixes: bool,
    schema_version: str | None,
    stdin_format: str | None,
    stdin_filename: str,
    exclude: tuple[str, ...],
    extend_exclude: tuple[str, ...],
    force_exclude: bool | None,
    jobs: str,
    no_cache: bool,
    cache_dir: str,
    cache_max_size: int | None,
    watch: bool,
) -> None:
    """Check briefings against the Smart Brevity editorial rules (and the schema).

    PATHS are files, directories or `-` for standard input. Exit status: 0 no errors
    (warnings allowed), 1 errors (or more warnings than --max-warnings, or changes
    under --diff), 2 unreadable input, a configuration problem or an internal error.
    """
    from smartbrev.batch.results import Summary
    from smartbrev.cli.emit import HUMAN, Emitter, fixes_list
    from smartbrev.files import collect
    from smartbrev.lint.config import check_selector, load, parse_inline
    from smartbrev.lint.run import LintRequest, lint_targets
    from smartbrev.report import ReportOptions, clock, make_reporter

    report_format = chosen_format(output_format)
    layers: list[tuple[str, dict[str, Any]]] = []
    explicit = None
    for value in config_values:
        if "=" not in value:
            explicit = load(Path(value))
        else:
            layers.extend(parse_inline((value,)))
    cli_table: dict[str, Any] = {}
    for key, values in (("select", select), ("extend-select", extend_select), ("ignore", ignore)):
        chosen = split_values(values)
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
    colored = use_color(color, to_file=bool(output_file))
    choose = briefing_chooser(
        exclude,
        extend_exclude,
        force_exclude,
        config=explicit,
        isolated=isolated,
        layers=tuple(layers),
    )
    if output_file and os.path.exists(output_file):  # noqa: PTH110
        _refuse_output_over_input(output_file, paths, choose)

    # `lint - --fix` prints the fixed text, as ruff does: the report goes to standard error.
    fixing_stdin = fix and not diff and "-" in paths and not output_file

    def once() -> int:
        options = ReportOptions(
            __version__, colored, "lint", clock(), unsafe_fixes, statistics=statistics
        )
        reporter = make_reporter(report_format, options)
        summary = Summary(lint=True, unsafe_fixes=unsafe_fixes)
        changed = internal = False
        emit = Emitter(report_format, output_file, color=colored, to_stderr=fixing_stdin)
        fixed_by_file: dict[str, tuple[str, ...]] = {}
        names: dict[str, str] = {}
        cache = open_cache(no_cache, cache_dir, "lint", cache_max_size)
        for outcome in lint_targets(
            collect(paths, stdin_name=stdin_filename, choose=choose, skipped=note_skipped),
            request,
            stdin=sys.stdin.buffer,
            stdin_format=stdin_format,
            jobs=pool_size(jobs),
            cache=cache,
            render=reporter if reporter.streaming else None,
        ):
            summary.add(outcome.result, outcome.tally)
            summary.fixed += 0 if diff else outcome.fixed
            internal = internal or outcome.internal_error
            if outcome.fixed_codes:
                fixed_by_file[outcome.result.path] = outcome.fixed_codes
            if outcome.fixed_text is not None:
                emit.flush()
                click.echo(outcome.fixed_text, nl=False)
            if outcome.refused and (fix or diff):
                emit.flush()
                refused = f"{outcome.result.path}: not fixed: {outcome.refused}"
                say(f"smartbrev: {refused}")
            if outcome.diff:
                changed = True
                emit(outcome.diff)
                continue
            text = outcome.text if outcome.text is not None else reporter.file(outcome.result)
            emit(text)
        emit.flush()
        tell_cache_notes(cache)
        status = summary.lint_exit_code(
            internal_error=internal,
            max_warnings=max_warnings,
            diff=diff,
            changed=changed,
            exit_zero=exit_zero,
        )
        summary.exit_status = status
        closing = reporter.finish(summary)
        if diff and report_format in ("full", "concise") and not output_file:
            closing = ""
        emit.close(closing, summary, statistics=statistics, quiet=quiet)
        if show_fixes and (fix or diff):
            from smartbrev.lint.registry import BY_CODE

            names = {code: rule.name for code, rule in BY_CODE.items()}
            listing = fixes_list(fixed_by_file, names)
            click.echo(listing, nl=False, err=fixing_stdin or report_format not in HUMAN)
        return status

    if watch:
        from smartbrev.cli.watch import watch as keep_watching

        keep_watching(paths, once, ctx)
    ctx.exit(once())


def _refuse_output_over_input(output: str, paths: tuple[str, ...], choose: Any) -> None:
    """Stop before anything runs when `-o` names one of the files to check."""
    from smartbrev.files import Target, collect

    real = os.path.realpath(output)
    for target in collect(paths, choose=choose):
        if isinstance(target, Target) and target.path and os.path.realpath(target.path) == real:
            raise click.UsageError(
                f"-o {output} is one of the files to check; name another file for the report"
            )
