"""`smartbrev server`: start the language server (it lives in `smartbrev.server`)."""

from __future__ import annotations

import click

from smartbrev.cli.base import EXIT_FAILURE, SERVICES, cli


@cli.command()
@click.option(
    "--stdio",
    is_flag=True,
    help="Talk over standard input and output (the default; accepted for editors that pass it).",
)
@click.pass_context
def server(ctx: click.Context, stdio: bool) -> None:
    """Run the Language Server (LSP) for editors, over standard input and output.

    Editors start it themselves; see docs/editors.md. It needs the `server` extra:
    pip install 'smartbrev[server]'.
    """
    launch = SERVICES.get("server")
    if launch is None:
        click.echo(
            "smartbrev: error: the language server starts from the smartbrev command", err=True
        )
        ctx.exit(EXIT_FAILURE)
    try:
        launch()
    except ModuleNotFoundError as error:
        if error.name not in ("pygls", "lsprotocol"):
            raise
        click.echo(
            f"smartbrev: error: the language server needs {error.name}; "
            "install it with: pip install 'smartbrev[server]'",
            err=True,
        )
        ctx.exit(EXIT_FAILURE)
