"""Front matter as Hugo, Jekyll, Astro, Pandoc and Ghost write it, mapped onto the model."""

from __future__ import annotations

from pathlib import Path

import pytest

from smartbrev.readers.frontmatter_fields import extension_key, map_front_matter
from smartbrev.readers.markdown_reader import read_markdown
from smartbrev.schema.check import validate_data
from tests.conftest import RunCli


def test_hugo() -> None:
    mapped = map_front_matter(
        {
            "title": "Smoke sends air quality to its worst since 2020",
            "date": "2023-07-14T10:00:00-07:00",
            "draft": False,
            "tags": ["wildfire", "health"],
            "categories": ["Local news"],
            "slug": "alder-county-smoke",
            "description": "The index topped 230\non Thursday.",
            "weight": 10,
        }
    )
    assert mapped.fields == {
        "headline": "Smoke sends air quality to its worst since 2020",
        "id": "alder-county-smoke",
        "meta": {
            "published": "2023-07-14T10:00:00-07:00",
            "tags": ["wildfire", "health", "Local news"],
            "description": "The index topped 230 on Thursday.",
        },
        "extensions": {"x-draft": False, "x-weight": 10},
    }
    assert mapped.kept == {"draft": "x-draft", "weight": "x-weight"}


def test_jekyll_astro_pandoc_ghost() -> None:
    jekyll = map_front_matter(
        {"layout": "post", "date": "2023-03-25 10:00:00 -0500", "categories": "business local"}
    )
    assert jekyll.fields["meta"] == {
        "published": "2023-03-25T10:00:00-05:00",
        "tags": ["business", "local"],
    }
    astro = map_front_matter(
        {"pubDate": "2023-05-02", "author": "Wendell Achebe", "image": {"url": "u", "alt": "A"}}
    )
    assert astro.fields["byline"] == {"authors": [{"name": "Wendell Achebe"}]}
    assert astro.fields["image"] == {"url": "u", "alt": "A"}
    pandoc = map_front_matter({"author": ["A B", "C D"], "date": "March 25, 2023", "lang": "en_US"})
    assert pandoc.fields["byline"]["authors"] == [{"name": "A B"}, {"name": "C D"}]
    assert pandoc.fields["meta"] == {"published": "2023-03-25", "language": "en-US"}
    ghost = map_front_matter(
        {
            "feature_image": "https://example.org/a.jpg",
            "feature_image_alt": "Divers on a barge",
            "canonical_url": "https://example.org/story/",
            "excerpt": "Divers found carts.",
            "visibility": "public",
        }
    )
    assert ghost.fields["image"] == {"url": "https://example.org/a.jpg", "alt": "Divers on a barge"}
    assert ghost.fields["meta"] == {
        "source_url": "https://example.org/story/",
        "description": "Divers found carts.",
    }
    assert ghost.fields["extensions"] == {"x-visibility": "public"}


def test_the_briefings_own_fields_win_over_generator_names() -> None:
    mapped = map_front_matter(
        {"title": "From the title", "headline": "From the headline", "meta": {"language": "fr"}}
    )
    assert mapped.fields["headline"] == "From the headline"
    assert mapped.fields["meta"] == {"language": "fr"}


@pytest.mark.parametrize(
    ("key", "name"),
    [("meta_title", "x-meta-title"), ("Layout", "x-layout"), ("og:image", "x-og-image")],
)
def test_extension_keys(key: str, name: str) -> None:
    assert extension_key(key) == name


def test_a_draft_with_unknown_front_matter_reads_and_says_what_it_kept() -> None:
    draft = read_markdown(
        "---\ntitle: Shelters fill up\nstatus: published\n---\n\nThe county opened 180 beds.\n",
        "draft.md",
    )
    assert validate_data(draft.data) == []
    assert draft.data["extensions"] == {"x-status": "published"}
    notes = [(d.code, d.span.line if d.span else None) for d in draft.diagnostics]
    assert notes == [("SB024", 3)]


def test_validate_accepts_site_generator_front_matter(run_cli: RunCli, tmp_path: Path) -> None:
    path = tmp_path / "post.md"
    path.write_text(
        "---\nlayout: post\ntitle: Shelters fill up\ndate: 2024-11-19\nauthor: Marco Bellini\n"
        "tags: [weather]\n---\n\nThe county opened 180 emergency beds.\n\n"
        "**Why it matters:** All were full by 9pm.\n",
        encoding="utf-8",
    )
    result = run_cli("validate", "--output-format", "concise", str(path))
    assert result.exit_code == 0, result.output
    assert "SB024" in result.output and "x-layout" in result.output


ASTRO = (
    "---\n"
    "layout: ../../layouts/PostLayout.astro\n"
    'title: "Mount Calder\'s observatory gets a second life as a county dark-sky park"\n'
    "pubDate: 2023-05-02\n"
    "description: 'The shuttered telescope reopens under a county lease.'\n"
    "author: 'Wendell Achebe'\n"
    "---\n"
    "\n"
    "The Mount Calder observatory will reopen next spring as a county park.\n"
    "\n"
    "**Why it matters:** It is the darkest sky within 200 miles of the city.\n"
)


def test_fields_read_from_generator_keys_are_placed_on_those_keys() -> None:
    mapped = map_front_matter({"title": "T", "pubDate": "2023-05-02", "author": "A B"})
    assert mapped.sources == {
        "/headline": "title",
        "/meta/published": "pubDate",
        "/byline": "author",
    }
    draft = read_markdown(ASTRO, "draft.md")
    lines = {
        pointer: draft.locations[pointer].value.line
        for pointer in ("/headline", "/meta/published", "/meta/description", "/byline")
    }
    assert lines == {"/headline": 3, "/meta/published": 4, "/meta/description": 5, "/byline": 6}


def test_findings_on_a_front_matter_title_point_at_the_title_line() -> None:
    from smartbrev.lint.config import Loaded, resolve
    from smartbrev.lint.engine import lint_source
    from smartbrev.readers.source import parse_text

    settings = resolve(Path("draft.md"), Loaded(None, ()), ())
    found = lint_source(parse_text(ASTRO, "markdown", "draft.md"), settings).diagnostics
    places = {(d.code, d.span.line, d.span.column) for d in found if d.span is not None}
    assert ("SB201", 3, 8) in places  # headline-too-long: the whole title
    assert ("SB403", 3, 21) in places  # straight-quotes: the apostrophe in "Calder's"
