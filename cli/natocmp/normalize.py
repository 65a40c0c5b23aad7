"""Small str → str steps that make two outlets' wordings comparable.

``normalize`` is the processor handed to RapidFuzz: case, accents, apostrophes and
quotation marks, no-break spaces, and number formats ("100 000", "100,000", "100.000" all
become "100000"). ``stem`` is a light French/English suffix stripper so "armements" meets
"armement" and "déclaré" meets "déclare"; ``content_words`` drops stop words.
It does not decide anything about meaning: that is the aligner's job.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from natocmp.lexicon.stopwords import ALL as STOPWORDS

_THOUSANDS = re.compile(r"(?<=\d)[ \u00a0\u202f.,](?=\d{3}\b)")
_DECIMAL_COMMA = re.compile(r"(?<=\d),(?=\d{1,2}\b)")
_NON_WORD = re.compile(r"[^\w\s]", re.UNICODE)
_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_ELISION = re.compile(r"\b(?:l|d|j|qu|n|s|c|m|t|jusqu|lorsqu|puisqu)'", re.UNICODE)


class _KeepBase(dict[int, int | None]):
    """A ``str.translate`` table that drops combining marks, filled as characters are met.

    The same as ``"".join(c for c in s if not unicodedata.combining(c))``, without a Python
    call per character once a character has been seen (folding was a visible share of
    ``natocmp diff``'s time in cProfile).
    """

    def __missing__(self, code: int) -> int | None:
        value = None if unicodedata.combining(chr(code)) else code
        self[code] = value
        return value


_STRIP_MARKS = _KeepBase()


def strip_marks(text: str) -> str:
    """Drop combining marks (after NFKD: the accents).

    >>> strip_marks(unicodedata.normalize("NFKD", "Élysée"))
    'Elysee'
    """
    return text if text.isascii() else text.translate(_STRIP_MARKS)


def fold_token(token: str) -> str:
    """Fold one token: lower case, accents stripped, curly apostrophes straightened.

    >>> fold_token("L’Élysée")
    "l'elysee"
    """
    token = token.replace("’", "'").replace("‘", "'")
    return strip_marks(unicodedata.normalize("NFKD", token.lower()))


def normalize(text: str) -> str:
    """The text processor for RapidFuzz: folded words and joined numbers, single-spaced.

    >>> normalize("Près de 100 000 soldats « russes », l’OTAN")
    'pres de 100000 soldats russes l otan'
    """
    text = _THOUSANDS.sub("", text)
    text = _DECIMAL_COMMA.sub(".", text)
    text = fold_token(text)
    text = _NON_WORD.sub(" ", text.replace("'", " "))
    return " ".join(text.split())


# Longest first; a suffix is removed only if a stem of at least MIN_STEM letters remains.
# Words arrive folded (no accents), so the suffixes are written without them.
_SUFFIXES = (
    "issements", "issement", "ements", "ement", "ations", "ation", "ments", "ment",
    "ites", "ite", "ives", "ive", "ifs", "if", "euses", "euse", "eux",
    "ions", "ion", "iques", "ique", "ismes", "isme", "istes", "iste",
    "aient", "ait", "ants", "ant", "antes", "ante", "ees", "ee",
    "ers", "er", "ez", "ent", "ings", "ing", "ies", "ied", "ed", "es", "ly", "s", "e",
)
MIN_STEM = 4


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """Strip one common French or English suffix from a folded word.

    >>> stem("armements"), stem("armement"), stem("declare"), stem("declares")
    ('arme', 'arme', 'declar', 'declar')
    >>> stem("russes"), stem("russe"), stem("soldats"), stem("soldat")
    ('russ', 'russ', 'soldat', 'soldat')
    """
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= MIN_STEM - (suffix == "s"):
            return word[: -len(suffix)]
    return word


def content_words(text: str) -> list[str]:
    """Stemmed content words of a text: no stop words, no elided articles.

    >>> content_words("L’OTAN a déclaré que les armements russes sont à la frontière")
    ['otan', 'arme', 'russ', 'frontier']
    """
    folded = fold_token(text)
    folded = _ELISION.sub(" ", folded)
    words = _WORD.findall(_THOUSANDS.sub("", folded))
    return [stem(w) for w in words if w not in STOPWORDS and (len(w) > 1 or w.isdigit())]
