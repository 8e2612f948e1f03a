"""A briefing or a newsletter edition as an email: a MIME message with an HTML part that
mail clients show as written, and a plain-text alternative.

The HTML is laid out with tables (what every mail client renders alike), 600 pixels wide
at most and fluid below that; its style sheet is moved into `style` attributes by
css-inline, since many clients drop `<style>` elements. No script, no remote font, no
tracking; every image carries its width, height and description.
"""

from __future__ import annotations

import hashlib
from email.message import EmailMessage
from html import escape
from typing import Any

from smartbrev.model import Block, Briefing, Bullets, ContentItem, Edition, Paragraph, Speaker
from smartbrev.writers.inline import safe_url, to_html, to_plain
from smartbrev.writers.text_writer import write_text

WIDTH = 600
"""The widest the message is laid out, in CSS pixels (the width mail clients expect)."""
IMAGE_WIDTH = WIDTH - 40
IMAGE_HEIGHT = IMAGE_WIDTH * 9 // 16
"""An image's box: the model does not know an image's size, so a 16:9 box is declared,
and clients that read CSS keep the picture's own proportions (`height:auto`)."""

STYLE = f"""
body {{ margin: 0; padding: 0; background-color: #f2f2f2; }}
.wrap {{ width: 100%; background-color: #f2f2f2; }}
.sheet {{ width: 100%; max-width: {WIDTH}px; background-color: #ffffff; }}
.cell {{ padding: 20px; font-family: Georgia, 'Times New Roman', serif; font-size: 17px;
  line-height: 1.5; color: #1a1a1a; }}
.masthead {{ font-family: Helvetica, Arial, sans-serif; font-size: 24px; font-weight: bold;
  margin: 0 0 4px 0; }}
.issue {{ font-family: Helvetica, Arial, sans-serif; font-size: 14px; color: #555555;
  margin: 0 0 16px 0; }}
.headline {{ font-family: Helvetica, Arial, sans-serif; font-size: 24px; line-height: 1.25;
  margin: 0 0 12px 0; }}
.label {{ font-weight: bold; }}
.para {{ margin: 0 0 14px 0; }}
.list {{ margin: 0 0 14px 0; padding-left: 22px; }}
.quote {{ margin: 0 0 14px 0; padding-left: 14px; border-left: 3px solid #cccccc; }}
.speaker {{ font-style: italic; margin: 0 0 14px 0; }}
.byline {{ font-family: Helvetica, Arial, sans-serif; font-size: 14px; color: #555555;
  margin: 0 0 14px 0; }}
.rule {{ border: 0; border-top: 1px solid #dddddd; margin: 8px 0 20px 0; }}
.image {{ display: block; width: 100%; max-width: {IMAGE_WIDTH}px; height: auto;
  border: 0; margin: 0 0 14px 0; }}
a {{ color: #1a5fb4; }}
"""


def _content(items: tuple[ContentItem, ...], out: list[str]) -> None:
    for item in items:
        if isinstance(item, Paragraph):
            out.append(f'<p class="para">{to_html(item.text)}</p>')
        elif isinstance(item, Bullets):
            listed = "".join(f"<li>{to_html(text)}</li>" for text in item.items)
            out.append(f'<ul class="list">{listed}</ul>')
        elif isinstance(item, Speaker):
            said: list[str] = []
            _content(item.content, said)
            who = escape(item.name) + (f", {escape(item.role)}" if item.role else "")
            out.append(f'<div class="quote">{"".join(said)}<p class="speaker">— {who}</p></div>')


def _block(block: Block, out: list[str]) -> None:
    label = f'<span class="label">{escape(block.label)}:</span>'
    content = list(block.content or ())
    if content and isinstance(content[0], Paragraph):
        out.append(f'<p class="para">{label} {to_html(content[0].text)}</p>')
        content = content[1:]
    else:
        out.append(f'<p class="para">{label}</p>')
    _content(tuple(content), out)
    links = []
    for link in block.links or ():
        url = safe_url(link.url)
        title = to_html(link.title)
        shown = f'<a href="{escape(url)}">{title}</a>' if url else title
        links.append(f"<li>{shown}</li>")
    if links:
        out.append(f'<ul class="list">{"".join(links)}</ul>')


def _briefing(doc: Briefing, out: list[str], *, byline: bool = True) -> None:
    if doc.headline:
        out.append(f'<h1 class="headline">{to_html(doc.headline)}</h1>')
    image = doc.image
    if image is not None and safe_url(image.url):
        out.append(
            f'<img class="image" src="{escape(image.url)}" alt="{escape(image.alt)}" '
            f'width="{IMAGE_WIDTH}" height="{IMAGE_HEIGHT}">'
        )
    for paragraph in doc.lede.split("\n\n"):
        out.append(f'<p class="para">{to_html(paragraph)}</p>')
    for block in doc.blocks:
        _block(block, out)
    if byline and doc.byline is not None:
        text = doc.byline.text or "By " + ", ".join(a.name for a in doc.byline.authors)
        out.append(f'<p class="byline">{to_html(text)}</p>')


def email_html(document: Briefing | Edition) -> str:
    """The message's HTML, its styles inlined."""
    import css_inline

    out: list[str] = []
    if isinstance(document, Edition):
        title = document.newsletter
        out.append(f'<p class="masthead">{escape(document.newsletter)}</p>')
        issue = escape(document.issue_date)
        if document.byline is not None and document.byline.text:
            issue = to_html(document.byline.text)
        out.append(f'<p class="issue">{issue}</p>')
        if document.intro:
            out.extend(f'<p class="para">{to_html(p)}</p>' for p in document.intro.split("\n\n"))
        for number, item in enumerate(document.items):
            if number:
                out.append('<hr class="rule">')
            _briefing(item, out)
    else:
        title = to_plain(document.headline or document.lede.split("\n\n")[0])
        _briefing(document, out)
    page = (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{escape(title)}</title><style>{STYLE}</style></head><body>"
        '<table role="presentation" class="wrap" width="100%" cellpadding="0" cellspacing="0">'
        '<tr><td align="center">'
        f'<table role="presentation" class="sheet" width="{WIDTH}" cellpadding="0" '
        'cellspacing="0"><tr><td class="cell">'
        + "\n".join(out)
        + "</td></tr></table></td></tr></table></body></html>\n"
    )
    inliner = css_inline.CSSInliner(keep_style_tags=False, load_remote_stylesheets=False)
    inlined: str = inliner.inline(page)
    return inlined


def _body_text(doc: Briefing) -> str:
    """A briefing as the text writer writes it, without the front matter it may open with
    (metadata is not for readers of a message)."""
    text = write_text(doc)
    if text.startswith("---\n"):
        end = text.find("\n---\n", 3)
        text = text[end + 5 :] if end >= 0 else text
    return text.strip() + "\n"


def email_text(document: Briefing | Edition) -> str:
    """The message's plain-text alternative."""
    if isinstance(document, Briefing):
        return _body_text(document)
    head = [document.newsletter, document.issue_date]
    if document.byline is not None and document.byline.text:
        head[1] = document.byline.text
    parts = ["\n".join(head)]
    if document.intro:
        parts.append(to_plain(document.intro))
    parts.extend(_body_text(item).strip() for item in document.items)
    return "\n\n* * *\n\n".join(parts) + "\n"


def write_email(document: Briefing | Edition) -> str:
    """The message: text and HTML as alternatives (RFC 2046), ready for a mail program."""
    message = EmailMessage()
    subject: Any = document.newsletter if isinstance(document, Edition) else document.headline
    message["Subject"] = to_plain(subject or "") or "Briefing"
    message["MIME-Version"] = "1.0"
    message.set_content(email_text(document), cte="quoted-printable")
    html = email_html(document)
    message.add_alternative(html, subtype="html", cte="quoted-printable")
    # A boundary made from the content: converting the same document twice gives the
    # same bytes.
    digest = hashlib.sha256(html.encode("utf-8")).hexdigest()[:32]
    message.set_boundary(f"smartbrev-{digest}")
    return message.as_string()
