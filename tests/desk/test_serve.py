"""Starting the desk: the port, the address with its token, the warning off loopback, a
clear error when it cannot start, and a clean stop on Ctrl+C."""

from __future__ import annotations

import json
import signal
import socket
import subprocess
import sys
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from smartbrev import startup
from smartbrev.cli.base import SERVICES
from smartbrev.desk import serve
from tests.conftest import RunCli
from tests.desk.helpers import started


def get(url: str, token: str | None = None) -> tuple[int, object]:
    request = urllib.request.Request(url, headers={"X-Smartbrev-Token": token} if token else {})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read())


def test_the_desk_serves_its_folder_at_the_printed_address(folder: Path) -> None:
    with started(str(folder), "--port", "0") as (process, url, lines):
        address, token = url.split("/?token=")
        assert address.startswith("http://127.0.0.1:")
        assert len(token) >= 40
        assert get(f"{address}/api/session", token)[0] == 200
        assert get(f"{address}/api/session")[0] == 401
        process.send_signal(signal.SIGINT)
        assert process.wait(timeout=10) == 0
        rest = process.stdout.read() if process.stdout else ""
        assert "Traceback" not in "".join(lines) + rest
        assert token not in rest  # no access log repeats it


def test_a_non_loopback_host_is_served_with_a_warning(folder: Path) -> None:
    with started(str(folder), "--port", "0", "--host", "0.0.0.0") as (_, url, lines):
        assert any(line.startswith("warning: --host 0.0.0.0 is not a loopback") for line in lines)
        address, token = url.split("/?token=")
        assert get(f"{address}/api/session", token)[0] == 200


@pytest.fixture
def with_desk(monkeypatch: pytest.MonkeyPatch) -> None:
    """The command line with the desk handed to it, as the entry point does."""
    monkeypatch.setitem(SERVICES, "desk", startup._desk)


def test_the_command_line_alone_cannot_start_the_desk(
    run_cli: RunCli, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delitem(SERVICES, "desk", raising=False)
    result = run_cli("desk", str(folder))
    assert result.exit_code == 2
    assert result.stderr == "smartbrev: error: the desk starts from the smartbrev command\n"


@pytest.mark.usefixtures("with_desk")
def test_a_missing_folder_is_one_line_and_exit_2(run_cli: RunCli, tmp_path: Path) -> None:
    result = run_cli("desk", str(tmp_path / "nowhere"))
    assert result.exit_code == 2
    assert result.stderr.strip() == f"smartbrev: error: {tmp_path / 'nowhere'}: not a folder"


@pytest.mark.usefixtures("with_desk")
def test_a_port_in_use_is_one_line_and_exit_2(run_cli: RunCli, folder: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = run_cli("desk", str(folder), "--port", str(port))
    assert result.exit_code == 2
    assert result.stderr.strip() == (
        f"smartbrev: error: port {port} is in use; choose another with --port"
    )


def test_the_default_port_moves_on_when_taken(monkeypatch: pytest.MonkeyPatch) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        monkeypatch.setattr(serve, "DEFAULT_PORT", taken.getsockname()[1])
        sock, port = serve.bind("127.0.0.1", None)
        with sock:
            assert port != serve.DEFAULT_PORT


def test_addresses_name_ipv6_hosts_in_brackets() -> None:
    assert serve.address("::1", 8765, "t") == "http://[::1]:8765/?token=t"
    assert serve.address("127.0.0.1", 8765, "t") == "http://127.0.0.1:8765/?token=t"


def test_a_one_file_lint_loads_nothing_of_the_desk(tmp_path: Path) -> None:
    draft = tmp_path / "d.md"
    draft.write_text("# A headline\n\nA lede.\n")
    code = (
        "import sys\nfrom smartbrev.cli import main\n"
        f"sys.argv = ['smartbrev', 'lint', '--no-cache', {str(draft)!r}]\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "print('|', ','.join(m for m in ('starlette', 'uvicorn', 'anyio', 'smartbrev.desk')"
        " if m in sys.modules))\n"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert run.stdout.rpartition("| ")[2].strip() == ""
