"""A link with a scheme other than http, https or mailto.

## What it does
Reports every link whose scheme is not `http`, `https` or `mailto`: "Go deeper" URLs,
the image URL, Markdown links and autolinks in the text. `javascript:`, `data:`,
`file:` and `vbscript:` links are the usual suspects.

## Why is this bad?
Such links run code or open local files in the reader's browser. smartbrev's HTML
output never turns them into links, but other systems the briefing reaches might.

## Example
```markdown
**Go deeper:** [The budget](javascript:alert(1))
```

## Use instead
```markdown
**Go deeper:** [The budget](https://example.org/budget)
```

## Fix safety
No fix: the right address is unknown.

## Options
None.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from smartbrev.diagnostics import Severity
from smartbrev.lint.context import Context
from smartbrev.lint.rule import Finding, Rule
from smartbrev.patterns import Lazy

SAFE_SCHEMES = frozenset({"http", "https", "mailto"})
_SCHEME = re.compile(r"^\s*([a-zA-Z][a-zA-Z0-9+.-]*):")
# An autolink ends at the next `<` at the latest (CommonMark's autolinks hold none).
_INLINE = Lazy(r"\]\(\s*<?([^)\s>]+)|<([a-zA-Z][a-zA-Z0-9+.-]*:[^<>\s]*)>")


def unsafe(url: str) -> str | None:
    """The scheme of a URL that is not safe to follow, or None."""
    match = _SCHEME.match(url)
    if match and match.group(1).lower() not in SAFE_SCHEMES:
        return match.group(1).lower()
    return None


def check(ctx: Context, options: None) -> Iterator[Finding]:
    for number, block in enumerate(ctx.doc.blocks):
        for index, link in enumerate(block.links or ()):
            scheme = unsafe(link.url or "")
            if scheme:
                yield Finding(
                    f"unsafe `{scheme}:` link for “{link.title}”",
                    f"/blocks/{number}/links/{index}/url",
                    help="link only to http, https or mailto addresses",
                )
    if ctx.doc.image is not None and unsafe(ctx.doc.image.url):
        yield Finding("unsafe image URL", "/image/url", help="use an http or https address")
    for text in ctx.texts:
        if "](" not in text.text and "<" not in text.text:
            continue  # every inline link has one or the other
        for match in _INLINE.finditer(text.text):
            group = 1 if match.group(1) else 2
            scheme = unsafe(match.group(group))
            if scheme:
                yield Finding(
                    f"unsafe `{scheme}:` link",
                    text.pointer,
                    match.start(group),
                    match.end(group),
                    help="link only to http, https or mailto addresses",
                )


RULE = Rule(code="SB602", name="unsafe-link", severity=Severity.ERROR, check=check, doc=__doc__)
