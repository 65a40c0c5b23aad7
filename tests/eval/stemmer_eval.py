"""Measure the alignment with another stemmer in place of ``natocmp.normalize.stem``.

The issue asked for one well-kept lemmatiser instead of the two hand-written suffix
strippers, if it measures at least as well. This swaps the stemmer the aligner uses
(content words and name terms) and prints the fuzzy-mode figures on the seeds, the
held-out stories and realdev (monolingual, French↔English). The calibration is not refit.
Needs the library measured: ``pip install simplemma snowballstemmer`` (not dependencies).

Run: python tests/eval/stemmer_eval.py current|simplemma|snowball
"""

from __future__ import annotations

import os
import sys
from functools import cache
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import natocmp.normalize as N  # noqa: E402


def install(mode: str) -> None:
    if mode == "current":
        return
    if mode == "snowball":
        import snowballstemmer

        french = snowballstemmer.stemmer("french")

        def base(word: str) -> str:
            return french.stemWord(word)
    elif mode == "simplemma":
        import simplemma

        def base(word: str) -> str:
            return simplemma.lemmatize(word, lang=("fr", "en"))
    else:
        raise SystemExit(f"unknown stemmer {mode!r}")

    @cache
    def lem(word: str) -> str:
        return N.fold_token(base(word))

    def content_words(text: str) -> list[str]:
        low = N._ELISION.sub(" ", text.replace("’", "'").replace("‘", "'").lower())
        out = []
        for w in N._WORD.findall(N._THOUSANDS.sub("", low)):
            f = N.fold_token(w)
            if f in N.STOPWORDS or not (len(f) > 1 or f.isdigit()):
                continue
            out.append(lem(w))  # lemmatised before folding: the library needs the accents
        return out

    import natocmp.align as A

    N.content_words = content_words
    A.content_words = content_words
    N.stem = lem


def main() -> int:
    mode = sys.argv[1] if len(sys.argv) > 1 else "current"
    install(mode)
    import alignment_eval as E

    root = Path(os.environ.get("NATOCMP_REALDEV", E.ROOT.parent / "shared" / "realdev"))
    sets = [("seeds", E.evaluate(False)[0]), ("held-out", E.evaluate(True)[0])]
    if root.is_dir():
        sets += [
            ("realdev mono", E.evaluate_realdev(root, cross=False)[0]),
            ("realdev FR-EN", E.evaluate_realdev(root, cross=True)[0]),
        ]
    for name, s in sets:
        print(f"{mode:<10} {name:<14} P {s.precision:.3f} R {s.recall:.3f} F1 {s.f1:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
