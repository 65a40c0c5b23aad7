"""Fit the aligner's logistic calibration (natocmp.align.CALIBRATION) on the seed gold.

Every candidate pair (sentences sharing a content term) of the ten annotated seed article
pairs is an example, labelled by whether the gold pairs it. The fit is plain batch gradient
descent on the log-loss with L2, deterministic, no dependencies. It prints the weights to
paste into align.py, the leave-one-article-pair-out precision/recall on the seeds (so the
figures are not measured on what was fit), and precision/recall on the held-out stories.

Run: python tests/eval/fit_alignment.py
"""

from __future__ import annotations

import math
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from alignment_eval import load_corpus, load_gold  # noqa: E402

from natocmp.align import (  # noqa: E402
    CALIBRATION,
    AlignParams,
    _idf,
    calibration_features,
    person_terms,
    profile,
    score_profiles,
)

NAMES = [name for name, _ in CALIBRATION]


def examples(heldout: bool) -> list[tuple[tuple[str, str], list[float], bool]]:
    articles, gold_path = load_corpus(heldout)
    gold = load_gold(gold_path, articles)
    params = AlignParams()
    out = []
    for (a_id, b_id), edges in sorted(gold.items()):
        sa, sb = articles[a_id].sentences, articles[b_id].sentences
        persons = person_terms([s.text for s in (*sa, *sb)])
        pa = [profile(s, persons) for s in sa]
        pb = [profile(s, persons) for s in sb]
        idf = _idf(pa + pb)
        similar = {
            (i, j): score_profiles(p, q, idf, params)
            for i, p in enumerate(pa)
            for j, q in enumerate(pb)
            if set(p.terms) & set(q.terms)
        }
        best_a: dict[int, float] = {}
        best_b: dict[int, float] = {}
        for (i, j), (sim, _) in similar.items():
            best_a[i] = max(best_a.get(i, 0.0), sim)
            best_b[j] = max(best_b.get(j, 0.0), sim)
        for (i, j), (sim, ev) in sorted(similar.items()):
            f = calibration_features(sim, ev, pa[i], pb[j], idf, best_a[i], best_b[j])
            out.append(((a_id, b_id), [f[n] for n in NAMES], (i, j) in edges))
    return out


def fit(data, *, l2: float = 0.01, rounds: int = 800, rate: float = 0.5) -> list[float]:
    # Positives are rare (about 1 in 20 candidates): weight them so the fit does not settle
    # on "never a pair"; a third of the balancing weight keeps the model precision-leaning.
    pos = sum(y for _, _, y in data)
    w_pos = (len(data) - pos) / max(pos, 1) / 3
    w = [0.0] * len(NAMES)
    for _ in range(rounds):
        grad = [0.0] * len(w)
        for _, x, y in data:
            p = 1 / (1 + math.exp(-sum(a * b for a, b in zip(w, x, strict=True))))
            c = (p - y) * (w_pos if y else 1.0)
            for k, v in enumerate(x):
                grad[k] += c * v
        for k in range(len(w)):
            w[k] -= rate * (grad[k] / len(data) + (l2 * w[k] if NAMES[k] != "bias" else 0.0))
    return w


def prob(w: list[float], x: list[float]) -> float:
    return 1 / (1 + math.exp(-sum(a * b for a, b in zip(w, x, strict=True))))


def report(label: str, scored: list[tuple[float, bool]], n_gold: int) -> None:
    for t in (0.3, 0.4, 0.5, 0.6, 0.7):
        picked = [y for p, y in scored if p >= t]
        tp = sum(picked)
        prec = tp / len(picked) if picked else 1.0
        print(f"  {label} p>={t}: candidates {len(picked):4d}  P {prec:.2f}  R {tp / n_gold:.2f}")


def main() -> int:
    seeds = examples(False)
    held = examples(True)
    n_seed_gold = sum(len(e) for e in load_gold(*reversed(load_corpus(False))).values())
    n_held_gold = sum(len(e) for e in load_gold(*reversed(load_corpus(True))).values())
    groups = sorted({g for g, _, _ in seeds})
    lopo = []
    for g in groups:
        w = fit([d for d in seeds if d[0] != g])
        lopo += [(prob(w, x), y) for gg, x, y in seeds if gg == g]
    print("seeds, leave one article pair out (candidate pairs, before grouping):")
    report("seeds", lopo, n_seed_gold)
    w = fit(seeds)
    print("held-out stories, weights fit on all seeds:")
    report("held-out", [(prob(w, x), y) for _, x, y in held], n_held_gold)
    print("CALIBRATION = (")
    for name, value in zip(NAMES, w, strict=True):
        print(f'    ("{name}", {value:.2f}),')
    print(")")
    return 0


if __name__ == "__main__":
    sys.exit(main())
