"""Text folds that keep offsets, and the regex alternation helper, shared by every step."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import cache, lru_cache

from natocmp.normalize import fold_token

# --- text helpers -------------------------------------------------------------------------


# Both folds are cached: a sentence is folded again for each cue, window and mention looked
# at (``diff 000 001`` folded ~500 texts, 60,000 characters, one ``fold_token`` call each).
@lru_cache(maxsize=8192)
def _fold(text: str) -> str:
    """Fold character by character so offsets in the folded text are offsets in ``text``."""
    return "".join(map(_fold_char, text))


@cache  # keyed by one character: bounded by the corpus's alphabet
def _fold_char(ch: str) -> str:
    f = " " if ch in "\u00a0\u202f" else fold_token(ch)
    return f if len(f) == 1 else ch


@lru_cache(maxsize=8192)
def _deaccent(text: str) -> str:
    """Accents stripped, case kept, same length (so offsets still point into ``text``)."""
    return "".join(map(_deaccent_char, text))


@cache
def _deaccent_char(ch: str) -> str:
    f = unicodedata.normalize("NFKD", ch)
    f = "".join(c for c in f if not unicodedata.combining(c)).replace("’", "'")
    return f if len(f) == 1 else ch


def _alt(words: Iterable[str]) -> str:
    # Cached: some patterns are built inside functions called per cue or mention (escaping
    # every reporting verb again for each cue was most of `report` on a long text).
    return _alt_of(tuple(words))


@cache
def _alt_of(words: tuple[str, ...]) -> str:
    forms = sorted(set(words), key=lambda w: (-len(w), w))
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in forms)
