"""Reviewing a draft as the writer types, fixing it, exporting it, and the rules' pages:
the same engine, configuration and writers as the command line."""

from __future__ import annotations

import base64
import hashlib
import re
from pathlib import Path
from typing import Any

import pytest
from starlette.testclient import TestClient

from smartbrev.readers.source import parse_text
from tests.conftest import RunCli
from tests.desk.helpers import draft

COUNCIL = "council-vote.md"


def review(client: TestClient, text: str, fmt: str = "markdown", **extra: Any) -> Any:
    response = client.post("/api/review", json={"text": text, "format": fmt, **extra})
    assert response.status_code == 200, response.text
    return response.json()


def preview(client: TestClient, text: str, fmt: str = "markdown", **extra: Any) -> Any:
    response = client.post("/api/preview", json={"text": text, "format": fmt, **extra})
    assert response.status_code == 200, response.text
    return response.json()


def by_code(findings: list[dict[str, Any]], code: str) -> dict[str, Any]:
    found = [f for f in findings if f["code"] == code]
    assert found, f"no {code} among {[f['code'] for f in findings]}"
    return found[0]


def at(text: str, line: int, column: int, end_column: int) -> str:
    """The text of a one-line span (columns count characters, as smartbrev counts them)."""
    return text.split("\n")[line - 1][column - 1 : end_column - 1]


def test_the_review_has_the_findings_the_command_line_reports(
    client: TestClient, folder: Path, run_cli: RunCli
) -> None:
    findings = review(client, draft(COUNCIL), path=COUNCIL)["findings"]
    cli = run_cli("lint", "--output-format", "concise", str(folder / COUNCIL))
    reported = re.findall(r":(\d+):(\d+): \w+\[(SB\d+)\]", cli.output)
    assert [(str(f["line"]), str(f["column"]), f["code"]) for f in findings] == reported


def test_findings_say_where_what_why_and_where_the_rule_is_explained(client: TestClient) -> None:
    text = draft(COUNCIL)
    findings = review(client, text)["findings"]
    lede = by_code(findings, "SB202")
    assert lede["severity"] == "warning" and lede["name"] == "lede-too-long"
    assert lede["help"] and "limit 35" in lede["message"]
    jargon = by_code(findings, "SB504")
    assert at(text, jargon["line"], jargon["column"], jargon["end_column"]) == "utilize"
    for finding in findings:
        page = client.get(finding["doc"])
        assert page.status_code == 200 and finding["name"] in page.text


def test_fixes_are_offered_with_their_safety(client: TestClient) -> None:
    findings = review(client, draft(COUNCIL))["findings"]
    assert by_code(findings, "SB403")["fix"]["safety"] == "safe"
    assert by_code(findings, "SB504")["fix"]["safety"] == "unsafe"
    assert "fix" not in by_code(findings, "SB202")  # shortening a lede needs an editor


def test_the_structure_shows_what_the_reader_found_and_where(client: TestClient) -> None:
    text = draft("ferry-deal.txt")
    structure = review(client, text, "text")["structure"]
    assert structure["headline"]["text"] == "Port Ellis gets its airport ferry"
    assert structure["headline"]["line"] == 1
    assert [b["axiom"] for b in structure["blocks"]] == [
        "driving-the-news",
        "why-it-matters",
        "what-theyre-saying",
        "go-deeper",
    ]
    for block in structure["blocks"]:
        place = block["label_at"]
        written = at(text, place["line"], place["column"], place["end_column"])
        assert written.rstrip(":") == block["label"]
    speakers = [p for b in structure["blocks"] for p in b["parts"] if p["kind"] == "speaker"]
    assert speakers and all(s["said"] >= 1 for s in speakers)
    assert structure["byline"]["text"] == "Lena Okafor - T.Hale"


def test_a_label_the_reader_does_not_know_shows_as_custom(client: TestClient) -> None:
    text = draft(COUNCIL).replace("**Why it matters:**", "**Why this is big:**")
    blocks = review(client, text)["structure"]["blocks"]
    assert blocks[0]["label"] == "Why this is big" and blocks[0]["axiom"] == "custom"


def test_labels_after_an_emoji_are_placed_on_the_label(client: TestClient) -> None:
    text = draft(COUNCIL).replace("**Why it matters:**", "🚨 **Why it matters:**")
    for block in review(client, text)["structure"]["blocks"]:
        place = block["label_at"]
        if place is not None:
            assert at(text, place["line"], place["column"], place["end_column"]).startswith(
                block["label"]
            )


def test_the_meter_counts_against_the_configured_limits(client: TestClient, folder: Path) -> None:
    meter = review(client, draft(COUNCIL), path=COUNCIL)["meter"]
    assert meter["lede"]["limit"] == 35 and meter["lede"]["words"] > 35
    assert meter["total"]["limit"] == 500
    assert [b["label"] for b in meter["blocks"]] == [
        "Why it matters",
        "What they're saying",
        "Go deeper",
    ]
    total = meter["headline"]["words"] + meter["lede"]["words"] + meter["byline"]
    assert meter["total"]["words"] == total + sum(b["words"] for b in meter["blocks"])
    assert meter["seconds"] == -(-meter["total"]["words"] * 60 // meter["wpm"])
    (folder / "smartbrev.toml").write_text("[rules.lede-too-long]\nmax-words = 60\n")
    again = review(client, draft(COUNCIL), path=COUNCIL)
    assert again["meter"]["lede"]["limit"] == 60
    assert "SB202" not in [f["code"] for f in again["findings"]]


def test_a_changed_configuration_applies_without_a_restart(
    client: TestClient, folder: Path
) -> None:
    config = folder / "smartbrev.toml"
    config.write_text('ignore = ["jargon"]\n')
    assert "SB504" not in [f["code"] for f in review(client, draft(COUNCIL))["findings"]]
    config.write_text('ignore = ["lede-too-long"]\n')
    codes = [f["code"] for f in review(client, draft(COUNCIL))["findings"]]
    assert "SB504" in codes and "SB202" not in codes


def test_a_broken_configuration_is_reported_not_hidden(client: TestClient, folder: Path) -> None:
    (folder / "smartbrev.toml").write_text('selct = ["ALL"]\n')
    response = client.post("/api/review", json={"text": draft(COUNCIL), "format": "markdown"})
    assert response.status_code == 422
    assert "did you mean `select`" in response.json()["error"]
    assert "configuration problem" in client.get("/api/session").json()["problem"]


def test_the_preview_is_what_convert_writes(
    client: TestClient, folder: Path, run_cli: RunCli
) -> None:
    page = preview(client, draft(COUNCIL), path=COUNCIL)
    converted = run_cli("convert", str(folder / COUNCIL), "--to", "html")
    assert converted.exit_code == 0
    assert page["html"] == converted.stdout


def test_the_preview_comes_with_the_review_only_when_asked(client: TestClient) -> None:
    assert review(client, draft(COUNCIL))["preview"] is None
    together = review(client, draft(COUNCIL), preview=True)["preview"]
    assert together == preview(client, draft(COUNCIL))
    assert together["html"].startswith("<!DOCTYPE html>")


def test_the_preview_stylesheet_is_allowed_by_hash_and_nothing_else_inline(
    client: TestClient,
) -> None:
    html = preview(client, draft(COUNCIL))["html"]
    policy = client.get("/").headers["content-security-policy"]
    for css in re.findall(r"<style>(.*?)</style>", html, re.DOTALL):
        digest = base64.b64encode(hashlib.sha256(css.encode()).digest()).decode()
        assert f"'sha256-{digest}'" in policy


def test_an_invalid_draft_has_no_preview_but_says_why(client: TestClient) -> None:
    result = preview(client, "**Why it matters:** nothing else here")
    assert result == {"problem": "not a valid briefing yet: missing required field `lede`"}


def test_an_empty_draft_is_coached_from_the_start(client: TestClient) -> None:
    result = review(client, "   \n")
    assert {"missing-lede", "missing-headline"} <= {f["name"] for f in result["findings"]}
    assert result["structure"]["blocks"] == []


def test_an_unreadable_text_is_a_finding_at_its_place(client: TestClient) -> None:
    result = review(client, '{"lede": "x",\n  "blocks": [}', "json")
    (finding,) = result["findings"]
    assert finding["code"] == "SB002" and finding["line"] == 2
    assert result["structure"] is None
    assert preview(client, '{"lede": "x",\n  "blocks": [}', "json") == {
        "problem": "the draft cannot be read"
    }


def test_a_hostile_draft_reaches_the_preview_only_as_text(client: TestClient) -> None:
    text = draft(COUNCIL).replace(
        "The city is the region's largest employer.",
        "<script>alert('x')</script> <img src=x onerror=alert(1)> [go](javascript:alert(1))",
    )
    html = preview(client, text)["html"]
    assert "<script>alert" not in html and "<img src=x" not in html
    assert 'href="javascript' not in html.lower()
    assert "&lt;script&gt;" in html


def fix(client: TestClient, text: str, **body: Any) -> Any:
    response = client.post("/api/fix", json={"text": text, "format": "markdown", **body})
    assert response.status_code == 200, response.text
    return response.json()


def test_a_safe_fix_changes_only_what_it_fixes(client: TestClient) -> None:
    text = draft(COUNCIL)
    offered = by_code(review(client, text)["findings"], "SB403")["fix"]
    fixed = fix(client, text, fixes=[offered])
    assert fixed["applied"] == 1
    assert fixed["text"] == text.replace("region's", "region’s", 1)


def test_all_safe_fixes_leave_the_unsafe_ones(client: TestClient) -> None:
    fixed = fix(client, draft(COUNCIL))
    assert "region’s" in fixed["text"] and "utilize" in fixed["text"]


def test_an_unsafe_fix_needs_to_be_asked_for_as_unsafe(client: TestClient) -> None:
    text = draft(COUNCIL)
    offered = by_code(review(client, text)["findings"], "SB504")["fix"]
    refused = fix(client, text, fixes=[offered])
    assert refused["applied"] == 0 and "unsafe" in refused["refused"]
    assert refused["text"] == text
    fixed = fix(client, text, fixes=[offered], unsafe=True)
    assert "will use the savings" in fixed["text"]


def test_a_fix_offered_for_an_older_text_is_refused(client: TestClient) -> None:
    text = draft(COUNCIL)
    offered = by_code(review(client, text)["findings"], "SB403")["fix"]
    changed = text.replace("region's", "city's")
    refused = fix(client, changed, fixes=[offered])
    assert refused["applied"] == 0 and "changed" in refused["refused"]


@pytest.mark.parametrize(
    ("fmt", "suffix", "read_as"),
    [
        ("json", ".json", "json"),
        ("yaml", ".yaml", "yaml"),
        ("markdown", ".md", "markdown"),
        ("text", ".txt", "text"),
        ("ninjs", ".ninjs.json", "ninjs"),
        ("ninjs-2.2", "-ninjs-2.2.ninjs.json", "ninjs"),
    ],
)
def test_every_export_reads_back_as_the_same_briefing(
    client: TestClient, fmt: str, suffix: str, read_as: str
) -> None:
    text = draft("ferry-deal.txt")
    response = client.post("/api/export", json={"text": text, "format": "text", "to": fmt})
    assert response.status_code == 200, response.text
    export = response.json()
    assert export["filename"] == f"port-ellis-gets-its-airport-ferry{suffix}"
    original = parse_text(text, "text", "draft.txt").data
    again = parse_text(export["content"], read_as, export["filename"]).data
    assert again["blocks"] == original["blocks"] and again["lede"] == original["lede"]


def test_the_html_export_is_the_page_convert_writes(
    client: TestClient, folder: Path, run_cli: RunCli
) -> None:
    text = draft("ferry-deal.txt")
    export = client.post("/api/export", json={"text": text, "format": "text", "to": "html"}).json()
    assert export["media_type"] == "text/html"
    assert (
        export["content"]
        == run_cli("convert", str(folder / "ferry-deal.txt"), "--to", "html").stdout
    )


def test_an_invalid_draft_is_not_exported(client: TestClient) -> None:
    response = client.post(
        "/api/export", json={"text": "**Why it matters:** x", "format": "markdown", "to": "json"}
    )
    assert response.status_code == 422
    assert response.json()["error"].startswith("not exported")


def test_an_unknown_export_format_is_refused(client: TestClient) -> None:
    response = client.post("/api/export", json={"text": "x", "format": "markdown", "to": "docx"})
    assert response.status_code == 400 and "docx" in response.json()["error"]


def test_a_rule_page_is_generated_from_the_rule(client: TestClient) -> None:
    page = client.get("/rules/SB202")
    assert page.status_code == 200
    assert "<h1>SB202 lede-too-long</h1>" in page.text and "max-words" in page.text
    assert client.get("/rules/SB000").status_code == 404


def test_the_session_lists_the_house_labels_with_the_folder_s_own(
    client: TestClient, folder: Path
) -> None:
    (folder / "smartbrev.toml").write_text('[labels.the-dish]\nlabel = "The dish"\n')
    session = client.get("/api/session").json()
    labels = {entry["label"]: entry["axiom"] for entry in session["labels"]}
    assert labels["Why it matters"] == "why-it-matters" and "The dish" in labels
    assert session["folder"] == "newsroom"
    assert "ninjs-2.2" in session["export_formats"]
