"""Rules that read lines in their place on the page: related blocks, repeated titles, the foot."""

from __future__ import annotations

import re

from natocmp.clean._common import (
    _NAME,
    _QUOTES,
    BIO_MAX_WORDS,
    FOOT_KEPT_LINES,
    HEADLINE_MAX_WORDS,
    RELATED_MAX_LINES,
    _in_tail,
    _is_prose,
    _looks_like_heading,
    _unwrap,
    fold,
    has_cue,
)
from natocmp.clean.lines import _line_reason
from natocmp.lexicon import furniture


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
    if len(line.split()) > BIO_MAX_WORDS or _QUOTES.search(line) or has_cue(folded):
        return False
    return bool(_BIO_SENTENCE.match(line) or _COLLECTIVE_BIO.match(line))
