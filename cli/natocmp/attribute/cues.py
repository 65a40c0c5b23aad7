"""Reporting cues in a sentence: verbs, inversions, gerunds, sources, calls, noun cues, dashes;
and whether a cue's content stands before it (postposed attribution)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from natocmp.attribute.text import _alt, _fold
from natocmp.entities import name_runs
from natocmp.lexicon import entities as elex
from natocmp.lexicon import reporting as lex

_AUX = r"(?:a|ont|avait|avaient|aurait|auraient|l'a|l'ont|l'avait)"
_INV = r"(?:-t-(?P<pron>il|elle|on)|-(?P<pron2>ils|elles))"
_ADV = (
    r"(?:\s+(?:en\s+tout\s+cas|egalement|aussi|clairement|carrement|encore|deja|ensuite|"
    r"pourtant|toutefois|notamment|par\s+ailleurs|plus\s+tard|lui-meme|elle-meme|"
    r"publiquement|fermement|vivement))*"
)
_CUES = re.compile(
    rf"(?P<phrase>\b(?:{_alt(lex.FR_PHRASES)})\b)"
    rf"|(?P<call>\b(?:{_alt(lex.CALLS)})\b|\bappell(?:e|ent)(?=\s+(?:[\w'-]+\s+){{0,3}}?a\s))"
    rf"|(?P<noun>\b(?:{_alt(lex.NOUN_CUES)})s?\b"
    r"(?:\s+(?:de\s+la|de\s+l'|du|des|de|d'|by|from|of\s+the|of)\s*(?P<of>[^,;:«»“”\"]{1,50}?))?"
    r"\s*(?P<link>selon\s+laquelle|selon\s+lequel|que\b|qu'|that\b|de\b|d'|to\b))"
    rf"|(?P<verb>\b{_AUX}{_INV}?{_ADV}\s+(?:{_alt(lex.FR_PARTICIPLES)})\b"
    rf"|\b(?:{_alt(lex.FR_PRESENT)}|{_alt(lex.EN_VERBS)})\b)"
    rf"|(?P<gerund>\b(?:{_alt(lex.FR_GERUNDS + lex.EN_GERUNDS)})\b)"
    rf"|(?P<source>\b(?:{_alt(lex.FR_SOURCES + lex.EN_SOURCES)})\s+"
    r"(?!lequel|laquelle|lesquels|lesquelles|which|whom))"
)
_BARE = re.compile(rf"^\s*[,.]?\s*(?P<name>[A-Z][\w'’-]+)\s+(?P<verb>{_alt(lex.FR_PARTICIPLES)})\b")
_THAT = re.compile(r"\b(?:que|qu'|that)\s*", re.UNICODE)


@dataclass(frozen=True, slots=True)
class _Cue:
    start: int
    end: int
    form: str  # verb | gerund | phrase | source | call | noun | bare | dash
    pron: str | None
    who: tuple[int, int] | None = None  # a noun cue's complement: "l'annonce de [Valtek] …"


def _inside(pos: int, spans: Sequence[tuple[int, int, bool]]) -> bool:
    return any(s <= pos < e for s, e, _ in spans)


_FORMS = ("phrase", "call", "noun", "verb", "gerund", "source")
_POSSESSOR = re.compile(r"(?:\b(?:sa|son|ses|leur|leurs|his|her|their|its)|[\w-]['’]s)\s+$")


# "Pour Henrik Dalmo, …", "For Ellen Marsh, …": a person's view, at a sentence's start
_FOR_PERSON = re.compile(r"^\s*(?P<pour>Pour|For)\s+")
_FOR_AFTER_QUOTE = re.compile(r"\s*,\s*(?P<pour>pour|for)\s+")


def _cues(text: str, spans: Sequence[tuple[int, int, bool]]) -> list[_Cue]:
    return list(_cues_of(text, tuple(spans)))


@lru_cache(maxsize=4096)  # by sentence: claims, framing and report each read them again
def _cues_of(text: str, spans: tuple[tuple[int, int, bool], ...]) -> tuple[_Cue, ...]:
    folded = _fold(text)
    cues = []
    for m in _CUES.finditer(folded):
        if _inside(m.start(), spans):
            continue
        form = next(k for k in _FORMS if m.group(k))
        pron = m.group("pron") or m.group("pron2")
        who = None
        if form == "noun":
            of = m.group("of")
            who = (m.start("of"), m.end("of")) if of and of.strip() else None
            owner = _POSSESSOR.search(folded[: m.start()])
            # "la promesse de réforme de …": a noun cue needs an owner, and "de"/"to" only
            # introduce content after a possessive ("sa promesse de …", "her pledge to …")
            if owner is None and (who is None or m.group("link") in {"de", "d'", "to"}):
                continue
        cues.append(_Cue(m.start(), m.end(), form, pron, who))
    lead = _FOR_PERSON.match(text)
    if lead and not any(c.start < lead.end("pour") + 40 for c in cues if c.form == "source"):
        runs = name_runs(text[lead.end() : lead.end() + 80])
        if runs and runs[0].start == 0 and runs[0].kind == "person":
            cues.append(_Cue(lead.start("pour"), lead.end("pour"), "source", None))
    for _, e, closed in spans:
        # '« Beaucoup de soulagement », pour Sophie, rescapée': the quote is that person's
        after_quote = _FOR_AFTER_QUOTE.match(text, e + 1) if closed else None
        if after_quote and any(
            r.start == 0 and r.kind in {"person", "surname"}
            for r in name_runs(text[after_quote.end() : after_quote.end() + 60])
        ):
            cues.append(_Cue(after_quote.start("pour"), after_quote.end("pour"), "dash", None))
    for _, e, closed in spans:
        if not closed:
            continue
        after = text[e + 1 :]
        bare = _BARE.match(_fold(after))
        if bare and not any(c.start > e and c.start <= e + 1 + bare.end() for c in cues):
            cues.append(_Cue(e + 1 + bare.start("verb"), e + 1 + bare.end("verb"), "bare", None))
        dash = re.match(r"^\s*[–—-]\s+", after)
        if dash and not re.search(r"[.!?]", after[dash.end() : dash.end() + 40]):
            cues.append(_Cue(e + 1 + dash.start(), e + 1 + dash.end(), "dash", None))
    return tuple(sorted(cues, key=lambda c: c.start))


# --- speakers -----------------------------------------------------------------------------


def _postposed(text: str, cue: _Cue, floor: int, nxt: int) -> bool:
    """Whether the content comes before the cue ("…, a déclaré X" / "…, X a insisté")."""
    if cue.form in {"gerund", "phrase", "source"}:
        return False
    if cue.form in {"bare", "dash"}:
        return True
    before = _fold(text[floor : cue.start]).rstrip()
    if cue.pron or before.endswith(("»", "”", '"', "comme", "comme l'a", "comme l'ont")):
        return True
    if re.search(r"[»”\"]\s*,$", before):  # '"…", a déclaré X': a quote, a comma, the cue
        return True
    after = _fold(text[cue.end : nxt])
    if re.match(r"^\s*(?:\S+\s+){0,9}?(?:que\b|qu'|that\b|[:«“\"])", after):
        return False
    if re.match(r"^\s+(?:(?:to|de)\s+|d')\w", after):  # "Le Pen pledged to dilute …"
        return False
    clause = re.split(r"[,»”\"]", before)
    if _CONJ_RE.match(clause[-1].strip()):  # "…, while the union said": a new subject
        return False
    tail = re.split(r"[,.;:!?«»“”\"]", after, maxsplit=1)[0]
    if before.endswith(","):
        # "…, a ajouté X", "…, said the minister": the subject follows the verb; not
        # "One sailor, Mia Dahl, recounted the moment when …": that verb has an object
        if _addressee_after(text, cue.end):
            return False  # "…, Tor Aas, told AFP as he left": AFP heard it, Aas said it
        return len(tail.split()) <= 8 or _subject_after(text, cue.end)
    # "…, X said on Sunday": a short subject after a comma, and little after the verb (not
    # "One sailor, Mia Dahl, recounted the moment …": that verb has an object)
    short = (
        len(clause) > 1
        and len(clause[-1].split()) <= 3
        and len(tail.split()) <= 6
        and _FINITE.match(after) is None  # "…, Olav Strand said the fleet would adapt"
    )
    # '"…," Deputy Secretary of State Ellen Marsh said': a titled name after a closed quote
    return short or _TITLED_SUBJECT.search(text, floor, cue.start) is not None


_TITLED_SUBJECT = re.compile(
    r"""(?:,\s*["”»]|["”»]\s*,)\s*(?:(?:[A-ZÀ-ÖØ-Þ][\w.'’-]*|of|de|du|la|le|the|"""
    rf"(?i:{_alt(lex.TITLE_HEADS)}))\s+){{1,9}}$"
)


_SUBJECT_AFTER = re.compile(
    rf"\s+(?:[A-ZÀ-ÖØ-Þ]|(?i:le|la|les|l'|un|une|the|a|an)\s*(?:[A-ZÀ-ÖØ-Þ]|(?:\w+\s+){{0,2}}?"
    rf"(?i:{_alt(lex.TITLE_HEADS + elex.DESCRIPTION_HEADS + lex.COLLECTIVES)})\b))"
)  # a name, "le Palais royal", "la candidate", "the officials"


def _subject_after(text: str, pos: int) -> bool:
    """A subject right after the verb: a name or a described person, not an outlet the
    words were told to ("…, Sophie, told AFP as she left")."""
    return _SUBJECT_AFTER.match(text, pos) is not None and not _addressee_after(text, pos)


def _addressee_after(text: str, pos: int) -> bool:
    """An outlet right after the verb ("told AFP", "a déclaré au Parisien")."""
    runs = name_runs(text[pos : pos + 60])
    return (
        bool(runs)
        and runs[0].kind == "outlet"
        and re.fullmatch(r"\s*(?:au|a|à|to)?\s*", text[pos : pos + runs[0].start]) is not None
    )


def _owned(text: str, qe: int, cues: Sequence[_Cue]) -> bool:
    """A quote closed right before a cue belongs to that cue ("« … », a déclaré X")."""
    return any(c.start > qe and re.fullmatch(r"[\s,.»”\"]*", text[qe : c.start]) for c in cues)


# Contrast between two attributed clauses: "A said …, while B said …", "…, tandis que B …".
_CONJ = r"(?:tandis\s+qu['e]?|alors\s+qu['e]?|while|whereas|though|although)"
_CONTRAST = re.compile(rf",?\s+{_CONJ}(?:\s|$)")
_CONJ_RE = re.compile(rf"\b{_CONJ}(?:\s|$)")


def _last_conjunction(window: str) -> int | None:
    """End of the last contrast conjunction in ``window`` when a subject may follow it."""
    found = list(_CONJ_RE.finditer(_fold(window)))
    if not found or not window[found[-1].end() :].strip():
        return None
    return found[-1].end()


_EN_VERB = re.compile(rf"(?:{_alt(lex.EN_VERBS)})")  # compiled once: read for every cue


def _is_english_said(text: str, cue: _Cue) -> bool:
    """An English reporting verb whose content follows without "that": "said the bank would
    …" always; any other verb (and "told" past its addressee) only before a clause
    ("warned the talks could fail"), not before its object ("conceded defeat", "claimed
    the lives of", "held a press conference")."""
    verb = _fold(text[cue.start : cue.end])
    if cue.form != "verb" or _EN_VERB.fullmatch(verb) is None:
        return False
    if verb in _SAY:
        return True
    return _FINITE.match(_fold(text[cue.end : cue.end + 80])) is not None


_SAY = {"said", "says", "say"}  # "told" needs a clause after its addressee: "told AFP as she left"
# a finite verb within the next few words: the content is a clause, not the verb's object
_FINITE = re.compile(
    r"^\s*(?:[\w'’-]+\s+){0,3}?(?:how|why|whether|what|when)\b|^\s*(?:[\w'’-]+\s+){0,6}?(?:would|will|was|were|is|are|had|has|have|could|should|"
    r"may|might|must|can|did|does|won't|wouldn't|isn't|wasn't|weren't|hadn't|'s|'re)\b"
)
