"""What reading HTML costs: trafilatura's import, and one page's load, as ratios to references.

    .venv/bin/python benchmarks/bench_html.py [--runs 7] [PAGE.html]

Every figure is measured in this run and printed beside its reference, measured the same way
on the same machine (``python -c pass`` for start-ups, a .txt article for a load):

- start-up: wall time of fresh interpreters (median of --runs) for ``pass``, ``import
  natocmp.app`` (what every command pays; trafilatura must not be in it), ``import
  trafilatura``;
- ``-X importtime``: trafilatura's cumulative import time as the interpreter reports it;
- load: ``load_articles([page])`` in one process, first call (imports trafilatura) and warm
  calls (median), against the same for a text file with the page's extracted text.
"""

from __future__ import annotations

import argparse
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PAGE = ROOT / "tests" / "fixtures" / "html" / "fr_quotidien.html"


def _wall(code: str, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _importtime(module: str) -> float:
    """Cumulative import time of ``module`` in seconds, from ``python -X importtime``."""
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", f"import {module}"],
        check=True,
        capture_output=True,
        text=True,
    )
    for line in result.stderr.splitlines():
        m = re.match(r"import time:\s+\d+ \|\s+(\d+) \|\s*(\S+)$", line)
        if m and m.group(2) == module:
            return int(m.group(1)) / 1e6
    raise SystemExit(f"{module} not in -X importtime output")


_LOAD = """
import statistics, sys, time
from natocmp.corpus import load_articles
path, runs = sys.argv[1], int(sys.argv[2])
start = time.perf_counter(); load_articles([path]); first = time.perf_counter() - start
warm = []
for _ in range(runs):
    start = time.perf_counter(); load_articles([path]); warm.append(time.perf_counter() - start)
print(first, statistics.median(warm))
"""


def _load(path: Path, runs: int) -> tuple[float, float]:
    out = subprocess.run(
        [sys.executable, "-c", _LOAD, str(path), str(runs)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.split()
    return float(out[0]), float(out[1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("page", nargs="?", type=Path, default=PAGE)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    runs = args.runs

    ref = _wall("pass", runs)
    app = _wall("import natocmp.app, sys; assert 'trafilatura' not in sys.modules", runs)
    traf = _wall("import trafilatura", runs)
    print(f"start-up, median of {runs} fresh interpreters (reference: python -c pass)")
    print(f"  python -c pass              {ref * 1000:7.1f} ms   1.00x")
    print(f"  import natocmp.app          {app * 1000:7.1f} ms   {app / ref:.2f}x")
    print(f"  import trafilatura          {traf * 1000:7.1f} ms   {traf / ref:.2f}x")
    it_traf, it_app = _importtime("trafilatura"), _importtime("natocmp.app")
    print("-X importtime, cumulative (reference: natocmp.app)")
    print(f"  natocmp.app                 {it_app * 1000:7.1f} ms   1.00x")
    print(f"  trafilatura                 {it_traf * 1000:7.1f} ms   {it_traf / it_app:.2f}x")

    from natocmp.corpus import load_articles

    (article,) = load_articles([str(args.page)])
    with tempfile.TemporaryDirectory() as tmp:
        text = Path(tmp) / "same.txt"
        text.write_text(article.text, encoding="utf-8")
        t_first, t_warm = _load(text, runs)
        h_first, h_warm = _load(args.page, runs)
    size = args.page.stat().st_size
    print(f"load one article, {args.page.name} ({size:,} bytes; reference: its text as .txt)")
    print(f"  .txt first call             {t_first * 1000:7.1f} ms   1.00x")
    print(f"  .html first call (import)   {h_first * 1000:7.1f} ms   {h_first / t_first:.2f}x")
    print(f"  .txt warm (median)          {t_warm * 1000:7.1f} ms   1.00x")
    print(f"  .html warm (median)         {h_warm * 1000:7.1f} ms   {h_warm / t_warm:.2f}x")


if __name__ == "__main__":
    main()
