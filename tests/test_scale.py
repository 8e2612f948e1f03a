"""docs/scale.md: its recipe runs as written on Dask's local process scheduler, over a
small archive, and finds what linting each briefing finds."""

from __future__ import annotations

import json
import re
import shutil
from collections import Counter
from pathlib import Path

import pytest

import smartbrev
from tests.conftest import DATA, EXAMPLES, ROOT

ARCHIVE_LINE = 'ARCHIVE = "s3://newsroom-archive/briefs"\n'


def _recipe() -> str:
    text = (ROOT / "docs" / "scale.md").read_text(encoding="utf-8")
    (recipe,) = re.findall(r"```python\n(.*?)```", text, flags=re.DOTALL)
    assert ARCHIVE_LINE in recipe
    return recipe


def test_the_recipe_lints_an_archive_on_the_local_scheduler(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pytest.importorskip("dask.bag", reason="the `scale` extra (Dask) is not installed")
    archive = tmp_path / "briefs"
    for source in [*EXAMPLES.iterdir(), *(DATA / "cli").iterdir()]:
        folder = archive / ("2024" if source.suffix in (".md", ".txt") else "2025")
        folder.mkdir(parents=True, exist_ok=True)
        shutil.copy(source, folder / source.name)
    (archive / "notes.rst").write_text("Not a briefing, and not picked up.\n")
    recipe = _recipe().replace(ARCHIVE_LINE, f'ARCHIVE = "{archive.as_uri()}"\n')
    scope: dict[str, object] = {}
    exec(compile(recipe, "docs/scale.md", "exec"), scope)

    config = scope["CONFIG"]
    expected = [
        (f"file://{path}", found.code)
        for path in sorted(archive.rglob("*.*"))
        if path.suffix != ".rst"
        for found in smartbrev.lint(path, config=config)  # type: ignore[arg-type]
    ]
    assert len(scope["urls"]) == 9  # type: ignore[arg-type]
    assert scope["per_code"] == dict(Counter(code for _, code in expected))
    written = [
        json.loads(line)
        for part in sorted((tmp_path / "briefs-findings").glob("part-*.jsonl"))
        for line in part.read_text(encoding="utf-8").splitlines()
    ]
    assert sorted((r["path"], r["code"]) for r in written) == sorted(expected)
    assert "SB002" in scope["per_code"]  # the broken JSON is a finding, not a failure
    assert str(sorted(scope["per_code"].items())) in capsys.readouterr().out  # type: ignore[attr-defined]
