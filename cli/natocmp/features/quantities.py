"""Figures: digits and number words, their qualifier ("près de") and counted noun.

One step of ``natocmp.features``; its package docstring says what the features are for.
"""

from __future__ import annotations

import re

from natocmp.features._text import (
    _BEFORE_WINDOW,
    _NEXT_WORD,
    _Taken,
    _words,
    fold_aligned,
)
from natocmp.features._types import (
    Quantity,
)
from natocmp.features.dates import (
    _date_words,
)
from natocmp.lexicon import quantities as _q

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
