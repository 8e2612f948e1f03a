from __future__ import annotations

import pytest

from smartbrev.axioms import AXIOM_IDS, AXIOMS, CUSTOM, label_key, match_label
from smartbrev.schema import store


@pytest.mark.parametrize("version", store.SCHEMA_VERSIONS)
def test_schema_enum_is_the_registry(version: str) -> None:
    enum = store.load_schema(version)["$defs"]["axiom"]["enum"]
    assert enum == [*AXIOM_IDS, CUSTOM]


def test_ids_are_derived_from_labels() -> None:
    for axiom in AXIOMS:
        assert label_key(axiom.label) == axiom.id, axiom


def test_ids_are_unique() -> None:
    assert len(set(AXIOM_IDS)) == len(AXIOM_IDS)


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("Why it matters", "why-it-matters"),
        ("WHY IT MATTERS", "why-it-matters"),
        ("Why It Matters:", "why-it-matters"),
        ("Why it matters —", "why-it-matters"),
        ("Why it matters -", "why-it-matters"),
        ("Big picture", "big-picture"),
        ("The big picture:", "big-picture"),
        ("What they are saying", "what-theyre-saying"),
        ("What they’re saying:", "what-theyre-saying"),
        ("What he's saying", "what-theyre-saying"),
        ("What she’s saying", "what-theyre-saying"),
        ("What he is saying", "what-theyre-saying"),
        ("Yes but", "yes-but"),
        ("Yes, but:", "yes-but"),
        ("What is next", "whats-next"),
        ("What’s next", "whats-next"),
        ("Bottom line", "bottom-line"),
        ("Go deeper:", "go-deeper"),
        ("  Driving   the news  :", "driving-the-news"),
    ],
)
def test_variants_match(written: str, expected: str) -> None:
    assert match_label(written) == expected


@pytest.mark.parametrize("written", ["Our take", "Why it maters", "The numbers game", ""])
def test_unknown_labels_do_not_match(written: str) -> None:
    assert match_label(written) is None
