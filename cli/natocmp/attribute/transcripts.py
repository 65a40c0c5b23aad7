"""Transcripts: a text whose paragraphs open with speaker labels ("SECRETARY GENERAL:",
"DEPUTY SECRETARY SHERMAN:", "MODERATOR:", "Q:") is the labelled speakers' own words.

``turns(article)`` finds the labels (two or more distinct upper-case labels make a
transcript) and gives each sentence of a turn its label; ``label_speaker`` resolves a label to
the person the text names ("SHERMAN" → "Wendy Sherman", "SECRETARY GENERAL" → the person the
text titles so). Questions ("Q:", "QUESTION:", a journalist's turn) and the moderator's turns
are not claims. Not done: labels in mixed case ("Mr Smith:") — too close to colon
introductions of ordinary prose.
"""

from __future__ import annotations

import re

from natocmp.models import Article

LABEL = re.compile(r"^(?P<label>[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ .'’-]{0,60}?)\s*:\s+")
QUESTIONS = {"Q", "QUESTION", "QUESTIONS", "JOURNALIST", "REPORTER", "JOURNALISTE", "QUESTION FROM"}
MODERATORS = {
    "MODERATOR",
    "MODERATRICE",
    "MODERATEUR",
    "MODÉRATEUR",
    "OPERATOR",
    "HOST",
    "ANNOUNCER",
}
# first person: a transcript's turn is a claim when its speaker speaks as themself
FIRST_PERSON = re.compile(r"\b(?:I|I'm|I've|we|We|our|Our|us|je|j'|Je|J'|nous|Nous|notre|nos)\b")


def turns(article: Article) -> dict[int, tuple[str, int, bool]]:
    """Sentence index → (label as written, where the turn's own words start in that sentence,
    whether the turn speaks in the first person), for the sentences of labelled turns; empty
    when the text is not a transcript."""
    labels: dict[int, str] = {}  # paragraph -> label
    for s in article.sentences:
        m = LABEL.match(s.text)
        if m and s.paragraph not in labels and len(m.group("label").split()) <= 5:
            labels[s.paragraph] = m.group("label").strip()
    # Two labels or more, and a dialogue: a question, a moderator or a speaker who comes back
    # ("PHOTO:" then "READ MORE:" on a scraped page is furniture, not a transcript).
    values = list(labels.values())
    dialogue = any(is_question(v) for v in values) or len(set(values)) < len(values)
    if len(set(values)) < 2 or not dialogue:
        return {}
    members: list[tuple[int, str, int, int]] = []  # (sentence, label, start, turn number)
    current: str | None = None
    turn = 0
    for s in article.sentences:
        if s.paragraph in labels and LABEL.match(s.text):
            current = labels[s.paragraph]
            turn += 1
        if current is None or s.kind == "heading":
            continue
        m = LABEL.match(s.text)
        start = m.end() if m and m.group("label").strip() == current else 0
        members.append((s.index, current, start, turn))
    text = {s.index: s.text for s in article.sentences}
    first = {t for i, _, st, t in members if FIRST_PERSON.search(text[i][st:])}
    return {i: (label, st, t in first) for i, label, st, t in members}


def is_question(label: str) -> bool:
    return label.upper() in QUESTIONS | MODERATORS or label.upper().startswith("QUESTION")
