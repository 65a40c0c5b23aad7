"""Framing markers and per-article summaries (``natocmp framing``)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from natocmp.models import Article
    from natocmp.models.markers import Marker


@dataclass(frozen=True, slots=True)
class FlaggedSentence:
    """A sentence of one article with at least one framing marker, markers in text order."""

    article: str
    index: int
    text: str
    markers: tuple[Marker, ...]


@dataclass(frozen=True, slots=True)
class FramingSummary:
    """Per article: words, flagged sentences, markers by type and per 1,000 words."""

    article: str
    words: int
    sentences: int
    flagged: int
    counts: tuple[tuple[str, int], ...]  # (type, markers), every type in FRAMING order
    per_1000: tuple[tuple[str, float], ...]


@dataclass(frozen=True, slots=True)
class FramingResult:
    """``natocmp framing``: flagged sentences of every article, then per-article summaries."""

    articles: tuple[Article, ...]
    params: tuple[tuple[str, object], ...]
    sentences: tuple[FlaggedSentence, ...]
    outlets: tuple[FramingSummary, ...]
