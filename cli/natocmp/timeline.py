"""Dated events across articles: which outlets date them, how, and where they disagree.

``extract_mentions(article)`` takes every date ``natocmp.features`` finds in an article
(resolved against the article's date, with ``how``) and names the event it belongs to: the
nearest event noun of the sentence that no other date of the sentence is nearer to, with
its complement ("réunion du Conseil OTAN-Russie", "pourparlers américano-russes",
"dîner informel à Genève"); else the reporting verb of the clause ("statement: a déclaré");
else the content words of the clause around the date.

``build_timeline(articles)`` groups mentions into events, greedily, days first:

- a mention joins an event when its date is compatible (the same day; a day inside a
  week or month) and its label shares at least one content term with the event's labels;
- it also joins when the days differ by at most ``CONFLICT_DAYS`` and the labels share a
  name (a capitalised term: "Genève", "OTAN-Russie") or two content terms, provided the
  event has no mention from the same article: that is a **conflict**, one event on two
  days in two outlets;
- two dates of one sentence are never one event; unresolved dates stay alone.

Deliberately lexical: no parser decides what a date modifies, so a label can be wrong on a
long sentence; every mention keeps its sentence so a reader can check. No printing.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections import Counter
from collections.abc import Sequence
from functools import cache

from natocmp.models import Article, EventMention, TimelineEvent, TimelineResult

CONFLICT_DAYS = 3  # a week's news: further apart, two dates are two events, not a conflict
MAX_DISTANCE = 250  # characters (with clause penalties) from a date to its event noun
CLAUSE_PENALTY = 40  # per punctuation mark between date and noun: another clause is further
LABEL_WORDS = 6

_BOUNDARY = re.compile(r"[,;:()«»\"–—]")
_LABEL_STOP = re.compile(r"[,;:.!?()«»\"–—]")
_STOP_WORDS = frozenset(
    """qui que qu dont ou et mais pour afin lors avant apres depuis se s sera seront est sont
    devrait devraient doit ont which that who and but to after before since will is was were
    has have had would should""".split()
)
_TRAILING = frozenset(
    """de du des d la le les l of the a an au aux avec with entre between in at on en sur par
    by""".split()
)


@cache
def _event_re() -> re.Pattern[str]:
    from natocmp.lexicon.events import EVENT_NOUNS

    return re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, EVENT_NOUNS)) + r")(?![\w-])")


@cache
def _statement_re() -> re.Pattern[str]:
    from natocmp.lexicon import reporting as lex

    words = sorted({*lex.FR_PARTICIPLES, *lex.EN_VERBS}, key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:a|ont|a-t-il|a-t-elle)?\s*(?:"
                      + "|".join(map(re.escape, words)) + r")(?![\w-])")


def _distance(folded: str, a: tuple[int, int], b: tuple[int, int]) -> int:
    lo, hi = (a[1], b[0]) if a[1] <= b[0] else (b[1], a[0])
    gap = folded[lo:hi] if lo < hi else ""
    return len(gap) + CLAUSE_PENALTY * len(_BOUNDARY.findall(gap))


_LINKS = frozenset(
    "de du des d la le les l a au aux en avec entre sur of the in at with between".split()
)
_VERBISH = re.compile(r"(?:ed|ent|era|eront|ait|aient|a|ont)$")


def _phrase(text: str, folded: str, start: int, dates: Sequence[tuple[int, int]]) -> str:
    """The event noun at ``start`` and its complement, up to a stop, a date or LABEL_WORDS.

    After the noun come prepositions and articles, names, and one lower-case word after
    each of them ("dîner informel à Genève", "réunion du Conseil OTAN-Russie"); a stop
    word, a verb-looking word ("aura", "ended") or a second lower-case word in a row ends it.
    """
    end = start
    count = 0
    loose = 0  # lower-case content words in a row
    for m in re.finditer(r"[^\W_][\w'’-]*", text[start:]):
        s, e = start + m.start(), start + m.end()
        if _LABEL_STOP.search(text, end, s) or any(ds <= s < de for ds, de in dates):
            break
        word = folded[s:e].split("'")[-1]
        if count:
            if word in _STOP_WORDS or (folded[s:e] == "a" and text[s] == "a"):
                break
            if word in _LINKS or folded[s:e].endswith("'"):
                loose = 0
            elif text[s].isupper() or text[s].isdigit():
                loose = 0
            else:
                loose += 1
                if loose > 1 or (_VERBISH.search(word) and len(word) > 3):
                    break
        end, count = e, count + 1
        if count >= LABEL_WORDS:
            break
    words = text[start:end].split()
    while len(words) > 1 and re.sub(r"['’].*", "", words[-1].lower()) in _TRAILING:
        words.pop()
    return " ".join(words)


def _label(text: str, folded: str, i: int, dates: Sequence[tuple[int, int]]) -> tuple[str, str]:
    """(label, kind) for the i-th date of the sentence."""
    here = dates[i]
    best: tuple[int, int] | None = None
    for m in _event_re().finditer(folded):
        noun = (m.start(), m.end())
        if any(ds <= m.start() < de for ds, de in dates):
            continue  # "March 20": the month, not a march
        d = _distance(folded, here, noun)
        if d > MAX_DISTANCE:
            continue
        if any(_distance(folded, other, noun) < d for j, other in enumerate(dates) if j != i):
            continue  # the noun belongs to another date of the sentence
        if best is None or d < best[0]:
            best = (d, m.start())
    if best is not None:
        return _phrase(text, folded, best[1], dates), "event"
    left = max((m.end() for m in _BOUNDARY.finditer(folded, 0, here[0])), default=0)
    stop = _BOUNDARY.search(folded, here[1])
    right = stop.start() if stop else len(folded)
    verbs = [m for m in _statement_re().finditer(folded, left, right) if m.group().strip()]
    if verbs:
        v = min(verbs, key=lambda m: _distance(folded, here, (m.start(), m.end())))
        return f"statement: {text[v.start():v.end()].strip()}", "statement"
    words = [w for w in re.findall(r"[^\W_][\w'’-]*", text[left:here[0]] + " "
                                   + text[here[1]:right])]
    return " ".join(words[-LABEL_WORDS:]) or text[here[0]:here[1]], "clause"


def extract_mentions(article: Article) -> tuple[EventMention, ...]:
    """Every dated mention of an article, in text order, with its event label."""
    from natocmp.features import extract_features, fold_aligned
    from natocmp.normalize import content_words

    ref = _dt.date.fromisoformat(article.date) if article.date else None
    out: list[EventMention] = []
    for s in article.sentences:
        found = extract_features(s.text, language=article.language, reference=ref).dates
        if not found:
            continue
        folded = fold_aligned(s.text)
        spans = [(d.start, d.end) for d in found]
        for i, d in enumerate(found):
            label, kind = _label(s.text, folded, i, spans)
            terms = tuple(dict.fromkeys(content_words(label.removeprefix("statement: "))))
            how = d.how or ("unresolved: the article has no date" if ref is None else "unresolved")
            out.append(EventMention(article.id, s.index, s.text, d.expression, d.date, how,
                                    label, terms, kind))
    return tuple(out)


def _precision(date: str | None) -> int:
    if date is None:
        return 3
    return 0 if len(date) == 10 else 1 if "W" in date else 2


def _compatible(day_or_period: str, other: str) -> bool:
    """Same value, or a day inside the other's ISO week or month."""
    if day_or_period == other:
        return True
    a, b = sorted((day_or_period, other), key=_precision)
    if _precision(a) != 0 or _precision(b) == 0:
        return False
    d = _dt.date.fromisoformat(a)
    if "W" in b:
        year, week, _ = d.isocalendar()
        return b == f"{year}-W{week:02d}"
    return a[:7] == b


def _names(m: EventMention) -> set[str]:
    from natocmp.normalize import content_words

    caps = " ".join(w for w in m.label.split() if w[:1].isupper())
    return set(content_words(caps))


def _joins(m: EventMention, members: list[EventMention]) -> tuple[int, int] | None:
    """(0 same day | 1 conflict, shared terms) when ``m`` may join ``members``, else None."""
    if m.date is None or any((x.article, x.index) == (m.article, m.index) for x in members):
        return None
    anchor = members[0]
    if anchor.date is None:
        return None
    terms = set(m.terms) & {t for x in members for t in x.terms}
    if not terms:
        return None
    if _compatible(m.date, anchor.date):
        return (0, -len(terms))
    if _precision(m.date) or _precision(anchor.date):
        return None
    gap = abs((_dt.date.fromisoformat(m.date) - _dt.date.fromisoformat(anchor.date)).days)
    names = _names(m) & set().union(*(_names(x) for x in members))
    if gap > CONFLICT_DAYS or not (names or len(terms) >= 2):
        return None
    if any(x.article == m.article for x in members):
        return None
    return (1, -len(terms))


def _event(n: int, members: list[EventMention]) -> TimelineEvent:
    days = Counter(m.date for m in members if m.date and _precision(m.date) == 0)
    if days:
        date: str | None = min(days, key=lambda d: (-days[d], d))
    else:
        date = members[0].date
    rank = {"event": 0, "statement": 1, "clause": 2}
    label = min(members, key=lambda m: (rank[m.kind], -len(m.terms), m.article, m.index)).label
    mentions = tuple(sorted(members, key=lambda m: (m.article, m.index, m.expression)))
    return TimelineEvent(f"e{n}", date, label, mentions, tuple(sorted(days)), len(days) > 1)


def build_timeline(articles: Sequence[Article]) -> TimelineResult:
    """Group the dated mentions of all articles into events; see the module for the rule.

    Returns:
        TimelineResult with events sorted by date (days, then weeks and months, then
        unresolved), then label; ids e1, e2, … in that order.
    """
    mentions = [m for a in articles for m in extract_mentions(a)]
    mentions.sort(key=lambda m: (_precision(m.date), m.date or "", m.article, m.index))
    groups: list[list[EventMention]] = []
    for m in mentions:
        options = [(j, g) for j, g in ((_joins(m, g), g) for g in groups) if j is not None]
        if options:
            min(options, key=lambda o: o[0])[1].append(m)
        else:
            groups.append([m])
    built = [_event(0, g) for g in groups]
    built.sort(key=lambda e: (e.date is None, e.date or "", e.label, e.mentions[0].article))
    events = tuple(
        TimelineEvent(f"e{n}", e.date, e.label, e.mentions, e.dates, e.conflict)
        for n, e in enumerate(built, 1)
    )
    params = (
        ("dates", "natocmp.features.extract_features, resolved against each article's date"),
        ("label", "nearest event noun (natocmp.lexicon.events) no other date is nearer to, "
                  f"within {MAX_DISTANCE} characters (+{CLAUSE_PENALTY} per punctuation "
                  "mark); else the clause's reporting verb; else the clause's words"),
        ("grouping", "compatible date and one shared content term; or days at most "
                     f"{CONFLICT_DAYS} apart sharing a name or two terms, from another "
                     "article (a conflict)"),
        ("conflict_days", CONFLICT_DAYS),
    )
    return TimelineResult(tuple(articles), params, events)
