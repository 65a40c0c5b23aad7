"""Metadata read from an article's own text: language, title, outlet, wire, publication date.

Used for files without a manifest entry, front matter, JSON fields or HTML metadata. Each
guess comes with how it was made, so ``natocmp list --format json`` can say where a value
came from. Outlet, wire and date are read only from the lines the cleaner recognised as
page furniture that carries them (datelines, credit and copyright lines, mastheads, date
lines, bylines), never from the article's sentences or its captions: a date in the body is
an event's, a caption's date is the photo's. An honest unknown beats a wrong value.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Sequence

from natocmp.clean import credits, fold
from natocmp.dates import find_dates
from natocmp.lexicon.furniture import PHOTO_LIBRARIES, agency_short
from natocmp.models import Dropped, Sentence

# Frequent function words. A text is French or English when its share of one list is clearly
# above the other; below MIN_SHARE of either it is "und" (undetermined).
_FR = frozenset(
    "le la les des du de un une et est sont que qui dans pour pas sur avec au aux ce cette il "
    "elle ils ont été a à ne se son sa ses leur plus par mais ou où nous vous".split()
)
_EN = frozenset(
    "the of and to in is are was were that for on with as by it he she they have has had "
    "not be this from at or an but which their said will would".split()
)
# Frequent function words of other Latin-script languages (Spanish, Italian, Portuguese,
# German) that are not French or English words: a text that uses them more is "und",
# rather than French because it shares "la", "de" or "en" with French.
_OTHER = (
    frozenset(
        "el los las del y con por para una es está están son al lo su sus muy pero como "
        "gli della delle che è non sono questo anche più nel alla "
        "não os uma com ao pelo pela são "
        "der die das und ist nicht mit den dem ein eine auf für sich von zu im auch".split()
    )
    - _FR
    - _EN
)
MIN_SHARE = 0.08
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def detect_language(text: str) -> str:
    """Return "fr", "en" or "und" from the share of French and English function words.

    >>> detect_language("L'OTAN a proposé à la Russie de poursuivre le dialogue.")
    'fr'
    >>> detect_language("NATO offered Russia more talks on arms control, officials said.")
    'en'
    >>> detect_language("Der Bundeskanzler sprach mit Journalisten.")
    'und'
    """
    words = [w.lower() for w in _WORD.findall(text.replace("’", "'").replace("'", " "))]
    if not words:
        return "und"
    fr = sum(w in _FR for w in words) / len(words)
    en = sum(w in _EN for w in words) / len(words)
    other = sum(w in _OTHER for w in words) / len(words)
    if max(fr, en) < MIN_SHARE or other >= max(fr, en):
        return "und"
    return "fr" if fr >= en else "en"


def guess_title(sentences: list[Sentence] | tuple[Sentence, ...]) -> tuple[str | None, str]:
    """The first heading; else the lead sentence, said so in the provenance."""
    if not sentences:
        return None, "no text"
    first = sentences[0]
    if first.kind == "heading":
        return first.text, "first heading of the text"
    return first.text, "no headline in the text: the lead sentence stands in"


def guess_outlet(dropped: Sequence[Dropped]) -> tuple[str | None, str, str | None, str]:
    """The outlet and the wire agency named by the credits the cleaner dropped.

    Returns (outlet, how, wire, how): an agency found as the outlet of a dateline, a credit,
    a copyright or a "Source :" line is the wire (the text is a wire copy); any other name is
    the outlet that published it. The first credit of each kind wins, in that order of kinds.

    >>> d = [Dropped(3, "BRUSSELS (AP) —", "dateline"),
    ...      Dropped(9, "© Le Soir 2024", "copyright line")]
    >>> guess_outlet(d)
    ('Le Soir', 'copyright line (line 9)', 'AP', 'dateline (line 3)')
    """
    outlets: list[tuple[int, int, int, str, str]] = []
    wires: list[tuple[int, int, int, str, str]] = []
    for item in dropped:
        for rank, kind, name in _credited_names(item):
            if not name:
                continue
            agency = agency_short(fold(name).strip(" .,"))
            where = f"{kind} (line {item.line})"
            found = (rank, item.line, len(outlets) + len(wires), agency or name, where)
            (wires if agency else outlets).append(found)
    outlet = min(outlets, default=None)
    wire = min(wires, default=None)
    return (
        outlet[3] if outlet else None,
        outlet[4] if outlet else "not named in the text",
        wire[3] if wire else None,
        wire[4] if wire else "no agency credited in the text",
    )


_BRACKETS = re.compile(r"\(([^()]{2,60})\)")
_COPYRIGHT_NOISE = re.compile(
    r"©|\(c\)|\bcopyright\b|\b(?:19|20)\d\d\b|all rights reserved.*|tous droits r[ée]serv[ée]s.*"
    r"|lire la suite.*|read more.*",
    re.IGNORECASE,
)
# A copyright line's name ends at a sentence or a separator ("© 2026 X · 12 Court St · Privacy").
_COPYRIGHT_CUT = re.compile(r"\.\s|\s[·|•–—-]\s")
_ORIGINAL_AT = re.compile(r"\b(?:sur|at|on)\s+(?P<name>[\w.’'-]{3,40})\s*[.:]?$", re.IGNORECASE)
_SOURCE_LABEL = re.compile(r"^\s*sources?\s*:\s*", re.IGNORECASE)


def _credited_names(item: Dropped) -> list[tuple[int, str, str]]:
    """(rank, kind, name) for each name a dropped credit line gives; lower ranks win."""
    text, reason = item.text.strip(), item.reason
    if reason.startswith("dateline"):
        return [(0, "dateline", m.group(1).strip()) for m in _BRACKETS.finditer(text)][:1]
    if reason.startswith(credits.MASTHEAD):
        return [(1, "masthead", reason.split(": ", 1)[1])]
    if reason.startswith(credits.OUTLET_DATE):
        return [(1, "outlet and date line", reason.split(": ", 1)[1])]
    if reason.startswith(credits.WIRE_CREDIT):
        names = reason.split(": ", 1)[1]
        return [(2, "agency credit", n) for n in names.split(", ") if n != "agencies"]
    if reason == "source line":
        body = _SOURCE_LABEL.sub("", text).strip(" ©.")
        return [(3, "'Source :' line", part.strip()) for part in re.split(r"[,/]", body)][:2]
    if reason.startswith("copyright"):
        name = _COPYRIGHT_NOISE.sub(" ", text.lstrip("[(")).strip(" .,|[]()")
        name = " ".join(_COPYRIGHT_CUT.split(name)[0].split())
        if fold(name) in PHOTO_LIBRARIES or len(name.split()) > 6:
            return []
        return [(4, "copyright line", name)]
    if reason == "link to the original":
        m = _ORIGINAL_AT.search(text)
        return [(5, "link to the original", m["name"].rstrip("."))] if m else []
    if reason == credits.BYLINE or reason == credits.DATE_LINE:
        return [(6, reason, name) for name in _agency_in_stamp(text)]
    return []


def _agency_in_stamp(text: str) -> list[str]:
    """An agency that signs a byline or a date bar: "By JANE ROE Associated Press",
    "Reuters | Valmont | Published: …"."""
    parts = [p.strip() for p in re.split(r"\s[|·•]\s", text)]
    names = [p for p in parts if agency_short(fold(p))]
    words = text.split()
    for size in (3, 2, 1):
        tail = " ".join(words[-size:])
        if len(words) > size and agency_short(fold(tail)):
            names.append(tail)
            break
    return names


_PUBLISHED = re.compile(r"(?:publi[ée]e?|published|posted|post[ée]|paru|first published)\b", re.I)
_UPDATED = re.compile(r"(?:mis à jour|mise à jour|updated|modifi[ée])\b", re.I)
_WEEKDAYS = {
    **dict.fromkeys(("lundi", "lun", "monday", "mon"), 0),
    **dict.fromkeys(("mardi", "mar", "tuesday", "tue", "tues"), 1),
    **dict.fromkeys(("mercredi", "mer", "wednesday", "wed"), 2),
    **dict.fromkeys(("jeudi", "jeu", "thursday", "thu", "thur", "thurs"), 3),
    **dict.fromkeys(("vendredi", "ven", "friday", "fri"), 4),
    **dict.fromkeys(("samedi", "sam", "saturday", "sat"), 5),
    **dict.fromkeys(("dimanche", "dim", "sunday", "sun"), 6),
}


def guess_date(dropped: Sequence[Dropped]) -> tuple[str | None, str]:
    """The publication date from the date lines and bylines the cleaner dropped.

    A date after "publié le"/"published" first, then one in a byline or a date standing
    alone, then an update stamp. A date line that names a weekday but no time of day is the
    page header's date (a site prints today's date with its weekday), not the article's, and
    a weekday that does not match its date makes the line no evidence at all.

    >>> guess_date([Dropped(2, "Mon. Jul 15th, 2024", "publication or update date"),
    ...             Dropped(5, "Publié le 12 janvier 2022 à 10h", "publication or update date")])
    ('2022-01-12', "date after 'publié le' / 'published' (line 5)")
    >>> guess_date([Dropped(2, "Mon. Jul 15th, 2024", "publication or update date")])
    (None, 'no publication date in the text')
    """
    ranked: list[tuple[int, int, str, str]] = []
    for item in dropped:
        if item.reason not in (credits.DATE_LINE, credits.BYLINE) and not item.reason.startswith(
            credits.OUTLET_DATE
        ):
            continue
        for offset, expr, value in _stamp_dates(item.text):
            before = item.text[:offset]
            if _weekday_conflict(before + expr, value):
                break
            if _PUBLISHED.search(before[-40:]):
                rank, how = 0, "date after 'publié le' / 'published'"
            elif _UPDATED.search(before[-40:]):
                rank, how = 2, "update stamp (no publication date given)"
            elif item.reason.startswith(credits.OUTLET_DATE):
                rank, how = 1, "outlet and date line"  # the newspaper's own dating of it
            elif _names_weekday(item.text) and not _TIME_OF_DAY.search(item.text):
                continue  # a page header's "today": a date with its weekday and no time
            else:
                rank, how = 1, "date line" if item.reason == credits.DATE_LINE else "byline"
            ranked.append((rank, item.line, value.isoformat(), f"{how} (line {item.line})"))
    if not ranked:
        return None, "no publication date in the text"
    best = min(ranked)
    return best[2], best[3]


_WORDS = re.compile(r"[^\W\d_]+")
_TIME_OF_DAY = re.compile(
    r"\b\d{1,2}\s?[:h]\s?\d{2}\b|\b\d{1,2}\s?(?:[ap]\.?m\b\.?)", re.IGNORECASE
)
_NUMERIC = re.compile(r"\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b")
_ENGLISH_STAMP = re.compile(r"\b(?:published|posted|updated|on|at)\b", re.IGNORECASE)


def _stamp_dates(text: str) -> list[tuple[int, str, _dt.date]]:
    """Dates of a stamp, numeric ones included ("14/03/2024": day first, as in French,
    unless the stamp is English and the first number can be a month)."""
    found = list(find_dates(text))
    english = bool(_ENGLISH_STAMP.search(text))
    for m in _NUMERIC.finditer(text):
        a, b, year = (int(g) for g in m.groups())
        day, month = (b, a) if english and a <= 12 else (a, b)
        try:
            found.append((m.start(), m.group(0), _dt.date(year, month, day)))
        except ValueError:
            continue
    return sorted(found, key=lambda f: f[0])


def _names_weekday(text: str) -> bool:
    return any(w in _WEEKDAYS for w in _WORDS.findall(fold(text)))


def _weekday_conflict(text: str, value: _dt.date) -> bool:
    """The text names a weekday that is not the date's ("Mon. 16 July 2024")."""
    days = {_WEEKDAYS[w] for w in _WORDS.findall(fold(text)) if w in _WEEKDAYS}
    return bool(days) and value.weekday() not in days


_DATELINE_PLACE = re.compile(r"^(?P<place>[^()\d]+?)\s*(?:,\s*[^,()]*\d[^,()]*)?\s*(?:\(|[-–—]|$)")


def guess_place(dropped: Sequence[Dropped]) -> str | None:
    """Where the first dateline places the story, its capitals softened.

    >>> guess_place([Dropped(3, "NAIROBI, Kenya (AP) —", "dateline")])
    'Nairobi, Kenya'
    >>> guess_place([Dropped(3, "(Reuters) -", "dateline")]) is None
    True
    """
    for item in dropped:
        if not item.reason.startswith("dateline"):
            continue
        m = _DATELINE_PLACE.match(item.text.strip())
        place = m["place"].strip(" ,") if m else ""
        if place:
            return ", ".join(
                p.strip().title() if p.isupper() else p.strip() for p in place.split(",")
            )
    return None
