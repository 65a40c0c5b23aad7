"""SIGINT at 0–195 ms after starting `natocmp compare`: how each run ends.

Counts outcomes (exit status, last stderr line, number of stderr lines) for delays in 5 ms
steps. Before natocmp's own code runs (the interpreter and the console-script launcher's
imports, ~10–15 ms here) Python's default handling still applies: that window is printed.

Usage: python benchmarks/sigint_startup.py [RUNS]   (default 120)
"""

from __future__ import annotations

import collections
import signal
import subprocess
import sys
import time
from pathlib import Path

NATOCMP = Path(sys.executable).parent / "natocmp"


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 120
    outcomes: collections.Counter[tuple[str, int, str, int]] = collections.Counter()
    for i in range(runs):
        delay = (i % 40) * 0.005
        proc = subprocess.Popen(
            [str(NATOCMP), "compare"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
        )
        time.sleep(delay)
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate()
        lines = err.decode(errors="replace").strip().splitlines()
        window = "< 20 ms" if delay < 0.02 else ">= 20 ms"
        outcomes[(window, proc.returncode, lines[-1][:40] if lines else "", len(lines))] += 1
    print("| SIGINT after | exit | last stderr line | stderr lines | runs |")
    print("| --- | --- | --- | --- | --- |")
    for (window, code, last, n), count in sorted(outcomes.items(), key=str):
        print(f"| {window} | {code} | {last} | {n} | {count} |")


if __name__ == "__main__":
    main()
