"""Time and memory of the --semantic path: cold and warm embedding cache, with references.

Each case is a fresh ``natocmp`` subprocess (stdout to /dev/null); time is wall clock, memory
the child's peak RSS (``ru_maxrss``). Cases, each beside its fuzzy reference measured in the
same run (the ratio is what holds on a shared machine):

- ``diff 000 001 --semantic``, cold (an empty cache folder) and warm (the same folder again);
- ``compare --semantic`` on the seeds, cold and warm;
- ``compare --semantic`` on N synthetic articles (benchmarks/synth.py), cold and warm.

Usage: python benchmarks/bench_semantic.py [--corpus /tmp/c200] [--runs 3]
(make the corpus first: python benchmarks/synth.py 200 /tmp/c200)
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

NATOCMP = [sys.executable, "-c", "import sys; from natocmp.app import main; main()"]


def run(args: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(seconds, peak RSS in MB) of one natocmp run."""
    start = time.perf_counter()
    proc = subprocess.Popen([*NATOCMP, *args], env=env, stdout=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)  # this child's own rusage
    elapsed = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode:
        raise SystemExit(f"natocmp {' '.join(args)} exited {proc.returncode}")
    return elapsed, usage.ru_maxrss / 1024


def case(label: str, args: list[str], runs: int) -> None:
    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "120"}
    env.pop("NATOCMP_SEMANTIC", None)
    fuzzy = [run(args, env) for _ in range(runs)]
    cold, warm = [], []
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as cache:
            env_c = {**env, "XDG_CACHE_HOME": cache}
            cold.append(run([*args, "--semantic"], env_c))
            warm.append(run([*args, "--semantic"], env_c))
    f = statistics.median(t for t, _ in fuzzy)
    for name, rows in (("fuzzy", fuzzy), ("semantic cold", cold), ("semantic warm", warm)):
        t = statistics.median(x for x, _ in rows)
        rss = max(m for _, m in rows)
        print(f"{label:<34} {name:<14} {t:7.2f} s  × fuzzy {t / f:5.2f}  peak RSS {rss:5.0f} MB")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, help="a synth.py corpus folder (e.g. 200 articles)")
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    case("diff 000 001", ["diff", "000", "001", "-f", "json"], args.runs)
    case("compare (seeds)", ["compare", "-f", "json"], args.runs)
    if args.corpus:
        path = args.corpus / "corpus.jsonl"
        n = sum(1 for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
        case(f"compare ({n} articles)", ["compare", str(path), "-f", "json"], 1)


if __name__ == "__main__":
    main()
