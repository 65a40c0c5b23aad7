"""Capitalised name runs in a text, and canonical person names (no middle initials)."""

from __future__ import annotations

import re
from functools import lru_cache

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
    """Runs that may name a person, as (start, end, name): the entities stage's name runs of
    kind person or surname, without honorific or title, leading connectors dropped
    ("Selon Jens Stoltenberg", "Mais Sherman"). Outlets, places, institutions and
    sentence-initial words are not here (``natocmp.entities``)."""
    return [_after_particle(r) for r in _person_runs(text)]


@lru_cache(maxsize=8192)
def _person_runs(text: str) -> tuple[tuple[int, int, str], ...]:
    from natocmp.entities import name_runs

    out = []
    for r in name_runs(text):
        if r.kind not in {"person", "surname"}:
            continue
        s, name = r.start, r.name
        while (
            " " in name
            and not _is_name_token(name.split()[0])
            and not (r.honorific and name.split()[0] in {"Le", "La"})
        ):
            head = name.split()[0]
            s += len(head) + 1
            name = name[len(head) + 1 :]
        if not _is_name_token(name) and " " not in name:
            continue
        if len(name) < 2:
            continue
        out.append((s, s + len(name), name))
    return tuple(out)


def _after_particle(run: tuple[int, int, str]) -> tuple[int, int, str]:
    """ "Réponse de Laurent Brisset": one capitalised word, a particle, then a full name is a
    sentence-initial noun before a name ("von der Leyen" has one word after its particle)."""
    s, e, name = run
    m = re.fullmatch(r"([^\s]+) (?:de|du|of) ([^\s]+(?: [^\s]+)+)", name)
    if m is None or m.group(2).split()[0] in {"la", "La", "der"}:
        return run
    return (e - len(m.group(2)), e, m.group(2))


# --- the article's own knowledge: full names and titles -----------------------------------
