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

from natocmp.clean._common import fold
from natocmp.clean.blocks import _mark_foot, _mark_lines
from natocmp.clean.inline import _cut_glued_datelines, _cut_glued_related, _cut_inline_trailer
from natocmp.clean.runs import mark_runs
from natocmp.models import Dropped

__all__ = ["clean_text", "fold"]


def clean_text(raw: str) -> tuple[str, tuple[Dropped, ...]]:
    """Drop page debris from raw article text.

    Args:
        raw: decoded text, one paragraph per line.

    Returns:
        The cleaned text (kept paragraphs, one per line) and the dropped pieces with reasons.
    """
    lines = [(i + 1, line.strip()) for i, line in enumerate(raw.split("\n")) if line.strip()]
    reasons = _mark_lines(lines)
    mark_runs(lines, reasons)
    _mark_foot(lines, reasons)
    dropped = [
        Dropped(line=lineno, text=line, reason=why)
        for (lineno, line), why in zip(lines, reasons, strict=True)
        if why is not None
    ]
    kept = [pair for pair, why in zip(lines, reasons, strict=True) if why is None]
    kept = _cut_glued_datelines(kept, dropped)
    kept = _cut_glued_related(kept, dropped)
    kept = _cut_inline_trailer(kept, dropped, total_kept=len(kept))
    dropped.sort(key=lambda d: (d.line, d.text))
    return "\n".join(line for _, line in kept), tuple(dropped)
