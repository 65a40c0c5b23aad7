"""Capitalised names and the gazetteer places among them.

One step of ``natocmp.features``; its package docstring says what the features are for.
"""

from __future__ import annotations

import re

from natocmp.features._text import (
    _ELISION,
    _word_before,
    fold_aligned,
)
from natocmp.features._types import (
    Place,
)
from natocmp.features.dates import (
    _RELATIVE_ALL,
    _date_words,
)
from natocmp.lexicon import places as _places
from natocmp.lexicon import stopwords as _stop

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
