"""Text that went through the wrong encoding.

## What it does
Reports text garbled by being read in the wrong encoding, "mojibake": `â€™` where ’ was
written, `â€œ` for “, `â€”` for —, `Ã©` for é, `ðŸ“Š` for an emoji, `โ€”` for — (UTF-8
read as Windows-1252, Latin-1 or Windows-874, as happens when copy is pasted between
systems). Every text is checked: headline, lede, labels, blocks, speakers, links and byline.
Each garbled place is reported once: a draft's author names are read out of its byline
line, so a garbled byline is one finding (JSON and YAML write the names apart, and each
is reported).

Which text is mojibake is decided by [ftfy](https://ftfy.readthedocs.io/), which
weighs each suspicious sequence in context, so names such as "São Paulo" or "Zoë" are
left alone. Other rules skip the garbled characters: a mojibake quotation mark never
makes quotes look unbalanced, nor hides the end of a sentence.

## Why is this bad?
Readers see the garbage, and it travels on into every format the briefing is converted
to. It is also a sign that the text passed through a system that may have damaged more.

## Example
```markdown
**Why it matters:** The cityâ€™s cafÃ© permits â€” 40 of them â€” expire in May.
```

## Use instead
```markdown
**Why it matters:** The city’s café permits — 40 of them — expire in May.
```

## Fix safety
Safe: the garbled characters are decoded back into the ones that were written (the
encoding is undone, nothing else: curly quotes stay curly, no other character changes).

## Options
None.
"""

from __future__ import annotations

from collections.abc import Iterator

from smartbrev.diagnostics import Severity
from smartbrev.lint.context import Context
from smartbrev.lint.encoding import mojibake_spans, repaired, suspicious
from smartbrev.lint.rule import Finding, Fix, FixSafety, Rule
from smartbrev.model import Speaker


def _fields(ctx: Context) -> Iterator[tuple[str, str]]:
    """Every text a reader sees, with its pointer: headline, lede, labels, content,
    speakers, link titles and the byline."""
    yield from ((t.pointer, t.text) for t in ctx.texts)
    for number, block in enumerate(ctx.doc.blocks):
        yield f"/blocks/{number}/label", block.label
        for index, item in enumerate(block.content or ()):
            if isinstance(item, Speaker):
                yield f"/blocks/{number}/content/{index}/name", item.name
                if item.role:
                    yield f"/blocks/{number}/content/{index}/role", item.role
        for index, link in enumerate(block.links or ()):
            yield f"/blocks/{number}/links/{index}/title", link.title
    byline = ctx.doc.byline
    if byline is not None:
        if byline.text:
            yield "/byline/text", byline.text
        for index, author in enumerate(byline.authors):
            yield f"/byline/authors/{index}/name", author.name


def _changed(text: str, fixed: str) -> tuple[int, int, int]:
    """Where two texts differ: the start, and the end in each."""
    start = 0
    limit = min(len(text), len(fixed))
    while start < limit and text[start] == fixed[start]:
        start += 1
    end, new_end = len(text), len(fixed)
    while end > start and new_end > start and text[end - 1] == fixed[new_end - 1]:
        end, new_end = end - 1, new_end - 1
    return start, end, new_end


def _all_ascii(ctx: Context) -> bool:
    """Whether every text is ASCII (most are): then there is nothing to look at."""
    doc = ctx.doc
    return (
        all(t.text.isascii() for t in ctx.texts)
        and all(b.label.isascii() for b in doc.blocks)
        and all(link.title.isascii() for b in doc.blocks if b.links for link in b.links)
        and all(
            item.name.isascii() and (item.role or "").isascii()
            for b in doc.blocks
            for item in b.content or ()
            if isinstance(item, Speaker)
        )
        and (
            doc.byline is None
            or (
                (doc.byline.text or "").isascii()
                and all(a.name.isascii() for a in doc.byline.authors)
            )
        )
    )


def check(ctx: Context, options: None) -> Iterator[Finding]:
    if _all_ascii(ctx):
        return
    for pointer, text in _fields(ctx):
        if not suspicious(text):
            continue
        fixed = repaired(text)
        if fixed == text:
            continue
        start, end, new_end = _changed(text, fixed)
        garbled = [text[s:e] for s, e in mojibake_spans(text)] or [text[start:end]]
        more = f" and {len(garbled) - 1} more" if len(garbled) > 1 else ""
        yield Finding(
            f"garbled text “{garbled[0]}”{more}: read in the wrong encoding",
            pointer,
            start,
            end,
            help=f"it was written “{fixed[start:new_end]}”"
            if len(fixed[start:new_end]) <= 40
            else "undo the wrong decoding (--fix), and check where the text came from",
            fix=Fix(pointer, start, end, fixed[start:new_end], FixSafety.SAFE, "Undo the mojibake"),
        )


RULE = Rule(
    code="SB505",
    name="mojibake",
    severity=Severity.ERROR,
    check=check,
    doc=__doc__,
    options=type(None),
    fix=FixSafety.SAFE,
)
