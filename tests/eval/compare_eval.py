"""Measure `natocmp compare` groups against the hand-annotated sentence pairs.

A claim group asserts that every two of its members (of different articles) carry the same
claim: a group with 001:{4}, 003:{2, 3} and 004:{7} implies the sentence pairs (001:4,
003:2), (001:4, 003:3), (001:4, 004:7), (003:2, 004:7), (003:3, 004:7). Those implied pairs
are scored against the gold pairs of tests/eval/gold/alignment.toml (loaded with
alignment_eval's functions), micro-averaged over all article pairs. Pairs implied between
two articles the gold does not annotate (the two held-out stories) count as false: those
articles share no claim. Verdict accuracy: among the right pairs, the share whose
agree/diverge (a typed difference between those two members, or none) matches the gold.

Printed for comparison: the pairwise aligner alone (`natocmp diff` on each pair, as
alignment_eval measures it) and the groups without the cohesion rule (connected components
kept to one member per article), which shows what the rule against chaining costs or saves.

Run: python tests/eval/compare_eval.py [--heldout]
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from alignment_eval import Scores, evaluate, load_corpus, load_gold, score  # noqa: E402

from natocmp.compare import CompareParams, compare_articles, implied_pairs  # noqa: E402

Edge = tuple[int, int]


def group_edges(articles: list, compare_params: CompareParams | None = None
                ) -> dict[tuple[str, str], dict[Edge, str]]:
    """The sentence pairs implied by the groups, per (a_id, b_id) with a_id < b_id, labelled."""
    result = compare_articles(articles, compare_params=compare_params)
    edges: dict[tuple[str, str], dict[Edge, str]] = defaultdict(dict)
    for g in result.groups:
        diverging = {frozenset((d.a, d.b)) for d in g.differences}
        for (x, i), (y, j) in implied_pairs(g):
            label = "diverge" if frozenset((x, y)) in diverging else "agree"
            edges[x, y][i, j] = label
    return dict(edges)


def evaluate_groups(heldout: bool = False, compare_params: CompareParams | None = None
                    ) -> tuple[Scores, dict[tuple[str, str], Scores]]:
    """Scores of the compare groups on the seeds (or the held-out stories), total and per pair."""
    by_key, gold_path = load_corpus(heldout)
    gold = load_gold(gold_path, by_key)
    ids = sorted({x for key in gold for x in key})
    predicted = group_edges([by_key[x] for x in ids], compare_params)
    per_pair: dict[tuple[str, str], Scores] = {}
    for key in sorted(gold.keys() | predicted.keys()):
        per_pair[key] = score(predicted.get(key, {}), gold.get(key, {}))
    return sum(per_pair.values(), Scores(0, 0, 0, 0)), per_pair


def _line(name: str, s: Scores) -> str:
    return (f"{name:<34} {s.tp + s.fn:>4} {s.tp + s.fp:>4} {s.precision:6.3f} {s.recall:6.3f} "
            f"{s.f1:6.3f} {s.verdict_accuracy:7.3f}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--heldout", action="store_true", help="the held-out stories")
    args = parser.parse_args()
    total, per_pair = evaluate_groups(args.heldout)
    print(f"{'pair':<34} {'gold':>4} {'pred':>4} {'P':>6} {'R':>6} {'F1':>6} {'verdict':>7}")
    for (a_id, b_id), s in per_pair.items():
        print(_line(f"{a_id} – {b_id}", s))
    print(_line("compare groups (micro)", total))
    chained, _ = evaluate_groups(args.heldout, CompareParams(cohesion=0.0))
    print(_line("groups without cohesion (cohesion 0)", chained))
    pairwise, _ = evaluate(args.heldout)
    print(_line("pairwise diff alone (alignment_eval)", pairwise))
    return 0


if __name__ == "__main__":
    sys.exit(main())
