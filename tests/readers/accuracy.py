"""The accuracy report: how smartbrev reads the real-shape corpus, and how fair its lint
findings are there. Writes docs/accuracy.md.

    python -m tests.readers.accuracy            # print the report
    python -m tests.readers.accuracy --write    # write docs/accuracy.md

Reading is measured against the hand-written truth beside each draft
(tests/data/real-shapes/README.md). Lint findings are measured against the verdicts an
editor gave them in tests/data/real-shapes/findings.txt: every finding the linter reports
on the corpus (with its default rules, on every item of a newsletter page, as `smartbrev
lint` lints it) carries a verdict, `ok` or `false`, with a reason.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from smartbrev.diagnostics import CODES
from smartbrev.lint.config import Loaded, resolve
from smartbrev.lint.engine import lint_source
from smartbrev.lint.registry import BY_CODE
from smartbrev.readers.source import Source, read_path
from tests.readers.corpus_reading import CORPUS, Reading, drafts, read

ROOT = Path(__file__).resolve().parents[2]
REPORT = ROOT / "docs" / "accuracy.md"
FORMATS = {".txt": "plain text", ".md": "Markdown", ".html": "HTML"}
FALSE_POSITIVE_TARGET = 0.05


VERDICTS = CORPUS / "findings.txt"
"""Every lint finding on the corpus with an editor's verdict, one per line:
`draft:line:col CODE name -- ok: why` or `-- false: why`."""


def linted(draft: Path) -> Source:
    """A draft as `smartbrev lint` reads it: a newsletter page as an edition, so that
    every item is linted (the reading measured against the truth is its first item)."""
    return read_path(draft)


def findings(source: Source) -> list[str]:
    """What `smartbrev lint` reports on a draft with the default configuration (the
    reader's own notes aside: they are measured with the reading), one line each."""
    settings = resolve(Path(source.name), Loaded(None, ()), ())
    name = Path(source.name).name
    return [
        f"{name}:{d.span.line}:{d.span.column} {d.code} {d.name}"
        for d in lint_source(source, settings).diagnostics
        if d.span is not None and (d.code in BY_CODE or d.code.startswith("SB01"))
    ]


def given_verdicts() -> dict[str, str]:
    """The verdicts of findings.txt: finding -> `ok: ...` or `false: ...`."""
    if not VERDICTS.is_file():
        return {}
    lines = VERDICTS.read_text(encoding="utf-8").splitlines()
    return dict(line.split(" -- ", 1) for line in lines if line and not line.startswith("#"))


@dataclass
class Verdicts:
    """The linter's findings on the corpus, each with the editor's verdict."""

    agreed: Counter[str] = field(default_factory=Counter)
    disagreed: Counter[str] = field(default_factory=Counter)
    found: list[str] = field(default_factory=list)
    """Every finding, in draft order."""
    unjudged: list[str] = field(default_factory=list)
    """Findings findings.txt gives no verdict on."""
    stale: list[str] = field(default_factory=list)
    """Verdicts on findings the linter no longer reports."""


def judge(readings: Iterable[Reading]) -> Verdicts:
    """Match every finding with the verdict findings.txt gives."""
    verdicts = Verdicts()
    given = given_verdicts()
    for reading in readings:
        if reading.source is not None:
            verdicts.found.extend(findings(linted(reading.draft)))
    for finding in verdicts.found:
        verdict = given.get(finding)
        code = finding.split()[1]
        if verdict is None:
            verdicts.unjudged.append(finding)
        elif verdict.startswith("ok:"):
            verdicts.agreed[code] += 1
        else:
            verdicts.disagreed[code] += 1
    reported = set(verdicts.found)
    verdicts.stale = [finding for finding in given if finding not in reported]
    return verdicts


def _percent(part: int, whole: int) -> str:
    return f"{100 * part / whole:.1f}%" if whole else "n/a"


def _name(code: str) -> str:
    rule = BY_CODE.get(code)
    if rule is not None:
        return rule.name
    known = CODES.get(code)
    return known.name if known is not None else code


def report(readings: list[Reading], verdicts: Verdicts) -> str:
    """docs/accuracy.md."""
    total = len(readings)
    right = sum(r.right for r in readings)
    truth_labels = sum(len(r.truth_labels) for r in readings)
    read_labels = sum(len(r.read_labels) for r in readings)
    matched = sum(r.matched_labels for r in readings)
    headlines = [r for r in readings if r.has_headline]
    bylines = [r for r in readings if r.has_byline]
    lines = [
        "# Accuracy on real-shape copy",
        "",
        "How smartbrev reads drafts shaped like real newsroom copy, and how fair its lint",
        "findings are on them. The corpus is `tests/data/real-shapes/`: drafts written for",
        "this project in the shapes copy arrives in (pasted pages, CMS exports, emails,",
        "newsletters, Markdown with front matter, article HTML, mojibake), each with a",
        "hand-written truth of what an editor sees. Generated by",
        "`python -m tests.readers.accuracy --write`; a test fails when this page is stale.",
        "",
        "## Reading",
        "",
        "| measure | result |",
        "|---|---|",
        f"| drafts read right end to end | {right} of {total} ({_percent(right, total)}) |",
    ]
    for suffix, name in FORMATS.items():
        some = [r for r in readings if r.draft.suffix == suffix]
        good = sum(r.right for r in some)
        lines.append(f"| ... {name} | {good} of {len(some)} |")
    lines += [
        f"| labelled blocks found (recall) | {matched} of {truth_labels} "
        f"({_percent(matched, truth_labels)}) |",
        f"| labelled blocks read that are real (precision) | {matched} of {read_labels} "
        f"({_percent(matched, read_labels)}) |",
        f"| headlines right | {sum(r.headline_right for r in headlines)} of {len(headlines)} |",
        f"| drafts without a headline read without one | "
        f"{sum(r.headline_right for r in readings if not r.has_headline)} of "
        f"{total - len(headlines)} |",
        f"| bylines right (names, text, outlet, date) | "
        f"{sum(r.byline_right for r in bylines)} of {len(bylines)} |",
        "",
        "A draft is read right when its headline, byline, lede, every block (label, axiom,",
        "first and last words, speakers, links), furniture, image credit, metadata, kept",
        "front matter keys, further newsletter items and reader notes all match its truth.",
        "",
    ]
    wrong = [r for r in readings if not r.right]
    if wrong:
        lines += ["Drafts not read right:", ""]
        lines += [f"- `{r.draft.name}`: {r.problems[0]}" for r in wrong]
        lines.append("")
    lines += [
        "## Lint findings",
        "",
        "Every finding `smartbrev lint` reports on the corpus with its default rules (a",
        "newsletter page is linted as the command line lints it: as an edition, every",
        "item), and whether an editor agrees with it (each verdict and its reason is in",
        "`tests/data/real-shapes/findings.txt`). The target is at most "
        f"{FALSE_POSITIVE_TARGET:.0%} false positives for every rule.",
        "",
        "| code | rule | findings | agreed | false positives | rate |",
        "|---|---|---|---|---|---|",
    ]
    codes = sorted(set(verdicts.agreed) | set(verdicts.disagreed))
    for code in codes:
        agreed, disagreed = verdicts.agreed[code], verdicts.disagreed[code]
        found = agreed + disagreed
        lines.append(
            f"| {code} | {_name(code)} | {found} | {agreed} | {disagreed} | "
            f"{_percent(disagreed, found)} |"
        )
    agreed_all = sum(verdicts.agreed.values())
    disagreed_all = sum(verdicts.disagreed.values())
    lines += [
        f"| | all rules | {agreed_all + disagreed_all} | {agreed_all} | {disagreed_all} | "
        f"{_percent(disagreed_all, agreed_all + disagreed_all)} |",
        "",
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="The accuracy report on the real-shape corpus.")
    parser.add_argument("--write", action="store_true", help="write docs/accuracy.md")
    args = parser.parse_args(argv)
    readings = [read(draft) for draft in drafts()]
    verdicts = judge(readings)
    for problem in verdicts.unjudged:
        print(f"no verdict: {problem}", file=sys.stderr)
    for problem in verdicts.stale:
        print(f"verdict on a finding no longer reported: {problem}", file=sys.stderr)
    text = report(readings, verdicts)
    if args.write:
        REPORT.write_text(text, encoding="utf-8")
    else:
        print(text, end="")
    return 1 if verdicts.unjudged or verdicts.stale else 0


if __name__ == "__main__":
    sys.exit(main())
