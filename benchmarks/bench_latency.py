"""Start-up latency of natocmp commands: medians of N subprocess runs, as ratios to the stack.

Each command runs as a fresh ``python`` subprocess (stdout to /dev/null), interleaved with
the references measured in the same run, so the ratios hold even when the shared machine's
load drifts. The references are the floor natocmp cannot go below: ``python -c pass``,
``import typer`` (the CLI framework alone: what ``--help`` needs) and
``import typer, rich.table, rapidfuzz`` (the fixed stack: what a table-printing command
needs). The aims (issue 18) are printed with the ratios: ``diff 000 001`` ≤ 1.5 × the stack,
``list`` ≤ 1.3 × the stack, ``--help`` ≤ 1.2 × ``import typer``.

``--root DIR`` runs the package from another tree (``DIR/natocmp``, e.g. a copy made before
a change) next to the installed one, for before/after figures from one run.

Bytecode: the development container sets ``PYTHONDONTWRITEBYTECODE``, so every run would
compile natocmp's sources again (~40 ms), which an installed wheel never does. By default
this script sets ``PYTHONPYCACHEPREFIX`` to a temporary folder and clears
``PYTHONDONTWRITEBYTECODE``: the warm-up round writes the bytecode, the timed rounds use it
(without writing ``__pycache__`` into the checkout). ``--no-pycache`` times the recompiling
case instead. The same holds for the compiled regular expressions the console script keeps
(``natocmp._recache``): ``XDG_CACHE_HOME`` points at the same temporary folder, so the
warm-up round writes them and the timed rounds read them; ``--no-pycache`` also turns
that cache off (``NATOCMP_NO_REGEX_CACHE``). Commands run as the console script does,
through ``natocmp._entry``.

Usage: python benchmarks/bench_latency.py [--runs 9] [--root DIR] [--pycache DIR] [--no-pycache]
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time

COMMANDS = {
    "help": ["--help"],
    "list": ["list"],
    "diff 000 001": ["diff", "000", "001"],
    "diff 000 001 -f json": ["diff", "000", "001", "-f", "json"],
    "compare (seeds)": ["compare"],
}
PASS = "python -c pass"
TYPER = "import typer"
STACK = "import typer, rich.table, rapidfuzz"
# (command, reference, aim): the ratio each command should stay under.
AIMS = [("help", TYPER, 1.2), ("list", STACK, 1.3), ("diff 000 001", STACK, 1.5)]


def natocmp(root: str | None, args: list[str]) -> list[str]:
    boot = "import sys; sys.argv[0] = 'natocmp'; "
    if root:
        boot = f"import sys; sys.path.insert(0, {root!r}); sys.argv[0] = 'natocmp'; "
    return [sys.executable, "-c", boot + "from natocmp._entry import main; main()", *args]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=9)
    ap.add_argument("--root", help="a tree holding natocmp/ to time next to the installed one")
    ap.add_argument("--pycache", help="PYTHONPYCACHEPREFIX directory (default: a temporary one)")
    ap.add_argument("--no-pycache", action="store_true", help="recompile on every run")
    ap.add_argument("--only", nargs="*", help="command labels to time (default: all)")
    args = ap.parse_args()
    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "120"}
    if not args.no_pycache:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = args.pycache or tempfile.mkdtemp(prefix="natocmp-pyc-")
        env["XDG_CACHE_HOME"] = tempfile.mkdtemp(prefix="natocmp-cache-")
    else:
        env["NATOCMP_NO_REGEX_CACHE"] = "1"
    jobs: dict[str, list[str]] = {
        PASS: [sys.executable, "-c", "pass"],
        TYPER: [sys.executable, "-c", "import typer"],
        STACK: [sys.executable, "-c", "import typer, rich.table, rapidfuzz"],
    }
    for label, argv in COMMANDS.items():
        if args.only and label not in args.only:
            continue
        if args.root:
            jobs[f"{label} [root]"] = natocmp(args.root, argv)
        jobs[label] = natocmp(None, argv)
    times: dict[str, list[float]] = {k: [] for k in jobs}
    cpu: dict[str, list[float]] = {k: [] for k in jobs}
    for _ in range(args.runs + 1):  # the first round writes bytecode, warms caches: dropped
        for label, argv in jobs.items():
            t0 = time.perf_counter()
            r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
            subprocess.run(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                           check=False)
            r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
            times[label].append(time.perf_counter() - t0)
            cpu[label].append(r1.ru_utime - r0.ru_utime + r1.ru_stime - r0.ru_stime)
    wall = {label: statistics.median(ts[1:]) for label, ts in times.items()}
    # CPU time (user + system of the child) moves less than wall time when other jobs share
    # the cores; the ratios use it, the wall medians are printed beside it.
    med = {label: statistics.median(ts[1:]) for label, ts in cpu.items()}
    cached = "no (recompiled each run)" if args.no_pycache else "yes (PYTHONPYCACHEPREFIX)"
    print(f"bytecode cached: {cached}; medians of {args.runs} runs; ratios of CPU time\n")
    print(f"| command | wall ms | CPU ms | / `{TYPER}` | / `{STACK}` |")
    print("| --- | --- | --- | --- | --- |")
    for label, m in med.items():
        print(f"| {label} | {wall[label] * 1000:.1f} | {m * 1000:.1f} | {m / med[TYPER]:.2f} "
              f"| {m / med[STACK]:.2f} |")
    print("\n| aim | ratio | met |")
    print("| --- | --- | --- |")
    for label, ref, aim in AIMS:
        if label in med:
            ratio = med[label] / med[ref]
            met = "yes" if ratio <= aim else "no"
            print(f"| `{label}` ≤ {aim} × `{ref}` | {ratio:.2f} | {met} |")


if __name__ == "__main__":
    main()
