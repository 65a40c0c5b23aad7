"""The comparison step of ``natocmp.features``: two sentences' features → ``Difference``s.

``compare_features(a, b)`` pairs what both sides say about the same slot — figures of one
unit, dates of one kind, places, negated words, hedges — and reports a difference only
where the two conflict (something one side alone says is never a difference). Split out of
``natocmp.features`` (extraction) along its steps; ``from natocmp.features import
compare_features`` still works. Nothing here prints.
"""

from __future__ import annotations

import datetime as _dt
import re

from natocmp.features import DateMention, Features, Quantity, fold_aligned, stem
from natocmp.models import Difference, Marker

# A translation keeps a sentence's length within this ratio (in words of four letters or
# more): French runs longer than English, by a fifth or so.
_TRANSLATION_RATIO = 0.6


def _about_as_long(a: Features, b: Features) -> bool:
    short, long = sorted((len(a.stems), len(b.stems)))
    return long == 0 or short / long >= _TRANSLATION_RATIO


def _across(a: Features, b: Features) -> bool:
    """The two sides are in two languages: their words cannot be matched one to one."""
    return "und" not in (a.language, b.language) and a.language != b.language


def _unit_key(unit: str | None, across: bool) -> str:
    """Counted nouns pair by word; across languages by stem, so cognates meet
    ("véhicules"/"vehicles", "euros", "millions").

    >>> _unit_key("véhicule", True) == _unit_key("vehicle", True), _unit_key("vehicle", False)
    (True, 'vehicle')
    """
    if not unit:
        return ""
    return stem(unit) if across else unit


# Qualifiers that can describe the same figure: unqualified goes with anything (an outlet
# rounding or dropping "about" does not change the claim); "about" ("près de", "nearly")
# conflicts with a direction; the two upward and the two downward qualifiers agree.
_QUALIFIER_GROUP = {"more than": "up", "at least": "up", "less than": "down", "up to": "down"}


def _qualifiers_agree(a: str | None, b: str | None) -> bool:
    if a is None or b is None or a == b:
        return True
    ga, gb = _QUALIFIER_GROUP.get(a), _QUALIFIER_GROUP.get(b)
    return ga is not None and ga == gb


def _same_value(a: Quantity, b: Quantity) -> bool:
    if a.qualifier == "several" or b.qualifier == "several":
        vague, other = (a, b) if a.qualifier == "several" else (b, a)
        # "des dizaines de milliers" (10 000) covers 10 000 to 100 000, ends included.
        return vague.value <= other.value <= vague.value * 10
    return abs(a.value - b.value) <= 1e-9 * max(abs(a.value), abs(b.value), 1.0)


def _compare_numbers(a: Features, b: Features) -> list[Difference]:
    diffs: list[Difference] = []
    across = _across(a, b)
    ka = {_unit_key(q.unit, across) for q in a.quantities}
    units = sorted(ka & {_unit_key(q.unit, across) for q in b.quantities})
    for unit in units:
        qa = [q for q in a.quantities if _unit_key(q.unit, across) == unit]
        qb = [q for q in b.quantities if _unit_key(q.unit, across) == unit]
        if not unit and (len(qa) != 1 or len(qb) != 1):
            continue  # bare figures pair only when each side has exactly one
        left_a, left_b = list(qa), list(qb)
        for x in qa:  # same value first: those are the same figure, maybe qualified apart
            y = next((y for y in left_b if _same_value(x, y)), None)
            if y is None:
                continue
            left_a.remove(x)
            left_b.remove(y)
            if not _qualifiers_agree(x.qualifier, y.qualifier):
                diffs.append(Difference("number", x.span, y.span, "qualifier differs"))
        for x, y in zip(left_a, left_b, strict=False):
            diffs.append(Difference("number", x.span, y.span, "value differs"))
    return diffs


def _date_key(d: DateMention) -> tuple[str, str] | None:
    if d.date:
        return ("iso", d.date)
    if d.month and d.day:
        return ("md", f"{d.month:02d}-{d.day:02d}")
    if d.weekday is not None:
        return ("wd", str(d.weekday))
    return None


def _dates_agree(a: DateMention, b: DateMention) -> bool | None:
    """True, False, or None when the two cannot be compared (different precision)."""
    ka, kb = _date_key(a), _date_key(b)
    if ka is None or kb is None:
        return None
    if ka[0] == kb[0] == "iso":
        x, y = sorted((ka[1], kb[1]), key=len)
        if len(x) == len(y):
            return x == y
        if "W" in y and len(x) == 10:  # a day and a week: is the day in that week?
            year, week, _ = _dt.date.fromisoformat(x).isocalendar()
            return f"{year}-W{week:02d}" == y
        if len(x) == 7 and len(y) == 10:  # a month and a day
            return y.startswith(x)
        return None
    if ka[0] == kb[0]:
        return ka[1] == kb[1]
    if {ka[0], kb[0]} == {"iso", "md"}:
        iso, md = (ka[1], kb[1]) if ka[0] == "iso" else (kb[1], ka[1])
        return iso[5:] == md if len(iso) == 10 else None
    if {ka[0], kb[0]} == {"iso", "wd"}:
        iso, wd = (ka[1], kb[1]) if ka[0] == "iso" else (kb[1], ka[1])
        return _dt.date.fromisoformat(iso).weekday() == int(wd) if len(iso) == 10 else None
    return None


def _compare_dates(a: Features, b: Features) -> list[Difference]:
    left_a, left_b = list(a.dates), list(b.dates)
    for x in a.dates:
        y = next((y for y in left_b if _dates_agree(x, y)), None)
        if y is not None:
            left_a.remove(x)
            left_b.remove(y)
    diffs = []
    for x, y in zip(left_a, left_b, strict=False):
        if _dates_agree(x, y) is False:
            detail = f"{x.date or x.expression} vs {y.date or y.expression}"
            diffs.append(Difference("date", x.expression, y.expression, detail))
    return diffs


def _compare_places(a: Features, b: Features) -> list[Difference]:
    diffs = []
    for kind in ("city", "country"):
        pa = {p.canonical: p for p in a.places if p.kind == kind}
        pb = {p.canonical: p for p in b.places if p.kind == kind}
        if len(pa) == 1 and len(pb) == 1 and pa.keys() != pb.keys():
            (x,), (y,) = pa.values(), pb.values()
            detail = f"{kind} differs: {x.canonical} vs {y.canonical}"
            diffs.append(Difference("entity", x.name, y.name, detail))
    return diffs


def _compare_negations(a: Features, b: Features) -> list[Difference]:
    """One side denies what the other asserts.

    Rule 1: a negation attached to a content word (its ``head``) whose stem the other
    sentence also contains: if the other side does not negate that stem (its head, or a word
    within a negation's scope), they diverge.
    Rule 2: when neither side has an anchored negation, a negation with no head on one side
    and none at all on the other diverges. A negation whose head the other side does not
    mention is about something only one outlet says, and is never a difference.
    """
    diffs: list[Difference] = []
    anchored = False
    for x, y, flip in ((a, b, False), (b, a, True)):
        negated_y = set(y.negated) | {m.head for m in y.negations if m.head}
        for m in x.negations:
            if not m.head or m.head not in y.stems:
                continue
            anchored = True
            if m.head not in negated_y:
                pair = ("", m.span) if flip else (m.span, "")
                diffs.append(Difference("negation", *pair, f"only one side negates '{m.head}…'"))
    if anchored or diffs:
        return diffs
    if _across(a, b):
        # Two languages: a head cannot be found on the other side by its stem, so a
        # translated pair where one side negates and the other has no negation diverges;
        # a translation, not a summary: of about the same length (a headline against a
        # paragraph tells less of it, and its negation may be in the rest).
        if not _about_as_long(a, b):
            return []
        if a.negations and not b.negations:
            return [Difference("negation", a.negations[0].span, "", a.negations[0].why)]
        if b.negations and not a.negations:
            return [Difference("negation", "", b.negations[0].span, b.negations[0].why)]
        return []
    headless_a = [m for m in a.negations if not m.head]
    headless_b = [m for m in b.negations if not m.head]
    if headless_a and not b.negations:
        diffs.append(Difference("negation", headless_a[0].span, "", headless_a[0].why))
    elif headless_b and not a.negations:
        diffs.append(Difference("negation", "", headless_b[0].span, headless_b[0].why))
    return diffs


def _compare_hedges(a: Features, b: Features) -> list[Difference]:
    # A hedging adjective qualifies one noun ("une éventuelle agression"): it is a
    # divergence only when the other side speaks of that noun too, plainly.
    ha = [m for m in a.hedges if not m.head or m.head in b.stems]
    hb = [m for m in b.hedges if not m.head or m.head in a.stems]
    if bool(ha) != bool(hb):
        # "Selon le ministère, …" and "…, a annoncé le ministère" both give the claim to
        # its source: an attribution facing a verb of saying is the same distance.
        ha = [m for m in ha if not (_is_attribution(m) and _reports(b))]
        hb = [m for m in hb if not (_is_attribution(m) and _reports(a))]
    if bool(ha) == bool(hb):
        return []
    if _across(a, b) and _conditional_for_modal(a, b, ha, hb):
        return []
    side = ha or hb
    a_hedged = bool(ha)
    spans = ", ".join(dict.fromkeys(m.span for m in side))
    why = "; ".join(dict.fromkeys(m.why for m in side))
    return [Difference("hedge", spans if a_hedged else "", "" if a_hedged else spans, why)]


def _is_attribution(marker: Marker) -> bool:
    return marker.why.startswith("attribution:")


def _reports(f: Features) -> bool:
    """The sentence gives its claim to a source with a verb of saying ("a déclaré", "said"):
    whole words, not stems ("count" is no "country", "estime" no "estimation")."""
    return f.reports


# English says with a modal what French says with the conditional ("pourrait" / "could"):
# the English modals are not hedges (every pair would flag), so across languages a French
# conditional facing an English modal is the same distance, not a divergence.
_EN_MODALS = frozenset({"could", "would", "might"})
_FR_CONDITIONAL = re.compile(r"(?:aurai|serai|pourrai)(?:t|ent)$")


def _conditional_for_modal(a: Features, b: Features, ha: list, hb: list) -> bool:
    hedged, other = (ha, b) if ha else (hb, a)
    return (
        other.language == "en"
        and bool(_EN_MODALS & set(other.stems))
        and all(_FR_CONDITIONAL.search(fold_aligned(m.span)) for m in hedged)
    )


def compare_features(a: Features, b: Features) -> list[Difference]:
    """The typed differences between two sentences that carry the same claim.

    Conservative by design: anything written on one side only is not a difference.
    Numbers pair by counted noun; dates by value (a week contains its days); places only
    when each side puts the event in exactly one gazetteer city (or country); negation by
    the word it attaches to; hedges when only one side hedges.

    Returns:
        Differences in a fixed order: number, date, entity, negation, hedge; each kind in
        the order of side a's text.
    """
    return [
        *_compare_numbers(a, b),
        *_compare_dates(a, b),
        *_compare_places(a, b),
        *_compare_negations(a, b),
        *_compare_hedges(a, b),
    ]
