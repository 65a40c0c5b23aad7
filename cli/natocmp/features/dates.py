"""Dates: absolute, relative ("hier", "next week") and weekdays, resolved against a reference.

One step of ``natocmp.features``; its package docstring says what the features are for.
"""

from __future__ import annotations

import bisect
import datetime as _dt
import re
from functools import cache, lru_cache

from natocmp.features._text import (
    _NEXT_WORD,
    _Taken,
    _words,
    fold_aligned,
)
from natocmp.features._types import (
    DateMention,
)

# --- dates ---------------------------------------------------------------------------------


@cache
def _date_words() -> frozenset[str]:
    from natocmp.dates import MONTHS, WEEKDAYS

    names = {n for group in MONTHS for n in group}
    names |= {n for group in WEEKDAYS for n in (group[1], group[3])}
    return frozenset(fold_aligned(n) for n in names)


@cache
def _date_patterns() -> dict[str, re.Pattern[str]]:
    from natocmp.dates import MONTHS, WEEKDAYS

    months = sorted(  # ties by spelling: the same pattern text in every run (_recache)
        {fold_aligned(n) for group in MONTHS for n in group}, key=lambda m: (-len(m), m)
    )
    mon = "(?P<m>" + "|".join(re.escape(m) for m in months) + r")\.?"
    days = [fold_aligned(n) for group in WEEKDAYS for n in (group[1], group[3])]
    wd = "(?P<wd>" + "|".join(sorted(days, key=len, reverse=True)) + ")"
    year = r"(?P<y>(?:19|20)\d\d)"
    return {
        "iso": re.compile(r"\b(?P<y>(?:19|20)\d\d)-(?P<m>\d\d)-(?P<d>\d\d)\b"),
        "dmy": re.compile(
            rf"\b(?:{wd},? +)?(?P<d>\d{{1,2}})(?:er|st|nd|rd|th)? +(?:of +)?{mon}"
            rf"(?:,? +{year})?\b"
        ),
        "mdy": re.compile(
            rf"\b(?:{wd},? +)?{mon} +(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?:,? +{year})?\b(?!:)"
        ),
        "day": re.compile(r"\b(?:le|on the) +(?P<d>\d{1,2})(?:er|st|nd|rd|th)?\b(?![.,]?\d)"),
        "weekday": re.compile(
            rf"\b(?:(?P<pre>ce|cette|this|last|next) +)?{wd}"
            r"(?: +(?P<post>prochain|dernier|passe))?\b"
        ),
    }


_RELATIVE_DAYS = {
    "apres-demain": 2,
    "aujourd'hui": 0,
    "avant-hier": -2,
    "ce matin": 0,
    "ce soir": 0,
    "demain": 1,
    "hier": -1,
    "this afternoon": 0,
    "this evening": 0,
    "this morning": 0,
    "today": 0,
    "tomorrow": 1,
    "tonight": 0,
    "yesterday": -1,
}
_RELATIVE_WEEKS = {
    "cette semaine": 0,
    "la semaine derniere": -1,
    "la semaine passee": -1,
    "la semaine prochaine": 1,
    "last week": -1,
    "next week": 1,
    "this week": 0,
}
_RELATIVE_MONTHS = {"last month": -1, "le mois dernier": -1, "le mois prochain": 1, "next month": 1}
_RELATIVE_ALL = sorted({**_RELATIVE_DAYS, **_RELATIVE_WEEKS, **_RELATIVE_MONTHS}, key=len)
_RELATIVE = re.compile(r"\b(?:" + "|".join(re.escape(k) for k in _RELATIVE_ALL[::-1]) + r")\b")
# "le 7" is a day of the month only when what follows is not a counted noun.
_AFTER_BARE_DAY = frozenset(
    "a apres au aux avant avec dans en et lors ou pour sur at in and or".split()
)
_FUTURE_WORDS = frozenset(
    """
    aura auront devra devrait devraient doit doivent due expected fera feront ira iront
    prevu prevue prevus prevues prochain prochaine scheduled sera seront shall upcoming va
    vont will
    """.split()
)
_FUTURE_SUFFIX = re.compile(r"\w{2,}[eidvr]r(?:a|ont)$")  # rencontrera, rendra, poursuivront
_PAST_WORDS = frozenset(
    """
    a-t-elle a-t-il ago avaient avait dernier derniere did etaient etait fut had hier last ont
    ont-ils passe passee said was were yesterday
    """.split()
)
_CLAUSE_STOP = re.compile(r"[,;:()«»\"–—.!?]| et | and | but | mais ")
# Aspect: a verb of commitment or plan with an infinitive right before the weekday points
# forward whatever its own tense ("a accepté de participer mercredi", "agreed to meet on
# Wednesday"): the weekday dates the infinitive, which is still to come.
_PROSPECTIVE = re.compile(
    r"\b(?:accepte|acceptent|accepter|promis|promet|prevu|prevoit|decide|decident|convenu|"
    r"engage|engagee|engages|propose|proposent|annonce|compte|comptent|entend|entendent|"
    r"agreed|agree|agrees|promised|promises|planned|plans|plan|decided|pledged|vowed|"
    r"offered|intends|intended|expects|expected|aims)"
    r"\s+(?:de\s+|d'|a\s+|to\s+)(?:se\s+|s'|y\s+)?[a-z'-]+(?:\s+(?:on|le|ce))?\s*$"
)


@lru_cache(maxsize=8)  # the weekdays of one text are read one after another
def _clause_stops(folded: str) -> list[int]:
    """Where each clause stop of a text ends, in order, found once per text: finding the
    last one before each weekday by scanning from the start was quadratic in a long text's
    weekdays. (A stop is punctuation or a spaced conjunction, so none straddles a weekday's
    start: the stops ending before it are those a scan stopping there finds.)"""
    return [m.end() for m in _CLAUSE_STOP.finditer(folded)]


def _tense_cue(text: str, folded: str, start: int, end: int, language: str):
    """The tense cue nearest to a weekday within its clause: ("future"|"past", word) or None.

    News French puts the verb next to the day ("a déclaré mercredi", "se terminera jeudi");
    the nearest finite-verb cue in the same clause decides which way the weekday points.
    """
    ends = _clause_stops(folded)
    left = ends[bisect.bisect_right(ends, start) - 1] if ends and ends[0] <= start else 0
    prospective = _PROSPECTIVE.search(folded, left, start)
    if prospective:
        return "future", text[prospective.start() : prospective.end()].strip()
    stop = _CLAUSE_STOP.search(folded, end)
    right = stop.start() if stop else len(folded)
    best: tuple[int, str, str] | None = None
    for s, e, w in _words(folded[left:right]):
        s, e = s + left, e + left
        if start <= s < end:
            continue
        cue = None
        if w in _FUTURE_WORDS or (language != "en" and _FUTURE_SUFFIX.match(w)):
            cue = "future"
        elif (
            w in _PAST_WORDS
            or (
                w == "a" and language != "en" and text[s] == "a"  # "a déclaré", not "à Genève"
            )
            or (language == "en" and len(w) >= 5 and w.endswith("ed"))
        ):
            cue = "past"
        if cue:
            distance = start - e if s < start else s - end
            if best is None or distance < best[0]:
                best = (distance, cue, text[s:e])
    return (best[1], best[2]) if best else None


def _resolve_weekday(wd: int, ref: _dt.date, direction: str) -> _dt.date:
    from dateutil.relativedelta import relativedelta, weekday

    day = weekday(wd)
    if direction == "after":  # "jeudi prochain", "next Thursday": strictly after
        return ref + relativedelta(days=1, weekday=day(+1))
    if direction == "before":  # "jeudi dernier", "last Thursday": strictly before
        return ref + relativedelta(days=-1, weekday=day(-1))
    if direction == "future":
        return ref + relativedelta(weekday=day(+1))
    if direction == "past":
        return ref + relativedelta(weekday=day(-1))
    # A bare weekday in news is the one of the current week nearest the reference: the two
    # candidates are 7 days apart, so exactly one lies within ±3 days.
    later = ref + relativedelta(weekday=day(+1))
    return later if (later - ref).days <= 3 else ref + relativedelta(weekday=day(-1))


def _weekday_index(name: str) -> int:
    from natocmp.dates import WEEKDAYS

    for i, group in enumerate(WEEKDAYS):
        if name in (fold_aligned(group[1]), fold_aligned(group[3])):
            return i
    raise ValueError(name)


def _month_index(name: str) -> int:
    from natocmp.dates import MONTHS

    for i, group in enumerate(MONTHS):
        if name in {fold_aligned(n) for n in group}:
            return i + 1
    raise ValueError(name)


def _yearless(month: int, day: int, ref: _dt.date | None) -> _dt.date | None:
    """The date with this month and day nearest the reference (28 December from 2 January
    is last year's)."""
    if ref is None:
        return None
    candidates = []
    for year in (ref.year - 1, ref.year, ref.year + 1):
        try:
            candidates.append(_dt.date(year, month, day))
        except ValueError:
            continue
    return min(candidates, key=lambda d: (abs((d - ref).days), d), default=None)


def _dates(text: str, folded: str, language: str, ref: _dt.date | None) -> list[DateMention]:
    pats = _date_patterns()
    found: list[DateMention] = []
    taken = _Taken(len(folded))
    free = taken.free

    def add(s: int, e: int, **kw) -> None:
        taken.add(s, e)
        found.append(DateMention(expression=text[s:e], start=s, end=e, **kw))

    for kind in ("iso", "dmy", "mdy"):
        for m in pats[kind].finditer(folded):
            if not free(m.start(), m.end()):
                continue
            month = int(m["m"]) if kind == "iso" else _month_index(m["m"])
            day = int(m["d"])
            written_wd = _weekday_index(m["wd"]) if kind != "iso" and m["wd"] else None
            try:
                if m["y"]:
                    full: _dt.date | None = _dt.date(int(m["y"]), month, day)
                    how = "written in full"
                else:
                    _dt.date(2000, month, day)  # a leap year: is this day in the calendar?
                    full = _yearless(month, day, ref)
                    how = f"year nearest to {ref.isoformat()}" if full and ref else ""
            except ValueError:
                continue  # "31 février": not a date
            add(
                m.start(),
                m.end(),
                date=full.isoformat() if full else None,
                weekday=written_wd,
                relative=False,
                how=how,
                month=month,
                day=day,
            )

    for m in pats["day"].finditer(folded):
        nxt = _NEXT_WORD.match(folded, m.end())
        if nxt and nxt.group(1) not in _AFTER_BARE_DAY:
            continue  # "le 7 soldats" is not a date
        day = int(m["d"])
        s = m.start() if m.group(0).startswith("le") else m.start() + 3  # "le 7", "the 7th"
        if not 1 <= day <= 31 or not free(s, m.end()):
            continue
        nearest: _dt.date | None = None
        how = ""
        if ref is not None:
            options = []
            for delta in (-1, 0, 1):
                y, mo = divmod(ref.month - 1 + delta, 12)
                try:
                    options.append(_dt.date(ref.year + y, mo + 1, day))
                except ValueError:
                    continue
            nearest = min(options, key=lambda d: (abs((d - ref).days), d), default=None)
            how = f"day of the month nearest to {ref.isoformat()}"
        add(
            s,
            m.end(),
            date=nearest.isoformat() if nearest else None,
            weekday=None,
            relative=True,
            how=how,
            month=nearest.month if nearest else None,
            day=day,
        )

    for m in pats["weekday"].finditer(folded):
        s = m.start()
        if not free(s, m.end()):
            continue
        wd = _weekday_index(m["wd"])
        pre, post = m["pre"], m["post"]
        iso: str | None = None
        how = ""
        if ref is not None:
            if post == "prochain" or pre == "next":
                direction, how = "after", f"the {m['wd']} after {ref.isoformat()}"
            elif post in ("dernier", "passe") or pre == "last":
                direction, how = "before", f"the {m['wd']} before {ref.isoformat()}"
            else:
                cue = _tense_cue(text, folded, m.start("wd"), m.end("wd"), language)
                if cue:
                    direction = cue[0]
                    side = "on or after" if direction == "future" else "on or before"
                    what = "aspect" if " " in cue[1] else "tense"  # a verb + infinitive
                    how = f"{direction} {what} '{cue[1]}': the {m['wd']} {side} {ref.isoformat()}"
                else:
                    direction = "nearest"
                    how = f"the {m['wd']} nearest to {ref.isoformat()} (within 3 days)"
            iso = _resolve_weekday(wd, ref, direction).isoformat()
        add(s, m.end(), date=iso, weekday=wd, relative=True, how=how, month=None, day=None)

    for m in _RELATIVE.finditer(folded):
        if not free(m.start(), m.end()):
            continue
        key = m.group(0)
        iso = None
        how = ""
        if ref is not None:
            if key in _RELATIVE_DAYS:
                iso = (ref + _dt.timedelta(days=_RELATIVE_DAYS[key])).isoformat()
            elif key in _RELATIVE_WEEKS:
                year, week, _ = (ref + _dt.timedelta(weeks=_RELATIVE_WEEKS[key])).isocalendar()
                iso = f"{year}-W{week:02d}"
            else:
                from dateutil.relativedelta import relativedelta

                shifted = ref + relativedelta(months=_RELATIVE_MONTHS[key])
                iso = f"{shifted.year}-{shifted.month:02d}"
            how = f"'{key}' from {ref.isoformat()}"
        add(m.start(), m.end(), date=iso, weekday=None, relative=True, how=how)
    found.sort(key=lambda d: d.start)
    return found
