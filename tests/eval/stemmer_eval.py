"""Measure the alignment with another stemmer in place of ``natocmp.normalize.stem``.

The semantic issue asked for one well-kept lemmatiser instead of the package's suffix
stripper, if it measures at least as well. This swaps the stemmer the aligner uses (content
words and name terms), re-keys the synonym classes with it (each member stemmed in French and
in English), refits the fuzzy calibration on the seed gold as fit_alignment.py does, and
prints the fuzzy-mode figures on the seeds, the held-out stories and realdev (monolingual,
French↔English) at thresholds 60, 61 (the default) and 65.

Modes: ``current`` (natocmp.normalize.stem); ``snowball`` (the French Snowball stemmer on
every word, before folding: it needs the accents); ``snowball-vote`` (the French or the
English Snowball stemmer, chosen per sentence by which language's stop words it has more
of); ``simplemma`` (French and English lemmas). Needs the library measured:
``pip install simplemma snowballstemmer`` (not dependencies).

Run: python tests/eval/stemmer_eval.py current|snowball|snowball-vote|simplemma
"""

from __future__ import annotations

import contextlib
import io
import os
import sys
from functools import cache
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import natocmp.align as A  # noqa: E402
import natocmp.normalize as N  # noqa: E402
from natocmp.lexicon import synonyms  # noqa: E402
from natocmp.lexicon.stopwords import ENGLISH, FRENCH  # noqa: E402


def _base(mode: str):
    """word (lower case, accents kept), language → its stem or lemma."""
    if mode.startswith("snowball"):
        import snowballstemmer

        stemmers = {lang: snowballstemmer.stemmer(lang) for lang in ("french", "english")}
        return lambda word, lang: stemmers["english" if lang == "en" else "french"].stemWord(word)
    if mode == "simplemma":
        import simplemma

        return lambda word, lang: simplemma.lemmatize(word, lang=("fr", "en"))
    raise SystemExit(f"unknown stemmer {mode!r}")


def install(mode: str) -> None:
    if mode == "current":
        return
    base = _base(mode)

    @cache
    def lem(word: str, lang: str = "fr") -> str:
        return N.fold_token(base(word, lang))

    def language(folded: list[str]) -> str:
        if mode != "snowball-vote":
            return "fr"
        english = sum(w in ENGLISH for w in folded)
        return "en" if english > sum(w in FRENCH for w in folded) else "fr"

    def content_words(text: str) -> list[str]:
        low = N._ELISION.sub(" ", text.replace("’", "'").replace("‘", "'").lower())
        words = N._WORD.findall(N._THOUSANDS.sub("", low))
        folded = [N.fold_token(w) for w in words]
        lang = language(folded)
        return [
            lem(w, lang)  # before folding: the library needs the accents
            for w, f in zip(words, folded, strict=True)
            if f not in N.STOPWORDS and (len(f) > 1 or f.isdigit())
        ]

    N.content_words = content_words
    A.content_words = content_words
    N.stem = lem
    synonyms.CLASSES = tuple(
        tuple(dict.fromkeys(lem(m, lang) for m in group for lang in ("fr", "en")))
        for group in synonyms.CLASSES
    )
    A._SYNONYMS.clear()
    A._text_terms.cache_clear()


def main() -> int:
    mode = sys.argv[1] if len(sys.argv) > 1 else "current"
    install(mode)
    import alignment_eval as E
    import fit_alignment as F

    from natocmp.align import AlignParams

    with contextlib.redirect_stdout(io.StringIO()):
        weights = F.seeds_and_heldout(AlignParams(), F.FUZZY, [])
    A.CALIBRATION = tuple(zip(F.FUZZY, (round(v, 2) for v in weights), strict=True))
    A._align_articles.cache_clear()
    root = Path(os.environ.get("NATOCMP_REALDEV", E.ROOT.parent / "shared" / "realdev"))
    for threshold in (60, 61, 65):
        params = AlignParams(threshold=threshold)
        sets = [("seeds", E.evaluate(False, params)[0]), ("held-out", E.evaluate(True, params)[0])]
        if root.is_dir():
            sets += [
                ("realdev mono", E.evaluate_realdev(root, params, cross=False)[0]),
                ("realdev FR-EN", E.evaluate_realdev(root, params, cross=True)[0]),
            ]
        for name, s in sets:
            print(
                f"{mode:<14} {threshold} {name:<14} "
                f"P {s.precision:.3f} R {s.recall:.3f} F1 {s.f1:.3f}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
