"""What the language server says a label is for comes from the label registry: the
description `smartbrev schema show` and the schema reference print, never a second text."""

from __future__ import annotations

import pytest

from smartbrev.axioms import AXIOMS, Axiom
from smartbrev.server.hover import CUSTOM_PURPOSE, label_text


@pytest.mark.parametrize("axiom", AXIOMS, ids=lambda a: a.id)
def test_a_label_is_described_by_its_registry_entry(axiom: Axiom) -> None:
    shown = label_text(axiom.id, axiom.label)
    assert shown == f"**{axiom.label}** · axiom `{axiom.id}`\n\n{axiom.description}"


def test_a_label_written_another_way_names_the_house_form_and_the_same_description() -> None:
    shown = label_text("big-picture", "Big picture")
    assert "(house form: **The big picture**)" in shown
    assert shown.endswith("The wider trend or context the news fits into.")


def test_a_label_the_registry_does_not_know_is_custom() -> None:
    assert label_text("custom", "Local angle") == f"**Local angle** · `custom`\n\n{CUSTOM_PURPOSE}"
