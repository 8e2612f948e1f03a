#!/usr/bin/env python3
"""Time the language server as an editor uses it: start-up to first diagnostics, the
diagnostics after a one-character change to a 600-word draft, and memory over many edits.

    python benchmarks/server.py                 # 1,000 timed edits, 10,000 for memory
    python benchmarks/server.py --edits 200 --memory-edits 2000
    python benchmarks/server.py --smoke           # a few edits, that it runs

Drives a real `smartbrev server` process with pygls' LSP client over stdio. The draft is
the longest of 40 from the benchmark corpus (`benchmarks/corpus.py`). Run by hand;
record the numbers in docs/performance.md. No test asserts a time.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from lsprotocol import types
from pygls.lsp.client import LanguageClient

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from corpus import write_corpus  # noqa: E402 - the module beside this script


def draft(work: Path) -> str:
    """The longest Markdown draft of 40 from the benchmark corpus (`corpus.py`)."""
    folder = work / "corpus"
    write_corpus(folder, 40, ("md",))
    texts = [p.read_text(encoding="utf-8") for p in sorted((folder / "md").glob("*.md"))]
    return max(texts, key=lambda t: len(t.split()))


class Editor:
    """An LSP client that notes when each version's diagnostics arrive."""

    def __init__(self) -> None:
        self.client = LanguageClient("smartbrev-bench", "1")
        self.arrived: dict[int, float] = {}
        self.waiting: dict[int, asyncio.Future[float]] = {}

        @self.client.feature(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
        def published(params: types.PublishDiagnosticsParams) -> None:
            now = time.perf_counter()
            if params.version is None:
                return
            self.arrived[params.version] = now
            future = self.waiting.pop(params.version, None)
            if future is not None and not future.done():
                future.set_result(now)

    async def diagnostics(self, version: int) -> float:
        """When the diagnostics of a version arrived (waiting for them)."""
        if version in self.arrived:
            return self.arrived[version]
        future = asyncio.get_running_loop().create_future()
        self.waiting[version] = future
        return await asyncio.wait_for(future, 30)


def rss_kib(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def cpu_seconds(pid: int) -> float:
    """CPU time a process has used so far (user and system): unlike wall time, it does
    not grow when other work shares the machine."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


async def open_draft(command: list[str], text: str, folder: Path) -> tuple[Editor, str, float]:
    """Start the server, open the draft: (the editor, the draft's URI, seconds to its
    first diagnostics)."""
    editor = Editor()
    began = time.perf_counter()
    await editor.client.start_io(*command)
    await editor.client.initialize_async(
        types.InitializeParams(
            capabilities=types.ClientCapabilities(), root_uri=folder.as_uri(), process_id=None
        )
    )
    editor.client.initialized(types.InitializedParams())
    path = folder / "draft.md"
    path.write_text(text, encoding="utf-8")
    uri = path.as_uri()
    editor.client.text_document_did_open(
        types.DidOpenTextDocumentParams(types.TextDocumentItem(uri, "markdown", 1, text))
    )
    return editor, uri, await editor.diagnostics(1) - began


async def close(editor: Editor) -> None:
    await editor.client.shutdown_async(None)
    editor.client.exit(None)
    await editor.client.stop()


def pid_of(editor: Editor) -> int:
    server = editor.client._server
    assert server is not None
    return server.pid


async def startup(command: list[str], text: str, folder: Path) -> tuple[float, float]:
    """Seconds from starting the server to the first diagnostics of an opened draft, in
    wall time and in the server's CPU time."""
    editor, _, first = await open_draft(command, text, folder)
    cpu = cpu_seconds(pid_of(editor))
    await close(editor)
    return first, cpu


async def session(command: list[str], text: str, folder: Path, edits: int, memory: int) -> None:
    editor, uri, first = await open_draft(command, text, folder)
    pid = pid_of(editor)

    # One character typed, then taken back, on the lede's line: each change waits for
    # its diagnostics before the next, so every latency is a whole lint.
    line = next(n for n, row in enumerate(text.splitlines()) if n > 0 and row.strip())
    at = types.Position(line, 0)
    version = 1
    latencies: list[float] = []
    samples: list[tuple[int, int]] = []
    for number in range(max(edits, memory)):
        version += 1
        typing = number % 2 == 0
        change = types.TextDocumentContentChangePartial(
            range=types.Range(at, at if typing else types.Position(line, 1)),
            text="x" if typing else "",
        )
        sent = time.perf_counter()
        editor.client.text_document_did_change(
            types.DidChangeTextDocumentParams(
                types.VersionedTextDocumentIdentifier(version=version, uri=uri), [change]
            )
        )
        arrived = await editor.diagnostics(version)
        if number < edits:
            latencies.append(arrived - sent)
        if number % 1000 == 0 or number == max(edits, memory) - 1:
            samples.append((number + 1, rss_kib(pid)))
    await close(editor)

    ordered = sorted(latencies)
    p95 = ordered[int(len(ordered) * 0.95) - 1]
    print(f"draft: {len(text.split())} words, {len(text.splitlines())} lines")
    print(f"start-up to first diagnostics: {first * 1000:.0f} ms")
    print(
        f"after a one-character change ({edits} changes): median "
        f"{statistics.median(latencies) * 1000:.2f} ms, p95 {p95 * 1000:.2f} ms, "
        f"max {ordered[-1] * 1000:.2f} ms"
    )
    print("server memory (RSS) over the edits:")
    for count, kib in samples:
        print(f"  after {count:>6} edits: {kib / 1024:.1f} MiB")


def imports(runs: int = 5) -> None:
    """What start-up spends importing, each measured in a fresh interpreter."""
    print("imports, fresh interpreter (median of 5):")
    for module in ("lsprotocol.types", "pygls.lsp.server", "smartbrev.server.app"):
        times = []
        for _ in range(runs):
            began = time.perf_counter()
            subprocess.run([sys.executable, "-c", f"import {module}"], check=True)
            times.append(time.perf_counter() - began)
        print(f"  {module:<22} {statistics.median(times) * 1000:.0f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--edits", type=int, default=1000, help="timed changes")
    parser.add_argument("--memory-edits", type=int, default=10000, help="changes for memory")
    parser.add_argument("--startups", type=int, default=10, help="start-ups timed")
    parser.add_argument("--smoke", action="store_true", help="a few edits: that it runs")
    args = parser.parse_args()
    if args.smoke:
        args.edits = args.memory_edits = 20
        args.startups = 1
    smartbrev = shutil.which("smartbrev")
    if smartbrev is None:
        raise SystemExit("smartbrev is not on PATH: pip install '.[server]' first")
    with tempfile.TemporaryDirectory() as scratch:
        work = Path(scratch)
        text = draft(work)
        folder = work / "desk"
        folder.mkdir()
        command = [smartbrev, "server"]
        asyncio.run(session(command, text, folder, args.edits, args.memory_edits))
        starts = [asyncio.run(startup(command, text, folder)) for _ in range(args.startups)]
        walls = [wall for wall, _ in starts]
        cpus = [cpu for _, cpu in starts]
        print(
            f"start-up to first diagnostics, {args.startups} starts: median "
            f"{statistics.median(walls) * 1000:.0f} ms (fastest {min(walls) * 1000:.0f} ms); "
            f"server CPU time {statistics.median(cpus) * 1000:.0f} ms"
        )
    if not args.smoke:
        imports()


if __name__ == "__main__":
    main()
