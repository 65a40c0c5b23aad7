"""Quoted spans in a sentence (« … », “ … ”, " … "), including broken scrape quotes."""

from __future__ import annotations

import re
from functools import lru_cache

MIN_QUOTE_WORDS = 3  # 1–2 quoted words are scare quotes ("« calendrier »"), not statements


OPENERS = "«“"
CLOSERS = "»”"


def quote_spans(text: str) -> list[tuple[int, int, bool]]:
    """Quoted spans as (start, end, closed); an unmatched leading closer quotes from the start."""
    return list(_quote_spans(text))


@lru_cache(maxsize=4096)  # by sentence: claims, framing and report each read them again
def _quote_spans(text: str) -> tuple[tuple[int, int, bool], ...]:
    spans: list[tuple[int, int, bool]] = []
    start: int | None = None
    seen = False
    for i, ch in enumerate(text):
        if ch in OPENERS or (ch == '"' and start is None):
            start = i + 1  # an opener while open restarts: scrapes leave stray openers
            seen = True
        elif ch in CLOSERS or ch == '"':
            if start is None and not seen and _opens(text, i):
                start = i + 1  # « ils » retourneront … »: MT turned an opener into a closer
                seen = True
                continue
            if start is not None:
                spans.append((start, i, True))
                start = None
            elif not seen:
                spans.append((0, i, True))  # the quote opened in a sentence the scrape lost
            seen = True
    if start is not None:
        spans.append((start, len(text), False))
    return tuple(spans)


def _opens(text: str, i: int) -> bool:
    """A closer that starts a quote: space before, a word after, and another closer later."""
    before, after = text[i - 1 : i], text[i + 1 : i + 3]
    return (
        before.isspace()
        and re.match(r"\s\w", after) is not None
        and any(c in CLOSERS for c in text[i + 1 :])
    )


def _no_quotes(text: str, start: int, end: int) -> str:
    """``text[start:end]`` with quoted words blanked: a pronoun inside a quote ("« He is a
    scapegoat », quipped a supporter") is the quoted speaker's word, not the subject."""
    chars = list(text[start:end])
    for qs, qe, _ in quote_spans(text):
        for i in range(max(qs, start), min(qe, end)):
            chars[i - start] = " "
    return "".join(chars)


def _trim_quote(text: str) -> str:
    return text.strip(" \u00a0\u202f,")
