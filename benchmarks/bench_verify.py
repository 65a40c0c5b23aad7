"""Time of ``verify_quotes`` as the source grows: is it linear in the source?

Usage: python benchmarks/bench_verify.py [--sizes 2000,8000,32000]

A synthetic press conference (answers of one official and journalists' questions) is
built from a 35-word vocabulary, the worst case for the bigram index (every bigram is
common), and 100 direct quotes and 100 reported claims are checked against it. Prints the
time per size and the ratio to the previous size, next to the ratio of the sizes.
"""

from __future__ import annotations

import random
import sys
import time

from natocmp.corpus import RawDocument, build_article
from natocmp.models import Claim
from natocmp.verify import verify_quotes

WORDS = ("the of and to in we will not a is that for our on with are this it be as at by "
         "allies troops border dialogue council security members defence plan budget").split()


def _para(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n)).capitalize() + "."


def run(size: int) -> float:
    rng = random.Random(1)
    turns, words = [], 0
    while words < size:
        turns.append("SECRETARY GENERAL JANE MOOR: " + " ".join(_para(rng, 15) for _ in range(5)))
        turns.append("Q: " + _para(rng, 12))
        words += 87
    source = build_article(RawDocument(id="s", source="s.txt",
                                       text="Briefing\n\n" + "\n\n".join(turns)))
    article = build_article(RawDocument(id="a", source="a.txt", text="Title\n\nText today."))
    claims = [Claim("a", 1, _para(rng, 20)[:-1], kind, "said", "Jane Moor", "person",
                    "Jane Moor", "name")
              for kind in ("direct", "reported") for _ in range(100)]
    start = time.perf_counter()
    verify_quotes(source, [article], claims=claims)
    return time.perf_counter() - start


def main(argv: list[str]) -> int:
    sizes = [2000, 8000, 32000]
    if "--sizes" in argv:
        sizes = [int(s) for s in argv[argv.index("--sizes") + 1].split(",")]
    previous: tuple[int, float] | None = None
    for size in sizes:
        t = run(size)
        ratio = (f"  × {t / previous[1]:.2f} for × {size / previous[0]:.1f} words"
                 if previous else "")
        sys.stdout.write(f"{size:>7} words  {t:6.2f} s{ratio}\n")
        previous = (size, t)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
