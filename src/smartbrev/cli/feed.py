"""`smartbrev feed`: a folder of briefings as an Atom, RSS or JSON Feed document."""

from __future__ import annotations

import os
from pathlib import Path

import click

from smartbrev.cli.base import (
    EXIT_FAILURE,
    EXIT_FINDINGS,
    EXIT_OK,
    briefing_chooser,
    cli,
    exclude_options,
    note_skipped,
    say,
)
from smartbrev.feeds import FEED_FORMATS


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--to", "to_format", type=click.Choice(FEED_FORMATS), required=True, help="Feed format."
)
@click.option("-o", "--output", help="Write the feed to this file (`-` or none: standard output).")
@click.option("--title", help="The feed's title (default: the folder's name).")
@click.option("--link", help="The site's URL (RSS requires it).")
@click.option(
    "--id", "feed_id", help="The feed's URI (default: --link, else one made from the title)."
)
@click.option("--description", help="What the feed is (RSS's description; default: the title).")
@click.option("--limit", type=click.IntRange(min=1), help="Keep only the newest N entries.")
@exclude_options
@click.pass_context
def feed(
    ctx: click.Context,
    paths: tuple[str, ...],
    to_format: str,
    output: str | None,
    title: str | None,
    link: str | None,
    feed_id: str | None,
    description: str | None,
    limit: int | None,
    exclude: tuple[str, ...],
    extend_exclude: tuple[str, ...],
    force_exclude: bool | None,
) -> None:
    """Write an Atom, RSS or JSON Feed of the briefings in PATHS.

    Folders are searched for every format smartbrev reads; entries are newest first by
    meta.published.

    \b
    Each entry's content is the briefing's HTML article; a newsletter edition gives one
    entry per item. A briefing without meta.published is not published yet: it is left
    out, with a note. Exit status: 0 the feed was written, 1 some briefing was invalid,
    2 some file could not be read or there was nothing to make a feed of.
    """
    from smartbrev.convert import to_document
    from smartbrev.errors import InvalidBriefing, ReadError
    from smartbrev.feeds import Channel, write_feed
    from smartbrev.feeds.entries import Entry, entries_of, newest_first
    from smartbrev.files import atomic_write, collect
    from smartbrev.formats import every_extension
    from smartbrev.readers.source import read_path

    if to_format == "rss" and not link:
        raise click.UsageError("--to rss needs --link: an RSS channel names its site")
    to_stdout = output in (None, "-")
    skip = None if to_stdout else os.path.realpath(str(output))
    channel = Channel(
        title=title or Path(os.path.abspath(paths[0])).name or "smartbrev",  # noqa: PTH100
        link=link,
        id=feed_id,
        description=description,
    )
    worst = EXIT_OK
    entries: list[Entry] = []
    for target in collect(
        paths,
        choose=briefing_chooser(exclude, extend_exclude, force_exclude),
        skipped=note_skipped,
        extensions=every_extension(),
    ):
        if isinstance(target, ReadError):
            say(f"smartbrev: error: {target}")
            worst = EXIT_FAILURE
            continue
        if target.path is None or os.path.realpath(target.path) == skip:
            continue  # the feed itself, from an earlier run
        try:
            doc = to_document(read_path(Path(target.path)))
        except ReadError as error:
            say(f"smartbrev: error: {error}")
            worst = EXIT_FAILURE
            continue
        except InvalidBriefing as invalid:
            # One line a file: `smartbrev validate` lists every problem.
            say(f"smartbrev: {invalid}; left out of the feed (`smartbrev validate` says why)")
            worst = max(worst, EXIT_FINDINGS)
            continue
        found, undated = entries_of(doc, target.name, channel.feed_id)
        entries.extend(found)
        for name in undated:
            say(f"smartbrev: note: {name}: left out of the feed: no meta.published")
    if not entries:
        shown = ", ".join(paths)
        say(f"smartbrev: error: {shown}: no published briefing to make a feed of; nothing written")
        ctx.exit(EXIT_FAILURE)
    text = write_feed(newest_first(entries, limit), to_format, channel)
    if to_stdout:
        click.echo(text, nl=False)
    else:
        atomic_write(Path(str(output)), text)
        say(f"{output}: {min(len(entries), limit or len(entries))} entries")
    ctx.exit(worst)
