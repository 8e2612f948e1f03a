"""The `nonstandard-label` rule: drafts it must flag (with positions) and drafts it must not."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import RunCli
from tests.lint.helpers import briefing, positions

BAD = [
    (briefing("**Why It Matters —** Taxes."), [(5, 1)]),
    (briefing("**What they are saying:**\n\n- **Ana:** “Yes.”"), [(5, 1)]),
    (briefing("**Big picture:** Deficits."), [(5, 1)]),
    # Pasted copy: the label's words are reported, past the emoji before them.
    ("Lede of the ferry story.\n🔭 ZOOM OUT: The sound is busier.\n", [(2, 3)]),
]
GOOD = [
    briefing("**Why it matters:** Taxes."),
    briefing("**What they’re saying:**\n\n- **Ana:** “Yes.”"),
    # Numerals stay numerals: no rule turns "1 big thing" into "One big thing".
    briefing("**1 big thing:** The port deal."),
    # Decoration newsrooms print on purpose: an emoji before, a reading time after.
    briefing("**🔭 Zoom out:** The sound is busier than in 2019."),
    briefing("**Go deeper (2 min. read):**\n\n- [Why ferries run late](https://example.org/a)"),
    # One speaker quoted: the pronoun is the house's own choice.
    briefing("**What she's saying:**\n\n- **Ana Ortiz:** “Yes.”"),
    briefing("**Our thought bubble:** The vote was never in doubt."),
    # Garbled by a wrong encoding: `mojibake` reports it, not this rule.
    briefing("**What\u00e2\u20ac\u2122s next:** A vote in June."),
]


@pytest.mark.parametrize(("text", "expected"), BAD)
def test_flags(text: str, expected: list[tuple[int, int]]) -> None:
    assert positions(text, "nonstandard-label") == expected


@pytest.mark.parametrize("text", GOOD)
def test_passes(text: str) -> None:
    assert positions(text, "nonstandard-label") == []


def test_the_fix_keeps_the_emoji_and_changes_only_the_words(
    run_cli: RunCli, tmp_path: Path
) -> None:
    draft = tmp_path / "pasted.txt"
    draft.write_text("Lede of the ferry story.\n🔭 ZOOM OUT: The sound is busier.\n", "utf-8")
    run_cli("lint", "--select", "nonstandard-label", "--fix", "--no-cache", str(draft))
    assert (
        draft.read_text("utf-8") == "Lede of the ferry story.\n🔭 Zoom out: The sound is busier.\n"
    )
