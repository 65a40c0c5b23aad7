"""Cuts inside a line: a wire dateline glued to the lead, a copyright trailer glued to the end,
a related-article link glued to the paragraph after it."""

from __future__ import annotations

import re

from natocmp.clean._common import DATELINE_PARAGRAPHS, _in_tail, _is_prose, fold
from natocmp.clean.credits import _NUMERIC_DATE, DATE_LINE
from natocmp.dates import find_dates
from natocmp.lexicon import furniture
from natocmp.models import Dropped

_INLINE_TRAILER = re.compile(
    r"©\s*(?:19|20)\d\d|(?:Lire la suite sur|Read more at|Read the original)\b", re.IGNORECASE
)

_AGENCY = r"\(([^()]{2,40})\)"
_GLUED_DATELINE = re.compile(
    r"^(?:(?P<city>[A-ZÀ-Ý][A-ZÀ-Ý'’.\- /]{1,40}?)"
    r"(?:,\s*(?P<date>[^()\-–—,]{1,25}?))?)?"
    rf"\s*(?:{_AGENCY})?"
    r"\s*[-–—]+\s+(?=[«“\"A-ZÀ-Ý0-9])"
)
_DATELINE_DATE = re.compile(
    r"^(?:\d{1,2}(?:er)?\.?(?:\s+[^\W\d_]+\.?)?(?:\s+\d{4})?|[^\W\d_]+\.?\s+\d{1,2}(?:\s+\d{4})?)$"
)


def _glued_dateline(line: str) -> str | None:
    """The dateline opening a paragraph, or None: "PARIS (AFP) – ", "LISBON, Jan 14 (Reuters) - ".

    The city is in capitals and a known agency or a date follows it, so "BREST, deuxième
    ville de Bretagne, …" and "NATO — and its allies — …" are not datelines. With a date,
    the source in brackets may be any outlet (small agencies and papers sign this way too).

    >>> _glued_dateline("NAIROBI, March 3 (Reuters) - Kenya's bank held rates.")
    'NAIROBI, March 3 (Reuters) - '
    >>> _glued_dateline("TOULOUSE, 4 avril (La Dépêche) – Le chantier a repris.")
    'TOULOUSE, 4 avril (La Dépêche) – '
    >>> _glued_dateline("UE (Union européenne) – Les Vingt-Sept ont voté.") is None
    True

    A country may follow the city, and the city may be missing, when a known agency signs:

    >>> _glued_dateline("NAIROBI, Kenya (AP) — Kenya is mourning.")
    'NAIROBI, Kenya (AP) — '
    >>> _glued_dateline("(Reuters) - Le port de Brest a rouvert ses quais.")
    '(Reuters) - '
    """
    m = _GLUED_DATELINE.match(line)
    if not m or m.group(0).strip(" -–—") == "":
        return None
    city, date, agency = m["city"], m["date"], m[3]
    known = agency is not None and any(
        part.strip() in furniture.WIRE_AGENCIES for part in re.split(r"[/,]|\bet\b", fold(agency))
    )
    if city is None:
        return m.group(0) if known and line.startswith("(") else None
    if any(c.islower() for c in city):
        return None
    dated = date is not None and bool(_DATELINE_DATE.match(date.strip()))
    place = date is not None and known and all(w[:1].isupper() for w in date.split())
    if date is not None and not (dated or place):
        return None
    return m.group(0) if known or dated else None


_LEADING_STAMP = re.compile(
    r"^(?:publi[ée]e? le|mise? à jour le|published(?: on)?:?|updated(?: on)?:?|posted(?: on)?:?)"
    r"\s+[^.!?]{4,40}?(?:\s[ap]\.m|\sh)?\.\s+(?=[«“\"A-ZÀ-Ý])",
    re.IGNORECASE,
)


def _leading_stamp(line: str) -> str | None:
    """A publication stamp glued before the lead: "Publié le 12 janvier 2022. L'OTAN …".

    >>> _leading_stamp("Publié le 12 janvier 2022. L’OTAN a proposé un dialogue.")
    'Publié le 12 janvier 2022. '
    >>> _leading_stamp("Published a week ago. The report found …") is None
    True
    """
    m = _LEADING_STAMP.match(line)
    if not m or not (find_dates(m.group(0)) or _NUMERIC_DATE.search(m.group(0))):
        return None
    return m.group(0)


def _cut_glued_datelines(
    kept: list[tuple[int, str]], dropped: list[Dropped]
) -> list[tuple[int, str]]:
    """Strip a wire dateline from one of the first paragraphs of prose, keeping its sentence."""
    out: list[tuple[int, str]] = []
    prose_seen = 0
    for lineno, line in kept:
        if _is_prose(line) and prose_seen < DATELINE_PARAGRAPHS:
            prose_seen += 1
            stamp = _leading_stamp(line)
            if stamp is not None:
                dropped.append(Dropped(line=lineno, text=stamp.strip(), reason=DATE_LINE))
                line = line[len(stamp) :]
            prefix = _glued_dateline(line)
            if prefix is not None:
                dropped.append(Dropped(line=lineno, text=prefix.strip(), reason="dateline"))
                line = line[len(prefix) :]
        out.append((lineno, line))
    return out


def _cut_inline_trailer(
    kept: list[tuple[int, str]], dropped: list[Dropped], *, total_kept: int
) -> list[tuple[int, str]]:
    """Cut a copyright/"read more" trailer glued to the end of the last paragraphs."""
    out: list[tuple[int, str]] = []
    for pos, (lineno, line) in enumerate(kept):
        m = _INLINE_TRAILER.search(line)
        if m and m.start() > 0 and _in_tail(pos, total_kept):
            head = line[: m.start()].rstrip()
            dropped.append(
                Dropped(line=lineno, text=line[m.start() :], reason="copyright and page trailer")
            )
            if any(c.isalnum() for c in head):
                out.append((lineno, head))
            continue
        out.append((lineno, line))
    return out


# A related-article label's headline run into the next paragraph, no space between:
# "Lire aussi : Le port rouvre ses quaisLe maire a annoncé …" (a page's link box and the
# text after it, joined by the scrape).
# The glue point: three lower-case letters (the headline's last word) then a capital and a
# lower-case letter, so "McKinsey" and "iPhone" inside the headline are no glue point.
_GLUED_START = re.compile(r"(?<=[a-zà-ÿ]{3})(?=[A-ZÀ-Ý][a-zà-ÿ'’])")
_LINK_LABELS = tuple(label for label, why in furniture.LABELS if why == "link to another article")


def glued_related_link(line: str) -> str | None:
    """The related-article link a paragraph starts with, glued to it; None otherwise.

    >>> glued_related_link("Lire aussi : Le port rouvre ses quaisLe maire a annoncé lundi "
    ...                    "la fin des travaux.")
    'Lire aussi : Le port rouvre ses quais'
    >>> glued_related_link("Lire aussi : Le port rouvre ses quais") is None
    True
    >>> glued_related_link("Lire aussi : Le rapport de McKinsey sur la réforme est publié.")
    >>> glued_related_link("Lire aussi : L'iPhone du maire, la réforme et le budget adopté.")
    >>> # (None for both: a capital inside a name is no glue point)
    """
    folded = fold(line)
    label = next((x for x in _LINK_LABELS if folded.startswith(x)), None)
    if label is None or not re.match(r"\s*:", folded[len(label) :]):
        return None
    m = _GLUED_START.search(line, len(label), len(label) + 200)
    if m is None or len(line[m.start() :].split()) < 5:
        return None
    return line[: m.start()]


def _cut_glued_related(
    kept: list[tuple[int, str]], dropped: list[Dropped]
) -> list[tuple[int, str]]:
    out: list[tuple[int, str]] = []
    for lineno, line in kept:
        link = glued_related_link(line)
        if link is not None:
            dropped.append(Dropped(line=lineno, text=link, reason="link to another article"))
            line = line[len(link) :]
        out.append((lineno, line))
    return out
