from __future__ import annotations

import pytest

from smartbrev.axioms import AXIOM_IDS, AXIOMS, CUSTOM, ids_in, label_key, match_label
from smartbrev.schema import store


@pytest.mark.parametrize("version", store.SCHEMA_VERSIONS)
def test_schema_enum_is_the_registry_as_of_that_version(version: str) -> None:
    enum = store.load_schema(version)["$defs"]["axiom"]["enum"]
    assert enum == [*ids_in(version), CUSTOM]


def test_the_latest_schema_documents_every_axiom_as_the_registry_does() -> None:
    documented = store.load_schema(store.LATEST)["$defs"]["axiom"]["x-labels"]
    assert list(documented) == list(AXIOM_IDS)
    for axiom in AXIOMS:
        entry = documented[axiom.id]
        assert entry["label"] == axiom.label
        assert entry["description"] == axiom.description
        assert entry.get("variants", []) == list(axiom.variants)
        assert entry["since"] == axiom.since


def test_the_latest_schema_knows_every_axiom() -> None:
    assert ids_in(store.LATEST) == AXIOM_IDS


def test_ids_are_derived_from_labels_or_a_former_house_form() -> None:
    for axiom in AXIOMS:
        keys = {label_key(written) for written in (axiom.label, *axiom.variants)}
        assert axiom.id in keys, axiom


def test_numerals_stay_numerals_in_the_house_form() -> None:
    assert AXIOMS[AXIOM_IDS.index("one-big-thing")].label == "1 big thing"
    assert match_label("One big thing") == match_label("1 big thing") == "one-big-thing"


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("🔭 Zoom out", "zoom-out"),
        ("📈 By the numbers :", "by-the-numbers"),
        ("Why it matters :", "why-it-matters"),
        ("Our thought bubble", "thought-bubble"),
        ("The backdrop", "backdrop"),
        ("Yes, and", "yes-and"),
        ("What we’re watching", "what-were-watching"),
    ],
)
def test_labels_as_real_copy_writes_them(written: str, expected: str) -> None:
    assert match_label(written) == expected


def test_every_axiom_says_what_it_is_for() -> None:
    for axiom in AXIOMS:
        assert axiom.description.endswith(".") and len(axiom.description.split()) >= 2, axiom


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
