"""The folder: listing its briefings with their status, opening and saving them, and never
reading or writing anything outside it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from starlette.testclient import TestClient

from tests.desk.helpers import draft


def listing(client: TestClient) -> dict[str, dict[str, Any]]:
    response = client.get("/api/files")
    assert response.status_code == 200
    return {entry["name"]: entry for entry in response.json()["files"]}


def open_file(client: TestClient, path: str) -> Any:
    return client.get("/api/file", params={"path": path})


def save(client: TestClient, path: str, text: str, version: str | None, **extra: Any) -> Any:
    return client.put("/api/file", json={"path": path, "text": text, "version": version, **extra})


def test_the_listing_gives_each_briefing_its_status(client: TestClient, folder: Path) -> None:
    (folder / "clean.md").write_text(
        "# Ferry fares stay the same\n\nFares on the harbor ferry will not rise next year, the "
        "port authority said.\n\n**Why it matters:** Commuters feared a rise.\n\n"
        "**Go deeper:** [The decision](https://example.org/port/fares)\n\nBy Ana Ortiz\n"
    )
    (folder / "broken.json").write_text('{"lede": ')
    (folder / "desk").mkdir()
    (folder / "desk" / "notes.md").write_text("# Notes\n\nA lede.\n")
    files = listing(client)
    assert files["clean.md"]["status"] == "clean"
    assert files["council-vote.md"]["status"] == "findings"
    assert files["council-vote.md"]["warnings"] >= 1
    assert files["broken.json"]["status"] == "unreadable" and files["broken.json"]["problem"]
    assert "desk/notes.md" in files


def test_the_listing_skips_what_lint_skips_and_what_leads_outside(
    client: TestClient, folder: Path, tmp_path: Path
) -> None:
    outside = tmp_path / "elsewhere.md"
    outside.write_text("# Secret\n\nNot in the folder.\n")
    (folder / "link.md").symlink_to(outside)
    (folder / ".drafts").mkdir()
    (folder / ".drafts" / "hidden.md").write_text("# Hidden\n\nx\n")
    (folder / ".gitignore").write_text("ignored.md\n")
    (folder / "ignored.md").write_text("# Ignored\n\nx\n")
    assert set(listing(client)) == {"council-vote.md", "ferry-deal.txt"}


def test_opening_gives_the_text_its_format_and_a_version(client: TestClient) -> None:
    opened = open_file(client, "ferry-deal.txt").json()
    assert opened["text"] == draft("ferry-deal.txt")
    assert opened["format"] == "text" and len(opened["version"]) == 64


@pytest.mark.parametrize(
    ("path", "status", "words"),
    [
        ("../outside.md", 403, "outside the folder"),
        ("/etc/passwd.md", 403, "outside the folder"),
        ("drafts/../../outside.md", 403, "outside the folder"),
        ("..\\outside.md", 400, "inside the folder"),
        ("", 400, "inside the folder"),
        (".git/config.md", 403, "hidden"),
        ("notes.py", 400, "not a briefing file"),
        ("missing.md", 404, "no such briefing"),
    ],
)
def test_paths_outside_the_folder_or_not_briefings_are_refused(
    client: TestClient, path: str, status: int, words: str
) -> None:
    response = open_file(client, path)
    assert response.status_code == status
    assert words in response.json()["error"]


def test_a_symbolic_link_out_of_the_folder_is_refused(
    client: TestClient, folder: Path, tmp_path: Path
) -> None:
    secret = tmp_path / "secret.md"
    secret.write_text("# Secret\n\nkeep out\n")
    (folder / "secret.md").symlink_to(secret)
    (folder / "out").symlink_to(tmp_path, target_is_directory=True)
    assert open_file(client, "secret.md").status_code == 403
    assert open_file(client, "out/secret.md").status_code == 403
    response = save(client, "out/new.md", "# x\n\ny\n", None)
    assert response.status_code == 403
    assert not (tmp_path / "new.md").exists()
    assert secret.read_text() == "# Secret\n\nkeep out\n"


def test_a_link_inside_the_folder_is_followed(client: TestClient, folder: Path) -> None:
    (folder / "latest.md").symlink_to(folder / "council-vote.md")
    assert open_file(client, "latest.md").json()["text"] == draft("council-vote.md")


def test_saving_a_new_briefing_creates_it(client: TestClient, folder: Path) -> None:
    response = save(client, "drafts/ferry.md", "# Ferry\n\nA lede.\n", None)
    assert response.status_code == 200
    assert (folder / "drafts" / "ferry.md").read_text() == "# Ferry\n\nA lede.\n"
    assert response.json()["version"] == open_file(client, "drafts/ferry.md").json()["version"]


def test_saving_over_a_file_needs_the_version_it_was_opened_at(
    client: TestClient, folder: Path
) -> None:
    version = open_file(client, "council-vote.md").json()["version"]
    assert save(client, "council-vote.md", "# New\n\ntext\n", None).status_code == 409
    (folder / "council-vote.md").write_text("# Changed elsewhere\n\nby a colleague\n")
    stale = save(client, "council-vote.md", "# Mine\n\ntext\n", version)
    assert stale.status_code == 409 and "changed on disk" in stale.json()["error"]
    assert (folder / "council-vote.md").read_text() == "# Changed elsewhere\n\nby a colleague\n"
    current = open_file(client, "council-vote.md").json()["version"]
    assert save(client, "council-vote.md", "# Mine\n\ntext\n", current).status_code == 200
    assert (folder / "council-vote.md").read_text() == "# Mine\n\ntext\n"


def test_saving_keeps_line_ends_byte_order_mark_and_permissions(
    client: TestClient, folder: Path
) -> None:
    path = folder / "windows.txt"
    path.write_bytes(b"\xef\xbb\xbfHeadline\r\n\r\nThe lede.\r\n")
    path.chmod(0o640)
    opened = open_file(client, "windows.txt").json()
    assert opened["text"] == "Headline\n\nThe lede.\n"
    assert opened["newline"] == "\r\n" and opened["bom"] is True
    edited = opened["text"].replace("The lede.", "The new lede.")
    response = save(client, "windows.txt", edited, opened["version"], newline="\r\n", bom=True)
    assert response.status_code == 200
    assert path.read_bytes() == b"\xef\xbb\xbfHeadline\r\n\r\nThe new lede.\r\n"
    assert path.stat().st_mode & 0o777 == 0o640
    assert [p.name for p in folder.iterdir() if p.name.startswith(".windows")] == []


def test_saving_refuses_what_is_not_a_briefing(client: TestClient, folder: Path) -> None:
    assert save(client, "run.sh", "echo hi\n", None).status_code == 400
    assert save(client, "../escape.md", "x\n", None).status_code == 403
    assert save(client, "x.md", "x", None, newline="\r").status_code == 400
    assert not (folder / "run.sh").exists()


def test_a_file_too_large_or_not_text_is_refused_on_opening(
    client: TestClient, folder: Path
) -> None:
    (folder / "big.md").write_bytes(b"a" * (3 * 1024 * 1024))
    assert open_file(client, "big.md").status_code == 413
    (folder / "binary.md").write_bytes(b"\x00\x01\x02 not text")
    response = open_file(client, "binary.md")
    assert response.status_code == 422 and "binary" in response.json()["error"]
