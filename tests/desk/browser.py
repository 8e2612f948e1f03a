"""Driving the desk in Debian's Chromium through Playwright: finding the browser and axe-core,
and what the browser tests (and the desk benchmark) share."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--no-default-browser-check",
]
"""Quiet, offline, and able to run as root in a container."""


def required() -> bool:
    """Whether a missing browser is a failure (CI sets SMARTBREV_REQUIRE_BROWSER=1)."""
    return os.environ.get("SMARTBREV_REQUIRE_BROWSER") == "1"


def unavailable(reason: str) -> None:
    """Skip, saying why, unless the browser tests are required here."""
    if required():
        pytest.fail(f"{reason} (SMARTBREV_REQUIRE_BROWSER=1)")
    pytest.skip(reason)


def chromium_path() -> str:
    """The system Chromium (Playwright's own browser download is not used)."""
    found = os.environ.get("SMARTBREV_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
    if not Path(found).is_file():
        unavailable("Chromium is not installed (apt-get install chromium)")
    return found


def axe_script() -> str:
    """axe-core, as npm installed it for the front end's build (`npm ci` in frontend/desk)."""
    path = Path(
        os.environ.get("SMARTBREV_AXE")
        or ROOT / "frontend" / "desk" / "node_modules" / "axe-core" / "axe.min.js"
    )
    if not path.is_file():
        unavailable(f"axe-core is not installed at {path} (npm ci in frontend/desk)")
    return path.read_text(encoding="utf-8")


def screenshot_dir(default: Path) -> Path:
    """Where the screenshots of the main states go: SMARTBREV_SCREENSHOTS (CI artifacts, or
    docs/images/desk to refresh the documentation), else a scratch folder."""
    folder = Path(os.environ.get("SMARTBREV_SCREENSHOTS") or default)
    folder.mkdir(parents=True, exist_ok=True)
    return folder
