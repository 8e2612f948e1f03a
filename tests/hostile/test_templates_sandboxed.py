"""A custom HTML template runs in Jinja's immutable sandbox: it can use the briefing's
data, never Python's internals, and cannot change what it is given."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import RunCli
from tests.lint.helpers import briefing

REACHING = [
    "{{ cycler.__init__.__globals__.os.popen('touch PWNED').read() }}",
    "{{ joiner.__init__.__globals__.__builtins__.open('PWNED', 'w') }}",
    "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "{{ briefing.__class__ }}",
    "{{ namespace.__init__.__globals__ }}",
    "{% set _ = briefing.blocks.append(1) %}{{ briefing.blocks }}",
    "{% set _ = briefing.update({'headline': 'forged'}) %}",
    "{{ '{0.__class__.__mro__}'.format(briefing) }}",
]


@pytest.fixture
def draft(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "draft.md"
    path.write_text(briefing("**Why it matters:** Rates rise in April."))
    return path


@pytest.mark.parametrize("source", REACHING)
def test_a_template_reaching_for_internals_gets_a_clear_error(
    run_cli: RunCli, draft: Path, tmp_path: Path, source: str
) -> None:
    template = tmp_path / "evil.html.j2"
    template.write_text(source)
    result = run_cli("convert", str(draft), "--to", "html", "--template", str(template))
    assert result.exit_code == 2
    assert result.stdout == ""
    line = result.stderr.strip()
    assert line.startswith(f"smartbrev: error: {template}: ") and "\n" not in line
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "PWNED").exists()


def test_a_template_using_the_briefing_works(run_cli: RunCli, draft: Path, tmp_path: Path) -> None:
    template = tmp_path / "ok.html.j2"
    template.write_text(
        "<h1>{{ briefing.headline }}</h1>"
        "{% for block in briefing.blocks %}<h2>{{ block.label | upper }}</h2>{% endfor %}"
        "{{ briefing.lede | length }}"
    )
    result = run_cli("convert", str(draft), "--to", "html", "--template", str(template))
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("<h1>Council passes budget</h1><h2>WHY IT MATTERS</h2>")
