"""Precision and recall of ``natocmp.framing`` against tests/eval/gold/framing.toml.

Matching rule: a gold span and a predicted marker match when they are in the same article,
the predicted sentence contains the gold sentence prefix (both folded with
``natocmp.clean.fold``), the types are equal, and the folded spans overlap (one contains the
other). Each gold span matches at most one marker. "context" markers are not scored here
(alignment has its own gold). Gold spans of another type ("quote": a speaker's attributed
words) are negatives: a marker on them is a false positive, as any unmatched marker is.
Run: ``.venv/bin/python tests/eval/framing_eval.py [seeds|heldout]``.
"""

from __future__ import annotations

import sys
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
GOLD = Path(__file__).parent / "gold" / "framing.toml"
HELDOUT = ROOT / "tests" / "fixtures" / "heldout"
TYPES = ("evaluative", "hedge", "scare_quote")


@dataclass
class Score:
    tp: dict[str, int] = field(default_factory=lambda: dict.fromkeys(TYPES, 0))
    fp: dict[str, int] = field(default_factory=lambda: dict.fromkeys(TYPES, 0))
    fn: dict[str, int] = field(default_factory=lambda: dict.fromkeys(TYPES, 0))
    misses: list[str] = field(default_factory=list)
    extras: list[str] = field(default_factory=list)

    def pr(self, t: str | None = None) -> tuple[float, float, float]:
        keys = [t] if t else list(TYPES)
        tp = sum(self.tp[k] for k in keys)
        fp = sum(self.fp[k] for k in keys)
        fn = sum(self.fn[k] for k in keys)
        p = tp / (tp + fp) if tp + fp else 1.0
        r = tp / (tp + fn) if tp + fn else 1.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    @property
    def precision(self) -> float:
        return self.pr()[0]

    @property
    def recall(self) -> float:
        return self.pr()[1]


def _sources(which: str) -> list[str]:
    if which == "seeds":
        return []
    return sorted(str(p) for p in HELDOUT.glob("*-[0-9].*"))


def evaluate(which: str = "seeds") -> Score:
    from natocmp.clean import fold
    from natocmp.corpus import load_articles
    from natocmp.framing import frame_articles

    gold = [
        g
        for g in tomllib.loads(GOLD.read_text("utf-8"))["span"]
        if g["set"] == which and g["type"] in TYPES
    ]
    articles = load_articles(_sources(which))
    result = frame_articles(articles, types=TYPES)
    predicted = [(f.article, fold(f.text), m) for f in result.sentences for m in f.markers]
    used: set[int] = set()
    score = Score()
    for g in gold:
        prefix, span = fold(g["sentence"]), fold(g["span"])
        hit = next(
            (i for i, (art, text, m) in enumerate(predicted)
             if i not in used and art == g["article"] and prefix in text and m.type == g["type"]
             and (span in fold(m.span) or fold(m.span) in span)),
            None,
        )
        if hit is None:
            score.fn[g["type"]] += 1
            score.misses.append(f"{g['article']} {g['type']}: {g['span']!r}")
        else:
            used.add(hit)
            score.tp[g["type"]] += 1
    for i, (art, _, m) in enumerate(predicted):
        if i not in used:
            score.fp[m.type] += 1
            score.extras.append(f"{art} {m.type}: {m.span!r}")
    return score


def main() -> None:
    which = sys.argv[1] if len(sys.argv) > 1 else "seeds"
    s = evaluate(which)
    for t in (*TYPES, None):
        p, r, f = s.pr(t)
        n = sum(s.tp[k] + s.fn[k] for k in ([t] if t else TYPES))
        print(f"{t or 'all':12} P {p:.3f}  R {r:.3f}  F1 {f:.3f}  (gold {n})")
    print("missed:", *s.misses, sep="\n  ")
    print("extra:", *s.extras, sep="\n  ")


if __name__ == "__main__":
    main()
