"""Precision, recall and F1 of claim extraction, and speaker accuracy, against hand gold.

Usage: python tests/eval/eval_claims.py [GOLD.toml [SOURCES...]] [--heldout] [--verbose]
Default: tests/eval/gold/claims.toml on the five seeds, then the fixture sets under
tests/fixtures/claims/ (gold.toml; dev/gold.toml and dev2/gold.toml, the dev sets the rules
were fixed on).
``--heldout``: the `[[claim]]` entries of tests/fixtures/heldout/gold.toml on the six
held-out stories (never tuned on; see that folder's README).

Matching rule: an extracted claim matches a gold claim when both are in the same article
and sentence, have the same kind (direct/reported), and their texts share at least
MATCH_COMMON of their words (``natocmp.worddiff.word_diff(...).common``: words matched in
order / words of the longer text, after folding). 0.5 means "substantially the same span":
it accepts a clause boundary placed a few words off, and refuses a three-word partial quote
matched against the whole reported sentence around it. Matching is one-to-one, best
overlap first. Speaker accuracy counts matched claims whose speaker equals the gold one
(folded, determiners dropped; "unknown" = None).

Realdev gold (``--realdev``, tests/eval/gold/realdev/claims-<event>.toml) names a claim by file,
raw line and the first words of its text (``snippet``): an extracted claim matches when it is in
that file, its sentence is on that raw line, and its text contains the snippet (both folded,
whitespace squashed; a claim cut shorter than the snippet matches when the snippet starts with
it and it has MIN_QUOTE_WORDS words). Each event folder is resolved on its own, as ``natocmp
claims realdev/<event>`` would be. Named-claim precision counts the claims credited to a named
person (speaker type "person") that match a gold claim; recall counts the gold claims of
people that an extracted claim matches; a phantom is a person in the speakers table whom no
gold claim of the event names.

Held-out gold has no claim text, only its sentence (``text_prefix``): there an extracted
claim matches a gold claim with the same article, sentence and kind, one-to-one in text
order. Each story is resolved on its own, as ``natocmp claims`` would be run on it.
"""

from __future__ import annotations

import re
import sys
import tomllib
from dataclasses import dataclass
from pathlib import Path

from natocmp.attribute import resolve_speakers
from natocmp.corpus import load_articles
from natocmp.entities import same_person
from natocmp.normalize import fold_token
from natocmp.worddiff import word_diff

GOLD = Path(__file__).parent / "gold" / "claims.toml"
REALDEV_GOLD = Path(__file__).parent / "gold" / "realdev"
FIXTURES = Path(__file__).parent.parent / "fixtures"
HELDOUT = FIXTURES / "heldout"
MATCH_COMMON = 0.5
MIN_WORDS = 3


@dataclass(frozen=True)
class Scores:
    gold: int
    found: int
    matched: int
    speaker_ok: int
    misses: tuple
    spurious: tuple
    wrong_speaker: tuple

    @property
    def precision(self) -> float:
        return self.matched / self.found if self.found else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def speaker_accuracy(self) -> float:
        return self.speaker_ok / self.matched if self.matched else 0.0


def speaker_key(name: str | None) -> str:
    if not name or name == "unknown":
        return ""
    folded = fold_token(name)
    folded = re.sub(r"\b(?:les|des|le|la|the|l')\s*", "", folded)
    return " ".join(folded.split())


def evaluate(gold_path: Path = GOLD, sources: list[str] | None = None) -> Scores:
    gold = tomllib.loads(gold_path.read_text(encoding="utf-8"))["claim"]
    articles = load_articles(sources or [])
    claims, _ = resolve_speakers(articles)
    candidates = []
    for gi, g in enumerate(gold):
        for ci, c in enumerate(claims):
            if (c.article, c.sentence_index, c.kind) == (
                g["article"],
                g["sentence_index"],
                g["kind"],
            ):
                common = word_diff(g["text"], c.text).common
                if common >= MATCH_COMMON:
                    candidates.append((-common, gi, ci))
    pairs: dict[int, int] = {}
    used: set[int] = set()
    for _, gi, ci in sorted(candidates):
        if gi not in pairs and ci not in used:
            pairs[gi] = ci
            used.add(ci)
    ok = [
        gi
        for gi, ci in pairs.items()
        if speaker_key(gold[gi]["speaker"]) == speaker_key(claims[ci].speaker)
    ]
    wrong = tuple((gold[gi], claims[ci]) for gi, ci in pairs.items() if gi not in ok)
    return Scores(
        gold=len(gold),
        found=len(claims),
        matched=len(pairs),
        speaker_ok=len(ok),
        misses=tuple(g for gi, g in enumerate(gold) if gi not in pairs),
        spurious=tuple(c for ci, c in enumerate(claims) if ci not in used),
        wrong_speaker=wrong,
    )


def evaluate_heldout() -> Scores:
    """Claims of the held-out stories against ``[[claim]]`` of heldout/gold.toml."""
    from alignment_eval import resolve  # the held-out gold's prefix → sentence rule

    gold = tomllib.loads((HELDOUT / "gold.toml").read_text(encoding="utf-8"))["claim"]
    articles = load_articles(sorted(str(p) for p in HELDOUT.glob("*-[0-9].*")))
    by_name = {Path(a.source.split(":")[0]).stem: a for a in articles}
    stories: dict[str, list] = {}
    for name, a in sorted(by_name.items()):
        stories.setdefault(name.rsplit("-", 1)[0], []).append(a)
    claims = []
    for group in stories.values():
        claims += resolve_speakers(group)[0]
    names = {a.id: name for name, a in by_name.items()}
    found: dict[tuple, list[int]] = {}
    for ci, c in enumerate(claims):
        found.setdefault((names[c.article], c.sentence_index, c.kind), []).append(ci)
    pairs: dict[int, int] = {}
    for gi, g in enumerate(gold):
        idx = resolve(by_name[g["article"]], g["text_prefix"], None)
        free = found.get((g["article"], idx, g["kind"]), [])
        if free:
            pairs[gi] = free.pop(0)
    used = set(pairs.values())
    ok = [
        gi
        for gi, ci in pairs.items()
        if speaker_key(gold[gi]["speaker"]) == speaker_key(claims[ci].speaker)
    ]
    for g in gold:  # the report prints article#sentence: give held-out gold the same keys
        g.setdefault("sentence_index", resolve(by_name[g["article"]], g["text_prefix"], None))
        g.setdefault("text", g["text_prefix"])
    return Scores(
        gold=len(gold),
        found=len(claims),
        matched=len(pairs),
        speaker_ok=len(ok),
        misses=tuple(g for gi, g in enumerate(gold) if gi not in pairs),
        spurious=tuple(c for ci, c in enumerate(claims) if ci not in used),
        wrong_speaker=tuple((gold[gi], claims[ci]) for gi, ci in pairs.items() if gi not in ok),
    )


def _squash(text: str) -> str:
    return " ".join(re.sub(r"[^\w']+", " ", fold_token(text).replace("’", "'")).split())


def _initials(name: str | None) -> str:
    if not name:
        return ""
    if name.isupper():
        return fold_token(name)
    skip = {"de", "du", "des", "la", "le", "pour", "et", "of", "the", "and", "for"}
    return "".join(w[0] for w in fold_token(name).replace("l'", "").split() if w not in skip)


def same_speaker(gold: str | None, found: str | None) -> bool:
    """Equal once folded; a surname alone or a first name alone names the same person."""
    g, f = speaker_key(gold), speaker_key(found)
    if g == f:
        return True
    if not g or not f:
        return False
    if " and " not in g and same_person(gold or "", found or ""):
        return True  # "Yacine"/"Yassin": one person's spellings (natocmp.entities)
    if _initials(gold) == _initials(found) and (gold or "").isupper() != (found or "").isupper():
        return True  # "ECB" is the "European Central Bank", "BCE" the "Banque centrale …"
    gw, fw = g.split(), f.split()
    if min(len(gw), len(fw)) >= 2 and (gw[-len(fw) :] == fw or fw[-len(gw) :] == gw):
        return True  # "U.S. Geological Survey" and "Geological Survey"
    return (len(fw) == 1 and fw[0] in (gw[0], gw[-1])) or (
        len(gw) == 1 and gw[0] in (fw[0], fw[-1])
    )


@dataclass(frozen=True)
class RealdevScores:
    gold: int  # gold claims
    gold_person: int  # gold claims of a named person
    found: int
    found_person: int  # extracted claims credited to a named person
    matched: int
    matched_person_found: int  # person-credited claims that match a gold claim
    matched_person_gold: int  # gold person claims matched
    speaker_ok: int
    phantoms: tuple[str, ...]
    misses: tuple
    spurious: tuple
    wrong_speaker: tuple

    @property
    def named_precision(self) -> float:
        return self.matched_person_found / self.found_person if self.found_person else 0.0

    @property
    def named_recall(self) -> float:
        return self.matched_person_gold / self.gold_person if self.gold_person else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 0.0

    @property
    def precision(self) -> float:
        return self.matched / self.found if self.found else 0.0

    @property
    def speaker_accuracy(self) -> float:
        return self.speaker_ok / self.matched if self.matched else 0.0


def realdev_events(gold_dir: Path = REALDEV_GOLD) -> list[str]:
    return sorted(p.stem.removeprefix("claims-") for p in gold_dir.glob("claims-*.toml"))


def evaluate_realdev(
    corpus: Path, gold_dir: Path = REALDEV_GOLD, events: list[str] | None = None
) -> RealdevScores:
    """Claims of realdev event folders (read in place) against their claims gold."""
    totals = dict.fromkeys(
        ("gold", "gold_person", "found", "found_person", "matched", "mpf", "mpg", "ok"), 0
    )
    phantoms: list[str] = []
    misses: list = []
    spurious: list = []
    wrong: list = []
    for event in events or realdev_events(gold_dir):
        gold = tomllib.loads((gold_dir / f"claims-{event}.toml").read_text(encoding="utf-8"))
        gold = gold.get("claim", [])
        files = sorted((corpus / event).glob("*.txt"))
        articles = load_articles([str(f) for f in files])
        claims, speakers = resolve_speakers(articles)
        file_of = {a.id: f"{event}/{Path(a.source).name}" for a in articles}
        raw = {
            name: (corpus / name).read_text(encoding="utf-8").split("\n")
            for name in file_of.values()
        }
        sentence = {(a.id, s.index): s.text for a in articles for s in a.sentences}
        candidates = []
        for gi, g in enumerate(gold):
            lines = raw.get(g["file"])
            if lines is None or not 0 < g["line"] <= len(lines):
                continue
            line = _squash(lines[g["line"] - 1])
            snippet = _squash(g["snippet"])
            for ci, c in enumerate(claims):
                if file_of[c.article] != g["file"]:
                    continue
                start = _squash(sentence[(c.article, c.sentence_index)])[:40]
                text = _squash(c.text)
                if not start or start not in line:
                    continue
                short = len(text.split()) >= MIN_WORDS and snippet.startswith(text)
                if snippet in text or short:
                    candidates.append((ci - gi if ci >= gi else gi - ci, gi, ci))
        pairs: dict[int, int] = {}
        used: set[int] = set()
        for _, gi, ci in sorted(candidates):
            if gi not in pairs and ci not in used:
                pairs[gi] = ci
                used.add(ci)
        person = [ci for ci, c in enumerate(claims) if c.speaker and c.speaker_type == "person"]
        totals["gold"] += len(gold)
        totals["gold_person"] += sum(g["speaker_type"] == "person" for g in gold)
        totals["found"] += len(claims)
        totals["found_person"] += len(person)
        totals["matched"] += len(pairs)
        totals["mpf"] += sum(ci in used for ci in person)
        totals["mpg"] += sum(gold[gi]["speaker_type"] == "person" for gi in pairs)
        ok = [
            gi for gi, ci in pairs.items() if same_speaker(gold[gi]["speaker"], claims[ci].speaker)
        ]
        totals["ok"] += len(ok)
        named = [g["speaker"] for g in gold if g["speaker_type"] in {"person", "group"}]
        phantoms += [
            f"{event}: {sp.name}"
            for sp in speakers
            if sp.type == "person"
            and not any(
                same_speaker(n, sp.name) or same_speaker(n, a) for n in named for a in sp.aliases
            )
            and not any(
                same_speaker(part, sp.name) for n in named for part in re.split(r" and | et ", n)
            )
        ]
        for gi, g in enumerate(gold):
            if gi not in pairs:
                misses.append(
                    {**g, "article": g["file"], "sentence_index": g["line"], "text": g["snippet"]}
                )
        spurious += [claims[ci] for ci in range(len(claims)) if ci not in used]
        wrong += [
            (
                {**gold[gi], "article": gold[gi]["file"], "sentence_index": gold[gi]["line"]},
                claims[ci],
            )
            for gi, ci in pairs.items()
            if gi not in ok
        ]
    return RealdevScores(
        totals["gold"],
        totals["gold_person"],
        totals["found"],
        totals["found_person"],
        totals["matched"],
        totals["mpf"],
        totals["mpg"],
        totals["ok"],
        tuple(phantoms),
        tuple(misses),
        tuple(spurious),
        tuple(wrong),
    )


def report_realdev(s: RealdevScores, verbose: bool) -> None:
    print(
        f"realdev: gold {s.gold} (people {s.gold_person})  found {s.found} (credited to a "
        f"person {s.found_person})  matched {s.matched}"
    )
    print(
        f"  named-claim precision {s.named_precision:.3f}  named-claim recall "
        f"{s.named_recall:.3f}  all-claim P {s.precision:.3f} R {s.recall:.3f}"
        f"  speaker accuracy {s.speaker_accuracy:.3f} ({s.speaker_ok}/{s.matched})"
        f"  phantom people {len(s.phantoms)}"
    )
    if verbose:
        for ph in s.phantoms:
            print(f"  PHANTOM {ph}")
        for g in s.misses:
            print(f"  MISS  {g['file']}:{g['line']} {g['kind']} [{g['speaker']}]: {g['snippet']}")
        for c in s.spurious:
            tag = "EXTRA" if c.speaker_type == "person" else "extra"
            print(f"  {tag} {c.article}#{c.sentence_index} {c.kind} [{c.speaker}]: {c.text[:70]}")
        for g, c in s.wrong_speaker:
            print(
                f"  SPKR  {g['file']}:{g['line']} gold {g['speaker']!r}"
                f" got {c.speaker!r} (alias {c.alias!r}, {c.how})"
            )


def report(name: str, s: Scores, verbose: bool) -> None:
    print(f"{name}: gold {s.gold}  found {s.found}  matched {s.matched}")
    print(
        f"  precision {s.precision:.3f}  recall {s.recall:.3f}  F1 {s.f1:.3f}"
        f"  speaker accuracy {s.speaker_accuracy:.3f} ({s.speaker_ok}/{s.matched})"
    )
    if verbose:
        for g in s.misses:
            print(f"  MISS  {g['article']}#{g['sentence_index']} {g['kind']}: {g['text'][:70]}")
        for c in s.spurious:
            print(f"  EXTRA {c.article}#{c.sentence_index} {c.kind} [{c.speaker}]: {c.text[:70]}")
        for g, c in s.wrong_speaker:
            print(
                f"  SPKR  {g['article']}#{g['sentence_index']} gold {g['speaker']!r}"
                f" got {c.speaker!r} (alias {c.alias!r}, {c.how})"
            )


def main(argv: list[str]) -> int:
    verbose = "--verbose" in argv
    args = [a for a in argv if a not in {"--verbose", "--heldout", "--realdev"}]
    if "--realdev" in argv:
        # --realdev [CORPUS [GOLD_DIR [EVENT...]]]
        corpus = Path(args[0]) if args else Path(__file__).parents[3] / "shared" / "realdev"
        gold_dir = Path(args[1]) if len(args) > 1 else REALDEV_GOLD
        report_realdev(evaluate_realdev(corpus, gold_dir, args[2:] or None), verbose)
    elif "--heldout" in argv:
        report("held-out stories (never tuned on)", evaluate_heldout(), verbose)
    elif args:
        gold_path, sources = Path(args[0]), args[1:]
        report(gold_path.name, evaluate(gold_path, sources), verbose)
    else:
        report("seeds", evaluate(), verbose)
        for name, folder in (
            ("claims fixtures", FIXTURES / "claims"),
            ("dev fixtures (tuned on)", FIXTURES / "claims" / "dev"),
            ("dev2 fixtures (tuned on)", FIXTURES / "claims" / "dev2"),
            ("dev3 fixtures (tuned on)", FIXTURES / "claims" / "dev3"),
            ("transcripts (tuned on)", FIXTURES / "claims" / "transcripts"),
        ):
            files = sorted(str(p) for p in folder.glob("*.txt"))
            report(name, evaluate(folder / "gold.toml", files), verbose)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
