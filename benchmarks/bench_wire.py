"""Wire copies: ``compare_articles`` on N edited copies of one dispatch (synth.py --wire).

For each N, builds the corpus in memory (``synth.build_wire``), loads it through the JSON
Lines loader, and times ``group_stories`` alone and the whole ``compare_articles`` call.
Reports stories found, claim groups, the sizes of the groups with more than one member,
and sentence-pair precision/recall/F1 against the generator's truth (counted from the
contingency of groups × true claims, so 500 copies need no list of millions of pairs), then
the time ratio per doubling of N.

Usage: python benchmarks/bench_wire.py [--sizes 100 200 500] [--seed 0]
"""

from __future__ import annotations

import argparse
import json
import math
import resource
import statistics
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))


def pairs(n: int) -> int:
    return n * (n - 1) // 2


def quality(result, truth) -> tuple[float, float, float]:
    """Sentence-pair P/R/F1 across articles, from counts (no pair is listed)."""
    key_of = {}
    for a in result.articles:
        for s in a.sentences:
            key_of[a.id, s.index] = next((k for t, k in truth["origin"][a.id].items()
                                          if s.text in t), None)
    pred = tp = 0
    for g in result.groups:
        nodes = [(m.article, i) for m in g.members for i in m.indices]
        per_art = Counter(x for x, _ in nodes)
        pred += pairs(len(nodes)) - sum(pairs(c) for c in per_art.values())
        by_key = Counter(key_of[n] for n in nodes if key_of[n] is not None)
        by_key_art = Counter((key_of[n], n[0]) for n in nodes if key_of[n] is not None)
        tp += sum(pairs(c) for c in by_key.values()) - sum(pairs(c) for c in by_key_art.values())
    gold_count = Counter(k for k in key_of.values() if k is not None)
    gold = sum(pairs(c) for c in gold_count.values())
    p, r = tp / pred if pred else 0.0, tp / gold if gold else 0.0
    return round(p, 3), round(r, 3), round(2 * p * r / (p + r) if p + r else 0.0, 3)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="*", default=[100, 200, 500])
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()
    from synth import build_wire

    from natocmp.compare import compare_articles
    from natocmp.corpus import load_articles
    from natocmp.stories import group_stories

    rows = []
    for n in args.sizes:
        docs, truth = build_wire(n, args.seed)
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "wire.jsonl"
            path.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs),
                            encoding="utf-8")
            arts = load_articles([str(path)])
        t0 = time.perf_counter()
        stories = group_stories(arts)
        t_stories = time.perf_counter() - t0
        t0 = time.perf_counter()
        cpu0 = time.process_time()
        result = compare_articles(arts)
        t_compare = time.perf_counter() - t0
        cpu = time.process_time() - cpu0
        sizes = sorted((len(g.members) for g in result.groups if len(g.members) > 1),
                       reverse=True)
        rows.append({
            "copies": n, "stories": len(stories), "groups": len(result.groups),
            "multi_member_groups": len(sizes),
            "group_size_max_median_min": [sizes[0], statistics.median(sizes), sizes[-1]]
            if sizes else [],
            "unique_groups": sum(len(g.members) == 1 for g in result.groups),
            "seconds_group_stories": round(t_stories, 2),
            "seconds_compare": round(t_compare, 2), "cpu_seconds_compare": round(cpu, 2),
            "sentence_pairs_PRF": quality(result, truth),
            "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        })
        print(json.dumps(rows[-1]), flush=True)
    for a, b in zip(rows, rows[1:], strict=False):
        doublings = math.log2(b["copies"] / a["copies"])
        per = (b["cpu_seconds_compare"] / a["cpu_seconds_compare"]) ** (1 / doublings)
        print(f"{a['copies']} -> {b['copies']}: CPU time x{per:.2f} per doubling")


if __name__ == "__main__":
    main()
