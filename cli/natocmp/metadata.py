"""Metadata read from an article's own text: language, title, outlet, publication date.

Used for files without a manifest entry, front matter or JSON fields. Each guess comes
with how it was made, so ``natocmp list --format json`` can say where a value came from.
It never guesses a date from a bare weekday: that needs a reference date we do not have.
"""

from __future__ import annotations

import re

from natocmp.dates import find_dates
from natocmp.models import Sentence

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

_COPYRIGHT = re.compile(
    r"©\s*(?:(?:19|20)\d\d\s+)?([A-Z][^\n/|#©]{1,60}?)(?=Lire|Read|All|Tous|\s[/|#]|$|\n|\.\s)"
)
_SOURCE = re.compile(r"^\s*Sources?\s*:\s*(?:©\s*)?([^\n/|#]{2,60}?)\s*(?:[/|#]|$)", re.M | re.I)
_DATELINE = re.compile(
    r"^[A-ZÀ-Ý][A-ZÀ-Ý'’ .\-]{2,40},\s*\d{1,2}[^\n()]{0,15}\(([^()\n]{2,60})\)", re.M
)
_PREFERRED_DATE_CUE = re.compile(
    r"(?:publié|published|mis à jour|updated|posted)\W{0,3}(?:le|on)?\s*$", re.I
)


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


def guess_outlet(raw: str) -> tuple[str | None, str]:
    """The outlet named by a copyright line, a "Source :" line or a dateline.

    >>> guess_outlet("BRUXELLES, 12 (Cinktank.com)\\nL'OTAN a proposé...")
    ('Cinktank.com', 'dateline')
    >>> guess_outlet("…\\nSource : © NTB Norway.mw / #Norway")
    ('NTB Norway.mw', "'Source :' line")
    """
    m = _SOURCE.search(raw)
    if m:
        return m.group(1).strip(" .©"), "'Source :' line"
    m = _COPYRIGHT.search(raw)
    if m:
        return m.group(1).strip(" ."), "copyright line"
    m = _DATELINE.search(raw)
    if m:
        return m.group(1).strip(), "dateline"
    return None, "not named in the text"


def guess_date(raw: str) -> tuple[str | None, str]:
    """The publication date: a date after "publié le"/"published", else the first full date.

    >>> guess_date("Publié le 7 janvier 2022. La réunion du 12 janvier 2022 …")
    ('2022-01-07', "date after 'publié le' / 'published'")
    >>> guess_date("Il a parlé mercredi.")
    (None, 'no full date in the text')
    """
    found = find_dates(raw)
    if not found:
        return None, "no full date in the text"
    for offset, _expr, value in found:
        if _PREFERRED_DATE_CUE.search(raw[max(0, offset - 30) : offset]):
            return value.isoformat(), "date after 'publié le' / 'published'"
    return found[0][2].isoformat(), f"first full date in the text ({found[0][1]!r})"
