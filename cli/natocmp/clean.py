"""Remove page debris from scraped article text, keeping every removal inspectable.

Rules are general, not lists of the seeds' lines: what a line looks like (no letters, a
lone counter, a share bar, a reading time), where it stands (breadcrumbs and bylines at the
head, appeals, bios and comment counts at the foot, headlines listed under "Related"), and
lexicons of French and English page furniture (``natocmp.lexicon.furniture``). When in
doubt a line is kept: a line that quotes someone or carries a reporting verb is content
unless it is clearly furniture (a headline in a "Most read" list).

Cleaning works on whole lines, except for two cuts inside a line, both recorded: a wire
dateline glued to the first sentence ("PARIS (AFP) – Le gouvernement…" keeps the sentence)
and a copyright trailer glued to the last paragraph.

It does not split sentences (``natocmp.segment``) nor read metadata (``natocmp.metadata``).
"""

from __future__ import annotations

import re
import unicodedata

from natocmp.dates import find_dates
from natocmp.lexicon import furniture, reporting
from natocmp.models import Dropped
from natocmp.normalize import strip_marks

_COUNTER = re.compile(r"^[\d\s.,kKmM+]{1,8}$")
_DATELINE = re.compile(
    r"^[A-ZÀ-Ý][A-ZÀ-Ý'’ .\-]{2,40},\s*\d{1,2}(?:er)?(?:\s+[^\W\d_]+)?\.?"
    r"\s*\(([^()]{2,60})\)\s*[.:\-–—]?$"
)
_INLINE_TRAILER = re.compile(
    r"©\s*(?:19|20)\d\d|(?:Lire la suite sur|Read more at|Read the original)\b", re.IGNORECASE
)
_QUOTES = re.compile(r"[«»“”\"]")


def _cue_pattern() -> re.Pattern[str]:
    """Reporting cues from ``lexicon.reporting``, matched on folded text.

    A line with a cue reports what someone said: that is the article, not the page.
    """
    fr = "|".join(reporting.FR_PARTICIPLES)
    words: tuple[str, ...] = (
        reporting.FR_GERUNDS + reporting.FR_PHRASES + reporting.FR_SOURCES + reporting.EN_VERBS
    )
    words += reporting.EN_GERUNDS + reporting.EN_SOURCES
    return re.compile(
        rf"\b(?:(?:a|ont|avait|avaient|aurait|auraient)\s+(?:{fr})"
        rf"|a-t-(?:il|elle)|ont-(?:ils|elles)|{'|'.join(map(re.escape, words))})\b"
    )


_CUE = _cue_pattern()
# A label line ("Tags : a, b", "Read more: a headline") is furniture up to this many words.
LABEL_MAX_WORDS = 20
# A byline or date line is short.
BYLINE_MAX_WORDS = 14
# Bylines stand in the first lines, or anywhere before the first paragraph of prose.
HEAD_LINES = 6
# A line counts as standing at the foot when it is in the last part of the page.
TAIL_SHARE = 0.5
# Furniture phrases are short; a long line that happens to contain "share" is prose.
STANDALONE_MAX_WORDS = 6
# An author bio is among the last few lines that are still kept once the rest of the foot
# (appeals, comment counts, related links) is gone.
FOOT_KEPT_LINES = 3
BIO_MAX_WORDS = 45
# A "Related" block lists a handful of headlines; a headline is short.
RELATED_MAX_LINES = 8
HEADLINE_MAX_WORDS = 20
# A wire dateline opens one of the first paragraphs of prose, never a later one.
DATELINE_PARAGRAPHS = 3
# Prose: a line with final punctuation and at least this many words (ends the page head).
PROSE_MIN_WORDS = 8


def fold(text: str) -> str:
    """Lower-case, strip accents, straighten apostrophes, collapse spaces.

    >>> fold("À lire  aussi :")
    'a lire aussi :'
    """
    text = unicodedata.normalize("NFKD", text.replace("’", "'").replace("\u00a0", " "))
    return " ".join(strip_marks(text).lower().split())


def clean_text(raw: str) -> tuple[str, tuple[Dropped, ...]]:
    """Drop page debris from raw article text.

    Args:
        raw: decoded text, one paragraph per line.

    Returns:
        The cleaned text (kept paragraphs, one per line) and the dropped pieces with reasons.
    """
    lines = [(i + 1, line.strip()) for i, line in enumerate(raw.split("\n")) if line.strip()]
    reasons = _mark_lines(lines)
    _mark_foot(lines, reasons)
    dropped = [
        Dropped(line=lineno, text=line, reason=why)
        for (lineno, line), why in zip(lines, reasons, strict=True)
        if why is not None
    ]
    kept = [pair for pair, why in zip(lines, reasons, strict=True) if why is None]
    kept = _cut_glued_datelines(kept, dropped)
    kept = _cut_inline_trailer(kept, dropped, total_kept=len(kept))
    dropped.sort(key=lambda d: (d.line, d.text))
    return "\n".join(line for _, line in kept), tuple(dropped)


def _mark_lines(lines: list[tuple[int, str]]) -> list[str | None]:
    """Judge each line in reading order: the drop reason, or None to keep it."""
    total = len(lines)
    reasons: list[str | None] = []
    seen: dict[str, int] = {}
    first_heading: str | None = None
    in_head = True  # no paragraph of prose kept yet
    related = -1  # headlines dropped since a "Related" heading; -1 when not in such a block
    for pos, (_, line) in enumerate(lines):
        folded = fold(_unwrap(line))
        reason = _line_reason(line, folded, pos, total, seen, in_head=in_head)
        if reason is None and 0 <= related < RELATED_MAX_LINES and _is_listed_headline(line):
            reason = "related link (a headline listed under a related-articles heading)"
            related += 1
        elif reason is None or reason != "separator":
            related = 0 if _is_related_head(folded) else -1
        if reason is None and first_heading is None and _looks_like_heading(line):
            first_heading = folded
        if reason is not None and folded == first_heading and pos > 0:
            reason = "title repeated" + (" at the foot" if _in_tail(pos, total) else "")
        if reason is None and _is_prose(line):
            in_head = False
        reasons.append(reason)
        seen.setdefault(folded, pos)
    return reasons


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
    if len(bare.split()) <= STANDALONE_MAX_WORDS and bare in furniture.STANDALONE:
        return f"page furniture: {bare!r}"
    if _is_comment_line(folded):
        return "comment count or comment link"
    if _is_reading_time(folded):
        return "reading time"
    if _is_share_bar(folded):
        return "share bar"
    for prefix, why in furniture.PREFIXES:
        if folded.startswith(prefix):
            if why == "source line" and not _is_source_line(line, tail):
                continue
            return why
    for label, why in furniture.LABELS:
        if _LABEL_SEP.match(folded, len(label)) and folded.startswith(label):
            # A headline or a tag list has no final stop; a sentence that opens with
            # "Topics:" or "Related:" is prose.
            short = len(folded.split()) <= LABEL_MAX_WORDS
            if short and not _FINAL_STOP.search(line) and not _CUE.search(folded):
                return why
    if (in_head or pos < HEAD_LINES) and _is_byline(_unwrap(line), folded):
        return "byline or publication date"
    if _is_date_line(_unwrap(line), folded):
        return "publication or update date"
    if _DATELINE.match(line):
        return "dateline (its outlet is kept in the metadata)"
    if _is_wire_credit(_unwrap(line)):
        return "wire credit (reporting and editing)"
    if _is_appeal(line, folded, tail=tail):
        return "reader appeal (newsletter, donation, sharing or contact)"
    return None


# After a label: a colon, a bar or a chevron, or a spaced dash ("Related-party" is a word).
_LABEL_SEP = re.compile(r"\s*(?:[:|»>›]|\s[–—-]\s)\s*\S")
_NAME = re.compile(r"^(?:[A-ZÀ-Ý][\w’'-]*\.?\s){1,3}[A-ZÀ-Ý][\w’'-]+$")
_FINAL_STOP = re.compile(r"[.!?…]\s*$")


def _unwrap(line: str) -> str:
    """The line without Markdown emphasis or parentheses around all of it.

    >>> _unwrap("*By Jane Doe*")
    'By Jane Doe'
    """
    inner = line.strip("*_ ")
    if inner.startswith("(") and inner.endswith(")") and "(" not in inner[1:-1]:
        inner = inner[1:-1].strip()
    return inner or line


def _is_prose(line: str) -> bool:
    """A paragraph of the article: long enough and ending like a sentence."""
    return bool(_FINAL_STOP.search(line)) and len(line.split()) >= PROSE_MIN_WORDS


def _is_source_line(line: str, tail: bool) -> bool:
    """A credit at the foot ("Source : © NTB"), not prose that opens with "Source:"."""
    return tail and len(line.split()) <= BYLINE_MAX_WORDS and not _CUE.search(fold(line))


def _is_byline(line: str, folded: str) -> bool:
    """ "Par Claire Martin, publié le …", "By Jane Doe | May 3, 2024"."""
    words = line.split()
    if len(words) > BYLINE_MAX_WORDS or _FINAL_STOP.search(line) or _QUOTES.search(line):
        return False
    head = folded.split()[0]
    # A name follows: capitalised words ("Par la force" is a heading, not a byline).
    return (
        head in furniture.BYLINE_HEADS
        and len(words) >= 3
        and words[1][:1].isupper()
        and words[2][:1].isupper()
    )


_NUMERIC_DATE = re.compile(r"\b\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})\b|\b\d{4}-\d{2}-\d{2}\b")


def _is_date_line(line: str, folded: str) -> bool:
    """ "Publié le 11/03/2025 à 18h42 - Mis à jour …", "Updated January 12, 2022".

    Short, no final stop and no quote, so "Publié en 2019, le rapport …" stays: it can stand
    anywhere because update stamps are also printed at the foot.
    """
    words = line.split()
    if len(words) > BYLINE_MAX_WORDS or _FINAL_STOP.search(line) or _QUOTES.search(line):
        return False
    if not folded.startswith(furniture.DATE_LINE_HEADS):
        return False
    return bool(_NUMERIC_DATE.search(line) or find_dates(line))


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
    parts = [p.strip() for p in line.split(";") if p.strip()]
    return bool(parts) and all(_CREDIT_PART.match(p) for p in parts)


def _in_tail(pos: int, total: int) -> bool:
    return pos >= total * TAIL_SHARE


def _looks_like_heading(line: str) -> bool:
    from natocmp.segment import is_heading

    return is_heading(line)


_CHEVRONS = re.compile(r"\s[›»>]\s")


def _is_breadcrumb(line: str, folded: str) -> bool:
    """ "Accueil › Monde › Europe": a known head and a separator, or two chevrons between
    short capitalised parts ("Actualité › Bretagne › Finistère")."""
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
    if _QUOTES.search(line) or _CUE.search(folded):
        return False
    padded = f" {folded} "
    if not any(w in padded for w in furniture.APPEAL_WORDS):
        return False
    addresses = any(
        f" {w}" in padded or w.startswith("-") and w in padded for w in furniture.READER_ADDRESS
    )
    if not (addresses or _CALL.search(folded)):
        return False
    return tail or folded.rstrip(" .!").endswith(furniture.APPEAL_BUTTONS)


def _is_related_head(folded: str) -> bool:
    return folded.rstrip(" :.").strip() in furniture.RELATED_HEADS


_BULLET = re.compile(r"^(?:[-*•–]|\d{1,2}[.)])\s+")


def _is_listed_headline(line: str) -> bool:
    """A headline in a list of links: short, without a final period, not a person's name.

    Quotes are allowed ("Morlaix : « On a tout perdu »"): under a "Most read" heading a
    line like that is a link, not a sentence of the article. A name alone may be the
    author box that follows the list.
    """
    text = _BULLET.sub("", line)
    if _NAME.match(text) or len(text.split()) > HEADLINE_MAX_WORDS:
        return False
    return not re.search(r"[.!…:;]\s*[»”\"]?\s*$", text)


def _mark_foot(lines: list[tuple[int, str]], reasons: list[str | None]) -> None:
    """Drop an author bio among the last lines still kept, with the name line above it.

    Run after the line rules, so a bio followed by appeals, credits and comment counts is
    still seen as standing at the foot.
    """
    kept = [pos for pos, why in enumerate(reasons) if why is None]
    for pos in kept[-FOOT_KEPT_LINES:]:
        line = lines[pos][1]
        if not _is_bio(line, fold(line)):
            continue
        reasons[pos] = "author bio"
        above = pos - 1
        if above >= 0 and reasons[above] is None and _NAME.match(lines[above][1]):
            reasons[above] = "author name"  # the name heading of an author box


_BIO_ROLE = (
    r"journalist|reporter|correspondent|editor|writer|columnist|photographer|photojournalist"
    r"|journaliste|correspondante?|r[ée]dact\w+|chroniqueu\w+|photographe|pigiste"
)
_BIO_SENTENCE = re.compile(
    r"^[A-ZÀ-Ý][\w’'.-]*(?:\s+[\w’'.-]+){0,4}\s"
    r"(?i:(?:is|was|est|are|sont)\s(?:(?:a|an|the|our|one of|un|une|le|la|l'|notre|l’)\s?)?"
    rf"(?:[\w’'-]+\s){{0,6}}?(?:{_BIO_ROLE})s?\b"
    r"|(?:covers|writes about|reports on|couvre|écrit sur)\s)"
)
_COLLECTIVE_BIO = re.compile(
    r"^[A-ZÀ-Ý][\w’'.-]*(?:\s+[\w’'.-]+){0,4}\s(?i:(?:is|est)\s(?:a|an|un|une)\s"
    r"(?:(?:collective|collectif|cooperative|coopérative)\s(?:of|de|d['’])"
    r"|(?:independent|nonprofit|non-profit|volunteer)\s(?:media|newsroom|outlet|magazine)"
    r"|(?:média|media|journal|magazine|site)\s(?:associatif|indépendant|independent"
    r"|participatif|libre|en ligne|online|coopératif)))"
)


def _is_bio(line: str, folded: str) -> bool:
    """An author or publisher bio at the foot.

    "X is the Chronicle's energy correspondent", "X est journaliste au service …",
    "X est un média associatif …", or a generated one ("Certified introvert. Devoted
    internet fanatic."). A line that quotes or reports speech is the article's.
    """
    body = folded.strip(' «»"“”')
    fragments = [f.strip() for f in re.split(r"[.!?]", body) if f.strip()]
    if len(fragments) >= 3 and all(len(f.split()) <= 4 for f in fragments):
        words = set(re.findall(r"[a-z]+", body))
        if words & set(furniture.BIO_WORDS):
            return True
    if len(line.split()) > BIO_MAX_WORDS or _QUOTES.search(line) or _CUE.search(folded):
        return False
    return bool(_BIO_SENTENCE.match(line) or _COLLECTIVE_BIO.match(line))


_AGENCY = r"\(([^()]{2,40})\)"
_GLUED_DATELINE = re.compile(
    r"^(?P<city>[A-ZÀ-Ý][A-ZÀ-Ý'’.\- /]{1,40}?)"
    r"(?:,\s*(?P<date>[^()\-–—,]{1,25}?))?"
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
    """
    m = _GLUED_DATELINE.match(line)
    if not m or any(c.islower() for c in m["city"]):
        return None
    agency = m[3]
    known = agency is not None and any(
        part.strip() in furniture.WIRE_AGENCIES for part in re.split(r"[/,]|\bet\b", fold(agency))
    )
    dated = m["date"] is not None and bool(_DATELINE_DATE.match(m["date"].strip()))
    if m["date"] is not None and not dated:
        return None
    return m.group(0) if known or dated else None


def _cut_glued_datelines(
    kept: list[tuple[int, str]], dropped: list[Dropped]
) -> list[tuple[int, str]]:
    """Strip a wire dateline from one of the first paragraphs of prose, keeping its sentence."""
    out: list[tuple[int, str]] = []
    prose_seen = 0
    for lineno, line in kept:
        if _is_prose(line) and prose_seen < DATELINE_PARAGRAPHS:
            prose_seen += 1
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
