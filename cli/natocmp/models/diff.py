"""Aligned pairs of two articles (``natocmp diff``) and what they rest on."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from natocmp.models import Article, Sentence


@dataclass(frozen=True, slots=True)
class Difference:
    """One typed way two aligned sentences differ, with both sides' values.

    ``kind`` is one of: number, date, entity, speaker, negation, hedge (more may be added).
    ``a``/``b`` are the values as written on each side ("" when a side has none).
    """

    kind: str
    a: str
    b: str
    detail: str = ""


@dataclass(frozen=True, slots=True)
class Span:
    """A run of text in one sentence: characters [start, end) of that text."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Evidence:
    """The figures an alignment score rests on (each 0–1), and the content terms shared."""

    overlap: float
    containment: float
    bigrams: float
    token_set: float
    shared: tuple[str, ...]
    similarity: float = 0.0  # the weighted sum of the four evidences, 0–100
    best_ratio: float = 0.0  # similarity / the best similarity of either sentence (max of two)
    # The two sentences' embedding cosine (``--semantic``), None in the fuzzy mode. Raw:
    # e5 cosines sit in 0.7–1.0, so the calibrated score, not this, decides.
    cosine: float | None = None


@dataclass(frozen=True, slots=True)
class AlignedPair:
    """Sentences of A and of B carrying one claim, with the verdict and what differs."""

    a_indices: tuple[int, ...]
    a_text: str
    b_indices: tuple[int, ...]
    b_text: str
    score: float
    label: str  # "agree" | "diverge"
    differences: tuple[Difference, ...]
    a_spans: tuple[Span, ...]  # words of a_text that b_text lacks
    b_spans: tuple[Span, ...]
    evidence: Evidence


@dataclass(frozen=True, slots=True)
class DiffResult:
    """``natocmp diff A B``: aligned pairs, then what only A and only B say."""

    a: Article
    b: Article
    params: tuple[tuple[str, object], ...]
    pairs: tuple[AlignedPair, ...]
    only_a: tuple[Sentence, ...]
    only_b: tuple[Sentence, ...]

    @property
    def identical(self) -> bool:
        return not self.only_a and not self.only_b and all(p.label == "agree" for p in self.pairs)
