"""Plain, frozen data passed between the stages of natocmp.

Only data lives here: no parsing, no scoring, no rendering. Every object is immutable,
built in a deterministic order, and turned into records by ``natocmp.render.records``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_WORD = re.compile(r"[^\W_]+(?:[’'][^\W_]+)*")


@dataclass(frozen=True, slots=True)
class Sentence:
    """One unit of a cleaned article: a sentence, or a heading (title, subheading).

    ``start``/``end`` are character offsets into ``Article.text`` (end exclusive), so
    ``article.text[s.start:s.end] == s.text`` always holds.
    """

    index: int
    text: str
    kind: str  # "sentence" | "heading"
    start: int
    end: int
    paragraph: int


@dataclass(frozen=True, slots=True)
class Dropped:
    """A piece of the raw page removed by cleaning, with the rule that removed it."""

    line: int  # 1-based line of the raw text it came from
    text: str
    reason: str


@dataclass(frozen=True, slots=True)
class Article:
    """A loaded, cleaned and segmented article with its metadata.

    ``provenance`` says how each metadata value was established (manifest, front matter,
    copyright line, dateline, detected, …), so a user can check it.
    """

    id: str
    title: str | None
    outlet: str | None
    date: str | None  # ISO YYYY-MM-DD, or None when the text does not establish it
    language: str  # "fr", "en", or "und" when neither is recognised
    source: str  # where it came from: "seed:000", a path, "-" for stdin
    url: str | None
    text: str  # the cleaned text the sentences index into
    sentences: tuple[Sentence, ...]
    dropped: tuple[Dropped, ...]
    encoding: str = "utf-8"
    provenance: tuple[tuple[str, str], ...] = ()
    warnings: tuple[str, ...] = field(default=())

    @property
    def words(self) -> int:
        return sum(count_words(s.text) for s in self.sentences)


def count_words(text: str) -> int:
    """Count words the way ``list`` reports them: runs of letters or digits.

    >>> count_words("L’OTAN a proposé 100 000 soldats.")
    6
    """
    return len(_WORD.findall(text))
