"""Near-duplicate articles: the copies of one dispatch, found before any pairwise work.

One agency dispatch is often republished by hundreds of sites with small edits (a word
swapped, a sentence dropped, punctuation touched). Pairwise blocking cannot see them:
every term they use is in every copy, so an inverted index that leaves out terms used by
more than a few dozen articles leaves out all of theirs, and one that keeps them yields
every pair of copies (the square of their number). Here each article is compared with
the *representatives* found so far, never with every other article:

1. **Shingles.** An article's fingerprint is the set of its word 4-grams (words folded by
   ``natocmp.normalize.normalize``: case, accents and punctuation do not count), so a
   swapped word changes the four shingles around it, not the article.
2. **Representatives.** Articles are read in id order. An inverted index maps each shingle
   to the representatives using it; an article's candidates are the representatives
   sharing its shingles, and it is a copy of the first of them (most shared shingles,
   then first id) whose Jaccard similarity to it is at least ``min_jaccard``; else it is a
   representative itself. A shingle already used by ``max_reps`` representatives is page
   furniture or a stock phrase: it is not indexed further.
3. **Names.** A copy also shares its representative's names and figures (the terms of
   ``natocmp.stories.article_terms``, Jaccard at least ``min_names``): two reports of two
   events written from one template (a match result, a stock sentence around new names
   and figures) share most shingles but not those, and are not copies.

The work grows with the articles times their shingles. It does not align sentences
(``natocmp.compare`` links each copy's sentences to its representative's) and it does not
decide stories (``natocmp.stories`` groups the representatives).
"""

from __future__ import annotations

import zlib
from collections import Counter, defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from natocmp.models import Article


@dataclass(frozen=True, slots=True)
class DedupParams:
    """The knobs of near-duplicate detection, recorded with the results that use it."""

    # 4 words: short enough that one edit leaves most of a sentence's shingles, long enough
    # that two articles on one event share few of them outside quotes.
    shingle: int = 4
    # 0.5: copies of the seed wire with the edits of benchmarks/synth.py --wire score 0.53
    # to 0.95 against each other (mean 0.82 over the 435 pairs of 30 copies, shingles
    # sampled as below); two different seed articles on the same meeting score 0.03 at most.
    min_jaccard: float = 0.5
    # 0.5: copies keep their names and figures (an edit changes one figure at most); the
    # synthetic stories of benchmarks/synth.py, rewritten from one pool of sentences with
    # their own names, share shingles but few names (story precision fell from 0.992 to
    # 0.963 on its 1,000 articles without this test).
    min_names: float = 0.5
    # One shingle in 4 (by checksum): a 650-word article keeps ~180; the work of step 2
    # falls by ~4 (1,000 synthetic articles: 3.6 s unsampled with max_reps 50, 1.9 s
    # sampled with max_reps 20, names and figures computed here both times).
    sample: int = 4
    max_reps: int = 20
    # Copies are collapsed only in sets of at least this many articles: a few similar
    # articles fit blocking as they are (the index keeps terms of up to 50 articles), and
    # collapsing them changed the stories of the synthetic 1,000-article corpus (its
    # near-duplicate sets have 2-8 articles; same-story precision 0.992 -> 0.982).
    min_copies: int = 10

    def as_dict(self) -> dict[str, object]:
        return {
            "near_duplicates": "word shingles; a copy joins the first representative with "
            "Jaccard >= min_jaccard (articles in id order)",
            "shingle": self.shingle,
            "sample": f"1 in {self.sample} shingles (crc32)",
            "min_jaccard": self.min_jaccard,
            "min_names": self.min_names,
            "collapsed": f"sets of at least {self.min_copies} articles",
        }


def shingles(article: Article, size: int = 4, sample: int = 1) -> frozenset[str]:
    """The article's word ``size``-grams, on normalised words (one in ``sample`` of them).

    >>> from natocmp.models import Sentence
    >>> s = Sentence(0, "L’OTAN a proposé, mercredi, un dialogue.", "sentence", 0, 40, 0)
    >>> a = Article("x", None, None, None, "fr", "-", None, s.text, (s,), ())
    >>> sorted(shingles(a, 4))[:2]
    ['a propose mercredi un', 'l otan a propose']
    """
    from natocmp.normalize import normalize

    words = [w for s in article.sentences for w in normalize(s.text).split()]
    if len(words) < size:
        return frozenset([" ".join(words)]) if words else frozenset()
    grams = (" ".join(words[k : k + size]) for k in range(len(words) - size + 1))
    if sample <= 1:
        return frozenset(grams)
    # A fixed sample of the shingles (by a checksum, the same in every process, unlike
    # hash()): the Jaccard similarity of two samples estimates that of the whole sets.
    return frozenset(g for g in grams if zlib.crc32(g.encode()) % sample == 0)


def near_duplicates(
    articles: Sequence[Article],
    *,
    params: DedupParams | None = None,
    names: Mapping[str, frozenset[str]] | None = None,
) -> dict[str, str]:
    """Each article id mapped to its representative's id (a representative maps to itself).

    Articles are taken in id order, so the representative of a set of copies is its first
    id, whatever the order of ``articles``. A set of fewer than ``min_copies`` articles is
    left as it is (each article its own representative). ``names``: each article's
    ``natocmp.stories.article_terms``, when the caller has them already.
    """
    from natocmp.stories import article_terms as _terms

    def article_terms(article: Article) -> frozenset[str]:
        return names[article.id] if names is not None else _terms(article)

    params = params or DedupParams()
    rep_of = _representatives(articles, params, article_terms)
    size = Counter(rep_of.values())
    return {x: r if size[r] >= params.min_copies else x for x, r in rep_of.items()}


def _representatives(
    articles: Sequence[Article],
    params: DedupParams,
    article_terms: Callable[[Article], frozenset[str]],
) -> dict[str, str]:
    rep_of: dict[str, str] = {}
    index: dict[str, list[str]] = defaultdict(list)
    prints: dict[str, frozenset[str]] = {}
    rep_names: dict[str, frozenset[str]] = {}
    for article in sorted(articles, key=lambda a: (a.id, a.source)):
        mine = shingles(article, params.shingle, params.sample)
        shared: Counter[str] = Counter()
        for sh in mine:
            for rep in index.get(sh, ()):
                shared[rep] += 1
        chosen = None
        own: frozenset[str] | None = None
        for rep, n in sorted(shared.items(), key=lambda kv: (-kv[1], kv[0])):
            if n / max(len(mine), 1) < params.min_jaccard:
                break  # fewer shared shingles from here on: none can reach the threshold
            union = len(mine) + len(prints[rep]) - n
            if not union or n / union < params.min_jaccard:
                continue
            own = article_terms(article) if own is None else own
            if _jaccard(own, rep_names[rep]) >= params.min_names:
                chosen = rep
                break
        if chosen is not None:
            rep_of[article.id] = chosen
            continue
        rep_of[article.id] = article.id
        prints[article.id] = mine
        rep_names[article.id] = article_terms(article) if own is None else own
        for sh in mine:
            reps = index[sh]
            if len(reps) < params.max_reps:
                reps.append(article.id)
    return rep_of


def _jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    """Shared over all, 1.0 for two empty sets.

    >>> _jaccard(frozenset("ab"), frozenset("bc"))
    0.3333333333333333
    """
    union = len(a | b)
    return len(a & b) / union if union else 1.0


def copies_of(rep_of: dict[str, str]) -> dict[str, list[str]]:
    """Representative id → the ids of its copies (sorted; the representative not included)."""
    out: dict[str, list[str]] = defaultdict(list)
    for x in sorted(rep_of):
        if rep_of[x] != x:
            out[rep_of[x]].append(x)
    return dict(out)
