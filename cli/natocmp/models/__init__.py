"""Plain, frozen data passed between the stages of natocmp.

Only data lives here: no parsing, no scoring, no rendering. Every object is immutable,
built in a deterministic order, and turned into records by ``natocmp.render.records``.

The articles (``Sentence``, ``Dropped``, ``Article``) are defined here; each command's
results in a submodule (``diff``, ``claims``, ``compare``, ``framing``, ``timeline``;
``markers``, shared by diff's differences and framing),
imported when one of its classes is first named (``from natocmp.models import Claim``):
a frozen dataclass costs about half a millisecond to create, and ``natocmp list`` needs
three of the twenty-two.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

# A word as `list` counts it (count_words); framing indexes a sentence's words with it.
WORD = re.compile(r"[^\W_]+(?:[’'][^\W_]+)*")
_WORD = WORD


@dataclass(frozen=True, slots=True)
class Sentence:
    """One unit of a cleaned article: a sentence, or a heading (title, subheading).

    ``start``/``end`` are character offsets into ``Article.text`` (end exclusive), so
    ``article.text[s.start:s.end] == s.text`` always holds.
    """

    index: int
    text: str
    kind: str  # "sentence" | "heading"
    start: int
    end: int
    paragraph: int


@dataclass(frozen=True, slots=True)
class Dropped:
    """A piece of the raw page removed by cleaning, with the rule that removed it."""

    line: int  # 1-based line of the raw text it came from
    text: str
    reason: str


@dataclass(frozen=True, slots=True)
class Article:
    """A loaded, cleaned and segmented article with its metadata.

    ``provenance`` says how each metadata value was established (manifest, front matter,
    copyright line, dateline, detected, …), so a user can check it.
    """

    id: str
    title: str | None
    outlet: str | None
    date: str | None  # ISO YYYY-MM-DD, or None when the text does not establish it
    language: str  # "fr", "en", or "und" when neither is recognised
    source: str  # where it came from: "seed:000", a path, "-" for stdin
    url: str | None
    text: str  # the cleaned text the sentences index into
    sentences: tuple[Sentence, ...]
    dropped: tuple[Dropped, ...]
    encoding: str = "utf-8"
    provenance: tuple[tuple[str, str], ...] = ()
    warnings: tuple[str, ...] = field(default=())
    # The news agency the text credits (a wire copy: "AFP", "AP", "Reuters"), apart from the
    # outlet that republished it; None when the text credits none.
    wire: str | None = None
    # Where the dateline places the story ("Brussels", "Nairobi, Kenya"), else None.
    place: str | None = None

    @property
    def words(self) -> int:
        return sum(count_words(s.text) for s in self.sentences)


def count_words(text: str) -> int:
    """Count words the way ``list`` reports them: runs of letters or digits.

    >>> count_words("L’OTAN a proposé 100 000 soldats.")
    6
    """
    return len(_WORD.findall(text))


# Where each result class lives (natocmp.models.<module>); `__getattr__` imports it on demand.
_LAZY = {
    "Difference": "diff",
    "Span": "diff",
    "Evidence": "diff",
    "AlignedPair": "diff",
    "DiffResult": "diff",
    "Claim": "claims",
    "Speaker": "claims",
    "ClaimGroup": "claims",
    "Member": "compare",
    "MemberLink": "compare",
    "MemberDifference": "compare",
    "CompareGroup": "compare",
    "OutletSummary": "compare",
    "PairwiseAgreement": "compare",
    "CompareResult": "compare",
    "Marker": "markers",
    "FlaggedSentence": "framing",
    "FramingSummary": "framing",
    "FramingResult": "framing",
    "EventMention": "timeline",
    "TimelineEvent": "timeline",
    "TimelineResult": "timeline",
}

if TYPE_CHECKING:
    from natocmp.models.claims import Claim, ClaimGroup, Speaker
    from natocmp.models.compare import (
        CompareGroup,
        CompareResult,
        Member,
        MemberDifference,
        MemberLink,
        OutletSummary,
        PairwiseAgreement,
    )
    from natocmp.models.diff import AlignedPair, Difference, DiffResult, Evidence, Span
    from natocmp.models.framing import FlaggedSentence, FramingResult, FramingSummary
    from natocmp.models.markers import Marker
    from natocmp.models.timeline import EventMention, TimelineEvent, TimelineResult

__all__ = [
    "WORD",
    "Article",
    "Dropped",
    "Sentence",
    "count_words",
    "Difference",
    "Span",
    "Evidence",
    "AlignedPair",
    "DiffResult",
    "Claim",
    "Speaker",
    "ClaimGroup",
    "Member",
    "MemberLink",
    "MemberDifference",
    "CompareGroup",
    "OutletSummary",
    "PairwiseAgreement",
    "CompareResult",
    "Marker",
    "FlaggedSentence",
    "FramingSummary",
    "FramingResult",
    "EventMention",
    "TimelineEvent",
    "TimelineResult",
]


def __getattr__(name: str) -> object:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'natocmp.models' has no attribute {name!r}")
    from importlib import import_module

    value = getattr(import_module(f"natocmp.models.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY})
