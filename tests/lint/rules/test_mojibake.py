"""The `mojibake` rule: drafts it must flag (with positions) and drafts it must not; other
rules quiet on garbled text; `lint --fix` gives the clean text; ftfy loaded only on need."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT, RunCli
from tests.lint.helpers import briefing, positions, run

CORPUS = ROOT / "tests" / "data" / "real-shapes"

BAD = [
    # UTF-8 read as Windows-1252: apostrophes, dashes, accents, quotes.
    (briefing("**Why it matters:** The cityâ€™s pool stays shut."), [(5, 29)]),
    (briefing("**Driving the news:** The vote â€” 6 to 1 â€” came late."), [(5, 32)]),
    (briefing("**Zoom in:** The cafÃ© on Pike Street closed."), [(5, 21)]),
    (briefing("**Why it matters:** â€œWe are out of room,â€\x9d the chief said."), [(5, 21)]),
    # An emoji, a label, and UTF-8 read as Windows-874 (Thai).
    (briefing("**ðŸ“Š By the numbers:** 14 branches."), [(5, 3)]),
    (briefing("**Whatâ€™s next:** A vote in May."), [(5, 7)]),
    (briefing("**Why it matters:** The vote โ€” 6 to 1 โ€” came late."), [(5, 30)]),
]
GOOD = [
    briefing("**Why it matters:** Zoë Ortiz flew in from São Paulo on Tuesday."),
    briefing("**Why it matters:** The café—and the bakery beside it—closed."),
    briefing("**Why it matters:** “We are out of room,” the chief said. It’s 40°C."),
    briefing("**Why it matters:** The fee is £5 or ¥700, about 10% more."),
]


@pytest.mark.parametrize(("text", "expected"), BAD)
def test_flags(text: str, expected: list[tuple[int, int]]) -> None:
    assert positions(text, "mojibake") == expected


@pytest.mark.parametrize("text", GOOD)
def test_passes(text: str) -> None:
    assert positions(text, "mojibake") == []


def test_the_fix_gives_back_what_was_written() -> None:
    text = briefing("**Why it matters:** The cityâ€™s cafÃ© permits â€” 40 â€” expire.")
    (found,) = run(text, "mojibake")
    assert found.fix is not None and found.fix.safety.value == "safe"
    assert found.message == "garbled text “â€™” and 3 more: read in the wrong encoding"
    assert found.fix.new == "’s café permits — 40 —"


def test_a_garbled_byline_in_a_draft_is_reported_once() -> None:
    # The author's name is read out of the byline line: one place, one finding.
    text = "# Pool stays shut\n\nBy AmÃ©lie Durand Â· May 12, 2023\n\nThe pool stays shut.\n\n"
    text += "**Why it matters:** It is the only one.\n"
    found = run(text, "mojibake")
    assert [(d.pointer, d.span.line if d.span else 0) for d in found] == [("/byline/text", 3)]


def test_a_garbled_name_written_apart_from_the_byline_is_reported_too() -> None:
    # JSON writes the name and the byline's text apart: two places, two findings.
    document = {
        "schema_version": "1.2",
        "headline": "Pool stays shut",
        "lede": "The pool stays shut.",
        "blocks": [
            {
                "axiom": "why-it-matters",
                "label": "Why it matters",
                "content": [{"type": "paragraph", "text": "It is the only one."}],
            }
        ],
        "byline": {"authors": [{"name": "AmÃ©lie Durand"}], "text": "By AmÃ©lie Durand"},
    }
    found = run(json.dumps(document, indent=2), "mojibake", fmt="json")
    assert sorted(d.pointer for d in found) == ["/byline/authors/0/name", "/byline/text"]


GARBLED = [
    # A garbled closing quote is no quote: the quotes balance, the sentence ends.
    briefing("**Why it matters:** â€œWe are out of room.â€\x9d The chief said it twice."),
    briefing(
        "**Driving the news:** â€œThe drain line cracked in two places and the repair crew "
        "could not reach it before the season opened in June,â€\x9d the parks director said.â€\x9d "
        "â€œWe will ask the council for the money again in the fall budget and hope the "
        "vote goes our way this time,â€\x9d she added."
    ),
    briefing("**What they're saying:**\n\n- **Ana Ortiz**, chief: â€œWe are out of room.â€\x9d"),
]


@pytest.mark.parametrize("text", GARBLED)
@pytest.mark.parametrize(
    "rule",
    [
        "unbalanced-quotes",
        "straight-quotes",
        "lede-multiple-sentences",
        "sentence-too-long",
        "speaker-without-quote",
    ],
)
def test_other_rules_do_not_fire_on_mojibake(text: str, rule: str) -> None:
    assert run(text, rule) == []


@pytest.mark.parametrize(
    "name",
    [
        "md-mojibake-pool.md",
        "txt-mojibake-cafe-speakers.txt",
        "txt-mojibake-drive-thru-oneline.txt",
    ],
)
def test_lint_fix_gives_the_clean_text(run_cli: RunCli, tmp_path: Path, name: str) -> None:
    from smartbrev.lint.encoding import repaired

    path = tmp_path / name
    shutil.copy(CORPUS / name, path)
    original = path.read_text(encoding="utf-8")
    run_cli("lint", "--isolated", "--fix", "--select", "mojibake", str(path))
    fixed = path.read_text(encoding="utf-8")
    assert fixed != original
    assert repaired(fixed) == fixed
    assert fixed == "\n".join(repaired(line) for line in original.split("\n"))
    again = run_cli("lint", "--isolated", "--select", "mojibake", str(path))
    assert again.exit_code == 0, again.stdout


def _loads_ftfy(draft: str, tmp_path: Path) -> bool:
    path = tmp_path / "draft.md"
    path.write_text(draft, encoding="utf-8")
    code = (
        "import sys; from smartbrev.cli import cli\n"
        f"try: cli(['lint', '--no-cache', '-j', '1', {str(path)!r}])\n"
        "except SystemExit: pass\n"
        "print('ftfy' in sys.modules, file=sys.stderr)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False
    )
    return result.stderr.strip().splitlines()[-1] == "True"


def test_ftfy_is_imported_only_for_text_that_holds_a_suspicious_character(
    tmp_path: Path,
) -> None:
    assert not _loads_ftfy(briefing("**Why it matters:** Zoë’s café — “clean” text."), tmp_path)
    assert _loads_ftfy(briefing("**Why it matters:** The cafÃ© closed."), tmp_path)
