"""Rules that judge one line on its own: counters, share bars, bylines, credits, appeals."""

from __future__ import annotations

import re

from natocmp.clean import credits, widgets
from natocmp.clean._common import (
    _FINAL_STOP,
    _NAME,
    _QUOTES,
    BYLINE_MAX_WORDS,
    HEAD_LINES,
    LABEL_MAX_WORDS,
    STANDALONE_MAX_WORDS,
    _in_tail,
    _unwrap,
    fold,
    has_cue,
)
from natocmp.lexicon import furniture

_COUNTER = re.compile(r"^[\d\s.,kKmM+]{1,8}$")
_DATELINE = re.compile(
    r"^[A-ZÀ-Ý][A-ZÀ-Ý'’ .\-]{2,40},\s*\d{1,2}(?:er)?(?:\s+[^\W\d_]+)?\.?"
    r"\s*\(([^()]{2,60})\)\s*[.:\-–—]?$"
)


def _line_reason(
    line: str, folded: str, pos: int, total: int, seen: dict[str, int], *, in_head: bool
) -> str | None:
    tail = _in_tail(pos, total)
    bare = folded.rstrip(" :.!").strip()
    if not any(c.isalnum() for c in line):
        return "separator"
    if _COUNTER.match(line):
        return "share or comment counter"
    if folded in seen and len(folded) > 12:
        return "repeated line"
    if pos <= 2 and _is_breadcrumb(line, folded):
        return "navigation breadcrumb"
    widget = widgets.widget_reason(line, folded)
    if widget is not None:
        return widget
    agencies = credits.credited_agencies(line)
    if agencies:
        return f"{credits.WIRE_CREDIT}: {', '.join(a for a in agencies if a) or 'agencies'}"
    if credits.is_licensor_credit(line) or credits.is_caption(line):
        return credits.CAPTION
    if credits.is_photo_library(line) and not has_cue(folded):
        return credits.CAPTION
    if pos <= 3 and credits.masthead_name(line):
        return f"{credits.MASTHEAD}: {credits.masthead_name(line)}"
    bare = bare.strip(" *")
    if len(bare.split()) <= STANDALONE_MAX_WORDS and bare in furniture.STANDALONE:
        return f"page furniture: {bare!r}"
    if _is_comment_line(folded):
        return "comment count or comment link"
    if _is_reading_time(folded):
        return "reading time"
    if _is_share_bar(folded):
        return "share bar"
    if _is_inline_menu(line, folded):
        return "navigation menu"
    opening = folded.lstrip("[(")
    for prefix, why in furniture.PREFIXES:
        if opening.startswith(prefix):
            if why == "source line" and not _is_source_line(line, tail):
                continue
            return why
    for label, why in furniture.LABELS:
        if folded.startswith(label) and _LABEL_SEP.match(folded, len(label)):
            # A headline or a tag list has no final stop; a sentence that opens with
            # "Topics:" or "Related:" is prose.
            short = len(folded.split()) <= LABEL_MAX_WORDS
            if short and not _FINAL_STOP.search(line) and not has_cue(folded):
                return why
    if (in_head or pos < HEAD_LINES) and credits.is_byline(_unwrap(line), folded):
        return credits.BYLINE
    if in_head and pos > 0 and _NAME.match(line) and not has_cue(folded):
        return credits.BYLINE  # a name alone above the article is its author
    if (in_head or pos < HEAD_LINES) and credits.outlet_date_name(_unwrap(line)):
        return f"{credits.OUTLET_DATE}: {credits.outlet_date_name(_unwrap(line))}"
    if credits.is_date_line(_unwrap(line), folded):
        return credits.DATE_LINE
    if _DATELINE.match(line):
        return "dateline (its outlet is kept in the metadata)"
    if _is_wire_credit(_unwrap(line)):
        return "wire credit (reporting and editing)"
    if _is_appeal(line, folded, tail=tail):
        return "reader appeal (newsletter, donation, sharing or contact)"
    return None


# After a label: a colon, a bar or a chevron, or a spaced dash ("Related-party" is a word).
_LABEL_SEP = re.compile(r"\s*(?:[:|»>›]|\s[–—-]\s)\s*\S")


# Above the foot, a "Source :" credit names an outlet in a few words ("Source : TF1 Info").
SOURCE_HEAD_MAX_WORDS = 6


_MENU_SPLIT = re.compile(r"\s{2,}|\s+[|•·]\s+")
MENU_ITEM_MAX_WORDS = 3


def _is_inline_menu(line: str, folded: str) -> bool:
    """A menu on one line: "News  Sports  Business  Opinion", "Namur | Gembloux | Andenne".

    >>> _is_inline_menu("News  Sports  Business  Opinion", "news sports business opinion")
    True
    >>> _is_inline_menu("Le vote a lieu | dimanche.", "le vote a lieu | dimanche.")
    False
    """
    parts = [p for p in _MENU_SPLIT.split(line.strip()) if p]
    if len(parts) < 3 or _FINAL_STOP.search(line) or _QUOTES.search(line) or has_cue(folded):
        return False
    return all(len(p.split()) <= MENU_ITEM_MAX_WORDS for p in parts)


def _is_source_line(line: str, tail: bool) -> bool:
    """A credit ("Source : © NTB"), not prose that opens with "Source:"."""
    short = len(line.split()) <= (BYLINE_MAX_WORDS if tail else SOURCE_HEAD_MAX_WORDS)
    return short and not has_cue(fold(line)) and not _FINAL_STOP.search(line)


_READING_TIME = re.compile(
    r"^(?:(?:temps de lecture|duree de lecture|lecture|reading time|read time|temps estime)"
    r"\s*:?\s*)?(?:~|env\.?|environ|about|approx\.?)?\s*\d{1,3}\s*(?:-\s*\d{1,3}\s*)?"
    r"(?:min(?:ute)?s?|mn)\.?(?:\s+(?:read|reading|de lecture|lecture))?$"
)


def _is_reading_time(folded: str) -> bool:
    """ "3 min read", "Temps de lecture : 4 minutes", "Lecture : 3 min".

    >>> _is_reading_time("4 min read"), _is_reading_time("90 minutes of talks")
    (True, False)
    """
    return bool(_READING_TIME.match(folded.strip(" ⏱·|")))


_COMMENTS = re.compile(
    r"^(?:(?:\d+|no|aucun|pas de)\s+(?:comments?|commentaires?|reactions?|responses?|replies"
    r"|reponses?)|(?:comments?|commentaires?|reactions?)\s*\(\d+\))$"
)


def _is_comment_line(folded: str) -> bool:
    """ "14 Comments", "0 commentaire", "Commentaires (3)": the count of a comment thread.

    >>> _is_comment_line("3 reactions"), _is_comment_line("3 reactions were recorded")
    (True, False)
    """
    return bool(_COMMENTS.match(folded.rstrip(" .:")))


_SHARE_SPLIT = re.compile(r"[\s|·•/,:;]+")


def _is_share_bar(folded: str) -> bool:
    """ "Share | Tweet | Email", "Partager : Facebook X LinkedIn E-mail", "Share on Facebook".

    Every word is a network, a share verb or a filler like "on"/"sur"; one is not enough
    to make a bar ("Facebook and Twitter" is a heading of prose).
    """
    words = [w for w in _SHARE_SPLIT.split(folded) if w]
    if not words or len(words) > 12:
        return False
    if not all(w in furniture.SHARE_CORE or w in furniture.SHARE_FILLER for w in words):
        return False
    return any(w in furniture.SHARE_CORE for w in words)


_CREDIT_ROLE = (
    r"(?:(?:additional|further)\s+)?(?:reporting|writing|editing|edited|written|compiled"
    r"|graphics|research|translated|translation|produced|production)\s+by"
    r"|(?:[ÉéEe]dit[ée]|[Rr][ée]dig[ée]|[Tt]raduit|[Cc]ompil[ée])\s+par"
)
_CREDIT_NAMES = (
    r"[A-ZÀ-Ý][\w’'.-]*(?:(?:\s+|\s*,\s*|\s*&\s*)"
    r"(?:[A-ZÀ-Ý][\w’'.-]*|and|et|in|à|at|from|de|du|van|von|da|le|la))*"
)
_CREDIT_SPLIT = re.compile(rf";|,\s*(?=(?i:{_CREDIT_ROLE})\s)")
_CREDIT_PART = re.compile(rf"^(?i:{_CREDIT_ROLE})\s+{_CREDIT_NAMES}\.?$")


def _is_wire_credit(line: str) -> bool:
    """ "Reporting by A in Nairobi; Editing by B", "Édité par C", "Avec AFP".

    Every part names people (capitalised words) after the role, so "Reporting by the
    bank showed …" is prose.

    >>> _is_wire_credit("Reporting by Jane Doe; Editing by John Roe")
    True
    >>> _is_wire_credit("Reporting by Reuters showed that the fund grew.")
    False
    """
    folded = fold(line).rstrip(" .")
    if folded.startswith("avec ") and folded[5:].removeprefix("l'") in furniture.WIRE_AGENCIES:
        return True
    parts = [p.strip() for p in _CREDIT_SPLIT.split(line) if p.strip()]
    return bool(parts) and all(_CREDIT_PART.match(p) for p in parts)


_CHEVRONS = re.compile(r"\s[›»>]\s")


def _is_breadcrumb(line: str, folded: str) -> bool:
    """ "Accueil › Monde › Europe": a known head and a separator, or two chevrons between
    short capitalised parts ("Actualité › Bretagne › Finistère")."""
    folded = folded.removeprefix("vous etes ici :").removeprefix("you are here:").strip()
    head = folded.split(" ", 1)[0]
    if head in furniture.BREADCRUMB_HEADS:
        return any(sep in line for sep in (" > ", " › ", " » ", " / ", " | ")) or line.endswith(
            ("...", "…")
        )
    parts = _CHEVRONS.split(line)
    return (
        len(parts) >= 3
        and not _FINAL_STOP.search(line)
        and all(p[:1].isupper() and len(p.split()) <= 4 for p in parts)
    )


_CALL = re.compile(
    r"(?:^|[.?!:;–—]\s*)(?:" + "|".join(map(re.escape, furniture.CALLS_TO_ACT)) + r")\b"
)


def _is_appeal(line: str, folded: str, *, tail: bool) -> bool:
    """A newsletter, donation or sharing appeal to the reader.

    It names one of the appeal words and either talks to "you" or opens a clause with a
    call to act ("Join our mailing list", "Soutenez X : faites un don"). It stands at the
    foot, unless it ends on a button ("… Je m'inscris"), which no sentence of an article
    does. A quote or a reporting cue makes it an article's sentence.
    """
    if _QUOTES.search(line) or has_cue(folded):
        return False
    padded = f" {folded} "
    if not any(w in padded for w in furniture.APPEAL_WORDS):
        return False
    addresses = any(
        f" {w}" in padded or w.startswith("-") and w in padded for w in furniture.READER_ADDRESS
    )
    if not (addresses or _CALL.search(folded)):
        return False
    if tail or folded.rstrip(" .!").endswith(furniture.APPEAL_BUTTONS):
        return True
    # An imperative that opens the line and talks to the reader ("Abonnez-vous à votre
    # quotidien de la région …") is a banner wherever it stands: no article sentence opens so.
    return addresses and folded.startswith(furniture.APPEAL_OPENINGS)
