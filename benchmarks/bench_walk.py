"""Recursive folder reads and ``**`` globs: time against ``os.walk`` on the same tree.

    .venv/bin/python benchmarks/bench_walk.py [5000 10000 20000]

For each size, builds a tree of N one-byte .txt files in 100 event folders x 7 subfolders
(plus a self-link ``loop -> .`` in one folder, which ``os.walk`` does not follow), then
times ``walk_folder`` and ``glob_files('**/*.txt')`` against the reference ``os.walk``
(followlinks=False) collecting the same files, median of 3 in this process.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from natocmp.corpus import is_article_name
from natocmp.walk import glob_files, walk_folder


def _tree(root: Path, n: int) -> None:
    for i in range(n):
        folder = root / f"ev{i % 100:03d}" / f"sub{i % 7}"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"a{i}.txt").write_bytes(b"x")
    os.symlink(".", root / "ev000" / "loop")


def _median(fn: Callable[[], int]) -> tuple[float, int]:
    times, count = [], 0
    for _ in range(3):
        start = time.perf_counter()
        count = fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times), count


def main() -> None:
    sizes = [int(a) for a in sys.argv[1:]] or [5000, 10000, 20000]
    print("files    os.walk (ref)    walk_folder        glob **/*.txt")
    for n in sizes:
        with tempfile.TemporaryDirectory() as tmp:
            root = Path(tmp)
            _tree(root, n)

            def ref(root: Path = root) -> int:
                return sum(
                    1
                    for _, _, names in os.walk(root)
                    for name in sorted(names)
                    if is_article_name(name)
                )

            t_ref, c_ref = _median(ref)

            def walk(root: Path = root) -> int:
                return len(walk_folder(root, accept=is_article_name))

            def glob(root: Path = root) -> int:
                return len(glob_files(str(root / "**" / "*.txt"), accept=is_article_name))

            t_ref, c_ref = _median(ref)
            t_walk, c_walk = _median(walk)
            t_glob, c_glob = _median(glob)
            assert c_ref == c_walk == c_glob == n, (c_ref, c_walk, c_glob)
            print(
                f"{n:>6}   {t_ref * 1000:7.0f} ms 1.00x   {t_walk * 1000:7.0f} ms "
                f"{t_walk / t_ref:5.2f}x   {t_glob * 1000:7.0f} ms {t_glob / t_ref:5.2f}x"
            )


if __name__ == "__main__":
    main()
