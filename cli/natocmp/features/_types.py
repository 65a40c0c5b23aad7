"""The records of one sentence's features: quantities, dates, places, and all of them.

One step of ``natocmp.features``; its package docstring says what the features are for.
"""

from __future__ import annotations

from dataclasses import dataclass

from natocmp.models import Marker

LANGUAGES = ("fr", "en", "und")


@dataclass(frozen=True, slots=True)
class Quantity:
    """A figure with its qualifier and counted noun: "près de 100 000 soldats".

    ``span`` is the qualifier and the figure as written ("près de 100 000"; with the noun
    only when the figure needs it, "deux ans et demi"); ``qualifier`` is a canonical English
    keyword (about, more than, at least, less than, up to, several) or None; ``unit`` is the
    counted noun, lower case, lightly singularised ("soldat"), "%" for percentages.
    "several" means a vague magnitude: "des dizaines de milliers" is 10 000 to 100 000.
    """

    value: float
    qualifier: str | None
    unit: str | None
    span: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date written in a sentence, absolute ("12 janvier") or relative ("mercredi").

    ``date`` is ISO: a day (2022-01-12), a week (2022-W02) or a month (2022-02), or None when
    it cannot be resolved (relative without a reference, day and month without a year and no
    reference). ``weekday`` (0 = Monday) is the weekday *written*, if any. ``how`` says how
    the date was resolved; ``month``/``day`` keep a yearless date comparable.
    """

    expression: str
    date: str | None
    weekday: int | None
    relative: bool
    start: int
    end: int
    how: str = ""
    month: int | None = None
    day: int | None = None


@dataclass(frozen=True, slots=True)
class Place:
    """A gazetteer place in the "where" slot ("à Genève"): kind is "city" or "country"."""

    name: str
    kind: str
    canonical: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Features:
    """Everything ``compare_features`` needs about one sentence, in text order.

    ``stems`` are the sorted stems of the sentence's words, so a negation on one side can
    be checked against the same verb on the other.
    """

    quantities: tuple[Quantity, ...]
    dates: tuple[DateMention, ...]
    entities: tuple[str, ...]
    negations: tuple[Marker, ...]
    hedges: tuple[Marker, ...]
    places: tuple[Place, ...] = ()
    stems: tuple[str, ...] = ()
    negated: tuple[str, ...] = ()  # stems inside the scope of a negation (see _negated_stems)
    language: str = "und"  # "fr", "en": two sides in different languages compare apart
    # A verb of saying gives the claim to a source ("a annoncé la mairie", "the ministry
    # said"), a whole word of natocmp.lexicon.reporting.
    reports: bool = False
