"""The result objects of ``natocmp verify``: plain frozen data, sorted, serialisable.

Kept beside the verify stage (not in ``natocmp.models``) so the stage stays one package;
``Difference`` is the project's own typed difference, with ``a`` the source's value and
``b`` the quote's.
"""

from __future__ import annotations

from dataclasses import dataclass

from natocmp.models import Article, Difference
from natocmp.verify.source import Turn

# Every class a quote can get, in the order tables and counts show them.
VERDICTS = ("verbatim", "trimmed", "altered", "paraphrase", "translated", "misattributed",
            "not_found", "unchecked")
# The classes that make `--exit-code` exit 1.
FAILING = frozenset({"altered", "misattributed", "not_found"})


@dataclass(frozen=True, slots=True)
class QuoteCheck:
    """One claim of an article checked against the source.

    ``verdict`` is one of ``VERDICTS``. ``turns`` are the source turns the passage is in,
    ``said_by`` who speaks there (a name, a label, or None). ``passage`` is the source's
    own words (pieces from several places joined by " … "). ``dropped`` are the source
    words a trimmed quote leaves out (with a few words of context), ``added`` the quote's
    words the source does not have, ``removed`` the source's words the quote replaced.
    ``score`` is 0–100: the share of quote words found in order (direct quotes), of content
    words shared (paraphrase), or the cosine × 100 (translated). ``why`` says in one line
    what the verdict rests on.
    """

    article: str
    outlet: str
    sentence_index: int
    kind: str
    credited: str | None
    credited_type: str
    text: str
    verdict: str
    turns: tuple[int, ...]
    said_by: str | None
    said_by_role: str | None
    passage: str | None
    score: float
    dropped: tuple[str, ...]
    added: tuple[str, ...]
    removed: tuple[str, ...]
    differences: tuple[Difference, ...]
    evidence: tuple[str, ...]
    why: str


@dataclass(frozen=True, slots=True)
class OutletCounts:
    """Per article: how many of its quotes of the source fall in each class."""

    article: str
    outlet: str
    counts: tuple[tuple[str, int], ...]  # every class of VERDICTS, in that order


@dataclass(frozen=True, slots=True)
class VerifyResult:
    """``natocmp verify``: every checked quote, then the per-outlet counts."""

    source: Article
    turns: tuple[Turn, ...]
    articles: tuple[Article, ...]
    params: tuple[tuple[str, object], ...]
    checks: tuple[QuoteCheck, ...]
    outlets: tuple[OutletCounts, ...]

    @property
    def failing(self) -> bool:
        """Whether any quote is altered, misattributed or not found (``--exit-code``)."""
        return any(c.verdict in FAILING for c in self.checks)
