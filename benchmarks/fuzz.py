"""Fuzz every command × format with generated hostile articles; count tracebacks.

Cases come from tests/_fuzz.py (seeded: case k is always the same input). Most cases are
up to 50,000 characters; one in 40 goes up to the loader's limit (2,000,000 characters a
article). Runs in-process (CliRunner) over ``--jobs`` worker processes and prints: cases
by exit code, every problem found (traceback, non-one-line error, broken output) with
its seed, and the slowest case's time per KB (inputs of 4 KB or more, where start-up
costs are not the figure): the worker's CPU time for the case, which other jobs of a shared
machine do not inflate as they do its wall time (printed beside it).

Usage: python benchmarks/fuzz.py [-n 5000] [--jobs 2] [--start 0]
Re-run one case: python benchmarks/fuzz.py --start SEED -n 1 --jobs 1 -v
"""

from __future__ import annotations

import argparse
import collections
import csv
import multiprocessing
import signal
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

import _fuzz  # noqa: E402  (tests/ on the path first)

# The CSV/TSV check reads the output back with Python's csv module, whose default field
# limit (128 KB) a group of one long article's many sentences passes: that is data, not a
# broken output (seed 3600's TSV has a 700-sentence member).
csv.field_size_limit(sys.maxsize)


def max_chars(seed: int) -> int:
    return 2_000_000 if seed % 40 == 0 else 50_000


CASE_SECONDS = 60  # a case still running after this is stopped and reported as slow


class CaseTimeout(BaseException):
    """Raised in a case that runs too long (BaseException: no handler of natocmp's takes it)."""


def _alarm(signum: int, frame: object) -> None:
    raise CaseTimeout


def _one(seed: int) -> tuple[int, _fuzz.Outcome]:
    signal.signal(signal.SIGALRM, _alarm)
    start = time.perf_counter()
    cpu = time.process_time()  # this worker's CPU: the case's own, whatever else runs
    with tempfile.TemporaryDirectory(prefix="natocmp-fuzz-") as tmp:
        signal.alarm(CASE_SECONDS)
        try:
            case = _fuzz.run_case(seed, Path(tmp), max_chars=max_chars(seed))
        except CaseTimeout:
            kb = sum(p.stat().st_size for p in Path(tmp).iterdir() if p.is_file()) / 1024
            case = _fuzz.Outcome([f"seed {seed}"], -1, time.perf_counter() - start, kb, None)
            case.problem = f"TIMEOUT: still running after {CASE_SECONDS} s ({kb:.0f} KB)"
        finally:
            signal.alarm(0)
    case.cpu = time.process_time() - cpu
    return seed, case


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("-n", type=int, default=5000)
    ap.add_argument("--start", type=int, default=0)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("-v", action="store_true", help="print every case")
    opts = ap.parse_args()
    seeds = range(opts.start, opts.start + opts.n)
    began = time.perf_counter()
    codes: collections.Counter[int] = collections.Counter()
    commands: collections.Counter[str] = collections.Counter()
    problems: list[tuple[int, _fuzz.Outcome]] = []
    timeouts: list[tuple[int, _fuzz.Outcome]] = []
    slowest: tuple[float, int, _fuzz.Outcome] | None = None
    longest: tuple[float, int, _fuzz.Outcome] | None = None
    total_kb = 0.0
    with multiprocessing.get_context("fork").Pool(opts.jobs) as pool:
        for done, (seed, out) in enumerate(pool.imap_unordered(_one, seeds, chunksize=4), 1):
            codes[out.exit_code] += 1
            commands[out.command[0]] += 1
            total_kb += out.kilobytes
            if out.problem and out.problem.startswith("TIMEOUT"):
                timeouts.append((seed, out))
            elif out.problem:
                problems.append((seed, out))
            if out.kilobytes >= 4:
                per_kb = out.cpu / out.kilobytes
                if slowest is None or per_kb > slowest[0]:
                    slowest = (per_kb, seed, out)
            if longest is None or out.cpu > longest[0]:
                longest = (out.cpu, seed, out)
            if opts.v:
                print(
                    seed,
                    out.exit_code,
                    f"{out.seconds:.2f}s",
                    f"{out.cpu:.2f}s CPU",
                    f"{out.kilobytes:.0f}KB",
                    out.command[0],
                    out.problem is not None,
                )
            if done % 500 == 0:
                print(
                    f"... {done} cases, {len(problems)} problems, {len(timeouts)} timeouts",
                    file=sys.stderr,
                    flush=True,
                )
    wall = time.perf_counter() - began
    print(
        f"cases: {len(seeds)} (seeds {seeds.start}–{seeds.stop - 1}), {total_kb / 1024:.1f} MB "
        f"of input, {wall:.0f} s wall on {opts.jobs} workers"
    )
    print("by command:", dict(sorted(commands.items())))
    print("by exit code:", dict(sorted(codes.items())))
    print(f"problems (tracebacks, broken errors or outputs): {len(problems)}")
    for seed, out in problems[:20]:
        print(f"--- seed {seed}: {' '.join(out.command[:1])} exit {out.exit_code}")
        print(out.problem[-1500:] if out.problem else "")
    print(f"cases stopped after {CASE_SECONDS} s: {len(timeouts)}")
    for seed, out in timeouts:
        print(f"    seed {seed}: {out.problem}")
    if slowest:
        per_kb, seed, out = slowest
        print(
            f"slowest per KB (inputs ≥ 4 KB, CPU): {per_kb * 1000:.1f} ms/KB — seed {seed}, "
            f"{out.command[0]}, {out.kilobytes:.0f} KB in {out.cpu:.2f} s CPU "
            f"({out.seconds:.2f} s wall)"
        )
    if longest:
        secs, seed, out = longest
        print(
            f"longest case (CPU): {secs:.2f} s — seed {seed}, {out.command[0]}, "
            f"{out.kilobytes:.0f} KB ({secs / max(out.kilobytes, 1e-9) * 1000:.1f} ms/KB; "
            f"{out.seconds:.2f} s wall)"
        )


if __name__ == "__main__":
    main()
