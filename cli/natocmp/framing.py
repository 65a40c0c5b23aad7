"""Framing markers, sentence by sentence: loaded words, hedges, scare quotes, lone context.

``sentence_markers(text)`` flags, in one French or English sentence, evaluative and loaded
words (``natocmp.lexicon.evaluative``), hedges and distance (the hedge markers of
``natocmp.features``, lexicon ``natocmp.lexicon.hedges``) and scare quotes (short quoted
fragments, found with the quote finder of ``natocmp.attribute``). ``frame_articles``
adds "context": sentences of one outlet that have no aligned counterpart (``natocmp.align``)
in any other article of the set, and counts markers per 1,000 words for each article.

Deliberately lexical: every flag names the lexicon entry or rule that fired. Words inside a
direct quote of three words or more are the speaker's, not the outlet's, so neither
evaluative words nor hedges are flagged there. Nothing here decides whether a framing is
fair; it shows where an outlet's wording carries a judgment. No printing; deterministic.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from functools import cache

from natocmp.models import (
    WORD,
    Article,
    FlaggedSentence,
    FramingResult,
    FramingSummary,
    Marker,
    count_words,
)

TYPES = ("evaluative", "hedge", "scare_quote", "context")
# A quoted fragment of at most this many words, with no finite verb, is a scare quote: the
# outlet lifts a term ("« secondaire »", "« ordre de sécurité »") rather than a statement.
# attribute.MIN_QUOTE_WORDS (3) already makes 1–2 quoted words "not a claim"; framing goes
# to 4 because verbless three- and four-word labels ("« une unité incroyable »") are terms too.
SCARE_MAX_WORDS = 4
# A sentence shorter than this is a scrap ("ns – et l’OTAN."), not context worth flagging.
CONTEXT_MIN_WORDS = 5
# Finite verbs and auxiliaries that make a quoted fragment a clause, i.e. a partial quote of
# a statement (« jeudi prochain sera pire »), not a term held at arm's length. Matched on
# lower-cased text with accents kept, so "à" is never taken for "a".
_FINITE = re.compile(
    r"(?<![\w'’])(?:a|ai|as|avons|avez|ont|avait|avaient|aura|auront|aurait|est|es|sommes|"
    r"êtes|sont|était|étaient|sera|seront|serait|fut|va|vont|peut|peuvent|doit|doivent|"
    r"fait|font|reste|restent|is|are|was|were|will|has|have|had|can|could|would|should|"
    r"must|does|did|do|'s|n'a|n’a|n'est|n’est|c'est|c’est)(?![\w'’])"
)


@cache
@cache
def _evaluative() -> list[tuple[re.Pattern[str], str, str]]:
    """The lexicon's patterns, compiled once; the character before a match is checked by
    ``features.word_matches`` (a letter, digit, apostrophe or hyphen: inside a word)."""
    from natocmp.lexicon.evaluative import EVALUATIVE

    return [(re.compile(rf"(?:{p})(?![\w-])"), cat, why) for p, cat, why in EVALUATIVE]


_EVALUATIVE_BEFORE = re.compile(r"[\w'-]")


def _long_quotes(spans: Iterable[tuple[int, int, bool]], text: str) -> list[tuple[int, int]]:
    from natocmp.attribute import MIN_QUOTE_WORDS

    return [(s, e) for s, e, _ in spans if count_words(text[s:e]) >= MIN_QUOTE_WORDS]


def _inside(start: int, spans: Sequence[tuple[int, int]]) -> bool:
    """Whether ``start`` is inside one of ``spans`` (in text order, disjoint): bisection, so
    a sentence with thousands of quotes stays linear."""
    k = bisect.bisect_right(spans, (start, float("inf"))) - 1
    return k >= 0 and spans[k][0] <= start < spans[k][1]


class _Words:
    """Word counts of a sentence's prefixes and suffixes by bisection: ``before(i)`` is
    ``count_words(text[:i])`` and ``after(i)`` is ``count_words(text[i:])`` (a word cut at
    ``i`` counts on both sides, as it does in the slices), without slicing per quote."""

    def __init__(self, text: str) -> None:
        spans = [(m.start(), m.end()) for m in WORD.finditer(text)]
        self.starts = [s for s, _ in spans]
        self.ends = [e for _, e in spans]

    def before(self, i: int) -> int:
        k = bisect.bisect_right(self.ends, i)
        return k + (k < len(self.starts) and self.starts[k] < i)

    def after(self, i: int) -> int:
        k = bisect.bisect_left(self.starts, i)
        return len(self.starts) - k + (k > 0 and self.ends[k - 1] > i)


def _scare_quotes(
    text: str, spans: Iterable[tuple[int, int, bool]], said: Sequence[str] = ()
) -> list[Marker]:
    from natocmp.clean import fold

    found = []
    index = _Words(text)
    claims = [fold(c) for c in said]
    for s, e, closed in spans:
        raw = text[s:e]
        if raw.strip() and any(fold(raw.strip()) in c for c in claims):
            continue  # the words of a speaker the sentence names: a quote, not a scare quote
        words = count_words(raw)
        outside = index.before(s) + index.after(e)
        if not closed or not 1 <= words <= SCARE_MAX_WORDS or outside < 3:
            continue  # an unclosed quote runs on; a quote with no sentence around is a quote
        if _FINITE.search(raw.lower()):
            continue
        lead = len(raw) - len(raw.lstrip())
        span = raw.strip()
        start = s + lead
        found.append(
            Marker(
                "scare_quote",
                span,
                start,
                start + len(span),
                f"quoted fragment of {words} word{'s' * (words > 1)} with no verb inside the "
                "outlet's own sentence: a term held at arm's length, not a statement",
            )
        )
    return found


def sentence_markers(
    text: str, *, language: str = "fr", said: Sequence[str] = ()
) -> tuple[Marker, ...]:
    """Evaluative words, hedges and scare quotes in one sentence, in text order.

    Args:
        text: one sentence; offsets in the markers index into it.
        language: "fr", "en" or "und" (both languages' lexicons apply; see features).
        said: the claims of this sentence attributed to a speaker (``natocmp.attribute``):
            a quoted fragment inside one of them is that speaker's word, not a scare quote.

    >>> [(m.type, m.span) for m in sentence_markers("Le bloc aurait « carrément » menti.")]
    [('evaluative', 'bloc'), ('hedge', 'aurait'), ('scare_quote', 'carrément')]
    """
    from natocmp.attribute import quote_spans  # the one quote finder; see the module docstring
    from natocmp.features import find_hedges, fold_aligned, word_matches

    spans = quote_spans(text)
    quoted = _long_quotes(spans, text)
    folded = fold_aligned(text)
    scare = _scare_quotes(text, spans, said)
    markers: list[Marker] = list(scare)
    # A loaded word the outlet puts in scare quotes is flagged once, as the scare quote.
    taken = bytearray(len(text) + 1)  # characters already flagged: a mask, linear to check
    for m in scare:
        taken[m.start : m.end] = b"\x01" * (m.end - m.start)
    for pattern, category, why in _evaluative():
        for m in word_matches(pattern, folded, _EVALUATIVE_BEFORE):
            if _inside(m.start(), quoted) or taken.find(1, m.start(), m.end()) >= 0:
                continue
            taken[m.start() : m.end()] = b"\x01" * (m.end() - m.start())
            markers.append(
                Marker(
                    "evaluative",
                    text[m.start() : m.end()],
                    m.start(),
                    m.end(),
                    f"{category}: {why}",
                    category=category,
                )
            )
    for h in find_hedges(text, language=language):
        if not _inside(h.start, quoted):
            markers.append(Marker("hedge", h.span, h.start, h.end, h.why))
    markers.sort(key=lambda k: (k.start, k.end, TYPES.index(k.type)))
    return tuple(markers)


def _context(articles: Sequence[Article], params) -> dict[str, set[int]]:
    """Per article, the indices of sentences aligned with some sentence of another article."""
    from natocmp.align import align_articles

    linked: dict[str, set[int]] = {a.id: set() for a in articles}
    for i, a in enumerate(articles):
        for b in articles[i + 1 :]:
            for link in align_articles(a, b, params):
                linked[a.id].update(link.a_indices)
                linked[b.id].update(link.b_indices)
    return linked


def frame_articles(
    articles: Sequence[Article], *, types: Sequence[str] = TYPES, align_params=None
) -> FramingResult:
    """Framing markers of every sentence of every article, and per-article summaries.

    Args:
        articles: the outlets compared; "context" needs at least two.
        types: the marker types to look for (any of ``TYPES``); leaving "context" out
            skips the alignment, which is the costly part.
        align_params: ``natocmp.align.AlignParams`` for "context"; default the calibrated.

    Returns:
        FramingResult: flagged sentences by article order then index; summaries likewise.

    Raises:
        ValueError: an unknown marker type.
    """
    from natocmp.align import AlignParams
    from natocmp.attribute import extract_claims

    unknown = sorted(set(types) - set(TYPES))
    if unknown:
        raise ValueError(f"unknown framing type(s) {', '.join(unknown)}: use {', '.join(TYPES)}")
    align_params = align_params or AlignParams()
    wanted = [t for t in TYPES if t in types]
    context = "context" in wanted and len(articles) > 1
    linked = _context(articles, align_params) if context else {}
    flagged: list[FlaggedSentence] = []
    outlets: list[FramingSummary] = []
    for article in articles:
        others = ", ".join(a.id for a in articles if a.id != article.id)
        counts = dict.fromkeys(wanted, 0)
        n_flagged = 0
        said: dict[int, list[str]] = {}
        if "scare_quote" in wanted:
            for c in extract_claims(article):
                if c.speaker is not None:
                    said.setdefault(c.sentence_index, []).append(c.text)
        for s in article.sentences:
            markers = [
                m
                for m in sentence_markers(
                    s.text, language=article.language, said=said.get(s.index, ())
                )
                if m.type in wanted
            ]
            if (
                context
                and s.kind == "sentence"
                and s.index not in linked[article.id]
                and count_words(s.text) >= CONTEXT_MIN_WORDS
            ):
                markers.append(
                    Marker(
                        "context",
                        s.text,
                        0,
                        len(s.text),
                        f"no counterpart in {others} (natocmp.align, threshold "
                        f"{align_params.cutoff:g}): context only this outlet gives",
                    )
                )
            if not markers:
                continue
            n_flagged += 1
            for m in markers:
                counts[m.type] += 1
            flagged.append(FlaggedSentence(article.id, s.index, s.text, tuple(markers)))
        words = article.words
        outlets.append(
            FramingSummary(
                article=article.id,
                words=words,
                sentences=len(article.sentences),
                flagged=n_flagged,
                counts=tuple(counts.items()),
                per_1000=tuple(
                    (t, round(1000 * c / words, 2) if words else 0.0) for t, c in counts.items()
                ),
            )
        )
    params: dict[str, object] = {
        "types": wanted,
        "evaluative": "natocmp.lexicon.evaluative (folded, whole words)",
        "hedge": "natocmp.features hedges (natocmp.lexicon.hedges)",
        "scare_quote": f"natocmp.attribute quote spans of 1–{SCARE_MAX_WORDS} words with no "
        "finite verb, inside a sentence of the outlet's own; not inside a claim the sentence "
        "attributes to a speaker (that is the speaker's word: a quote)",
        "outlet_voice": "evaluative words and hedges inside quotes of 3+ words are not flagged",
    }
    if context:
        params["context"] = {
            "aligner": "natocmp.align.align_articles, every pair of articles",
            "threshold": align_params.cutoff,
            "min_words": CONTEXT_MIN_WORDS,
        }
    return FramingResult(tuple(articles), tuple(params.items()), tuple(flagged), tuple(outlets))
