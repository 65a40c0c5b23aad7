"""Build a synthetic corpus of N articles from the seeds' sentences, with the true alignment.

Each *story* draws 6–14 seed sentences and rewrites them with its own invented names (every
capitalised word of the seeds gets a story-specific name) and its own figures, so stories
share topic words but not their rare terms, as real events on one beat do. Each article of
a story keeps a random 60–90 % of the story's sentences, in a shuffled order, with
synonyms swapped and sometimes one figure changed (a divergence, still the same claim);
one article in ten also carries a sentence of another story (mixing). One article in ten
is on another topic altogether (templates: sport, weather, markets) and aligns with nothing.

Truth: two sentences of two articles carry the same claim when they come from the same
seed sentence of the same story. Writes ``corpus.jsonl`` (one article per line, loadable
with ``natocmp list corpus.jsonl``) and ``truth.json`` (article id → sentence text →
origin key, and article id → story).

**Wire copies** (``--wire``): one agency dispatch (a seed article, 000 by default: the
Europa Press wire) republished by N outlets, each with small edits: a sentence dropped
now and then (5 %), synonyms swapped in some sentences (25 %), apostrophes straightened (10 %),
rarely a figure changed (1 %: a divergence, still the same claim). Truth: every copy is
one story, and the sentences coming from one sentence of the dispatch carry one claim.

Usage: python benchmarks/synth.py N OUT_DIR [--seed S] [--wire [--base 000]]
"""

from __future__ import annotations

import argparse
import json
import random
import re
from pathlib import Path

SYNONYMS = [
    ("a déclaré", "a affirmé", "a indiqué", "a dit"),
    ("réunion", "rencontre"),
    ("pourparlers", "discussions", "négociations"),
    ("soldats", "militaires", "troupes"),
    ("responsables", "dirigeants"),
    ("mercredi", "ce mercredi"),
    ("a ajouté", "a poursuivi"),
    ("pays", "États"),
    ("frontière", "limite"),
]
_CAP = re.compile(r"(?<=\s)[A-ZÀ-Ý][\w’'-]+")
_NUM = re.compile(r"\b\d+\b")
_SYL = ["ka", "lo", "mi", "ra", "sen", "tov", "dal", "bru", "vik", "nor", "zel", "pa", "quin",
        "sar", "bel", "ost", "mar", "dun", "fel", "gri", "hal", "jor", "lem", "rus"]
OTHER = [
    "Le club de {A} a battu {B} {n} à {m} samedi soir devant {k} spectateurs.",
    "L'entraîneur {P} a salué la performance de ses joueurs après le match.",
    "Météo : des orages sont attendus sur {A} avec des rafales à {k} km/h.",
    "Les températures atteindront {n} degrés jeudi dans la région de {B}.",
    "La Bourse de {A} a clôturé en hausse de {n} % portée par le secteur bancaire.",
    "Le groupe {P} a annoncé {k} suppressions de postes dans son usine de {B}.",
    "Le festival de {A} attend {k} visiteurs pour sa {n}e édition cet été.",
]


def invented(rng: random.Random) -> str:
    return "".join(rng.choice(_SYL) for _ in range(rng.randint(2, 3))).capitalize()


def seed_pool() -> list[str]:
    from natocmp.corpus import load_articles

    return [
        s.text for a in load_articles([]) for s in a.sentences
        if s.kind == "sentence" and len(s.text.split()) >= 8
    ]


def make_story(rng: random.Random, pool: list[str], sid: int) -> dict:
    picks = rng.sample(range(len(pool)), rng.randint(6, 14))
    names: dict[str, str] = {}
    out = []
    for k in picks:
        text = _CAP.sub(lambda m: names.setdefault(m.group(0), invented(rng)), pool[k])
        text = _NUM.sub(lambda m: str(rng.randint(2, 999)), text)
        out.append((f"s{sid}:{k}", text))
    return {"id": sid, "sentences": out}


def rewrite(rng: random.Random, text: str) -> str:
    for group in SYNONYMS:
        for word in group:
            if word in text and rng.random() < 0.4:
                text = text.replace(word, rng.choice(group), 1)
                break
    if rng.random() < 0.15:
        text = _NUM.sub(lambda m: str(int(m.group(0)) + rng.randint(1, 9)), text, count=1)
    return text


def build(n: int, seed: int = 0) -> tuple[list[dict], dict]:
    rng = random.Random(seed)
    pool = seed_pool()
    articles: list[dict] = []
    origin: dict[str, dict[str, str]] = {}
    story_of: dict[str, str] = {}
    stories: list[dict] = []
    while len(articles) < n:
        aid = f"a{len(articles):05d}"
        if rng.random() < 0.1:  # another topic: aligns with nothing
            fill = {"A": invented(rng), "B": invented(rng), "P": invented(rng),
                    "n": rng.randint(1, 40), "m": rng.randint(0, 5), "k": rng.randint(100, 9000)}
            sents = [t.format(**fill) for t in rng.sample(OTHER, 4)]
            articles.append({"id": aid, "title": sents[0], "text": "\n\n".join(sents)})
            origin[aid] = {s: f"other:{aid}:{i}" for i, s in enumerate(sents)}
            story_of[aid] = f"other:{aid}"
            continue
        if not stories or rng.random() < 0.25:  # a new story; else another outlet's take
            stories.append(make_story(rng, pool, len(stories)))
        story = rng.choice(stories[-8:])  # recent stories get more articles
        keep = [s for s in story["sentences"] if rng.random() < rng.uniform(0.6, 0.9)]
        keep = keep or story["sentences"][:3]
        if rng.random() < 0.1 and len(stories) > 1:
            other = rng.choice(stories)
            if other is not story:
                keep.append(rng.choice(other["sentences"]))
        rng.shuffle(keep)
        texts = [(key, rewrite(rng, text)) for key, text in keep]
        articles.append({
            "id": aid,
            "title": texts[0][1][:90],
            "outlet": f"Outlet {rng.randint(1, 40)}",
            "text": "\n\n".join(t for _, t in texts),
        })
        origin[aid] = {t: key for key, t in texts}
        story_of[aid] = f"s{story['id']}"
    return articles, {"origin": origin, "story": story_of}


def copy_edit(rng: random.Random, text: str) -> str:
    """A republisher's small edit of one sentence (or none)."""
    roll = rng.random()
    if roll < 0.25:
        for group in SYNONYMS:
            for word in group:
                if word in text:
                    return text.replace(word, rng.choice([w for w in group if w != word]), 1)
    elif roll < 0.35:  # a republisher's system straightens the apostrophes
        return text.replace("’", "'")
    elif roll < 0.36:
        return _NUM.sub(lambda m: str(int(m.group(0)) + rng.randint(1, 9)), text, count=1)
    return text


def build_wire(n: int, seed: int = 0, base: str = "000") -> tuple[list[dict], dict]:
    """N copies of one seed article, each with small edits, and their truth."""
    from natocmp.corpus import load_articles

    rng = random.Random(seed)
    (article,) = load_articles([base])
    sentences = [s.text for s in article.sentences]
    articles: list[dict] = []
    origin: dict[str, dict[str, str]] = {}
    for k in range(n):
        aid = f"w{k:05d}"
        kept = [(i, copy_edit(rng, t)) for i, t in enumerate(sentences) if rng.random() >= 0.05]
        articles.append({
            "id": aid,
            "title": article.title,
            "outlet": f"Outlet {k + 1}",
            "date": article.date,
            "text": "\n\n".join(t for _, t in kept),
        })
        origin[aid] = {t: f"w:{i}" for i, t in kept}
    return articles, {"origin": origin, "story": {a["id"]: "wire" for a in articles}}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("n", type=int)
    ap.add_argument("out", type=Path)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--wire", action="store_true", help="N edited copies of one dispatch")
    ap.add_argument("--base", default="000", help="the dispatch copied (--wire): a seed id")
    args = ap.parse_args()
    if args.wire:
        articles, truth = build_wire(args.n, args.seed, args.base)
    else:
        articles, truth = build(args.n, args.seed)
    args.out.mkdir(parents=True, exist_ok=True)
    with (args.out / "corpus.jsonl").open("w", encoding="utf-8") as f:
        for a in articles:
            f.write(json.dumps(a, ensure_ascii=False) + "\n")
    (args.out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False), encoding="utf-8")


if __name__ == "__main__":
    main()
