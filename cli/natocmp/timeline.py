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

import bisect
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
# A mention shows its sentence; a "sentence" longer than this (text without sentence ends)
# shows MENTION_CONTEXT characters either side of the date instead, so the output stays
# linear in the input: each of the 1,400 dates of a 200,000-character sentence carried all
# of it (280 MB of JSON). The longest sentence of the seeds and realdev is 659 characters.
MAX_MENTION_TEXT = 1000
MENTION_CONTEXT = 300

_BOUNDARY = re.compile(r"[,;:()«»\"–—]")
_LABEL_STOP = re.compile(r"[,;:.!?()«»\"–—]")
_STOP_WORDS = frozenset(
    """qui que qu dont ou et mais pour afin lors avant apres depuis se s sera seront est sont
    devrait devraient doit ont which that who and but to after before since will is was were
    has have had would should""".split()
)
_TRAILING = frozenset(
    """de du des d la le les l of the a an au aux avec with entre between in at on en sur par
    by dans for without to from ses son sa leur leurs its his her their than over plus more
    pour""".split()
)


@cache
def _event_re() -> re.Pattern[str]:
    from natocmp.lexicon.events import EVENT_NOUNS

    return re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, EVENT_NOUNS)) + r")(?![\w-])")


@cache
def _statement_re() -> re.Pattern[str]:
    from natocmp.lexicon import reporting as lex

    words = sorted({*lex.FR_PARTICIPLES, *lex.EN_VERBS}, key=lambda w: (-len(w), w))  # _recache
    return re.compile(
        r"(?<![\w-])(?:a|ont|a-t-il|a-t-elle)?\s*(?:"
        + "|".join(map(re.escape, words))
        + r")(?![\w-])"
    )


def _distance(folded: str, a: tuple[int, int], b: tuple[int, int]) -> int:
    lo, hi = (a[1], b[0]) if a[1] <= b[0] else (b[1], a[0])
    gap = folded[lo:hi] if lo < hi else ""
    return len(gap) + CLAUSE_PENALTY * len(_BOUNDARY.findall(gap))


_LINKS = frozenset(
    "de du des d la le les l a au aux en avec entre sur of the in at with between".split()
)
# A degree word before an adjective keeps the phrase going: "débat plus large", not "débat
# plus".
_DEGREE = frozenset("plus moins tres si aussi more less most very".split())
_VERBISH = re.compile(r"(?:ed|ent|era|eront|ait|aient|a|ont)$")
# Words that belong to the date rather than the event ("mercredi soir", "late on Friday",
# "ce jeudi", "on Sunday", "le 10 avril").
_DATE_GLUE_BEFORE = frozenset("late early on le la ce cette this du de d".split())
_DATE_GLUE_AFTER = frozenset(
    "soir matin midi apres-midi nuit evening morning night afternoon".split()
)
# Where coordinated or relative clauses meet: a label stays on the date's side of them.
_CLAUSE_JOIN = re.compile(
    r"\s(?:(?:et|mais|puis|qui|que|dont|lorsque|and|but|which|who|that|when|while|as)\s|qu')"
)


def _phrase(text: str, folded: str, start: int, dates: Sequence[tuple[int, int]]) -> str:
    """The event noun at ``start`` and its complement, up to a stop, a date or LABEL_WORDS.

    After the noun come prepositions and articles, names, and one lower-case word after
    each of them ("dîner informel à Genève", "réunion du Conseil OTAN-Russie"); a stop
    word, a verb-looking word ("aura", "ended") or a second lower-case word in a row ends it.
    """
    end = start
    count = 0
    loose = 0  # lower-case content words in a row
    for m in _LABEL_WORD.finditer(text, start):
        s, e = m.start(), m.end()
        if _LABEL_STOP.search(text, end, s) or _in_dates(s, dates):
            break
        word = folded[s:e].split("'")[-1]
        if count:
            if word in _STOP_WORDS or (folded[s:e] == "a" and text[s] == "a"):
                break
            if word in _LINKS or word in _DEGREE or folded[s:e].endswith("'"):
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
    while len(words) > 1 and fold_word(re.sub(r"['’].*", "", words[-1])) in _TRAILING:
        words.pop()
    return " ".join(words)


_LABEL_WORD = re.compile(r"[^\W_][\w'’-]*")
# Longest event noun of natocmp.lexicon.events is 14 characters; a margin for new ones.
_NOUN_REACH = 64


def _in_dates(pos: int, dates: Sequence[tuple[int, int]]) -> bool:
    """Whether ``pos`` falls inside one of ``dates`` (spans in text order, disjoint)."""
    k = bisect.bisect_right(dates, (pos, float("inf"))) - 1
    return k >= 0 and dates[k][0] <= pos < dates[k][1]


class _Sentence:
    """What ``_label`` looks up in one sentence, found once: event nouns, reporting verbs and
    clause boundaries, in text order. Looking them up by bisection around each date keeps
    the labels linear in the sentence (each date scanned the whole sentence: a 200,000-
    character sentence took 40 s).
    """

    def __init__(self, folded: str, dates: Sequence[tuple[int, int]]) -> None:
        self.folded = folded
        self.dates = dates
        self.date_ends = [e for _, e in dates]
        self.nouns = [(m.start(), m.end()) for m in _event_re().finditer(folded)]
        self.noun_starts = [s for s, _ in self.nouns]
        self.bounds = [m.start() for m in _BOUNDARY.finditer(folded)]
        self.verbs = [m for m in _statement_re().finditer(folded) if m.group().strip()]
        self.verb_starts = [m.start() for m in self.verbs]

    def near_dates(self, noun: tuple[int, int]) -> range:
        """Indices of the dates that may be within MAX_DISTANCE of ``noun``."""
        lo = bisect.bisect_left(self.date_ends, noun[0] - MAX_DISTANCE)
        hi = bisect.bisect_right(self.date_ends, noun[1] + MAX_DISTANCE + _NOUN_REACH)
        return range(lo, min(hi + 1, len(self.dates)))

    def clause(self, here: tuple[int, int]) -> tuple[int, int]:
        """(left, right): from after the last boundary before the date to the next one."""
        k = bisect.bisect_left(self.bounds, here[0])
        left = self.bounds[k - 1] + 1 if k else 0
        j = bisect.bisect_left(self.bounds, here[1])
        right = self.bounds[j] if j < len(self.bounds) else len(self.folded)
        return left, right


def _label(
    text: str, folded: str, i: int, dates: Sequence[tuple[int, int]], at: _Sentence | None = None
) -> tuple[str, str]:
    """(label, kind) for the i-th date of the sentence."""
    at = at or _Sentence(folded, dates)
    here = dates[i]
    best: tuple[int, int] | None = None
    lo = bisect.bisect_left(at.noun_starts, here[0] - MAX_DISTANCE - _NOUN_REACH)
    hi = bisect.bisect_right(at.noun_starts, here[1] + MAX_DISTANCE)
    for noun in at.nouns[lo:hi]:
        if _in_dates(noun[0], dates):
            continue  # "March 20": the month, not a march
        d = _distance(folded, here, noun)
        if d > MAX_DISTANCE:
            continue
        if any(_distance(folded, dates[j], noun) < d for j in at.near_dates(noun) if j != i):
            continue  # the noun belongs to another date of the sentence
        if best is None or d < best[0]:
            best = (d, noun[0])
    if best is not None:
        return _phrase(text, folded, best[1], dates), "event"
    left, right = at.clause(here)
    verb = _nearest_verb(at, here, left, right)
    if verb is not None:
        return f"statement: {text[verb.start() : verb.end()].strip()}", "statement"
    return _clause_words(text, folded, left, right, here, dates), "clause"


def _nearest_verb(
    at: _Sentence, here: tuple[int, int], left: int, right: int
) -> re.Match[str] | None:
    """The reporting verb of the clause [left, right) nearest the date (the first of equals).

    Inside a clause there is no boundary, so the distance is the gap alone: it falls over
    the verbs before the date and rises over those after, and the nearest is at the turn.
    """
    a = bisect.bisect_left(at.verb_starts, left)
    b = bisect.bisect_left(at.verb_starts, right)
    if a == b:
        return None

    def dist(k: int) -> int:
        v = at.verbs[k]
        return _distance(at.folded, here, (v.start(), v.end()))

    turn = bisect.bisect_left(at.verb_starts, here[1], a, b)  # first verb after the date
    candidates = []
    if turn > a:
        k = turn - 1
        while k > a and dist(k - 1) == dist(k):  # equals before it: the first one wins
            k -= 1
        candidates.append(k)
    if turn < b:
        candidates.append(turn)
    return at.verbs[min(candidates, key=lambda k: (dist(k), k))]


def _clause_words(
    text: str,
    folded: str,
    left: int,
    right: int,
    here: tuple[int, int],
    dates: Sequence[tuple[int, int]],
) -> str:
    """The words of the date's own clause: cut where another clause joins, the date and the
    words that only belong to it left out, at most LABEL_WORDS of them nearest the date.

    Before the date when the clause has words there ("The mayor narrowly won a third term
    Sunday"), else after it ("Today, the Governing Council took …").
    """
    joins = [m for m in _CLAUSE_JOIN.finditer(folded, left, right)]
    lo = max((m.end() for m in joins if m.end() <= here[0]), default=left)
    hi = min((m.start() for m in joins if m.start() >= here[1]), default=right)

    def words(a: int, b: int) -> list[str]:
        out = []
        for m in re.finditer(r"[^\W_][\w'’-]*", text[a:b]):
            s = a + m.start()
            if any(ds <= s < de for ds, de in dates):
                continue
            out.append(m.group(0))
        return out

    before, after = words(lo, here[0]), words(here[1], hi)
    while before and fold_word(before[-1]) in _DATE_GLUE_BEFORE | _TRAILING:
        before.pop()
    while after and fold_word(after[0]) in _DATE_GLUE_AFTER:
        after.pop(0)
    while after and fold_word(after[-1]) in _TRAILING:
        after.pop()
    # The verb and subject before the date, its object after ("Le maire a perdu dimanche son
    # dernier recours"): up to three words after it, the rest before.
    tail = after[:3] if before else after[:LABEL_WORDS]
    chosen = before[-(LABEL_WORDS - len(tail)) :] + tail if before else tail
    while len(chosen) > 1 and fold_word(chosen[-1]) in _TRAILING:
        chosen.pop()
    while len(chosen) > 1 and fold_word(chosen[0]) in _TRAILING | _DATE_GLUE_BEFORE:
        chosen.pop(0)
    return " ".join(chosen) or text[here[0] : here[1]]


def fold_word(word: str) -> str:
    from natocmp.features import fold_aligned

    return fold_aligned(word).split("'")[-1]


def extract_mentions(article: Article) -> tuple[EventMention, ...]:
    """Every dated mention of an article, in text order, with its event label."""
    from natocmp.features import find_dates, fold_aligned
    from natocmp.normalize import content_words

    ref = _dt.date.fromisoformat(article.date) if article.date else None
    out: list[EventMention] = []
    for s in article.sentences:
        found = find_dates(s.text, language=article.language, reference=ref)
        if not found:
            continue
        folded = fold_aligned(s.text)
        spans = [(d.start, d.end) for d in found]
        at = _Sentence(folded, spans)
        for i, d in enumerate(found):
            label, kind = _label(s.text, folded, i, spans, at)
            terms = tuple(dict.fromkeys(content_words(label.removeprefix("statement: "))))
            how = d.how or ("unresolved: the article has no date" if ref is None else "unresolved")
            text = _excerpt(s.text, d.start, d.end)
            out.append(
                EventMention(
                    article.id, s.index, text, d.expression, d.date, how, label, terms, kind
                )
            )
    return tuple(out)


def _excerpt(text: str, start: int, end: int) -> str:
    """The sentence, or for a very long one the MENTION_CONTEXT characters around the date.

    >>> _excerpt("court", 0, 5)
    'court'
    >>> len(_excerpt("x " * 2000, 1000, 1002)) == 2 * MENTION_CONTEXT + 2 + 2
    True
    """
    if len(text) <= MAX_MENTION_TEXT:
        return text
    lo, hi = max(0, start - MENTION_CONTEXT), min(len(text), end + MENTION_CONTEXT)
    return ("…" if lo else "") + text[lo:hi] + ("…" if hi < len(text) else "")


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


class _Group:
    """An event being built: its mentions, and the unions ``_joins`` asks about, kept up to
    date as mentions join (recomputing them per question made grouping quadratic)."""

    __slots__ = ("members", "terms", "names", "sentences", "articles")

    def __init__(self, first: EventMention) -> None:
        self.members: list[EventMention] = []
        self.terms: set[str] = set()
        self.names: set[str] = set()
        self.sentences: set[tuple[str, int]] = set()
        self.articles: set[str] = set()
        self.add(first)

    def add(self, m: EventMention) -> None:
        self.members.append(m)
        self.terms.update(m.terms)
        self.names |= _names(m)
        self.sentences.add((m.article, m.index))
        self.articles.add(m.article)


def _joins(m: EventMention, group: _Group) -> tuple[int, int] | None:
    """(0 same day | 1 conflict, shared terms) when ``m`` may join ``group``, else None."""
    if m.date is None or (m.article, m.index) in group.sentences:
        return None
    anchor = group.members[0]
    if anchor.date is None:
        return None
    terms = group.terms.intersection(m.terms)
    if not terms:
        return None
    if _compatible(m.date, anchor.date):
        return (0, -len(terms))
    if _precision(m.date) or _precision(anchor.date):
        return None
    gap = abs((_dt.date.fromisoformat(m.date) - _dt.date.fromisoformat(anchor.date)).days)
    names = _names(m) & group.names
    if gap > CONFLICT_DAYS or not (names or len(terms) >= 2):
        return None
    if m.article in group.articles:
        return None
    return (1, -len(terms))


def _candidates(m: EventMention, by_term: dict[str, list[int]]) -> list[int]:
    """Indices of the groups sharing a term with ``m`` (the only ones it may join), in order."""
    found: set[int] = set()
    for t in set(m.terms):
        found.update(by_term.get(t, ()))
    return sorted(found)


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
    groups: list[_Group] = []
    by_term: dict[str, list[int]] = {}  # term → indices of the groups holding it
    for m in mentions:
        best: tuple[tuple[int, int], int] | None = None
        for k in _candidates(m, by_term):
            j = _joins(m, groups[k])
            if j is not None and (best is None or j < best[0]):
                best = (j, k)  # the first group of the best kind and overlap, as before
        if best is None:
            best = ((0, 0), len(groups))
            groups.append(_Group(m))
            new_terms = set(m.terms)
        else:
            new_terms = set(m.terms) - groups[best[1]].terms
            groups[best[1]].add(m)
        for t in new_terms:
            by_term.setdefault(t, []).append(best[1])
    built = [_event(0, g.members) for g in groups]
    built.sort(key=lambda e: (e.date is None, e.date or "", e.label, e.mentions[0].article))
    events = tuple(
        TimelineEvent(f"e{n}", e.date, e.label, e.mentions, e.dates, e.conflict)
        for n, e in enumerate(built, 1)
    )
    params = (
        ("dates", "natocmp.features.extract_features, resolved against each article's date"),
        (
            "label",
            "nearest event noun (natocmp.lexicon.events) no other date is nearer to, "
            f"within {MAX_DISTANCE} characters (+{CLAUSE_PENALTY} per punctuation "
            "mark); else the clause's reporting verb; else the clause's words",
        ),
        (
            "grouping",
            "compatible date and one shared content term; or days at most "
            f"{CONFLICT_DAYS} apart sharing a name or two terms, from another "
            "article (a conflict)",
        ),
        ("conflict_days", CONFLICT_DAYS),
    )
    return TimelineResult(tuple(articles), params, events)
