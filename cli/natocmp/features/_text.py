"""Folding one character per character, the stem key, words and the spans already taken.

One step of ``natocmp.features``; its package docstring says what the features are for.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import cache

# --- folding -------------------------------------------------------------------------------

_SPACES = "\u00a0\u202f\u2009\u2007\t\n\r"
_APOSTROPHES = "’‘ʼ`´"


@cache
def _fold_char(c: str) -> str:
    if c in _SPACES:
        return " "
    if c in _APOSTROPHES:
        return "'"
    base = unicodedata.normalize("NFD", c)[0].lower()
    return base[0] if base else c


def fold_aligned(text: str) -> str:
    """Fold like ``natocmp.clean.fold`` but keep one character per character.

    Offsets found in the folded text are then offsets in the original.

    >>> fold_aligned("Près de 100\u202f000 l’OTAN")
    "pres de 100 000 l'otan"
    """
    return text.translate(_FOLD_TABLE)


class _FoldTable(dict):
    """``str.translate`` table filled on first use of each character (folding is the most
    frequent text step: a dict lookup per character in C, not a Python call)."""

    def __missing__(self, code: int) -> str:
        folded = self[code] = _fold_char(chr(code))
        return folded


_FOLD_TABLE = _FoldTable()


def stem(word: str) -> str:
    """A cognate key: the aligner's stem (``natocmp.normalize.stem``: folded, elision
    stripped, one common suffix removed) cut to its first five letters.

    Five letters keep tenses and the two languages' cognates together ("accepté",
    "accepter", "accepted"; "participera", "participe"; "véhicules", "vehicles") and
    little else; the package has one stemmer, this is a key made of it.

    >>> stem("l’accepté"), stem("accepted"), stem("participera"), stem("vehicles"), stem("pas")
    ('accep', 'accep', 'parti', 'vehic', 'pas')
    """
    from natocmp.normalize import stem as suffix_stem

    return suffix_stem(_ELISION.sub("", fold_aligned(word)))[:5]


_ELISION = re.compile(r"^(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu)'(?=\w)")
_WORD = re.compile(r"[^\W_][\w'-]*[^\W_]|[^\W_]")


def _words(folded: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in _WORD.finditer(folded)]


# How far back the word before a position is looked for: a word is far shorter, and a fixed
# window keeps "the word before" constant-time on a 200,000-character sentence.
_BEFORE_WINDOW = 64


def _word_before(folded: str, pos: int) -> str | None:
    """The last word ending at or before ``pos``, or None.

    >>> _word_before("arrive a geneve", 9), _word_before("geneve", 0)
    ('a', None)
    """
    lo = max(0, pos - _BEFORE_WINDOW)
    words = _words(folded[lo:pos])
    return words[-1][2] if words else None


class _Taken:
    """Character spans already claimed by a date or a figure, as a coverage mask.

    ``free(s, e)`` costs the span asked, not the spans taken: the check stays linear on a
    sentence with thousands of figures (it compared each new span with every one taken).
    """

    __slots__ = ("_mask",)

    def __init__(self, size: int, spans: Iterable[tuple[int, int]] = ()) -> None:
        self._mask = bytearray(size + 1)
        for s, e in spans:
            self.add(s, e)

    def free(self, s: int, e: int) -> bool:
        return self._mask.find(1, s, e) < 0

    def add(self, s: int, e: int) -> None:
        self._mask[s:e] = b"\x01" * max(0, e - s)


# The word after a position (a counted noun, the word after a date).
_NEXT_WORD = re.compile(r" *([^\W\d_][\w'-]*)")
