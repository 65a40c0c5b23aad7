"""Say how a quote relates to its passage of the source: the verdict and the evidence.

``compare_direct`` turns a located direct quote into verbatim / trimmed / altered: the word
diff of the quote against the source's own words (difflib on normalised tokens), the words
a trim leaves out, and the typed differences of an alteration (a number, a negation, a
hedge, a tense, the word order, words spliced from two answers). A trim that drops a
negation, a number or a hedge is an alteration, not a trim: "we will not accept" quoted as
"we will … accept" changes what was said, and so does a quote that starts just after a
"not". ``compare_reported`` gives a paraphrase's typed differences (negation, number).

Deliberately lexical: no parsing, no synonyms. Who said it is ``natocmp.verify.check``'s
business, not this module's.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher

from natocmp.models import Difference
from natocmp.normalize import stem
from natocmp.verify.passages import Passage, SourceText, Token

NEGATIONS = frozenset({
    "not", "no", "never", "nothing", "none", "nobody", "neither", "nor", "cannot", "without",
    "ne", "n", "pas", "jamais", "aucun", "aucune", "rien", "nul", "nulle", "guere", "sans",
})
HEDGES = frozenset({
    "may", "might", "could", "perhaps", "possibly", "probably", "likely", "unlikely", "maybe",
    "seems", "appears", "pourrait", "pourraient", "probablement", "eventuellement",
    "peut-etre", "semble", "sembler", "apparemment",
})  # not "peut" alone: "on peut avoir" is "can", not a hedge; "peut-être" is read as one word
TENSE = frozenset({
    "will", "would", "shall", "has", "have", "had", "was", "were", "is", "are", "did", "does",
    "do", "been", "a", "ont", "avait", "avaient", "aura", "auront", "aurait", "est", "sont",
    "etait", "etaient", "sera", "seront", "serait", "va", "vont", "allait", "fut",
})
# "one", "un", "une" are left out: far more often a pronoun or an article than a count.
NUMBER_WORDS = frozenset({
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve",
    "twenty", "thirty", "forty", "fifty", "hundred", "thousand", "million", "billion",
    "dozen", "deux", "trois", "quatre", "cinq", "sept", "huit", "neuf", "dix",
    "vingt", "trente", "quarante", "cinquante", "cent", "cents", "mille", "millions",
    "milliard", "milliards", "douzaine", "half", "moitie", "double", "triple",
})
_LOST = {"negation": "a negation", "number": "a number", "hedge": "a hedge",
         "tense": "an auxiliary (the tense changes)"}
SLACK = 4  # source words looked at beyond a quote's ends
CONTEXT = 3  # words of the source shown on each side of a dropped piece


@dataclass(frozen=True, slots=True)
class Comparison:
    """A direct quote against its passage: what kind, and the evidence."""

    verdict: str  # verbatim | trimmed | altered
    passage: str
    dropped: tuple[str, ...]
    added: tuple[str, ...]
    removed: tuple[str, ...]
    differences: tuple[Difference, ...]
    score: float
    why: str


def _is_number(form: str) -> bool:
    return form[:1].isdigit() or form in NUMBER_WORDS


def _segments(p: Passage, src: SourceText, qlen: int) -> list[tuple[int, int]]:
    """Source token ranges [first, last] per turn, in quote order, widened to the quote's
    uncovered ends (so a changed first or last word is compared, not lost)."""
    segs: list[list[int]] = []
    for r in p.runs:
        t = src.tokens[r.s].turn
        if segs and src.tokens[segs[-1][0]].turn == t:
            segs[-1][0] = min(segs[-1][0], r.s)
            segs[-1][1] = max(segs[-1][1], r.s + r.length - 1)
        else:
            segs.append([r.s, r.s + r.length - 1])
    # Widen to the quote's uncovered ends, plus SLACK words of the same sentence: a changed
    # word next to a dropped one still meets its counterpart. compare_direct strips the
    # source words beyond the quote's ends again.
    head = p.runs[0].q + SLACK
    tail = qlen - (p.runs[-1].q + p.runs[-1].length) + SLACK
    first, last = segs[0][0], segs[-1][1]
    s0, s1 = src.tokens[first].sentence, src.tokens[last].sentence
    while head and first > 0 and src.tokens[first - 1].sentence == s0:
        first, head = first - 1, head - 1
    while tail and last + 1 < len(src.tokens) and src.tokens[last + 1].sentence == s1:
        last, tail = last + 1, tail - 1
    segs[0][0], segs[-1][1] = first, last
    return [(a, b) for a, b in segs]


def _near_negation(src: SourceText, first: int, last: int) -> str | None:
    """A negation in the same sentence just before (3 words) or after (2 words) a span."""
    toks = src.tokens
    sent = toks[first].sentence
    for k in range(first - 1, max(first - 4, -1), -1):
        if toks[k].sentence != sent:
            break
        if toks[k].form in NEGATIONS:
            return src.span_text(k, first - 1)
    for k in range(last + 1, min(last + 3, len(toks))):
        if toks[k].sentence != toks[last].sentence:
            break
        if toks[k].form in NEGATIONS and toks[k].form in {"pas", "jamais", "rien", "not"}:
            return src.span_text(last + 1, k)
    return None


def compare_direct(quote: Sequence[Token], p: Passage, src: SourceText, text: str = ""
                   ) -> Comparison:
    """Verbatim, trimmed or altered: the quote's tokens against the passage's.

    ``text`` is the quote as written (its tokens' offsets point into it), so the words it
    adds are shown as the article writes them; without it, normalised.
    """
    segs = _segments(p, src, len(quote))
    stoks: list[Token] = []
    idx: list[int] = []
    for a, b in segs:
        stoks += src.tokens[a : b + 1]
        idx += range(a, b + 1)
    qf = [t.form for t in quote]
    sf = [t.form for t in stoks]
    ops = SequenceMatcher(None, qf, sf, autojunk=False).get_opcodes()
    bounds = (idx[0], idx[-1])
    # source words beyond the quote's ends are context, not words the quote drops
    while ops and ops[0][0] == "insert":
        ops.pop(0)
    while ops and ops[-1][0] == "insert":
        ops.pop()
    lo, hi = idx[ops[0][3]], idx[ops[-1][4] - 1]
    bounds = (lo, hi)
    segs[0] = (lo, segs[0][1]) if len(segs) > 1 else (lo, hi)
    segs[-1] = (segs[-1][0], hi) if len(segs) > 1 else segs[-1]
    passage = " … ".join(src.span_text(a, b) for a, b in segs)
    span = (lo, hi)
    dropped: list[str] = []
    dropped_forms: list[str] = []
    dropped_pieces: list[list[str]] = []
    added: list[str] = []
    removed: list[str] = []
    added_forms: list[str] = []
    removed_forms: list[str] = []
    equal = 0
    for op, i1, i2, j1, j2 in ops:
        if op == "equal":
            equal += i2 - i1
        elif op == "insert":  # source words the quote leaves out
            dropped.append(_in_context(src, idx, j1, j2, bounds))
            dropped_forms += sf[j1:j2]
            dropped_pieces.append(sf[j1:j2])
        else:
            if i2 > i1:
                added.append(text[quote[i1].start : quote[i2 - 1].end] if text
                             else " ".join(t.form for t in quote[i1:i2]))
                added_forms += qf[i1:i2]
            if j2 > j1:
                removed.append(src.span_text(idx[j1], idx[j2 - 1]))
                removed_forms += sf[j1:j2]
    score = round(100.0 * equal / len(qf), 1) if qf else 0.0
    diffs: list[Difference] = []
    if len(segs) > 1:
        turns = sorted({src.tokens[a].turn for a, _ in segs})
        diffs.append(Difference("splice", passage, " ".join(qf),
                                "joins words from turns " + ", ".join(map(str, turns))))
    if not added_forms and not removed_forms and not diffs:
        lost = _typed(dropped_forms, [], tense=False)
        if any(all(f in TENSE for f in piece) for piece in dropped_pieces):
            lost.append(Difference("tense", " ".join(f for p in dropped_pieces for f in p
                                                     if all(x in TENSE for x in p)), "",
                                   "the trim drops an auxiliary: the tense changes"))
        near = _near_negation(src, *span) if not dropped else None
        if near is not None and not any(f in NEGATIONS for f in qf):
            lost.append(Difference("negation", near, "", "the quote starts or ends next to "
                                   "a negation it leaves out"))
        if lost:
            what = " and ".join(dict.fromkeys(_LOST[d.kind] for d in lost))
            return Comparison("altered", passage, tuple(dropped), (), (), tuple(lost), score,
                              f"the trim drops {what}: the meaning changes")
        if dropped:
            pieces = "1 piece" if len(dropped) == 1 else f"{len(dropped)} pieces"
            return Comparison("trimmed", passage, tuple(dropped), (), (), (), score,
                              f"{pieces} of the source left out, no word changed")
        return Comparison("verbatim", passage, (), (), (), (), score,
                          "every word is in the source, in order")
    diffs += _typed(removed_forms + dropped_forms, added_forms)
    if sorted(added_forms) == sorted(removed_forms) and added_forms:
        diffs.append(Difference("order", " ".join(removed_forms), " ".join(added_forms),
                                "the same words in another order"))
    if (added or removed) and not any(d.kind != "splice" for d in diffs):
        diffs.append(Difference("wording", " / ".join(removed), " / ".join(added)))
    kinds = ", ".join(dict.fromkeys(d.kind for d in diffs))
    why = ("one quote joining words of different answers ("
           f"{diffs[0].detail.removeprefix('joins words from ')})"
           if kinds == "splice" else f"words changed against the source ({kinds})")
    return Comparison("altered", passage, tuple(dropped), tuple(added), tuple(removed),
                      tuple(diffs), score, why)


def _in_context(src: SourceText, idx: list[int], j1: int, j2: int,
                bounds: tuple[int, int]) -> str:
    """The dropped source words with a few kept words around them, as «before [dropped] after»."""
    a, b = idx[j1], idx[j2 - 1]
    lo = max(bounds[0], a - CONTEXT)
    hi = min(bounds[1], b + CONTEXT)
    before = src.span_text(lo, a - 1) if a > lo else ""
    after = src.span_text(b + 1, hi) if hi > b else ""
    return f"{before} [{src.span_text(a, b)}] {after}".strip()


def _typed(source: Sequence[str], quote: Sequence[str], *, tense: bool = True
           ) -> list[Difference]:
    """Typed differences between the source's changed words and the quote's."""
    out: list[Difference] = []
    sn, qn = [f for f in source if _is_number(f)], [f for f in quote if _is_number(f)]
    if sn != qn:
        out.append(Difference("number", " ".join(sn), " ".join(qn)))
    sneg, qneg = [f for f in source if f in NEGATIONS], [f for f in quote if f in NEGATIONS]
    if bool(sneg) != bool(qneg) or (sneg and qneg and sneg != qneg):
        out.append(Difference("negation", " ".join(sneg), " ".join(qneg)))
    sh, qh = _hedges(source), _hedges(quote)
    if sh != qh:
        out.append(Difference("hedge", " ".join(sh), " ".join(qh)))
    st, qt = [f for f in source if f in TENSE], [f for f in quote if f in TENSE]
    stems = {stem(f) for f in source if f not in TENSE} & {stem(f) for f in quote
                                                            if f not in TENSE}
    changed_form = [f for f in source if f not in TENSE and stem(f) in stems
                    and f not in quote and not _agreement(f, quote)]
    if tense and (st != qt or changed_form):
        a = " ".join(st + changed_form)
        b = " ".join(qt + [f for f in quote if f not in TENSE and stem(f) in stems
                           and f not in source])
        out.append(Difference("tense", a, b))
    return out


def _hedges(forms: Sequence[str]) -> list[str]:
    joined = [f"{a}-{b}" for a, b in zip(forms, forms[1:], strict=False) if (a, b) == ("peut",
                                                                                  "etre")]
    return [f for f in forms if f in HEDGES] + joined


def _agreement(form: str, others: Sequence[str]) -> bool:
    """Whether ``form`` differs from one of ``others`` only by an agreement ending.

    >>> _agreement("rendus", ["rendu"]), _agreement("accepted", ["accept"])
    (True, False)
    """
    return any(form.rstrip("es") == o.rstrip("es") for o in others)


# The kinds a paraphrase is checked on against its source sentence: what it states, not how
# (a reported claim's "selon X" is its attribution, not a hedge the source lacks).
REPORTED_KINDS = ("number", "date", "negation")


def reported_differences(
    claim: str, sentence: str, claim_language: str, source_language: str
) -> list[Difference]:
    """A paraphrase's typed differences from its source sentence, as ``diff`` finds them
    (``natocmp.features``: figures in words or digits by counted noun, dates, negations by
    the word they deny), in either language.

    >>> [d.kind for d in reported_differences("la navette passera toutes les trente minutes",
    ...     "Nous ne laisserons personne sans solution, et une navette passera toutes les "
    ...     "vingt minutes", "fr", "fr")]
    ['number']
    """
    from natocmp.features import compare_features, extract_features

    found = compare_features(
        extract_features(claim, language=claim_language),
        extract_features(sentence, language=source_language),
    )
    # The source on side b: flip so that ``a`` is the source's words and ``b`` the claim's,
    # as the other verify differences read ("source → quote").
    return [Difference(d.kind, d.b, d.a, d.detail) for d in found if d.kind in REPORTED_KINDS]
