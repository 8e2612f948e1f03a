"""Each feed format holds to its specification and gives readers every briefing's words."""

from __future__ import annotations

import json
import re
from collections import Counter
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import NamedTuple

import feedparser
import lxml.html
import pytest
from lxml import etree

from smartbrev.convert import split, to_document
from smartbrev.feeds.entries import moment
from smartbrev.model import Briefing, Edition
from smartbrev.readers.source import read_path
from smartbrev.words import model_words, words
from tests.conftest import FEEDS, RunCli

ATOM = "{http://www.w3.org/2005/Atom}"
SITE = "https://news.example/"


def _feed(run_cli: RunCli, folder: Path, fmt: str, *extra: str) -> str:
    result = run_cli("feed", str(folder), "--to", fmt, "--link", SITE, "--title", "Briefs", *extra)
    assert result.exit_code == 0, result.stderr
    return result.stdout


def _published(folder: Path) -> list[Briefing]:
    """Every dated briefing of the folder (an edition's items as `split` gives them)."""
    found: list[Briefing] = []
    for path in sorted(folder.rglob("*.*")):
        doc = to_document(read_path(path))
        for briefing in split(doc) if isinstance(doc, Edition) else [doc]:
            if briefing.meta and briefing.meta.published:
                found.append(briefing)
    return found


def test_the_atom_feed_is_valid_against_the_rfc_4287_relax_ng_schema(
    run_cli: RunCli, newsroom: Path
) -> None:
    schema = etree.RelaxNG(etree.parse(str(FEEDS / "atom.rng")))
    document = etree.fromstring(_feed(run_cli, newsroom, "atom").encode("utf-8"))
    assert schema.validate(document), schema.error_log
    # The RFC's two Schematron rules, which RELAX NG leaves out.
    entries = document.findall(f"{ATOM}entry")
    assert len(entries) == 7
    feed_author = document.find(f"{ATOM}author") is not None
    for entry in entries:
        assert entry.find(f"{ATOM}author") is not None or feed_author
        assert entry.find(f"{ATOM}content") is not None


def test_the_relax_ng_schema_refuses_an_entry_without_an_id(
    run_cli: RunCli, newsroom: Path
) -> None:
    schema = etree.RelaxNG(etree.parse(str(FEEDS / "atom.rng")))
    document = etree.fromstring(_feed(run_cli, newsroom, "atom").encode("utf-8"))
    entry = document.find(f"{ATOM}entry")
    assert entry is not None
    entry.remove(entry.find(f"{ATOM}id"))
    assert not schema.validate(document)


def test_the_rss_channel_keeps_the_rss_2_0_rules(run_cli: RunCli, newsroom: Path) -> None:
    rss = etree.fromstring(_feed(run_cli, newsroom, "rss").encode("utf-8"))
    assert rss.tag == "rss"
    assert rss.get("version") == "2.0"
    [channel] = rss.findall("channel")
    for required in ("title", "link", "description"):
        assert (channel.findtext(required) or "").strip(), required
    dates = [channel.findtext("lastBuildDate")]
    items = channel.findall("item")
    assert len(items) == 7
    for item in items:
        assert item.findtext("title") or item.findtext("description")
        dates.append(item.findtext("pubDate"))
        guid = item.find("guid")
        assert guid is not None
        if guid.get("isPermaLink", "true") == "true":  # RSS's default: a permalink
            assert guid.text == item.findtext("link")
            assert (guid.text or "").startswith(("http://", "https://"))
        assert item.find("author") is None  # RSS's author is an email address
    for date in dates:
        # RFC 822 dates, with a four-digit year as RSS 2.0 recommends.
        assert date and re.fullmatch(
            r"[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} [+-]\d{4}", date
        )
        assert parsedate_to_datetime(date).tzinfo is not None


def test_the_json_feed_is_valid_against_the_json_feed_1_1_schema(
    run_cli: RunCli, newsroom: Path
) -> None:
    from smartbrev.schema import store

    schema = json.loads((FEEDS / "jsonfeed-1.1.schema.json").read_text(encoding="utf-8"))
    validator = store.make_validator(schema)
    feed = json.loads(_feed(run_cli, newsroom, "jsonfeed"))
    assert [e.message for e in validator.iter_errors(feed)] == []
    assert len(feed["items"]) == 7
    feed["items"][0]["content"] = feed["items"][0].pop("content_html")
    assert list(validator.iter_errors(feed)), "the schema must refuse an item without content"


class ReadBack(NamedTuple):
    """An entry as a feed reader shows it."""

    id: str
    title: str
    authors: list[str]
    published: datetime
    link: str | None
    html: str


def _read_back(text: str, fmt: str) -> list[ReadBack]:
    """The entries as feedparser reads Atom and RSS; JSON Feed (which feedparser does not
    read) as its specification's fields say."""
    if fmt == "jsonfeed":
        return [
            ReadBack(
                item["id"],
                item["title"],
                [a["name"] for a in item.get("authors", [])],
                datetime.fromisoformat(item["date_published"]),
                item.get("url"),
                item["content_html"],
            )
            for item in json.loads(text)["items"]
        ]
    parsed = feedparser.parse(text)
    assert not parsed.bozo, parsed.get("bozo_exception")
    assert parsed.version == ("atom10" if fmt == "atom" else "rss20")
    return [
        ReadBack(
            entry.id,
            entry.title,
            [a.get("name") for a in entry.get("authors", [])],
            datetime(*entry.published_parsed[:6], tzinfo=timezone.utc),
            next((x.href for x in entry.get("links", []) if x.get("rel") == "alternate"), None),
            entry.content[0].value,
        )
        for entry in parsed.entries
    ]


@pytest.mark.parametrize("fmt", ["atom", "rss", "jsonfeed"])
def test_a_feed_reader_gets_every_entry_title_author_date_and_link(
    run_cli: RunCli, newsroom: Path, fmt: str
) -> None:
    entries = _read_back(_feed(run_cli, newsroom, fmt), fmt)
    briefings = {b.headline: b for b in _published(newsroom)}
    assert sorted(e.title for e in entries) == sorted(str(title) for title in briefings)
    times = [e.published for e in entries]
    assert times == sorted(times, reverse=True), "newest first"
    assert len({e.id for e in entries}) == len(entries)
    for entry in entries:
        briefing = briefings[entry.title]
        assert briefing.meta is not None and briefing.meta.published is not None
        assert entry.published == moment(briefing.meta.published)
        names = [a.name for a in briefing.byline.authors] if briefing.byline else []
        assert entry.authors == names
        assert entry.link == briefing.meta.source_url


@pytest.mark.parametrize("fmt", ["atom", "rss", "jsonfeed"])
def test_every_word_of_each_briefing_is_in_its_entry(
    run_cli: RunCli, newsroom: Path, fmt: str
) -> None:
    contents = {e.title: e.html for e in _read_back(_feed(run_cli, newsroom, fmt), fmt)}
    for briefing in _published(newsroom):
        text = lxml.html.fromstring(contents[str(briefing.headline)]).text_content()
        missing = Counter(model_words(briefing)) - Counter(words(text))
        assert not missing, (briefing.headline, missing)


def test_entry_content_is_the_html_article_without_scripts(run_cli: RunCli, newsroom: Path) -> None:
    feed = json.loads(_feed(run_cli, newsroom, "jsonfeed"))
    for item in feed["items"]:
        assert item["content_html"].startswith('<article class="briefing"')
        assert "<script" not in item["content_html"]
        assert "<style" not in item["content_html"]


@pytest.mark.parametrize("fmt", ["atom", "rss", "jsonfeed"])
def test_the_same_folder_gives_the_same_feed_byte_for_byte(
    run_cli: RunCli, newsroom: Path, fmt: str
) -> None:
    first = _feed(run_cli, newsroom, fmt)
    (newsroom / "school-breakfast.md").touch()  # a newer file time changes nothing
    assert _feed(run_cli, newsroom, fmt) == first


def test_an_entry_keeps_its_id_when_its_briefing_is_edited(run_cli: RunCli, newsroom: Path) -> None:
    def ids() -> dict[str, str]:
        feed = json.loads(_feed(run_cli, newsroom, "jsonfeed"))
        return {item["title"]: item["id"] for item in feed["items"]}

    before = ids()
    page = newsroom / "school-breakfast.md"
    page.write_text(
        page.read_text(encoding="utf-8").replace("every pupil", "every pupil, all year"),
        encoding="utf-8",
    )
    after = ids()
    assert (
        after["Riverton schools test free breakfast for every pupil, all year"]
        == (before["Riverton schools test free breakfast for every pupil"])
    )
    assert after["City freezes bus and tram fares through 2027"] == (
        "https://example.org/riverton/transit-fares-freeze"
    )
    assert len(set(after.values())) == len(after)


def test_an_edition_gives_one_entry_per_item_dated_by_its_issue(
    run_cli: RunCli, newsroom: Path
) -> None:
    feed = json.loads(_feed(run_cli, newsroom, "jsonfeed"))
    items = [i for i in feed["items"] if i["date_published"].startswith("2024-10-10")]
    assert [i["title"] for i in items] == [
        "1 big thing: The lake trail's missing mile",
        "Food truck rules loosen",
        "Pumpkin patch season",
    ]
    assert all(i["authors"] for i in items)  # the edition's byline
