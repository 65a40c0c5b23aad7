"""Dated events across articles (``natocmp timeline``)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from natocmp.models import Article


@dataclass(frozen=True, slots=True)
class EventMention:
    """One dated mention of an event: where, the date expression, and how it was resolved.

    ``date`` is ISO (a day, an ISO week "2022-W02" or a month), None when unresolved;
    ``label`` is the event as this sentence names it; ``terms`` its stemmed content words.
    """

    article: str
    index: int
    text: str
    expression: str
    date: str | None
    how: str
    label: str
    terms: tuple[str, ...]
    kind: str  # "event" (an event noun), "statement" (a reporting verb), "clause" (fallback)


@dataclass(frozen=True, slots=True)
class TimelineEvent:
    """An event as the articles date it; ``conflict`` when two articles give different days."""

    id: str
    date: str | None
    label: str
    mentions: tuple[EventMention, ...]
    dates: tuple[str, ...]  # the distinct days the mentions give, sorted
    conflict: bool


@dataclass(frozen=True, slots=True)
class TimelineResult:
    """``natocmp timeline``: events in date order, with the rule that grouped them."""

    articles: tuple[Article, ...]
    params: tuple[tuple[str, object], ...]
    events: tuple[TimelineEvent, ...]
