"""Linting while someone types: changes made during a lint are folded into one more lint,
and only results for the text the document still has are published."""

from __future__ import annotations

import asyncio
import time

import pytest

from smartbrev.server.engine import Report
from smartbrev.server.linting import Job, Linted, Linter

pytestmark = pytest.mark.asyncio


class Typist:
    """A document being typed into, and a record of what was linted and published."""

    def __init__(self, seconds: float) -> None:
        self.text = "v0"
        self.seconds = seconds
        self.linted: list[str] = []
        self.published: list[Linted] = []
        self.linter = Linter(self.published.append)

    def job(self) -> Job:
        text = self.text

        def run() -> Report:
            self.linted.append(text)
            time.sleep(self.seconds)
            return Report(text, "markdown", [])

        return Job("file:///draft.md", None, text, run)

    def type(self, text: str) -> None:
        self.text = text
        self.linter.changed(self.job, "file:///draft.md")

    async def settled(self) -> None:
        for _ in range(500):
            if self.published and self.published[-1].text == self.text:
                return
            await asyncio.sleep(0.01)
        raise AssertionError("the last text was never published")


async def test_changes_during_a_lint_are_folded_into_one() -> None:
    typist = Typist(seconds=0.1)
    typist.type("v0")
    await asyncio.sleep(0.03)  # the first lint is under way
    for number in range(1, 6):
        typist.type(f"v{number}")
    await typist.settled()
    assert typist.linted == ["v0", "v5"]
    assert [p.text for p in typist.published] == ["v0", "v5"]
    typist.linter.close()


async def test_a_quick_document_is_linted_on_every_change() -> None:
    typist = Typist(seconds=0)
    for number in range(4):
        typist.type(f"v{number}")
        await typist.settled()
    assert typist.linted == ["v0", "v1", "v2", "v3"]
    typist.linter.close()


async def test_asking_for_the_current_text_shares_the_lint_in_flight() -> None:
    typist = Typist(seconds=0.05)
    typist.type("v0")
    await asyncio.sleep(0.01)
    linted = await typist.linter.lint(typist.job())
    assert linted.text == "v0"
    assert typist.linted == ["v0"]
    typist.linter.close()


async def test_a_lint_begun_before_the_configuration_changed_is_not_kept() -> None:
    typist = Typist(seconds=0.1)
    setting = {"now": "old"}
    plain = typist.job

    def job() -> Job:
        made = plain()
        chosen = setting["now"]
        return Job(made.uri, made.version, made.text, lambda: _with(made.run(), chosen))

    typist.job = job  # type: ignore[method-assign]
    typist.type("v0")
    await asyncio.sleep(0.03)  # linting with the old configuration
    setting["now"] = "new"
    typist.linter.forget_all()
    typist.linter.changed(typist.job, "file:///draft.md")
    await typist.settled()
    assert [p.report.config_problem for p in typist.published] == ["new"]
    linted = await typist.linter.lint(typist.job())
    assert linted.report.config_problem == "new"
    typist.linter.close()


def _with(report: Report, setting: str) -> Report:
    report.config_problem = setting
    return report
