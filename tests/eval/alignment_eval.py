"""Measure `natocmp diff` against hand-annotated sentence pairs.

Gold files (tests/eval/gold/alignment.toml for the seeds, tests/fixtures/heldout/gold.toml
for the held-out stories) list `[[pair]]` entries keyed by article id and a verbatim prefix
of each sentence, so the gold survives small segmentation changes. Scoring is over sentence
edges: a predicted group joining A sentences {1} and B sentences {4, 5} is the edges (1,4)
and (1,5). Precision, recall and F1 are micro-averaged over all article pairs of the gold;
verdict accuracy is the share of correctly found edges whose agree/diverge label is right.

The baseline is what the issue names: RapidFuzz `fuzz.ratio` on normalised text, the best
match of each A sentence, reported at its best threshold (searched, to be fair to it).

Run: python tests/eval/alignment_eval.py [--heldout] [--baseline]
"""

from __future__ import annotations

import argparse
import sys
import tomllib
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SEED_GOLD = ROOT / "tests" / "eval" / "gold" / "alignment.toml"
HELDOUT_DIR = ROOT / "tests" / "fixtures" / "heldout"
HELDOUT_GOLD = HELDOUT_DIR / "gold.toml"

Edge = tuple[int, int]


@dataclass
class Scores:
    tp: int
    fp: int
    fn: int
    label_right: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def verdict_accuracy(self) -> float:
        return self.label_right / self.tp if self.tp else 0.0

    def __add__(self, other: Scores) -> Scores:
        return Scores(
            self.tp + other.tp,
            self.fp + other.fp,
            self.fn + other.fn,
            self.label_right + other.label_right,
        )


def _squash(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").replace("\u202f", " ").split())


def resolve(article, prefix: str, hint: int | None) -> int:
    """The index of the sentence of `article` that starts with `prefix`."""
    want = _squash(prefix)
    hits = [s.index for s in article.sentences if _squash(s.text).startswith(want)]
    if not hits:
        hits = [s.index for s in article.sentences if want in _squash(s.text)]
    if not hits:
        raise LookupError(f"{article.id}: no sentence starts with {prefix!r}")
    if hint is not None and hint in hits:
        return hint
    return hits[0]


def load_gold(path: Path, articles: dict) -> dict[tuple[str, str], dict[Edge, str]]:
    """Gold edges per (a_id, b_id) with a_id < b_id, labelled agree/diverge."""
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    gold: dict[tuple[str, str], dict[Edge, str]] = defaultdict(dict)
    for pair in data.get("pair", []):
        a_id, b_id = str(pair["a"]), str(pair["b"])
        ia = resolve(articles[a_id], pair["a_text"], pair.get("a_index"))
        ib = resolve(articles[b_id], pair["b_text"], pair.get("b_index"))
        if b_id < a_id:
            a_id, b_id, ia, ib = b_id, a_id, ib, ia
        gold[a_id, b_id][ia, ib] = pair["label"]
    for key in data.get("article_pairs", []):  # pairs annotated as sharing no claim at all
        gold.setdefault((str(key[0]), str(key[1])), {})
    return dict(gold)


def predicted_edges(a, b, params=None) -> dict[Edge, str]:
    from natocmp.diff import diff_articles

    result = diff_articles(a, b, params=params)
    return {(i, j): p.label for p in result.pairs for i in p.a_indices for j in p.b_indices}


def score(pred: dict[Edge, str], gold: dict[Edge, str]) -> Scores:
    hits = pred.keys() & gold.keys()
    right = sum(pred[e] == gold[e] for e in hits)
    return Scores(len(hits), len(pred.keys() - gold.keys()), len(gold.keys() - pred.keys()), right)


def baseline_edges(a, b, cutoff: float) -> dict[Edge, str]:
    from rapidfuzz import fuzz

    from natocmp.normalize import normalize

    out: dict[Edge, str] = {}
    nb = [normalize(s.text) for s in b.sentences]
    for s in a.sentences:
        na = normalize(s.text)
        best = max(range(len(nb)), key=lambda j: (fuzz.ratio(na, nb[j]), -j))
        if fuzz.ratio(na, nb[best]) >= cutoff:
            out[s.index, best] = "agree"
    return out


def load_corpus(heldout: bool) -> tuple[dict, Path]:
    from natocmp.corpus import load_articles

    if heldout:
        loaded = load_articles([str(HELDOUT_DIR)])
        articles = {}
        for a in loaded:
            articles[a.id] = a
            articles.setdefault(Path(a.source.split(":")[0]).stem, a)
        return articles, HELDOUT_GOLD
    return {a.id: a for a in load_articles([])}, SEED_GOLD


def evaluate(heldout: bool = False, params=None) -> tuple[Scores, dict[tuple[str, str], Scores]]:
    articles, gold_path = load_corpus(heldout)
    gold = load_gold(gold_path, articles)
    per_pair = {}
    for (a_id, b_id), edges in sorted(gold.items()):
        per_pair[a_id, b_id] = score(predicted_edges(articles[a_id], articles[b_id], params), edges)
    total = sum(per_pair.values(), Scores(0, 0, 0, 0))
    return total, per_pair


def evaluate_baseline(heldout: bool = False) -> tuple[float, Scores]:
    articles, gold_path = load_corpus(heldout)
    gold = load_gold(gold_path, articles)
    best: tuple[float, Scores] | None = None
    for cutoff in range(0, 101, 5):
        total = Scores(0, 0, 0, 0)
        for (a_id, b_id), edges in sorted(gold.items()):
            total = total + score(baseline_edges(articles[a_id], articles[b_id], cutoff), edges)
        if best is None or total.f1 > best[1].f1:
            best = (cutoff, total)
    assert best is not None
    return best


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--heldout", action="store_true", help="the held-out stories")
    parser.add_argument("--baseline", action="store_true", help="also the fuzz.ratio baseline")
    args = parser.parse_args()
    total, per_pair = evaluate(args.heldout)
    print(f"{'pair':<28} {'gold':>4} {'pred':>4} {'P':>6} {'R':>6} {'F1':>6} {'verdict':>7}")
    for (a_id, b_id), s in per_pair.items():
        print(
            f"{a_id + ' – ' + b_id:<28} {s.tp + s.fn:>4} {s.tp + s.fp:>4} {s.precision:6.3f} "
            f"{s.recall:6.3f} {s.f1:6.3f} {s.verdict_accuracy:7.3f}"
        )
    print(
        f"{'all (micro)':<28} {total.tp + total.fn:>4} {total.tp + total.fp:>4} "
        f"{total.precision:6.3f} {total.recall:6.3f} {total.f1:6.3f} "
        f"{total.verdict_accuracy:7.3f}"
    )
    if args.baseline:
        cutoff, b = evaluate_baseline(args.heldout)
        print(
            f"baseline fuzz.ratio best-match (cutoff {cutoff}): P {b.precision:.3f} "
            f"R {b.recall:.3f} F1 {b.f1:.3f} (labels all 'agree': verdict n/a)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
