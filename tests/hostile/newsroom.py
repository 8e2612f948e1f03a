"""A newsroom repository for the hostile tests: a few good drafts, one failing briefing,
and a cache that the tests can switch on, with its signing key in a home of its own."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import RunCli
from tests.lint.helpers import briefing

FAILING = {
    "schema_version": "1.1",
    "headline": "Council passes budget",
    "lede": "The council passed the budget on Tuesday.",
    "blocks": [
        {
            "axiom": "why-it-maters",
            "label": "Why it matters",
            "content": [{"type": "paragraph", "text": "Rates rise in April."}],
        }
    ],
    "byline": {"authors": [{"name": "Ana Ortiz"}], "text": "By Ana Ortiz"},
}
"""A briefing with one error (an unknown axiom): lint and validate exit 1 on it."""


@dataclass
class Newsroom:
    """A repository folder, its briefs, and its cache."""

    root: Path
    briefs: Path
    cache: Path
    key_home: Path


@pytest.fixture
def newsroom(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Newsroom:
    """A repository with `briefs/` (two good drafts, one failing briefing) as the working
    directory, the cache switched on at its default place."""
    root = tmp_path / "repo"
    briefs = root / "briefs"
    briefs.mkdir(parents=True)
    (briefs / "budget.json").write_text(json.dumps(FAILING, indent=2), encoding="utf-8")
    (briefs / "ferry.md").write_text(
        briefing("**Why it matters:** The ferry carries 4,000 commuters a day."), encoding="utf-8"
    )
    (briefs / "parks.md").write_text(
        briefing("**Why it matters:** Three parks close for repairs.", lede="Parks close."),
        encoding="utf-8",
    )
    monkeypatch.chdir(root)
    monkeypatch.delenv("SMARTBREV_NO_CACHE", raising=False)
    monkeypatch.delenv("SMARTBREV_CACHE_DIR", raising=False)
    key_home = tmp_path / "home-cache"
    monkeypatch.setenv("XDG_CACHE_HOME", str(key_home))
    return Newsroom(root, briefs, root / ".smartbrev_cache", key_home)


def fresh(run_cli: RunCli, *args: str) -> tuple[int, str]:
    """Exit status and report of a run that uses no cache."""
    result = run_cli(*args, "--no-cache")
    return result.exit_code, result.stdout


def strings_of(node: object) -> list[str]:
    """Every string in a JSON-like value, keys left out."""
    if isinstance(node, str):
        return [node]
    if isinstance(node, dict):
        return [s for value in node.values() for s in strings_of(value)]
    if isinstance(node, list):
        return [s for item in node for s in strings_of(item)]
    return []
