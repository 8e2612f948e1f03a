"""docs/architecture.md describes the layers the import contract enforces, and the tree."""

from __future__ import annotations

import re
import sys

import pytest

from tests.conftest import ROOT

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

DOC = ROOT / "docs" / "architecture.md"
PACKAGE = ROOT / "src" / "smartbrev"


def _contract_layers() -> list[list[str]]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    (contract,) = config["tool"]["importlinter"]["contracts"]
    return [
        [name.strip().strip("()") for name in re.split(r"[|:]", layer)]
        for layer in contract["layers"]
    ]


def _table(heading: str) -> list[list[str]]:
    """The backticked names in the first cell of each row of the table under `heading`."""
    text = DOC.read_text(encoding="utf-8")
    rows = []
    for line in text.split(f"| {heading} |", 1)[1].splitlines()[2:]:
        if not line.startswith("|"):
            break
        first = line.split(" | ", 1)[0]
        rows.append(re.findall(r"`([^`]+)`", first) or [first.strip("| ")])
    return rows


def test_the_layers_table_is_the_contract_in_order() -> None:
    layers = _contract_layers()
    documented = _table("layer")
    assert documented[:-1] == layers[:-1]
    assert documented[-1] == ["core"]


def test_the_core_table_lists_the_core_layer() -> None:
    core = _contract_layers()[-1]
    documented = [name.removesuffix(".py") for (name,) in _table("core module")]
    assert sorted(documented) == sorted(core)


@pytest.mark.parametrize("layer", [n for layer in _contract_layers() for n in layer])
def test_every_layer_named_exists_or_is_optional(layer: str) -> None:
    optional = {"server", "desk"}
    exists = (PACKAGE / layer).is_dir() or (PACKAGE / f"{layer}.py").is_file()
    assert exists or layer in optional, f"{layer} is in the contract but not in the package"


def test_every_module_at_the_top_of_the_package_has_a_layer() -> None:
    layered = {n for layer in _contract_layers() for n in layer}
    entry = {"__init__", "__main__"}
    for path in PACKAGE.iterdir():
        name = path.stem if path.suffix == ".py" else path.name
        if (path.suffix == ".py" or (path / "__init__.py").is_file()) and name not in entry:
            assert name in layered, f"{path.name} sits in no layer of docs/architecture.md"


def _tree() -> list[str]:
    text = DOC.read_text(encoding="utf-8")
    return text.split("## What lives where", 1)[1].split("```", 2)[1].splitlines()


def test_every_module_the_tree_names_exists() -> None:
    package = PACKAGE
    named = 0
    for line in _tree():
        folder = re.match(r"^  (\w+)/", line)
        if folder:
            package = PACKAGE / folder.group(1)
            assert package.is_dir(), f"{folder.group(1)}/ is not a package"
        elif re.match(r"^  \w", line):
            package = PACKAGE
        for module in re.findall(r"\b(\w+)\.py\b", line):
            named += 1
            assert (package / f"{module}.py").is_file() or (PACKAGE / f"{module}.py").is_file(), (
                f"{module}.py is named in docs/architecture.md but is not in {package.name}/"
            )
    assert named > 30


def test_every_package_is_in_the_tree() -> None:
    listed = {m.group(1) for line in _tree() if (m := re.match(r"^  (\w+)/", line))}
    packages = {p.name for p in PACKAGE.iterdir() if (p / "__init__.py").is_file()}
    assert packages == listed
