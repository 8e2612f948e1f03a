"""What the linter finds in real-shape newsroom copy, each finding judged by an editor.

The drafts and the verdicts live in tests/data/lint/fairness (see its README). A change
in what is found fails here, to be judged and recorded; the share of findings an editor
calls false stays within the budget of 5% per rule.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from smartbrev.lint.config import Loaded, resolve
from smartbrev.lint.engine import lint_source
from smartbrev.readers.source import parse_text
from tests.conftest import ROOT

FOLDER = ROOT / "tests" / "data" / "lint" / "fairness"
DRAFTS = sorted(p for p in FOLDER.glob("*.md") if p.name != "README.md")


def _found(path: Path) -> list[str]:
    source = parse_text(path.read_text(encoding="utf-8"), "markdown", path.name)
    settings = resolve(path, Loaded(None, ()), ())
    return [
        f"{path.name}:{d.span.line}:{d.span.column} {d.code} {d.name}"
        for d in lint_source(source, settings).diagnostics
        if d.span is not None
    ]


def _verdicts() -> dict[str, str]:
    lines = (FOLDER / "findings.txt").read_text(encoding="utf-8").splitlines()
    return dict(line.split(" -- ", 1) for line in lines if line and not line.startswith("#"))


def test_every_finding_has_been_judged() -> None:
    found = [finding for path in DRAFTS for finding in _found(path)]
    assert found == list(_verdicts()), "record and judge the change in findings.txt"


def test_false_findings_stay_within_five_percent_per_rule() -> None:
    verdicts = _verdicts()
    assert all(v.startswith(("ok:", "false:")) for v in verdicts.values())
    total = Counter(finding.split()[2] for finding in verdicts)
    false = Counter(f.split()[2] for f, v in verdicts.items() if v.startswith("false:"))
    over = {rule: (false[rule], total[rule]) for rule in false if false[rule] / total[rule] > 0.05}
    assert over == {}
