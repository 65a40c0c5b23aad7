"""Group articles into stories (one event each) before their claims are compared.

A folder of news mixes events. Comparing every article with every other would align
sentences about different events that share a topic ("Russie", "OTAN", "sommet"), and the
cost grows with the square of the corpus. A story is a set of articles that share enough
*rare* terms: names of people and places, figures, dates.

0. **Copies.** Near-duplicate articles (one dispatch republished with small edits) are
   collapsed first (``natocmp.dedup``): only their representative takes part in the
   steps below, and each copy joins its representative's story. Without this, the terms of
   a dispatch copied by more than ``max_articles`` sites were all left out of the index
   (500 copies of one wire gave 488 stories).
1. **Terms.** Each article's terms are its names and figures: the stemmed words written
   with a capital inside a sentence or with digits (as the aligner marks names). Each
   term weighs ``log((N + 1) / df)`` over the N articles grouped.
2. **Blocking.** An inverted index maps each term used by 2 to ``max_articles`` articles to
   those articles; only article pairs it yields are scored, so the work grows with the
   pairs sharing rare terms, not with all pairs. A term used by more articles says "same
   topic", not "same story", and is left out.
3. **Linking.** A pair links when the weight of the indexed terms it shares, over the
   geometric mean of the two articles' indexed weights (a cosine of binary idf vectors),
   is at least ``min_share``, and it shares at least ``min_terms`` of them.
4. **Cohesion.** Links are taken strongest first (highest share). A link merges the two
   stories its articles are in only if more than ``cohesion`` of the article pairs across
   them are linked (0.5: most of them); an article joins a story only when linked to most
   of its members. Plain connected components chained stories through the articles that
   mix two events (a wire piece quoting another story's figure): on the synthetic corpus
   of benchmarks/synth.py their same-story precision was 0.49.

Stories are sorted by size (largest first), then by their first article id, and numbered
"s001", "s002", … in that order. It does not align sentences (``natocmp.compare`` does,
story by story) and it does not render.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from natocmp.models import Article

if TYPE_CHECKING:
    from natocmp.schedule import Scheduler

Progress = Callable[[int, int], None]  # (done, total): the caller draws a bar, or nothing


@dataclass(frozen=True, slots=True)
class StoryParams:
    """The knobs of story grouping, recorded with each result."""

    # As natocmp.compare's block_max_articles: a term in more articles is topic, not story.
    max_articles: int = 50
    # 0.2: every seed pair (one event) scores 0.27 or more. Over the *smaller* article's
    # weight instead of the geometric mean, a long article (001) reached 0.29 with a short
    # one on another event when the seeds were mixed with the held-out stories (the mix
    # was a check, not a tuning set: no cross-event pair there scores above 0.18).
    min_share: float = 0.2
    # One shared rare term is a coincidence (a common first name, a round number).
    min_terms: int = 2
    # 0.5, as natocmp.compare's cohesion: "linked to most of the story". On the synthetic
    # 1,000-article corpus (benchmarks/README.md) it lifted same-story pair precision from
    # 0.49 (components) to the figure recorded there, at a small cost in recall.
    cohesion: float = 0.5
    label_terms: int = 5

    def as_dict(self) -> dict[str, object]:
        return {
            "terms": "names and figures (capitalised or digits), weighted log((N+1)/df)",
            "copies": "near-duplicates collapsed to their representative first (natocmp.dedup)",
            "blocking": "inverted index of terms used by 2 to max_articles articles "
            "(representatives)",
            "max_articles": self.max_articles,
            "min_share": self.min_share,
            "share": "shared weight / sqrt(weight of a × weight of b)",
            "min_terms": self.min_terms,
            "cohesion": self.cohesion,
            "grouping": "strongest link first; two stories merge when more than `cohesion` "
            "of the article pairs across them are linked",
        }


@dataclass(frozen=True, slots=True)
class Story:
    """Articles telling one event, with the rare terms they share most."""

    id: str
    articles: tuple[str, ...]  # article ids, sorted
    label: str  # the first article's title, else its first sentence
    terms: tuple[str, ...]  # the heaviest terms shared by the most articles of the story


def article_terms(article: Article) -> frozenset[str]:
    """The terms that tell one event from another: names and figures.

    Stemmed terms written with a capital inside a sentence or with digits (as
    ``natocmp.align`` marks names), synonym-mapped. Common words are left out: articles
    on one beat share them across events (two summits, two strikes), so on a synthetic
    corpus of stories rewritten from one pool of sentences they chained every story into one.
    """
    from natocmp.align import _name_terms, _synonym_map
    from natocmp.entities import find_entities
    from natocmp.lexicon.synonyms import CLASSES
    from natocmp.normalize import fold_token, stem

    canon = _synonym_map(CLASSES)
    # outlets and agencies ("Reuters", "AFP", "Getty Images") credit pages of every event:
    # the entities stage names them, and they tell no event from another
    outlets = {stem(fold_token(w)) for o in find_entities(article).outlets for w in o.split()}
    terms = {canon.get(t, t) for s in article.sentences for t in _name_terms(s.text)}
    return frozenset(terms - outlets)


def group_stories(
    articles: Sequence[Article],
    *,
    params: StoryParams | None = None,
    progress: Progress | None = None,
    scheduler: Scheduler | None = None,
) -> tuple[Story, ...]:
    """Partition articles into stories.

    Args:
        articles: the articles (ids unique, as ``load_articles`` returns them).
        params: the knobs (``StoryParams``).
        progress: called as ``progress(done, total)`` while articles are read.
        scheduler: where the articles' terms are found (``natocmp.schedule``; None: here).

    Returns:
        Every article in exactly one story; stories sorted by size (largest first), then
        by first article id.
    """
    from natocmp.dedup import near_duplicates
    from natocmp.schedule import InProcess

    params = params or StoryParams()
    ordered = sorted(articles, key=lambda a: (a.id, a.source))
    # Each article's terms are independent of the others: on a cluster, tasks.
    every: list[frozenset[str]] = (scheduler or InProcess()).map(
        article_terms, ordered, progress=progress
    )
    # Copies are collapsed to their representative: blocking and linking see each dispatch
    # once, so its copies cannot fill an index entry. Weights stay those of every article
    # (a term in many copies is common), so without copies nothing changes.
    rep_of = near_duplicates(ordered, names={a.id: every[n] for n, a in enumerate(ordered)})
    position = {a.id: n for n, a in enumerate(ordered)}
    reps = [n for n, a in enumerate(ordered) if rep_of[a.id] == a.id]
    copies: dict[int, list[int]] = defaultdict(list)
    for n, a in enumerate(ordered):
        if rep_of[a.id] != a.id:
            copies[position[rep_of[a.id]]].append(n)
    terms = [every[n] for n in reps]
    df: Counter[str] = Counter(t for ts in every for t in ts)
    idf = {t: math.log((len(every) + 1) / c) for t, c in df.items()}
    distinct = Counter(t for ts in terms for t in ts) if copies else df
    total = len(terms)
    index: dict[str, list[int]] = defaultdict(list)
    for n, ts in enumerate(terms):
        for t in ts:
            if 2 <= distinct[t] <= params.max_articles:
                index[t].append(n)
    mass = [sum(idf[t] for t in ts if t in index) for ts in terms]
    shared: dict[tuple[int, int], float] = defaultdict(float)
    count: Counter[tuple[int, int]] = Counter()
    for t in sorted(index):
        members = index[t]
        for k, x in enumerate(members):
            for y in members[k + 1 :]:
                shared[x, y] += idf[t]
                count[x, y] += 1
    links: list[tuple[float, int, int]] = []
    neighbours: dict[int, set[int]] = defaultdict(set)
    for (x, y), weight in shared.items():
        norm = math.sqrt(mass[x] * mass[y])
        if count[x, y] >= params.min_terms and norm and weight / norm >= params.min_share:
            links.append((-weight / norm, x, y))
            neighbours[x].add(y)
            neighbours[y].add(x)
    links.sort()  # strongest first; ties by article order, so the result is deterministic
    parent = list(range(total))
    story: dict[int, list[int]] = {n: [n] for n in range(total)}  # root → its articles

    def root(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    # A representative counts for itself and its copies (each copy has its links), so
    # cohesion means what it meant before the copies were collapsed; without copies every
    # weight is 1 and a story's size is its number of articles.
    weight = [1 + len(copies.get(reps[n], ())) for n in range(total)]
    size = dict(enumerate(weight))  # root → articles in its story, copies included
    # A refusal holds until one of the two stories grows: keyed by roots and sizes.
    refused: set[tuple[int, int, int, int]] = set()
    for _, x, y in links:
        rx, ry = sorted((root(x), root(y)))
        if rx == ry:
            continue
        key = (rx, ry, size[rx], size[ry])
        if key in refused:
            continue
        small, big = (rx, ry) if size[rx] <= size[ry] else (ry, rx)
        across = sum(
            weight[n] * weight[m] for n in story[small] for m in neighbours[n] if root(m) == big
        )
        if across <= params.cohesion * size[rx] * size[ry]:
            refused.add(key)
            continue
        parent[ry] = rx  # the smaller root stays: stories keep their first article's root
        story[rx] += story.pop(ry)
        size[rx] += size.pop(ry)
    members_of: dict[int, list[int]] = defaultdict(list)
    for n in range(total):
        members_of[root(n)].append(n)
    # Back to positions in `ordered`, each representative with its copies.
    groups = sorted(
        (sorted(m for r in group for m in (reps[r], *copies.get(reps[r], ()))))
        for group in members_of.values()
    )
    groups.sort(key=lambda g: (-len(g), ordered[g[0]].id))
    return tuple(
        Story(
            id=f"s{k:03d}",
            articles=tuple(ordered[n].id for n in group),
            label=_label(ordered[group[0]]),
            terms=_spelled(
                [ordered[n] for n in group], _top_terms(group, every, df, params.label_terms)
            ),
        )
        for k, group in enumerate(groups, 1)
    )


def _spelled(articles: Sequence[Article], terms: tuple[str, ...]) -> tuple[str, ...]:
    """Each stemmed term as the story's articles most often write it ("llori" → "Lloris").

    >>> from natocmp.corpus import RawDocument, build_article
    >>> a = build_article(RawDocument(id="a", source="a.txt", text="Le juge Tovald parle. "
    ...     "Selon Tovald, 4127 dossiers attendent."))
    >>> _spelled([a], ("tovald", "4127"))
    ('Tovald', '4127')
    """
    from natocmp.align import _synonym_map
    from natocmp.lexicon.synonyms import CLASSES
    from natocmp.normalize import fold_token, stem

    canon = _synonym_map(CLASSES)
    wanted = set(terms)
    written: dict[str, Counter[str]] = defaultdict(Counter)
    for article in articles:
        for sentence in article.sentences:
            for m in _WRITTEN.finditer(sentence.text):
                word = m.group(0)
                if word[0].isupper() or word[0].isdigit():
                    t = stem(fold_token(word))
                    t = canon.get(t, t)
                    if t in wanted:
                        written[t][word] += 1
    return tuple(
        min(written[t], key=lambda w: (-written[t][w], w)) if written[t] else t for t in terms
    )


_WRITTEN = re.compile(r"[^\W_]+")


def _label(article: Article) -> str:
    if article.title:
        return article.title
    return article.sentences[0].text if article.sentences else article.id


def _top_terms(
    group: list[int], terms: list[frozenset[str]], df: Counter[str], limit: int
) -> tuple[str, ...]:
    """Terms most of the story's articles use and few articles outside it use.

    Score: the share of the story using the term × log((N + 1) / (uses outside + 1)), so in
    a corpus of one story the terms every article uses come first.
    """
    used: Counter[str] = Counter(t for n in group for t in terms[n])
    total = len(terms)

    def score(t: str) -> float:
        return used[t] / len(group) * math.log((total + 1) / (df[t] - used[t] + 1))

    return tuple(sorted(used, key=lambda t: (-score(t), t))[:limit])
