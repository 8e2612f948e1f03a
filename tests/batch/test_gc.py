"""The command's start-up: collection paused while it loads, resumed for long runs."""

from __future__ import annotations

import gc
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from smartbrev.batch import gc as collector
from smartbrev.batch import runner
from smartbrev.batch.pool import Pool
from smartbrev.files import Target
from smartbrev.validate_run import validate_targets


@pytest.fixture
def paused() -> Iterator[None]:
    assert gc.isenabled()
    threshold = gc.get_threshold()
    collector.pause_collection()
    yield
    collector.resume_collection()
    gc.unfreeze()
    gc.set_threshold(*threshold)
    assert gc.isenabled()


def _collecting(_: int) -> tuple[bool, int]:
    return gc.isenabled(), gc.get_threshold()[0]


def _targets(examples_dir: Path) -> list[Target | Exception]:
    return [Target(str(p), str(p)) for p in sorted(examples_dir.glob("*.json"))] * 3


@pytest.mark.usefixtures("paused")
def test_pausing_stops_collection_until_resumed() -> None:
    assert not gc.isenabled()
    collector.resume_collection()
    assert gc.isenabled()
    assert gc.get_freeze_count() > 0  # what start-up made is left out of later passes
    assert gc.get_threshold()[0] == collector.YOUNGEST


def test_resuming_never_enables_a_collector_someone_else_disabled() -> None:
    gc.disable()
    try:
        collector.resume_collection()
        assert not gc.isenabled()
    finally:
        gc.enable()


@pytest.mark.usefixtures("paused")
def test_a_run_collects_again_after_its_first_window(
    examples_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    targets = _targets(examples_dir)
    list(validate_targets(targets))  # one window: start-up lasts the whole run
    assert not gc.isenabled()
    monkeypatch.setattr(runner, "WINDOW", 2)
    results = list(validate_targets(targets))
    assert len(results) == len(targets)
    assert gc.isenabled()


@pytest.mark.usefixtures("paused")
def test_workers_collect_even_when_the_parent_is_starting() -> None:
    with Pool(2) as pool:
        states = set(pool.map(_collecting, list(range(8))))
    assert states == {(True, collector.YOUNGEST)}


def test_the_module_entry_point_runs_the_command(examples_dir: Path) -> None:
    run = subprocess.run(
        [sys.executable, "-m", "smartbrev", "validate", str(examples_dir / "transit-fares.json")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    assert "valid" in run.stdout
