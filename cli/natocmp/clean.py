"""Remove page debris from scraped article text, keeping every removal inspectable.

Rules are general, not lists of the seeds' lines: what a line looks like (no letters, a
lone counter), where it stands (breadcrumbs at the head, appeals and bios at the foot),
and lexicons of French and English page furniture (``natocmp.lexicon.furniture``). When
in doubt a line is kept: a line that quotes someone or carries a reporting verb is content.

It does not split sentences (``natocmp.segment``) nor read metadata (``natocmp.metadata``).
"""

from __future__ import annotations

import re
import unicodedata

from natocmp.dates import find_dates
from natocmp.lexicon import furniture
from natocmp.models import Dropped

_COUNTER = re.compile(r"^[\d\s.,kKmM+]{1,8}$")
_DATELINE = re.compile(
    r"^[A-ZÀ-Ý][A-ZÀ-Ý'’ .\-]{2,40},\s*\d{1,2}(?:er)?(?:\s+[^\W\d_]+)?\.?"
    r"\s*\(([^()]{2,60})\)\s*[.:\-–—]?$"
)
_INLINE_TRAILER = re.compile(
    r"©\s*(?:19|20)\d\d|(?:Lire la suite sur|Read more at|Read the original)\b", re.IGNORECASE
)
_QUOTES = re.compile(r"[«»“”\"]")
_CUE = re.compile(
    r"\b(?:a déclaré|a dit|a indiqué|a affirmé|selon|d'après|said|told|according to"
    r"|a-t-il|a-t-elle)\b",
    re.IGNORECASE,
)
_BIO_SENTENCE = re.compile(
    r"^[\w .’'-]{2,60}\s(?:is|est)\s(?:a|an|un|une)\s(?:[\w-]+\s){0,3}"
    r"(?:journalist|reporter|correspondent|editor|writer|journaliste|correspondante?|rédact\w+)\b",
    re.IGNORECASE,
)
# A label line ("Tags : a, b", "Read more: a headline") is furniture up to this many words.
LABEL_MAX_WORDS = 20
# A byline or date line stands near the head of the page and is short.
BYLINE_MAX_WORDS = 14
HEAD_LINES = 6
# A line counts as standing at the foot when it is in the last part of the page.
TAIL_SHARE = 0.5
# Furniture phrases are short; a long line that happens to contain "share" is prose.
STANDALONE_MAX_WORDS = 6


def fold(text: str) -> str:
    """Lower-case, strip accents, straighten apostrophes, collapse spaces.

    >>> fold("À lire  aussi :")
    'a lire aussi :'
    """
    text = unicodedata.normalize("NFKD", text.replace("’", "'").replace("\u00a0", " "))
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(text.lower().split())


def clean_text(raw: str) -> tuple[str, tuple[Dropped, ...]]:
    """Drop page debris from raw article text.

    Args:
        raw: decoded text, one paragraph per line.

    Returns:
        The cleaned text (kept paragraphs, one per line) and the dropped pieces with reasons.
    """
    lines = [(i + 1, line.strip()) for i, line in enumerate(raw.split("\n")) if line.strip()]
    total = len(lines)
    dropped: list[Dropped] = []
    kept: list[tuple[int, str]] = []
    seen: dict[str, int] = {}
    first_heading: str | None = None
    for pos, (lineno, line) in enumerate(lines):
        folded = fold(line)
        reason = _line_reason(line, folded, pos, total, seen)
        if reason is None and first_heading is None and _looks_like_heading(line):
            first_heading = folded
        if reason == "author bio" and kept and kept[-1][0] == lines[pos - 1][0]:
            if _NAME.match(kept[-1][1]):  # the name heading of an author box
                name_line, name = kept.pop()
                dropped.append(Dropped(line=name_line, text=name, reason="author name"))
        if reason is not None:
            if folded == first_heading and pos > 0:
                reason = "title repeated" + (" at the foot" if _in_tail(pos, total) else "")
            dropped.append(Dropped(line=lineno, text=line, reason=reason))
        else:
            kept.append((lineno, line))
        seen.setdefault(folded, pos)
    kept = _cut_inline_trailer(kept, dropped, total_kept=len(kept))
    dropped.sort(key=lambda d: (d.line, d.text))
    return "\n".join(line for _, line in kept), tuple(dropped)


def _line_reason(line: str, folded: str, pos: int, total: int, seen: dict[str, int]) -> str | None:
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
            if short and not _FINAL_STOP.search(line) and not _CUE.search(line):
                return why
    if pos < HEAD_LINES and _is_byline(line, folded):
        return "byline or publication date"
    if _DATELINE.match(line):
        return "dateline (its outlet is kept in the metadata)"
    if tail and _is_appeal(line, folded):
        return "reader appeal (newsletter, donation, sharing or contact)"
    if pos >= total - 3 and _is_bio(line, folded):
        return "author bio"
    return None


# After a label: a colon, a bar or a chevron, or a spaced dash ("Related-party" is a word).
_LABEL_SEP = re.compile(r"\s*(?:[:|»>›]|\s[–—-]\s)\s*\S")
_NAME = re.compile(r"^(?:[A-ZÀ-Ý][\w’'-]*\.?\s){1,3}[A-ZÀ-Ý][\w’'-]+$")
_FINAL_STOP = re.compile(r"[.!?…]\s*$")


def _is_source_line(line: str, tail: bool) -> bool:
    """A credit at the foot ("Source : © NTB"), not prose that opens with "Source:"."""
    return tail and len(line.split()) <= BYLINE_MAX_WORDS and not _CUE.search(line)


def _is_byline(line: str, folded: str) -> bool:
    """ "Par Claire Martin, publié le …", "By Jane Doe", "Published January 12, 2022"."""
    words = line.split()
    if len(words) > BYLINE_MAX_WORDS or _FINAL_STOP.search(line) or _QUOTES.search(line):
        return False
    head = folded.split()[0]
    if head in furniture.BYLINE_HEADS:
        # A name follows: capitalised words ("Par la force" is a heading, not a byline).
        return len(words) >= 3 and words[1][:1].isupper() and words[2][:1].isupper()
    return folded.startswith(furniture.DATE_LINE_HEADS) and bool(find_dates(line))


def _in_tail(pos: int, total: int) -> bool:
    return pos >= total * TAIL_SHARE


def _looks_like_heading(line: str) -> bool:
    from natocmp.segment import is_heading

    return is_heading(line)


def _is_breadcrumb(line: str, folded: str) -> bool:
    head = folded.split(" ", 1)[0]
    if head not in furniture.BREADCRUMB_HEADS:
        return False
    return any(sep in line for sep in (" > ", " › ", " » ", " / ", " | ")) or line.endswith(
        ("...", "…")
    )


def _is_appeal(line: str, folded: str) -> bool:
    if _QUOTES.search(line) or _CUE.search(line):
        return False
    padded = f" {folded} "
    has_word = any(w in padded for w in furniture.APPEAL_WORDS)
    addresses = any(
        f" {w}" in padded or w.startswith("-") and w in padded for w in furniture.READER_ADDRESS
    )
    return has_word and addresses


def _is_bio(line: str, folded: str) -> bool:
    body = folded.strip(' «»"“”')
    fragments = [f.strip() for f in re.split(r"[.!?]", body) if f.strip()]
    if len(fragments) >= 3 and all(len(f.split()) <= 4 for f in fragments):
        words = set(re.findall(r"[a-z]+", body))
        if words & set(furniture.BIO_WORDS):
            return True
    return bool(_BIO_SENTENCE.match(line)) and len(line.split()) <= 40


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
