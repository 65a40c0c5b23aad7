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

import bisect
import datetime as _dt
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache

from natocmp.lexicon import hedges as _hedges
from natocmp.lexicon import negations as _neg
from natocmp.lexicon import places as _places
from natocmp.lexicon import quantities as _q
from natocmp.lexicon import stopwords as _stop
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


# --- folding -------------------------------------------------------------------------------

_SPACES = "\u00a0\u202f\u2009\u2007\t\n\r"
_APOSTROPHES = "’‘ʼ`´"


@cache
def _fold_char(c: str) -> str:
    if c in _SPACES:
        return " "
    if c in _APOSTROPHES:
        return "'"
    base = unicodedata.normalize("NFD", c)[0].lower()
    return base[0] if base else c


def fold_aligned(text: str) -> str:
    """Fold like ``natocmp.clean.fold`` but keep one character per character.

    Offsets found in the folded text are then offsets in the original.

    >>> fold_aligned("Près de 100\u202f000 l’OTAN")
    "pres de 100 000 l'otan"
    """
    return text.translate(_FOLD_TABLE)


class _FoldTable(dict):
    """``str.translate`` table filled on first use of each character (folding is the most
    frequent text step: a dict lookup per character in C, not a Python call)."""

    def __missing__(self, code: int) -> str:
        folded = self[code] = _fold_char(chr(code))
        return folded


_FOLD_TABLE = _FoldTable()


def stem(word: str) -> str:
    """A cognate key: the aligner's stem (``natocmp.normalize.stem``: folded, elision
    stripped, one common suffix removed) cut to its first five letters.

    Five letters keep tenses and the two languages' cognates together ("accepté",
    "accepter", "accepted"; "participera", "participe"; "véhicules", "vehicles") and
    little else; the package has one stemmer, this is a key made of it.

    >>> stem("l’accepté"), stem("accepted"), stem("participera"), stem("vehicles"), stem("pas")
    ('accep', 'accep', 'parti', 'vehic', 'pas')
    """
    from natocmp.normalize import stem as suffix_stem

    return suffix_stem(_ELISION.sub("", fold_aligned(word)))[:5]


_ELISION = re.compile(r"^(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu)'(?=\w)")
_WORD = re.compile(r"[^\W_][\w'-]*[^\W_]|[^\W_]")


def _words(folded: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in _WORD.finditer(folded)]


# How far back the word before a position is looked for: a word is far shorter, and a fixed
# window keeps "the word before" constant-time on a 200,000-character sentence.
_BEFORE_WINDOW = 64


def _word_before(folded: str, pos: int) -> str | None:
    """The last word ending at or before ``pos``, or None.

    >>> _word_before("arrive a geneve", 9), _word_before("geneve", 0)
    ('a', None)
    """
    lo = max(0, pos - _BEFORE_WINDOW)
    words = _words(folded[lo:pos])
    return words[-1][2] if words else None


class _Taken:
    """Character spans already claimed by a date or a figure, as a coverage mask.

    ``free(s, e)`` costs the span asked, not the spans taken: the check stays linear on a
    sentence with thousands of figures (it compared each new span with every one taken).
    """

    __slots__ = ("_mask",)

    def __init__(self, size: int, spans: Iterable[tuple[int, int]] = ()) -> None:
        self._mask = bytearray(size + 1)
        for s, e in spans:
            self.add(s, e)

    def free(self, s: int, e: int) -> bool:
        return self._mask.find(1, s, e) < 0

    def add(self, s: int, e: int) -> None:
        self._mask[s:e] = b"\x01" * max(0, e - s)


# --- quantities ----------------------------------------------------------------------------

_DIGITS = re.compile(r"(?<![\w.,:-])(\d{1,3}(?:[ .,]\d{3})+|\d+)(?:[.,](\d+))?(?![\d])")
_DIGIT_TAIL_SKIP = re.compile(r"(?:er|re|e|eme|ieme|nd|rd|st|th)\b|h\d*\b|:\d|-\d")
# A capitalised word, then spaces, right before a figure: "Nord Stream 2", "Airbus A400".
_NAME_BEFORE = re.compile(r"\b[A-Z][\w-]*\s*$")
_DIGIT_MULT = re.compile(r" +(millions?|milliards?|billions?|thousand|mille)\b")
_PERCENT = re.compile(r" *(?:%|pour ?-?cent\b|per ?cent\b|percent\b)")
_HALF_AFTER_UNIT = re.compile(r" +et +demie?\b")
_AND_A_HALF = re.compile(r" +and +a +half\b")
_VAGUE_FR = re.compile(
    r"\b(?:des|plusieurs|quelques) +(dizaines|centaines|milliers|millions|milliards)"
    r"(?: +de +(milliers|millions|milliards))?\b"
)
_VAGUE_EN = re.compile(
    r"\b(tens|hundreds|thousands|millions)(?: +of +(thousands|millions))?(?= +of\b)"
)
_APPROX = re.compile(r"\b(?:une|un) +(" + "|".join(sorted(_q.APPROXIMATE)) + r")\b")
_OF = re.compile(r" *(?:de +|d'|of +)")
_NEXT_WORD = re.compile(r" *([^\W\d_][\w'-]*)")
_QUALIFIERS = sorted(_q.QUALIFIERS, key=len, reverse=True)


def _number_words(language: str) -> dict[str, int]:
    words = dict(_q.UNITS)
    words.update(_q.MULTIPLIERS)
    if language == "en":  # "cent" is a coin in English
        words.pop("cent")
        words.pop("cents")
    return words


def _words_value(words: list[str]) -> float:
    """Value of a run of number words: "cent mille" → 100000, "quatre vingt dix" → 90."""
    total = 0
    current = 0
    for w in words:
        if w in _q.MULTIPLIERS:
            m = _q.MULTIPLIERS[w]
            if m == 100:
                current = max(current, 1) * 100
            else:
                total += max(current, 1) * m
                current = 0
        elif w in ("vingt", "vingts") and current % 100 == 4:
            current += 76  # quatre-vingt(s): 4 → 80
        else:
            current += _q.UNITS[w]
    return float(total + current)


def _singular(word: str, language: str) -> str:
    folded = fold_aligned(word)
    if folded in _q.INVARIABLE or len(word) < 3:
        return word
    if language == "en" and folded.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if folded.endswith("eaux"):
        return word[:-1]
    if folded.endswith("aux") and len(word) > 4:
        return word[:-2] + "l"
    if folded.endswith("s") and not folded.endswith("ss"):
        return word[:-1]
    return word


def _qualifier_before(folded: str, start: int) -> tuple[str | None, int]:
    head = folded[:start].rstrip()
    for q in _QUALIFIERS:
        if head.endswith(q):
            at = len(head) - len(q)
            if at == 0 or not folded[at - 1].isalnum():
                return _q.QUALIFIERS[q], at
    return None, start


def _unit_after(text: str, folded: str, pos: int, *, after_of: bool, language: str):
    """The counted noun after ``pos``: (singular unit, end of the noun) or (None, pos)."""
    if after_of:  # "2 millions de soldats", "thousands of troops", but "cent mille soldats"
        m = _OF.match(folded, pos)
        if m:
            pos = m.end()
    m = _NEXT_WORD.match(folded, pos)
    if m and language == "en" and text[m.start(1)].isupper():
        # "100,000 Russian troops": skip one capitalised adjective.
        m = _NEXT_WORD.match(folded, m.end())
    if not m:
        return None, pos
    word = m.group(1)
    if word in _q.NOT_UNITS or word in _date_words() or "'" in word:
        return None, pos
    return _singular(text[m.start(1) : m.end(1)].lower(), language), m.end(1)


def _quantities(text: str, folded: str, language: str, taken: _Taken):
    found: list[Quantity] = []
    free = taken.free

    def add(value, qualifier, q_start, num_start, num_end, *, after_of, year_like=False):
        unit, unit_end = _unit_after(text, folded, num_end, after_of=after_of, language=language)
        span_end = num_end
        if unit is not None:
            half = _HALF_AFTER_UNIT.match(folded, unit_end)
            if half:  # "deux ans et demi": the half belongs to the figure
                value += 0.5
                span_end = half.end()
        if year_like and qualifier is None and unit is None:
            return  # "depuis 2019", "de 2012 à 2018": a year, not a quantity
        start = q_start if qualifier else num_start
        if not free(start, span_end):
            return
        taken.add(start, span_end)
        found.append(Quantity(value, qualifier, unit, text[start:span_end], start, span_end))

    for m in _VAGUE_FR.finditer(folded):
        magnitude = _q.VAGUE[m[1]] * (_q.VAGUE[m[2]] if m[2] else 1)
        add(float(magnitude), "several", m.start(), m.start(), m.end(), after_of=True)
    for m in _VAGUE_EN.finditer(folded):
        magnitude = _q.VAGUE[m[1]] * (_q.VAGUE[m[2]] if m[2] else 1)
        add(float(magnitude), "several", m.start(), m.start(), m.end(), after_of=True)
    for m in _APPROX.finditer(folded):
        add(float(_q.APPROXIMATE[m[1]]), "about", m.start(), m.start(), m.end(), after_of=True)

    for m in _DIGITS.finditer(folded):
        if _DIGIT_TAIL_SKIP.match(folded, m.end()):
            continue  # ordinal (1er, 2e, 3rd), time (10h30, 12:30), range or code
        integer, decimals = m[1], m[2]
        value = float(re.sub(r"[ .,]", "", integer) + ("." + decimals if decimals else ""))
        end = m.end()
        mult = _DIGIT_MULT.match(folded, end)
        if mult:
            value *= _q.MULTIPLIERS[mult[1]]
            end = mult.end()
        pct = _PERCENT.match(folded, end)
        qualifier, q_start = _qualifier_before(folded, m.start())
        if pct:
            if free(q_start, pct.end()):
                s = q_start if qualifier else m.start()
                taken.add(s, pct.end())
                found.append(Quantity(value, qualifier, "%", text[s : pct.end()], s, pct.end()))
            continue
        name_part = (
            qualifier is None
            and m.start() > 0
            and text[m.start() - 1] == " "
            and _NAME_BEFORE.search(text, max(0, m.start() - _BEFORE_WINDOW), m.start()) is not None
        )
        if name_part and not _PERCENT.match(folded, end):
            # "Nord Stream 2", "Airbus A400": a number that is part of a name.
            unit, _ = _unit_after(text, folded, end, after_of=False, language=language)
            if unit is None:
                continue
        year_like = not decimals and not mult and re.fullmatch(r"(1[89]|20)\d\d", integer)
        add(
            value,
            qualifier,
            q_start,
            m.start(),
            end,
            after_of=bool(mult),
            year_like=bool(year_like),
        )

    numbers = _number_words(language)
    words = _words(folded)
    i = 0
    while i < len(words):
        parts = [p for p in words[i][2].split("-") if p != "et"]  # "vingt-et-un"
        if not parts or not all(p in numbers for p in parts):
            i += 1
            continue
        j = i
        run = list(parts)
        while j + 1 < len(words):
            step = 1
            if words[j + 1][2] in ("et", "and") and j + 2 < len(words):
                after = words[j + 2][2].split("-")
                # "vingt et un", "one hundred and fifty"; never "deux et trois" (two figures)
                if after[0] in ("un", "une", "onze") or run[-1] in _q.MULTIPLIERS:
                    step = 2
            gaps = [folded[words[k][1] : words[k + 1][0]] for k in range(j, j + step)]
            nxt = [p for p in words[j + step][2].split("-") if p != "et"]
            if any(g.strip() for g in gaps) or not nxt or not all(p in numbers for p in nxt):
                break
            run.extend(nxt)
            j += step
        first, i = i, j + 1
        if run[0] in ("un", "une", "one") and (len(run) == 1 or run[1] not in _q.MULTIPLIERS):
            # An article, not a figure ("un accord"); only "un million" counts "un".
            run = run[1:]
            first += 1
            if not run or first > j:
                continue
        start, end = words[first][0], words[j][1]
        value = _words_value(run)
        half = _AND_A_HALF.match(folded, end)
        if half:  # "two and a half years"
            value += 0.5
            end = half.end()
        qualifier, q_start = _qualifier_before(folded, start)
        mult_last = run[-1] in _q.MULTIPLIERS and run[-1] not in ("cent", "hundred")
        add(value, qualifier, q_start, start, end, after_of=mult_last)
    return found


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


# --- entities and places -------------------------------------------------------------------

_CAP_WORD = re.compile(r"[^\W\d_][\w’'-]*")
_NOT_NAMES = (
    _stop.FRENCH
    | _stop.ENGLISH
    | {w for k in _RELATIVE_ALL for w in k.split()}
    | frozenset(
        """
    apres avant bien cela ceci ces cette lors mais personne premier premiere seuls seule seul
    selon share post
    m mme mr mrs ms dr
    """.split()
    )
)
# A sentence-initial capital is a name only if it does not look like a participle, an
# adverb or a gerund ("Interrogé sur…", "Clearly", "Speaking"), which open many sentences.
_INITIAL_NOT_NAME = re.compile(r"(?:e|ee|es|ees|ant|ment|ly|ing|ed)$")


def _not_a_name(folded_word: str) -> bool:
    return folded_word in _NOT_NAMES or folded_word in _date_words()


def _entities(text: str, folded: str) -> tuple[tuple[str, ...], list[Place]]:
    names: list[str] = []
    places: list[Place] = []
    letters = [c for c in text if c.isalpha()]
    if sum(c.isupper() for c in letters) > len(letters) / 2:
        return (), places  # a shouted heading: names cannot be told from the rest
    run: list[tuple[int, int]] = []  # (start, end) of capitalised words, elision stripped
    # A name at or before `lead` opens the sentence (only quotes and dashes before it).
    lead = len(text) - len(text.lstrip(" «»\"“”'‘’([—–-"))

    def flush() -> None:
        while run and _not_a_name(fold_aligned(text[run[0][0] : run[0][1]])):
            run.pop(0)  # "Le", "Selon", "The": capitalised because sentence-initial
        if not run:
            return
        s, e = run[0][0], run[-1][1]
        name = " ".join(text[s:e].split())
        name = re.sub(r"['’]s$", "", name)  # English possessive
        initial = s <= lead
        single = len(run) == 1
        if (
            initial
            and single
            and not name.isupper()
            and _INITIAL_NOT_NAME.search(fold_aligned(name))
        ):
            run.clear()
            return
        if name not in names:
            names.append(name)
        place = _places.PLACES.get(fold_aligned(name))
        if place:
            if _word_before(folded, s) in _places.LOCATIVES:
                places.append(Place(name, place[0], place[1], s, e))
        run.clear()

    last_end = None
    for m in _CAP_WORD.finditer(text):
        s, e = m.start(), m.end()
        word = m.group()
        elided = _ELISION.match(fold_aligned(word))
        if elided:
            s += elided.end()
            word = text[s:e]
        if not word or not word[0].isupper():
            flush()
            last_end = None
            continue
        if run and last_end is not None and text[last_end:s] not in (" ", "-"):
            # "Wendy R. Sherman": a one-letter initial and its dot stay in the name.
            initial = text[last_end:s] == ". " and last_end - run[-1][0] == 1
            if not initial:
                flush()
        run.append((s, e))
        last_end = e
    flush()
    return tuple(names), places


# --- markers -------------------------------------------------------------------------------

_PRONOUNS = frozenset("en l la le les leur lui me nous se s te vous y m t".split())
_SKIP_AFTER_NOT = frozenset("be been even ever only really so very yet always".split())
_NE = re.compile(r"\b(?:ne +|n')")
_STANDALONE = re.compile(r"\b(" + "|".join(re.escape(w) for w, _ in _neg.STANDALONE) + r")\b|n't\b")
_STANDALONE_WHY = dict(_neg.STANDALONE)
_NEG_VERB = re.compile(r"\b(" + "|".join(s for s, _ in _neg.NEGATIVE_VERBS) + r")\w*")
_NEG_VERB_WHY = dict(_neg.NEGATIVE_VERBS)
# Whole words: a hyphen or letter on either side makes another word ("d'après-midi").
# The character before is checked by ``word_matches`` (see there).
_HEDGES = [(re.compile(rf"(?:{p})(?![\w-])"), why) for p, why in _hedges.HEDGES]
_HEDGE_BEFORE = re.compile(r"[\w-]")


def word_matches(pattern: re.Pattern[str], text: str, before: re.Pattern[str]):
    """The matches ``finditer`` gives for ``(?<!before)`` + ``pattern``: those not right after
    a character ``before`` matches, found left to right without overlapping.

    A leading lookbehind keeps ``re`` from jumping to the pattern's possible first
    characters, so it tries every position: the lexicons' patterns ran about 5× slower on
    long sentences. A match after a ``before`` character is skipped by one position, so a
    match starting inside it is still found, as the lookbehind would.

    >>> pattern, letter = re.compile("ose x|a ose"), re.compile("[a-z]")
    >>> [m.group() for m in word_matches(pattern, "la ose x", letter)]
    ['ose x']
    """
    pos = 0
    while (m := pattern.search(text, pos)) is not None:
        if m.start() > 0 and before.match(text, m.start() - 1):
            pos = m.start() + 1
            continue
        yield m
        pos = max(m.end(), m.start() + 1)


# Attribution to the person the sentence already reports ("selon lui", "d'après elle",
# "according to him") only says who speaks, as "a-t-il dit" does: not a hedge. Attribution
# to a source ("selon des sources", "d'après le Kremlin", "according to officials") keeps
# the claim at a distance and stays one (tests/eval/gold/framing.toml).
_PRONOUN_SOURCE = re.compile(r"\s+(?:lui|elle|eux|elles|him|her|them)(?![\w-])")


def _content_after(
    words: list[tuple[int, int, str]], i: int, folded: str = "", start: int | None = None
) -> str:
    """Stem of the first content word at or after index ``i`` (skipping aux, pronouns),
    within the negation's clause: punctuation between (a comma, a closing quote) ends it,
    so "we gave up nothing," Varane said" negates nothing of Varane's. ``start``: where
    the negation ends in ``folded`` (default: the end of the word before ``i``)."""
    end = start if start is not None else (words[i - 1][1] if i else 0)
    for k in range(i, min(i + 4, len(words))):
        s, e, w = words[k]
        if folded and _CLAUSE_END.search(folded, end, s):
            return ""
        end = e
        w = _ELISION.sub("", w)
        if w in _neg.AUXILIARIES or w in _PRONOUNS or w in _SKIP_AFTER_NOT or w in _NOT_NAMES:
            continue
        return stem(w)
    return ""


_CLAUSE_END = re.compile(r"[,;:.!?«»\"“”()]")


# How far back, in words, a superlative makes a bare "jamais" mean "ever".
_EVER_WINDOW = 10
_EVER_PHRASE = re.compile(r"(?:" + "|".join(re.escape(p) for p in _neg.EVER_PHRASES) + r")$")


def _means_ever(folded: str, start: int, text: str | None = None) -> bool:
    """A bare "jamais" at ``start`` reads "ever": after a superlative of its clause, or in
    "plus que jamais", "si jamais", "à jamais" (with its accent in ``text``, the original:
    colloquial "on a jamais vu ça" drops the "ne" of "never").

    >>> _means_ever("le plus puissant a avoir jamais ete mesure", 23)
    True
    >>> _means_ever("un seisme jamais vu", 10), _means_ever("plus que jamais", 9)
    (False, True)
    >>> _means_ever("on a jamais vu ca", 5, "on a jamais vu ça")
    False
    """
    end = start + len("jamais")
    phrase = _EVER_PHRASE.search(folded, max(0, start - 20), end)
    if phrase and not (phrase.group(0) == "a jamais" and text and text[phrase.start()] != "à"):
        return True
    before = folded[max(0, start - 8 * _EVER_WINDOW) : start]
    clause = re.split(r"[,;:.!?«»()]", before)[-1]
    words = _WORD.findall(clause)[-_EVER_WINDOW:]
    return any(
        w in _neg.EVER_AFTER and (w not in ("plus", "moins") or (k and words[k - 1] in _ARTICLES))
        for k, w in enumerate(words)
    )


_ARTICLES = frozenset(("le", "la", "les", "du", "des"))


def _restrictive(word: str) -> bool:
    """ "que", or "qu'" elided onto the next word ("qu'une", "qu'il"): the "que" of a
    restrictive "ne … que" (folded word)."""
    return word == _neg.RESTRICTIVE or word.startswith(_neg.RESTRICTIVE[:2] + "'")


def _negations(text: str, folded: str) -> list[Marker]:
    words = _words(folded)
    index = {s: i for i, (s, _, _) in enumerate(words)}
    starts = [s for s, _, _ in words]  # in order: bisected, not scanned, per negation
    found: list[Marker] = []
    used: set[int] = set()  # word starts already inside a marker

    for m in _NE.finditer(folded):
        i = index.get(m.start())
        if i is None:
            continue
        inner: list[str] = []
        first = folded[m.start() : m.end()].startswith("n'")
        if first:
            # "n'a" is one word token: its tail is the first inner word.
            inner.append(_ELISION.sub("", words[i][2]))
        for k in range(i + 1, min(i + 6, len(words))):
            w = words[k][2]
            if re.search(r"[,;:.!?«»]", folded[words[k - 1][1] : words[k][0]]):
                break
            if _restrictive(w):
                break  # "ne … que", "n'y a qu'une": only, not a denial
            if w in _neg.FRENCH_PARTICLES:
                # "ne … plus que deux jours", "ne … jamais que": only, not a denial.
                if w in _neg.RESTRICTIVE_PARTICLES and k + 1 < len(words):
                    if _restrictive(words[k + 1][2]):
                        used.update(words[j][0] for j in range(i, k + 1))  # no bare "jamais"
                        break
                # "ne … plus jamais", "ne … jamais rien": one negation, over its particles.
                while k + 1 < len(words) and words[k + 1][2] in _neg.FRENCH_PARTICLES:
                    k += 1
                content = [x for x in inner if x not in _PRONOUNS]
                if content and content[0] not in _neg.AUXILIARIES:
                    head = stem(content[0])
                else:
                    head = _content_after(words, k + 1, folded)
                s, e = m.start(), words[k][1]
                used.update(words[j][0] for j in range(i, k + 1))
                found.append(
                    Marker(
                        "negation",
                        text[s:e],
                        s,
                        e,
                        f"French 'ne … {w}' (discontinuous negation)",
                        head,
                    )
                )
                break
            inner.append(_ELISION.sub("", w))

    for m in _STANDALONE.finditer(folded):
        s, e = m.start(), m.end()
        if m.group(0) == "n't":
            s = folded.rfind(" ", 0, s) + 1  # "didn't": the whole word
            why = "English contraction 'n't'"
        else:
            why = _STANDALONE_WHY[m.group(1)]
        if s in used or (m.group(1) == "jamais" and _means_ever(folded, s, text)):
            continue
        i = bisect.bisect_left(starts, e)  # the first word at or after the negation
        found.append(Marker("negation", text[s:e], s, e, why, _content_after(words, i, folded, e)))

    for m in _NEG_VERB.finditer(folded):
        if m.start() in used:
            continue
        why = _NEG_VERB_WHY[m.group(1)]
        found.append(
            Marker("negation", text[m.start() : m.end()], m.start(), m.end(), why, stem(m.group(0)))
        )
    found.sort(key=lambda k: (k.start, k.end))
    return found


_CONDITIONAL = re.compile(r"\b(?:aurai|serai|pourrai)(?:t|ent)\b")
# The clause a conditional stands in: back to the last clause break (a sentence mark, a
# semicolon or a dash), where a "que" would make it a subordinate of reported speech.
_CLAUSE_BREAK = re.compile(r"[.;!?–—:]")
_SUBORDINATE = re.compile(r"\b(?:que|qu'|si)\b|\bqu'")


def _reported_conditional(text: str, folded: str, start: int) -> bool:
    """A French conditional inside reported speech or a quote is grammar, not a hedge.

    "réitérant qu'une agression … serait une erreur" is the future-in-the-past that
    indirect speech requires (concordance des temps), and a conditional inside « … » is the
    speaker's own; only a conditional in the writer's main clause ("l'OTAN aurait indiqué")
    is the journalist's distance.
    """
    before = folded[:start]
    clause = before[max((m.end() for m in _CLAUSE_BREAK.finditer(before)), default=0) :]
    if _SUBORDINATE.search(clause):
        return True
    opened = sum(text[:start].count(c) for c in "«“") - sum(text[:start].count(c) for c in "»”")
    return opened > 0 or text[:start].count('"') % 2 == 1


def _adjective_head(folded: str, end: int) -> str:
    """The stem of the noun a hedging adjective qualifies ("éventuelle agression" → "agres")."""
    for _, _, word in _words(folded[end:])[:2]:
        if len(word) > 3:
            return stem(word)
    return ""


def _hedge_markers(text: str, folded: str) -> list[Marker]:
    found = []
    for pattern, why in _HEDGES:
        for m in word_matches(pattern, folded, _HEDGE_BEFORE):
            conditional = _CONDITIONAL.fullmatch(m.group(0))
            if conditional and _reported_conditional(text, folded, m.start()):
                continue
            if why.startswith("attribution:") and _PRONOUN_SOURCE.match(folded, m.end()):
                continue
            head = _adjective_head(folded, m.end()) if why.startswith("adjective:") else ""
            found.append(
                Marker("hedge", text[m.start() : m.end()], m.start(), m.end(), why, head=head)
            )
    found.sort(key=lambda k: (k.start, k.end))
    return found


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
