"""Typed, explainable features of one sentence, and the typed differences between two.

``extract_features`` finds in a French or English sentence its quantities ("près de
100 000 soldats"), its dates ("mercredi", "le 12 janvier", "yesterday", resolved against a
reference date), its capitalised names, and its negation and hedge markers, each with
character offsets into the sentence and, for markers, the lexicon entry or rule that fired.
``compare_features`` (``natocmp.featurecompare``, importable from here) turns two
sentences' features into ``Difference`` records: number, date, entity, negation, hedge.

Deliberately lexical and conservative: no parser, no tagger, no model. Something written
on one side only is never a difference (one outlet simply says more); a difference is
reported only when both sides say something about the same slot and the two conflict.
Both languages' lexicons are applied whatever ``language`` says, because translated news
keeps words of the other language; ``language`` only settles the few words that differ
("cent" is a number in French, a coin in English; "a" is a past auxiliary in French).
Nothing here prints, and the same input always gives the same output.
"""

from __future__ import annotations

import datetime as _dt
import re
from functools import cache

from natocmp.features._text import _ELISION, _WORD, _Taken, _words, fold_aligned, stem
from natocmp.features._types import LANGUAGES, DateMention, Features, Place, Quantity
from natocmp.features.dates import _dates
from natocmp.features.markers import _hedge_markers, _negations, word_matches
from natocmp.features.places import _entities
from natocmp.features.quantities import _quantities
from natocmp.models import Marker

# What other modules use; the steps' own names stay importable from their modules.
__all__ = [
    "DateMention",
    "Features",
    "LANGUAGES",
    "Place",
    "Quantity",
    "_negated_stems",
    "_negations",
    "compare_features",
    "extract_features",
    "find_dates",
    "find_hedges",
    "fold_aligned",
    "stem",
    "word_matches",
]


# --- public API ----------------------------------------------------------------------------


def extract_features(
    text: str, *, language: str = "fr", reference: _dt.date | None = None
) -> Features:
    """Find the quantities, dates, names, negations and hedges of one sentence.

    Args:
        text: one sentence (or a short passage); offsets in the result index into it.
        language: "fr", "en" or "und"; both languages' lexicons apply anyway (see module).
        reference: the date relative dates are resolved against (the article's date);
            None leaves them unresolved.

    Returns:
        Features, every tuple in text order.

    Raises:
        ValueError: for a language natocmp does not know.

    >>> f = extract_features("Près de 100 000 soldats, a déclaré mercredi Jens Stoltenberg.",
    ...                      reference=_dt.date(2022, 1, 12))
    >>> f.quantities[0].value, f.quantities[0].qualifier, f.quantities[0].unit
    (100000.0, 'about', 'soldat')
    >>> f.dates[0].date, f.entities
    ('2022-01-12', ('Jens Stoltenberg',))
    """
    _check_language(language)
    folded = fold_aligned(text)
    dates = _dates(text, folded, language, reference)
    taken = _Taken(len(folded), ((d.start, d.end) for d in dates))
    quantities = sorted(_quantities(text, folded, language, taken), key=lambda q: q.start)
    entities, places = _entities(text, folded)
    stems = sorted({stem(w) for _, _, w in _words(folded) if len(w) > 3})
    negations = tuple(_negations(text, folded))
    return Features(
        quantities=tuple(quantities),
        dates=tuple(dates),
        entities=entities,
        negations=negations,
        hedges=tuple(_hedge_markers(text, folded)),
        places=tuple(places),
        stems=tuple(stems),
        negated=_negated_stems(folded, negations),
        language=language if language in ("fr", "en") else "und",
        reports=any(_ELISION.sub("", w) in _reporting_words() for _, _, w in _words(folded)),
    )


@cache
def _reporting_words() -> frozenset[str]:
    """The verbs of saying, as whole folded words ("annonce", "declare", "said", "told")."""
    from natocmp.lexicon import reporting as r

    words = (*r.FR_PARTICIPLES, *r.FR_PRESENT, *r.EN_VERBS, "says", "told", "tells")
    return frozenset(w for w in words if " " not in w)


def find_dates(
    text: str, *, language: str = "fr", reference: _dt.date | None = None
) -> tuple[DateMention, ...]:
    """``extract_features(text, ...).dates`` alone, for a caller that reads no more
    (``natocmp timeline``): the same dates, without the sentence's other features."""
    _check_language(language)
    return tuple(_dates(text, fold_aligned(text), language, reference))


def find_hedges(text: str, *, language: str = "fr") -> tuple[Marker, ...]:
    """``extract_features(text, ...).hedges`` alone (``natocmp framing``)."""
    _check_language(language)
    return tuple(_hedge_markers(text, fold_aligned(text)))


def _check_language(language: str) -> None:
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}: use one of {', '.join(LANGUAGES)}")


# A negation bears on the next few words of its clause: "does not set new binding targets"
# denies the targets as much as "contains no binding targets" does.
NEGATION_SCOPE_WORDS = 4


def _negated_stems(folded: str, negations: tuple[Marker, ...]) -> tuple[str, ...]:
    """Stems of the words a negation covers: its head, and the next words of its clause.

    >>> text = "hungary refused to sign the annex"
    >>> _negated_stems(text, tuple(_negations(text, text)))
    ('annex', 'refus', 'sign')
    """
    out = {m.head for m in negations if m.head}
    for m in negations:
        count = 0
        # the words after the negation, read lazily: its scope is a few words, and listing
        # every word to the text's end made a long text's negations quadratic
        for word in _WORD.finditer(folded, m.end):
            s, w = word.start() - m.end, word.group()
            if re.search(r"[,;:.!?«»]", folded[m.end : m.end + s]) or count >= NEGATION_SCOPE_WORDS:
                break
            count += 1
            if len(w) > 3:
                out.add(stem(w))
    return tuple(sorted(out))


def __getattr__(name: str):
    # The comparison step lives in natocmp.featurecompare (imported when first asked for):
    # ``from natocmp.features import compare_features`` keeps working.
    if name == "compare_features":
        from natocmp.featurecompare import compare_features

        return compare_features
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
