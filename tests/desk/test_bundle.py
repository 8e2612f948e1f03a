"""The desk's packaged page: its bundle's licences name exactly the versions the lock file
pins, and the page loads nothing but its own files. (`.ci/run` rebuilds the bundle from the
lock file and fails when it differs from the packaged one.)"""

from __future__ import annotations

import json
import re

from tests.conftest import ROOT

STATIC = ROOT / "src" / "smartbrev" / "desk" / "static"
FRONTEND = ROOT / "frontend" / "desk"


def test_the_licences_name_the_locked_versions_of_what_is_bundled() -> None:
    lock = json.loads((FRONTEND / "package-lock.json").read_text(encoding="utf-8"))
    locked = {
        path.removeprefix("node_modules/"): entry["version"]
        for path, entry in lock["packages"].items()
        if path.startswith("node_modules/") and "/node_modules/" not in path
    }
    notices = (STATIC / "desk.js.LICENSES.txt").read_text(encoding="utf-8")
    bundled = re.findall(r"^(@?[\w./-]+) (\d[\w.-]*) \((\S+)\)$", notices, re.MULTILINE)
    assert {"@codemirror/view", "@codemirror/state", "@lezer/markdown"} <= {
        n for n, _, _ in bundled
    }
    for name, version, licence in bundled:
        assert locked.get(name) == version, name
        assert licence == "MIT", name
    declared = json.loads((FRONTEND / "package.json").read_text(encoding="utf-8"))
    assert set(declared["dependencies"]) <= {name for name, _, _ in bundled}


def test_the_page_loads_only_its_own_files() -> None:
    page = (STATIC / "index.html").read_text(encoding="utf-8")
    sources = re.findall(r'(?:src|href)="([^"]+)"', page)
    assert sources, "the page names its files"
    for source in sources:
        if source.startswith("#"):
            continue
        assert source.startswith("/static/"), source
        assert (STATIC / source.removeprefix("/static/")).is_file(), source
