"""Decide what differs between two sentences that carry the same claim.

Each difference is typed (speaker, number, date, entity, negation, hedge) with both sides'
values, from the features of ``natocmp.features`` and the attributed claims of
``natocmp.attribute``. A fact present on one side only (a figure, a date, a place) is not a
difference: one outlet simply says more. Distance is different: when one outlet hedges
("aurait", "selon", "reportedly") or negates what the other states plainly, that is the
divergence, so a hedge or negation on one side only is reported.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from natocmp.models import Article, Claim, Difference

if TYPE_CHECKING:
    from natocmp.features import Features

KIND_ORDER = ("speaker", "number", "date", "entity", "negation", "hedge")
# Two reports of a statement in articles published this many days apart, neither dating it,
# most likely report two occasions (a statement repeated at another meeting).
OCCASION_DAYS = 2


def find_differences(
    a_text: str,
    b_text: str,
    *,
    a: Article,
    b: Article,
    a_claims: Sequence[Claim] = (),
    b_claims: Sequence[Claim] = (),
) -> tuple[Difference, ...]:
    """Typed differences between two aligned texts of articles ``a`` and ``b``.

    Args:
        a_text, b_text: the aligned sentences of each side, joined.
        a, b: their articles (language and publication date are used).
        a_claims, b_claims: the attributed claims found in those sentences.
    """
    from natocmp.features import compare_features

    fa = _features(a_text, _language(a), _reference(a))
    fb = _features(b_text, _language(b), _reference(b))
    found = list(compare_features(fa, fb))
    found += _speaker_difference(a_claims, b_claims)
    if not any(d.kind == "date" for d in found):
        found += _occasion_difference(a, b, fa, fb, a_claims, b_claims)
    unique = {(d.kind, d.a, d.b): d for d in found}
    rank = {k: n for n, k in enumerate(KIND_ORDER)}
    return tuple(
        sorted(unique.values(), key=lambda d: (rank.get(d.kind, len(rank)), d.kind, d.a, d.b))
    )


@lru_cache(maxsize=4096)
def _features(text: str, language: str, reference: _dt.date | None) -> Features:
    """``extract_features``, cached: ``compare`` judges every two members of a group, so one
    member's text is otherwise analysed once per other member. Features are frozen."""
    from natocmp.features import extract_features

    return extract_features(text, language=language, reference=reference)


# Speakers named in the sentence itself (by name, surname, or a title the corpus ties to a
# name). Speakers carried over from an earlier sentence or a pronoun are too uncertain to
# call a divergence on: a wrong carry-over would accuse an outlet of misattributing.
NAMED = ("name", "surname", "title")


def _speaker_difference(a_claims: Sequence[Claim], b_claims: Sequence[Claim]) -> list[Difference]:
    """Both sides name who said it, and nobody in common: the same words, other speakers."""
    from natocmp.entities import same_person

    sa = sorted({c.speaker for c in a_claims if c.speaker and _named_person(c)})
    sb = sorted({c.speaker for c in b_claims if c.speaker and _named_person(c)})
    # one person under two spellings ("Alexandre Grouchko", "Alexander Grushko") is no
    # difference: the entities stage says when two names can be one person
    if sa and sb and not any(x == y or same_person(x, y) for x in sa for y in sb):
        why = "attributed to different speakers"
        return [Difference("speaker", ", ".join(sa), ", ".join(sb), why)]
    return []


def _named_person(claim: Claim) -> bool:
    return bool(claim.speaker) and claim.speaker_type == "person" and claim.how in NAMED


def _occasion_difference(
    a: Article,
    b: Article,
    fa: Features,
    fb: Features,
    a_claims: Sequence[Claim],
    b_claims: Sequence[Claim],
) -> list[Difference]:
    """Both sides report a statement, said on days two or more apart.

    A side's statement date is the one full date its sentence gives ("a déclaré vendredi",
    resolved against its article), else its article's date: news reports a statement on the
    day it is made unless it says otherwise. Two explicit dates are compared by
    ``compare_features`` already; a sentence with several dates is left alone.
    """
    if not (a_claims and b_claims):
        return []
    side_a = _statement_date(a, fa)
    side_b = _statement_date(b, fb)
    if (
        side_a is None
        or side_b is None
        or (side_a[1] != "article date" and side_b[1] != "article date")
    ):
        return []
    gap = abs((_dt.date.fromisoformat(side_a[0]) - _dt.date.fromisoformat(side_b[0])).days)
    if gap < OCCASION_DAYS:
        return []
    return [
        Difference(
            "date",
            f"{side_a[0]} ({side_a[1]})",
            f"{side_b[0]} ({side_b[1]})",
            f"the statement is reported as made {gap} days apart: likely two occasions",
        )
    ]


_FULL_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _statement_date(article: Article, features: Features) -> tuple[str, str] | None:
    """(ISO date, how it is known) of a statement, or None when it cannot be told."""
    explicit = {
        (d.date, d.expression) for d in features.dates if d.date and _FULL_DATE.fullmatch(d.date)
    }
    if len({day for day, _ in explicit}) > 1 or (features.dates and not explicit):
        return None
    if explicit:
        day, expression = sorted(explicit)[0]
        return day, f"« {expression} »"
    return (article.date, "article date") if article.date else None


def _language(article: Article) -> str:
    return article.language if article.language in ("fr", "en") else "und"


def _reference(article: Article) -> _dt.date | None:
    return _dt.date.fromisoformat(article.date) if article.date else None
