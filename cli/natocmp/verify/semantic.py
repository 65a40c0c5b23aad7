"""The hook ``verify --semantic`` uses to match quotes across languages.

Anything with ``name``, ``version`` and ``embed(texts) -> unit vectors`` is an
``Embedder`` (the protocol of ``natocmp.embed``, issue 13). ``load_embedder`` takes the
project's own when it is installed and raises a ``UsageError`` with the install hint when it
is not; the library function ``verify_quotes`` also takes any object of this shape, which
is how tests and evaluations plug in their own. ``best_translation`` picks the source
sentence (or two consecutive sentences of one turn) closest to a quote by cosine.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol, runtime_checkable

from natocmp.errors import UsageError
from natocmp.verify.passages import SourceText
from natocmp.verify.source import Turn

INSTALL_HINT = "install the extra: pip install 'natocmp[semantic]'"
# 0.90: with multilingual-e5-small, a quote and the sentence of the other language it
# translates score 0.926-0.966 on tests/fixtures/verify, quotes the source never carries
# up to 0.870: 0.90 sits between (tests/eval/verify_eval.py --semantic prints both).
TRANSLATION_THRESHOLD = 0.90


@runtime_checkable
class Embedder(Protocol):
    name: str
    version: str

    def embed(self, texts: Sequence[str]) -> list[Sequence[float]]: ...


def load_embedder(*, cache: bool = True) -> Embedder:
    """The project's embedder (``natocmp.embed``) behind its persistent cache (``cache``,
    as for every ``--semantic`` command), or a UsageError saying how to get it."""
    try:
        from natocmp.embed import Embeddings
        from natocmp.embed import load_embedder as load
        from natocmp.embedcache import EmbeddingCache
    except ImportError:  # the semantic stage is not part of this install
        raise UsageError("--semantic needs the sentence embedder, which is not installed",
                         hint=INSTALL_HINT) from None
    return _Cached(Embeddings(load(), cache=EmbeddingCache() if cache else None))


class _Cached:
    """An Embedder whose vectors come through ``natocmp.embed.Embeddings`` (its cache)."""

    def __init__(self, embeddings: object) -> None:
        self._embeddings = embeddings
        inner = embeddings.embedder  # type: ignore[attr-defined]
        self.name, self.version = inner.name, inner.version

    def embed(self, texts: Sequence[str]) -> list[Sequence[float]]:
        return list(self._embeddings.vectors(list(texts)))  # type: ignore[attr-defined]


def _dot(a: Sequence[float], b: Sequence[float]) -> float:
    return sum(x * y for x, y in zip(a, b, strict=True))


def candidates(src: SourceText) -> list[tuple[int, tuple[int, ...], str]]:
    """(turn, sentence indices, text): every spoken sentence, and each with the next."""
    order: list[tuple[int, int]] = []
    seen: set[int] = set()
    for tok in src.tokens:
        if tok.sentence not in seen:
            seen.add(tok.sentence)
            order.append((tok.turn, tok.sentence))
    sent = {s.index: s for s in src.article.sentences}
    turn_start = {t.index: t.start for t in src.turns}

    def spoken(si: int, turn: int) -> str:
        s = sent[si]
        return src.article.text[max(s.start, turn_start[turn]) : s.end]

    out = [(t, (si,), spoken(si, t)) for t, si in order]
    for (t, si), (t2, sj) in zip(order, order[1:], strict=False):
        if t == t2:
            out.append((t, (si, sj), f"{spoken(si, t)} {spoken(sj, t)}"))
    return out


def best_translation(
    text: str,
    src: SourceText,
    embedder: Embedder,
    memo: dict[str, Sequence[float]],
    *,
    prefer: Callable[[Turn], bool] | None = None,
) -> tuple[float, int, tuple[int, ...], str]:
    """(cosine, turn, sentences, source text) of the closest candidate to ``text``.

    The credited speaker's best candidate wins when it is within 0.01 of the best anywhere.
    """
    cands = candidates(src)
    missing = [c[2] for c in cands if c[2] not in memo] + ([text] if text not in memo else [])
    missing = sorted(set(missing))
    if missing:
        memo.update(zip(missing, embedder.embed(missing), strict=True))
    q = memo[text]
    scored = [(_dot(q, memo[c[2]]), -n, c) for n, c in enumerate(cands)]
    scored.sort(reverse=True)
    best = scored[0]
    if prefer is not None:
        mine = [s for s in scored if prefer(src.turns[s[2][0]])]
        if mine and mine[0][0] >= best[0] - 0.01:
            best = mine[0]
    cos, _, (turn, sents, stext) = best
    return round(cos, 4), turn, sents, stext
