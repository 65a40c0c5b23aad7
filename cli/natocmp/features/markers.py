"""Negation and hedge markers, with the lexicon entry or rule that fired.

One step of ``natocmp.features``; its package docstring says what the features are for.
"""

from __future__ import annotations

import bisect
import re

from natocmp.features._text import (
    _ELISION,
    _WORD,
    _words,
    stem,
)
from natocmp.features.places import (
    _NOT_NAMES,
)
from natocmp.lexicon import hedges as _hedges
from natocmp.lexicon import negations as _neg
from natocmp.models import Marker

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
