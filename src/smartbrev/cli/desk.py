"""`smartbrev desk`: the briefing desk, a local web app."""

from __future__ import annotations

from pathlib import Path

import click

from smartbrev.cli.base import EXIT_FAILURE, cli


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
    the published page, and exports to every format. Only this machine can reach it, and
    only with the token printed in its address.
    """
    try:
        from smartbrev.desk.serve import DeskError, serve
    except ImportError as missing:
        click.echo(
            f"smartbrev: error: the desk needs {missing.name}: pip install 'smartbrev[desk]'",
            err=True,
        )
        ctx.exit(EXIT_FAILURE)
    try:
        serve(
            Path(folder),
            host=host,
            port=port,
            open_browser=open_browser,
            say=lambda line: click.echo(line, err=line.startswith("warning")),
        )
    except DeskError as problem:
        click.echo(f"smartbrev: error: {problem}", err=True)
        ctx.exit(EXIT_FAILURE)
    except KeyboardInterrupt:
        pass  # Ctrl+C is how the desk is meant to stop
    click.echo("smartbrev desk: stopped", err=True)
