"""Capitalised name runs in a text, and canonical person names (no middle initials)."""

from __future__ import annotations

import re

from natocmp.attribute.text import _fold
from natocmp.lexicon import reporting as lex
from natocmp.lexicon.stopwords import ALL as STOPWORDS
from natocmp.normalize import fold_token

_DET = re.compile(r"^(?:le|la|les|l'|des|du|de|d'|un|une|son|sa|ses|leur|the|a|an|its|his|her)\s+")
# an initial keeps its dot ("Wendy R. Sherman"); a name at a sentence's end does not
_NAME_TOKEN = re.compile(r"[A-Z]\.(?=\s)|[A-ZÀ-ÖØ-Þ][\w'’-]*", re.UNICODE)


_INSTITUTIONS = set(lex.INSTITUTIONS)
_TITLE_WORDS = set(lex.TITLE_HEADS)
# capitalised at a sentence's start, never a name ("Two diplomats said", "Plusieurs élus")
_COUNTS = {
    "deux",
    "trois",
    "quatre",
    "cinq",
    "plusieurs",
    "quelques",
    "certains",
    "certaines",
    "two",
    "three",
    "four",
    "five",
    "several",
    "some",
    "many",
    "few",
    "numerous",
}
_NATIONALITIES = set(lex.NATIONALITIES)


def canonical_name(name: str) -> str:
    """A person's name without middle initials and with curly apostrophes kept.

    >>> canonical_name("Wendy R. Sherman")
    'Wendy Sherman'
    """
    return " ".join(t for t in name.split() if not re.fullmatch(r"[A-Z]\.", t))


def _strip_det(text: str) -> str:
    folded = _fold(text).strip(" ,")
    while True:
        new = _DET.sub("", folded)
        if new == folded:
            return folded
        folded = new


def _is_name_token(tok: str) -> bool:
    f = fold_token(tok).rstrip(".")
    return not (
        f in STOPWORDS
        or f in _INSTITUTIONS
        or f in _NATIONALITIES
        or f in lex.TITLE_HEADS
        or f
        in {
            "mais",
            "selon",
            "cependant",
            "alors",
            "si",
            "lors",
            "en",
            "but",
            "however",
            "according",
            "d'apres",
        }
        or f in _COUNTS
    )


def _names(text: str) -> list[tuple[int, int, str]]:
    """Runs of capitalised name tokens (with initials) as (start, end, name)."""
    runs: list[tuple[int, int, str]] = []
    for m in _NAME_TOKEN.finditer(text):
        tok, end = m.group(0), m.end()
        if re.match(r"[LDld]['’][a-zà-ÿ]", tok):  # "L'annonce", "D'après": an elided article
            continue
        if re.search(r"\w['’]s$", tok):  # "Doyle's answer": the possessive is not the name
            tok, end = tok[:-2], end - 2
        if (
            fold_token(tok).rstrip(".") in _TITLE_WORDS
            and runs
            and re.fullmatch(r"(?:\s+[A-Z][\w'’-]*)*\s+", text[runs[-1][1] : m.start()])
        ):
            # "Energy Commissioner Anna Berg", "Finance Minister …": the capitalised
            # words before a title are its field or office, not part of the name that follows
            runs.pop()
        initial = re.fullmatch(r"[A-Z]\.", tok) is not None
        if not _is_name_token(tok) or len(tok) < 2 or (tok.isupper() and not initial):
            continue
        gap = text[runs[-1][1] : m.start()] if runs else ""
        # "von der", and "of" inside a body's name ("Royal College of Nursing")
        particles = r"(?: (?:de|van|von|da|di|du|del|der|den|al|dos|das|of)){1,2} "
        if runs and (gap == " " or re.fullmatch(particles, gap)):
            s, _, _ = runs[-1]
            runs[-1] = (s, end, text[s:end])
        else:
            runs.append((m.start(), end, tok))
    return [_after_particle(r) for r in runs]


def _after_particle(run: tuple[int, int, str]) -> tuple[int, int, str]:
    """ "Réponse de Laurent Brisset": one capitalised word, a particle, then a full name is a
    sentence-initial noun before a name ("von der Leyen" has one word after its particle)."""
    s, e, name = run
    m = re.fullmatch(r"([^\s]+) (?:de|du|of) ([^\s]+(?: [^\s]+)+)", name)
    if m is None or m.group(2).split()[0] in {"la", "La", "der"}:
        return run
    return (e - len(m.group(2)), e, m.group(2))


# --- the article's own knowledge: full names and titles -----------------------------------
