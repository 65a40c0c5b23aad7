"""Cleaning and metadata quality against hand annotations: debris dropped, content kept, outlets.

Usage: ``python tests/eval/clean_eval.py [--realdev DIR] [--misses]``

Sets, reported apart:
- ``realdev``: the real pages of ``../shared/realdev/``, read in place, against
  ``tests/eval/gold/realdev/clean-*.toml`` (every non-blank line classed; outlet, wire, date);
- ``fixtures``: the invented pages of ``tests/fixtures/realpages/`` against their ``gold.toml``
  (same format);
- ``held-out pages``: invented pages of ``tests/fixtures/heldout-pages/`` written and annotated
  by someone who had not seen the code, after the rules were written; never tuned on;
- ``seeds`` and ``held-out``: the seeds' debris table of ``tests/test_clean.py`` and the
  held-out stories' ``[[debris]]``/``[[keep]]`` entries.

A line counts as dropped when the cleaner drops it whole (a cut inside a line, such as a glued
dateline, keeps the line). Titles (line 1 of a realdev file) and mixed lines are counted apart.
Outlets and wires are compared folded, agencies by their short name (``Agence France-Presse``
= ``AFP``); a date is wrong when the tool gives one that differs from the gold, including when
the gold says the text gives none.
"""

from __future__ import annotations

import argparse
import sys
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT / "tests" / "eval" / "gold" / "realdev"
FIXTURES = ROOT / "tests" / "fixtures" / "realpages"
HELDOUT_PAGES = ROOT / "tests" / "fixtures" / "heldout-pages"
REALDEV = ROOT.parent / "shared" / "realdev"


@dataclass
class LineScore:
    debris: int = 0
    debris_dropped: int = 0
    content: int = 0
    content_kept: int = 0
    titles: int = 0
    titles_kept: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def debris_recall(self) -> float:
        return self.debris_dropped / self.debris if self.debris else 1.0

    @property
    def content_recall(self) -> float:
        return self.content_kept / self.content if self.content else 1.0


@dataclass
class MetaScore:
    articles: int = 0
    named: int = 0  # articles whose text names an outlet or a wire
    found: int = 0  # of those, outlet or wire found right
    wrong_outlets: int = 0
    dated: int = 0
    dates_right: int = 0
    wrong_dates: int = 0
    misses: list[str] = field(default_factory=list)


def _load(paths: list[Path]) -> list[dict]:
    articles: list[dict] = []
    for path in paths:
        with open(path, "rb") as fh:
            articles.extend(tomllib.load(fh)["article"])
    return sorted(articles, key=lambda a: a["file"])


def _dropped_whole(raw: str) -> tuple[set[int], dict[int, str]]:
    from natocmp.clean import clean_text

    lines = raw.split("\n")
    _, dropped = clean_text(raw)
    whole = {d.line for d in dropped if d.text == lines[d.line - 1].strip()}
    return whole, {d.line: d.reason for d in dropped}


def score_lines(articles: list[dict], base: Path) -> LineScore:
    score = LineScore()
    for art in articles:
        raw = (base / art["file"]).read_text(encoding="utf-8")
        whole, why = _dropped_whole(raw)
        for entry in art["lines"]:
            lineno, cls = entry[0], entry[1]
            gone = lineno in whole
            where = f"{art['file']}:{lineno} {entry[-1]!r}"
            if cls == "debris":
                score.debris += 1
                score.debris_dropped += gone
                if not gone:
                    score.misses.append(f"kept debris ({entry[2]}) {where}")
            elif cls == "content":
                score.content += 1
                score.content_kept += not gone
                if gone:
                    score.misses.append(f"dropped content {where}: {why.get(lineno)}")
            elif cls == "title":
                score.titles += 1
                score.titles_kept += not gone
    return score


def _norm_outlet(name: str) -> str:
    from natocmp.clean import fold
    from natocmp.lexicon.furniture import agency_short

    folded = fold(name).strip(" .()")
    return agency_short(folded) or folded.removeprefix("the ")


def score_meta(articles: list[dict], base: Path) -> MetaScore:
    from natocmp.corpus import load_articles

    score = MetaScore()
    for art in articles:
        (got,) = load_articles([str(base / art["file"])])
        score.articles += 1
        gold = {_norm_outlet(v) for v in (art["outlet"], art["wire"]) if v}
        found = {_norm_outlet(v) for v in (got.outlet, got.wire) if v}
        if gold:
            score.named += 1
            if any(f in g or g in f for f in found for g in gold):
                score.found += 1
            else:
                score.misses.append(f"outlet missed {art['file']}: gold {gold}, got {found}")
        wrong = {v for v in found if not any(v in g or g in v for g in gold)}
        if wrong:
            score.wrong_outlets += 1
            score.misses.append(f"WRONG outlet {art['file']}: {wrong} (gold {gold or '-'})")
        if art["date"]:
            score.dated += 1
            score.dates_right += got.date == art["date"]
        if got.date and got.date != art["date"]:
            score.wrong_dates += 1
            score.misses.append(
                f"WRONG date {art['file']}: {got.date} (gold {art['date'] or '-'}),"
                f" {dict(got.provenance).get('date')}"
            )
        elif art["date"] and not got.date:
            score.misses.append(f"date missed {art['file']}: gold {art['date']}")
    return score


def score_seeds() -> LineScore:
    sys.path.insert(0, str(ROOT / "tests"))
    from test_clean import SEED_DEBRIS, _raw

    score = LineScore()
    for seed_id, debris in SEED_DEBRIS.items():
        raw = _raw(seed_id)
        whole, _ = _dropped_whole(raw)
        inline = {d for d in debris if d not in whole}
        for lineno, line in enumerate(raw.split("\n"), 1):
            if not line.strip():
                continue
            if lineno in debris:
                score.debris += 1
                # An inline cut (the glued trailer) counts when the line is cut.
                score.debris_dropped += lineno in whole or lineno in inline
            else:
                score.content += 1
                score.content_kept += lineno not in whole
    return score


def score_heldout() -> LineScore:
    from natocmp.clean import clean_text
    from natocmp.corpus import load_articles

    with open(ROOT / "tests" / "fixtures" / "heldout" / "gold.toml", "rb") as fh:
        gold = tomllib.load(fh)
    folder = ROOT / "tests" / "fixtures" / "heldout"
    arts = {a.id: a for a in load_articles([str(folder)])}
    score = LineScore()
    for item in gold.get("debris", []):
        art = arts[item["article"]]
        score.debris += 1
        # Compared on their words: the Markdown loader strips emphasis and link targets.
        want = _words(item["text"])
        gone = any(want in _words(d.text) for d in art.dropped)
        score.debris_dropped += gone
        if not gone:
            score.misses.append(f"kept debris {item['article']}: {item['text']!r}")
    for item in gold.get("keep", []):
        art = arts[item["article"]]
        text, _ = clean_text(art.text)
        score.content += 1
        kept = item["text_prefix"] in art.text
        score.content_kept += kept
        if not kept:
            score.misses.append(f"dropped content {item['article']}: {item['text_prefix']!r}")
    return score


def _words(text: str) -> str:
    import re

    from natocmp.clean import fold

    return " " + " ".join(re.findall(r"[^\W_]+", fold(re.sub(r"\]\([^)]*\)", "]", text)))) + " "


def _line(name: str, s: LineScore) -> str:
    return (
        f"{name:<14} debris dropped {s.debris_dropped}/{s.debris} = {s.debris_recall:.3f}"
        f"   content kept {s.content_kept}/{s.content} = {s.content_recall:.3f}"
        + (f"   titles kept {s.titles_kept}/{s.titles}" if s.titles else "")
    )


def _meta_line(name: str, m: MetaScore) -> str:
    share = m.found / m.named if m.named else 1.0
    return (
        f"{name:<14} outlet or wire found {m.found}/{m.named} = {share:.3f}"
        f"   wrong outlets {m.wrong_outlets}   dates right {m.dates_right}/{m.dated}"
        f"   wrong dates {m.wrong_dates}   (articles {m.articles})"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--realdev", type=Path, default=REALDEV)
    parser.add_argument("--misses", action="store_true", help="list every miss")
    args = parser.parse_args(argv)
    sets: list[tuple[str, LineScore, MetaScore | None]] = []
    if (args.realdev / "SOURCES.tsv").is_file():
        arts = _load(sorted(GOLD.glob("clean-*.toml")))
        sets.append(("realdev", score_lines(arts, args.realdev), score_meta(arts, args.realdev)))
    else:
        print(f"realdev not found at {args.realdev}: skipped", file=sys.stderr)
    fx = _load([FIXTURES / "gold.toml"])
    sets.append(("fixtures", score_lines(fx, FIXTURES), score_meta(fx, FIXTURES)))
    hp = _load([HELDOUT_PAGES / "gold.toml"])
    sets.append(("held-out pages", score_lines(hp, HELDOUT_PAGES), score_meta(hp, HELDOUT_PAGES)))
    sets.append(("seeds", score_seeds(), None))
    sets.append(("held-out", score_heldout(), None))
    for name, lines, meta in sets:
        print(_line(name, lines))
        if meta is not None:
            print(_meta_line(name, meta))
        if args.misses:
            for miss in lines.misses + (meta.misses if meta else []):
                print("   ", miss)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
