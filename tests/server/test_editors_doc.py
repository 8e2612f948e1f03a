"""docs/editors.md: every editor snippet starts `smartbrev server` for the languages it
reads, with settings the server accepts, and every shell command on the page runs."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

import pytest
from lupa import LuaRuntime

from smartbrev.server.settings import table_of
from tests.conftest import ROOT
from tests.doc_pages import assert_extra_installed, shell_commands
from tests.test_watch import DRAFT, Watcher

PAGE = (ROOT / "docs" / "editors.md").read_text(encoding="utf-8")
COMMAND = ["smartbrev", "server"]

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib


def snippet(name: str) -> str:
    """The code block under `<!-- editors: NAME -->`."""
    found = re.search(rf"<!-- editors: {re.escape(name)} -->\n```\w+\n(.*?)```", PAGE, re.DOTALL)
    assert found, f"docs/editors.md has no {name} snippet"
    return found.group(1)


def test_every_snippet_is_checked() -> None:
    named = re.findall(r"<!-- editors: ([\w.-]+) -->", PAGE)
    assert sorted(named) == sorted(
        ["vscode", "neovim-0.11", "neovim-0.10", "helix", "emacs", "sublime"]
    )


def test_vscode() -> None:
    settings = json.loads(snippet("vscode"))
    assert [settings["glspc.server.command"], *settings["glspc.server.commandArguments"]] == COMMAND
    assert settings["glspc.server.languageId"] == ["markdown", "plaintext", "yaml", "json"]


def _lua_stand_in() -> tuple[LuaRuntime, dict[str, Any]]:
    """A Lua interpreter with a `vim` table that records what the snippet asks of it."""
    lua = LuaRuntime(unpack_returned_tuples=True)
    seen: dict[str, Any] = {}
    lua.execute(
        """
        seen = {}
        vim = { lsp = {}, api = {}, fs = {} }
        function vim.lsp.config(name, config) seen.config = { name = name, config = config } end
        function vim.lsp.enable(name) seen.enabled = name end
        function vim.lsp.start(config) seen.started = config end
        function vim.api.nvim_create_autocmd(event, options)
          seen.autocmd = { event = event, options = options }
        end
        function vim.fs.root(buffer, markers) seen.markers = markers; return "/desk" end
        """
    )
    seen["lua"] = lua.globals().seen
    return lua, seen


def _py(value: Any) -> Any:
    """A Lua table as Python lists and dicts."""
    if hasattr(value, "items"):
        items = dict(value.items())
        if items and all(isinstance(k, int) for k in items):
            return [_py(items[k]) for k in sorted(items)]
        return {k: _py(v) for k, v in items.items()}
    return value


def test_neovim_config_and_enable() -> None:
    lua, seen = _lua_stand_in()
    lua.execute(snippet("neovim-0.11"))
    recorded = _py(seen["lua"])
    assert recorded["enabled"] == recorded["config"]["name"] == "smartbrev"
    config = recorded["config"]["config"]
    assert config["cmd"] == COMMAND
    assert config["filetypes"] == ["markdown", "text", "yaml", "json"]
    assert table_of(config["settings"]) == {"severity": {"lede-too-long": "error"}}


def test_neovim_start_on_filetype() -> None:
    lua, seen = _lua_stand_in()
    lua.execute(snippet("neovim-0.10"))
    autocmd = seen["lua"].autocmd
    assert autocmd.event == "FileType"
    assert _py(autocmd.options.pattern) == ["markdown", "text", "yaml", "json"]
    autocmd.options.callback(lua.table(buf=1))
    started = _py(seen["lua"].started)
    assert started["cmd"] == COMMAND
    assert started["root_dir"] == "/desk"


def test_helix() -> None:
    config = tomllib.loads(snippet("helix"))
    server = config["language-server"]["smartbrev"]
    assert [server["command"], *server["args"]] == COMMAND
    assert table_of(server["config"]) == {"severity": {"lede-too-long": "error"}}
    languages = {entry["name"]: entry for entry in config["language"]}
    assert set(languages) == {"markdown", "text"}
    assert all("smartbrev" in entry["language-servers"] for entry in languages.values())
    assert languages["text"]["file-types"] == ["txt"]


def _read_lisp(text: str) -> list[Any]:
    """Emacs Lisp forms as nested lists (symbols and keywords as str, strings as
    ("string", text)); enough to read a configuration snippet, and strict about
    unbalanced parentheses."""
    tokens = re.findall(r'"(?:\\.|[^"\\])*"|[()\[\]]|\'|#\'|[^\s()\[\]\'"]+', text)
    stack: list[list[Any]] = [[]]
    for token in tokens:
        if token in ("(", "["):
            stack.append([])
        elif token in (")", "]"):
            assert len(stack) > 1, "unbalanced parentheses"
            done = stack.pop()
            stack[-1].append(done)
        elif token.startswith('"'):
            stack[-1].append(("string", json.loads(token)))
        else:
            stack[-1].append(token)
    assert len(stack) == 1, "unbalanced parentheses"
    return stack[0]


def _find(form: Any, wanted: Any) -> bool:
    return form == wanted or (isinstance(form, list) and any(_find(f, wanted) for f in form))


def test_emacs() -> None:
    forms = _read_lisp(snippet("emacs"))
    command = [("string", "smartbrev"), ("string", "server")]
    assert _find(forms, ["markdown-mode", "text-mode", "yaml-mode", "json-mode"])
    assert _find(forms, command)
    assert _find(forms, "eglot-server-programs")


def test_sublime() -> None:
    client = json.loads(snippet("sublime"))["clients"]["smartbrev"]
    assert client["command"] == COMMAND
    scopes = {s.strip() for s in client["selector"].split("|")}
    assert scopes == {"text.html.markdown", "text.plain", "source.yaml", "source.json"}
    assert table_of(client["settings"]) == {"ignore": ["passive-voice"]}


def _commands() -> list[str]:
    return shell_commands(PAGE)


def test_the_page_shows_these_commands() -> None:
    assert _commands() == [
        "pip install 'smartbrev[server]'",
        "smartbrev lint --watch drafts/",
        "smartbrev validate --watch briefs/",
    ]


def test_installing_the_server_extra_is_satisfied() -> None:
    assert_extra_installed("smartbrev[server]")


@pytest.mark.parametrize("command", _commands()[1:])
def test_watch_commands_run(command: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    words = command.split()
    folder = tmp_path / words[-1]
    folder.mkdir()
    (folder / "ferry.md").write_text(DRAFT, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    watcher = Watcher(*words[1:])
    try:
        assert "1 file" in watcher.until_watching()
    finally:
        code, rest = watcher.interrupt()
    assert code == 0
    assert "Traceback" not in rest
