"""`smartbrev schema`, `rule`, `init` and `config`: what the tool knows and uses."""

from __future__ import annotations

from pathlib import Path

import click

from smartbrev.cli.base import EXIT_FINDINGS, cli
from smartbrev.schema.store import LATEST, SCHEMA_VERSIONS


@cli.group()
def schema() -> None:
    """Show the briefing schema and its versions."""


@schema.command("list")
def schema_list() -> None:
    """List the released schema versions, oldest first."""
    from smartbrev.schema.store import schema_id

    for version in SCHEMA_VERSIONS:
        latest = "  (latest)" if version == LATEST else ""
        click.echo(f"{version}  {schema_id(version)}{latest}")


@schema.command("show")
@click.argument("version", type=click.Choice(SCHEMA_VERSIONS), default=LATEST, required=False)
def schema_show(version: str) -> None:
    """Print the JSON Schema of VERSION (the latest by default)."""
    from smartbrev.schema.store import schema_text

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
    from smartbrev.files import atomic_write
    from smartbrev.schema.docs import render
    from smartbrev.writes import make_folders

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
    if target.is_absolute():
        target.parent.mkdir(parents=True, exist_ok=True)
    else:  # the repository's own folders (docs/): never written through a link
        make_folders(Path(), str(target.parent))
    atomic_write(target, text)
    click.echo(f"wrote {output}", err=True)


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
    """Explain a rule or diagnostic code, given its code or name.

    NAME is a lint rule (`SB202`, `lede-too-long`) or an input, schema or reader code
    (`SB011`, `missing-field`); --all explains every rule.
    """
    from smartbrev.diagnostics import CODES
    from smartbrev.lint.docs import code_data, code_page, find_code, page, reference, rule_data
    from smartbrev.lint.registry import RULES, find
    from smartbrev.messages import suggestion

    if output_format == "markdown":
        click.echo(reference(), nl=False)
        return
    pages: list[str] = []
    data: list[dict[str, object]] = []
    if show_all:
        pages = [page(r) for r in RULES]
        data = [rule_data(r) for r in RULES]
    elif name is None:
        raise click.UsageError("name a rule (e.g. `smartbrev rule lede-too-long`) or use --all")
    elif (found := find(name)) is not None:
        pages, data = [page(found)], [rule_data(found)]
    elif (code := find_code(name)) is not None:
        pages, data = [code_page(*code)], [code_data(*code)]
    else:
        names = [r.name for r in RULES] + [r.code for r in RULES]
        names += [c.name for c in CODES.values()] + list(CODES)
        raise click.UsageError(f"unknown rule or code `{name}`{suggestion(name, names)}")
    if output_format == "json":
        import json

        click.echo(json.dumps(data, indent=2, ensure_ascii=False))
    else:
        click.echo("\n".join(pages), nl=False)


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
    from smartbrev.files import atomic_write
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

    from smartbrev.files import Target
    from smartbrev.lint.registry import BY_CODE
    from smartbrev.lint.run import LintRequest, settings_for

    target_path = Path(path)
    probe = target_path / "briefing.md" if target_path.is_dir() else target_path
    settings = settings_for(Target(str(probe), str(probe)), LintRequest())
    from smartbrev.lint.config import discover
    from smartbrev.lint.options import option_values

    loaded = discover(probe.parent.resolve())
    rules = [
        {
            "code": code,
            "name": BY_CODE[code].name,
            "severity": settings.severity_of(code).value,
            "options": option_values(settings.options.get(code)),
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
