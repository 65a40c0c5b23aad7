"""Claim groups across outlets (``natocmp compare``)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from natocmp.models import Article
    from natocmp.models.diff import Difference, Span


@dataclass(frozen=True, slots=True)
class Member:
    """One article's part in a compare group: its sentence(s) carrying the group's claim.

    ``status`` is "agree" (no typed difference with any other member), "diverge" (at least
    one), or "unique" (the only member). ``spans`` are the words of ``text`` that the group's
    central sentence lacks (empty for the central member itself).
    """

    article: str
    indices: tuple[int, ...]
    text: str
    status: str
    central: bool
    spans: tuple[Span, ...]


@dataclass(frozen=True, slots=True)
class MemberLink:
    """A pairwise alignment (``natocmp diff``) joining two members of one compare group."""

    a: str
    b: str
    a_indices: tuple[int, ...]
    b_indices: tuple[int, ...]
    score: float


@dataclass(frozen=True, slots=True)
class MemberDifference:
    """A typed difference between the members of articles ``a`` and ``b`` of a group."""

    a: str
    b: str
    difference: Difference


@dataclass(frozen=True, slots=True)
class CompareGroup:
    """One claim as told by the outlets that report it (``natocmp compare``).

    Named apart from ``ClaimGroup`` (one speaker's statement across outlets, ``claims``).
    ``label`` is "agree", "diverge" or "unique"; members are sorted by article id, one per
    article at most.
    """

    id: str
    label: str
    members: tuple[Member, ...]
    differences: tuple[MemberDifference, ...]
    links: tuple[MemberLink, ...]


@dataclass(frozen=True, slots=True)
class OutletSummary:
    """Per article: claims reported, claims only it reports, majority claims it leaves out."""

    article: str
    reported: int
    unique: int
    omitted: tuple[str, ...]  # ids of groups most compared outlets report and this one does not
    diverging: int


@dataclass(frozen=True, slots=True)
class PairwiseAgreement:
    """Two outlets: groups both report, and on how many they agree or diverge."""

    a: str
    b: str
    shared: int
    agree: int
    diverge: int


@dataclass(frozen=True, slots=True)
class CompareResult:
    """``natocmp compare``: claim groups across all outlets, summaries, pairwise matrix."""

    articles: tuple[Article, ...]
    params: tuple[tuple[str, object], ...]
    groups: tuple[CompareGroup, ...]
    outlets: tuple[OutletSummary, ...]
    pairwise: tuple[PairwiseAgreement, ...]
