"""The desk as an ASGI application: the page, its static files, the rules' pages and the
API, all behind the guard."""

from __future__ import annotations

import base64
import hashlib
import secrets
from collections.abc import Awaitable, Callable, Iterable
from functools import cache
from html import escape
from pathlib import Path
from typing import Any

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from smartbrev.desk import engine
from smartbrev.desk.api import Api, error
from smartbrev.desk.folder import Folder
from smartbrev.desk.guard import ASGIApp, Guard, content_security_policy

STATIC = Path(__file__).resolve().parent / "static"


def style_hash(css: str) -> str:
    """A stylesheet's CSP hash source (without quotes)."""
    digest = hashlib.sha256(css.encode("utf-8")).digest()
    return "sha256-" + base64.b64encode(digest).decode("ascii")


@cache
def _index() -> str:
    return (STATIC / "index.html").read_text(encoding="utf-8")


def page(style_hashes: list[str]) -> Callable[[Request], Awaitable[Response]]:
    """The desk's page, with a fresh nonce for the styles the editor makes as it runs."""

    async def index(request: Request) -> Response:
        nonce = secrets.token_urlsafe(18)
        policy = content_security_policy(style_hashes, nonce)
        return HTMLResponse(
            _index().replace("{{nonce}}", nonce),
            headers={"content-security-policy": policy},
        )

    return index


RULE_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} · smartbrev</title>
<link rel="icon" href="/static/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="/static/desk.css">
</head>
<body class="rule-page">
<main>
{body}
</main>
</body>
</html>
"""


async def rule(request: Request) -> Response:
    """A rule's documentation, generated from the rule itself as `smartbrev rule` prints it."""
    from markdown_it import MarkdownIt

    code = request.path_params["code"]
    text = engine.rule_page(code) if code.upper().startswith("SB") else None
    if text is None:
        return HTMLResponse(
            RULE_PAGE.format(title="Unknown rule", body="<h1>No rule has this code</h1>"), 404
        )
    # One heading level up: the page's title is the rule's own heading.
    text = "\n".join(line[1:] if line.startswith("##") else line for line in text.splitlines())
    body = MarkdownIt("commonmark", {"html": False}).render(text)
    title = escape(text.splitlines()[0].lstrip("# "))
    return HTMLResponse(RULE_PAGE.format(title=title, body=body))


Endpoint = Callable[[Request], Awaitable[Any]]


def _route(api: Api, path: str, methods: dict[str, Endpoint]) -> Route:
    async def dispatch(request: Request) -> Response:
        return await api.handle(request, methods[request.method])

    return Route(path, dispatch, methods=list(methods))


async def _http_error(request: Request, exc: Exception) -> Response:
    status = exc.status_code if isinstance(exc, HTTPException) else 500
    words = {404: "no such page", 405: "this method is not allowed here"}
    return error(words.get(status, "the request cannot be served"), status)


def create_app(folder: Path, *, token: str, hosts: Iterable[str]) -> ASGIApp:
    """The desk for one folder, answering only to `hosts` and to requests with `token`."""
    api = Api(Folder(folder))
    hashes = [style_hash(engine.preview_stylesheet())]
    routes = [
        Route("/", page(hashes)),
        _route(api, "/api/session", {"GET": api.session}),
        _route(api, "/api/review", {"POST": api.review}),
        _route(api, "/api/preview", {"POST": api.preview}),
        _route(api, "/api/fix", {"POST": api.fix}),
        _route(api, "/api/export", {"POST": api.export}),
        _route(api, "/api/files", {"GET": api.files}),
        _route(api, "/api/file", {"GET": api.open, "PUT": api.save}),
        Route("/rules/{code}", rule),
        Mount("/static", StaticFiles(directory=STATIC)),
    ]
    app = Starlette(routes=routes, exception_handlers={HTTPException: _http_error})
    return Guard(app, token=token, hosts=hosts, csp=content_security_policy(hashes))
