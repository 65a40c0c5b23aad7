"""Word-level diff of two sentences: which words each side has that the other lacks.

Words are compared after folding (case, accents, apostrophes, quotation marks), so
"L’OTAN" and "l'OTAN" are the same word; spans point into the original strings so a
renderer can highlight them. difflib's SequenceMatcher on word lists is enough here:
sentences are short and the result must be deterministic, which it is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher

from natocmp.models import Span
from natocmp.normalize import fold_token

_TOKEN = re.compile(r"[^\W_]+(?:[’'\-][^\W_]+)*|\d+(?:[ \u00a0\u202f.,]\d+)*", re.UNICODE)


@dataclass(frozen=True, slots=True)
class WordDiff:
    """The differing spans of each side, and the share of words the two sides have in common."""

    a_spans: tuple[Span, ...]
    b_spans: tuple[Span, ...]
    common: float  # 0..1: matched words / words of the longer side


def tokens(text: str) -> list[tuple[int, int, str]]:
    """Words of a text as (start, end, folded form).

    >>> [t[2] for t in tokens("L’OTAN a dit « non ».")]
    ["l'otan", 'a', 'dit', 'non']
    """
    return [(m.start(), m.end(), fold_token(m.group(0))) for m in _TOKEN.finditer(text)]


def word_diff(a: str, b: str) -> WordDiff:
    """Which words of ``a`` and of ``b`` are not matched in the other, as merged spans.

    >>> d = word_diff("près de 100 000 soldats russes", "plus de 100 000 soldats")
    >>> [s.text for s in d.a_spans], [s.text for s in d.b_spans]
    (['près', 'russes'], ['plus'])
    """
    ta, tb = tokens(a), tokens(b)
    matcher = SequenceMatcher(None, [t[2] for t in ta], [t[2] for t in tb], autojunk=False)
    a_spans: list[Span] = []
    b_spans: list[Span] = []
    matched = 0
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            matched += i2 - i1
            continue
        if i2 > i1:
            a_spans.append(_span(a, ta, i1, i2))
        if j2 > j1:
            b_spans.append(_span(b, tb, j1, j2))
    longest = max(len(ta), len(tb)) or 1
    return WordDiff(tuple(a_spans), tuple(b_spans), matched / longest)


def _span(text: str, toks: list[tuple[int, int, str]], i1: int, i2: int) -> Span:
    start, end = toks[i1][0], toks[i2 - 1][1]
    return Span(start, end, text[start:end])
