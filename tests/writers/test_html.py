"""HTML out (safe, semantic, with JSON-LD) and HTML in (Axios-style pages, every word)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from lxml import html as lxml_html

from smartbrev.convert import render, to_model
from smartbrev.errors import ReadError
from smartbrev.model import Briefing
from smartbrev.readers.html_reader import read_html
from smartbrev.readers.source import parse_text, read_path
from smartbrev.words import model_words, words
from smartbrev.writers.html_writer import HtmlOptions, render_html
from tests.conftest import DATA, RunCli
from tests.strategies import DOCUMENTS

FIXTURES = DATA / "fixtures"
HOSTILE = "<script>alert('x')</script>"


def _hostile_doc() -> Briefing:
    text = f"{HOSTILE} \"quoted\" 'single' </script><!-- & -->"
    return Briefing.from_data(
        {
            "schema_version": "1.1",
            "id": "hostile",
            "headline": text,
            "dateline": text,
            "lede": f"{text} [click](javascript:alert(1)) [data](data:text/html,hi)",
            "image": {
                "url": "javascript:alert(1)",
                "alt": '" onerror="alert(1)',
                "caption": text,
                "credit": text,
            },
            "blocks": [
                {
                    "axiom": "custom",
                    "label": text,
                    "content": [
                        {"type": "paragraph", "text": f"<img src=x onerror=alert(1)> {text}"},
                        {"type": "bullets", "items": [text, "[x](vbscript:msgbox)"]},
                    ],
                },
                {
                    "axiom": "what-theyre-saying",
                    "label": "What they're saying",
                    "content": [
                        {
                            "type": "speaker",
                            "name": text,
                            "role": text,
                            "content": [{"type": "paragraph", "text": text}],
                        },
                    ],
                },
                {
                    "axiom": "go-deeper",
                    "label": "Go deeper",
                    "links": [
                        {"title": text, "url": "javascript:alert(1)"},
                        {"title": "ok", "url": 'https://example.org/?a=1&b="2"'},
                    ],
                },
            ],
            "byline": {"authors": [{"name": text, "role": text}], "text": text},
            "meta": {"tags": [text], "section": text, "language": "en"},
            "corrections": [{"date": "2026-11-28", "text": text}],
        }
    )


def test_hostile_drafts_are_escaped_everywhere() -> None:
    options = HtmlOptions()
    page = render_html(_hostile_doc(), options)
    tree = lxml_html.document_fromstring(page)
    scripts = tree.xpath("//script")
    assert len(scripts) == 1 and scripts[0].get("type") == "application/ld+json"
    assert "<script>alert" not in page
    assert "<img src=x" not in page
    assert not tree.xpath("//*[@onerror]")
    hrefs = [a.get("href") for a in tree.xpath("//a")]
    assert hrefs == ['https://example.org/?a=1&b="2"']
    assert not tree.xpath("//img"), "an image with an unsafe URL is not shown as an image"
    assert sorted(options.unsafe_links) == ["javascript:alert(1)", "javascript:alert(1)"]
    jsonld = scripts[0].text
    assert "</" not in jsonld and "<!--" not in jsonld
    data = json.loads(jsonld)
    assert data["headline"] == _hostile_doc().headline.replace("\\'", "'")
    assert HOSTILE in data["articleBody"]


def test_page_structure_and_json_ld(examples_dir: Path) -> None:
    doc = to_model(read_path(examples_dir / "harbor-bridge.json"))
    page = render(doc, "html")
    tree = lxml_html.document_fromstring(page)
    assert tree.get("lang") == "en-US"
    assert tree.xpath("//article/header/h1")[0].text_content() == doc.headline
    sections = tree.xpath("//article/section[@data-axiom]")
    assert [s.get("data-axiom") for s in sections] == [b.axiom for b in doc.blocks]
    assert sections[0].xpath("h2")[0].text_content() == "Why it matters"
    data = json.loads(tree.xpath("//script[@type='application/ld+json']")[0].text)
    assert data["@type"] == "NewsArticle"
    assert data["headline"] == doc.headline
    assert data["abstract"] == doc.lede
    assert data["author"] == [
        {"@type": "Person", "name": "Lena Okafor", "jobTitle": "transportation reporter"}
    ]
    assert data["datePublished"] == "2026-11-27T09:15:00Z"
    assert data["dateModified"] == "2026-11-27T14:40:00Z"
    assert data["inLanguage"] == "en-US"
    assert data["keywords"] == ["bridges", "traffic"]
    assert data["image"]["url"] == "https://example.org/images/harbor-bridge.jpg"
    assert data["dateline"] == "PORT ELLIS"
    assert data["speakable"]["cssSelector"] == [
        ".briefing-headline",
        ".briefing-lede",
        '[data-axiom="why-it-matters"]',
    ]
    for selector in data["speakable"]["cssSelector"][:2]:
        assert tree.find_class(selector[1:])
    assert data["correction"][0]["datePublished"] == "2026-11-27"


def test_go_deeper_links_and_speakers(examples_dir: Path) -> None:
    doc = to_model(read_path(examples_dir / "transit-fares.json"))
    tree = lxml_html.document_fromstring(render(doc, "html"))
    figures = tree.xpath("//figure[@class='briefing-speaker']")
    assert [f.xpath("figcaption")[0].text_content() for f in figures] == [
        "Ana Ortiz, transit board chair",
        "Dev Patel, council budget chair",
    ]
    assert figures[0].xpath("blockquote/p")
    links = tree.xpath("//ul[@class='briefing-links']/li/a")
    assert [a.get("href") for a in links] == [
        "https://example.org/riverton/transit/minutes-2026-11-24",
        "https://example.org/riverton/ridership-recovery",
    ]
    data = json.loads(tree.xpath("//script")[0].text)
    assert data["relatedLink"] == [a.get("href") for a in links]
    assert [c["name"] for c in data["citation"]] == [a.text for a in links]


def test_fragment_and_custom_template(run_cli: RunCli, examples_dir: Path, tmp_path: Path) -> None:
    source = str(examples_dir / "school-breakfast.md")
    fragment = run_cli("convert", source, "--to", "html", "--fragment").stdout
    assert fragment.startswith('<article class="briefing"')
    assert "<html" not in fragment
    template = tmp_path / "house.html"
    template.write_text(
        "<h1>{{ briefing.headline }}</h1><p>{{ briefing.byline }}</p><p>{{ '<b>raw</b>' }}</p>"
    )
    custom = run_cli("convert", source, "--to", "html", "--template", str(template)).stdout
    assert custom.startswith("<h1>Riverton schools test free breakfast for every pupil</h1>")
    assert "&lt;b&gt;raw&lt;/b&gt;" in custom
    broken = tmp_path / "broken.html"
    broken.write_text("{% for x in %}")
    result = run_cli("convert", source, "--to", "html", "--template", str(broken))
    assert result.exit_code == 2 and "Traceback" not in result.output
    assert run_cli("convert", source, "--to", "json", "--fragment").exit_code == 2


def test_unsafe_links_are_reported(run_cli: RunCli, tmp_path: Path) -> None:
    path = tmp_path / "d.md"
    path.write_text("Lede.\n\n**Go deeper:**\n\n- [Bad](javascript:alert(1))\n")
    result = run_cli("convert", str(path), "--to", "html")
    assert result.exit_code == 0
    assert "“javascript:alert(1)” is shown as text, not a link" in result.stderr
    assert 'href="javascript' not in result.stdout


@pytest.mark.parametrize(
    "name",
    [
        "transit-fares.json",
        "school-breakfast.md",
        "ferry-deal.txt",
        "harbor-bridge.json",
        "library-hours.yaml",
    ],
)
def test_html_round_trip_keeps_the_briefing(examples_dir: Path, name: str) -> None:
    doc = to_model(read_path(examples_dir / name))
    assert Briefing.from_data(read_html(render(doc, "html"), "x.html").data) == doc


def test_html_round_trip_of_the_seed(shared_dir: Path) -> None:
    doc = to_model(read_path(shared_dir / "corpus" / "seed-briefing.txt"))
    assert Briefing.from_data(read_html(render(doc, "html"), "x.html").data) == doc


@settings(max_examples=60, deadline=None)
@given(DOCUMENTS)
def test_html_round_trip_of_generated_documents(data: dict[str, object]) -> None:
    doc = Briefing.from_data(data)
    assert Briefing.from_data(read_html(render(doc, "html"), "x.html").data) == doc


def test_reading_an_axios_style_page() -> None:
    text = (FIXTURES / "axios-style.html").read_text(encoding="utf-8")
    draft = read_html(text, "page.html")
    doc = Briefing.from_data(draft.data)
    assert doc.headline == "Riverton freezes transit fares"
    assert doc.lede.startswith("The transit board voted Tuesday")
    assert [b.axiom for b in doc.blocks] == [
        "why-it-matters",
        "by-the-numbers",
        "what-theyre-saying",
        "go-deeper",
    ]
    assert doc.blocks[1].content is not None
    assert doc.blocks[1].content[0].items == (
        "**$2.40**: the single fare",  # type: ignore[union-attr]
        "**41 million**: trips last year",
    )
    assert doc.blocks[3].links is not None
    assert doc.blocks[3].links[0].url == "https://example.org/minutes"
    assert doc.byline is not None and doc.byline.authors[0].name == "Maya Lindqvist"
    article = lxml_html.document_fromstring(text).xpath("//article")[0]
    for junk in article.xpath(".//script"):
        junk.getparent().remove(junk)
    assert model_words(doc) == words(article.text_content())
    joined = " ".join(model_words(doc))
    assert "script" not in joined and "injected" not in joined and "Home" not in joined


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (b"<html><body><nav></nav></body></html>", "the page has no article text"),
        (
            b"<html><head><meta charset='windows-1252'></head>"
            b"<body><p>Caf\xe9 opens.</p></body></html>",
            None,
        ),
        (b"<p>Caf\xe9 opens.</p>", "invalid UTF-8"),
        (b"<html><body><article><p>Unclosed <b>tags <i>everywhere<p>Next.</article>", None),
    ],
)
def test_bad_pages(run_cli: RunCli, tmp_path: Path, raw: bytes, message: str | None) -> None:
    path = tmp_path / "page.html"
    path.write_bytes(raw)
    result = run_cli("convert", str(path), "--to", "json")
    assert "Traceback" not in result.output
    if message is None:
        assert result.exit_code == 0, result.stderr
    else:
        assert result.exit_code == 2
        assert message in result.stderr


def test_charset_declared_page_is_decoded(tmp_path: Path) -> None:
    raw = (
        b"<html><head><meta charset='windows-1252'></head><body><p>Caf\xe9 opens.</p></body></html>"
    )
    path = tmp_path / "page.html"
    path.write_bytes(raw)
    assert to_model(read_path(path)).lede == "Café opens."


def test_page_just_under_the_page_limit(tmp_path: Path) -> None:
    path = tmp_path / "big.html"
    path.write_text("<article><p>" + "word " * 790_000 + "</p></article>")  # 3.95 million
    doc = to_model(read_path(path))
    assert len(doc.lede.split()) == 790_000


def test_five_megabyte_page_is_over_the_page_limit(tmp_path: Path) -> None:
    path = tmp_path / "big.html"
    path.write_text("<article><p>" + "word " * 1_000_000 + "</p></article>")
    with pytest.raises(ReadError, match="page has 5,000,026 characters, over the limit"):
        read_path(path)


def test_html_is_not_picked_up_from_directories(run_cli: RunCli, tmp_path: Path) -> None:
    (tmp_path / "page.html").write_text("<p>x</p>")
    assert "no briefing files found" in run_cli("validate", str(tmp_path)).stdout


def test_html_reader_from_stdin(run_cli: RunCli) -> None:
    page = "<article><h1>Head</h1><p>Lede here.</p><p><b>Why it matters:</b> Taxes.</p></article>"
    result = run_cli("convert", "-", "--from", "html", "--to", "markdown", input=page)
    assert result.stdout == "# Head\n\nLede here.\n\n**Why it matters:** Taxes.\n"
    assert parse_text(result.stdout, "markdown", "x.md").data["headline"] == "Head"
