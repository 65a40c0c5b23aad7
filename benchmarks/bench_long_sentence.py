"""Every command on one very long sentence: CPU time at two sizes, the growth ratio, and
the time against references measured in the same run.

A "sentence" of N characters with no sentence end (invented French news words, dates and
figures; seeded), compared with seed 000. Each command runs as a subprocess; the figure is
its CPU time (user + system, from ``wait4``; the least of ``--repeat`` runs), less
sensitive than wall time to the other jobs of a shared machine. Linear work gives a ratio
near the size ratio (4 for 50k → 200k); quadratic work gives its square (16). The
references are the interpreter's floor (``python -c pass``) and ``natocmp list 000``
(start-up and one seed article): "× list" is a command's time on the big sentence over
the latter, so a figure stays comparable on a faster or busier machine. Issue 17 asks
every command to stay under 2 s CPU on 200,000 characters.

Usage: python benchmarks/bench_long_sentence.py [--sizes 50000 200000] [--repeat 3] [--out DIR]
       [--natocmp PATH]  (another build's natocmp, to compare before and after)
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
from pathlib import Path

NATOCMP = Path(sys.executable).parent / "natocmp"
WORDS = (
    "la Russie et l'OTAN ont dit que le ministre Lavrov a déclaré mercredi 12 janvier à "
    "Bruxelles « non » selon Moscou les troupes 100 000 soldats frontière Ukraine réunion "
    "du Conseil a affirmé le 10 janvier pourparlers Genève"
).split()
COMMANDS = {
    "list": ["list", "{f}", "000", "-f", "json"],
    "show": ["show", "{f}", "-f", "json"],
    "diff": ["diff", "{f}", "000", "-f", "json"],
    "compare": ["compare", "{f}", "000", "-f", "json"],
    "claims": ["claims", "{f}", "000", "-f", "json"],
    "speakers": ["speakers", "{f}", "000", "-f", "json"],
    "framing": ["framing", "{f}", "000", "-f", "json"],
    "timeline": ["timeline", "{f}", "000", "-f", "json"],
    "stories": ["stories", "{f}", "000", "-f", "json"],
    "report": ["report", "{f}", "000", "-o", "{out}"],
}


def long_sentence(n: int, seed: int = 0) -> str:
    rng = random.Random(seed)
    out: list[str] = []
    size = 0
    while size < n:
        w = rng.choice(WORDS)
        out.append(w)
        size += len(w) + 1
    return "Un titre\n\n" + " ".join(out) + ".\n"


def cpu_seconds(args: list[str]) -> tuple[float, int]:
    proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    return usage.ru_utime + usage.ru_stime, os.waitstatus_to_exitcode(status)


def best_of(args: list[str], repeat: int) -> tuple[float, int]:
    runs = [cpu_seconds(args) for _ in range(repeat)]
    return min(t for t, _ in runs), max(code for _, code in runs)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", type=int, nargs=2, default=[50_000, 200_000])
    ap.add_argument("--repeat", type=int, default=3, help="runs per figure; the least is kept")
    ap.add_argument("--out", default=None)
    ap.add_argument("--natocmp", default=str(NATOCMP), help="the natocmp to run (another build)")
    opts = ap.parse_args()
    natocmp = opts.natocmp
    folder = Path(opts.out or tempfile.mkdtemp(prefix="natocmp-long-"))
    files = {}
    for n in opts.sizes:
        files[n] = folder / f"long{n}.txt"
        files[n].write_text(long_sentence(n), "utf-8")
    floor, _ = best_of([sys.executable, "-c", "pass"], opts.repeat)
    ref, _ = best_of([natocmp, "list", "000"], opts.repeat)
    print(f"references: `python -c pass` {floor:.2f} s CPU, `natocmp list 000` {ref:.2f} s CPU")
    small, big = opts.sizes
    print(
        f"| command | {small:,} chars | {big:,} chars | ratio (size ×{big / small:g}) "
        f"| × list 000 | under 2 s | exit |"
    )
    print("| --- | --- | --- | --- | --- | --- | --- |")
    for name, template in COMMANDS.items():
        times = []
        code = 0
        for n in opts.sizes:
            args = [a.format(f=files[n], out=folder / "r.html") for a in template]
            t, c = best_of([natocmp, *args], opts.repeat)
            times.append(t)
            code = max(code, c)
        print(
            f"| {name} | {times[0]:.2f} s | {times[1]:.2f} s | {times[1] / times[0]:.1f} "
            f"| {times[1] / ref:.1f} | {'yes' if times[1] < 2 else 'NO'} | {code} |"
        )


if __name__ == "__main__":
    main()
