"""What stands between the desk and everything that is not its user's own tab: the session
token, the host and origin checks, the request size limit and the security headers.

A plain ASGI middleware, so that a request too large is refused while it streams in.
"""

from __future__ import annotations

import hmac
import json
import secrets
from collections.abc import Awaitable, Callable, Iterable, MutableMapping
from typing import Any
from urllib.parse import parse_qs

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

TOKEN_HEADER = "x-smartbrev-token"
"""The header an API call carries the token in (or the `token` query parameter)."""

MAX_REQUEST = 8 * 1024 * 1024
"""The largest request body accepted, in bytes (a draft is far smaller, even as JSON)."""

LOOPBACK = ("127.0.0.1", "localhost", "::1")

PUBLIC_PREFIXES = ("/static/", "/rules/")
"""Paths served without the token: the page's own code and the rules' documentation,
the same for everyone and holding nothing of the folder."""


def new_token() -> str:
    """A fresh session token: 256 random bits, URL-safe."""
    return secrets.token_urlsafe(32)


def is_loopback(host: str) -> bool:
    """Whether a host name or address only ever reaches this machine."""
    bare = host.strip("[]")
    return bare in LOOPBACK or bare.startswith("127.")


def content_security_policy(style_hashes: Iterable[str], nonce: str | None = None) -> str:
    """The page's policy: its own script and styles only (the editor's generated styles by
    `nonce`, the preview's stylesheet by hash), no plugins, no framing by others, no form
    posts, no remote anything."""
    sources = ["'self'", *(f"'{digest}'" for digest in style_hashes)]
    if nonce is not None:
        sources.append(f"'nonce-{nonce}'")
    styles = " ".join(sources)
    return "; ".join(
        [
            "default-src 'none'",
            "script-src 'self'",
            f"style-src {styles}",
            "img-src 'self' data:",
            "connect-src 'self'",
            "frame-src 'self'",
            "base-uri 'none'",
            "form-action 'none'",
            "frame-ancestors 'none'",
        ]
    )


def _headers(csp: str, api: bool) -> list[tuple[bytes, bytes]]:
    headers = [
        (b"content-security-policy", csp.encode()),
        (b"x-content-type-options", b"nosniff"),
        (b"referrer-policy", b"no-referrer"),
        (b"x-frame-options", b"DENY"),
        (b"cross-origin-opener-policy", b"same-origin"),
        (b"cross-origin-resource-policy", b"same-origin"),
    ]
    if api:
        headers.append((b"cache-control", b"no-store"))
    return headers


class Guard:
    """Refuses what the desk must not serve, before the app sees it, and adds the security
    headers to every response."""

    def __init__(
        self, app: ASGIApp, *, token: str, hosts: Iterable[str], csp: str, limit: int = MAX_REQUEST
    ) -> None:
        self.app = app
        self.token = token.encode()
        self.hosts = frozenset(h.strip("[]").lower() for h in hosts)
        self.csp = csp
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            if scope["type"] == "lifespan":
                await self.app(scope, receive, send)
            return  # no websockets
        path: str = scope["path"]
        api = not path.startswith(PUBLIC_PREFIXES)
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        refusal = self._refusal(scope, headers, api)
        if refusal is not None:
            await _error(send, *refusal, extra=_headers(self.csp, True))
            return
        length = headers.get("content-length")
        if length is not None and (not length.isdigit() or int(length) > self.limit):
            await _error(send, 413, _too_large(self.limit), extra=_headers(self.csp, True))
            return
        received = 0
        started = overflow = False

        async def limited_receive() -> Message:
            nonlocal received, overflow
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.limit:
                    overflow = True
                    raise _TooLarge
            return message

        async def secured_send(message: Message) -> None:
            nonlocal started
            if overflow:
                # However the app answered a body it could not read whole, the answer is 413.
                if message["type"] == "http.response.start" and not started:
                    started = True
                    await _error(send, 413, _too_large(self.limit), extra=_headers(self.csp, True))
                return
            if message["type"] == "http.response.start":
                started = True
                own = list(message.get("headers", []))
                extra = _headers(self.csp, api)
                if any(key.lower() == b"content-security-policy" for key, _ in own):
                    extra = extra[1:]  # the response set a policy of its own (the page's)
                message["headers"] = [*own, *extra]
            await send(message)

        try:
            await self.app(scope, limited_receive, secured_send)
        except _TooLarge:
            if not started:
                await _error(send, 413, _too_large(self.limit), extra=_headers(self.csp, True))

    def _refusal(self, scope: Scope, headers: dict[str, str], api: bool) -> tuple[int, str] | None:
        host = headers.get("host", "")
        if "*" not in self.hosts and name_of(host) not in self.hosts:
            return 421, f"this desk does not answer to the host {host!r}"
        origin = headers.get("origin")
        if origin is not None and origin not in {f"http://{host}", f"https://{host}"}:
            return 403, "requests from other sites are refused"
        if not api:
            return None
        given = headers.get(TOKEN_HEADER)
        if given is None:
            query = parse_qs(scope.get("query_string", b"").decode("latin-1"))
            given = (query.get("token") or [""])[0]
        if not hmac.compare_digest(given.encode(), self.token):
            return 401, "open the desk with the address it printed when it started (with its token)"
        return None


def name_of(host: str) -> str:
    """The host name of a Host header, without its port or an IPv6 address's brackets."""
    if host.startswith("["):
        return host[1 : host.find("]")].lower()
    return host.rsplit(":", 1)[0].lower()


class _TooLarge(Exception):
    pass


def _too_large(limit: int) -> str:
    return f"the request is over the desk's {limit // (1024 * 1024)} MiB limit"


async def _error(
    send: Send, status: int, message: str, *, extra: list[tuple[bytes, bytes]]
) -> None:
    body = json.dumps({"error": message}).encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
                *extra,
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})
