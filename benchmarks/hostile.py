#!/usr/bin/env python3
"""Time every command on every hostile shape at doubling sizes: doubling the input
should at most ~2.5x the time (a command whose time grows with the square of its input
would 4x it).

    python benchmarks/hostile.py                   # sizes 25,000, 50,000 and 100,000
    python benchmarks/hostile.py --size 50000 --shape bold-spaces --shape open-links
    python benchmarks/hostile.py --smoke           # small sizes, that it runs

CPU time of this process (not wall time, which grows when other work shares the
machine), the best of a few runs, with smartbrev's caches cleared before each. The
shapes are those of tests/hostile/shapes.py. Run by hand; record the numbers in
docs/security.md. No test asserts a time.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import itertools

from tests.hostile.commands import COMMANDS, forget, run
from tests.hostile.shapes import SHAPES


def seconds(command: str, raw: bytes, fmt: str, repeat: int) -> float:
    """The best CPU time of a few runs of a command on a document."""
    best = float("inf")
    for _ in range(repeat):
        forget()
        began = time.process_time()
        run(command, raw, fmt)
        best = min(best, time.process_time() - began)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=25_000, help="the smallest size")
    parser.add_argument("--shape", action="append", choices=sorted(SHAPES))
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--smoke", action="store_true", help="small sizes, one run each")
    args = parser.parse_args()
    size, repeat = (500, 1) if args.smoke else (args.size, args.repeat)
    sizes = (size, 2 * size, 4 * size)
    print(f"| shape | command | {' | '.join(f'{n:,}' for n in sizes)} | worst doubling |")
    print("|---|---|" + "---:|" * (len(sizes) + 1))
    worst = 0.0
    for name in args.shape or SHAPES:
        shape = SHAPES[name]
        documents = [shape.make(n).encode() for n in sizes]
        for command in COMMANDS:
            run(command, shape.make(size // 2).encode(), shape.fmt)  # imports, first use
            times = [seconds(command, raw, shape.fmt, repeat) for raw in documents]
            ratios = [b / a for a, b in itertools.pairwise(times) if a >= 0.005]
            ratio = max(ratios, default=0.0)
            worst = max(worst, ratio)
            shown = " | ".join(f"{t * 1000:.1f} ms" for t in times)
            print(f"| {name} | {command} | {shown} | {ratio:.2f}x |", flush=True)
    print(f"\nworst doubling (where the smaller run took 5 ms or more): {worst:.2f}x")


if __name__ == "__main__":
    main()
