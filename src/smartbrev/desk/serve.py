"""Starting the desk: bind the port, make the session token, print the address, serve."""

from __future__ import annotations

import errno
import socket
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from smartbrev.desk.engine import SmartbrevError
from smartbrev.desk.guard import LOOPBACK, is_loopback, new_token

if TYPE_CHECKING:
    import uvicorn

DEFAULT_PORT = 8765
TRIED_PORTS = 10
"""Ports tried, one after another, when the default is taken and no --port was given."""


class DeskError(SmartbrevError):
    """The desk cannot start (the folder is missing, the port is taken ...)."""


def bind(host: str, port: int | None) -> tuple[socket.socket, int]:
    """A listening socket on `host`; `port` None tries the default and the next few."""
    family = socket.AF_INET6 if ":" in host.strip("[]") else socket.AF_INET
    candidates = [port] if port is not None else range(DEFAULT_PORT, DEFAULT_PORT + TRIED_PORTS)
    last: OSError | None = None
    for candidate in candidates:
        sock = socket.socket(family, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((host.strip("[]"), candidate))
        except OSError as error:
            sock.close()
            last = error
            if error.errno != errno.EADDRINUSE:
                break
            continue
        sock.listen(128)
        sock.set_inheritable(True)
        return sock, sock.getsockname()[1]
    if last is not None and last.errno == errno.EADDRINUSE:
        tried = (
            str(port) if port is not None else f"{DEFAULT_PORT}-{DEFAULT_PORT + TRIED_PORTS - 1}"
        )
        raise DeskError(f"port {tried} is in use; choose another with --port")
    raise DeskError(f"cannot listen on {host}: {last.strerror if last else 'unknown error'}")


def address(host: str, port: int, token: str) -> str:
    """The URL that opens the desk, token included."""
    shown = f"[{host.strip('[]')}]" if ":" in host.strip("[]") else host
    return f"http://{shown}:{port}/?token={token}"


class Prepared(NamedTuple):
    """A desk ready to serve: its server, its listening socket and its address."""

    server: uvicorn.Server
    sock: socket.socket
    url: str


def prepare(folder: Path, *, host: str = "127.0.0.1", port: int | None = None) -> Prepared:
    """Bind the port and build the desk for `folder`. Raises DeskError when it cannot."""
    import uvicorn

    from smartbrev.desk.app import create_app

    if not folder.is_dir():
        raise DeskError(f"{folder}: not a folder")
    sock, bound_port = bind(host, port)
    token = new_token()
    wildcard = host.strip("[]") in ("0.0.0.0", "::")
    hosts = ("*",) if wildcard else (*LOOPBACK, host)
    app = create_app(folder, token=token, hosts=hosts)
    config = uvicorn.Config(
        app,
        log_level="warning",
        access_log=False,  # the access log would print the token of every request
        server_header=False,
        lifespan="off",
    )
    url = address("127.0.0.1" if wildcard else host, bound_port, token)
    return Prepared(uvicorn.Server(config), sock, url)


def serve(
    folder: Path,
    *,
    host: str = "127.0.0.1",
    port: int | None = None,
    open_browser: bool = False,
    say: Callable[[str], None] = print,
) -> None:
    """Serve the desk for `folder` until interrupted. Raises DeskError when it cannot start."""
    if not is_loopback(host):
        say(
            f"warning: --host {host} is not a loopback address: anyone who can reach this "
            "machine and learns the token can read and write the folder"
        )
    desk = prepare(folder, host=host, port=port)
    say(f"smartbrev desk: {folder.resolve()}")
    say(f"open {desk.url}")
    say("press Ctrl+C to stop")
    sys.stdout.flush()
    if open_browser:
        import webbrowser

        webbrowser.open(desk.url)
    desk.server.run(sockets=[desk.sock])


@contextmanager
def running(folder: Path, *, host: str = "127.0.0.1", port: int = 0) -> Iterator[str]:
    """The desk served from a thread of this process while the block runs; gives its address."""
    desk = prepare(folder, host=host, port=port)
    thread = threading.Thread(target=desk.server.run, kwargs={"sockets": [desk.sock]}, daemon=True)
    thread.start()
    try:
        while not desk.server.started:
            if not thread.is_alive():
                raise DeskError("the desk stopped while starting")
            time.sleep(0.01)
        yield desk.url
    finally:
        desk.server.should_exit = True
        thread.join(timeout=10)
        desk.sock.close()
