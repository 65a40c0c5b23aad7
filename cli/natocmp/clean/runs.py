"""Rules that judge runs of lines together: menus, lists of links, lists of other headlines,
reader comments, the headline printed again, a teaser that repeats a later paragraph.

One short line without a full stop may be a subheading; three in a row are a menu. A run
is judged only on lines the single-line rules kept, and never takes the first line of the
text (the title).
"""

from __future__ import annotations

import re

from natocmp.clean._common import _FINAL_STOP, _QUOTES, _in_tail, fold, has_cue

# A menu: at least this many consecutive short items.
MENU_MIN_ITEMS = 3
MENU_MAX_WORDS = 4
# A list of links: bulleted lines standing together without a final stop.
LINKS_MIN_ITEMS = 2
LINK_MAX_WORDS = 16
# A list of other headlines at the foot: title-cased lines standing together.
HEADLINES_MIN_ITEMS = 3
HEADLINE_MAX_WORDS = 20
TITLE_CASE_SHARE = 0.6
# A teaser repeats the start of a later paragraph; it is long enough not to be a phrase.
TEASER_MIN_WORDS = 12

_BULLET = re.compile(r"^\s*(?:[-–—•*▪►]|\d{1,2}[.)])\s+")
_TRAILING_DASH = re.compile(r"\s+[-–—]\s*$")
_TOKENS = re.compile(r"[^\W_]+")
_COMMENT_HEAD = re.compile(
    r"^(?:commentaires?|comments?|reactions?|vos (?:commentaires|reactions)|reader comments"
    r"|\d+\s+(?:commentaires?|comments?|reactions?)|(?:commentaires?|comments?)\s*\(\d+\)"
    r"|laisser un commentaire|leave a (?:comment|reply)|join the (?:discussion|conversation))$"
)


def mark_runs(lines: list[tuple[int, str]], reasons: list[str | None]) -> None:
    """Drop menus, link lists, headline lists, comments, repeated titles and teasers."""
    _mark_repeated_title(lines, reasons)
    _mark_teasers(lines, reasons)
    _mark_comments(lines, reasons)
    _mark_run(lines, reasons, _is_menu_item, MENU_MIN_ITEMS, "navigation menu", adjacent=False)
    _mark_run(lines, reasons, _is_link_item, LINKS_MIN_ITEMS, "list of links to other articles")
    _mark_run(
        lines,
        reasons,
        _is_headline_item,
        HEADLINES_MIN_ITEMS,
        "list of other headlines",
        tail_only=True,
    )


def _words(line: str) -> list[str]:
    return _BULLET.sub("", _TRAILING_DASH.sub("", line)).split()


def _plain(line: str) -> bool:
    """No sentence ending, quote or reporting cue: a label, not a sentence."""
    text = _TRAILING_DASH.sub("", line)
    return not (_FINAL_STOP.search(text) or _QUOTES.search(text) or has_cue(fold(text)))


def _is_menu_item(line: str) -> bool:
    words = _words(line)
    return 0 < len(words) <= MENU_MAX_WORDS and _plain(line) and not line.rstrip().endswith(":")


def _is_link_item(line: str) -> bool:
    return bool(_BULLET.match(line)) and 0 < len(_words(line)) <= LINK_MAX_WORDS and _plain(line)


def _is_headline_item(line: str) -> bool:
    words = [w for w in _words(line) if w[:1].isalpha() or w[:1] in "'‘’\"“"]
    if not words or len(_words(line)) > HEADLINE_MAX_WORDS or not _plain(line):
        return False
    capital = sum(w.lstrip("'‘’\"“")[:1].isupper() for w in words)
    return capital / len(words) >= TITLE_CASE_SHARE


def _mark_run(
    lines: list[tuple[int, str]],
    reasons: list[str | None],
    is_item,
    min_items: int,
    why: str,
    *,
    adjacent: bool = True,
    tail_only: bool = False,
) -> None:
    """Mark each run of at least ``min_items`` kept items; with ``adjacent`` the items stand
    on consecutive lines of the page (no blank line between them); with ``tail_only`` the
    run ends at the foot."""
    total = len(lines)
    run: list[int] = []

    def flush() -> None:
        if len(run) >= min_items and (not tail_only or _in_tail(run[-1], total)):
            for pos in run:
                reasons[pos] = why
        run.clear()

    for pos, (lineno, line) in enumerate(lines):
        if pos == 0 or reasons[pos] is not None:
            continue  # the title, or furniture already: neither an item nor a break
        if not is_item(line):
            flush()
            continue
        if adjacent and run and lines[run[-1]][0] != lineno - 1:
            flush()
        run.append(pos)
    flush()


def _tokens(line: str) -> tuple[str, ...]:
    return tuple(_TOKENS.findall(fold(line)))


def _mark_repeated_title(lines: list[tuple[int, str]], reasons: list[str | None]) -> None:
    """The headline printed again in the page ("Title", then "TITLE:" or "Title (video)")."""
    if not lines:
        return
    title = _tokens(lines[0][1])
    if len(title) < 3:
        return
    for pos in range(1, len(lines)):
        if reasons[pos] is None and _tokens(lines[pos][1]) == title:
            reasons[pos] = "title repeated" + (" at the foot" if _in_tail(pos, len(lines)) else "")


def _mark_teasers(lines: list[tuple[int, str]], reasons: list[str | None]) -> None:
    """A summary that repeats the opening of a later paragraph word for word."""
    kept = [(pos, " ".join(_tokens(line))) for pos, (_, line) in enumerate(lines)]
    for i, (pos, text) in enumerate(kept):
        if pos == 0 or reasons[pos] is not None or len(text.split()) < TEASER_MIN_WORDS:
            continue
        for later, other in kept[i + 1 :]:
            if reasons[later] is None and len(other) > len(text) and other.startswith(text):
                reasons[pos] = "teaser repeated in the text"
                break


def _mark_comments(lines: list[tuple[int, str]], reasons: list[str | None]) -> None:
    """Everything below a reader-comments heading at the foot of the page."""
    total = len(lines)
    for pos, (_, line) in enumerate(lines):
        if pos and _in_tail(pos, total) and _COMMENT_HEAD.match(fold(line).strip(" :.")):
            for below in range(pos + 1, total):
                if reasons[below] is None:
                    reasons[below] = "reader comment"
            return
