"""What the desk's tests share besides fixtures: the drafts and the session token."""

from __future__ import annotations

from pathlib import Path

DRAFTS = Path(__file__).resolve().parents[1] / "data" / "desk"
TOKEN = "a-session-token-for-the-tests-only"
BASE = "http://127.0.0.1:8765"


def draft(name: str) -> str:
    """One of the test drafts' text."""
    return (DRAFTS / name).read_text(encoding="utf-8")
