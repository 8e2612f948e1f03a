"""Fixtures of the desk's tests: a newsroom folder of drafts, and the desk's API on it."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from starlette.testclient import TestClient

from smartbrev.desk.app import create_app
from smartbrev.desk.guard import LOOPBACK
from tests.desk.helpers import BASE, DRAFTS, TOKEN


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A folder as a newsroom keeps one: a Markdown draft and a pasted plain-text one."""
    root = tmp_path / "newsroom"
    root.mkdir()
    for draft in DRAFTS.iterdir():
        shutil.copy(draft, root / draft.name)
    return root


@pytest.fixture
def client(folder: Path) -> Iterator[TestClient]:
    """The desk on `folder`, called with its token (as its page calls it)."""
    app = create_app(folder, token=TOKEN, hosts=LOOPBACK)
    with TestClient(app, base_url=BASE, headers={"X-Smartbrev-Token": TOKEN}) as test_client:
        yield test_client


@pytest.fixture
def stranger(folder: Path) -> Iterator[TestClient]:
    """The same desk, called without the token."""
    app = create_app(folder, token=TOKEN, hosts=LOOPBACK)
    with TestClient(app, base_url=BASE) as test_client:
        yield test_client
