"""Near misses of known labels: which label a misspelt one was meant to be, and whether
replacing it could change what it means."""

from __future__ import annotations

from functools import lru_cache

from smartbrev.axioms import AXIOMS, label_key
from smartbrev.lint.rule import FixSafety
from smartbrev.messages import closest

DEFAULT_SIMILARITY = 0.8
"""How close (0 to 1) a label must be to a known one to count as a near miss."""


def nearest(label: str, labels: dict[str, str], cutoff: float) -> tuple[str, str] | None:
    """The key and house form of the known label closest to `label`, if close enough
    (`labels`: the newsroom's own, label key -> label)."""
    return _nearest(label_key(label), tuple(labels.items()), cutoff)


@lru_cache(maxsize=4096)
def _candidates(labels: tuple[tuple[str, str], ...]) -> dict[str, str]:
    candidates: dict[str, str] = {}
    for axiom in AXIOMS:
        for written in (axiom.label, *axiom.variants):
            candidates[label_key(written)] = axiom.label
    candidates.update(labels)
    return candidates


@lru_cache(maxsize=4096)
def _nearest(
    key: str, labels: tuple[tuple[str, str], ...], cutoff: float
) -> tuple[str, str] | None:
    # Two rules ask about each custom label, and a draft repeats its labels: each is
    # worked out once.
    candidates = _candidates(labels)
    match = closest(key, candidates, cutoff)
    return (match, candidates[match]) if match is not None else None


def _slip(written: str, known: str) -> bool:
    """One word mistyped in a way that cannot make another word: two letters swapped, or
    (in a word of four letters or more) one letter added, dropped or changed."""
    if len(written) == len(known):
        differ = [i for i, (a, b) in enumerate(zip(written, known, strict=True)) if a != b]
        if len(differ) == 2 and differ[1] == differ[0] + 1:
            return written[differ[0]] == known[differ[1]] and written[differ[1]] == known[differ[0]]
        return len(differ) == 1 and len(known) >= 4
    if abs(len(written) - len(known)) != 1 or min(len(written), len(known)) < 4:
        return False
    longer, shorter = (written, known) if len(written) > len(known) else (known, written)
    return any(longer[:i] + longer[i + 1 :] == shorter for i in range(len(longer)))


def safety(written_key: str, known_key: str) -> FixSafety | None:
    """How safe replacing one label by another is; None when they differ by a numeral."""
    written, known = written_key.split("-"), known_key.split("-")
    if written_key.replace("-", "") == known_key.replace("-", ""):
        return FixSafety.SAFE  # a space missing or doubled
    if len(written) != len(known):
        return FixSafety.UNSAFE  # a whole word added or dropped
    pairs = [(a, b) for a, b in zip(written, known, strict=True) if a != b]
    if any(any(c.isdigit() for c in a + b) for a, b in pairs):
        return None
    return FixSafety.SAFE if all(_slip(a, b) for a, b in pairs) else FixSafety.UNSAFE


def garbled(label: str) -> bool:
    """Whether a label holds mojibake (`mojibake` reports it; the label rules leave it)."""
    from smartbrev.lint.encoding import repaired, suspicious

    return suspicious(label) and repaired(label) != label


def meant_axiom(label: str, labels: dict[str, str], cutoff: float) -> str | None:
    """The axiom a custom label was plainly meant to be: a slip of the keys away from a
    known label ("Why it maters"), never a label one whole word away; or, garbled by a
    wrong encoding ("Whatâ€™s next"), the label it was."""
    from smartbrev.axioms import match_label

    if garbled(label):
        from smartbrev.lint.encoding import repaired

        label = repaired(label)
        known = match_label(label)
        if known is not None:
            return known
    found = nearest(label, labels, cutoff)
    if found is None or safety(label_key(label), found[0]) is not FixSafety.SAFE:
        return None
    return match_label(found[1])
