"""Find the passage of a source that a quote comes from.

Quote and source are compared as normalised tokens (``quote_tokens``): case folded (so the
capital at a quote's start does not count), accents and typographic apostrophes and
quotation marks folded, elisions split ("l’OTAN" = "l'Otan" = "l" "otan"), English
contractions expanded ("don't" = "do not", "we're" = "we are"), and numbers read whatever
their separators ("8,000" = "8 000" = "8000").

``locate(quote, source)`` anchors the quote on runs of two or more tokens it shares with the
source (a bigram index: time linear in source size), chooses runs greedily from the
longest, preferring the turns of the speaker the quote is credited to and runs in the turn
already chosen, and returns the ``Passage``: which turns, which source tokens, and how many
quote tokens the runs cover. Classification is ``natocmp.verify.classify``'s job;
``best_sentence`` (rapidfuzz, content words) serves reported speech, which shares meaning
more than wording. Pure functions.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from natocmp.models import Article
from natocmp.normalize import content_words, fold_token
from natocmp.verify.source import Turn

_TOKEN = re.compile(
    r"\d+(?:[ \u00a0\u202f.,]\d{3})*(?:[.,]\d+)?|[^\W\d_]+?n['’]t\b|[^\W\d_]+|['’][^\W\d_]+",
    re.UNICODE,
)
_CONTRACTIONS = {"'re": ("are",), "'ll": ("will",), "'ve": ("have",), "'m": ("am",),
                 "'d": ("would",)}
_NT = {"won't": ("will", "not"), "can't": ("can", "not"), "shan't": ("shall", "not")}
MIN_RUN = 2  # a shared run of one word is chance; two anchor a passage
# Only the longest runs of a quote are chained: the passage is among them, and the greedy
# chain is quadratic in the runs it is given (word-salad text of a 35-word vocabulary gave
# 500 runs per quote). 64 keeps time linear in the source.
MAX_RUNS = 64


@dataclass(frozen=True, slots=True)
class Token:
    """One normalised word: its form, and where it is (turn, sentence, characters)."""

    form: str
    start: int
    end: int
    turn: int = -1
    sentence: int = -1


def quote_tokens(text: str, *, offset: int = 0, turn: int = -1,
                 sentence: int = -1) -> list[Token]:
    """Normalised tokens of a text, with character offsets (+ ``offset``) into it.

    >>> [t.form for t in quote_tokens("We don’t accept 8,000 — L’Alliance")]
    ['we', 'do', 'not', 'accept', '8000', 'l', 'alliance']
    """
    out: list[Token] = []
    for m in _TOKEN.finditer(text):
        raw = m.group(0)
        s, e = m.start() + offset, m.end() + offset
        if raw[0].isdigit():
            digits = re.sub(r"[ \u00a0\u202f]", "", raw)
            digits = re.sub(r"[.,](?=\d{3}\b)", "", digits).replace(",", ".")
            out.append(Token(digits, s, e, turn, sentence))
            continue
        form = fold_token(raw)
        if form in _NT:
            out.extend(Token(f, s, e, turn, sentence) for f in _NT[form])
        elif form.endswith("n't"):
            out.extend(Token(f, s, e, turn, sentence) for f in (form[:-3], "not"))
        elif form.startswith("'"):
            if form in _CONTRACTIONS:
                out.extend(Token(f, s, e, turn, sentence) for f in _CONTRACTIONS[form])
            elif form != "'s":  # an elided word's second half: "n'est" -> "n", "est"
                out.append(Token(form[1:], s + 1, e, turn, sentence))
            else:
                out.append(Token("s", s, e, turn, sentence))
        else:
            out.append(Token(form, s, e, turn, sentence))
    return out


@dataclass(frozen=True, slots=True)
class SourceText:
    """A source's tokens across its turns, with the bigram index ``locate`` anchors on."""

    article: Article
    turns: tuple[Turn, ...]
    tokens: tuple[Token, ...]
    index: dict[tuple[str, str], tuple[int, ...]]

    def span_text(self, first: int, last: int) -> str:
        """The source's own characters from token ``first`` to token ``last`` included."""
        return self.article.text[self.tokens[first].start : self.tokens[last].end]


def index_source(article: Article, turns: Sequence[Turn]) -> SourceText:
    """Tokenise every turn's spoken words and index their bigrams."""
    sentence_of = {s.index: s for s in article.sentences}
    tokens: list[Token] = []
    for t in turns:
        for si in t.sentences:
            s = sentence_of[si]
            start = max(s.start, t.start)
            tokens += quote_tokens(article.text[start : s.end], offset=start, turn=t.index,
                                   sentence=si)
    index: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i in range(len(tokens) - 1):
        index[(tokens[i].form, tokens[i + 1].form)].append(i)
    return SourceText(article, tuple(turns), tuple(tokens),
                      {k: tuple(v) for k, v in index.items()})


@dataclass(frozen=True, slots=True)
class Run:
    """Quote tokens [q, q + length) equal source tokens [s, s + length)."""

    q: int
    s: int
    length: int


@dataclass(frozen=True, slots=True)
class Passage:
    """Where a quote's runs fall in the source, and how much of the quote they cover."""

    runs: tuple[Run, ...]  # in quote order
    turns: tuple[int, ...]  # turns the runs are in, in quote order, no repeats
    covered: int  # quote tokens inside a run
    total: int  # quote tokens

    @property
    def coverage(self) -> float:
        return self.covered / self.total if self.total else 0.0


def _runs(q: Sequence[str], src: SourceText) -> list[Run]:
    """Maximal runs of ≥ MIN_RUN tokens shared by the quote and the source."""
    forms = [t.form for t in src.tokens]
    out: list[Run] = []
    for i in range(len(q) - 1):
        for p in src.index.get((q[i], q[i + 1]), ()):
            if i > 0 and p > 0 and q[i - 1] == forms[p - 1] and \
                    src.tokens[p - 1].turn == src.tokens[p].turn:
                continue  # inside a longer run found from an earlier start
            n = 2
            while (i + n < len(q) and p + n < len(forms) and q[i + n] == forms[p + n]
                   and src.tokens[p + n].turn == src.tokens[p].turn):
                n += 1
            out.append(Run(i, p, n))
    return out


def locate(
    quote: Sequence[str], src: SourceText, *, prefer: Callable[[Turn], bool] | None = None
) -> Passage:
    """The runs that best place ``quote`` (token forms) in ``src``.

    Args:
        quote: the quote's normalised token forms.
        src: the indexed source.
        prefer: turns to try first (the credited speaker's); their placement is kept when it
            covers at least 90% of what the best placement anywhere covers.
    """
    runs = _runs(quote, src)
    mine: list[Run] = []
    if prefer is not None:
        ok = {t.index for t in src.turns if prefer(t)}
        mine = sorted((r for r in runs if src.tokens[r.s].turn in ok), key=_longest)[:MAX_RUNS]
    runs = sorted(runs, key=_longest)[:MAX_RUNS]
    best = _chain(runs, src, len(quote))
    if prefer is not None:
        own = _chain(mine, src, len(quote))
        # 0.9: the credited speaker's own words win unless another's cover clearly more.
        if own.covered and own.covered >= 0.9 * best.covered:
            return own
    return best


def _longest(r: Run) -> tuple[int, int, int]:
    return (-r.length, r.s, r.q)


def _chain(runs: Sequence[Run], src: SourceText, total: int) -> Passage:
    taken = [False] * total
    chosen: list[Run] = []
    anchor_turns: set[int] = set()
    pool = list(runs)
    while pool:
        def key(r: Run) -> tuple[int, int, int]:
            free = sum(1 for k in range(r.q, r.q + r.length) if not taken[k])
            # a run in a turn not yet used must be 3 tokens longer to win: splices are rare
            other = bool(anchor_turns) and src.tokens[r.s].turn not in anchor_turns
            near = min((abs(r.s - c.s) for c in chosen), default=0)
            return (-(free - 3 * other), near, r.s)

        pool.sort(key=key)
        r = pool.pop(0)
        lo, hi = r.q, r.q + r.length
        while lo < hi and taken[lo]:
            lo += 1
        while hi > lo and taken[hi - 1]:
            hi -= 1
        if hi - lo < MIN_RUN or any(taken[lo:hi]):
            continue
        clipped = Run(lo, r.s + (lo - r.q), hi - lo)
        chosen.append(clipped)
        anchor_turns.add(src.tokens[clipped.s].turn)
        for k in range(lo, hi):
            taken[k] = True
    chosen.sort(key=lambda r: r.q)
    turns: list[int] = []
    for r in chosen:
        t = src.tokens[r.s].turn
        if t not in turns:
            turns.append(t)
    return Passage(tuple(chosen), tuple(turns), sum(taken), total)


@lru_cache(maxsize=16384)
def _content(text: str) -> frozenset[str]:
    return frozenset(content_words(text))


def best_sentence(
    text: str, src: SourceText, *, prefer: Callable[[Turn], bool] | None = None
) -> tuple[float, int | None, tuple[str, ...]]:
    """The source sentence whose content words a reported claim best carries.

    Score (0–100) is the share of the claim's stemmed content words the sentence has
    (each sentence also tried with the next one of the same turn), ties to the credited
    speaker's turns, then the earlier sentence. Returns (score, sentence index, shared
    words); (0, None, ()) when nothing is shared.
    """
    claim = set(_content(text))
    if not claim:
        return 0.0, None, ()
    art = src.article
    by_turn: list[tuple[int, int]] = []  # (turn, sentence)
    seen: set[int] = set()
    for tok in src.tokens:
        if tok.sentence not in seen:
            seen.add(tok.sentence)
            by_turn.append((tok.turn, tok.sentence))
    sentences = {s.index: s.text for s in art.sentences}
    best: tuple[float, int, int, tuple[str, ...]] | None = None
    ok: dict[int, bool] = {}
    for n, (turn, si) in enumerate(by_turn):
        words = _content(sentences[si])
        if n + 1 < len(by_turn) and by_turn[n + 1][0] == turn and len(claim) > 8:
            words = words | _content(sentences[by_turn[n + 1][1]])
        shared = tuple(sorted(claim & words))
        score = 100.0 * len(shared) / len(claim)
        if turn not in ok:
            ok[turn] = prefer is None or prefer(src.turns[turn])
        mine = 0 if ok[turn] else 1
        cand = (score, -mine, -si, shared)
        if best is None or cand[:3] > best[:3]:
            best = cand
    if best is None:  # a source with no spoken words
        return 0.0, None, ()
    return round(best[0], 1), -best[2], best[3]
