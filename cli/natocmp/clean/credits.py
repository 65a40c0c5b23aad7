"""Lines that say who made the page, not what happened: captions, credits, mastheads, bylines.

These lines also carry metadata (``natocmp.metadata`` reads the agency of a credit, the name
of a masthead and the date of a date line from what the cleaner dropped), so each reason
starts with a fixed prefix that ``REASONS`` names.
"""

from __future__ import annotations

import re

from natocmp.clean._common import _FINAL_STOP, _QUOTES, BYLINE_MAX_WORDS, _unwrap, fold, has_cue
from natocmp.dates import find_dates
from natocmp.lexicon import furniture

# The reasons metadata reads (prefixes of Dropped.reason).
CAPTION = "photo caption or credit"
WIRE_CREDIT = "agency credit"
MASTHEAD = "masthead"
DATE_LINE = "publication or update date"
BYLINE = "byline or publication date"
OUTLET_DATE = "outlet and date line"

_CAPTION_HEAD = re.compile(
    r"^(?:file\s+)?(?:photo|image|picture|photograph|illustration|infographie"
    r"|graphic|cr[ée]dits?|credits?)s?(?:\s+(?:d['’]illustration|d['’]archives))?"
    r"\s*(?:[:|©]|[-–—]\s)",
    re.IGNORECASE,
)
_CAPTION_BY = re.compile(r"^(?:photo|image|picture)s?\s+(?:by|de|par)\s+[A-ZÀ-Ý]", re.IGNORECASE)
_AGENCY_CAPS = r"(?:REUTERS|AFP|AP|EPA|EFE|XINHUA|ANP|BELGA|ANSA|DPA|TASS|KEYSTONE|MAXPPP|SIPA)"
# "… REUTERS/Ana Lopes", "… EFE/EPA/RONALD WITTEK", "(AP Photo/John Doe)".
_CREDIT_SLASH = re.compile(rf"\b{_AGENCY_CAPS}(?:\s+Photo)?(?:\s*/\s*[A-ZÀ-Ý][\w.'’ -]*)+\)?\s*$")
# "… Photo : Julie Marchand", "… Credit:Getty", "… Crédit photo : DR".
_CREDIT_LABEL = re.compile(
    r"(?:^|[.!?)]\s+|\s)(?:photo|image|cr[ée]dit|credit)s?(?:\s+photo)?\s*:\s*\S[^.!?]{0,60}$",
    re.IGNORECASE,
)
# A credit glued to the caption's last word, as a scrape joins two page elements: "… la
# remise des médaillesSource : Télé Nord", "… the harbourPhoto: J. Doe".
_CREDIT_GLUED = re.compile(
    r"[a-zà-ÿ0-9)](?:Source|Sources|Cr[ée]dits?|Photos?|Image)\s*:\s*\S[^.!?]{0,40}$"
)
# "… Getty Images", "… AFP via Getty Images", "(Photo: Shutterstock)".
_PHOTO_LIBRARY = re.compile(
    r"(?:^|[.!?/,:(]\s*|\s)(?:" + "|".join(map(re.escape, furniture.PHOTO_LIBRARIES)) + r")\)?\s*$",
    re.IGNORECASE,
)
CAPTION_MAX_WORDS = 70


def is_caption(line: str) -> bool:
    """A photo caption or credit: a caption label at the start, or a credit at the end.

    >>> is_caption("PHOTO: Residents watch the river from a bridge. REUTERS/Ana Lopes")
    True
    >>> is_caption("The mayor speaks in Valmont, 3 May 2024. EFE/EPA/JOHN DOE")
    True
    >>> is_caption("Photos of the flood were shared widely, the mayor said.")
    False
    >>> is_caption("Le maire après la remise des médaillesSource : Télé Nord")
    True
    """
    text = _unwrap(line)
    if len(text.split()) > CAPTION_MAX_WORDS:
        return False
    if _CAPTION_HEAD.match(text) or _CAPTION_BY.match(text):
        return True
    return bool(
        _CREDIT_SLASH.search(text) or _CREDIT_LABEL.search(text) or _CREDIT_GLUED.search(text)
    )


def is_photo_library(line: str) -> bool:
    """A credit that names a photo library or agency archive ("Getty Images", "Pixabay")."""
    return bool(_PHOTO_LIBRARY.search(_unwrap(line))) and len(line.split()) <= CAPTION_MAX_WORDS


_WITH_AGENCY = re.compile(
    r"^(?:\(?\s*)?(?:d['’]apres|avec|selon|with|source\s*:|sources\s*:)\s+(?:l['’])?"
    r"(?P<who>[\w .'’/,&-]{2,60}?)\s*\)?\.?$"
)
_AGENCY_STAFF = re.compile(
    r"^(?:the\s+)?(?P<who>[\w .'’-]{2,30}?)\s+(?:\w+\s+)?(?:writer|correspondent|reporter"
    r"|journalist|staff|correspondante?|envoyee? speciale?)$"
)
_AGENCY_LIST = re.compile(r"\s*(?:/|,|&|\bet\b|\band\b)\s*")
_LICENSORS = re.compile(r"^[\w .'’/-]{2,30}\s+or\s+licensors$")


def credited_agencies(line: str) -> tuple[str, ...]:
    """The agencies a standalone credit line names, short names, in order; () when not one.

    "Agence France-Presse", "(Reuters)", "(D'après AFP)", "Avec AFP et Reuters",
    "AP Business Writer", "With input from agencies" (an agency credit naming none: ("",)).

    >>> credited_agencies("(D’après AFP)"), credited_agencies("AP Business Writer")
    (('AFP',), ('AP',))
    >>> credited_agencies("With input from agencies"), credited_agencies("Le Monde")
    (('',), ())
    """
    folded = fold(_unwrap(line)).strip(" .[]")
    if not folded or len(folded.split()) > 8:
        return ()
    whole = furniture.agency_short(folded)
    if whole:
        return (whole,)
    for pattern in (_WITH_AGENCY, _AGENCY_STAFF):
        m = pattern.match(folded)
        if m:
            who = m["who"].strip()
            if who in furniture.UNNAMED_AGENCIES:
                return ("",)
            parts = _AGENCY_LIST.split(who)
            names = tuple(furniture.agency_short(part) for part in parts)
            if names and all(names):
                return tuple(n for n in names if n)
    return ()


def is_licensor_credit(line: str) -> bool:
    """ "AFP or licensors": a photo credit, not a credit of the article."""
    return bool(_LICENSORS.match(fold(_unwrap(line))))


_MASTHEAD = re.compile(
    r"^(?:(?:The|Le|La|Les|L['’])\s?)?[A-ZÀ-Ý][\w'’.-]*"
    r"(?:\s(?:(?:de\s+l['’]|de\s+la\s|de|du|des|of|d['’]|l['’])\s?)?[A-ZÀ-Ý][\w'’.-]*){0,3}$"
)
_TAGLINE = re.compile(r"\s[-–—|]\s")


def masthead_name(line: str) -> str | None:
    """A newspaper's name standing alone ("The Daily Telegraph", "Le Courrier picard").

    >>> masthead_name("The Daily Telegraph"), masthead_name("The Eiffel Tower")
    ('The Daily Telegraph', None)
    >>> masthead_name("La Gazette de l'Ellé - Quimperlé, Arzano et le pays de Bannalec")
    "La Gazette de l'Ellé"
    >>> masthead_name("Breaking News Today"), masthead_name("LOCAL NEWS")
    (None, None)
    """
    text = _TAGLINE.split(line.strip(" *_#"))[0].strip()
    if not _MASTHEAD.match(text) or _FINAL_STOP.search(text) or text.isupper():
        return None
    words = {w.lower().strip(".'’") for w in re.split(r"[\s'’]+", text)}
    if words & set(furniture.NOT_MASTHEAD_WORDS):
        return None
    return text if words & set(furniture.MASTHEAD_WORDS) else None


# Besides a masthead's nouns, the names of broadcasters and news sites ("Val News",
# "Radio Nord"), accepted only where a date follows the name on its own line.
_OUTLET_WORDS = frozenset(("actu", "hebdo", "magazine", "news", "radio", "tv", "tele", "télé"))


def outlet_date_name(line: str) -> str | None:
    """The outlet of a source line, a newspaper's name and the date alone ("L'Écho du Val,
    14 mai 2024", "Val News, May 14, 2024"), as press databases and saved pages print it;
    None for anything else, and for a place before the date (a dateline: "Bruxelles, …").

    >>> outlet_date_name("La Gazette du Quai, 15 mai 2024")
    'La Gazette du Quai'
    >>> outlet_date_name("Val News, May 14, 2024")
    'Val News'
    >>> outlet_date_name("Saint-Aurèle, 14 mai 2024"), outlet_date_name("Le maire, 14 mai 2024")
    (None, None)
    """
    if len(line.split()) > BYLINE_MAX_WORDS or _QUOTES.search(line):
        return None
    dates = find_dates(line)
    if len(dates) != 1:
        return None
    offset, expr, _value = dates[0]
    head, _, gap = line[:offset].rpartition(",")
    tail = line[offset + len(expr) :]
    if not head or _DATE_RESIDUE.sub(" ", fold(gap + tail)).strip():
        return None  # more than a weekday between the name and the date, or after it
    name = head.strip()
    if masthead_name(name) == name:
        return name
    words = {w.lower().strip(".'’") for w in re.split(r"[\s'’]+", name)}
    return name if _MASTHEAD.match(name) and words & _OUTLET_WORDS else None


_LEAD_BRACKET = re.compile(r"^\s*(?:[-–—•]\s*|\[[^\]]{3,40}\]\s*)")


def is_byline(line: str, folded: str) -> bool:
    """ "Par Claire Martin, publié le …", "- By Henry Samuel in Paris", "[May 3, 2024] By X".

    >>> is_byline("[May 3, 2024] By Jane Roe", "[may 3, 2024] by jane roe")
    True
    >>> is_byline("Par la force des choses", "par la force des choses")
    False
    """
    line = _LEAD_BRACKET.sub("", line)
    folded = _LEAD_BRACKET.sub("", folded)
    words = line.split()
    if len(words) > BYLINE_MAX_WORDS or _FINAL_STOP.search(line) or _QUOTES.search(line):
        return False
    if len(words) < 3 or not folded:
        return False
    # A name follows: capitalised words ("Par la force" is a heading, not a byline).
    return (
        folded.split()[0] in furniture.BYLINE_HEADS
        and words[1][:1].isupper()
        and words[2][:1].isupper()
    )


# A stamp may give publication and update times: "Publié le jeudi 26 novembre 2026 à 18h12,
# modifié le vendredi 27 novembre 2026 à 08h30".
STAMP_MAX_WORDS = 24
_NUMERIC_DATE = re.compile(r"\b\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})\b|\b\d{4}-\d{2}-\d{2}\b")
_TIME = re.compile(r"\b\d{1,2}\s?[:h]\s?\d{2}\b|\b\d{1,2}\s?(?:a\.?m\.?|p\.?m\.?)")
_RELEASE = re.compile(r"^\s*for immediate release\s*:?", re.IGNORECASE)
_MERIDIEM = re.compile(r"(?:\b[ap]\.m\.|\bh\.)\s*$", re.IGNORECASE)
_PARTS = re.compile(r"\s+[|·•]\s+|\s+[-–—]\s+")
_DATE_RESIDUE = re.compile(
    r"\b(?:lun|mar|mer|jeu|ven|sam|dim|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
    r"|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday|friday"
    r"|saturday|sunday|le|the|on|at|a|à|am|pm|ist|gmt|utc|cet|cest|et|edt|est|bst|pst|ct|cst|cdt"
    r"|h)\b"
    r"|\d+(?:st|nd|rd|th)?|[\W_]+"
)


def is_date_line(line: str, folded: str) -> bool:
    """A publication or update stamp: "Publié le 11/03/2025 à 18h42", "Posted at 11:42",
    "Reuters | Valmont | Published: 13 March 2024", or a date standing alone.

    Short, no final stop and no quote, so "Publié en 2019, le rapport …" stays.

    >>> is_date_line("Mon. Jul 15th, 2024", "mon. jul 15th, 2024")
    True
    >>> is_date_line("Publié en 2019, le rapport a fait date.", "publie en 2019, le rapport")
    False
    """
    words = line.split()
    probe = _MERIDIEM.sub("", line)
    if len(words) > STAMP_MAX_WORDS or _FINAL_STOP.search(probe) or _QUOTES.search(line):
        return False
    if has_cue(folded):
        return False
    folded = folded.removeprefix("for immediate release").lstrip(" :")
    dated = bool(_NUMERIC_DATE.search(line) or find_dates(line))
    for part in _PARTS.split(folded):
        if part.startswith(furniture.DATE_LINE_HEADS) and (dated or _TIME.search(part)):
            return True
    if not dated:
        return False
    rest = _RELEASE.sub("", line)
    for _offset, expr, _value in find_dates(line):
        rest = rest.replace(expr, " ")
    rest = _NUMERIC_DATE.sub(" ", rest)
    return not _DATE_RESIDUE.sub(" ", fold(rest)).strip()
