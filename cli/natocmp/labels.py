"""One short label per article, the same in every command, table and record.

The label is the article's outlet when it is known, else its file stem (the last part of
its id: ``event/outlet_fr`` gives ``outlet_fr``; a seed's number), shortened to ``max_len``
(18) characters and made unique within the set compared: two articles of one outlet become
``Reuters 1`` and ``Reuters 2``. Every renderer (tables,
HTML, the ``label`` field of JSON and CSV records) names articles through this module, so a
reader sees one name for one article everywhere. It does not detect outlets (``natocmp.corpus``
and ``natocmp.metadata`` do); it only names what they found.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from natocmp.models import Article

# 18: "The New York Times", "Le Petit Riverain" and most outlet names fit whole, and four
# labels plus marks still fit an 80-column terminal.
MAX_LEN = 18
_PAREN = re.compile(r"\s*[(\[][^)\]]*[)\]]")
_LEADING_THE = re.compile(r"^the\s+(?=\S)", re.IGNORECASE)
_LINK_WORDS = frozenset(
    "de du des d' l' la le les et à au aux en sur of the and a an for on in at & - – ·".split()
)


def base_name(article: Article) -> str:
    """What the label starts from: the outlet without its notes in brackets, else the id.

    >>> from natocmp.models import Article
    >>> a = Article("001", None, "The New York Times (French translation)", None, "fr",
    ...             "seed:001", None, "", (), ())
    >>> base_name(a)
    'The New York Times'
    """
    outlet = " ".join((article.outlet or "").split())
    if outlet:
        return _PAREN.sub("", outlet).strip() or outlet
    # A nested file's id is its path under the folder given ("event/outlet_fr"): the stem.
    return article.id.rsplit("/", 1)[-1] or article.id


def shorten(name: str, max_len: int = MAX_LEN) -> str:
    """``name`` in at most ``max_len`` characters: cut at a word when one fits, else with "…".

    >>> shorten("The New York Times", 16)
    'New York Times'
    >>> shorten("Norway Today", 16)
    'Norway Today'
    >>> shorten("Agence France-Presse International", 16)
    'Agence France-P…'
    >>> shorten("Le Journal de Montréal", 16)
    'Le Journal'
    >>> shorten("Le Monde", 16)
    'Le Monde'
    >>> shorten("lincolndailynews_en", 16)
    'lincolndailynew…'
    """
    name = " ".join(name.split())
    if len(name) > max_len:  # "The New York Times" → "New York Times"
        name = _LEADING_THE.sub("", name)
    if len(name) <= max_len:
        return name
    words = name.split(" ")
    kept = ""
    for word in words:
        candidate = f"{kept} {word}".strip()
        if len(candidate) > max_len:
            break
        kept = candidate
    # A cut between words ends on a word that means something ("Le Courrier", not "Le
    # Courrier de"), and is worth it when it keeps at least half the room; else cut letters.
    pieces = kept.split(" ")
    while len(pieces) > 1 and pieces[-1].lower() in _LINK_WORDS:
        pieces.pop()
    kept = " ".join(pieces)
    if len(kept) >= max_len // 2:
        return kept
    return name[: max_len - 1].rstrip() + "…"


def article_labels(articles: Iterable[Article], *, max_len: int = MAX_LEN) -> dict[str, str]:
    """Article id → its label, unique within ``articles`` (their order numbers repeats).

    >>> from natocmp.models import Article
    >>> def art(i, outlet):
    ...     return Article(i, None, outlet, None, "en", i, None, "", (), ())
    >>> article_labels([art("a", "Reuters"), art("x/b", None), art("c", "Reuters")])
    {'a': 'Reuters 1', 'x/b': 'b', 'c': 'Reuters 2'}
    """
    arts = list(articles)
    bases = {a.id: shorten(base_name(a), max_len) for a in arts}
    taken = Counter(bases.values())
    seen: Counter[str] = Counter()
    labels: dict[str, str] = {}
    for a in arts:
        base = bases[a.id]
        if taken[base] == 1:
            labels[a.id] = base
            continue
        seen[base] += 1
        suffix = f" {seen[base]}"
        labels[a.id] = shorten(base, max_len - len(suffix)).rstrip("…") + suffix
    # A numbered label may equal another article's plain one ("Reuters 2" the outlet):
    # fall back to the id, which is unique.
    counts = Counter(labels.values())
    for aid, label in labels.items():
        if counts[label] > 1:
            labels[aid] = shorten(aid, max_len)
    return labels


def label_of(articles: Iterable[Article], article_id: str) -> str:
    """The label of one article among ``articles`` (its id when it is not among them)."""
    return article_labels(articles).get(article_id, article_id)


def who_published(article: Article, unknown: str = "outlet unknown") -> str:
    """The outlet, with the agency of a wire copy: "Le Soir (AFP)", "AP wire", else ``unknown``.

    The same words in every table and in the report.
    """
    if article.outlet and article.wire:
        return f"{article.outlet} ({article.wire})"
    if article.wire:
        return f"{article.wire} wire"
    return article.outlet or unknown
