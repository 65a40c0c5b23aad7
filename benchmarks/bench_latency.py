"""Start-up latency of natocmp commands: medians of N subprocess runs, with references.

Each command runs as a fresh ``python`` subprocess (stdout to /dev/null), interleaved with
the references measured in the same run (``python -c pass`` and ``import rapidfuzz, rich``),
so the ratios hold even when the shared machine's load drifts. ``--root DIR`` runs the
package from another tree (``DIR/natocmp``, e.g. a copy made before a change) next to the
installed one, for before/after figures from one run.

Bytecode: with ``PYTHONDONTWRITEBYTECODE`` set (as in the development container) every run
compiles natocmp's sources again (~40 ms). ``--pycache DIR`` sets ``PYTHONPYCACHEPREFIX`` and
clears ``PYTHONDONTWRITEBYTECODE``, so runs after the first use cached bytecode, as an
installed wheel does, without writing ``__pycache__`` into the checkout.

Usage: python benchmarks/bench_latency.py [--runs 9] [--root DIR] [--pycache DIR]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time

COMMANDS = {
    "help": ["--help"],
    "list": ["list"],
    "diff 000 001": ["diff", "000", "001"],
    "diff 000 001 -f json": ["diff", "000", "001", "-f", "json"],
    "compare (seeds)": ["compare"],
}


def natocmp(root: str | None, args: list[str]) -> list[str]:
    boot = "import sys; sys.argv[0] = 'natocmp'; "
    if root:
        boot = f"import sys; sys.path.insert(0, {root!r}); sys.argv[0] = 'natocmp'; "
    return [sys.executable, "-c", boot + "from natocmp.app import main; main()", *args]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=9)
    ap.add_argument("--root", help="a tree holding natocmp/ to time next to the installed one")
    ap.add_argument("--pycache", help="PYTHONPYCACHEPREFIX directory (cached bytecode)")
    ap.add_argument("--only", nargs="*", help="command labels to time (default: all)")
    args = ap.parse_args()
    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "120"}
    if args.pycache:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = args.pycache
    jobs: dict[str, list[str]] = {
        "python -c pass": [sys.executable, "-c", "pass"],
        "import rapidfuzz, rich": [sys.executable, "-c", "import rapidfuzz, rich"],
    }
    for label, argv in COMMANDS.items():
        if args.only and label not in args.only:
            continue
        if args.root:
            jobs[f"{label} [root]"] = natocmp(args.root, argv)
        jobs[label] = natocmp(None, argv)
    times: dict[str, list[float]] = {k: [] for k in jobs}
    for _ in range(args.runs + 1):  # the first round warms caches and is dropped
        for label, argv in jobs.items():
            t0 = time.perf_counter()
            subprocess.run(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                           check=False)
            times[label].append(time.perf_counter() - t0)
    base = statistics.median(times["import rapidfuzz, rich"][1:])
    print(f"| command | median ms ({args.runs} runs) | ratio to `import rapidfuzz, rich` |")
    print("| --- | --- | --- |")
    for label, ts in times.items():
        med = statistics.median(ts[1:])
        print(f"| {label} | {med * 1000:.1f} | {med / base:.1f} |")


if __name__ == "__main__":
    main()
