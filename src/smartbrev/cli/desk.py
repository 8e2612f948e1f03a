"""`smartbrev desk`: start the briefing desk, a local web app (it lives in `smartbrev.desk`)."""

from __future__ import annotations

from pathlib import Path

import click

from smartbrev.cli.base import EXIT_FAILURE, SERVICES, cli

NEEDED = ("starlette", "uvicorn", "anyio")
"""What the desk needs beyond smartbrev's own dependencies (the `desk` extra)."""


@cli.command()
@click.argument("folder", default=".", required=False)
@click.option(
    "--port",
    type=click.IntRange(0, 65535),
    help="Port to listen on (default: 8765, or the next free one; 0 picks any free port).",
)
@click.option(
    "--host",
    default="127.0.0.1",
    show_default=True,
    help="Address to listen on; anything but a loopback address is reachable by others.",
)
@click.option("--open", "open_browser", is_flag=True, help="Open the desk in the web browser.")
@click.pass_context
def desk(ctx: click.Context, folder: str, port: int | None, host: str, open_browser: bool) -> None:
    """Write, coach, preview and export briefings in the browser.

    Serves a local web app for the briefings in FOLDER (the current folder by default):
    an editor that lints as you type with the folder's configuration, a live preview of
    the published page, and exports to every format. It listens on 127.0.0.1 and answers
    only requests carrying the token in the address it prints. Ctrl+C stops it. It needs
    the `desk` extra: pip install 'smartbrev[desk]'.
    """
    launch = SERVICES.get("desk")
    if launch is None:
        click.echo("smartbrev: error: the desk starts from the smartbrev command", err=True)
        ctx.exit(EXIT_FAILURE)
    try:
        launch(
            folder=Path(folder),
            host=host,
            port=port,
            open_browser=open_browser,
            say=lambda line: click.echo(line, err=line.startswith("warning")),
        )
    except ModuleNotFoundError as error:
        if error.name not in NEEDED:
            raise
        click.echo(
            f"smartbrev: error: the desk needs {error.name}; "
            "install it with: pip install 'smartbrev[desk]'",
            err=True,
        )
        ctx.exit(EXIT_FAILURE)
    except KeyboardInterrupt:
        pass  # Ctrl+C is how the desk is meant to stop
    click.echo("smartbrev desk: stopped", err=True)
