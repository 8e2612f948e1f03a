"""Which files are briefings: the include and exclude patterns, as the configuration and
the command line set them, in directory searches and for files named."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from smartbrev.files import Target, collect
from smartbrev.lint.briefing_files import SelectionFlags, chooser
from smartbrev.selection import DEFAULT_EXCLUDE, Patterns, Selection

SHAPES = Path(__file__).parent / "data" / "real-shapes"


def newsroom(root: Path) -> Path:
    """A newsroom repository: briefs in two folders, and the files every repository holds."""
    (root / "briefs" / "2024").mkdir(parents=True)
    (root / "archive").mkdir()
    shutil.copy(SHAPES / "md-ferry-contract.md", root / "briefs" / "ferry-contract.md")
    shutil.copy(SHAPES / "txt-school-lunch-email.txt", root / "briefs" / "2024" / "lunch.txt")
    shutil.copy(SHAPES / "md-stadium-deal.md", root / "archive" / "stadium.md")
    (root / "README.md").write_text("# Briefs\n\nThe desk's briefings, one file each.\n")
    (root / "briefs" / "README.md").write_text("How to file a brief.\n")
    (root / "CHANGELOG.md").write_text("## 2024\n\n- Moved to Markdown.\n")
    (root / "LICENSE.txt").write_text("All rights reserved.\n")
    (root / "requirements.txt").write_text("smartbrev\n")
    (root / "mkdocs.yml").write_text("site_name: Briefs\n")
    (root / ".pre-commit-config.yaml").write_text("repos: []\n")
    (root / ".github" / "workflows").mkdir(parents=True)
    (root / ".github" / "workflows" / "ci.yml").write_text("on: push\n")
    (root / "node_modules" / "pkg").mkdir(parents=True)
    (root / "node_modules" / "pkg" / "notes.md").write_text("A package's notes.\n")
    return root


def found(paths: list[str], **kwargs: object) -> list[str]:
    """The files a run over `paths` takes, in their order (a folder's files before its
    subfolders)."""
    return [
        Path(target.name).as_posix()
        for target in collect(paths, choose=chooser(**kwargs))  # type: ignore[arg-type]
        if isinstance(target, Target)
    ]


def test_a_search_takes_briefs_and_leaves_a_repositorys_own_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(newsroom(tmp_path))
    assert found(["."], isolated=True) == [
        "archive/stadium.md",
        "briefs/ferry-contract.md",
        "briefs/2024/lunch.txt",
    ]


def test_named_files_are_checked_unless_force_exclude(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(newsroom(tmp_path))
    staged = ["README.md", ".pre-commit-config.yaml", ".github/workflows/ci.yml"]
    staged += ["briefs/ferry-contract.md", "LICENSE.txt", "node_modules/pkg/notes.md"]
    assert found(staged, isolated=True) == staged
    forced = SelectionFlags(force_exclude=True)
    assert found(staged, isolated=True, flags=forced) == ["briefs/ferry-contract.md"]


def test_configuration_sets_include_exclude_and_force_exclude(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = newsroom(tmp_path)
    (root / "smartbrev.toml").write_text(
        'include = ["briefs/**"]\nextend-exclude = ["/briefs/2024/"]\nforce-exclude = true\n'
    )
    monkeypatch.chdir(root)
    assert found(["."]) == ["briefs/ferry-contract.md"]
    # Anchored to the configuration's folder, whatever the working directory.
    monkeypatch.chdir(root / "briefs")
    assert found(["."]) == ["ferry-contract.md"]
    assert found(["2024/lunch.txt", "../archive/stadium.md", "ferry-contract.md"]) == [
        "ferry-contract.md"
    ]
    # The command line's --no-force-exclude has the last word.
    flags = SelectionFlags(force_exclude=False)
    assert found(["2024/lunch.txt"], flags=flags) == ["2024/lunch.txt"]


def test_exclude_replaces_the_defaults_and_extend_exclude_adds(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = newsroom(tmp_path)
    monkeypatch.chdir(root)
    replaced = found(["."], isolated=True, flags=SelectionFlags(exclude=("archive/",)))
    assert "README.md" in replaced
    assert "archive/stadium.md" not in replaced
    extended = found(["."], isolated=True, flags=SelectionFlags(extend_exclude=("archive/",)))
    assert extended == ["briefs/ferry-contract.md", "briefs/2024/lunch.txt"]


def test_a_configuration_in_a_subfolder_governs_that_folder_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = newsroom(tmp_path)
    (root / "archive" / "smartbrev.toml").write_text('extend-exclude = ["*.md"]\n')
    monkeypatch.chdir(root)
    assert found(["."]) == ["briefs/ferry-contract.md", "briefs/2024/lunch.txt"]


def test_a_typo_in_the_settings_is_refused(tmp_path: Path) -> None:
    from smartbrev.errors import ConfigError
    from smartbrev.lint.config import load

    (tmp_path / "smartbrev.toml").write_text('exclude = "README.md"\n')
    with pytest.raises(ConfigError, match="`exclude` must be a list of patterns"):
        load(tmp_path / "smartbrev.toml")
    (tmp_path / "smartbrev.toml").write_text('exlude = ["README.md"]\n')
    with pytest.raises(ConfigError, match="did you mean `exclude`"):
        load(tmp_path / "smartbrev.toml")


@pytest.mark.parametrize(
    ("lines", "path", "folder", "expected"),
    [
        (["build/"], "build", True, True),
        (["build/"], "a/build/x.md", False, True),
        (["build/"], "builds/x.md", False, False),
        (["/briefs/"], "x/briefs/a.md", False, False),
        (["*.md", "!keep.md"], "keep.md", False, False),
        (["*.md", "!keep.md"], "other.md", False, True),
        (["LICENSE*"], "docs/LICENSE.txt", False, True),
    ],
)
def test_patterns_follow_gitignore(
    lines: list[str], path: str, folder: bool, expected: bool
) -> None:
    assert Patterns(lines).matches(path, "/" + path, folder=folder) is expected


def test_the_default_list_leaves_briefs_named_like_topics_alone() -> None:
    defaults = Selection()
    for brief in ("security-budget.md", "news/license-fees.md", "builds/bridge.md"):
        assert not defaults.excludes(brief, "/" + brief)
    for other in ("README.md", "docs/CHANGELOG.md", "LICENSE", "requirements-dev.txt"):
        assert defaults.excludes(other, "/" + other), other
    assert "README*" in DEFAULT_EXCLUDE
