#!/usr/bin/env python3
"""Write the benchmark corpus: invented briefings, the same seed giving the same files.

Each briefing is drafted once (see `prose.py`) and written in the shapes smartbrev reads,
one folder each:

- `md/`: Markdown, in turn with inline bold labels and the byline under the headline,
  with heading labels under static-site front matter, and with labels alone on their
  lines and the byline last;
- `txt/`: plain text, in turn one paragraph per line (some as newsletter pages holding
  a second item) and the pasted style with labels alone on their lines, speakers as
  `Name, role:` lines and, now and then, an email's hard-wrapped lines;
- `html/`: a CMS article page (metadata in its head, site chrome around the article);
- `json/` and `yaml/`: the Markdown draft read and written by smartbrev itself, so they
  always follow the current schema.

    python benchmarks/corpus.py --n 1000 --out /tmp/corpus/1k
    python benchmarks/corpus.py --n 100000 --out /tmp/corpus/100k --formats md --stats
"""

from __future__ import annotations

import argparse
import datetime
import html
import os
import random
import statistics
import sys
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from prose import (  # the module beside this script
    CAUTIONS,
    CONTEXT,
    FIGURES,
    LEDES,
    LINK_TITLES,
    NEWS,
    NEXT,
    OUTLETS,
    PLACES,
    ROLES,
    TOPICS,
    WHY,
    Writer,
    cap,
    curl,
)

FORMATS = ("md", "txt", "html", "json", "yaml")
SEED = 19


@dataclass
class Speaker:
    name: str
    role: str
    quotes: list[str]


@dataclass
class Block:
    label: str
    paragraphs: list[str] = field(default_factory=list)
    bullets: list[str] = field(default_factory=list)
    speakers: list[Speaker] = field(default_factory=list)
    links: list[tuple[str, str]] = field(default_factory=list)


@dataclass
class Story:
    headline: str
    lede: str
    blocks: list[Block]
    author: str | None
    outlet: str
    date: datetime.date
    tags: tuple[str, ...]
    slug: str
    place: str
    curly: bool
    second: tuple[str, str] | None = None
    """A newsletter's next item (its title and text), for the page shapes that have one."""

    def quote(self, text: str) -> str:
        """Text in the quotation marks the draft uses."""
        return f"\u201c{text}\u201d" if self.curly else f'"{text}"'


def _typeset(story: Story) -> None:
    """Curly quotation marks and apostrophes throughout the story's text, as a word
    processor gives them."""
    story.headline, story.lede = curl(story.headline), curl(story.lede)
    for block in story.blocks:
        block.label = curl(block.label)
        block.paragraphs = [curl(p) for p in block.paragraphs]
        block.bullets = [curl(b) for b in block.bullets]
        block.links = [(curl(title), url) for title, url in block.links]
        for speaker in block.speakers:
            speaker.role, speaker.quotes = curl(speaker.role), [curl(q) for q in speaker.quotes]
    if story.second is not None:
        story.second = (curl(story.second[0]), curl(story.second[1]))


def _said(writer: Writer, speaker: Speaker) -> str:
    """A quotation attributed in running text."""
    quote = " ".join(speaker.quotes)
    if writer.rng.random() < 0.5:
        return f'"{quote.removesuffix(".")}," {speaker.name}, {speaker.role}, said.'
    first, _, rest = quote.partition(". ")
    if not rest:
        return f'{speaker.name}, {speaker.role}, said: "{quote}"'
    return f'"{first}," said {speaker.name}, {speaker.role}. "{rest}"'


def _saying(writer: Writer) -> Block:
    rng = writer.rng
    people = [
        Speaker(writer.person(), rng.choice(ROLES), [writer.quote(1, 3)])
        for _ in range(rng.randint(1, 3))
    ]
    if rng.random() < 0.3:  # a long quotation, over two paragraphs
        first, _, rest = writer.quote(4, 6).partition(". ")
        people[0].quotes = [f"{first}.", rest]
    if rng.random() < 0.4:  # attributed in running text, no speaker lines
        return Block("What they're saying", paragraphs=[_said(writer, p) for p in people])
    return Block("What they're saying", speakers=people)


def _blocks(writer: Writer) -> list[Block]:
    rng = writer.rng
    blocks = [Block("Why it matters", [writer.sentences(WHY, 1, 3)])]
    news = Block("Driving the news", [writer.sentences(NEWS, 2, 4)])
    if rng.random() < 0.5:
        news.paragraphs.append(writer.sentences(NEWS, 1, 3))
    if rng.random() < 0.5:
        news.bullets = writer.each(NEWS, rng.randint(2, 3))
    optional = [
        news,
        Block(
            rng.choice(("The big picture", "Zoom out", "Between the lines")),
            [writer.sentences(CONTEXT, 2, 4)],
        ),
        _saying(writer),
        Block("By the numbers", bullets=writer.each(FIGURES, rng.randint(3, 5))),
        Block(rng.choice(("Yes, but", "The other side")), [writer.sentences(CAUTIONS, 1, 2)]),
        Block(rng.choice(("Stunning stat", "Of note", "Flashback")), [writer.sentence(CONTEXT)]),
    ]
    blocks += [b for b in optional if rng.random() < 0.7]
    blocks.append(Block("What's next", [writer.sentences(NEXT, 1, 2)]))
    if rng.random() < 0.8:
        slug = writer.place.lower().replace(" ", "-")
        links = [
            (writer.sentence(LINK_TITLES), f"https://example.org/{slug}/{rng.randint(100, 999)}")
            for _ in range(rng.randint(1, 3))
        ]
        blocks.append(Block("Go deeper", links=links))
    if rng.random() < 0.08:  # the slips lint is for: a label out of place
        blocks.insert(1, blocks.pop(0))
    return blocks


def story(index: int, seed: int = SEED) -> Story:
    """The briefing numbered `index` of the corpus drawn with `seed`."""
    rng = random.Random(f"{seed}:{index}")
    topic, place = rng.choice(TOPICS), rng.choice(PLACES)
    writer = Writer(rng, topic, place)
    headline = rng.choice(
        (
            f"{place} approves {topic.project}",
            f"{place}'s {topic.body} backs {topic.thing.removeprefix('the ')} after a long fight",
            f"What {topic.project} means for {place}'s {topic.people}",
        )
    )
    lede = writer.sentence(LEDES)
    if rng.random() < 0.3:  # a second sentence: the ledes lint is made to shorten
        lede += " " + writer.sentence(WHY)
    blocks = _blocks(writer)
    second = None
    if rng.random() < 0.2:
        other = Writer(rng, rng.choice(TOPICS), rng.choice(PLACES))
        title = cap(other.topic.thing.removeprefix("the ")) + " moves ahead"
        second = (title, other.sentences(NEWS, 2, 3))
    told = Story(
        headline=headline,
        lede=lede,
        blocks=blocks,
        author=writer.person() if rng.random() < 0.9 else None,
        outlet=rng.choice(OUTLETS),
        date=datetime.date(2020, 1, 1) + datetime.timedelta(days=rng.randint(0, 1800)),
        tags=topic.tags,
        slug=f"{place.lower().replace(' ', '-')}-{index}",
        place=place,
        curly=rng.random() < 0.5,
        second=second,
    )
    if told.curly:
        _typeset(told)
    return told


def _date(day: datetime.date) -> str:
    return f"{day:%b} {day.day}, {day.year}"


def _speaker_markdown(story: Story, speaker: Speaker) -> list[str]:
    first, *more = speaker.quotes
    lines = [f"- **{speaker.name}**, {speaker.role}: {story.quote(first)}"]
    return lines + [f"  {story.quote(quote)}" for quote in more]


def _markdown_body(story: Story, label: Callable[[str], str], inline: bool) -> Iterator[str]:
    """The blocks as Markdown: `label` writes a label; `inline` puts a block's first
    paragraph on the label's line."""
    for block in story.blocks:
        paragraphs = list(block.paragraphs)
        if inline and paragraphs:
            yield f"{label(block.label)} {paragraphs.pop(0)}"
        else:
            yield label(block.label)
        yield from paragraphs
        if block.bullets:
            yield "\n".join(f"- {item}" for item in block.bullets)
        if block.speakers:
            yield "\n".join(line for s in block.speakers for line in _speaker_markdown(story, s))
        if block.links:
            yield "\n".join(f"- [{title}]({url})" for title, url in block.links)


def markdown_bold(story: Story) -> str:
    parts = [f"# {story.headline}"]
    if story.author:
        parts.append(f"By {story.author} · {_date(story.date)}")
    parts.append(story.lede)
    parts += _markdown_body(story, lambda label: f"**{label}:**", inline=True)
    return "\n\n".join(parts) + "\n"


def markdown_headings(story: Story) -> str:
    matter = [
        "---",
        f'title: "{story.headline}"',
        f"date: {story.date.isoformat()}T08:30:00-05:00",
        f"tags: [{', '.join(story.tags)}]",
        f"slug: {story.slug}",
        "draft: false",
    ]
    if story.author:
        matter.append(f'author: "{story.author}"')
    parts = ["\n".join([*matter, "---"]), story.lede]
    parts += _markdown_body(story, lambda label: f"## {label}", inline=False)
    return "\n\n".join(parts) + "\n"


def markdown_alone(story: Story) -> str:
    parts = [f"# {story.headline}", story.lede]
    parts += _markdown_body(story, lambda label: f"{label}:", inline=False)
    if story.author:
        parts.append(f"By {story.author}")
    return "\n\n".join(parts) + "\n"


def _text_lines(story: Story, inline: bool) -> Iterator[str]:
    for block in story.blocks:
        paragraphs = list(block.paragraphs)
        if inline and paragraphs:
            yield f"{block.label}: {paragraphs.pop(0)}"
        else:
            yield f"{block.label}:"
        yield from paragraphs
        if block.bullets:
            yield "\n".join(f"- {item}" for item in block.bullets)
        for speaker in block.speakers:
            yield f"{speaker.name}, {speaker.role}:"
            yield from (story.quote(quote) for quote in speaker.quotes)
        if block.links:
            yield "\n".join(f"{title} <{url}>" for title, url in block.links)


def text_lines(story: Story) -> str:
    """One paragraph per line, as text pasted from a page or a newsletter comes."""
    byline = [f"By {story.author} \u00b7 {_date(story.date)}"] if story.author else []
    lines = [story.headline, *byline, story.lede, *_text_lines(story, inline=True)]
    if story.second is not None:
        title, text = story.second
        lines = [f"{story.outlet} AM", *byline, "Good morning.", f"1 big thing: {story.headline}"]
        lines += [story.lede, *_text_lines(story, inline=True), "* * *", title, text]
    return "\n".join(lines) + "\n"


def _wrap(paragraph: str, width: int = 72) -> str:
    lines, line = [], ""
    for word in paragraph.split(" "):
        # A line never starts with a figure and a point ("27."): plain text reads that
        # as a numbered item.
        numbered = word[:1].isdigit() and word.endswith(".")
        if line and len(line) + 1 + len(word) > width and not numbered:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    return "\n".join([*lines, line])


def text_blank(story: Story) -> str:
    """Labels alone on their lines, a blank line between paragraphs, the byline last;
    an email's hard-wrapped lines now and then."""
    parts = [story.headline, story.lede, *_text_lines(story, inline=False)]
    if story.author:
        parts.append(f"By {story.author}")
    if story.date.day % 4 == 0:  # an email: paragraphs of prose hard-wrapped
        parts[1:] = [p if p.startswith("- ") or "<http" in p else _wrap(p) for p in parts[1:]]
    return "\n\n".join(parts) + "\n"


def _inline_html(text: str) -> str:
    return html.escape(text, quote=False)


def html_page(story: Story) -> str:
    e = _inline_html
    head = [
        f"<title>{e(story.headline)} | {e(story.outlet)}</title>",
        f'<link rel="canonical" href="https://example.org/news/{story.slug}">',
        f'<meta property="article:published_time" content="{story.date.isoformat()}T07:00:00Z">',
    ]
    body = [f'<h1 class="entry-title">{e(story.headline)}</h1>']
    if story.author:
        body.append(f'<p class="byline">By <a href="/authors/">{e(story.author)}</a></p>')
    body.append(f"<p>{e(story.lede)}</p>")
    headings = story.date.day % 2 == 0
    for block in story.blocks:
        paragraphs = [e(p) for p in block.paragraphs]
        if headings or not paragraphs:
            body.append(f"<h2>{e(block.label)}</h2>")
        else:
            paragraphs[0] = f"<strong>{e(block.label)}:</strong> {paragraphs[0]}"
        body += [f"<p>{p}</p>" for p in paragraphs]
        items = [e(b) for b in block.bullets]
        items += [f'<a href="{url}">{e(title)}</a>' for title, url in block.links]
        for speaker in block.speakers:
            quotes = " ".join(speaker.quotes)
            items.append(f"<strong>{e(speaker.name)}:</strong> &ldquo;{e(quotes)}&rdquo;")
        if items:
            body.append("<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>")
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        + "\n".join(head)
        + '\n</head>\n<body>\n<nav><a href="/">Home</a> <a href="/news">News</a></nav>\n'
        + "<main>\n<article>\n"
        + "\n".join(body)
        + "\n</article>\n</main>\n<footer>Copyright the newsroom</footer>\n</body>\n</html>\n"
    )


Shape = Callable[[Story], str]
"""A way of writing a story down."""
MARKDOWN: tuple[Shape, ...] = (markdown_bold, markdown_headings, markdown_alone)
TEXT: tuple[Shape, ...] = (text_lines, text_blank)


def name(index: int) -> str:
    return f"brief-{index:05d}"


def write_one(out: Path, formats: tuple[str, ...], seed: int, index: int) -> int:
    """Write briefing `index` in each format; returns the Markdown draft's word count."""
    told = story(index, seed)
    markdown = MARKDOWN[index % 3](told)
    drafts = {"md": markdown, "txt": TEXT[index % 2](told), "html": html_page(told)}
    for fmt in formats:
        if fmt in drafts:
            (out / fmt / f"{name(index)}.{fmt}").write_text(drafts[fmt], encoding="utf-8")
    converted = [fmt for fmt in formats if fmt in ("json", "yaml")]
    if converted:
        import smartbrev

        reading = smartbrev.read(markdown, "markdown", name=f"{name(index)}.md")
        for fmt in converted:
            rendered = smartbrev.render(reading, "json" if fmt == "json" else "yaml")
            (out / fmt / f"{name(index)}.{fmt}").write_text(rendered, encoding="utf-8")
    return len(markdown.split())


def _write_range(out: Path, formats: tuple[str, ...], seed: int, span: range) -> list[int]:
    return [write_one(out, formats, seed, index) for index in span]


def write_corpus(
    out: Path, n: int, formats: tuple[str, ...] = FORMATS, seed: int = SEED
) -> list[int]:
    """Write `n` briefings under `out`, one folder per format; returns the word counts."""
    for fmt in formats:
        (out / fmt).mkdir(parents=True, exist_ok=True)
    spans = [range(start, min(n + 1, start + 200)) for start in range(1, n + 1, 200)]
    if len(spans) < 2:
        return [words for span in spans for words in _write_range(out, formats, seed, span)]
    with ProcessPoolExecutor(max_workers=os.cpu_count()) as pool:
        found = pool.map(partial(_write_range, out, formats, seed), spans)
        return [words for part in found for words in part]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, required=True, help="how many briefings")
    parser.add_argument("--out", required=True, help="the folder to write them under")
    parser.add_argument("--formats", default=",".join(FORMATS), help="folders to write")
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--stats", action="store_true", help="print the drafts' word counts")
    args = parser.parse_args()
    formats = tuple(f for f in args.formats.split(",") if f)
    unknown = set(formats) - set(FORMATS)
    if unknown:
        raise SystemExit(f"unknown format {sorted(unknown)[0]!r}: use {', '.join(FORMATS)}")
    words = write_corpus(Path(args.out), args.n, formats, args.seed)
    if args.stats:
        print(
            f"{len(words)} briefings; Markdown drafts of {min(words)} to {max(words)} words, "
            f"median {statistics.median(words):.0f}"
        )


if __name__ == "__main__":
    main()
