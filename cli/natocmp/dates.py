"""French and English dates: month and weekday names for python-dateutil, and date finding.

``find_dates`` returns absolute dates written in a text ("12 janvier 2022", "January 12,
2022", "2022-01-12"). ISO dates are parsed year-first explicitly, since ``dayfirst=True``
would misread them. Relative dates (weekdays, "la semaine prochaine") are resolved later
against a publication date, never against today.
"""

from __future__ import annotations

import datetime as _dt
import re
from functools import cache
from typing import Any

# dateutil's parser costs ~10 ms to import: it is imported on the first date that needs it
# (``parse_date`` on free text), not at start-up; ``find_dates`` reads the dates its own
# patterns matched without it (``_read_match``).
WEEKDAYS = (
    ("Mon", "Monday", "lun", "lundi"),
    ("Tue", "Tuesday", "mar", "mardi"),
    ("Wed", "Wednesday", "mer", "mercredi"),
    ("Thu", "Thursday", "jeu", "jeudi"),
    ("Fri", "Friday", "ven", "vendredi"),
    ("Sat", "Saturday", "sam", "samedi"),
    ("Sun", "Sunday", "dim", "dimanche"),
)
MONTHS = (
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
)
JUMP_EXTRA = ("le", "la", "du", "de", "à", "er", "en")
_DEFAULTS = (_dt.datetime(1901, 1, 1), _dt.datetime(1902, 2, 2))
_MONTH_NUMBER = {n.lower(): k for k, names in enumerate(MONTHS, 1) for n in names}
# dateutil reads a weekday before a month: "12 mar 2022" is Tuesday the 12th, no month.
_WEEKDAY_NAMES = frozenset(n.lower() for names in WEEKDAYS for n in names)


@cache
def _parser_info() -> Any:
    """dateutil parserinfo that knows French month and weekday names beside English ones."""
    from dateutil import parser

    class BilingualParserInfo(parser.parserinfo):
        JUMP = [*parser.parserinfo.JUMP, *JUMP_EXTRA]
        WEEKDAYS = [tuple(names) for names in WEEKDAYS]
        MONTHS = [tuple(names) for names in MONTHS]

    return BilingualParserInfo(dayfirst=True)


# Longest first, ties by spelling: the same pattern text in every process (sets iterate in
# a hash order), so the compiled form can be reused (natocmp._recache).
_MONTH_NAMES = sorted({name for names in MONTHS for name in names}, key=lambda m: (-len(m), m))
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
    from dateutil import parser

    values = []
    for default in _DEFAULTS:
        try:
            values.append(
                parser.parse(
                    text, parserinfo=_parser_info(), dayfirst=dayfirst, fuzzy=False, default=default
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
            value = _read_match(pattern, m)
            if value is not None:
                found.append((m.start(), m.group(0), value))
    found.sort(key=lambda item: item[0])
    return found


def _read_match(pattern: re.Pattern[str], m: re.Match[str]) -> _dt.date | None:
    """The date a ``find_dates`` pattern matched, as ``parse_date`` reads it.

    The pattern already split day, month name and year; only what dateutil would read
    otherwise (a month name that is also a weekday, a day outside 1–31) goes to
    ``parse_date``. tests/test_dates.py checks both ways agree on every name and day.

    >>> _read_match(_DAY_MONTH_YEAR, _DAY_MONTH_YEAR.search("le 1er févr. 2022"))
    datetime.date(2022, 2, 1)
    """
    if pattern is _ISO:
        return parse_date(m.group(0))
    if pattern is _DAY_MONTH_YEAR:
        day, month, year = m.group(1), m.group(2), m.group(3)
    else:
        month, day, year = m.group(1), m.group(2), m.group(3)
    name = month.rstrip(".").lower()
    if name in _WEEKDAY_NAMES or name not in _MONTH_NUMBER or not 1 <= int(day) <= 31:
        return parse_date(m.group(0), dayfirst=pattern is _DAY_MONTH_YEAR)
    try:
        return _dt.date(int(year), _MONTH_NUMBER[name], int(day))
    except ValueError:
        return None


def __getattr__(name: str) -> Any:
    # The parserinfo class is built on first use (it subclasses dateutil's).
    if name == "BilingualParserInfo":
        return type(_parser_info())
    if name == "PARSER_INFO":
        return _parser_info()
    raise AttributeError(name)
