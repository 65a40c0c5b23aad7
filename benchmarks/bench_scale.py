"""Scale benchmark: ``compare_articles`` on a whole synthetic corpus (synth.py).

Above 50 articles ``compare_articles`` groups the articles into stories and compares story
by story; this times that whole call (``compare``), and ``group_stories`` alone (its share).
Reports time, peak memory (ru_maxrss of this process) and quality against the corpus truth:
story pairs (precision/recall of "same story") and sentence pairs implied by compare's
groups. The reference is brute-force all-pairs rapidfuzz (token_set_ratio on
``natocmp.normalize.normalize``, cutoff 60; ``process.cdist`` with workers=-1 when numpy is
installed, else ``process.extract`` row by row) over a random sample of rows against all
sentences; its full time is extrapolated (× sentences / rows), as the output says.
``--sample 0`` skips it.

Usage: python benchmarks/bench_scale.py CORPUS_DIR [--sample 500]
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import time
from itertools import combinations


def f1(tp: int, pred: int, gold: int) -> tuple[float, float, float]:
    p, r = tp / pred if pred else 0.0, tp / gold if gold else 0.0
    return round(p, 3), round(r, 3), round(2 * p * r / (p + r) if p + r else 0.0, 3)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus")
    ap.add_argument("--sample", type=int, default=500)
    args = ap.parse_args()
    from natocmp.compare import compare_articles, implied_pairs
    from natocmp.corpus import load_articles
    from natocmp.stories import group_stories

    truth = json.load(open(f"{args.corpus}/truth.json", encoding="utf-8"))
    t0 = time.perf_counter()
    arts = load_articles([f"{args.corpus}/corpus.jsonl"])
    t_load = time.perf_counter() - t0
    origin = {(a.id, s.index): next((k for t, k in truth["origin"][a.id].items() if s.text in t),
                                    None) for a in arts for s in a.sentences}
    t0 = time.perf_counter()
    stories = group_stories(arts)
    t_stories = time.perf_counter() - t0
    gold_story: dict[str, list[str]] = {}
    for a, s in truth["story"].items():
        gold_story.setdefault(s, []).append(a)
    sp_gold = {p for g in gold_story.values() for p in combinations(sorted(g), 2)}
    sp_pred = {p for s in stories for p in combinations(s.articles, 2)}
    t0 = time.perf_counter()
    result = compare_articles(arts)
    t_compare = time.perf_counter() - t0
    pred = {tuple(sorted(p)) for g in result.groups for p in implied_pairs(g)}
    nodes: dict[str, list] = {}
    for node, key in origin.items():
        if key is not None:
            nodes.setdefault(key, []).append(node)
    gold = {tuple(sorted((x, y))) for ns in nodes.values() for x, y in combinations(ns, 2)
            if x[0] != y[0]}
    report = {
        "articles": len(arts), "sentences": len(origin), "stories": len(stories),
        "groups": len(result.groups),
        "seconds": {"load": round(t_load, 2), "group_stories_alone": round(t_stories, 2),
                    "compare": round(t_compare, 2)},
        "story_pairs_PRF": f1(len(sp_gold & sp_pred), len(sp_pred), len(sp_gold)),
        "sentence_pairs_PRF": f1(len(gold & pred), len(pred), len(gold)),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
    }
    print(json.dumps(report, indent=2), flush=True)
    if args.sample:
        print(json.dumps({"all_pairs": cdist_reference(arts, gold, args.sample)}, indent=2))


def cdist_reference(arts, gold, sample: int) -> dict:
    from rapidfuzz import fuzz, process

    from natocmp.normalize import normalize

    nodes = [(a.id, s.index) for a in arts for s in a.sentences]
    texts = [normalize(s.text) for a in arts for s in a.sentences]
    rows = sorted(random.Random(0).sample(range(len(nodes)), min(sample, len(nodes))))
    t0 = time.perf_counter()
    try:  # cdist needs numpy; without it, process.extract row by row (same scores)
        m = process.cdist([texts[i] for i in rows], texts, scorer=fuzz.token_set_ratio,
                          processor=None, score_cutoff=60, workers=-1)
        hits = [(i, j) for r, i in enumerate(rows) for j in m[r].nonzero()[0]]
    except ModuleNotFoundError:
        hits = [(i, j) for i in rows for _, _, j in process.extract(
            texts[i], texts, scorer=fuzz.token_set_ratio, processor=None, score_cutoff=60,
            limit=None)]
    took = time.perf_counter() - t0
    pred = {tuple(sorted((nodes[i], nodes[j]))) for i, j in hits if nodes[j][0] != nodes[i][0]}
    sampled = {nodes[i] for i in rows}
    gold_s = {p for p in gold if p[0] in sampled or p[1] in sampled}
    return {"rows_sampled": len(rows), "seconds_sample": round(took, 2),
            "seconds_all_pairs_extrapolated": round(took * len(nodes) / len(rows), 1),
            "PRF_on_sampled_rows": f1(len(gold_s & pred), len(pred), len(gold_s))}


if __name__ == "__main__":
    main()
