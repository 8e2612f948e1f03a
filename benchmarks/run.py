#!/usr/bin/env python3
"""Time smartbrev against its peers on the same briefings, side by side.

Writes the corpus with `benchmarks/corpus.py` (seeded: every run and every clone gets
the same files), installs the peers into a scratch folder from the package registries
(markdownlint-cli2, ajv-cli with ajv-formats, check-jsonschema), then runs every command
several times, interleaved, and reports the median wall time, files per second, how much
faster smartbrev is, and the peak resident memory of the largest process.

    python benchmarks/run.py                      # 1k and 10k files, 3 runs each
    python benchmarks/run.py --sizes 1000 --runs 5
    python benchmarks/run.py --smoke              # a few dozen files, smartbrev only
    python benchmarks/run.py --baseline /tmp/old/bin/smartbrev --sizes 1000 --runs 9
                                                  # before and after a change, one run

It times the `smartbrev` on PATH (or `--smartbrev`): install it with `pip install .`, as
users have it; an editable install adds the cost of its import hook to every start.
Record the numbers in docs/performance.md. No test asserts a time.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, replace
from pathlib import Path
from typing import NamedTuple

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
TIME = shutil.which("time") or "/usr/bin/time"
sys.path.insert(0, str(BENCH))

from corpus import FORMATS, write_corpus  # noqa: E402 - the module beside this script


@dataclass
class Case:
    work: str
    tool: str
    command: list[str]
    files: int
    shell: bool = False
    warm: bool = False
    """Run once untimed first (it fills the cache)."""


def run(command: list[str], cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, text=True, capture_output=True, check=False, cwd=cwd)


class Sample(NamedTuple):
    wall: float
    cpu: float
    """User and system seconds of the command and every process it waited for."""
    rss: int
    """Peak resident memory of its largest process, KiB."""


def measure(case: Case, cwd: Path) -> Sample:
    """One run of a case."""
    command = case.command
    if case.shell:
        command = ["sh", "-c", " ".join(case.command)]
    started = time.perf_counter()
    result = run([TIME, "-v", *command], cwd=cwd)
    elapsed = time.perf_counter() - started
    if result.returncode not in (0, 1):
        tail = result.stderr.strip().splitlines()[-3:]
        raise SystemExit(
            f"{case.tool} failed ({result.returncode}): {' '.join(case.command)}\n"
            + "\n".join(tail)
        )

    def field(name: str) -> float:
        match = re.search(rf"{re.escape(name)}: ([\d.]+)", result.stderr)
        return float(match.group(1)) if match else 0.0

    cpu = field("User time (seconds)") + field("System time (seconds)")
    return Sample(elapsed, cpu, int(field("Maximum resident set size (kbytes)")))


def _stamp() -> str:
    """What the corpus depends on: the generator's own code."""
    return "".join(
        f"{p.name}:{p.stat().st_size}:{p.stat().st_mtime_ns};" for p in sorted(BENCH.glob("*.py"))
    )


def corpus(work: Path, size: int, formats: tuple[str, ...] = FORMATS) -> Path:
    """The corpus of `size` briefings (written once, again when the generator changes)."""
    folder = work / "corpus" / str(size)
    marker = folder / ".written"
    stamp = f"{_stamp()}{','.join(formats)}"
    if marker.is_file() and marker.read_text() == stamp:
        return folder
    shutil.rmtree(folder, ignore_errors=True)
    write_corpus(folder, size, formats)
    marker.write_text(stamp)
    return folder


def peers(work: Path) -> dict[str, tuple[str, str]]:
    """Install the peers; returns each available one's command and version."""
    tools: dict[str, tuple[str, str]] = {}
    node = work / "node"
    if shutil.which("npm"):
        node.mkdir(parents=True, exist_ok=True)
        if not (node / "node_modules" / ".bin" / "markdownlint-cli2").exists():
            run(
                [
                    "npm",
                    "install",
                    "--silent",
                    "--no-audit",
                    "--no-fund",
                    "markdownlint-cli2",
                    "ajv-cli",
                    "ajv-formats",
                ],
                cwd=node,
            )
        for name, package in (("markdownlint-cli2", "markdownlint-cli2"), ("ajv", "ajv-cli")):
            binary = node / "node_modules" / ".bin" / name
            manifest = node / "node_modules" / package / "package.json"
            if binary.exists() and manifest.exists():
                version = json.loads(manifest.read_text())["version"]
                tools[name] = (str(binary), f"{package} {version}")
    venv = work / "venv-peers"
    checker = venv / "bin" / "check-jsonschema"
    if not checker.exists():
        run([sys.executable, "-m", "venv", str(venv)])
        run([str(venv / "bin" / "pip"), "install", "--quiet", "check-jsonschema"])
    if checker.exists():
        version = run([str(checker), "--version"]).stdout.split()[-1]
        tools["check-jsonschema"] = (str(checker), f"check-jsonschema {version}")
    return tools


def _schema_of(json_dir: Path) -> Path:
    """The schema the corpus's JSON documents name."""
    first = next(iter(sorted(json_dir.glob("*.json"))))
    version = str(json.loads(first.read_text(encoding="utf-8"))["schema_version"])
    return ROOT / "schemas" / "briefing" / version / "briefing.schema.json"


def _smartbrev_cases(folder: Path, size: int, smartbrev: str, jobs: str) -> list[Case]:
    json_dir, md_dir = folder / "json", folder / "md"
    one_md, one_json = str(md_dir / "brief-00001.md"), str(json_dir / "brief-00001.json")

    def lint(*targets: str, cached: bool = False) -> list[str]:
        cache = [] if cached else ["--no-cache"]
        return [
            smartbrev,
            "lint",
            *cache,
            "-j",
            jobs,
            "--output-format",
            "concise",
            *targets,
            ">/dev/null",
        ]

    return [
        Case(
            "validate JSON",
            "smartbrev",
            [smartbrev, "validate", "-q", "--no-cache", "-j", jobs, str(json_dir)],
            size,
        ),
        Case(
            "validate YAML",
            "smartbrev",
            [smartbrev, "validate", "-q", "--no-cache", "-j", jobs, str(folder / "yaml")],
            size,
        ),
        Case("lint Markdown", "smartbrev", lint(str(md_dir)), size, shell=True),
        Case("lint text", "smartbrev", lint(str(folder / "txt")), size, shell=True),
        Case("lint HTML", "smartbrev", lint(f"'{folder}/html/'*.html"), size, shell=True),
        Case(
            "lint Markdown, cache warm",
            "smartbrev",
            lint(str(md_dir), cached=True),
            size,
            shell=True,
            warm=True,
        ),
        # One file: the tool started directly, as a hook starts it (its few lines of
        # output are captured); only the many-file cases go through `sh` to discard theirs.
        Case(
            "validate one JSON file",
            "smartbrev",
            [smartbrev, "validate", "-q", "--no-cache", one_json],
            1,
        ),
        Case("lint one Markdown file", "smartbrev", [smartbrev, "lint", "--no-cache", one_md], 1),
        Case(
            "lint one Markdown file, cache warm",
            "smartbrev",
            [smartbrev, "lint", one_md],
            1,
            warm=True,
        ),
        # The floor under every one-file time: starting the interpreter smartbrev runs on.
        Case("start Python (`python -c pass`)", "python", [_python_of(smartbrev), "-c", "pass"], 1),
    ]


def _python_of(smartbrev: str) -> str:
    """The interpreter the `smartbrev` script runs on (its `#!` line)."""
    with open(smartbrev, "rb") as script:  # noqa: PTH123
        first = script.readline().decode("utf-8", "replace")
    return first[2:].strip() if first.startswith("#!") else sys.executable


def _peer_cases(folder: Path, size: int, tools: dict[str, tuple[str, str]]) -> list[Case]:
    json_dir, md_dir = folder / "json", folder / "md"
    schema = _schema_of(json_dir)
    json_files = sorted(str(p) for p in json_dir.glob("*.json"))
    one_md, one_json = str(md_dir / "brief-00001.md"), json_files[0]
    found = []
    if "ajv" in tools:
        ajv = [
            tools["ajv"][0],
            "validate",
            "--spec=draft2020",
            "--strict=false",
            "-c",
            "ajv-formats",
            "-s",
            str(schema),
        ]
        found += [
            Case(
                "validate JSON",
                "ajv-cli",
                [*ajv, "-d", f"'{json_dir}/*.json'", ">/dev/null", "2>&1"],
                size,
                shell=True,
            ),
            Case("validate one JSON file", "ajv-cli", [*ajv, "-d", one_json], 1),
        ]
    if "check-jsonschema" in tools:
        checker = [tools["check-jsonschema"][0], "--schemafile", str(schema)]
        found += [
            Case("validate JSON", "check-jsonschema", [*checker, *json_files], size),
            Case("validate one JSON file", "check-jsonschema", [*checker, one_json], 1),
        ]
    if "markdownlint-cli2" in tools:
        linter = tools["markdownlint-cli2"][0]
        found += [
            Case(
                "lint Markdown",
                "markdownlint-cli2",
                [linter, f"'{md_dir}/*.md'", ">/dev/null", "2>&1"],
                size,
                shell=True,
            ),
            Case("lint one Markdown file", "markdownlint-cli2", [linter, one_md], 1),
        ]
    return found


def _with_baseline(found: list[Case], baseline: str) -> list[Case]:
    """Each smartbrev case followed by the same case for another smartbrev, so both meet
    the same load on a shared machine."""
    twins = []
    for case in found:
        twins.append(case)
        if case.tool == "smartbrev":
            command = [baseline, *case.command[1:]]
            twins.append(replace(case, tool="smartbrev baseline", command=command))
    return twins


def _editable(smartbrev: str) -> bool:
    """Whether the `smartbrev` to time is an editable install (slower to start)."""
    script = _python_of(smartbrev)
    code = (
        "import importlib.metadata as m; "
        "print(m.distribution('smartbrev').read_text('direct_url.json') or '')"
    )
    found = run([script, "-c", code])
    try:
        return bool(json.loads(found.stdout or "{}").get("dir_info", {}).get("editable"))
    except ValueError:
        return False


def _load() -> str:
    return "load average " + ", ".join(f"{value:.1f}" for value in os.getloadavg())


def _report(found: list[Case], samples: dict[int, list[Sample]]) -> None:
    walls = {i: statistics.median(s.wall for s in runs) for i, runs in samples.items()}
    ours = {c.work: walls[i] for i, c in enumerate(found) if c.tool == "smartbrev"}
    for index, case in enumerate(found):
        runs = samples[index]
        median = walls[index]
        ratio = f"{median / ours[case.work]:.2f}x" if ours.get(case.work) else ""
        spread = f"{min(s.wall for s in runs):.3f}-{max(s.wall for s in runs):.3f}"
        cpu = statistics.median(s.cpu for s in runs)
        rss = max(s.rss for s in runs)
        print(
            f"| {case.files} | {case.work} | {case.tool} | {median:.3f} | {spread} | "
            f"{case.files / median:,.0f} | {ratio} | {cpu:.2f} | {rss / 1024:.0f} |"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--jobs", default="auto")
    parser.add_argument(
        "--smoke",
        action="store_true",
        help="a few dozen files, smartbrev only, one run: keeps the script working",
    )
    parser.add_argument("--no-peers", action="store_true", help="time smartbrev alone")
    parser.add_argument("--work", default=str(Path(tempfile.gettempdir()) / "smartbrev-bench"))
    parser.add_argument("--smartbrev", help="the smartbrev executable to time (default: PATH)")
    parser.add_argument(
        "--baseline",
        metavar="SMARTBREV",
        help="another smartbrev executable (an older install) timed beside this one, "
        "interleaved: before and after a change in one run",
    )
    args = parser.parse_args()
    smartbrev = args.smartbrev or shutil.which("smartbrev")
    if smartbrev is None:
        raise SystemExit("install smartbrev first (pip install .)")
    work = Path(args.work)
    sizes = [36] if args.smoke else [int(s) for s in args.sizes.split(",")]
    runs = 1 if args.smoke else args.runs
    tools = {} if args.smoke or args.no_peers else peers(work)
    print(
        f"# {time.strftime('%Y-%m-%d %H:%M')} on {platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}, {_load()}\n"
        f"# smartbrev: {smartbrev}{' (editable install)' if _editable(smartbrev) else ''}; "
        f"peers: {', '.join(version for _, version in tools.values()) or 'none'}\n"
    )
    print(
        "| files | work | tool | median s | range s | files/s | smartbrev faster by "
        "| CPU s | peak RSS MB |"
    )
    print("|---:|---|---|---:|---:|---:|---:|---:|---:|")
    for size in sizes:
        folder = corpus(work, size)
        found = _smartbrev_cases(folder, size, smartbrev, args.jobs)
        found += _peer_cases(folder, size, tools)
        if args.baseline:
            found = _with_baseline(found, args.baseline)
        samples: dict[int, list[Sample]] = {i: [] for i in range(len(found))}
        for _ in range(runs):
            for index, case in enumerate(found):  # interleaved, so drift hits every tool
                if case.warm:
                    measure(case, folder)
                samples[index].append(measure(case, folder))
        _report(found, samples)
        print(f"| | ({size:,} files done: {_load()}) | | | | | | | |")


if __name__ == "__main__":
    main()
