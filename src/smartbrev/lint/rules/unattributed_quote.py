"""A quotation nobody is said to have said.

## What it does
Reports a paragraph or bullet (outside a speaker's block) that contains a quotation of
`min-words` or more words but no attribution. Reported speech is attributed by:

- a verb of saying or writing anywhere in the paragraph, outside the quotation ("the
  mayor said", "the authors wrote", "she told Axios", "the agency has reported that
  ...", "the letter reads");
- "according to ...", "per the report", "in a statement";
- a colon that introduces it ("The mayor's answer: “...”", "Ana Ortiz: “...”");
- a dash and a name after it ("“...” — Ana Ortiz");
- the paragraph before it ending in a colon ("The mayor said:" or a `Name:` line), or
  the next paragraph of the block attributing it in its first sentence; a quotation
  that runs over several paragraphs (each left open, the next opening again) is one.

Quotations under a speaker are attributed by the speaker.

## Why is this bad?
An unattributed quote cannot be checked and reads as the newsroom's own opinion.

## Example
```markdown
**Driving the news:** The mayor opened the hearing on a pledge. “We will not raise taxes
this year.”
```

## Use instead
```markdown
**Driving the news:** The mayor opened the hearing on a pledge. “We will not raise taxes
this year,” Mayor Ana Ortiz said.
```

## Fix safety
No fix: only the reporter knows who said it.

## Options
- `min-words` (int, default 4): shorter quotations (a quoted term, a nickname) are not
  checked.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import msgspec

from smartbrev.diagnostics import Severity
from smartbrev.lint.context import Context, Text
from smartbrev.lint.prose import mask_markup, sentences, word_count
from smartbrev.lint.rule import Finding, Rule

# A quotation ends at the next opening mark at the latest: a run of openings without a
# close then costs its length, not its square.
_QUOTATION = re.compile(r"“[^“”]*”|\"[^\"\n]*\"|«[^«»]*»")
_OPENINGS = ("“", '"', "«")
"""Every quotation opens with one of these."""
_ATTRIBUTION = re.compile(
    r"\b(?:say|says|said|saying|tell|tells|told|add|adds|added|stress|stresses|stressed|"
    r"note|notes|noted|explain|explains|explained|argue|argues|argued|ask|asks|asked|"
    r"write|writes|wrote|written|warn|warns|warned|insist|insists|insisted|recall|recalls|"
    r"recalled|declare|declares|declared|announce|announces|announced|acknowledge|"
    r"acknowledged|concede|conceded|emphasi[sz]e|emphasi[sz]ed|state|states|stated|reply|"
    r"replied|remark|remarked|confirm|confirms|confirmed|report|reports|reported|testify|"
    r"testified|claim|claims|claimed|predict|predicted|admit|admits|admitted|respond|"
    r"responded|counter|countered|continue|continued|urge|urged|vow|vowed|promise|"
    r"promised|joke|joked|quip|quipped|caution|cautioned|complain|complained|describe|"
    r"described|call|calls|called|put\s+it|read|reads|find|finds|found|conclude|concluded|"
    r"sum(?:s|med)?\s+(?:it\s+)?up|summari[sz]ed|characteri[sz]ed|in\s+the\s+words\s+of|"
    r"according\s+to|per\s+(?:the|a|an|his|her|their)|in\s+a\s+(?:statement|post|letter|"
    r"memo|filing|email|interview)|quoted|quoting|tweeted|posted)\b",
    re.IGNORECASE,
)
_DASH_NAME = re.compile(r"\s*[—–-]\s*\w")
_INTRODUCED = re.compile(r"\w[^.!?]*:\s*$")
"""Words, then a colon, right before a quotation: "The mayor's answer:", "Ana Ortiz:"."""


class Options(msgspec.Struct, frozen=True):
    min_words: int = 4


def _attributes(text: str) -> bool:
    """Whether a text, outside its quotations, attributes speech."""
    return _ATTRIBUTION.search(_QUOTATION.sub(" ", mask_markup(text))) is not None


def _attributed(masked: str, quotes: list[re.Match[str]]) -> bool:
    if _ATTRIBUTION.search(_QUOTATION.sub(" ", masked)):
        return True
    if _DASH_NAME.match(masked, quotes[-1].end()):
        return True
    return any(_INTRODUCED.search(masked, 0, q.start()) for q in quotes)


def _left_open(text: str) -> bool:
    masked = mask_markup(text)
    return masked.count("“") > masked.count("”") or masked.count('"') % 2 == 1


def _run_starts(texts: tuple[Text, ...]) -> list[int]:
    """For each text, the first of the paragraphs of one quotation running on into it
    (each left open, in one block): worked out in one pass, where walking back from
    each text would take time in the square of a long run."""
    starts: list[int] = []
    for index, text in enumerate(texts):
        before = texts[index - 1] if index else None
        runs_on = before is not None and before.block is text.block and _left_open(before.text)
        starts.append(starts[index - 1] if runs_on else index)
    return starts


def _neighbours_attribute(texts: tuple[Text, ...], index: int, first: int) -> bool:
    """The text before ends in a colon, or the next one attributes in its first sentence.
    Paragraphs of one quotation running on (each left open) count as one: `first` is
    where the run holding `index` starts."""
    block = texts[index].block
    before = texts[first - 1] if first else None
    if before is not None and before.block is block and before.text.rstrip().endswith(":"):
        return True
    after = texts[index + 1] if index + 1 < len(texts) else None
    if after is None or after.block is not block:
        return False
    spans = sentences(after.text)
    return bool(spans) and _attributes(after.text[spans[0][0] : spans[0][1]])


def check(ctx: Context, options: Options) -> Iterator[Finding]:
    texts = ctx.body
    starts: list[int] | None = None
    for index, text in enumerate(texts):
        if text.kind.startswith("speaker-") or not any(m in text.text for m in _OPENINGS):
            continue
        masked = mask_markup(text.text)
        quotes = [
            m for m in _QUOTATION.finditer(masked) if word_count(m.group()) >= options.min_words
        ]
        if not quotes or _attributed(masked, quotes):
            continue
        if starts is None:
            starts = _run_starts(texts)
        if _neighbours_attribute(texts, index, starts[index]):
            continue
        first = quotes[0]
        yield Finding(
            "quotation without attribution",
            text.pointer,
            first.start(),
            first.end(),
            help="say who said it (“…,” Ana Ortiz said), or move it under a speaker",
        )


RULE = Rule(
    code="SB401",
    name="unattributed-quote",
    severity=Severity.WARNING,
    check=check,
    doc=__doc__,
    options=Options,
)
