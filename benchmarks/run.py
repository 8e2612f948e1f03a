#!/usr/bin/env python3
"""Time smartbrev against its peers on the same generated briefings, side by side.

Builds corpora with ../shared/bench/gen_corpus.py (Markdown and text drafts; JSON made
with smartbrev's own converter), installs the peers into a scratch folder from the
package registries (markdownlint-cli2, ajv-cli with ajv-formats, check-jsonschema),
then runs every command several times, interleaved, and reports the median wall time,
files per second, the ratio to smartbrev and the peak resident memory.

    python benchmarks/run.py                      # 1k and 10k files, 3 runs each
    python benchmarks/run.py --sizes 1000 --runs 5
    python benchmarks/run.py --smoke              # a few dozen files, smartbrev only
    python benchmarks/run.py --baseline /tmp/old/bin/smartbrev --sizes 1000 --runs 9
                                                  # before and after a change, one run

Run by hand; record the numbers in docs/performance.md. No test asserts a time.
"""

from __future__ import annotations

import argparse
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

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
TIME = shutil.which("time") or "/usr/bin/time"


@dataclass
class Case:
    work: str
    tool: str
    command: list[str]
    files: int
    shell: bool = False


def run(command: list[str], **kwargs: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, text=True, capture_output=True, check=False, **kwargs)  # type: ignore[call-overload]


def measure(case: Case, cwd: Path) -> tuple[float, int]:
    """Wall seconds and peak RSS (KiB) of one run."""
    command = case.command
    if case.shell:
        command = ["sh", "-c", " ".join(case.command)]
    started = time.perf_counter()
    result = run([TIME, "-v", *command], cwd=cwd)
    elapsed = time.perf_counter() - started
    match = re.search(r"Maximum resident set size \(kbytes\): (\d+)", result.stderr)
    if result.returncode not in (0, 1):
        tail = result.stderr.strip().splitlines()[-3:]
        raise SystemExit(
            f"{case.tool} failed ({result.returncode}): {' '.join(case.command)}\n"
            + "\n".join(tail)
        )
    return elapsed, int(match.group(1)) if match else 0


def corpus(work: Path, size: int, smartbrev: str) -> Path:
    folder = work / "corpus" / str(size)
    if (folder / "json").is_dir():
        return folder
    generator = SHARED / "bench" / "gen_corpus.py"
    if not generator.is_file():
        raise SystemExit(f"{generator} not found: the corpus generator lives in ../shared/bench")
    run([sys.executable, str(generator), "--n", str(size), "--out", str(folder)])
    drafts = sorted(str(p) for p in (folder / "md").glob("*.md"))
    result = run([smartbrev, "convert", *drafts, "--to", "json", "--out-dir", str(folder / "json")])
    if result.returncode != 0:
        raise SystemExit(result.stderr)
    return folder


def peers(work: Path) -> dict[str, str]:
    """Install the peers; returns the commands that are available."""
    tools: dict[str, str] = {}
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
        for name in ("markdownlint-cli2", "ajv"):
            binary = node / "node_modules" / ".bin" / name
            if binary.exists():
                tools[name] = str(binary)
    venv = work / "venv-peers"
    if not (venv / "bin" / "check-jsonschema").exists():
        run([sys.executable, "-m", "venv", str(venv)])
        run([str(venv / "bin" / "pip"), "install", "--quiet", "check-jsonschema"])
    if (venv / "bin" / "check-jsonschema").exists():
        tools["check-jsonschema"] = str(venv / "bin" / "check-jsonschema")
    return tools


def cases(folder: Path, size: int, smartbrev: str, tools: dict[str, str], jobs: str) -> list[Case]:
    schema = ROOT / "schemas" / "briefing" / "1.1" / "briefing.schema.json"
    json_dir, md_dir = folder / "json", folder / "md"
    json_files = sorted(str(p) for p in json_dir.glob("*.json"))
    one_md, one_json = str(md_dir / "brief-00001.md"), json_files[0]
    found = [
        Case(
            "validate JSON",
            "smartbrev",
            [smartbrev, "validate", "-q", "--no-cache", "-j", jobs, str(json_dir)],
            size,
        ),
        Case(
            "lint Markdown",
            "smartbrev",
            [
                smartbrev,
                "lint",
                "--no-cache",
                "-j",
                jobs,
                "--output-format",
                "concise",
                str(md_dir),
                ">/dev/null",
            ],
            size,
            shell=True,
        ),
        Case(
            "lint Markdown, cache warm",
            "smartbrev",
            [
                smartbrev,
                "lint",
                "-j",
                jobs,
                "--output-format",
                "concise",
                str(md_dir),
                ">/dev/null",
            ],
            size,
            shell=True,
        ),
        Case(
            "validate one JSON file",
            "smartbrev",
            [smartbrev, "validate", "-q", "--no-cache", one_json],
            1,
        ),
        # One file: the tool started directly, as a hook starts it (its few lines of
        # output are captured); only the many-file cases go through `sh` to discard theirs.
        Case("lint one Markdown file", "smartbrev", [smartbrev, "lint", "--no-cache", one_md], 1),
        Case("lint one Markdown file, cache warm", "smartbrev", [smartbrev, "lint", one_md], 1),
    ]
    if "ajv" in tools:
        ajv = [
            tools["ajv"],
            "validate",
            "--spec=draft2020",
            "--strict=false",
            "-c",
            "ajv-formats",
            "-s",
            str(schema),
        ]
        found.append(
            Case(
                "validate JSON",
                "ajv-cli",
                [*ajv, "-d", f"'{json_dir}/*.json'", ">/dev/null", "2>&1"],
                size,
                shell=True,
            )
        )
        found.append(Case("validate one JSON file", "ajv-cli", [*ajv, "-d", one_json], 1))
    if "check-jsonschema" in tools:
        found.append(
            Case(
                "validate JSON",
                "check-jsonschema",
                [tools["check-jsonschema"], "--schemafile", str(schema), *json_files],
                size,
            )
        )
        found.append(
            Case(
                "validate one JSON file",
                "check-jsonschema",
                [tools["check-jsonschema"], "--schemafile", str(schema), one_json],
                1,
            )
        )
    if "markdownlint-cli2" in tools:
        found.append(
            Case(
                "lint Markdown",
                "markdownlint-cli2",
                [tools["markdownlint-cli2"], f"'{md_dir}/*.md'", ">/dev/null", "2>&1"],
                size,
                shell=True,
            )
        )
        found.append(
            Case(
                "lint one Markdown file",
                "markdownlint-cli2",
                [tools["markdownlint-cli2"], one_md],
                1,
            )
        )
    return found


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
    parser.add_argument("--work", default=str(Path(tempfile.gettempdir()) / "smartbrev-bench"))
    parser.add_argument(
        "--baseline",
        metavar="SMARTBREV",
        help="another smartbrev executable (an older install) timed beside this one, "
        "interleaved: before and after a change in one run",
    )
    args = parser.parse_args()
    smartbrev = shutil.which("smartbrev")
    if smartbrev is None:
        raise SystemExit("install smartbrev first (pip install .)")
    work = Path(args.work)
    sizes = [36] if args.smoke else [int(s) for s in args.sizes.split(",")]
    runs = 1 if args.smoke else args.runs
    tools = {} if args.smoke else peers(work)
    print(
        f"# {time.strftime('%Y-%m-%d')} on {platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}; peers: {', '.join(tools) or 'none'}\n"
    )
    print("| files | work | tool | median s | files/s | smartbrev faster by | peak RSS MB |")
    print("|---:|---|---|---:|---:|---:|---:|")
    for size in sizes:
        folder = corpus(work, size, smartbrev)
        found = cases(folder, size, smartbrev, tools, args.jobs)
        if args.baseline:
            # Each baseline case runs right after its counterpart, so both meet the same
            # load on a shared machine.
            found = [
                twin
                for case in found
                for twin in (
                    [case]
                    if case.tool != "smartbrev"
                    else [
                        case,
                        replace(
                            case,
                            tool="smartbrev baseline",
                            command=[args.baseline, *case.command[1:]],
                        ),
                    ]
                )
            ]
        timings: dict[int, list[float]] = {i: [] for i in range(len(found))}
        memory: dict[int, int] = {}
        for _ in range(runs):
            for index, case in enumerate(found):  # interleaved, so drift hits every tool
                if case.work.endswith("warm"):
                    measure(case, folder)  # the first run fills the cache
                seconds, rss = measure(case, folder)
                timings[index].append(seconds)
                memory[index] = max(memory.get(index, 0), rss)
        medians = {i: statistics.median(t) for i, t in timings.items()}
        ours = {c.work: medians[i] for i, c in enumerate(found) if c.tool == "smartbrev"}
        for index, case in enumerate(found):
            median = medians[index]
            ratio = median / ours[case.work] if ours.get(case.work) else 0
            print(
                f"| {case.files} | {case.work} | {case.tool} | {median:.3f} | "
                f"{case.files / median:,.0f} | {ratio:.2f}x | {memory[index] / 1024:.0f} |"
            )


if __name__ == "__main__":
    main()
