"""The desk answers only its own page: the token, the host and origin checks, the size
limit, malformed requests, and the security headers on every response."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from starlette.testclient import TestClient

from tests.desk.helpers import TOKEN

API_CALLS = [
    ("GET", "/api/session", None),
    ("GET", "/api/files", None),
    ("GET", "/api/file?path=council-vote.md", None),
    ("PUT", "/api/file", {"path": "new.md", "text": "x", "version": None}),
    ("POST", "/api/review", {"text": "x", "format": "markdown"}),
    ("POST", "/api/preview", {"text": "x", "format": "markdown"}),
    ("POST", "/api/fix", {"text": "x", "format": "markdown"}),
    ("POST", "/api/export", {"text": "x", "format": "markdown", "to": "json"}),
]


@pytest.mark.parametrize(("method", "path", "body"), API_CALLS)
def test_every_api_call_needs_the_token(
    stranger: TestClient, method: str, path: str, body: object
) -> None:
    for headers in ({}, {"X-Smartbrev-Token": "a-guess"}, {"X-Smartbrev-Token": ""}):
        response = stranger.request(method, path, json=body, headers=headers)
        assert response.status_code == 401
        assert "token" in response.json()["error"]


def test_a_refused_call_changes_nothing(stranger: TestClient, folder: Path) -> None:
    before = sorted(p.name for p in folder.iterdir())
    stranger.put("/api/file", json={"path": "new.md", "text": "x", "version": None})
    assert sorted(p.name for p in folder.iterdir()) == before


def test_the_token_may_come_in_the_query(stranger: TestClient) -> None:
    assert stranger.get(f"/api/session?token={TOKEN}").status_code == 200
    assert stranger.get("/api/session?token=wrong").status_code == 401


def test_the_page_itself_needs_the_token(stranger: TestClient) -> None:
    assert stranger.get("/").status_code == 401
    assert stranger.get(f"/?token={TOKEN}").status_code == 200


def test_the_page_code_and_rule_pages_are_public(stranger: TestClient) -> None:
    for path in ("/static/desk.js", "/static/desk.css", "/rules/SB202"):
        assert stranger.get(path).status_code == 200, path


def test_another_host_name_is_refused(client: TestClient) -> None:
    # A page on another site that rebinds its name to 127.0.0.1 still sends its own name.
    response = client.get("/api/session", headers={"Host": "attacker.example:8765"})
    assert response.status_code == 421
    assert client.get("/api/session", headers={"Host": "localhost:8765"}).status_code == 200
    assert client.get("/api/session", headers={"Host": "[::1]:8765"}).status_code == 200


def test_requests_from_another_origin_are_refused(client: TestClient) -> None:
    foreign = client.post(
        "/api/review",
        json={"text": "x", "format": "markdown"},
        headers={"Origin": "https://attacker.example"},
    )
    assert foreign.status_code == 403
    own = client.post(
        "/api/review",
        json={"text": "x", "format": "markdown"},
        headers={"Origin": "http://127.0.0.1:8765"},
    )
    assert own.status_code == 200


def test_an_oversized_request_is_refused_by_its_declared_length(client: TestClient) -> None:
    body = b'{"text": "' + b"a" * (9 * 1024 * 1024) + b'", "format": "markdown"}'
    response = client.post("/api/review", content=body)
    assert response.status_code == 413
    assert "MiB limit" in response.json()["error"]


def test_an_oversized_request_is_refused_while_it_streams(client: TestClient) -> None:
    def chunks() -> Iterator[bytes]:
        yield b'{"text": "'
        for _ in range(9):
            yield b"a" * (1024 * 1024)
        yield b'", "format": "markdown"}'

    response = client.post("/api/review", content=chunks())
    assert response.status_code == 413


def test_a_draft_over_the_desk_limit_is_refused(client: TestClient) -> None:
    response = client.post("/api/review", json={"text": "a " * 1_100_000, "format": "markdown"})
    assert response.status_code == 413
    assert "KiB limit" in response.json()["error"]


@pytest.mark.parametrize(
    ("body", "words"),
    [
        (b"{not json", "not valid JSON"),
        (b'{"text": 5, "format": "markdown"}', "$.text"),
        (b'{"format": "markdown"}', "text"),
        (b'["text"]', "malformed request"),
        (b'{"text": "x", "format": "docx"}', "unknown format 'docx'"),
        (b'{"text": "\\ud800", "format": "markdown"}', "malformed request"),
    ],
)
def test_malformed_requests_get_a_one_line_reason(
    client: TestClient, body: bytes, words: str
) -> None:
    response = client.post(
        "/api/review", content=body, headers={"Content-Type": "application/json"}
    )
    assert response.status_code == 400
    message = response.json()["error"]
    assert words in message and "\n" not in message


def test_unknown_paths_and_methods_answer_in_json(client: TestClient) -> None:
    assert client.get("/api/nothing").json() == {"error": "no such page"}
    assert client.get("/api/review").status_code == 405


def test_every_response_carries_the_security_headers(client: TestClient) -> None:
    for response in (client.get("/api/session"), client.get("/static/desk.css"), client.get("/")):
        headers = response.headers
        policy = headers["content-security-policy"]
        assert "default-src 'none'" in policy and "frame-ancestors 'none'" in policy
        assert "script-src 'self';" in policy
        assert "unsafe-inline" not in policy and "unsafe-eval" not in policy
        assert headers["x-content-type-options"] == "nosniff"
        assert headers["referrer-policy"] == "no-referrer"
    assert client.get("/api/session").headers["cache-control"] == "no-store"


def test_the_page_gets_a_fresh_style_nonce_each_time(client: TestClient) -> None:
    nonces = []
    for _ in range(2):
        page = client.get("/")
        nonce = re.search(r'name="smartbrev-nonce" content="([^"]+)"', page.text)
        assert nonce is not None
        assert f"'nonce-{nonce.group(1)}'" in page.headers["content-security-policy"]
        nonces.append(nonce.group(1))
    assert nonces[0] != nonces[1]


def test_the_page_has_no_inline_script_or_style(client: TestClient) -> None:
    page = client.get("/").text
    assert re.search(r"<script(?![^>]*\bsrc=)", page) is None
    assert "<style" not in page and " style=" not in page
    assert re.search(r"\son[a-z]+=", page) is None  # no event handler attributes
