"""What every cleaning rule shares: folding, the reporting cue, thresholds, prose tests."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from natocmp.lexicon import reporting
from natocmp.normalize import strip_marks

_QUOTES = re.compile(r"[«»“”\"]")


def _cue_pattern() -> re.Pattern[str]:
    """Reporting cues from ``lexicon.reporting``, matched on folded text.

    A line with a cue reports what someone said: that is the article, not the page.
    """
    fr = "|".join(reporting.FR_PARTICIPLES)
    words: tuple[str, ...] = (
        reporting.FR_GERUNDS + reporting.FR_PHRASES + reporting.FR_SOURCES + reporting.EN_VERBS
    )
    words += reporting.EN_GERUNDS + reporting.EN_SOURCES
    return re.compile(
        rf"\b(?:(?:a|ont|avait|avaient|aurait|auraient)\s+(?:{fr})"
        rf"|a-t-(?:il|elle)|ont-(?:ils|elles)|{'|'.join(map(re.escape, words))})\b"
    )


_CUE = _cue_pattern()


@lru_cache(maxsize=8192)
def has_cue(folded: str) -> bool:
    """Whether a folded line holds a reporting cue (``_CUE``). Cached: several rules ask it
    of each line, and the cue alternation is the costliest search of cleaning.

    >>> has_cue("a declare le ministre"), has_cue("a lire aussi")
    (True, False)
    """
    return _CUE.search(folded) is not None


# A label line ("Tags : a, b", "Read more: a headline") is furniture up to this many words.
LABEL_MAX_WORDS = 20
# A byline or date line is short.
BYLINE_MAX_WORDS = 14
# Bylines stand in the first lines, or anywhere before the first paragraph of prose.
HEAD_LINES = 6
# A line counts as standing at the foot when it is in the last part of the page.
TAIL_SHARE = 0.5
# Furniture phrases are short; a long line that happens to contain "share" is prose.
STANDALONE_MAX_WORDS = 6
# An author bio is among the last few lines that are still kept once the rest of the foot
# (appeals, comment counts, related links) is gone.
FOOT_KEPT_LINES = 3
BIO_MAX_WORDS = 45
# A "Related" block lists a handful of headlines; a headline is short.
RELATED_MAX_LINES = 8
HEADLINE_MAX_WORDS = 20
# A wire dateline opens one of the first paragraphs of prose, never a later one.
DATELINE_PARAGRAPHS = 3
# Prose: a line with final punctuation and at least this many words (ends the page head).
PROSE_MIN_WORDS = 8


# Cached: the line rules fold each line of a page about six times (a third of loading a
# seed went to it); a pure str -> str function, so a hit is the same string.
@lru_cache(maxsize=8192)
def fold(text: str) -> str:
    """Lower-case, strip accents, straighten apostrophes, collapse spaces.

    >>> fold("À lire  aussi :")
    'a lire aussi :'
    """
    text = unicodedata.normalize("NFKD", text.replace("’", "'").replace("\u00a0", " "))
    return " ".join(strip_marks(text).lower().split())


_LABEL_SEP = re.compile(r"\s*(?:[:|»>›]|\s[–—-]\s)\s*\S")
_NAME = re.compile(r"^(?:[A-ZÀ-Ý][\w’'-]*\.?\s){1,3}[A-ZÀ-Ý][\w’'-]+$")
_FINAL_STOP = re.compile(r"[.!?…]\s*$")
# A paragraph may end inside its closing quote: … of inflation risks.”
_PROSE_END = re.compile(r"[.!?…][\s»”\"’)\]]*$")


def _unwrap(line: str) -> str:
    """The line without Markdown emphasis or parentheses around all of it.

    >>> _unwrap("*By Jane Doe*")
    'By Jane Doe'
    """
    inner = line.strip("*_ ")
    if inner.startswith("(") and inner.endswith(")") and "(" not in inner[1:-1]:
        inner = inner[1:-1].strip()
    return inner or line


def _is_prose(line: str) -> bool:
    """A paragraph of the article: long enough and ending like a sentence."""
    return bool(_PROSE_END.search(line)) and len(line.split()) >= PROSE_MIN_WORDS


def _in_tail(pos: int, total: int) -> bool:
    return pos >= total * TAIL_SHARE


def _looks_like_heading(line: str) -> bool:
    from natocmp.segment import is_heading

    return is_heading(line)
