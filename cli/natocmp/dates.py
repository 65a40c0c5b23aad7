"""French and English dates: month and weekday names for python-dateutil, and date finding.

``find_dates`` returns absolute dates written in a text ("12 janvier 2022", "January 12,
2022", "2022-01-12"). ISO dates are parsed year-first explicitly, since ``dayfirst=True``
would misread them. Relative dates (weekdays, "la semaine prochaine") are resolved later
against a publication date, never against today.
"""

from __future__ import annotations

import datetime as _dt
import re

from dateutil import parser as _parser


class BilingualParserInfo(_parser.parserinfo):
    """dateutil parserinfo that knows French month and weekday names beside English ones."""

    JUMP = [*_parser.parserinfo.JUMP, "le", "la", "du", "de", "à", "er", "en"]
    WEEKDAYS = [
        ("Mon", "Monday", "lun", "lundi"),
        ("Tue", "Tuesday", "mar", "mardi"),
        ("Wed", "Wednesday", "mer", "mercredi"),
        ("Thu", "Thursday", "jeu", "jeudi"),
        ("Fri", "Friday", "ven", "vendredi"),
        ("Sat", "Saturday", "sam", "samedi"),
        ("Sun", "Sunday", "dim", "dimanche"),
    ]
    MONTHS = [
        ("Jan", "January", "janv", "janvier"),
        ("Feb", "February", "févr", "fevr", "février", "fevrier"),
        ("Mar", "March", "mars"),
        ("Apr", "April", "avr", "avril"),
        ("May", "mai"),
        ("Jun", "June", "juin"),
        ("Jul", "July", "juil", "juillet"),
        ("Aug", "August", "août", "aout"),
        ("Sep", "Sept", "September", "septembre"),
        ("Oct", "October", "octobre"),
        ("Nov", "November", "novembre"),
        ("Dec", "December", "déc", "dec", "décembre", "decembre"),
    ]


PARSER_INFO = BilingualParserInfo(dayfirst=True)
_DEFAULTS = (_dt.datetime(1901, 1, 1), _dt.datetime(1902, 2, 2))

_MONTH_NAMES = sorted(
    {name for names in BilingualParserInfo.MONTHS for name in names}, key=len, reverse=True
)
_MONTH = "(?:" + "|".join(re.escape(m) for m in _MONTH_NAMES) + r")\.?"
_DAY_MONTH_YEAR = re.compile(rf"\b(\d{{1,2}})(?:er)?\s+({_MONTH})\s+((?:19|20)\d\d)\b", re.I)
_MONTH_DAY_YEAR = re.compile(
    rf"\b({_MONTH})\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+((?:19|20)\d\d)\b", re.I
)
_ISO = re.compile(r"\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b")


def parse_date(text: str, *, dayfirst: bool = True) -> _dt.date | None:
    """Parse one date expression with French or English names; None when it is not a date.

    >>> parse_date("12 janvier 2022")
    datetime.date(2022, 1, 12)
    >>> parse_date("2022-01-07")
    datetime.date(2022, 1, 7)
    >>> parse_date("January 12, 2022")
    datetime.date(2022, 1, 12)
    >>> parse_date("mercredi") is None
    True
    """
    iso = _ISO.fullmatch(text.strip())
    if iso:
        try:
            return _dt.date(int(iso[1]), int(iso[2]), int(iso[3]))
        except ValueError:
            return None
    # dateutil fills a missing day, month or year from `default` (today, unless told): parse
    # with two different defaults and keep the date only when neither was used, so
    # "mercredi" or "12 janvier" give None rather than a date that depends on the clock.
    values = []
    for default in _DEFAULTS:
        try:
            values.append(
                _parser.parse(
                    text, parserinfo=PARSER_INFO, dayfirst=dayfirst, fuzzy=False, default=default
                ).date()
            )
        except (ValueError, OverflowError, TypeError):
            return None
    return values[0] if values[0] == values[1] else None


def find_dates(text: str) -> list[tuple[int, str, _dt.date]]:
    """Absolute dates with a year found in text, as (offset, expression, date), in text order.

    >>> [(e, d.isoformat()) for _, e, d in find_dates("Publié le 7 janvier 2022, puis 2022-01-12.")]
    [('7 janvier 2022', '2022-01-07'), ('2022-01-12', '2022-01-12')]
    """
    found: list[tuple[int, str, _dt.date]] = []
    for pattern in (_DAY_MONTH_YEAR, _MONTH_DAY_YEAR, _ISO):
        for m in pattern.finditer(text):
            value = parse_date(m.group(0), dayfirst=pattern is _DAY_MONTH_YEAR)
            if value is not None:
                found.append((m.start(), m.group(0), value))
    found.sort(key=lambda item: item[0])
    return found
