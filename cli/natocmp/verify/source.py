"""A primary source (transcript, speech, statement) read as speaker turns.

``speaker_turns(article)`` splits a loaded source into the turns of whoever speaks: a
sentence that opens with a speaker label ("SECRETARY GENERAL:", "MODERATOR:", "Q:",
"QUESTION:", "Maria Lindqvist:", "DEPUTY SECRETARY GENERAL TOMAS REYES:") starts a new turn,
and every sentence up to the next label belongs to it. A label that gives only a title
("SECRETARY GENERAL:") takes the name that an earlier label or the heading gave with that
same title ("SECRETARY GENERAL MARIA LINDQVIST:", "Press conference by Secretary General
Maria Lindqvist"). A source with no labels is one turn, spoken by the person the heading
names after "by"/"par"/"de" (a speech, a statement), or by nobody known.

This is the one place that knows how transcripts are laid out; the rest of ``verify``
only sees ``Turn`` objects, so a better reader (issue 14's transcripts with speaker labels)
plugs in as any ``TurnReader``. Deliberately not done: no guessing of a speaker from
what is said, no merging of speakers across sources. Pure functions.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from natocmp.lexicon.reporting import TITLE_HEADS
from natocmp.models import Article
from natocmp.normalize import fold_token

# Words a title is made of, besides TITLE_HEADS: a label made only of these names a role.
_TITLE_WORDS = frozenset(TITLE_HEADS) | {
    "secretary", "general", "deputy", "assistant", "vice", "under", "foreign", "defence",
    "defense", "prime", "high", "representative", "spokesperson", "spokesman",
    "spokeswoman", "state", "affairs", "alliance", "of", "the", "for", "and", "nato", "otan",
    "eu", "un", "us", "secretaire", "generale", "adjoint", "adjointe", "porte-parole",
    "haut", "haute", "representante", "de", "du", "la", "le", "des", "ministre", "etrangeres",
    "affaires", "president", "presidente", "mr", "mrs", "ms", "dr", "m", "mme", "etat",
    "d'etat", "l'etat", "maire", "mayor", "chancellor", "chief", "officer", "medical",
    "health", "finance", "interior", "justice", "commissioner", "governor", "director",
}
_DETERMINERS = frozenset({"la", "le", "l", "les", "the"})
QUESTION_LABELS = frozenset({"q", "question", "journalist", "journaliste", "reporter",
                             "questioner", "audience", "media", "press"})
MODERATOR_LABELS = frozenset({"moderator", "moderateur", "moderatrice", "chair", "operator",
                              "host", "presenter", "animateur", "animatrice"})

# A label: up to eight words of capitals, or a capitalised name, then a colon, at the start
# of a sentence. "Q (Reuters):" and "QUESTION [AFP]:" keep their parenthesis out of the name.
_LABEL = re.compile(
    r"^\s*(?P<label>(?:[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'’\-]*(?:\s+(?:[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'’\-]*|OF|DE|DU))"
    r"{0,7})|(?:Q|Question|Moderator|Journalist|Reporter)"
    r"|(?:[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’\-]+(?:\s+(?:of\s+|de\s+)?[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’\-]+){1,5}))"
    r"\s*(?P<paren>[(\[][^)\]]{1,40}[)\]])?\s*:\s*"
)
_HEAD_NAME = re.compile(
    r"\b(?:by|par|de|from|with)\s+(?:(?:the\s+|l['’]\s*)?(?:[A-Za-zÀ-ÿ\-]+\s+){0,6}?)"
    r"(?P<name>[A-Z][a-zà-ÿ'’\-]+(?:\s+[A-Z][a-zà-ÿ'’\-]+){1,2})\b"
)
_NAME = re.compile(r"[A-Z][a-zà-ÿ'’\-]+(?:\s+[A-Z][a-zà-ÿ'’\-]+){1,2}")


@dataclass(frozen=True, slots=True)
class Turn:
    """What one speaker says between two labels of a source.

    ``role`` is "official" (a named or titled speaker), "question" (a journalist, "Q:"),
    "moderator", or "unknown" (a source without labels and without a name in its heading).
    ``speaker`` is a person's name when the label or the heading gives one. ``sentences``
    are indices into the source article's sentences; ``start`` is where the spoken words
    begin in ``Article.text`` (after the label).
    """

    index: int
    label: str | None
    speaker: str | None
    role: str
    sentences: tuple[int, ...]
    start: int
    end: int


TurnReader = Callable[[Article], tuple[Turn, ...]]


def _words(label: str) -> list[str]:
    return [fold_token(w).strip(".") for w in label.split() if w.strip(".")]


def _split_label(label: str) -> tuple[str, str | None]:
    """A label as (title words, name): the name is the trailing words that are no title.

    >>> _split_label("SECRETARY GENERAL MARIA LINDQVIST")
    ('secretary general', 'Maria Lindqvist')
    >>> _split_label("SECRETARY GENERAL")
    ('secretary general', None)
    """
    raw = label.split()
    folded = _words(label)
    cut = len(folded)
    while cut > 0 and folded[cut - 1] not in _TITLE_WORDS:
        cut -= 1
    title = " ".join(folded[:cut])
    name_words = raw[cut:]
    if not name_words:
        return title, None
    name = " ".join(w if not w.isupper() else w.capitalize() for w in name_words)
    name = re.sub(r"(?<=[-’'])([a-zà-ÿ])", lambda m: m.group(1).upper(), name)
    return title, name


def _role(label: str) -> str:
    words = _words(label)
    first = [w for w in words if w not in _DETERMINERS][:1]
    if first and first[0] in QUESTION_LABELS:
        return "question"
    if first and first[0] in MODERATOR_LABELS:
        return "moderator"
    return "official"


def _heading_names(article: Article) -> list[tuple[str, str]]:
    """(folded text before the name, name) for each name the headings give after by/par."""
    out = []
    for s in article.sentences[:3]:
        if s.kind != "heading" and s.index > 0:
            continue
        for m in _NAME.finditer(s.text):
            out.append((fold_token(s.text[: m.start()]), m.group(0)))
    return out


def _heading_speaker(article: Article) -> str | None:
    for s in article.sentences[:2]:
        if s.kind == "heading" or s.index == 0:
            m = _HEAD_NAME.search(s.text)
            if m:
                words = m.group("name").split()
                while len(words) > 2 and fold_token(words[0]) in _TITLE_WORDS:
                    words.pop(0)  # "Mayor Jonas Pike": the title is not the name
                return " ".join(words)
    return None


def speaker_turns(article: Article) -> tuple[Turn, ...]:
    """The turns of a source, in order; a source without labels is one turn.

    >>> from natocmp.corpus import RawDocument, build_article
    >>> text = "SECRETARY GENERAL JANE DOE: We agree.\\n\\nQ: Do you?\\n\\nSECRETARY GENERAL: Yes."
    >>> article = build_article(RawDocument(id="t", source="t.txt", text=text))
    >>> [(t.speaker, t.role) for t in speaker_turns(article)]
    [('Jane Doe', 'official'), (None, 'question'), ('Jane Doe', 'official')]
    """
    titles: dict[str, str] = {}
    for before, name in _heading_names(article):
        for n in range(1, 5):  # the title is the last few title words before the name
            words = [w for w in re.findall(r"[\w'-]+", before) if w in _TITLE_WORDS][-n:]
            if words:
                titles.setdefault(" ".join(words), name)
    turns: list[Turn] = []
    current: dict | None = None
    for s in article.sentences:
        m = _LABEL.match(s.text)
        label = m.group("label") if m else None
        if m and label and not _is_label(label):
            m = None
        if m and label:
            if current is not None:
                turns.append(_close(current, len(turns)))
            role = _role(label)
            title, name = _split_label(label) if role == "official" else ("", None)
            if role == "official":
                if name is not None and title:
                    titles[title] = name
                elif name is None:
                    name = titles.get(title) or _by_title_suffix(titles, title)
            current = {"label": label.strip(), "speaker": name, "role": role,
                       "sentences": [s.index], "start": s.start + m.end(), "end": s.end}
            continue
        if s.kind == "heading" and current is None:
            continue  # a title line before the first turn: not spoken words
        if current is None:
            current = {"label": None, "speaker": None, "role": "unknown",
                       "sentences": [], "start": s.start, "end": s.end}
        current["sentences"].append(s.index)
        current["end"] = s.end
    if current is not None:
        turns.append(_close(current, len(turns)))
    if len(turns) == 1 and turns[0].label is None:
        # No labels at all: a speech or statement, spoken by whoever the heading names.
        speaker = _heading_speaker(article)
        t = turns[0]
        turns[0] = Turn(t.index, None, speaker, "official" if speaker else "unknown",
                        t.sentences, t.start, t.end)
    return tuple(turns)


def _by_title_suffix(titles: dict[str, str], title: str) -> str | None:
    """A title-only label matched to a longer known title that ends with it, if only one."""
    if not title:
        return None
    found = {n for t, n in titles.items() if t == title or t.endswith(" " + title)}
    # "deputy secretary general" must not answer for "secretary general": exact first.
    exact = [n for t, n in titles.items() if t == title]
    if exact:
        return exact[0]
    longer = {n for t, n in titles.items()
              if t.endswith(" " + title) and t.split()[0] not in {"deputy", "vice", "assistant",
                                                                  "adjoint", "adjointe"}}
    return next(iter(longer)) if len(longer) == 1 and found else None


def _is_label(label: str) -> bool:
    """Capitals or a short name before a colon, not a sentence that happens to have one."""
    words = _words(label)
    if not words or len(words) > 8:
        return False
    if _role(label) != "official":
        return True
    letters = [c for c in label if c.isalpha()]
    if letters and all(c.isupper() for c in letters):
        return len(letters) >= 1
    # mixed case: a name of two to four capitalised words, or a title and a name (up to six:
    # "Chief Medical Officer Karl Brandt"), "of"/"de" allowed inside
    parts = [w for w in label.split() if w not in ("of", "de", "du", "the")]
    return all(w[:1].isupper() for w in parts) and 2 <= len(parts) <= 6


def _close(cur: dict, index: int) -> Turn:
    return Turn(index, cur["label"], cur["speaker"], cur["role"], tuple(cur["sentences"]),
                cur["start"], cur["end"])


def with_speaker(reader: TurnReader, name: str) -> TurnReader:
    """``reader``, with the turns it cannot name (a source without labels or heading name)
    spoken by ``name`` (``verify --source-speaker``).

    >>> from natocmp.corpus import RawDocument, build_article
    >>> a = build_article(RawDocument(id="s", source="s.txt", text="A statement\\n\\nWe act."))
    >>> [(t.speaker, t.role) for t in with_speaker(speaker_turns, "Ada Stone")(a)]
    [('Ada Stone', 'official')]
    """

    def read(article: Article) -> tuple[Turn, ...]:
        return tuple(
            Turn(t.index, t.label, name, "official", t.sentences, t.start, t.end)
            if t.role == "unknown" else t
            for t in reader(article)
        )

    return read
