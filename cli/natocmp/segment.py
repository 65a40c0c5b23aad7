"""Split cleaned French and English text into sentences and headings, with offsets.

A rule splitter that knows about « guillemets » (with no-break spaces), quotes followed by
their cue (``« … », a-t-il déclaré.`` stays one sentence), quotes that hold several
sentences, abbreviations and initials (M., Mme, Dr, U.S., Wendy R. Sherman), numbers
("100 000", "1.5"), ellipses, and sentences glued together by a scrape ("jamais. est un
risque", "France.Le"). A paragraph without final punctuation is a heading.

It does not clean: page debris is removed by ``natocmp.clean`` before this runs.
Measured choice: pysbd scored 9/12 on our French edge cases and misses ``. » Capital``
boundaries; this splitter handles all of tests/test_segment.py at several M chars/s.
"""

from __future__ import annotations

import re

from natocmp.models import Sentence

# Lower-cased abbreviations that end with a period without ending the sentence.
# French and English titles, common Latin and reference abbreviations, month short forms.
ABBREVIATIONS = frozenset(
    """
    m mm mme mmes mlle mlles dr drs pr prof me mgr st ste sts
    mr mrs ms messrs gen gén col cdt lt sgt capt cpt adm gov sen rep rev hon jr sr
    etc cf vs env min max approx fig ex éd ed vol chap art al av bd apr jc
    inc ltd co corp dept univ assn bros
    janv févr fév avr juil sept oct nov déc jan feb mar jun jul aug sep dec
    """.split()
)
# Abbreviations that close lists and so often end a sentence: a boundary before a capital.
FINAL_ABBREVIATIONS = frozenset({"etc"})
# Abbreviations that only abbreviate before a number ("No. 5", "p. 12", "art. 5").
NUMBER_ABBREVIATIONS = frozenset({"no", "nos", "n", "p", "pp", "art", "vol", "chap", "fig"})

_TERMINATOR = re.compile(r"[.!?…]+")
_SPACES = " \t\u00a0\u202f\u2009"
# Curly single quotes are left out: ’ is the French apostrophe, so it cannot be tracked.
_OPENERS = "«“"
_CLOSERS = "»”"
_QUOTE_MARKS = re.compile('[«“»”"]')  # _OPENERS, _CLOSERS and the straight quote
_CLOSING_PUNCT = ")]"
# Final punctuation that makes a paragraph a sentence rather than a heading.
_FINAL = tuple(".!?…:;»\"”)'’")
# A heading is short: beyond this many words a punctuation-less paragraph is prose whose
# final period was lost by the scrape.
HEADING_MAX_WORDS = 30
# A multi-sentence quote closes within this many characters, or the quote mark was stray.
QUOTE_LOOKAHEAD = 600
# A run of text longer than this with no sentence end is not one sentence (a scrape that
# lost its punctuation, a data dump): it is cut into pieces of at most this many characters,
# at a space where there is one, so every later stage works on bounded pieces and the time
# stays linear in the input (a 200,000-character "sentence" took 40 s to date and 14 s to
# attribute). The longest sentence of the seeds and realdev is 659 characters.
MAX_SENTENCE_CHARS = 2000


def split_sentences(text: str) -> list[Sentence]:
    """Split cleaned text (paragraphs separated by newlines) into sentences and headings.

    Args:
        text: the cleaned article text; offsets refer to it.

    Returns:
        Sentences in reading order, indexed from 0, with ``text == text[start:end]``.

    >>> text = "Titre sans point\\nIl a dit « oui. Non », a-t-il dit. Fin."
    >>> [s.text for s in split_sentences(text)]
    ['Titre sans point', 'Il a dit « oui. Non », a-t-il dit.', 'Fin.']
    """
    sentences: list[Sentence] = []
    offset = 0
    paragraph = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            lead = len(line) - len(line.lstrip())
            base = offset + lead
            if is_heading(stripped):
                spans = [(a, b, "heading") for a, b in _cap(stripped, [(0, len(stripped))])]
            else:
                spans = [(a, b, "sentence") for a, b in _split_paragraph(stripped)]
            for a, b, kind in spans:
                sentences.append(
                    Sentence(
                        index=len(sentences),
                        text=stripped[a:b],
                        kind=kind,
                        start=base + a,
                        end=base + b,
                        paragraph=paragraph,
                    )
                )
            paragraph += 1
        offset += len(line) + 1
    return sentences


def is_heading(paragraph: str) -> bool:
    """A paragraph is a heading when it has no final punctuation and is short.

    >>> is_heading("L’OTAN REFUSE DE MODIFIER SA POLITIQUE D’ELARGISSEMENT")
    True
    >>> is_heading("Il a dit oui.")
    False
    """
    text = paragraph.rstrip(_SPACES)
    if not text or text.endswith(_FINAL):
        return False
    return len(text.split()) <= HEADING_MAX_WORDS


def _split_paragraph(par: str) -> list[tuple[int, int]]:
    """Sentence spans (start, end) inside one paragraph."""
    bounds: list[tuple[int, int]] = []
    start = 0
    depth = 0  # open « “ ‘ quotes
    straight = False  # inside a "straight" quote
    pos = 0
    n = len(par)
    while pos < n:
        m = _TERMINATOR.search(par, pos)
        if m is None:
            break
        depth, straight = _track_quotes(par[pos : m.start()], depth, straight)
        end, k, depth, straight = _after_terminator(par, m.end(), depth, straight)
        pos = max(k, m.end())
        if k >= n:
            break
        if not _is_boundary(par, m.start(), m.end(), end, k):
            continue
        if (depth > 0 or straight) and _quote_closes_soon(par, k, straight):
            continue  # a quote holding several sentences: keep it whole with its cue
        depth, straight = 0, False
        bounds.append((start, end))
        start = k
    tail = par[start:].rstrip(_SPACES)
    if tail:
        bounds.append((start, start + len(tail)))
    return _cap(par, _merge_fragments(par, bounds))


def _cap(par: str, bounds: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans longer than MAX_SENTENCE_CHARS cut into pieces, at the last space of each.

    >>> [b - a for a, b in _cap("mot " * 1000, [(0, 3999)])]
    [1999, 1999]
    """
    out: list[tuple[int, int]] = []
    for a, b in bounds:
        while b - a > MAX_SENTENCE_CHARS:
            cut = a + MAX_SENTENCE_CHARS
            space = max(par.rfind(c, a + MAX_SENTENCE_CHARS // 2, cut + 1) for c in _SPACES)
            cut = space if space > a else cut
            end = cut
            while end > a and par[end - 1] in _SPACES:
                end -= 1
            out.append((a, end))
            a = cut
            while a < b and par[a] in _SPACES:
                a += 1
        if b > a:
            out.append((a, b))
    return out


def _track_quotes(chunk: str, depth: int, straight: bool) -> tuple[int, bool]:
    """Quote depth and straight-quote state after ``chunk``; only its quote marks count
    (found by a regex: a Python loop over every character was a fifth of loading a seed).

    >>> _track_quotes('« Il a dit " non »', 0, False)
    (0, True)
    """
    for m in _QUOTE_MARKS.finditer(chunk):
        ch = m.group()
        if ch in _OPENERS:
            depth += 1
        elif ch in _CLOSERS and depth > 0:
            depth -= 1
        elif ch == '"':
            straight = not straight
    return depth, straight


def _after_terminator(par: str, k: int, depth: int, straight: bool) -> tuple[int, int, int, bool]:
    """Consume closing quotes and brackets after a terminator.

    Returns (end of the sentence, start of what follows after spaces, depth, straight).
    """
    n = len(par)
    end = k
    while k < n:
        ch = par[k]
        if ch in _SPACES:
            k += 1
            continue
        if ch in _CLOSERS or ch in _CLOSING_PUNCT:
            if ch in _CLOSERS and depth > 0:
                depth -= 1
            k += 1
            end = k
            continue
        if ch == "’" and k == end:  # apostrophe-as-quote glued to the period
            k += 1
            end = k
            continue
        if ch == '"' and straight:
            straight = False
            k += 1
            end = k
            continue
        break
    return end, k, depth, straight


def _is_boundary(par: str, t_start: int, t_end: int, end: int, k: int) -> bool:
    """Decide whether the terminator par[t_start:t_end] ends a sentence."""
    nxt = par[k]
    spaced = any(c in _SPACES for c in par[t_end:k])
    terminator = par[t_start:t_end]
    word = _previous_word(par, t_start)
    if terminator == ".":
        low = word.lower()
        if not spaced:
            # Glued by the scrape: "France.Le", "bloc.« Le" (not "U.S.", "Norway.mw", "1.5").
            opens = nxt in _OPENERS or (nxt.isupper() and k + 1 < len(par) and par[k + 1].islower())
            return opens and len(word) >= 3 and word.isalpha() and word[-1].islower()
        if low in FINAL_ABBREVIATIONS and nxt.isupper():
            return True
        if low in ABBREVIATIONS and (nxt.isupper() or nxt.isdigit() or nxt.islower()):
            return False
        if low in NUMBER_ABBREVIATIONS and nxt.isdigit():
            return False
        if len(word) == 1 and word.isalpha() and word.isupper():
            return False  # an initial: "Wendy R. Sherman", "U.S."
        if re.fullmatch(r"(?:[A-Za-z]\.-?)+[A-Za-z]", word):
            return False  # "U.S" before the final period of "U.S.", "J.-Y" of "J.-Y. Le Drian"
    if not spaced:
        return False
    if nxt.isupper() or nxt.isdigit() or nxt in _OPENERS or nxt in "\"'–—-¿¡([":
        return True
    if nxt.islower() and terminator == "." and word.isalpha() and len(word) >= 2:
        # A lower-case word after a period: a scrape glued two sentences ("jamais. est un
        # risque réel"). Short fragments are merged back by _merge_fragments.
        return word.lower() not in ABBREVIATIONS
    return False


def _previous_word(par: str, t_start: int) -> str:
    i = t_start
    while i > 0 and (par[i - 1].isalnum() or par[i - 1] in ".-"):
        i -= 1
    return par[i:t_start].strip(".-")


def _quote_closes_soon(par: str, k: int, straight: bool) -> bool:
    """True when an open quote closes before any new quote opens, within the lookahead."""
    window = par[k : k + QUOTE_LOOKAHEAD]
    if straight:
        return '"' in window
    close = min((i for i in (window.find(c) for c in _CLOSERS) if i >= 0), default=-1)
    if close < 0:
        return False
    opening = min((i for i in (window.find(c) for c in _OPENERS) if i >= 0), default=-1)
    return opening < 0 or close < opening


# A piece that starts lower-case and has at most this many words is a stray period inside
# one sentence (machine translation: "de dialogue. qu’il entend inaugurer."), not a sentence.
FRAGMENT_MAX_WORDS = 3


def _merge_fragments(par: str, bounds: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for a, b in bounds:
        piece = par[a:b]
        short = len(piece.split()) <= FRAGMENT_MAX_WORDS
        if merged and short and piece[:1].islower():
            merged[-1] = (merged[-1][0], b)
        elif merged and not any(c.isalnum() for c in piece):
            merged[-1] = (merged[-1][0], b)  # a lone ". »" or "." left by the scrape
        else:
            merged.append((a, b))
    return merged
