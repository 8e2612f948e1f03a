"""Sentences in the passive voice (a heuristic).

## What it does
Looks for a form of "to be" followed, perhaps after one adverb, by a past participle:
a word ending in "-ed" or a common irregular participle ("was approved", "is being
held", "were quickly taken"). Quotations (straight, curly or single, and a quotation
that runs on into the next paragraph), code and links are not checked: a source's
words are theirs.

Participles that mostly describe a state rather than an action are reported only when
a "by" names who acted: "the ferry is crowded", "4,000 residents are uninsured", "the
office is located downtown", "the vote is scheduled for May", "schools were closed on
Monday" say how things are, and no agent is hidden. "The road was closed by the state"
does hide one, and is reported. (A "by" before a time, "crowded by noon", names no
agent.) The list is short and curated: adjectives of feeling ("concerned",
"interested", "worried"), of place and origin ("based", "located", "born", "founded"),
of plans ("scheduled", "set", "expected", "planned"), states and standings ("closed",
"crowded", "divided", "split", "enrolled", "leased", "damaged", "exposed"), limits and
duties ("limited", "capped", "required"), what remains ("left"), and "un-" adjectives
("uninsured", "unprecedented"; not verbs such as "unveiled").

Newsroom copy also writes these without hiding anyone, and they are not reported: how
someone is reckoned ("had been counted as yes votes", "is seen as the favorite"), a
seat or a bed that "was taken" (occupied), what a rule or a contract says ("farm crews
are covered by the state's heat rule"), a participle that only says which things are
meant ("the ships being delivered this year"), and the update note at the end of a
story ("This story has been updated").

This is still a heuristic: it misses passives without "to be" ("got approved"), and
reports at `info` level for that reason.

## Why is this bad?
The passive hides who acted. "The budget was approved" leaves out the council; Smart
Brevity names the actor and puts them first.

## Example
```markdown
The budget was approved on Tuesday.
```

## Use instead
```markdown
The council approved the budget on Tuesday.
```

## Fix safety
No fix: rewriting needs to know who acted.

## Options
- `ignore` (list of strings, default `[]`): participles never to report, e.g. `["named"]`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import msgspec

from smartbrev.diagnostics import Severity
from smartbrev.lint.context import Context
from smartbrev.lint.prose import mask_prose, prose_runs
from smartbrev.lint.rule import Finding, Rule
from smartbrev.lint.rules._passive_words import (
    AS_STATES,
    IRREGULAR,
    OCCUPIED,
    PHRASE_ENDS,
    RULES,
    STATES,
    TIMES,
    UN_VERBS,
)
from smartbrev.patterns import Lazy
from smartbrev.words import ascii_plain

_PASSIVE = re.compile(
    r"\b(?:am|is|are|was|were|be|been|being)\s+"
    r"(?:(?:not|never|also|still|already|now|often|just|all|\w+ly)\s+)?"
    rf"(\w+ed|{'|'.join(IRREGULAR)})\b",
    re.IGNORECASE,
)

_NOT_PARTICIPLES = frozenset({"need", "red", "bed", "seed", "feed", "speed", "hundred", "indeed"})
_BE = frozenset({"am", "is", "are", "was", "were", "be", "been", "being"})
_BY_AGENT = re.compile(r"\s+by\s+(?:(?:the|a|an)\s+)?(\w+)", re.IGNORECASE)
_BY_PHRASE = re.compile(r"\s+by\s+([^,.;:!?()\n]*)", re.IGNORECASE)
_AS = re.compile(r"\s+as\b", re.IGNORECASE)
_CLAUSE_ENDS = re.compile(r"\s*(?:[,.;:!?)]|$)")
_WORD_BEFORE = re.compile(r"(\w+)\W*$")
_UPDATE_NOTE = Lazy(
    r"\b(?:this|the) (?:story|article|post|report|item|piece|page) "
    r"(?:has been|had been|was) (?:updated|corrected)\b",
    re.IGNORECASE,
)
"""The note a newsroom puts at the end of a story it changed after publishing."""


class Options(msgspec.Struct, frozen=True):
    ignore: tuple[str, ...] = ()


def _state(participle: str) -> bool:
    return participle in STATES or (
        participle.startswith("un")
        and not participle.startswith("under")
        and participle not in UN_VERBS
    )


def _agent_follows(prose: str, end: int) -> bool:
    """Whether "by" and someone (not a time: "by noon", "by 2030") follow."""
    match = _BY_AGENT.match(prose, end)
    if match is None:
        return False
    word = match.group(1).lower()
    return not word[0].isdigit() and word not in TIMES


def _rule_follows(prose: str, end: int) -> bool:
    """Whether the "by" phrase that follows names a rule, a law or a contract."""
    match = _BY_PHRASE.match(prose, end)
    if match is None:
        return False
    for word in match.group(1).lower().split()[:8]:
        if word in PHRASE_ENDS:
            return False
        word = word.removesuffix("'s").removesuffix("’s")
        singular = word[:-3] + "y" if word.endswith("ies") else word.removesuffix("s")
        if word in RULES or singular in RULES:
            return True
    return False


def _not_an_act(prose: str, match: re.Match[str], participle: str) -> bool:
    """A participle that says how things stand, which things are meant, or what a rule
    says, rather than hiding who acted (see the docstring)."""
    start, end = match.span()
    if participle in AS_STATES and _AS.match(prose, end):
        return True
    if (
        participle in OCCUPIED
        and len(match.group().split()) == 2
        and _CLAUSE_ENDS.match(prose, end)
    ):
        return True
    if match.group()[:5].lower() == "being":
        # "the ships being delivered": no form of "to be" before it, so no clause of its
        # own, only a description of the ships.
        before = _WORD_BEFORE.search(prose[max(0, start - 40) : start])
        if before is None or before.group(1).lower() not in _BE:
            return True
    if participle in ("updated", "corrected"):
        note = _UPDATE_NOTE.search(prose, max(0, start - 40), end)
        if note is not None and note.start() <= start:
            return True
    return _rule_follows(prose, end)


def check(ctx: Context, options: Options) -> Iterator[Finding]:
    ignored = _NOT_PARTICIPLES | {w.lower() for w in options.ignore}
    for text in ctx.texts:
        # The pattern starts with a form of "to be": a text without one (by the word runs
        # other rules share; exact when every letter is ASCII, where case folding is one
        # letter to one, curly quotes and dashes around them or not) is passed over
        # without a scan.
        if ascii_plain(text.text) is not None and _BE.isdisjoint(prose_runs(text.text)):
            continue
        prose = mask_prose(text.text)
        for match in _PASSIVE.finditer(prose):
            participle = match.group(1).lower()
            if participle in ignored:
                continue
            if _state(participle) and not _agent_follows(prose, match.end()):
                continue
            if _not_an_act(prose, match, participle):
                continue
            yield Finding(
                f"passive voice “{text.text[match.start() : match.end()]}”",
                text.pointer,
                match.start(),
                match.end(),
                help="name who acted and make them the subject",
            )


RULE = Rule(
    code="SB503",
    name="passive-voice",
    severity=Severity.INFO,
    check=check,
    doc=__doc__,
    options=Options,
)
