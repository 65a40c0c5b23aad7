"""`natocmp list` on N JSON Lines records that share ids, against the same records with
unique ids (the renaming of repeated ids was quadratic). Wall time of one subprocess each.

Usage: python benchmarks/bench_ids.py [N ...]   (default 5000 20000)
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

NATOCMP = Path(sys.executable).parent / "natocmp"
TEXT = "La Russie et l’OTAN se sont réunies mercredi. Le ministre a parlé longuement."


def timed(path: Path) -> float:
    start = time.perf_counter()
    subprocess.run(
        [str(NATOCMP), "list", str(path), "-f", "json"], check=True, stdout=subprocess.DEVNULL
    )
    return time.perf_counter() - start


def main() -> None:
    sizes = [int(a) for a in sys.argv[1:]] or [5000, 20000]
    folder = Path(tempfile.mkdtemp(prefix="natocmp-ids-"))
    print("| records | shared ids (10 distinct) | unique ids | ratio |")
    print("| --- | --- | --- | --- |")
    for n in sizes:
        shared, unique = folder / f"shared{n}.jsonl", folder / f"unique{n}.jsonl"
        shared.write_text(
            "".join(json.dumps({"id": f"x{i % 10}", "text": TEXT}) + "\n" for i in range(n)),
            "utf-8",
        )
        unique.write_text(
            "".join(json.dumps({"id": f"u{i}", "text": TEXT}) + "\n" for i in range(n)), "utf-8"
        )
        a, b = timed(shared), timed(unique)
        print(f"| {n:,} | {a:.2f} s | {b:.2f} s | {a / b:.2f} |")


if __name__ == "__main__":
    main()
