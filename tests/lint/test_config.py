"""Configuration: discovery, inheritance, selection, options, overrides, loud errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from smartbrev.diagnostics import Severity
from smartbrev.lint.config import ConfigError, Loaded, discover, load, parse_inline, resolve
from smartbrev.lint.registry import BY_CODE, RULES


def _settings(tmp_path: Path, text: str, name: str = "smartbrev.toml", file: str = "a.md"):  # type: ignore[no-untyped-def]
    (tmp_path / name).write_text(text)
    discover.cache_clear()
    return resolve(tmp_path / file, discover(tmp_path))


def test_defaults_enable_every_rule_but_those_left_to_be_selected() -> None:
    settings = resolve(Path("a.md"), Loaded(None, ()))
    assert settings.enabled == frozenset(r.code for r in RULES if r.default)
    assert frozenset(BY_CODE) - settings.enabled == {"SB303"}
    assert settings.severity_of("SB202") is Severity.WARNING


@pytest.mark.parametrize(
    ("select", "expected"),
    [
        ('select = ["SB2"]', {r.code for r in RULES if r.code.startswith("SB2")}),
        ('select = ["lede-too-long", "SB101"]', {"SB202", "SB101"}),
        (
            'select = ["ALL"]\nignore = ["SB5", "jargon"]',
            {r.code for r in RULES if not r.code.startswith("SB5")},
        ),
        (
            'select = ["SB1"]\nextend-select = ["SB202"]',
            {r.code for r in RULES if r.code.startswith("SB1")} | {"SB202"},
        ),
    ],
)
def test_selection(tmp_path: Path, select: str, expected: set[str]) -> None:
    assert _settings(tmp_path, select).enabled == expected


def test_pyproject_table_severity_and_options(tmp_path: Path) -> None:
    settings = _settings(
        tmp_path,
        "[tool.smartbrev.severity]\nmissing-headline = 'error'\n"
        "[tool.smartbrev.rules.lede-too-long]\nmax-words = 45\n",
        name="pyproject.toml",
    )
    assert settings.severity_of("SB108") is Severity.ERROR
    assert settings.options["SB202"].max_words == 45
    assert settings.origin["rules.lede-too-long.max-words"].endswith("pyproject.toml")


def test_pyproject_without_a_table_is_skipped(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text("[project]\nname = 'x'\n")
    inner = tmp_path / "briefs"
    inner.mkdir()
    discover.cache_clear()
    assert discover(inner).path is None


def test_closest_configuration_wins(tmp_path: Path) -> None:
    (tmp_path / "smartbrev.toml").write_text('ignore = ["SB108"]\n')
    inner = tmp_path / "desk"
    inner.mkdir()
    (inner / ".smartbrev.toml").write_text('ignore = ["SB107"]\n')
    discover.cache_clear()
    settings = resolve(inner / "a.md", discover(inner))
    assert "SB108" in settings.enabled and "SB107" not in settings.enabled


def test_extend_inherits_and_overrides(tmp_path: Path) -> None:
    (tmp_path / "house.toml").write_text(
        'ignore = ["SB303"]\n[rules.lede-too-long]\nmax-words = 40\n'
        "[labels.our-take]\nlabel = 'Our take'\nvariants = ['Our view']\n"
    )
    desk = tmp_path / "desk"
    desk.mkdir()
    (desk / "smartbrev.toml").write_text(
        'extend = "../house.toml"\n[rules.lede-too-long]\nmax-words = 30\n'
    )
    discover.cache_clear()
    settings = resolve(desk / "a.md", discover(desk))
    assert "SB303" not in settings.enabled
    assert settings.options["SB202"].max_words == 30
    assert settings.labels == {"our-take": "Our take", "our-view": "Our take"}


def test_extend_cycle_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "a.toml").write_text('extend = "b.toml"\n')
    (tmp_path / "b.toml").write_text('extend = "a.toml"\n')
    with pytest.raises(ConfigError, match="circle"):
        load(tmp_path / "a.toml")


def test_overrides_by_glob(tmp_path: Path) -> None:
    text = '[[overrides]]\nfiles = ["archive/**"]\nignore = ["missing-headline"]\n'
    (tmp_path / "smartbrev.toml").write_text(text)
    discover.cache_clear()
    loaded = discover(tmp_path)
    assert "SB108" not in resolve(tmp_path / "archive" / "2019" / "a.md", loaded).enabled
    assert "SB108" in resolve(tmp_path / "today" / "a.md", loaded).enabled


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("selct = ['ALL']", "unknown key `selct`; did you mean `select`?"),
        ("select = ['lede-to-long']", "unknown rule `lede-to-long`; did you mean `lede-too-long`?"),
        (
            "[rules.lede-too-long]\nmax-word = 3",
            "unknown option `max-word`; did you mean `max-words`?",
        ),
        ("[rules.lede-too-long]\nmax-words = 'many'", "must be a whole number"),
        ("[rules.straight-quotes]\nstyle = 'curvy'", "must be one of 'curly', 'straight'"),
        ("[severity]\njargon = 'fatal'", "must be one of error, warning, info"),
        ("[rules.missing-lede]\nx = 1", "`missing-lede` has no options"),
        ("[[overrides]]\nignore = ['SB1']", "needs `files`"),
        ("[labels.x]\nvariants = ['y']", "needs `label`"),
        ("select = [", "invalid TOML"),
    ],
)
def test_errors_name_the_file_and_suggest(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(ConfigError) as caught:
        _settings(tmp_path, text)
    assert message in str(caught.value)
    assert str(tmp_path / "smartbrev.toml") in str(caught.value)


def test_inline_settings() -> None:
    layers = parse_inline(("rules.lede-too-long.max-words = 45",))
    settings = resolve(Path("a.md"), Loaded(None, ()), layers)
    assert settings.options["SB202"].max_words == 45
    with pytest.raises(ConfigError, match=r"neither a \.toml file nor a TOML setting"):
        parse_inline(("rules.lede-too-long.max-words",))


def test_shipped_config_schema_is_current_and_agrees_with_the_checks(tmp_path: Path) -> None:
    import json

    import jsonschema

    from smartbrev.lint.config import _tomllib
    from smartbrev.lint.config_schema import config_schema_text
    from smartbrev.lint.starter import starter_config
    from tests.conftest import ROOT

    shipped = (ROOT / "schemas" / "config" / "config.schema.json").read_text(encoding="utf-8")
    assert shipped == config_schema_text(), "run `smartbrev config --schema > schemas/config/...`"
    validator = jsonschema.Draft202012Validator(json.loads(shipped))

    tomllib = _tomllib()
    assert validator.is_valid(tomllib.loads(starter_config()))
    good = tomllib.loads(
        'select = ["SB2", "jargon"]\n[rules.lede-too-long]\nmax-words = 40\n'
        '[[overrides]]\nfiles = ["a/**"]\nignore = ["ALL"]\n'
    )
    assert validator.is_valid(good)
    for bad in (
        'selct = ["ALL"]',
        "[rules.lede-too-long]\nmax-word = 3",
        "[severity]\njargon = 'fatal'",
    ):
        assert not validator.is_valid(tomllib.loads(bad)), bad
