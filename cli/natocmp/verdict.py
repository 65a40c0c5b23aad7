"""Decide what differs between two sentences that carry the same claim.

Each difference is typed (number, date, entity, speaker, negation, hedge) with both sides'
values, from the features of ``natocmp.features`` (and speakers from ``natocmp.attribute``).
A detail present on one side only is not a difference: one outlet simply says more.
"""

from __future__ import annotations

import datetime as _dt

from natocmp.models import Article, Difference

KIND_ORDER = ("speaker", "number", "date", "entity", "negation", "hedge")


def find_differences(a_text: str, b_text: str, *, a: Article, b: Article) -> tuple[Difference, ...]:
    """Typed differences between two aligned texts of articles ``a`` and ``b``."""
    from natocmp.features import compare_features, extract_features

    fa = extract_features(a_text, language=a.language, reference=_reference(a))
    fb = extract_features(b_text, language=b.language, reference=_reference(b))
    found = list(compare_features(fa, fb))
    unique = {(d.kind, d.a, d.b): d for d in found}
    rank = {k: n for n, k in enumerate(KIND_ORDER)}
    return tuple(
        sorted(unique.values(), key=lambda d: (rank.get(d.kind, len(rank)), d.kind, d.a, d.b))
    )


def _reference(article: Article) -> _dt.date | None:
    return _dt.date.fromisoformat(article.date) if article.date else None
